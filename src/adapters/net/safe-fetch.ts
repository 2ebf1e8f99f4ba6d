import dns from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { blockedAddress, blockedHostname } from "./blocked-address.js";
import { allowKey, normalizeAllowEntry } from "./outbound-allow.js";
import { BodyTooLarge, readBody, UnsupportedEncoding } from "./read-body.js";

export { blockedAddress } from "./blocked-address.js";

/**
 * The service's only outbound door (feeds, imported pages, webhooks). It reaches public http(s)
 * addresses only: the host is resolved here, every answer is checked, and the socket is pinned to
 * the answers that passed, so a second, different DNS answer (rebinding) is never used. Redirects
 * are followed by hand and each hop is checked again. Time, size, redirects and media types are
 * bounded. Bodies may arrive compressed (gzip, deflate, br): they are decoded as they stream, and
 * maxBytes bounds the decoded bytes.
 */
export type RefusalReason =
  | "scheme" // not http/https
  | "credentials" // user:pass@ in the URL
  | "blocked-address" // resolves to a loopback/private/link-local/CGNAT/multicast/IPv6-local/metadata/unspecified/reserved address
  | "dns" // host does not resolve
  | "redirects" // more than maxRedirects, or a redirect without a usable Location
  | "too-large" // body beyond maxBytes (Content-Length or while streaming)
  | "timeout" // whole exchange exceeded timeoutMs
  | "content-type" // media type not in `accept`
  | "network"; // connection reset, TLS failure, etc.

export class OutboundRefused extends Error {
  override name = "OutboundRefused";
  readonly reason: RefusalReason;
  /** The URL refused (the hop that failed, after redirects), without any user:password. */
  readonly url: string;

