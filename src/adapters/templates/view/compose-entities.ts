import type { Entity } from "../../../core/facts/schema.js";
import { foldName } from "../../../core/text/fold.js";
import type { SourceDocument } from "../../../core/themes/reports.js";

export interface ActorRow {
  name: string;
  /** The name in Arabic script, where the lexicon knows it. */
  arabic: string | null;
  kind: string;
  role: string;
  affiliation: string;
  mentions: number;
  sources: number;
}

export interface LocationRow {
  name: string;
  arabic: string | null;
  kind: string;
  /** For an area rather than a point ("northeast Syria", "eastern Homs"), what kind of area. */
  area: NonNullable<Entity["area"]>["kind"] | null;
  coordinates: [number, number] | null;
  mentions: number;
}

interface Merged {
  entity: Entity;
  mentions: number;
  articles: Set<string>;
}

/** One row per real-world entity across articles: matched by lexicon entry, else by folded name. */
function mergeEntities(docs: readonly SourceDocument[], types: readonly Entity["type"][]): Merged[] {
  const merged = new Map<string, Merged>();
  for (const { article, facts } of docs) {
    // A body the article only describes ("the security forces") is still an actor of its
    // facts; a country it writes only as an adjective is no actor or place of its own.
    const described = (facts.asides ?? []).filter((e) => e.type === "organization");
    for (const entity of [...facts.entities, ...described]) {
      // A dateline names where the story was filed, and a passing mention ("Britain-based") is
      // no place or party of the events: neither belongs in the actors table or on the map.
      if (!types.includes(entity.type) || entity.reportedFrom || entity.passing) continue;
      const keys = [entity.lexiconId, entity.name, ...entity.aliases]
        .filter((k): k is string => Boolean(k))
        .map((k) => foldName(k));
      const existing = keys.map((k) => merged.get(k)).find(Boolean);
      const row = existing ?? { entity, mentions: 0, articles: new Set<string>() };
      row.mentions += entity.mentions.length;
      row.articles.add(article.id);
      if (!row.entity.role && entity.role) row.entity = { ...row.entity, role: entity.role };
      for (const k of keys) merged.set(k, row);
    }
  }
  return [...new Set(merged.values())].sort(
    (a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name),
  );
}

const KIND_LABEL: Record<Entity["type"], string> = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  facility: "Facility",
};

/**
 * A place that is an area is typed as one: its position is only a representative point. A
 * governorate stays a place: Syria's and most of Iraq's are named after their capitals, and
 * "the prison in Hasakah" means the city.
 */
const AREA_LABEL: Record<NonNullable<Entity["area"]>["kind"], string> = {
  country: "Country",
  governorate: "Place",
  region: "Region",
  river: "River",
  part: "Area",
};

/**
 * The name a table prints: the article's own spelling ("Border Ports Authority", not the
 * lexicon's name for it), unless the article only referred to the body with a common noun
 * ("the coalition's mission"), which names nothing; then the name it is known by.
 */
export function tableName(entity: Entity): string {
  const surface = entity.surface ?? entity.name;
  return /\p{Lu}/u.test(surface) ? surface : entity.name;
}

export function actorRows(docs: readonly SourceDocument[]): ActorRow[] {
  return mergeEntities(docs, ["person", "organization"]).map(({ entity, mentions, articles }) => ({
    name: tableName(entity),
    arabic: entity.arabic ?? null,
    kind: KIND_LABEL[entity.type],
    role: entity.role ?? "—",
    affiliation: entity.affiliation ?? "—",
    mentions,
    sources: articles.size,
  }));
}

export function locationRows(docs: readonly SourceDocument[]): LocationRow[] {
  return mergeEntities(docs, ["place", "facility"]).map(({ entity, mentions }) => ({
    name: tableName(entity),
    arabic: entity.arabic ?? null,
    kind: entity.type === "place" && entity.area ? AREA_LABEL[entity.area.kind] : KIND_LABEL[entity.type],
    area: entity.type === "place" ? (entity.area?.kind ?? null) : null,
    coordinates: entity.coordinates ?? null,
    mentions,
  }));
}
