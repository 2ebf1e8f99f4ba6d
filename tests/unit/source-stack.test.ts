import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { sourceStack, withSourceStack } from "../../src/source-stack.js";

// A chunk built as the Lambda build builds (bundled, minified, with a map beside it and no
// sources in it), from a source whose throwing line we know.
const SOURCE = [
  "export function outer(n: number): number {",
  "  return inner(n) + 1;",
  "}",
  "function inner(n: number): number {",
  '  if (n > 0) throw new Error("boom at line five");',
  "  return n;",
  "}",
  "",
].join("\n");

let dir: string;
let chunk: string;
/** The chunk's stack as Node gives it without source maps (a child: the test runner maps its own). */
let raw: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "source-stack-"));
  const entry = path.join(dir, "src", "thrower.ts");
  await mkdir(path.dirname(entry), { recursive: true });
  await writeFile(entry, SOURCE);
  chunk = path.join(dir, "dist", "chunk-TEST.mjs");
  await build({
    entryPoints: [entry],
    outfile: chunk,
    bundle: true,
    format: "esm",
    platform: "node",
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    keepNames: false,
  });
  const script = `import(${JSON.stringify(pathToFileURL(chunk).href)}).then((m) => { try { m.outer(1); } catch (e) { process.stdout.write(e.stack); } })`;
  raw = execFileSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH } });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An error thrown in the chunk, with the stack Node gave it there. */
function thrown(): Error {
  const e = new Error("boom at line five");
  e.stack = raw;
  return e;
}

describe("stack traces mapped when logged", () => {
  it("maps a built chunk's frames to the source's file and line, keeping other frames", () => {
    // Node, started without --enable-source-maps, gives the chunk's minified place.
    expect(raw).toMatch(/chunk-TEST\.mjs:1:\d+/);
    const mapped = sourceStack(raw, false);
    const src = path.join(dir, "src", "thrower.ts");
    expect(mapped).toContain(`${src}:5:`);
    expect(mapped).toContain(`${src}:2:`);
    expect(mapped).not.toMatch(/chunk-TEST\.mjs/);
    // A frame with no map (the child's script) stays as it was.
    expect(mapped).toContain("at [eval]:1:");
    expect(mapped.split("\n")[0]).toBe("Error: boom at line five");
  });

  it("leaves stacks alone when Node maps them itself, and frames whose chunk has no map", () => {
    expect(sourceStack(raw, true)).toBe(raw);
    const unmapped = "Error: x\n    at f (file:///nowhere/chunk-NONE.mjs:1:20)";
    expect(sourceStack(unmapped, false)).toBe(unmapped);
  });

  it("maps the logged error and its cause once, so the log line names the source", () => {
    const cause = thrown();
    const e = new Error("render failed", { cause });
    const lines: string[] = [];
    createLogger("error", (l) => lines.push(l)).error("render failed", { error: e });
    const logged = JSON.parse(lines[0] ?? "{}") as { error: { cause: { stack: string } } };
    const src = path.join(dir, "src", "thrower.ts");
    expect(logged.error.cause.stack).toContain(`${src}:5:`);
    // Mapped once: a second pass leaves the stack as the first left it.
    const once = cause.stack;
    withSourceStack(e);
    expect(cause.stack).toBe(once);
  });
});
