import { ValidationError } from "../../core/errors.js";
import {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  FactDate,
  type FactsDocument,
  type Mention,
} from "../../core/facts/schema.js";
import { escapeRegExp } from "../../core/text/regexp.js";

/**
 * An analyst's corrections to a facts document, one at a time. Each returns a new document (the
 * given one is not changed) or throws a ValidationError naming what is wrong; the result is then
 * checked and saved like any analyst version (checkAnalystFacts, putAnalystFacts).
 */

const bad = (path: string, message: string) => new ValidationError(message, [{ path, message }]);

function entityOf(doc: FactsDocument, id: string, path = "entity"): Entity {
  const e = doc.entities.find((x) => x.id === id);
  if (!e) throw bad(path, `There is no entity '${id}' in these facts.`);
  return e;
}

export function parseEntityType(value: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(value)) {
    throw bad("type", `The type must be one of ${ENTITY_TYPES.join(", ")}.`);
  }
  return value as EntityType;
}

/** Every place the article writes `name` as a whole word, as mentions in their sentences. */
export function findMentions(doc: FactsDocument, text: string, name: string): Mention[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
  const mentions: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = doc.sentences.find((s) => s.start <= start && end <= s.end);
    if (sentence) mentions.push({ sentence: sentence.index, start, end, text: m[0] });
  }
  return mentions;
}

/** A new entity for a name the machine missed: found wherever the article writes it. */
export function addEntity(doc: FactsDocument, text: string, input: { name: string; type: string }) {
  const name = input.name.trim();
  const type = parseEntityType(input.type);
  if (!name || name.length > 200)
    throw bad("name", "Give the name as the article writes it (1 to 200 characters).");
  if (doc.entities.some((e) => e.type === type && (e.name === name || e.surface === name))) {
    throw bad("name", `There is already a ${type} named '${name}'.`);
  }
  const mentions = findMentions(doc, text, name);
  if (mentions.length === 0) {
    throw bad("name", `The article does not write '${name}' (as a whole word, with this spelling).`);
  }
  const taken = new Set(doc.entities.map((e) => e.id));
  let n = 1;
  while (taken.has(`analyst-e${n}`)) n++;
  const entity: Entity = { id: `analyst-e${n}`, type, name, aliases: [], mentions };
  return { ...doc, entities: [...doc.entities, entity] };
}

/** Removes an entity and every reference to it; a quote it spoke keeps the speaker's name. */
export function removeEntity(doc: FactsDocument, id: string): FactsDocument {
  entityOf(doc, id);
  return {
    ...doc,
    entities: doc.entities.filter((e) => e.id !== id),
    quotes: doc.quotes.map((q) =>
      q.speaker.entityId === id ? { ...q, speaker: { entityId: null, name: q.speaker.name } } : q,
    ),
    facts: doc.facts.map((f) =>
      f.entities.includes(id) ? { ...f, entities: f.entities.filter((e) => e !== id) } : f,
    ),
  };
}

export function retypeEntity(doc: FactsDocument, id: string, type: string): FactsDocument {
  const entity = entityOf(doc, id);
  const to = parseEntityType(type);
  if (entity.type === to) throw bad("type", `'${entity.surface ?? entity.name}' is already a ${to}.`);
  return {
    ...doc,
    entities: doc.entities.map((e) => {
      if (e.id !== id) return e;
      // Coordinates and areas belong to places; a role to people.
      const { coordinates: _c, area: _a, role: _r, ...rest } = e;
      return {
        ...rest,
        type: to,
        ...(to === "place" || to === "facility" ? { coordinates: e.coordinates, area: e.area } : {}),
        ...(to === "person" && e.role ? { role: e.role } : {}),
      } as Entity;
    }),
  };
}

/**
 * `merge` is the same as `keep` (a second spelling, a title): its mentions and names join `keep`,
 * and every reference to it now names `keep`.
 */
export function mergeEntities(doc: FactsDocument, keepId: string, mergeId: string): FactsDocument {
  if (keepId === mergeId) throw bad("merge", "Choose two different entities to merge.");
  const keep = entityOf(doc, keepId, "keep");
  const merge = entityOf(doc, mergeId, "merge");
  const names = [merge.name, merge.surface, ...merge.aliases, ...keep.aliases].filter(
    (n): n is string => Boolean(n) && n !== keep.name && n !== keep.surface,
  );
  const merged: Entity = {
    ...keep,
    aliases: [...new Set(names)],
    mentions: [...keep.mentions, ...merge.mentions].sort((a, b) => a.start - b.start),
  };
  const swap = (id: string) => (id === mergeId ? keepId : id);
  return {
    ...doc,
    entities: doc.entities.filter((e) => e.id !== mergeId).map((e) => (e.id === keepId ? merged : e)),
    quotes: doc.quotes.map((q) =>
      q.speaker.entityId === mergeId
        ? { ...q, speaker: { entityId: keepId, name: keep.surface ?? keep.name } }
        : q,
    ),
    facts: doc.facts.map((f) =>
      f.entities.includes(mergeId) ? { ...f, entities: [...new Set(f.entities.map(swap))] } : f,
    ),
  };
}

/** Sets who said a quote: an entity of the facts, or none (`""`: unattributed). */
export function setSpeaker(doc: FactsDocument, quoteId: string, entityId: string): FactsDocument {
  const quote = doc.quotes.find((q) => q.id === quoteId);
  if (!quote) throw bad("quote", `There is no quote '${quoteId}' in these facts.`);
  const speaker = entityId
    ? (() => {
        const e = entityOf(doc, entityId, "speaker");
        if (e.type !== "person" && e.type !== "organization") {
          throw bad("speaker", `A ${e.type} cannot speak; choose a person or an organization.`);
        }
        return { entityId: e.id, name: e.surface ?? e.name };
      })()
    : { entityId: null, name: "unattributed" };
  if (speaker.entityId === quote.speaker.entityId && speaker.name === quote.speaker.name) {
    throw bad("speaker", "That is already the quote's speaker.");
  }
  return { ...doc, quotes: doc.quotes.map((q) => (q.id === quoteId ? { ...q, speaker } : q)) };
}

/** Sets (or, with an empty value, removes) a fact's date: ISO 8601, partial, interval or "ongoing". */
export function setFactDate(doc: FactsDocument, factId: string, value: string): FactsDocument {
  const fact = doc.facts.find((f) => f.id === factId);
  if (!fact) throw bad("fact", `There is no fact '${factId}' in these facts.`);
  const v = value.trim();
  if (v) {
    const parsed = FactDate.shape.value.safeParse(v);
    if (!parsed.success) {
      throw bad(
        "date",
        `'${v}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, an interval a/b, or "ongoing".`,
      );
    }
  }
  if ((fact.date?.value ?? "") === v) throw bad("date", "That is already the fact's date.");
  return {
    ...doc,
    facts: doc.facts.map((f) => {
      if (f.id !== factId) return f;
      const { date: _d, ...rest } = f;
      // The analyst's date replaces the machine's reading of the words; the words stay as a note.
      return v ? { ...rest, date: { value: v, ...(f.date?.text ? { text: f.date.text } : {}) } } : rest;
    }),
  };
}
