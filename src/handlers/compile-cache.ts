/**
 * The V8 code cache `npm run build` ships beside a function's chunks (scripts/build/compile-cache.ts),
 * put to use at a cold start. Node 22 reads a compile cache (module.enableCompileCache) from a
 * folder of entries named after each module's URL, in a subfolder named after the Node version, the
 * V8 flags and the user id: a cache made at build time, in dist/, would not be found under
 * /var/task, nor by another user. So the build ships the entries named after the chunk files, in a
 * subfolder named without the user id, and the cold start links each one, under the name Node looks
 * for, into a cache folder in the temporary directory (the code folder is read-only on Lambda).
 * Node checks every entry against its source and its V8 version before using it: an entry made by
 * another Node, or for a chunk since rebuilt, is ignored and the chunk compiles as without a cache.
 */
import { existsSync, readdirSync, symlinkSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { crc32 } from "node:zlib";

/** The folder, in a function's code folder, that holds the shipped cache. */
export const SHIPPED_CACHE_DIR = "compile-cache";

/** Node's kind of cache entry for an ES module (node's compile_cache.h: kESM). */
const ESM_ENTRY = 1;

/**
 * The file name Node 22 gives an ES module's cache entry: the CRC-32 of the entry's kind followed by
 * the module's URL, in eight hex digits.
 */
export function compileCacheKey(moduleUrl: string): string {
  return crc32(moduleUrl, crc32(Buffer.from([ESM_ENTRY])))
    .toString(16)
    .padStart(8, "0");
}

/**
 * The cache subfolder Node names with the user id last (`v22.23.5-x64-9de703df-0`), without it:
 * the build runs as one user and Lambda's runtime as another.
 */
export function versionTagOf(cacheDir: string): string {
  return path.basename(cacheDir).replace(/-\d+$/, "");
}

/**
 * The folder Node keeps this version's entries in: the cache folder's `v<version>-…` subfolder,
 * which Node 22 makes when the cache is enabled (it answers with the folder it was given).
 */
export function versionFolder(cacheDir: string, nodeVersion: string): string | undefined {
  const prefix = `v${nodeVersion}-`;
  if (path.basename(cacheDir).startsWith(prefix)) return cacheDir;
  const found = readdirSync(cacheDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && d.name.startsWith(prefix),
  );
  return found.length === 1 && found[0] ? path.join(cacheDir, found[0].name) : undefined;
}

type EnableCompileCache = (dir: string) => { status: number; directory?: string };

export interface ShippedCacheOptions {
  /** The folder the cache is used from (a writable one: Node adds what the cache lacks at exit). */
  cacheDir?: string;
  /** module.enableCompileCache, absent on Node 20 (the cache is then not used). */
  enable?: EnableCompileCache;
  env?: NodeJS.ProcessEnv;
  /** process.versions.node unless told (tests). */
  nodeVersion?: string;
}

/**
 * Turns the compile cache on and links the entries shipped in `codeDir` for this Node into it.
 * Returns how many entries were linked; 0 when there is nothing to use (Node 20, no shipped cache,
 * no entries for this Node, NODE_COMPILE_CACHE already set, SB_COMPILE_CACHE=off). Call it before
 * the chunks it covers are imported: a module compiled before has nothing to gain.
 */
export function useShippedCompileCache(codeDir: string, options: ShippedCacheOptions = {}): number {
  const env = options.env ?? process.env;
  const enable =
    options.enable ?? (module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (!enable || env.SB_COMPILE_CACHE?.trim().toLowerCase() === "off") return 0;
  const shippedRoot = path.join(codeDir, SHIPPED_CACHE_DIR);
  if (!existsSync(shippedRoot)) return 0;
  const { status, directory } = enable(options.cacheDir ?? path.join(tmpdir(), "sb-compile-cache"));
  // 1: enabled by this call (module.constants.compileCacheStatus.ENABLED). Already enabled
  // (NODE_COMPILE_CACHE) means someone else chose the cache: leave it to them.
  if (status !== 1 || !directory) return 0;
  const entries = versionFolder(directory, options.nodeVersion ?? process.versions.node);
  if (!entries) return 0;
  const shipped = path.join(shippedRoot, versionTagOf(entries));
  if (!existsSync(shipped)) return 0;
  let linked = 0;
  for (const file of readdirSync(shipped)) {
    const url = pathToFileURL(path.join(codeDir, file)).href;
    try {
      symlinkSync(path.join(shipped, file), path.join(entries, compileCacheKey(url)));
      linked++;
    } catch {
      // Already there (a second call, or Node wrote it): Node checks whichever it finds.
    }
  }
  return linked;
}
