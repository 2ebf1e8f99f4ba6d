/**
 * The local server as `npm start` runs it: `src/server.ts` and the CPU pool's worker
 * (src/adapters/cpu/cpu-worker.ts) bundled to plain JavaScript in `dist/server/` (`npm start`
 * runs this first, as its `prestart`). Run from source under tsx, the server and each worker
 * thread carried the TypeScript loader, its transformed sources and an esbuild service process:
 * about 80 MB more RSS at concurrency 4, and more CPU per briefing (`npm run bench`).
 *
 * Packages that find files of their own at run time (piscina's worker script, dynalite's LevelDB
 * binding, s3rver's models, @sparticuz/chromium's archives) stay outside the bundle and are
 * loaded from node_modules, which is why the bundle lives inside the project.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { ESM_BANNER } from "./build/esm-banner.js";
import { lexiconKeysDefine } from "./build/lexicon-patterns.js";
import { oneByteSource } from "./build/one-byte-source.js";

const EXTERNAL = ["@sparticuz/chromium", "piscina", "dynalite", "s3rver", "puppeteer-core"];

/** Bundles the server into `outDir` (`server.js`, `cpu-worker.js` beside it, source maps). */
export async function buildServer(root: string, outDir = path.join(root, "dist", "server")): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      server: "src/server.ts",
      // cpu-pool.ts starts `./cpu-worker.js` from beside the module that holds it: here, server.js.
      "cpu-worker": "src/adapters/cpu/cpu-worker.ts",
    },
    outdir: outDir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    mainFields: ["module", "main"],
    // Logged stacks map back to src/ through these (src/source-stack.ts).
    sourcemap: true,
    sourcesContent: false,
    banner: { js: ESM_BANNER },
    define: lexiconKeysDefine(),
    external: EXTERNAL,
    logLevel: "warning",
  });
  if (result.errors.length) throw new Error("esbuild failed for the server");
  // One byte per character on the heap of the server and of each worker (see one-byte-source.ts).
  for (const file of ["server.js", "cpu-worker.js"]) {
    const at = path.join(outDir, file);
    await writeFile(at, oneByteSource(await readFile(at, "utf8"), file));
  }
  return path.join(outDir, "server.js");
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, "build-server.ts")
) {
  const started = performance.now();
  const entry = await buildServer(path.resolve(import.meta.dirname, ".."));
  console.log(
    `server built to ${path.relative(process.cwd(), entry)} in ${Math.round(performance.now() - started)} ms`,
  );
}
