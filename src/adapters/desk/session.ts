import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../http/env.js";
import { type ApiKey, hashKey } from "../http/middleware/api-keys.js";
import { deskUrl } from "./base-path.js";

/**
 * Desk sessions: a browser enters an API key once and is given a signed, expiring, HttpOnly,
 * SameSite=Strict cookie naming the key (by an opaque id, never the key or its hash). Every
 * request re-reads the key's scope from the current keys, so a revoked or narrowed key stops
 * working at once. State-changing requests carry a synchronizer token bound to the session
 * (HMAC of the session id) and must come from this origin.
 */

/** What a desk handler knows about who is there: `c.get("desk")`. */
export interface DeskSession {
  /** Opaque id of the key the session was opened with ("local" when the service has no keys). */
  keyId: string;
  /** The key's name from API_KEYS, for display. */
  keyName: string;
  /** Write scope or above: the page may show write controls, and write routes accept it. */
  canWrite: boolean;
  /** Put in every state-changing form as `_csrf` (or send as `x-csrf-token`). */
  csrfToken: string;
  /** Seconds since the epoch at which the cookie stops being accepted. */
  expiresAt: number;
}

export interface DeskEnv extends AppEnv {
  Variables: AppEnv["Variables"] & { desk: DeskSession };
}

export interface SessionOptions {
  /** HMAC key for cookies and tokens (DESK_SESSION_SECRET, or random per process locally). */
  key: Buffer;
  /** The keys in force now (refreshed from SSM on Lambda). */
  keys: () => Promise<readonly ApiKey[]>;
  /** No keys configured (loopback only): the desk opens a local session without sign-in. */
  authOff: boolean;
  /** How long a session lasts; 8 hours by default. */
  ttlSeconds?: number;
  now?: () => number;
}

export const CSRF_FIELD = "_csrf";
const PRE_COOKIE = "desk_pre";
const DEFAULT_TTL = 8 * 3600;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

const b64 = (buf: Buffer) => buf.toString("base64url");

/** Cookies are Secure unless the browser talks to a loopback address over plain HTTP. */
export function isSecureRequest(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === "https:" || !LOOPBACK.has(url.hostname);
}

/** The `__Host-` prefix needs Secure, so a loopback session uses a plain name. */
export const sessionCookieName = (secure: boolean) => (secure ? "__Host-desk" : "desk");

interface Payload {
  v: 1;
  /** Random session id: what the CSRF token is bound to. */
  sid: string;
  kid: string;
  exp: number;
}

export class DeskSessions {
  private readonly ttl: number;
  private readonly now: () => number;
  constructor(private readonly options: SessionOptions) {
    this.ttl = options.ttlSeconds ?? DEFAULT_TTL;
    this.now = options.now ?? (() => Date.now());
  }

  get authOff(): boolean {
    return this.options.authOff;
  }

  private mac(purpose: string, data: string): Buffer {
    return createHmac("sha256", this.options.key).update(`${purpose}\n${data}`).digest();
  }

  /** An opaque, stable id for a key: derived from its hash under the session key. */
  keyIdOf(key: ApiKey): string {
    return this.mac("kid", key.hash.toString("hex")).subarray(0, 9).toString("base64url");
  }

  /** The key a presented secret is, compared in constant time against every key. */
  async findKey(presented: string): Promise<ApiKey | undefined> {
    const digest = hashKey(presented.trim());
    let match: ApiKey | undefined;
    for (const key of await this.options.keys()) {
      if (timingSafeEqual(key.hash, digest) && !match) match = key;
    }
    return match;
  }

  /** A new cookie value for a key ("local" when auth is off). */
  issue(kid: string): { value: string; payload: Payload } {
    const payload: Payload = {
      v: 1,
      sid: b64(randomBytes(16)),
      kid,
      exp: Math.floor(this.now() / 1000) + this.ttl,
    };
    const body = b64(Buffer.from(JSON.stringify(payload)));
    return { value: `${body}.${b64(this.mac("session", body))}`, payload };
  }

