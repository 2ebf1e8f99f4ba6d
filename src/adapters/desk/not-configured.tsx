import type { Context, Hono } from "hono";
import { basePathOf, withBasePath } from "./base-path.js";
import { Page, setPageHeaders } from "./layout.js";

/** What the desk says when it has no session key (on Lambda: the SSM parameter is missing). */
export const NOT_CONFIGURED_MESSAGE =
  "The desk is not configured: it has no session key. An administrator must create the SSM SecureString named by DESK_SESSION_KEY_PARAMETER (README, Deploying).";

/**
 * Without a session key the desk signs no one in: every desk path but its assets answers 503 with
 * a page that says why, and no session, sign-in form or cookie is ever issued.
 */
export function notConfiguredRoutes(app: Hono): void {
  const answer = async (c: Context) => {
    setPageHeaders(c);
    c.header("retry-after", "300");
    const page = (
      <Page
        title="Desk not configured"
        session={null}
        flash={{ kind: "error", message: NOT_CONFIGURED_MESSAGE }}
      >
        <h1>The desk is not available</h1>
        <p>The API itself is not affected.</p>
      </Page>
    );
    return c.html(withBasePath(`<!doctype html>${String(await page)}`, basePathOf(c)), 503);
  };
  app.all("/", answer);
  app.all("/desk", answer);
  app.all("/desk/*", answer);
}
