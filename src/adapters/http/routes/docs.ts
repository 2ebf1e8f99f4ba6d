import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { CACHE } from "../cache-policy.js";
import type { AppEnv } from "../env.js";

/**
 * `/docs`: Swagger UI over `/openapi.json`, from the installed swagger-ui-dist, never a CDN. The
 * page runs no inline script (its start-up is `/docs/init.js`), so the CSP allows scripts from
 * this origin only; swagger-ui sets inline styles and draws icons as data: images.
 * URLs are relative so the page also works under an API Gateway stage prefix (/prod/docs).
 */
export const DOCS_PATHS = ["/docs", "/docs/swagger-ui.css", "/docs/swagger-ui-bundle.js", "/docs/init.js"];

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>scenario-brief API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// Relative to the page (/docs), so a stage prefix is kept.
const INIT = `window.ui = SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI).href,
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
`;

/** Where swagger-ui-dist's files are: the installed package, or `assets/swagger-ui` in a Lambda bundle. */
export function swaggerUiDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  } catch {
    return path.resolve("assets", "swagger-ui");
  }
}

export function docsRoutes(app: OpenAPIHono<AppEnv>, options: { dir?: string } = {}) {
  const files = new Map<string, Promise<string>>();
  // Read once, on first use: a process that never serves /docs never reads 1.9 MB.
  const asset = (name: string) => {
    let file = files.get(name);
    if (!file) {
      const dir = options.dir ?? swaggerUiDir();
      const where = path.join(dir, name);
      if (!existsSync(where)) throw new Error(`/docs: ${where} is missing (is swagger-ui-dist installed?)`);
      file = readFile(where, "utf8");
      files.set(name, file);
    }
    return file;
  };
  const headers = (type: string, cache: string) => ({
    "content-type": type,
    "cache-control": cache,
    "x-content-type-options": "nosniff",
  });

  app.get("/docs", (c) =>
    c.body(PAGE, 200, {
      ...headers("text/html; charset=utf-8", CACHE.noStore),
      "content-security-policy": CSP,
      "referrer-policy": "no-referrer",
    }),
  );
  app.get("/docs/init.js", (c) => c.body(INIT, 200, headers("text/javascript; charset=utf-8", CACHE.assets)));
  app.get("/docs/swagger-ui.css", async (c) =>
    c.body(await asset("swagger-ui.css"), 200, headers("text/css; charset=utf-8", CACHE.assets)),
  );
  app.get("/docs/swagger-ui-bundle.js", async (c) =>
    c.body(await asset("swagger-ui-bundle.js"), 200, headers("text/javascript; charset=utf-8", CACHE.assets)),
  );
  // The description is the same for every caller until a deploy.
  app.use("/openapi.json", async function describedCache(c, next) {
    await next();
    if (c.res.status === 200) c.header("cache-control", CACHE.description);
  });
}
