import { createHash } from "node:crypto";
import type { Env, Hono } from "hono";
import { DESK_CSS } from "./assets/desk-css.js";
import { DESK_JS } from "./assets/desk-js.js";

interface Asset {
  body: string;
  type: string;
  /** The path the pages link to: named by the content's hash, so it can be cached for a year. */
  url: string;
}

function asset(name: string, ext: string, body: string, type: string): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { body, type, url: `/desk/assets/${name}.${hash}.${ext}` };
}

/** The desk's stylesheet and script, served by the app itself. */
export const DESK_ASSETS = {
  css: asset("desk", "css", DESK_CSS, "text/css; charset=utf-8"),
  js: asset("desk", "js", DESK_JS, "text/javascript; charset=utf-8"),
} as const;

/** Registers GET for each asset; any other name under /desk/assets/ falls through to 404. */
export function assetRoutes<E extends Env>(app: Hono<E>): void {
  for (const a of Object.values(DESK_ASSETS)) {
    app.get(a.url, (c) => {
      c.header("content-type", a.type);
      c.header("cache-control", "public, max-age=31536000, immutable");
      c.header("x-content-type-options", "nosniff");
      return c.body(a.body);
    });
  }
}
