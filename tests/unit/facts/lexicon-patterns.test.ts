import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lexiconKeysDefine } from "../../../scripts/build/lexicon-patterns.js";
import {
  compilePatterns,
  KEYS_PRECOMPUTED,
  matchLexicon,
  surfaceKeys,
} from "../../../src/core/facts/lexicon/matcher.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TEXT =
  "SDF guards at Al-Hol camp and the al-Sina'a prison in Hasakah, Iraqi forces near the Al-Qaim crossing, the US at Al-Tanf, and Syrian and Kurdish officials said.";

describe("the lexicon's match keys, computed at build time", () => {
  it("give the index the lexicon compiles to when tokenized at load", () => {
    const compiled = compilePatterns();
    const fromKeys = compilePatterns(JSON.parse(JSON.stringify(surfaceKeys())) as string);
    expect([...fromKeys.keys()]).toEqual([...compiled.keys()]);
    expect(fromKeys).toEqual(compiled);
    expect(compiled.size).toBeGreaterThan(500);
  });

  it("are ignored when they do not fit the lexicon (one line per name, alias and demonym)", () => {
    const lines = surfaceKeys().split("\n");
    const short = compilePatterns(lines.slice(1).join("\n"));
    expect(short).toEqual(compilePatterns());
    // Keys that fit are used as given: a changed line changes the index.
    const changed = compilePatterns(["zzz", ...lines.slice(1)].join("\n"));
    expect(changed.has("zzz")).toBe(true);
  });

  it("are computed at load when run from the sources", () => {
    expect(KEYS_PRECOMPUTED).toBe(false);
  });

  it("is inlined in a bundle built with the define, which matches as the sources do", async () => {
    const dir = path.join(ROOT, "node_modules", ".cache", `lexicon-patterns-${process.pid}`);
    await mkdir(dir, { recursive: true });
    try {
      const entry = path.join(dir, "entry.ts");
      const matcher = path.relative(dir, path.join(ROOT, "src/core/facts/lexicon/matcher.js"));
      const tokenizer = path.relative(dir, path.join(ROOT, "src/core/facts/text/tokenize.js"));
      await writeFile(
        entry,
        [
          `import { matchLexicon, KEYS_PRECOMPUTED } from ${JSON.stringify(matcher)};`,
          `import { tokenize } from ${JSON.stringify(tokenizer)};`,
          `const ids = matchLexicon(tokenize(${JSON.stringify(TEXT)})).map((m) => [m.entry.id, m.first, m.last]);`,
          "process.stdout.write(JSON.stringify({ precomputed: KEYS_PRECOMPUTED, ids }));",
        ].join("\n"),
      );
      const out = path.join(dir, "bundle.mjs");
      await build({
        entryPoints: [entry],
        outfile: out,
        bundle: true,
        platform: "node",
        format: "esm",
        define: lexiconKeysDefine(),
        logLevel: "error",
      });
      const run = JSON.parse(execFileSync(process.execPath, [out], { encoding: "utf8" })) as {
        precomputed: boolean;
        ids: [string, number, number][];
      };
      expect(run.precomputed).toBe(true);
      const fromSource = matchLexicon(tokenize(TEXT)).map((m) => [m.entry.id, m.first, m.last]);
      expect(fromSource.length).toBeGreaterThan(5);
      expect(run.ids).toEqual(fromSource);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
