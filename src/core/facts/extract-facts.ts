import { findEntities } from "./entities/entities.js";
import { absorbBodySeats, entityOutput } from "./entities/entity-output.js";
import { letterheadAffiliation } from "./entities/letterhead-affiliation.js";
import { placeMarks, splitAreaParts } from "./entities/places.js";
import { issueLined, postalDatelined } from "./entities/postal-dateline.js";
import { referenceDate } from "./events/dates.js";
import { findEvents } from "./events/events.js";
import { factOutput } from "./events/fact-output.js";
import { LEXICON, LEXICON_VERSION } from "./lexicon/index.js";
import { findQuantities } from "./quantities/quantities.js";
import { findQuotes } from "./quotes/quotes.js";
import { type Entity, everyEntity, type FactsDocument, type Quote } from "./schema.js";
import type { Doc } from "./text/doc.js";
import { segment } from "./text/segment.js";
import { tokenize } from "./text/tokenize.js";
import { dayReceived, yearlessHeaderDay } from "./text/yearless-header.js";

/**
 * The extractor: article text in, facts document out, every item traced to the sentence and
 * characters it came from. Pure and synchronous; no clock, no I/O.
 */

/** Lexicon ids of countries and of the world's regions, part of no country ("Europe", "the Middle East"). */
const COUNTRY_IDS = new Set(
  LEXICON.filter((e) => e.kind === "country" || (e.kind === "region" && !e.affiliation)).map((e) => e.id),
);

export const EXTRACTOR_VERSION = "0.69.0";
export const EXTRACTOR_NAME = "scenario-brief-extractor";

/**
 * The words of an entity's mention in a sentence, the last before a quote's start, else the first
 * after, with the seat a description names after it ("the new authorities in Damascus").
 */
function describedAs(text: string, entity: Entity, sentence: number, start: number): string | undefined {
  const here = entity.mentions.filter((m) => m.sentence === sentence);
  const m = here.filter((x) => x.start < start).at(-1) ?? here[0];
  if (!m) return undefined;
  const seat =
    /^\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u.exec(text.slice(m.end, m.end + 60))?.[0] ?? "";
  return `${m.text}${seat}`.replace(/\s+/g, " ").trim();
}

export interface ExtractInput {
  id: string;
  title: string;
  text: string;
  publishedAt?: string | null;
  source?: string | null;
  /**
   * When the service received the text (an article's fetch or creation time, ISO 8601): the year
   * of a header that gives none ("Newsletter · Wednesday 20 January"). Never the clock's.
   */
  fetchedAt?: string | null;
  createdAt?: string | null;
}

