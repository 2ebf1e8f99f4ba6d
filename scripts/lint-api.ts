import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { apiDescription } from "../src/adapters/http/api-description.js";
import { VERSION } from "../src/version.js";

/**
 * `npm run lint:api`: the API description as the app serves it, checked two ways.
 *   1. `redocly lint` with the recommended rules (redocly.yaml): 0 errors, 0 warnings.
 *   2. The committed client types (src/client/api.ts) are what openapi-typescript makes of it now.
 * `--write` refreshes src/client/api.ts instead of failing on it (`npm run client:types`).
 */
const root = path.resolve(import.meta.dirname, "..");
const typesFile = path.join(root, "src/client/api.ts");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

/** Error answers a client may treat as something other than a problem document, on purpose. */
const NOT_PROBLEMS = new Set(["GET /readyz 503"]);

/** Every 4xx/5xx response whose body is described as anything but problem+json. */
function errorsNotProblems(doc: Record<string, unknown>): string[] {
  type Op = { responses?: Record<string, { content?: Record<string, unknown> }> };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Op>>;
  return Object.entries(paths).flatMap(([route, ops]) =>
    Object.entries(ops).flatMap(([method, op]) =>
      Object.entries(op.responses ?? {}).flatMap(([status, res]) => {
        const where = `${method.toUpperCase()} ${route} ${status}`;
        if (Number(status) < 400 || NOT_PROBLEMS.has(where)) return [];
        const types = Object.keys(res.content ?? {});
        return types.length === 1 && types[0] === "application/problem+json" ? [] : [where];
      }),
    ),
  );
}

const dir = await mkdtemp(path.join(tmpdir(), "sb-openapi-"));
const spec = path.join(dir, "openapi.json");
let failed = false;
try {
  const description = await apiDescription(VERSION);
  await writeFile(spec, JSON.stringify(description, null, 2));
  const notProblems = errorsNotProblems(description);
  if (notProblems.length > 0) {
    failed = true;
    process.stderr.write(
      `lint:api: error responses must be application/problem+json (use problem() from src/adapters/http/schemas.ts):\n  ${notProblems.join("\n  ")}\n`,
    );
  }
  const write = process.argv.includes("--write");

  if (!write) {
    const lint = spawnSync(bin("redocly"), ["lint", spec, "--config", path.join(root, "redocly.yaml")], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    const out = `${lint.stdout}${lint.stderr}`;
    const clean =
      lint.status === 0 && /Your API description is valid/.test(out) && !/You have \d+ warning/.test(out);
    if (!clean) {
      failed = true;
      process.stderr.write(
        `${out}\nlint:api: the API description does not pass Redocly's recommended rules (0 errors and 0 warnings wanted).\n` +
          "Each route's createRoute(...) in src/adapters/http/routes/*.ts needs an operationId, a 4xx problem response\n" +
          "(spread `commonProblems` from src/adapters/http/schemas.ts) and schemas that are used.\n",
      );
    } else process.stdout.write("lint:api: redocly recommended rules: 0 errors, 0 warnings\n");
  }

  const fresh = path.join(dir, "api.ts");
  const gen = spawnSync(bin("openapi-typescript"), [spec, "-o", fresh], { encoding: "utf8" });
  if (gen.status !== 0) throw new Error(`openapi-typescript failed:\n${gen.stdout}${gen.stderr}`);
  const header =
    "// Generated from the API description by openapi-typescript: do not edit.\n// Refresh with `npm run client:types`; `npm run lint:api` fails while it is stale.\n";
  const generated = header + (await readFile(fresh, "utf8"));
  if (write) {
    await writeFile(typesFile, generated);
    process.stdout.write(`client:types: wrote ${path.relative(root, typesFile)}\n`);
  } else {
    const committed = await readFile(typesFile, "utf8").catch(() => "");
    if (committed !== generated) {
      failed = true;
      process.stderr.write(
        "lint:api: src/client/api.ts is stale: it no longer matches the API description.\n" +
          "Run `npm run client:types` and commit the result.\n",
      );
    } else process.stdout.write("lint:api: src/client/api.ts matches the description\n");
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
