import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectCompileCache } from "../../scripts/build/compile-cache.js";
import {
  compileCacheKey,
  useShippedCompileCache,
  versionFolder,
  versionTagOf,
} from "../../src/handlers/compile-cache.js";

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "compile-cache-test-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("compileCacheKey", () => {
  it("names an ES module's entry as Node 22 does", () => {
    // Observed from Node 22.23.5 (NODE_DEBUG_NATIVE=COMPILE_CACHE): `reading cache from
    // …/63d3a9e5 for ESM file:///tmp/cs-t/a.mjs`.
    expect(compileCacheKey("file:///tmp/cs-t/a.mjs")).toBe("63d3a9e5");
    expect(compileCacheKey("file:///var/task/index.mjs")).not.toBe(compileCacheKey("file:///tmp/index.mjs"));
  });
});

describe("versionTagOf and versionFolder", () => {
  it("drops the user id Node puts last, and finds this version's folder", async () => {
    expect(versionTagOf("/tmp/cache/v22.23.5-x64-9de703df-0")).toBe("v22.23.5-x64-9de703df");
    expect(versionTagOf("/tmp/cache/v22.23.5-x64-9de703df-993")).toBe("v22.23.5-x64-9de703df");
    await mkdir(path.join(work, "v22.1.0-x64-aaaaaaaa-0"));
    await mkdir(path.join(work, "v22.23.5-x64-9de703df-993"));
    expect(versionFolder(work, "22.23.5")).toBe(path.join(work, "v22.23.5-x64-9de703df-993"));
    expect(versionFolder(work, "24.0.0")).toBeUndefined();
  });
});

/** A built function folder with two chunks and the cache shipped for one of them. */
async function shippedFunction(tag: string) {
  const codeDir = path.join(work, "task");
  await mkdir(path.join(codeDir, "compile-cache", tag), { recursive: true });
  await writeFile(path.join(codeDir, "index.mjs"), "export {};");
  await writeFile(path.join(codeDir, "chunk-A.mjs"), "export const a = 1;");
  await writeFile(path.join(codeDir, "compile-cache", tag, "chunk-A.mjs"), "code of chunk A");
  return codeDir;
}

describe("useShippedCompileCache", () => {
  it("links each shipped entry under the name Node looks for at this code folder, for another user", async () => {
    const codeDir = await shippedFunction("v22.23.5-x64-9de703df");
    const cacheDir = path.join(work, "cache");
    // Stands for module.enableCompileCache: Node 22 makes its version folder (ending in the user
    // id) and answers with the folder it was given.
    const enable = (dir: string) => ({ status: 1, directory: dir });
    await mkdir(path.join(cacheDir, "v22.23.5-x64-9de703df-993"), { recursive: true });
    const linked = useShippedCompileCache(codeDir, { cacheDir, enable, env: {}, nodeVersion: "22.23.5" });
    expect(linked).toBe(1);
    const entries = path.join(cacheDir, "v22.23.5-x64-9de703df-993");
    const key = compileCacheKey(pathToFileURL(path.join(codeDir, "chunk-A.mjs")).href);
    expect(await readdir(entries)).toEqual([key]);
    expect((await lstat(path.join(entries, key))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(entries, key))).toBe(
      path.join(codeDir, "compile-cache", "v22.23.5-x64-9de703df", "chunk-A.mjs"),
    );
    expect(await readFile(path.join(entries, key), "utf8")).toBe("code of chunk A");
  });

  it("uses nothing without the API (Node 20), when switched off, or when the cache was made by another Node", async () => {
    const codeDir = await shippedFunction("v22.1.0-x64-9de703df");
    const cacheDir = path.join(work, "cache");
    await mkdir(path.join(cacheDir, "v22.23.5-x64-9de703df-0"), { recursive: true });
    const enable = (dir: string) => ({ status: 1, directory: dir });
    const options = { cacheDir, enable, nodeVersion: "22.23.5" };
    expect(useShippedCompileCache(codeDir, { ...options, env: {} })).toBe(0);
    expect(await readdir(path.join(cacheDir, "v22.23.5-x64-9de703df-0"))).toEqual([]);
    expect(useShippedCompileCache(codeDir, { ...options, env: { SB_COMPILE_CACHE: "off" } })).toBe(0);
    expect(
      useShippedCompileCache(codeDir, {
        ...options,
        env: {},
        enable: () => ({ status: 2, directory: cacheDir }),
      }),
    ).toBe(0);
  });
});

describe("collectCompileCache", () => {
  it("ships the entries Node wrote for the function's chunks, named after the chunk files", async () => {
    const fnDir = path.join(work, "fn");
    await mkdir(fnDir);
    await writeFile(path.join(fnDir, "index.mjs"), "export {};");
    await writeFile(path.join(fnDir, "chunk-A.mjs"), "export const a = 1;");
    await writeFile(path.join(fnDir, "chunk-B.mjs"), "export const b = 1;");
    const written = path.join(work, "cache", "v22.23.5-x64-9de703df-0");
    await mkdir(written, { recursive: true });
    const keyOf = (file: string) => compileCacheKey(pathToFileURL(path.join(fnDir, file)).href);
    await writeFile(path.join(written, keyOf("chunk-A.mjs")), "A", { mode: 0o600 });
    await writeFile(path.join(written, keyOf("index.mjs")), "I");
    // An entry for a module outside the function (a package of the layer): not shipped.
    await writeFile(path.join(written, compileCacheKey("file:///opt/nodejs/x.mjs")), "X");
    expect(await collectCompileCache(path.join(work, "cache"), fnDir)).toEqual(["chunk-A.mjs", "index.mjs"]);
    const shipped = path.join(fnDir, "compile-cache", "v22.23.5-x64-9de703df");
    expect((await readdir(shipped)).sort()).toEqual(["chunk-A.mjs", "index.mjs"]);
    expect(await readFile(path.join(shipped, "chunk-A.mjs"), "utf8")).toBe("A");
    // Readable by the function's user, whoever made the build (Node writes its entries 0600).
    expect((await stat(path.join(shipped, "chunk-A.mjs"))).mode & 0o777).toBe(0o644);
  });
});
