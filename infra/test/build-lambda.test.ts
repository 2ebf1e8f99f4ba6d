import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { copyPackages, keepForLayer, runtimeClosure } from "../../scripts/build/layer-packages.js";
import {
  FUNCTION_ZIP_LIMIT_BYTES,
  measureDir,
  sizeProblems,
  UNZIPPED_LIMIT_BYTES,
  zipEntryBytes,
} from "../../scripts/build/zip-size.js";
import { bundleHandler, dropVendorMaps } from "../../scripts/build-lambda.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "scenario-brief-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, content: string | Buffer): string {
  const full = path.join(scratch, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

describe("zip size", () => {
  it("counts the zip format's headers around each entry", () => {
    // local header 30 + central entry 46, each naming the file once
    expect(zipEntryBytes("a/b.txt", new Uint8Array())).toBe(30 + 46 + 2 * 7);
  });

  it("deflates what compresses and stores what does not, as zip tools do", () => {
    const text = Buffer.from("briefing ".repeat(10_000));
    expect(zipEntryBytes("t", text)).toBeLessThan(text.length / 20);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 256));
    expect(zipEntryBytes("n", noise)).toBeLessThanOrEqual(30 + 46 + 2 + noise.length);
  });

  it("measures a folder: raw bytes on disk and the zipped estimate", async () => {
    write("measure/index.mjs", "export const handler = 1;\n".repeat(1000));
    write("measure/assets/fonts.css", "@font-face{}\n".repeat(1000));
    const size = await measureDir(path.join(scratch, "measure"));
    expect(size.files).toBe(2);
    expect(size.raw).toBe(26_000 + 13_000);
    expect(size.zipped).toBeGreaterThan(22);
    expect(size.zipped).toBeLessThan(size.raw / 10);
  });

  it("fails a function over 5 MB zipped, or over 250 MB unzipped with the layer", () => {
    const ok = { files: 3, raw: 9_000_000, zipped: 3_000_000 };
    expect(sizeProblems({ http: ok, job: ok }, { files: 200, raw: 75_000_000, zipped: 70_000_000 })).toEqual(
      [],
    );

    const fat = { files: 3, raw: 20_000_000, zipped: FUNCTION_ZIP_LIMIT_BYTES + 1 };
    expect(sizeProblems({ http: ok, job: fat }, undefined)).toEqual([
      expect.stringMatching(/^job: 5\.00 MiB zipped, above the 5\.00 MiB limit/),
    ]);

    const hugeLayer = { files: 1, raw: UNZIPPED_LIMIT_BYTES - ok.raw + 1, zipped: 1 };
    expect(sizeProblems({ http: ok }, hugeLayer)).toEqual([
      expect.stringMatching(/^http: .* unzipped with the Chromium layer, above Lambda's 250\.00 MiB/),
    ]);
  });
});

describe("the Chromium layer's packages", () => {
  it("are @sparticuz/chromium and its runtime dependency tree, as npm installed it", async () => {
    const packages = await runtimeClosure("@sparticuz/chromium", path.join(ROOT, "node_modules"));
    const names = packages.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["@sparticuz/chromium", "follow-redirects", "tar-fs", "tar-stream", "pump"]),
    );
    expect(names).not.toContain("puppeteer-core");
    expect(new Set(names).size).toBe(names.length);
  });

  it("resolve nested versions first and report a missing required dependency", async () => {
    const nm = path.join(scratch, "tree/node_modules");
    write("tree/node_modules/a/package.json", JSON.stringify({ name: "a", dependencies: { c: "2" } }));
    write("tree/node_modules/a/node_modules/c/package.json", JSON.stringify({ name: "c", version: "2" }));
    write("tree/node_modules/c/package.json", JSON.stringify({ name: "c", version: "1" }));
    write("tree/node_modules/a/index.js", "module.exports = 1;\n");
    write(
      "tree/node_modules/b/package.json",
      JSON.stringify({ name: "b", dependencies: { missing: "1" }, optionalDependencies: { gone: "1" } }),
    );

    const closure = await runtimeClosure("a", nm);
    expect(closure.map((p) => p.relative)).toEqual(["a", path.join("a", "node_modules", "c")]);
    await expect(runtimeClosure("b", nm)).rejects.toThrow(/missing \(needed by b\) is not installed/);

    const layer = path.join(scratch, "tree-layer");
    await copyPackages(closure, layer, { a: ["package.json"] });
    const target = path.join(layer, "nodejs/node_modules");
    expect(JSON.parse(readFileSync(path.join(target, "a/node_modules/c/package.json"), "utf8")).version).toBe(
      "2",
    );
    expect(() => readFileSync(path.join(target, "a/index.js"))).toThrow();
  });

  it("keep prebuilt binaries for x86_64 Linux only, the one platform Lambda runs the layer on", async () => {
    expect(keepForLayer(path.join("prebuilds", "linux-x64", "bare-fs.bare"))).toBe(true);
    for (const other of ["linux-arm64", "darwin-arm64", "win32-x64", "android-x64", "ios-arm64"]) {
      expect(keepForLayer(path.join("prebuilds", other, "bare-fs.bare")), other).toBe(false);
    }
    expect(keepForLayer(path.join("lib", "index.js"))).toBe(true);

    const nm = path.join(scratch, "native/node_modules");
    write("native/node_modules/n/package.json", JSON.stringify({ name: "n" }));
    for (const platform of ["linux-x64", "linux-arm64", "darwin-x64", "win32-x64"]) {
      write(`native/node_modules/n/prebuilds/${platform}/n.node`, platform);
    }
    const layer = path.join(scratch, "native-layer");
    await copyPackages(await runtimeClosure("n", nm), layer);
    const kept = await measureDir(path.join(layer, "nodejs/node_modules/n/prebuilds"));
    expect(kept.files).toBe(1);
    expect(readFileSync(path.join(layer, "nodejs/node_modules/n/prebuilds/linux-x64/n.node"), "utf8")).toBe(
      "linux-x64",
    );
  });
});