export function extractFacts(input: ExtractInput): FactsDocument {
  const text = typeof input.text === "string" ? input.text : "";
  const tokens = tokenize(text);
  const { sentences, metadata } = segment(text, tokens);
  // A header with a day and no year, in a text that names none: the year it was received in.
  const yearless =
    !input.publishedAt && !metadata.publishedAt && (input.fetchedAt || input.createdAt)
      ? yearlessHeaderDay(text, metadata.dateline?.date)
      : null;
  const publishedAt =
    input.publishedAt ??
    metadata.publishedAt ??
    (yearless ? dayReceived(yearless, input.fetchedAt ?? input.createdAt) : null);
  // Relative dates resolve only against a real calendar date (the dateline's, else the
  // publication's); anything else is not guessed at.
  // A transcript published days after the panel counts its speakers' "yesterday" from the panel.
  const reference = referenceDate(publishedAt, metadata.dateline?.date ?? metadata.heldAt ?? null);
  const doc: Doc = {
    text,
    tokens,
    sentences,
    publishedAt: reference,
    ...(metadata.written ? { written: metadata.written } : {}),
    ...(metadata.updatedAt ? { updatedAt: metadata.updatedAt } : {}),
  };
  const found = findEntities(doc);
  const { owners } = found;
  const drafts = splitAreaParts(doc, found.drafts, owners);
  absorbBodySeats(doc, drafts, owners);
  const output = entityOutput(doc, drafts);
  const { ids } = output;
  for (const [draft, mark] of placeMarks(doc, drafts, metadata.dateline)) {
    const entity = [...output.entities, ...output.asides].find((e) => e.id === ids.get(draft));
    if (entity) Object.assign(entity, mark);
  }
  // A country named only in passing ("Britain-based", "banned in the United States") is no
  // entity of the article either; it is kept aside with its mark, as the analysis reads the mark.
  // (A town named so, "the Mosul-based group", and a dateline's place stay listed, marked.)
  const passingCountry = (e: Entity) => e.passing === true && COUNTRY_IDS.has(e.lexiconId ?? "");
  // A place named only where the text was filed or issued (a dateline, a place-and-date line, a
  // sign-off) in a country no place of the story lies in ("London, Thursday 19 November 2026"
  // over a speech about north-east Syria) is where the outlet sits, not where the events are:
  // kept aside, marked. (One in the story's own country stays listed, marked, as before, unless
  // its dateline gives the city's country as a postal address does: "MOSUL, Iraq, Feb 9 (Tigris Agency) -".)
  // "Issued in London, Tuesday 4 August 2026", a sign-off "London, 27 November 2026", an
  // address "London SW1A 0AA": a place that closes a short line with only a date or a postal
  // code after it is a place of issue too, in the text's furniture or not.
  const issuedOnly = (e: Entity) =>
    e.type === "place" && !COUNTRY_IDS.has(e.lexiconId ?? "") && issueLined(text, e);
  const storyCountries = new Set(
    output.entities
      .filter(
        (e) =>
          !e.reportedFrom && !e.passing && !issuedOnly(e) && (e.type === "place" || e.type === "facility"),
      )
      .flatMap((e) => [e.affiliation, COUNTRY_IDS.has(e.lexiconId ?? "") ? e.name : undefined]),
  );
  const metaStarts = new Set(tokens.filter((t) => t.meta).map((t) => t.start));
  const reportingOnly = (e: Entity) =>
    ((e.reportedFrom === true && e.mentions.every((m) => metaStarts.has(m.start))) || issuedOnly(e)) &&
    e.type === "place" &&
    e.affiliation !== undefined &&
    (!storyCountries.has(e.affiliation) || postalDatelined(text, e)) &&
    !COUNTRY_IDS.has(e.lexiconId ?? "");
  const entities = output.entities.filter((e) => !passingCountry(e) && !reportingOnly(e));
  letterheadAffiliation(entities, input.source ?? metadata.source);
  const asides = everyEntity({
    entities: output.asides,
    asides: output.entities.filter((e) => !entities.includes(e)),
  });
  const byId = new Map([...entities, ...asides].map((e) => [e.id, e]));
  const quotes: Quote[] = findQuotes(doc, owners).map((q, i) => {
    const start = tokens[q.first]?.start ?? 0;
    const end = tokens[q.last]?.end ?? start;
    const entityId = q.speaker.draft ? (ids.get(q.speaker.draft) ?? null) : null;
    // The speaker as the article names them: "Border Ports Authority", not the lexicon's name.
    const entity = entityId ? byId.get(entityId) : undefined;
    // A speaker the article only describes ("Iraqi officials told ...") is named as the quote's
    // own sentence describes it, not by the body the description was read as.
    const described =
      entity && asides.includes(entity) ? describedAs(text, entity, q.sentence, start) : undefined;
    return {
      id: `q${i + 1}`,
      speaker: {
        entityId,
        name: q.speaker.words ?? described ?? entity?.surface ?? entity?.name ?? q.speaker.name,
      },
      text: text.slice(start, end),
      kind: q.kind,
      modality: q.modality,
      sentence: q.sentence,
      start,
      end,
    };
  });
  // A place named in passing or only in the dateline is no party to the facts.
  const aside = new Set(asides.filter((e) => e.passing || e.reportedFrom).map((e) => e.id));
  const facts = factOutput(doc, findEvents(doc, owners), findQuantities(doc), owners, ids).map((f) =>
    aside.size > 0 ? { ...f, entities: f.entities.filter((id) => !aside.has(id)) } : f,
  );
  const source = input.source ?? metadata.source;
  return {
    schemaVersion: 1,
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION, lexiconVersion: LEXICON_VERSION },
    origin: "machine",
    article: { id: input.id, title: input.title, publishedAt, ...(source ? { source } : {}) },
    sentences: sentences.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
    })),
    entities,
    ...(asides.length > 0 ? { asides } : {}),
    quotes,
    facts,
  };
}
