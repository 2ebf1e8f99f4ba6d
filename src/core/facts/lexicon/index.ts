import { AGENCIES_AND_MEDIA } from "./agencies-and-media.js";
import { directionOf, partEntry } from "./areas.js";
import { ARMED_GROUPS } from "./armed-groups.js";
import { COUNTRIES } from "./countries.js";
import { FACILITIES } from "./facilities.js";
import { BORDERLAND_PLACES } from "./places-borderlands.js";
import { IRAQ_PLACES } from "./places-iraq.js";
import { LOCAL_PLACES } from "./places-local.js";
import { REGIONAL_PLACES } from "./places-region.js";
import { SYRIA_PLACES } from "./places-syria.js";
import { STATE_BODIES } from "./state-bodies.js";
import { MORE_STATE_BODIES } from "./state-bodies-more.js";
import { TRIBES_AND_PARTIES } from "./tribes-and-parties.js";
import type { LexiconEntry } from "./types.js";

export { ANCHOR_EVENTS, type AnchorEvent } from "./anchors.js";
export { type BBox, type Direction, directionOf, EXTENTS, extentOf, partEntry } from "./areas.js";
export type { LexiconEntry, LexiconKind } from "./types.js";

/** Bump on any change to the entries: facts documents record which lexicon produced them. */
export const LEXICON_VERSION = "1.7.31";

export const LEXICON: readonly LexiconEntry[] = [
  ...ARMED_GROUPS,
  ...STATE_BODIES,
  ...MORE_STATE_BODIES,
  ...AGENCIES_AND_MEDIA,
  ...COUNTRIES,
  ...IRAQ_PLACES,
  ...SYRIA_PLACES,
  ...REGIONAL_PLACES,
  ...LOCAL_PLACES,
  ...BORDERLAND_PLACES,
  ...FACILITIES,
  ...TRIBES_AND_PARTIES,
];

const byId = new Map(LEXICON.map((entry) => [entry.id, entry]));

/** An entry by id; "place/homs/east" is the part of an entry the extractor derives ("eastern Homs"). */
export function lexiconEntry(id: string): LexiconEntry | undefined {
  const entry = byId.get(id);
  if (entry) return entry;
  const slash = id.lastIndexOf("/");
  const base = byId.get(id.slice(0, slash));
  const direction = directionOf(id.slice(slash + 1));
  return base && direction ? partEntry(base, direction) : undefined;
}
