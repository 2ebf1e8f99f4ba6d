/**
 * The V8 code cache of a built function, made at build time by one cold start of the bundle on the
 * Node of Lambda's runtime, and shipped in `<fnDir>/compile-cache/<node version tag>/<chunk file>`
 * (src/handlers/compile-cache.ts puts it to use). Node 22 writes, at a process's exit, the code of
 * every function the process compiled: a cold start that served a briefing leaves the code of the
 * first request's path too, not only the modules' top levels. On the 2-core bench the cache took
 * about 0.5 s of CPU out of a cold start (of ~1.7 s).
 */
import { spawn } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compileCacheKey, SHIPPED_CACHE_DIR, versionTagOf } from "../../src/handlers/compile-cache.js";

/**
 * Copies the entries Node wrote into `cacheDir` (its version subfolder, named by the URL's hash)
 * for the chunks of `fnDir`, into `<fnDir>/compile-cache/<tag>/` named by each chunk's file name.
 * Returns the chunk files that got an entry.
 */
export async function collectCompileCache(cacheDir: string, fnDir: string): Promise<string[]> {
  const versions = (await readdir(cacheDir, { withFileTypes: true })).filter((d) => d.isDirectory());
  if (versions.length !== 1)
    throw new Error(`${cacheDir}: expected one Node version's cache, found ${versions.length}`);
  const written = path.join(cacheDir, versions[0]?.name ?? "");
  const entries = new Set(await readdir(written));
  const shipped = path.join(fnDir, SHIPPED_CACHE_DIR, versionTagOf(written));
  await rm(path.join(fnDir, SHIPPED_CACHE_DIR), { recursive: true, force: true });
  const chunks: string[] = [];
  for (const file of (await readdir(fnDir)).filter((f) => f.endsWith(".mjs")).sort()) {
    const key = compileCacheKey(pathToFileURL(path.join(fnDir, file)).href);
    if (!entries.has(key)) continue;
    await mkdir(shipped, { recursive: true });
    await cp(path.join(written, key), path.join(shipped, file));
    // Node writes its entries for its own user only (0600); the function runs as another user.
    await chmod(path.join(shipped, file), 0o644);
    chunks.push(file);
  }
  return chunks;
}

export interface TrainingRun {
  /**
   * The command to run the script with: the Node of Lambda's runtime (the cache is only used by the
   * same Node version) with the flags the function starts with on Lambda (infra/lib/lambda-node.ts:
   * Node files the cache under a hash of the V8 flags, so a cache trained under others is never
   * found), and the program before it that adds them (the exec wrapper).
   */
  command: string[];
  /** A script that imports `<fnDir>/index.mjs` and serves a first request through its handler. */
  script: string;
  /** The environment it needs (the function's settings, endpoints of local servers). */
  env: NodeJS.ProcessEnv;
}

/** Runs the training cold start with a fresh compile cache and ships what it wrote. */
export async function shipCompileCache(fnDir: string, run: TrainingRun): Promise<string[]> {
  const work = await mkdtemp(path.join(tmpdir(), "sb-compile-cache-"));
  try {
    const cacheDir = path.join(work, "cache");
    const tmp = path.join(work, "tmp");
    await mkdir(tmp);
    await new Promise<void>((resolve, reject) => {
      const [program = "node", ...args] = run.command;
      const child = spawn(program, [...args, run.script], {
        // A private TMPDIR: the browser's profile and caches stay out of the shared /tmp.
        env: { ...run.env, NODE_COMPILE_CACHE: cacheDir, TMPDIR: tmp, BUNDLE_DIR: fnDir },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let err = "";
      child.stderr.on("data", (d: Buffer) => {
        err += d.toString();
      });
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`compile cache training exited with ${code}: ${err}`)),
      );
    });
    return await collectCompileCache(cacheDir, fnDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
