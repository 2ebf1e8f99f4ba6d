import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Stack traces mapped back to the sources when they are logged, not when the code loads. The
 * built functions ship their source maps beside each chunk; Node's `--enable-source-maps` reads
 * and parses every one as its module loads (about 60 ms of a cold start's CPU on the HTTP
 * function, for maps nobody reads unless something fails). Here a map is read only when a frame
 * in its chunk is logged, and kept for the next one.
 */

/** `(file:///var/task/chunk-X.mjs:12:345)`, `at /var/task/index.mjs:1:2`: a frame's place. */
const FRAME = /((?:file:\/\/)?\/[^\s():]+\.m?js):(\d+):(\d+)/g;

const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  const known = maps.get(file);
  if (known !== undefined) return known;
  let map: SourceMap | null = null;
  const at = `${file}.map`;
  try {
    if (existsSync(at)) map = new SourceMap(JSON.parse(readFileSync(at, "utf8")));
  } catch {
    map = null; // an unreadable map leaves the frames as they are
  }
  maps.set(file, map);
  return map;
}

/** One frame's place in its source (`/src/core/x.ts:10:5`), or null where no map covers it. */
function sourcePlace(where: string, line: number, column: number): string | null {
  const file = where.startsWith("file://") ? fileURLToPath(where) : where;
  const entry = mapOf(file)?.findEntry(line - 1, column - 1);
  if (!entry || !("originalSource" in entry) || !entry.originalSource) return null;
  const source = entry.originalSource.startsWith("file://")
    ? fileURLToPath(entry.originalSource)
    : path.resolve(path.dirname(file), entry.originalSource);
  return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/**
 * `stack` with each frame in a built chunk that has a source map replaced by its place in the
 * source; frames without a map (Node's own, or when running from source) are kept as they are.
 * Does nothing when Node already maps stacks (`--enable-source-maps`).
 */
export function sourceStack(stack: string, sourceMapsEnabled = process.sourceMapsEnabled): string {
  if (sourceMapsEnabled) return stack;
  return stack.replace(FRAME, (whole, where: string, line: string, column: string) => {
    return sourcePlace(where, Number(line), Number(column)) ?? whole;
  });
}

const mapped = new WeakSet<Error>();

/** `e` (and the errors of its cause chain) with their stacks mapped back to the sources, once. */
export function withSourceStack<T>(e: T): T {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 8; x = x.cause, depth++) {
    if (mapped.has(x) || typeof x.stack !== "string") continue;
    mapped.add(x);
    x.stack = sourceStack(x.stack);
  }
  return e;
}
