import { AGENCIES_AND_MEDIA } from "./agencies-and-media.js";
import { ARMED_GROUPS } from "./armed-groups.js";
import { COUNTRIES } from "./countries.js";
import { FACILITIES } from "./facilities.js";
import { IRAQ_PLACES } from "./places-iraq.js";
import { REGIONAL_PLACES } from "./places-region.js";
import { SYRIA_PLACES } from "./places-syria.js";
import { STATE_BODIES } from "./state-bodies.js";
import type { LexiconEntry } from "./types.js";

export { ANCHOR_EVENTS, type AnchorEvent } from "./anchors.js";
export type { LexiconEntry, LexiconKind } from "./types.js";

/** Bump on any change to the entries: facts documents record which lexicon produced them. */
export const LEXICON_VERSION = "1.1.0";

export const LEXICON: readonly LexiconEntry[] = [
  ...ARMED_GROUPS,
  ...STATE_BODIES,
  ...AGENCIES_AND_MEDIA,
  ...COUNTRIES,
  ...IRAQ_PLACES,
  ...SYRIA_PLACES,
  ...REGIONAL_PLACES,
  ...FACILITIES,
];

const byId = new Map(LEXICON.map((entry) => [entry.id, entry]));

export function lexiconEntry(id: string): LexiconEntry | undefined {
  return byId.get(id);
}

/** Entry of a country by its canonical name ("Turkey"), for affiliations. */
export function countryByName(name: string): LexiconEntry | undefined {
  return LEXICON.find((e) => e.kind === "country" && e.name === name);
}
