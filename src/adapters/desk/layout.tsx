import type { Context } from "hono";
import type { Child, FC, PropsWithChildren } from "hono/jsx";
import { DESK_ASSETS } from "./assets.js";
import { basePathOf, withBasePath } from "./base-path.js";
import { CSRF_FIELD, type DeskSession } from "./session.js";

/**
 * The desk's frame: masthead with navigation and who is signed in, a flash line, the page. Pages
 * are rendered on the server; the only script is the desk's own (deferred, optional).
 */

/** Sections of the desk, in masthead order. `key` is what a page passes as `nav`. */
export const DESK_NAV = [
  { key: "articles", href: "/desk/articles", label: "Articles" },
  { key: "sources", href: "/desk/sources", label: "Sources" },
  { key: "briefings", href: "/desk/briefings", label: "Briefings" },
  { key: "workbench", href: "/desk/workbench", label: "Workbench" },
  { key: "schedules", href: "/desk/schedules", label: "Schedules" },
] as const;
export type NavKey = (typeof DESK_NAV)[number]["key"];

export interface Flash {
  kind: "ok" | "error" | "info";
  message: string;
  /** Field-level problems, one line each. */
  details?: string[];
}

export interface PageProps {
  title: string;
  /** Null on the sign-in page. */
  session: DeskSession | null;
  nav?: NavKey;
  flash?: Flash | null | undefined;
  /** Links above the title, e.g. [["/desk/articles", "Articles"]]. */
  crumbs?: [string, string][];
}

export const Page: FC<PropsWithChildren<PageProps>> = ({ title, session, nav, flash, crumbs, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} · scenario-brief desk`}</title>
      <link rel="stylesheet" href={DESK_ASSETS.css.url} />
      <script src={DESK_ASSETS.js.url} defer />
    </head>
    <body>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="masthead">
        <a class="brand" href="/desk">
          scenario-brief<small>analyst desk</small>
        </a>
        {session && (
          <nav aria-label="Desk">
            <ul>
              {DESK_NAV.map((n) => (
                <li>
                  <a href={n.href} aria-current={n.key === nav ? "page" : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {session && (
          <div class="who">
            <span>
              {session.keyName} <span class="badge">{session.canWrite ? "read/write" : "read only"}</span>
            </span>
            {session.keyId !== "local" && (
              <form method="post" action="/desk/sign-out">
                <Csrf session={session} />
                <button type="submit">Sign out</button>
              </form>
            )}
          </div>
        )}
      </header>
      <main id="main">
        {crumbs && crumbs.length > 0 && (
          <p class="crumbs">
            {crumbs.map(([href, label], i) => (
              <>
                {i > 0 && " / "}
                <a href={href}>{label}</a>
              </>
            ))}
          </p>
        )}
        {flash && <FlashLine flash={flash} />}
        {children}
      </main>
    </body>
  </html>
);

export const FlashLine: FC<{ flash: Flash }> = ({ flash }) => (
  <div class={`flash ${flash.kind}`} role={flash.kind === "error" ? "alert" : "status"}>
    {flash.message}
    {flash.details && flash.details.length > 0 && (
      <ul>
        {flash.details.map((d) => (
          <li>{d}</li>
        ))}
      </ul>
    )}
  </div>
);

/** The hidden CSRF field every state-changing form carries. */
export const Csrf: FC<{ session: DeskSession }> = ({ session }) => (
  <input type="hidden" name={CSRF_FIELD} value={session.csrfToken} />
);

/** A POST form with the CSRF field in it. */
export const PostForm: FC<
  PropsWithChildren<{
    action: string;
    session: DeskSession;
    class?: string;
    confirm?: string;
    multipart?: boolean;
    label?: string;
  }>
> = ({ action, session, children, confirm, multipart, label, ...rest }) => (
  <form
    method="post"
    action={action}
    class={rest.class}
    data-confirm={confirm}
    enctype={multipart ? "multipart/form-data" : undefined}
    aria-label={label}
  >
    <Csrf session={session} />
    {children}
  </form>
);

/** Content-Security-Policy and the other headers of every desk page. */
export const DESK_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function setPageHeaders(c: Context): void {
  c.header("content-security-policy", DESK_CSP);
  c.header("x-content-type-options", "nosniff");
  c.header("x-frame-options", "DENY");
  c.header("referrer-policy", "same-origin");
  c.header("cache-control", "no-store");
}

/** Renders a page as a whole document with the desk's headers, its URLs under the stage prefix (base-path.ts). */
export async function renderPage(
  c: Context,
  page: Child,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 412 | 413 | 422 = 200,
) {
  setPageHeaders(c);
  const html = `<!doctype html>${await Promise.resolve(String(await page))}`;
  return c.html(withBasePath(html, basePathOf(c)), status);
}