  /** `message` names the origin only: paths and queries may carry secrets (webhook tokens). */
  constructor(reason: RefusalReason, url: URL | string, message: string, cause?: unknown) {
    super(`Outbound request refused (${reason}): ${message}`, cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.url = withoutCredentials(url);
  }
}

export interface OutboundRequest {
  method?: "GET" | "HEAD" | "POST"; // default GET
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  maxBytes?: number; // default 5 MiB
  timeoutMs?: number; // default 10_000, covers redirects and body
  maxRedirects?: number; // default 5; 0 = return the 3xx response as is
  accept?: readonly string[]; // media types allowed for 2xx bodies (e.g. ["text/html","application/xhtml+xml"]); absent = any
}

export interface OutboundResponse {
  status: number; // non-2xx statuses are returned, not thrown
  headers: Headers;
  url: string; // final URL after redirects
  /** Each URL a redirect led to, in order (the last is `url` when any were followed). */
  redirects: readonly string[];
  body: Uint8Array;
  text(): string; // body decoded with the charset of Content-Type, else UTF-8
}

export type SafeFetch = (url: string, request?: OutboundRequest) => Promise<OutboundResponse>;

export interface SafeFetchOptions {
  userAgent: string; // e.g. "scenario-brief/<version> (+https://github.com/…)"
  /** "host:port" entries let through even though they resolve to a blocked address (test fixtures on loopback). Empty by default. */
  allow?: readonly string[];
  /** Resolver, injectable for tests of DNS answers; default dns.promises.lookup(host, { all: true, verbatim: true }). */
  lookup?: (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;
  /** Extra trust anchors for https (PEM), added to Node's own; for a private CA or a test fixture's certificate. */
  ca?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;

type Resolved = { address: string; family: 4 | 6 };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers the door writes itself, or that only make sense hop by hop. */
const OWN_HEADERS = new Set([
  "host",
  "user-agent",
  "accept-encoding",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "upgrade",
]);
/** Credentials that must not follow a redirect to another origin (as browsers do). */
const ORIGIN_BOUND = ["authorization", "cookie", "proxy-authorization"];

const defaultLookup = async (host: string): Promise<Resolved[]> =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

function withoutCredentials(url: URL | string): string {
  try {
    const u = new URL(String(url));
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return "(not a URL)";
  }
}

/** What a refusal message may show of a URL: its origin, never path, query or credentials. */
function where(url: URL): string {
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : `a ${url.protocol} URL`;
}

/** Scheme and credentials: what can be refused from the URL alone. */
function checkUrl(raw: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (e) {
    // Only a redirect's Location is parsed against a base; a bad one is an unusable redirect.
    if (base)
      throw new OutboundRefused("redirects", base, `${where(base)} redirected to an unusable Location`);
    throw new OutboundRefused("scheme", "", "not an absolute http(s) URL", e);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundRefused("scheme", url, `${where(url)} is not http or https`);
  }
  if (url.username || url.password) {
    throw new OutboundRefused("credentials", url, `${where(url)} carries a user name or password`);
  }
  return url;
}

function bare(hostname: string): string {
  return hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function accepts(accept: readonly string[], type: string): boolean {
  return accept.some((a) => {
    const want = a.trim().toLowerCase();
    if (want === "*/*" || want === type) return true;
    return want.endsWith("/*") && type.startsWith(want.slice(0, -1));
  });
}

function charsetDecoder(contentType: string | null): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "")?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8");
  } catch {
    return new TextDecoder("utf-8");
  }
}

function toHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] ?? "", raw[i + 1] ?? "");
    } catch {
      // A header value Headers cannot hold (control bytes, non-Latin-1) is dropped, not fatal.
    }
  }
  return headers;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export function createSafeFetch(options: SafeFetchOptions): SafeFetch {
  const lookup = options.lookup ?? defaultLookup;
  const allow = new Set((options.allow ?? []).map(normalizeAllowEntry));
  const userAgent = options.userAgent;
  // Setting `ca` replaces Node's roots, so extra anchors are added to them, never instead of them.
  const ca = options.ca?.length ? [...tls.rootCertificates, ...options.ca] : undefined;

  /** The addresses the socket may use for this URL: every answer checked, all must pass. */
  async function resolve(url: URL, signal: AbortSignal): Promise<Resolved[]> {
    const host = bare(url.hostname);
    const allowed = allow.has(allowKey(url));
    if (net.isIP(host)) {
      const blocked = allowed ? null : blockedAddress(host);
      if (blocked) throw new OutboundRefused("blocked-address", url, `${where(url)} is a ${blocked} address`);
      return [{ address: host, family: net.isIP(host) === 6 ? 6 : 4 }];
    }
    const named = allowed ? null : blockedHostname(host);
    if (named) throw new OutboundRefused("blocked-address", url, `${where(url)} names a ${named} host`);
    let answers: Resolved[];
    try {
      answers = await abortable(lookup(host), signal);
    } catch (e) {
      if (signal.aborted) throw e;
      throw new OutboundRefused("dns", url, `${where(url)} does not resolve`, e);
    }
    if (!answers.length) throw new OutboundRefused("dns", url, `${where(url)} has no addresses`);
    for (const a of answers) {
      const blocked = allowed ? (net.isIP(a.address) ? null : "invalid") : blockedAddress(a.address);
      if (blocked) {
        throw new OutboundRefused("blocked-address", url, `${where(url)} resolves to a ${blocked} address`);
      }
    }
    return answers.map((a) => ({ address: a.address, family: net.isIP(a.address) === 6 ? 6 : 4 }));
  }

  function send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: Uint8Array | undefined,
    pinned: Resolved[],
    signal: AbortSignal,
  ): Promise<IncomingMessage> {
    // The socket connects only to the addresses checked above, whatever DNS says by now.
    const pinnedLookup = (
      _host: string,
      opts: { all?: boolean; family?: number },
      cb: (err: Error | null, address: string | Resolved[], family?: number) => void,
    ) => {
      const usable = pinned.filter((a) => !opts.family || a.family === opts.family);
      const [first] = usable;
      if (!first) return cb(Object.assign(new Error("no checked address"), { code: "ENOTFOUND" }), "");
      if (opts.all) return cb(null, usable);
      cb(null, first.address, first.family);
    };
    const client = url.protocol === "https:" ? https : http;
    return new Promise<IncomingMessage>((resolve, reject) => {
      const req = client.request({
        protocol: url.protocol,
        hostname: bare(url.hostname),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method,
        headers: {
          ...headers,
          host: url.host,
          "user-agent": userAgent,
          "accept-encoding": "gzip, deflate, br",
          ...(body ? { "content-length": String(body.byteLength) } : {}),
        },
        agent: false,
        ...(ca ? { ca } : {}),
        lookup: pinnedLookup as unknown as net.LookupFunction,
        signal,
      });
      req.on("response", resolve);
      req.on("error", reject);
      req.end(body);
    });
  }

  return async function safeFetch(rawUrl, request = {}) {
    const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (const [name, value] of Object.entries({ maxBytes, maxRedirects, timeoutMs })) {
      // A caller's bug, not a refusal: NaN or a negative limit would quietly mean "no limit".
      if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError(`${name} must be a whole number >= 0`);
    }
    let url = checkUrl(rawUrl);
    let method: string = request.method ?? "GET";
    let body = typeof request.body === "string" ? Buffer.from(request.body) : request.body;
    let headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (!OWN_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    const redirects: string[] = [];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error("outbound deadline")), timeoutMs);
    try {
      for (;;) {
        const pinned = await resolve(url, controller.signal);
        const res = await send(url, method, headers, body, pinned, controller.signal);
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status) && maxRedirects > 0) {
          res.destroy();
          if (redirects.length >= maxRedirects) {
            throw new OutboundRefused("redirects", url, `more than ${maxRedirects} redirects`);
          }
          const location = res.headers.location;
          if (!location)
            throw new OutboundRefused("redirects", url, `${where(url)} redirected without a Location`);
          const next = checkUrl(location, url);
          if (status === 303 ? method !== "HEAD" : status !== 307 && status !== 308 && method === "POST") {
            method = "GET";
            body = undefined;
            const { "content-type": _type, ...rest } = headers;
            headers = rest;
          }
          if (next.origin !== url.origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([n]) => !ORIGIN_BOUND.includes(n)));
          }
          redirects.push(next.href);
          url = next;
          continue;
        }
        const responseHeaders = toHeaders(res);
        const contentType = responseHeaders.get("content-type");
        if (request.accept && status >= 200 && status < 300 && status !== 204) {
          const type = mediaType(contentType);
          if (!accepts(request.accept, type)) {
            res.destroy();
            throw new OutboundRefused(
              "content-type",
              url,
              `${where(url)} answered ${type || "without a media type"}, expected ${request.accept.join(", ")}`,
            );
          }
        }
        const read = await readBody(res, method, maxBytes);
        if (read.decoded) {
          responseHeaders.delete("content-encoding");
          responseHeaders.delete("content-length");
        }
        const decoder = charsetDecoder(contentType);
        return {
          status,
          headers: responseHeaders,
          url: url.href,
          redirects,
          body: read.body,
          text: () => decoder.decode(read.body),
        };
      }
    } catch (e) {
      if (e instanceof OutboundRefused) throw e;
      if (controller.signal.aborted) {
        throw new OutboundRefused("timeout", url, `${where(url)} took longer than ${timeoutMs} ms`, e);
      }
      if (e instanceof BodyTooLarge) {
        throw new OutboundRefused("too-large", url, `${where(url)} sent a body over ${maxBytes} bytes`);
      }
      if (e instanceof UnsupportedEncoding)
        throw new OutboundRefused("network", url, `${where(url)}: ${e.message}`);
      const code = (e as { code?: string }).code;
      throw new OutboundRefused("network", url, `${where(url)} failed${code ? ` (${code})` : ""}`, e);
    } finally {
      clearTimeout(timer);
    }
  };
}
