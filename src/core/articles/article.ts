import { createHash } from "node:crypto";
import { z } from "zod";

/** Article ids are derived from the content: the same article posted twice has one id. */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{16}$/;
/** The one schema of an article id, wherever one is accepted. */
export const ArticleId = z
  .string()
  .regex(ARTICLE_ID_PATTERN, "must be an article id: 16 lowercase hex characters");
export const MAX_ARTICLE_TEXT_BYTES = 200 * 1024;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "is not a real calendar date");

/** What a client sends to create an article. */
export const ArticleInput = z
  .object({
    title: z.string().trim().min(1, "must not be empty").max(500),
    text: z
      .string()
      .refine((s) => s.trim().length > 0, "must contain some text")
      .refine((s) => !hasControlCharacters(s), "must be plain text, not binary content"),
    publishedAt: isoDate.optional(),
    source: z.string().trim().min(1).max(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** An analyst's Admiralty reliability grade for this article's source, over the outlet registry's. */
    reliability: z.enum(["A", "B", "C", "D", "E", "F"]).optional(),
    tags: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "tags are lowercase words joined by hyphens"),
      )
      .max(20)
      .optional(),
  })
  .strict();
export type ArticleInput = z.infer<typeof ArticleInput>;

export const Article = z.object({
  id: z.string().regex(ARTICLE_ID_PATTERN),
  title: z.string(),
  text: z.string(),
  publishedAt: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable().optional(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  characters: z.number().int(),
});
export type Article = z.infer<typeof Article>;
export type ArticleSummary = Omit<Article, "text">;

// NUL and the C0 controls other than tab/newline/carriage return never occur in news text;
// their presence means someone sent a binary file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** Line endings and surrounding whitespace do not make a different article. */
export function normalizeArticleText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

export function articleIdFor(title: string, text: string): string {
  return createHash("sha256")
    .update(`${title.trim()}\n\n${normalizeArticleText(text)}`)
    .digest("hex")
    .slice(0, 16);
}

export function newArticle(input: ArticleInput, createdAt: Date): Article {
  const text = normalizeArticleText(input.text);
  return {
    id: articleIdFor(input.title, text),
    title: input.title.trim(),
    text,
    publishedAt: input.publishedAt ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    ...(input.reliability ? { reliability: input.reliability } : {}),
    tags: [...new Set(input.tags ?? [])],
    createdAt: createdAt.toISOString(),
    characters: text.length,
  };
}

export function summarize({ text: _text, ...summary }: Article): ArticleSummary {
  return summary;
}
