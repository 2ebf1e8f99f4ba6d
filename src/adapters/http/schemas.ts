import { z } from "@hono/zod-openapi";
import { Article, ArticleId, ArticleInput } from "../../core/articles/article.js";
import { BRIEFING_ID_PATTERN, BriefingManifest } from "../../core/briefings/manifest.js";
import { Entity, FactsDocument } from "../../core/facts/schema.js";
import { BriefingOverrides } from "../../core/themes/overrides.js";
import { ThemeId } from "../../core/themes/theme.js";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The problems any route can answer with, besides its own. */
export const commonProblems = {
  400: problem("The request is not valid"),
  401: problem("No valid API key (when the service has keys configured)"),
  403: problem("The API key's scope does not allow this"),
  429: problem("Too many requests from this key or client address; see Retry-After"),
  500: problem("Unexpected failure"),
  503: problem("Storage or renderer unavailable or busy; see Retry-After"),
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const ArticleIdParam = z.object({
  // Core schemas are cloned so zod-openapi's extension applies (see the note below).
  id: ArticleId.clone().openapi({ param: { name: "id", in: "path" }, example: "3f9a0c1d2b4e5f60" }),
});

export const BriefingIdParam = z.object({
  id: z
    .string()
    .regex(BRIEFING_ID_PATTERN, "must be a briefing id: a 26-character ULID")
    .openapi({ param: { name: "id", in: "path" }, example: "01JHF3Q9V6X8E2N4R5T7Y9B1C3" }),
});

export const ThemeIdParam = z.object({
  id: ThemeId.clone().openapi({ param: { name: "id", in: "path" }, example: "isis-prison-escape" }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z.string().max(500).optional().openapi({ description: "nextCursor from the previous page" }),
});

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

// Core schemas may be built before @hono/zod-openapi extends zod (zod 4 gives each schema its
// methods when it is created), so they are cloned here, after the extension, before naming.
export const ArticleSchema = Article.clone().openapi("Article");
export const ArticleSummarySchema = Article.omit({ text: true }).openapi("ArticleSummary");
export const ArticleInputSchema = ArticleInput.clone().openapi("ArticleInput");
export const ManifestSchema = BriefingManifest.clone().openapi("BriefingManifest");
// An entity is one named component, so `entities` and `asides` share one type in the client.
export const EntitySchema = Entity.clone().openapi("Entity");
export const FactsDocumentSchema = FactsDocument.extend({
  entities: z.array(EntitySchema),
  asides: z
    .array(EntitySchema)
    .optional()
    .describe(FactsDocument.shape.asides.description ?? ""),
}).openapi("FactsDocument");
export const BriefingOverridesSchema = BriefingOverrides.clone().openapi("BriefingOverrides", {
  description:
    "An analyst's steering of one briefing: sentences excluded from or moved between factors (before scoring), " +
    "a source's reliability for this briefing, and judgments set to a probability with a stated reason " +
    "(the machine's value is kept beside it). Unknown factors, judgments, articles or sentences are a 400 naming the field.",
  example: {
    exclude: [{ sentence: "3f9a0c1d2b4e5f60#7", factor: "detention-insecurity" }],
    move: [],
    grades: [{ articleId: "3f9a0c1d2b4e5f60", reliability: "C", reason: "single-sourced local outlet" }],
    judgments: [{ id: "escape-attempt", probability: 0.35, reason: "SDF reinforcements reported since" }],
  },
});