  /** The session a cookie value stands for, or null when forged, expired or its key is gone. */
  async read(value: string | undefined): Promise<DeskSession | null> {
    if (!value) return null;
    const [body, sig, extra] = value.split(".");
    if (!body || !sig || extra !== undefined) return null;
    const expected = this.mac("session", body);
    const given = Buffer.from(sig, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let payload: Payload;
    try {
      payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
    } catch {
      return null;
    }
    if (payload.v !== 1 || typeof payload.sid !== "string" || typeof payload.exp !== "number") return null;
    if (payload.exp * 1000 <= this.now()) return null;
    if (this.options.authOff) {
      if (payload.kid !== "local") return null;
      return this.session(payload, "local", true);
    }
    const key = (await this.options.keys()).find((k) => this.keyIdOf(k) === payload.kid);
    if (!key) return null;
    return this.session(payload, key.name, key.scope !== "read");
  }

  private session(p: Payload, keyName: string, canWrite: boolean): DeskSession {
    return { keyId: p.kid, keyName, canWrite, csrfToken: this.csrfFor(p.sid), expiresAt: p.exp };
  }

  csrfFor(sid: string): string {
    return b64(this.mac("csrf", sid));
  }

  /** Constant-time comparison of a presented token with the expected one. */
  static sameToken(expected: string, given: unknown): boolean {
    if (typeof given !== "string") return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(given);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Sets the session cookie on the response. */
  setCookie(c: Context, value: string): void {
    const secure = isSecureRequest(c);
    setCookie(c, sessionCookieName(secure), value, {
      httpOnly: true,
      secure,
      sameSite: "Strict",
      path: "/",
      maxAge: this.ttl,
    });
  }

  clearCookie(c: Context): void {
    const secure = isSecureRequest(c);
    deleteCookie(c, sessionCookieName(secure), { path: "/", secure, httpOnly: true, sameSite: "Strict" });
  }

  cookieOf(c: Context): string | undefined {
    return getCookie(c, sessionCookieName(isSecureRequest(c)));
  }

  /**
   * Sign-in has no session yet; its form is protected by a token bound to a short-lived
   * pre-session cookie (double submit, signed), so another site cannot sign a browser in.
   */
  preSessionToken(c: Context): string {
    let nonce = getCookie(c, PRE_COOKIE);
    if (!nonce || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) {
      nonce = b64(randomBytes(16));
      setCookie(c, PRE_COOKIE, nonce, {
        httpOnly: true,
        secure: isSecureRequest(c),
        sameSite: "Strict",
        // The path the browser asked for: on AWS through the API's domain it carries the stage.
        path: deskUrl(c, "/desk/sign-in"),
        maxAge: 1800,
      });
    }
    return b64(this.mac("pre", nonce));
  }

  checkPreSessionToken(c: Context, given: unknown): boolean {
    const nonce = getCookie(c, PRE_COOKIE);
    return Boolean(nonce) && DeskSessions.sameToken(b64(this.mac("pre", nonce as string)), given);
  }
}

/**
 * A state-changing request must come from this origin: Origin (or, failing it, Referer) names
 * this host, and Sec-Fetch-Site, when sent, says same-origin.
 */
export function sameOrigin(c: Context): boolean {
  const site = c.req.header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const own = new URL(c.req.url);
  const origin = c.req.header("origin") ?? c.req.header("referer");
  if (!origin) return false;
  try {
    const u = new URL(origin);
    // Behind API Gateway the app may see the request as plain HTTP; the host must agree.
    return u.host === own.host;
  } catch {
    return false;
  }
}

/** The session of a desk request (set by the desk's session middleware). */
export const deskSession = (c: Context<DeskEnv>): DeskSession => c.get("desk");

/** Thrown-free refusal page hook: the middleware asks the desk how to say no. */
export type Refuse = (
  c: Context<DeskEnv>,
  status: 400 | 401 | 403,
  message: string,
) => Response | Promise<Response>;

/**
 * Every desk request but sign-in and assets: a valid session (GET without one redirects to
 * sign-in; other methods are refused 401); for anything but GET/HEAD, same origin, a CSRF token
 * matching the session (form field `_csrf` or header `x-csrf-token`), and write scope.
 */
export function requireSession(sessions: DeskSessions, refuse: Refuse): MiddlewareHandler<DeskEnv> {
  return async function deskSessionMiddleware(c, next) {
    let session = await sessions.read(sessions.cookieOf(c));
    if (!session && sessions.authOff) {
      const issued = sessions.issue("local");
      sessions.setCookie(c, issued.value);
      session = await sessions.read(issued.value);
    }
    const safe = c.req.method === "GET" || c.req.method === "HEAD";
    if (!session) {
      if (safe) {
        const next = encodeURIComponent(new URL(c.req.url).pathname);
        return c.redirect(`/desk/sign-in?next=${next}`, 303);
      }
      return refuse(c, 401, "Your session has ended. Sign in again.");
    }
    c.set("desk", session);
    if (!safe) {
      if (!sameOrigin(c)) return refuse(c, 403, "This form was not sent from the desk itself.");
      if (!(await checkCsrf(c, session))) {
        return refuse(c, 403, "The form had expired or was not sent from this session. Reload and retry.");
      }
      if (!session.canWrite) return refuse(c, 403, `The key '${session.keyName}' may only read.`);
    }
    return next();
  };
}

/** Whether a request carries the session's CSRF token (header, or the form field). */
export async function checkCsrf(c: Context, session: DeskSession): Promise<boolean> {
  const header = c.req.header("x-csrf-token");
  if (header) return DeskSessions.sameToken(session.csrfToken, header);
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return false;
  const body = await c.req.parseBody();
  return DeskSessions.sameToken(session.csrfToken, body[CSRF_FIELD]);
}
