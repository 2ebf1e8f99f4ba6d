import type { Context } from "hono";
import { stagePrefix } from "../http/stage-prefix.js";

/**
 * Where the desk is mounted as the browser sees it. On AWS through the API's own domain the path
 * carries the stage (`/prod/desk/...`) but the app sees `/desk/...`; locally and through a custom
 * domain there is no prefix. The prefix comes from the Lambda event hono/aws-lambda passes as the
 * app's env (`c.env.event.requestContext`, written by API Gateway), never from a request header, so
 * a client cannot choose it; on Node the env has no event and the prefix is empty.
 */
export function basePathOf(c: Context): string {
  return stagePrefix((c.env as { event?: unknown } | undefined)?.event);
}

/** A desk path as the browser must request it: `deskUrl(c, "/desk/articles")` → `/prod/desk/articles` on AWS. */
export function deskUrl(c: Context, path: string): string {
  return path.startsWith("/") && !path.startsWith("//") ? `${basePathOf(c)}${path}` : path;
}

/** The URL attributes an app-relative path can appear in. */
const URL_ATTRIBUTE = /(\s(?:href|src|action|formaction)=")(\/(?!\/))/g;

/**
 * Every app-relative URL a rendered desk document points to (`href`, `src`, `action`, `formaction`
 * values starting with one `/`), with the prefix in front. Attribute values and text are escaped by
 * the JSX renderer (`"` is `&quot;`), so `href="` only occurs where an attribute begins. This is
 * the one place the prefix goes in: every page is rendered through `renderPage`.
 */
export function withBasePath(html: string, prefix: string): string {
  return prefix ? html.replace(URL_ATTRIBUTE, `$1${prefix}$2`) : html;
}
