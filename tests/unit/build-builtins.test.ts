import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleHandler } from "../../scripts/build-lambda.js";

// The built functions reach Node's built-in modules through require(), not through their ES module
// facades, which run every lazy getter of a module at import (scripts/build-lambda.ts).
describe("bundleHandler and Node's built-in modules", () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "sb-build-builtins-"));
    await writeFile(
      path.join(dir, "entry.ts"),
      [
        'import { createHash } from "node:crypto";',
        'import crypto from "node:crypto";',
        'import { readFileSync } from "node:fs";',
        'import * as http from "node:http";',
        "export const handler = () => [",
        '  createHash("sha1").update("x").digest("hex").length,',
        '  crypto.createHash("md5").update("x").digest("hex").length,',
        "  typeof readFileSync,",
        "  typeof http.request,",
        "];",
      ].join("\n"),
    );
    await bundleHandler(dir, "entry.ts", path.join(dir, "out"));
    bundle = path.join(dir, "out", "index.mjs");
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("imports none of them as ES modules", async () => {
    const code = await readFile(bundle, "utf8");
    // The banner's own createRequire, fileURLToPath and dirname are the only ones.
    const imported = [...code.matchAll(/from\s*"(node:[a-z_/]+)"/g)].map((m) => m[1]);
    expect(imported.sort()).toEqual(["node:module", "node:path", "node:url"]);
  });

  it("works as before, without loading what the facades' getters stand for", () => {
    const script = `const m = await import(${JSON.stringify(bundle)});
console.log(JSON.stringify({ out: m.handler(), loaded: process.moduleLoadList }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const { out, loaded } = JSON.parse(run.stdout) as { out: unknown[]; loaded: string[] };
    expect(out).toEqual([40, 32, "function", "function"]);
    // node:fs's ReadStream getter loads its streams, node:crypto's webcrypto getter the Web Crypto API.
    expect(loaded.filter((m) => /internal\/fs\/streams|webcrypto|undici/.test(m))).toEqual([]);
  });
});
