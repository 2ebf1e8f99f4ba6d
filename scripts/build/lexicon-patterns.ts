import { patternIndexData } from "../../src/core/facts/lexicon/matcher.js";

/**
 * esbuild's `define` that inlines the lexicon's pattern index into a bundle
 * (src/core/facts/lexicon/matcher.ts): computed here from the same lexicon the bundle holds, so a
 * cold start reads it instead of tokenizing every name, alias and demonym.
 */
export function lexiconPatternsDefine(): Record<string, string> {
  return { __SB_LEXICON_PATTERNS__: JSON.stringify(patternIndexData()) };
}
