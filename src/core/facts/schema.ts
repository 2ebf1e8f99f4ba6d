import { z } from "zod";

/**
 * The facts document: everything the extractor (or an analyst) derived from one article,
 * each item traced to the sentence and the characters it came from.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article's `text` exactly as
 * stored, end exclusive, so `text.slice(start, end)` gives back the cited span.
 *
 * Names: `Entity.name` stays the canonical name, so documents of different articles and
 * the lexicon agree on it (and `lexiconId` links the entry); `Entity.surface` is the form the
 * article itself used ("Border Ports Authority" for the entry "Border Ports Commission"),
 * which is what a briefing prints: `surface ?? name`. Both fields added later are optional,
 * so stored documents stay valid.
 */

export const ENTITY_TYPES = ["person", "organization", "place", "facility"] as const;
export const FACT_KINDS = ["event", "threat", "countermeasure", "quantity"] as const;
export const MODALITIES = ["asserted", "hypothetical", "negated"] as const;

export const Span = z.object({
  sentence: z.number().int().min(0).describe("Index into sentences[]"),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const Sentence = z.object({
  index: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

export const Mention = Span.extend({ text: z.string() });

export const Coordinates = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe("[longitude, latitude], WGS 84");

export const BBox = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .describe("[west, south, east, north], WGS 84");

export const Area = z.object({
  kind: z.enum(["country", "governorate", "region", "river", "part"]),
  of: z.string().optional().describe("For a part ('eastern Homs'): the name of the place it is part of"),
  bbox: BBox.optional(),
});

export const Entity = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z
    .string()
    .min(1)
    .describe("Canonical name: the lexicon's when lexiconId is set, else the fullest form in the article"),
  surface: z
    .string()
    .optional()
    .describe(
      "The name as the article first writes it, when that differs from the canonical name: what a reader should be shown",
    ),
  arabic: z.string().optional().describe("The name in Arabic script, from the lexicon, where known"),
  aliases: z.array(z.string()).describe("Every other spelling seen in the article"),
  role: z.string().optional().describe("For people: the role the article gives them"),
  affiliation: z.string().optional().describe("Organization or country the entity belongs to"),
  coordinates: Coordinates.optional(),
  area: Area.optional().describe(
    "For a place that is an area, not a point: coordinates are then a representative point",
  ),
  reportedFrom: z
    .boolean()
    .optional()
    .describe("Named only in the dateline: where the story was filed, not where its events happened"),
  passing: z
    .boolean()
    .optional()
    .describe(
      "Named only in passing ('Britain-based', 'banned in the United States'): no place or party of the events",
    ),
  lexiconId: z.string().optional().describe("Lexicon entry this entity was matched to, if any"),
  mentions: z.array(Mention),
});

export const Quote = Span.extend({
  id: z.string().min(1),
  speaker: z.object({ entityId: z.string().nullable(), name: z.string() }),
  text: z.string().min(1),
  kind: z.enum(["direct", "indirect"]),
  modality: z
    .enum(MODALITIES)
    .default("asserted")
    .describe("Hedged ('could', 'risk of') is hypothetical; a denial is negated"),
});

export const FactDate = z.object({
  value: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?|ongoing)$/)
    .describe("ISO 8601 date, partial date, interval (a/b) or 'ongoing'"),
  text: z.string().optional().describe("The words in the article the date was read from"),
  resolved: z.boolean().optional().describe("True when resolved against the publication date"),
});

export const Codes = z.object({
  acled: z.object({ eventType: z.string(), subEventType: z.string().optional() }).optional(),
  cameo: z.object({ code: z.string().regex(/^\d{2,4}$/), label: z.string() }).optional(),
});

export const Fact = Span.extend({
  id: z.string().min(1),
  kind: z.enum(FACT_KINDS),
  text: z.string().min(1).describe("The fact stated briefly, in the article's words where possible"),
  entities: z.array(z.string()).describe("Ids of the entities involved"),
  modality: z.enum(MODALITIES).default("asserted"),
  value: z.number().optional(),
  unit: z.string().optional(),
  measures: z.string().optional().describe("For quantities: what is measured"),
  date: FactDate.optional(),
  outcome: Mention.optional().describe(
    'The happening\'s toll told in the sentence after it ("Two soldiers were killed."), printed with it',
  ),
  codes: Codes.optional(),
  tags: z.array(z.string()).optional().describe("Free keywords, used by themes to match facts"),
});

export const ArticleRef = z.object({
  id: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  source: z.string().optional(),
});

export const FactsDocument = z.object({
  schemaVersion: z.literal(1),
  extractor: z.object({ name: z.string(), version: z.string(), lexiconVersion: z.string().optional() }),
  origin: z.enum(["machine", "analyst"]),
  article: ArticleRef,
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  asides: z
    .array(Entity)
    .optional()
    .describe(
      "What the article mentions without naming as one of its own entities (a country only by its adjective, a body it only describes, 'the security forces'): facts, quotes and roles may still point to them by id",
    ),
  quotes: z.array(Quote),
  facts: z.array(Fact),
});

export type EntityType = (typeof ENTITY_TYPES)[number];
export type FactKind = (typeof FACT_KINDS)[number];
export type Sentence = z.infer<typeof Sentence>;
export type Mention = z.infer<typeof Mention>;
export type Entity = z.infer<typeof Entity>;
export type Quote = z.infer<typeof Quote>;
export type Fact = z.infer<typeof Fact>;
export type FactDate = z.infer<typeof FactDate>;
export type FactsDocument = z.infer<typeof FactsDocument>;

/**
 * The entities a document's facts and quotes may point to: its own and those it mentions aside,
 * in the order of their first mention (ids "e1", "e2", ... follow it).
 */
export function everyEntity(doc: {
  entities: readonly Entity[];
  asides?: readonly Entity[] | undefined;
}): Entity[] {
  if (!doc.asides?.length) return [...doc.entities];
  const rank = (e: Entity) => {
    const n = /^e(\d+)$/.exec(e.id);
    return n ? Number(n[1]) : Number.POSITIVE_INFINITY;
  };
  return [...doc.entities, ...doc.asides].sort((a, b) => rank(a) - rank(b));
}
