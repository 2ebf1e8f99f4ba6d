import type { EntityType } from "../schema.js";

/** What kind of thing an entry is; themes and tags use it (a camp is a detention facility). */
export type LexiconKind =
  | "country"
  | "governorate"
  | "city"
  | "region"
  | "river"
  | "border"
  | "camp"
  | "prison"
  | "crossing"
  | "base"
  | "airport"
  | "dam"
  /** A shrine, church or other site of worship or memory. */
  | "site"
  | "jihadist"
  | "kurdish-force"
  | "militia"
  | "rebel"
  | "state-security"
  | "government"
  | "foreign-military"
  | "coalition"
  | "media"
  | "humanitarian"
  /** A tribe or tribal confederation, a body of people ("the Shaitat", "the Egaidat"). */
  | "tribe"
  /** A political party or electoral list ("Kurdistan Democratic Party", "State of Law"). */
  | "party"
  /** A private company whose sites and staff security reporting names (a telecom operator). */
  | "company";

export interface LexiconEntry {
  /** Stable id, e.g. "org/isis", "place/palmyra". */
  id: string;
  type: EntityType;
  kind: LexiconKind;
  /** Canonical name. */
  name: string;
  /**
   * Other spellings. Matching ignores case, diacritics, hyphens and apostrophes, except
   * all-capital aliases of up to six letters (IS, US, SDF), which must appear in capitals.
   */
  aliases: string[];
  /** [longitude, latitude], WGS 84. */
  coordinates?: [number, number];
  /** Country or organization the entry belongs to. */
  affiliation?: string;
  /** Adjectives that point at a country ("Turkish" → Turkey). */
  demonyms?: string[];
  /** Common nouns that refer back to the entry once it is named ("the army", "the coalition"). */
  heads?: string[];
  /** The name in Arabic script, given only where it is known with confidence. */
  arabic?: string;
  /**
   * An outlet that bears a place's name (the channel Al Mayadeen, the town al-Mayadeen): the id of
   * that place, which the bare name means unless the sentence makes it a reporter or a listener.
   */
  placeTwin?: string;
  /** A national capital: named for the government seated there as often as for the city. */
  capital?: true;
}

/** Marks a city as its country's capital. */
export const capital = (entry: LexiconEntry): LexiconEntry => ({ ...entry, capital: true });

/** Compact constructors: the place lists are long and read better one entry a line. */
function located(type: "place" | "facility") {
  return (
    slug: string,
    kind: LexiconKind,
    name: string,
    coordinates: [number, number],
    aliases: string[] = [],
    affiliation?: string,
  ): LexiconEntry => ({
    id: `${type}/${slug}`,
    type,
    kind,
    name,
    aliases,
    coordinates,
    ...(affiliation ? { affiliation } : {}),
  });
}

export const place = located("place");
export const facility = located("facility");

export function country(
  slug: string,
  name: string,
  coordinates: [number, number],
  demonyms: string[],
  aliases: string[] = [],
): LexiconEntry {
  return { id: `country/${slug}`, type: "place", kind: "country", name, aliases, coordinates, demonyms };
}
