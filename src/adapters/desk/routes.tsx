import type { Context, Hono } from "hono";
import type { AppEnv } from "../http/env.js";
import type { ApiKey } from "../http/middleware/api-keys.js";
import { bodySize } from "../http/middleware/body-size.js";
import { assetRoutes } from "./assets.js";
import type { DeskDeps } from "./deps.js";
import { formOf } from "./handler.js";
import { type Flash, Page, renderPage } from "./layout.js";
import { notConfiguredRoutes } from "./not-configured.js";
import { articlePages } from "./pages/articles.js";
import { briefingPages } from "./pages/briefings.js";
import { factPages } from "./pages/facts.js";
import { SignInPage } from "./pages/sign-in.js";
import { CSRF_FIELD, type DeskEnv, DeskSessions, requireSession, sameOrigin } from "./session.js";

/** Where the desk lives (the stack's WAF lets this prefix through without a bearer key). */
export const DESK_PREFIX = "/desk";

/**
 * Whether a path belongs to the desk: the API-key middleware leaves these to the desk's session.
 * `/` only redirects to the desk (on AWS, WAF still asks it for a key: the desk is at /desk).
 */
export const isDeskPath = (path: string) =>
  path === "/" || path === DESK_PREFIX || path.startsWith(`${DESK_PREFIX}/`);

/** Where sign-in may send the browser afterwards: a desk path, nothing else. */
function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/desk(\/[A-Za-z0-9/_.-]*)?$/.test(next) && !next.includes("//")
    ? next
    : "/desk/articles";
}

export interface DeskAuth {
  /** The keys in force now. */
  keys: () => Promise<readonly ApiKey[]>;
  /** No keys configured: loopback only, and the desk opens without sign-in. */
  authOff: boolean;
}

/**
 * The analyst's desk: server-rendered pages under /desk, behind a session cookie. Returns the
 * session store, so further desk routes (the workbench's) can be registered after it and share
 * the session middleware already installed on /desk/*.
 */
export function deskRoutes(app: Hono<AppEnv>, deps: DeskDeps, auth: DeskAuth): DeskSessions | null {
  if (!deps.sessionKey) {
    assetRoutes(app);
    notConfiguredRoutes(app as unknown as Hono);
    return null;
  }
  const sessions = new DeskSessions({
    key: deps.sessionKey,
    keys: auth.keys,
    authOff: auth.authOff,
    now: () => deps.clock.now().getTime(),
  });
  const desk = app as unknown as Hono<DeskEnv>;

  assetRoutes(desk);
  desk.get("/", (c) => c.redirect("/desk/articles", 302));
  desk.get("/desk", (c) => c.redirect("/desk/articles", 302));

  // Forms are small, and an uploaded article is at most MAX_BODY_BYTES like the API's.
  desk.use("/desk/*", bodySize({ maxBytes: deps.maxBodyBytes }) as never);

  desk.get("/desk/sign-in", async (c) => {
    if (auth.authOff) return c.redirect("/desk/articles", 303);
    const existing = await sessions.read(sessions.cookieOf(c));
    if (existing) return c.redirect(safeNext(c.req.query("next")), 303);
    return signInPage(c, sessions, c.req.query("next"), null);
  });

  desk.post("/desk/sign-in", async (c) => {
    if (auth.authOff) return c.redirect("/desk/articles", 303);
    const form = await formOf(c);
    if (!sameOrigin(c) || !sessions.checkPreSessionToken(c, form[CSRF_FIELD])) {
      return signInPage(
        c,
        sessions,
        form.next,
        {
          kind: "error",
          message: "The sign-in form had expired. Enter the key again.",
        },
        403,
      );
    }
    const key =
      typeof form.key === "string" && form.key.length <= 512 ? await sessions.findKey(form.key) : undefined;
    if (!key) {
      return signInPage(c, sessions, form.next, { kind: "error", message: "That key is not valid." }, 401);
    }
    sessions.setCookie(c, sessions.issue(sessions.keyIdOf(key)).value);
    return c.redirect(safeNext(form.next), 303);
  });

  const refuse = (c: Context<DeskEnv>, status: 400 | 401 | 403, message: string) => {
    const session = c.get("desk") ?? null;
    return renderPage(
      c,
      <Page title="Refused" session={session} flash={{ kind: "error", message }}>
        <h1>{status === 401 ? "Sign in again" : "Not allowed"}</h1>
        <p>
          <a href={status === 401 ? "/desk/sign-in" : "/desk/articles"}>
            {status === 401 ? "Go to sign-in" : "Back to the desk"}
          </a>
        </p>
      </Page>,
      status,
    );
  };

  // Every other desk path needs a session; writes need same origin, a CSRF token and write scope.
  desk.use("/desk/*", async (c, next) => {
    if (c.req.path === "/desk/sign-in" || c.req.path.startsWith("/desk/assets/")) return next();
    return requireSession(sessions, refuse)(c, next);
  });

  desk.post("/desk/sign-out", (c) => {
    sessions.clearCookie(c);
    return c.redirect(auth.authOff ? "/desk/articles" : "/desk/sign-in", 303);
  });

  articlePages(desk, deps);
  factPages(desk, deps);
  briefingPages(desk, deps);

  return sessions;
}

function signInPage(
  c: Context,
  sessions: DeskSessions,
  next: unknown,
  flash: Flash | null,
  status: 200 | 401 | 403 = 200,
) {
  return renderPage(
    c,
    <SignInPage token={sessions.preSessionToken(c)} next={safeNext(next)} flash={flash} />,
    status,
  );
}
