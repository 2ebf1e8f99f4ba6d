import { z } from "zod";
import { ENTITY_TYPES } from "../../src/core/facts/schema.js";

/**
 * The hand annotation an article's facts are scored against (tests/fixtures/corpus/*.gold.json):
 * what a careful analyst extracts. `names` lists every spelling that counts, first canonical.
 */

export const GoldEntity = z.object({
  type: z.enum(ENTITY_TYPES),
  names: z.array(z.string().min(1)).min(1),
  role: z.string().optional(),
  required: z.boolean(),
});

export const GoldQuote = z.object({
  speaker: z.array(z.string().min(1)).min(1),
  kind: z.enum(["direct", "indirect"]),
  text: z.string().min(1),
});

export const GoldQuantity = z.object({ about: z.string(), value: z.number(), unit: z.string() });

export const GoldEvent = z.object({ what: z.string(), when: z.string().optional() });

export const GoldArticle = z.object({
  about: z.string().optional(),
  article: z.string(),
  publishedAt: z.string().nullable().optional(),
  entities: z.array(GoldEntity),
  quotes: z.array(GoldQuote).default([]),
  quantities: z.array(GoldQuantity).default([]),
  measures: z.array(z.string()).default([]),
  threats: z.array(z.string()).default([]),
  events: z.array(GoldEvent).default([]),
});

export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldQuote = z.infer<typeof GoldQuote>;
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldArticle = z.infer<typeof GoldArticle>;
