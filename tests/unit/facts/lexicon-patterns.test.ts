import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lexiconPatternsDefine } from "../../../scripts/build/lexicon-patterns.js";
import {
  compilePatterns,
  matchLexicon,
  PATTERNS_PRECOMPUTED,
  patternIndexData,
  patternIndexFrom,
} from "../../../src/core/facts/lexicon/matcher.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TEXT =
  "SDF guards at Al-Hol camp and the al-Sina'a prison in Hasakah, Iraqi forces near the Al-Qaim crossing, the US at Al-Tanf, and Syrian and Kurdish officials said.";

describe("the lexicon's pattern index, computed at build time", () => {
  it("revives from its inlined form into the index the lexicon compiles to", () => {
    const compiled = compilePatterns();
    const revived = patternIndexFrom(JSON.parse(JSON.stringify(patternIndexData(compiled))));
    expect([...revived.keys()]).toEqual([...compiled.keys()]);
    expect(revived).toEqual(compiled);
    // Entries are the lexicon's own objects, not copies.
    const [first] = compiled.values();
    expect(revived.get(first?.[0]?.keys[0] ?? "")?.[0]?.entry).toBe(first?.[0]?.entry);
  });

  it("is compiled at load when run from the sources", () => {
    expect(PATTERNS_PRECOMPUTED).toBe(false);
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
          `import { matchLexicon, PATTERNS_PRECOMPUTED } from ${JSON.stringify(matcher)};`,
          `import { tokenize } from ${JSON.stringify(tokenizer)};`,
          `const ids = matchLexicon(tokenize(${JSON.stringify(TEXT)})).map((m) => [m.entry.id, m.first, m.last]);`,
          "process.stdout.write(JSON.stringify({ precomputed: PATTERNS_PRECOMPUTED, ids }));",
        ].join("\n"),
      );
      const out = path.join(dir, "bundle.mjs");
      await build({
        entryPoints: [entry],
        outfile: out,
        bundle: true,
        platform: "node",
        format: "esm",
        define: lexiconPatternsDefine(),
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