describe("puppeteer-core and the bundled Chromium", () => {
  it("are a matched pair: puppeteer-core is pinned to a release made for the layer's Chromium major", async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // Pinned exactly: a caret range would let npm move to a release made for a newer Chrome.
    expect(pkg.dependencies["puppeteer-core"]).toMatch(/^\d+\.\d+\.\d+$/);
    const chromium = JSON.parse(
      readFileSync(path.join(ROOT, "node_modules/@sparticuz/chromium/package.json"), "utf8"),
    ) as { version: string };
    const { PUPPETEER_REVISIONS } = (await import(
      pathToFileURL(path.join(ROOT, "node_modules/puppeteer-core/lib/esm/puppeteer/revisions.js")).href
    )) as { PUPPETEER_REVISIONS: { chrome: string } };
    expect(PUPPETEER_REVISIONS.chrome.split(".")[0]).toBe(chromium.version.split(".")[0]);
  });
});

describe("a bundled handler", () => {
  it("runs as an ES module that can still require(), with Chromium left to the layer and s3rver stubbed", async () => {
    write("bundle/src/legacy.cjs", 'module.exports = require("node:path").posix.sep;\n');
    write(
      "bundle/src/handler.ts",
      [
        'import sep from "./legacy.cjs";',
        'import S3rver from "s3rver";',
        "export async function handler(): Promise<string[]> {",
        "  try {",
        "    new S3rver({});",
        '    return [sep, "no error"];',
        "  } catch (e) {",
        "    return [sep, (e as Error).message];",
        "  }",
        "}",
        'export const chromium = () => import("@sparticuz/chromium");',
      ].join("\n"),
    );
    const out = path.join(scratch, "bundle/dist");
    await bundleHandler(path.join(scratch, "bundle"), "src/handler.ts", out);

    const code = readFileSync(path.join(out, "index.mjs"), "utf8");
    expect(code).toContain('import("@sparticuz/chromium")');
    expect(readFileSync(path.join(out, "index.mjs.map"), "utf8")).not.toContain("sourcesContent");
    // In plain Node, as Lambda will load it, not through the test runner's module loader.
    const run = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(pathToFileURL(path.join(out, "index.mjs")).href)});
         console.log(JSON.stringify(await m.handler()));`,
      ],
      { encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([
      "/",
      expect.stringMatching(/embedded S3 server is not part of the Lambda bundle/),
    ]);
  });
});

describe("the source maps a function ships", () => {
  it("are those of chunks holding code of src/; a chunk of packages only loses its map and its link to it", async () => {
    const dir = path.join(scratch, "maps");
    const chunk = (name: string, sources: string[]) => {
      write(`maps/${name}.mjs`, `export const x = 1;\n//# sourceMappingURL=${name}.mjs.map\n`);
      write(`maps/${name}.mjs.map`, JSON.stringify({ version: 3, sources, mappings: "AAAA" }));
    };
    chunk("vendor", [
      "../../node_modules/@aws-sdk/client-s3/dist-es/index.js",
      "../../node_modules/zod/v4/core.js",
    ]);
    chunk("mixed", ["../../src/core/themes/assess.ts", "../../node_modules/hono/dist/index.js"]);
    chunk("own", ["../../src/handlers/lambda-http.ts"]);
    await dropVendorMaps(dir);
    const exists = (f: string) => {
      try {
        readFileSync(path.join(dir, f));
        return true;
      } catch {
        return false;
      }
    };
    expect(exists("vendor.mjs.map")).toBe(false);
    expect(readFileSync(path.join(dir, "vendor.mjs"), "utf8")).toBe("export const x = 1;\n");
    expect(exists("mixed.mjs.map")).toBe(true);
    expect(exists("own.mjs.map")).toBe(true);
    expect(readFileSync(path.join(dir, "own.mjs"), "utf8")).toContain("sourceMappingURL=own.mjs.map");
  });
});
