import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * The one schema of an article id, wherever one is accepted or stored. Ids are derived from the
 * content: the same article posted twice has one id.
 */
export const ArticleId = z
  .string()
  .regex(/^[0-9a-f]{16}$/, "must be an article id: 16 lowercase hex characters");
export const MAX_ARTICLE_TEXT_BYTES = 200 * 1024;

/**
 * A publication date: a day (YYYY-MM-DD), or an RFC 3339 date-time as feeds and CMSs give it
 * ("2026-11-30T14:15:00Z", "2026-11-30T23:40:00+03:00"), kept as the day written, in the
 * publisher's own offset: that is the date the outlet put on the story.
 */
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[Tt](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/,
    "must be a date as YYYY-MM-DD, or a date-time as YYYY-MM-DDThh:mm:ssZ (or with an offset, +03:00)",
  )
  .refine((s) => isRealDay(s.slice(0, 10)), "is not a real calendar date")
  .transform((s) => s.slice(0, 10));

/** A calendar day, YYYY-MM-DD, that exists. */
export const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(isRealDay, "is not a real calendar date");

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/**
 * A client's text, refused when it holds what no text should (NUL, an unpaired surrogate, a C0
 * control other than tab, newline and carriage return), and stored in Unicode NFC, so the same
 * words typed with combining marks or precomposed letters are the same text.
 */
export function clientText<S extends z.ZodString>(schema: S, binaryHint = ""): S {
  return schema.superRefine(refuseTextFaults(binaryHint)).normalize("NFC") as S;
}

/** A zod refinement adding the issue `textFault` finds, if any. */
export const refuseTextFaults =
  (hint = "") =>
  (value: string, ctx: z.RefinementCtx) => {
    const fault = textFault(value);
    // The hint (binary content?) fits NUL and controls, not a broken UTF-16 string.
    if (fault) ctx.addIssue({ code: "custom", message: fault === UNPAIRED ? fault : `${fault}${hint}` });
  };

/** What a client sends to create an article. */
/** An article's tags: up to 20 lowercase words joined by hyphens. */
export const ArticleTags = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "tags are lowercase words joined by hyphens"),
  )
  .max(20);

export const ArticleInput = z
  .object({
    title: clientText(z.string().trim().min(1, "must not be empty").max(500)),
    text: clientText(
      z.string().refine((s) => s.trim().length > 0, "must contain some text"),
      ": must be plain text, not binary content",
    ),
    publishedAt: isoDate.optional(),
    source: clientText(z.string().trim().min(1).max(200)).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .superRefine(refuseTextFaults())
      .optional(),
    /** An analyst's Admiralty reliability grade for this article's source, over the outlet registry's. */
    reliability: z.enum(["A", "B", "C", "D", "E", "F"]).optional(),
    tags: ArticleTags.optional(),
    /** Who wrote it, as the page or feed names them. */
    byline: clientText(z.string().trim().min(1).max(300)).optional(),
    /** When the service fetched it from the web (ISO 8601), for imported and polled articles. */
    fetchedAt: z.iso.datetime({ offset: true }).optional(),
    /** The registered source (feed) it came in from. */
    sourceId: z
      .string()
      .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "must be a source id: a 26-character ULID")
      .optional(),
  })
  .strict();
export type ArticleInput = z.infer<typeof ArticleInput>;

/** Another outlet's copy of a stored article: stored once, the copy linked, one source in corroboration. */
export const ArticleCopy = z.object({
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  sourceId: z.string().optional(),
  title: z.string(),
  /** Estimated Jaccard similarity of the two texts' word shingles. */
  similarity: z.number(),
  seenAt: z.string(),
});
export type ArticleCopy = z.infer<typeof ArticleCopy>;

export const Article = z.object({
  id: ArticleId,
  title: z.string(),
  text: z.string(),
  publishedAt: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable().optional(),
  tags: z.array(z.string()),
  /** The registered source (feed) the article came in from: its ULID. */
  sourceId: z.string().optional(),
  createdAt: z.string(),
  characters: z.number().int(),
  byline: z.string().optional(),
  fetchedAt: z.string().optional(),
  /** Near-duplicates of this article seen elsewhere (another outlet's copy of the same wire story). */
  copies: z.array(ArticleCopy).optional(),
});
export type Article = z.infer<typeof Article>;
export type ArticleSummary = Omit<Article, "text">;

// NUL and the C0 controls other than tab/newline/carriage return never occur in news text;
// their presence (or U+FFFD, what a decoder puts for bytes that are not UTF-8) means someone sent
// a binary file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/** In a `u` regex a surrogate pair is one code point, so only an unpaired half is \p{Cs}. */
const LONE_SURROGATE = /\p{Cs}/u;
const UNPAIRED = "contains an unpaired surrogate";

/** What is wrong with a client's text, or null: the first of NUL, unpaired surrogate, control. */
export function textFault(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character";
  if (LONE_SURROGATE.test(text)) return UNPAIRED;
  if (CONTROL.test(text)) {
    return text.includes("\uFFFD")
      ? "contains U+FFFD, the mark of bytes that were not UTF-8"
      : "contains a control character (only tab, newline and carriage return are allowed)";
  }
  return null;
}

/** Unicode form, line endings and surrounding whitespace do not make a different article. */
export function normalizeArticleText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const normalizeTitle = (title: string) => title.normalize("NFC").trim();

/** The id is a hash of the NFC forms, so an article sent in NFD or NFC has one id. */
export function articleIdFor(title: string, text: string): string {
  return createHash("sha256")
    .update(`${normalizeTitle(title)}\n\n${normalizeArticleText(text)}`)
    .digest("hex")
    .slice(0, 16);
}

export function newArticle(input: ArticleInput, createdAt: Date): Article {
  const text = normalizeArticleText(input.text);
  return {
    id: articleIdFor(input.title, text),
    title: normalizeTitle(input.title),
    text,
    publishedAt: input.publishedAt ?? null,
    source: input.source?.normalize("NFC") ?? null,
    url: input.url ?? null,
    ...(input.reliability ? { reliability: input.reliability } : {}),
    tags: [...new Set(input.tags ?? [])],
    createdAt: createdAt.toISOString(),
    characters: text.length,
    ...(input.byline ? { byline: input.byline } : {}),
    ...(input.fetchedAt ? { fetchedAt: input.fetchedAt } : {}),
    ...(input.sourceId ? { sourceId: input.sourceId } : {}),
  };
}

export function summarize({ text: _text, ...summary }: Article): ArticleSummary {
  return summary;
}
