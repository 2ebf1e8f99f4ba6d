import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
// The runtime alone at start-up: its version is the compiler's (one package), and only the
// build's step below compiles, with the compiler it imports then.
import Handlebars from "handlebars/runtime";

/**
 * Templates compiled to JavaScript at build time (`npm run build` writes this file beside the
 * bundle's templates): parsing and compiling them at start-up cost about a fifth of a second of a
 * Lambda cold start. Keyed by the hash of each source, so a template edited after the build is
 * simply compiled at start-up as before.
 */
export const PRECOMPILED_FILE = "precompiled.json";

// Strict: a template naming a field the view model lacks throws instead of printing nothing.
// Frozen, and copied for each compile: Handlebars writes its defaults into the options it is given,
// and the file records these options as they are before any compile.
export const COMPILE_OPTIONS = Object.freeze({ strict: true, noEscape: false } as const);

export interface PrecompiledTemplates {
  /** The Handlebars that compiled them: a spec only runs on its own compiler's runtime. */
  handlebars: string;
  options: typeof COMPILE_OPTIONS;
  /** sha256 of a template's source → its precompiled spec (JavaScript source of an object). */
  specs: Record<string, string>;
}

export const sourceHash = (source: string): string => createHash("sha256").update(source).digest("hex");

/** Every template the renderer loads: layouts, partials and each theme's briefing. */
async function templateSources(root: string): Promise<string[]> {
  const hbs = async (dir: string) =>
    (await readdir(dir))
      .filter((f) => f.endsWith(".hbs"))
      .map((f) => path.join(dir, f))
      .sort();
  const themes = (await readdir(path.join(root, "themes"), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => path.join(root, "themes", d.name, "briefing.hbs"));
  const files = [
    ...(await hbs(path.join(root, "layouts"))),
    ...(await hbs(path.join(root, "partials"))),
    ...themes,
  ];
  const sources = await Promise.all(files.map((f) => readFile(f, "utf8").catch(() => undefined)));
  // The renderer compiles the page header and footer layouts even when absent, from "".
  return ["", ...sources.filter((s): s is string => s !== undefined)];
}

/** The build's step: every template under `root` compiled once. */
export async function precompileTemplates(root: string): Promise<PrecompiledTemplates> {
  const { default: compiler } = await import("handlebars");
  const specs: Record<string, string> = {};
  for (const source of await templateSources(root)) {
    specs[sourceHash(source)] = compiler.precompile(source, { ...COMPILE_OPTIONS }) as string;
  }
  return { handlebars: compiler.VERSION, options: { ...COMPILE_OPTIONS }, specs };
}

/**
 * The precompiled specs under `root`, when the build left them and they came from this
 * Handlebars with these options; otherwise none, and every template compiles at start-up.
 */
export async function readPrecompiled(root: string): Promise<Map<string, string>> {
  let parsed: PrecompiledTemplates;
  try {
    parsed = JSON.parse(await readFile(path.join(root, PRECOMPILED_FILE), "utf8")) as PrecompiledTemplates;
  } catch {
    return new Map();
  }
  const sameOptions = JSON.stringify(parsed.options) === JSON.stringify(COMPILE_OPTIONS);
  if (parsed.handlebars !== Handlebars.VERSION || !sameOptions || typeof parsed.specs !== "object")
    return new Map();
  return new Map(Object.entries(parsed.specs));
}
