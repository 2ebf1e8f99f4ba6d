import type { Entity } from "../../../core/facts/schema.js";
import { fold } from "../../../core/text/fold.js";
import type { SourceDocument } from "../../../core/themes/reports.js";

export interface ActorRow {
  name: string;
  kind: string;
  role: string;
  affiliation: string;
  mentions: number;
  sources: number;
}

export interface LocationRow {
  name: string;
  kind: string;
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
    for (const entity of facts.entities) {
      if (!types.includes(entity.type)) continue;
      const keys = [entity.lexiconId, entity.name, ...entity.aliases]
        .filter((k): k is string => Boolean(k))
        .map((k) => fold(k));
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

export function actorRows(docs: readonly SourceDocument[]): ActorRow[] {
  return mergeEntities(docs, ["person", "organization"]).map(({ entity, mentions, articles }) => ({
    name: entity.name,
    kind: KIND_LABEL[entity.type],
    role: entity.role ?? "—",
    affiliation: entity.affiliation ?? "—",
    mentions,
    sources: articles.size,
  }));
}

export function locationRows(docs: readonly SourceDocument[]): LocationRow[] {
  return mergeEntities(docs, ["place", "facility"]).map(({ entity, mentions }) => ({
    name: entity.name,
    kind: KIND_LABEL[entity.type],
    coordinates: entity.coordinates ?? null,
    mentions,
  }));
}
