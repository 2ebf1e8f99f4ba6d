import { surfaceKeys } from "../../src/core/facts/lexicon/matcher.js";

/**
 * esbuild's `define` that inlines the match keys of every lexicon name into a bundle
 * (src/core/facts/lexicon/matcher.ts): computed here from the same lexicon the bundle holds, so a
 * cold start reads them instead of tokenizing every name, alias and demonym. One string: a few
 * kilobytes of the zip, where the index as an object literal took four times as much.
 */
export function lexiconKeysDefine(): Record<string, string> {
  return { __SB_LEXICON_KEYS__: JSON.stringify(surfaceKeys()) };
}
