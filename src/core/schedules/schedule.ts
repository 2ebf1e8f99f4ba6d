import { z } from "zod";
import { ArticleId, clientText } from "../articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../briefings/generate-briefing.js";
import { ThemeId } from "../themes/theme.js";
import { CronSyntaxError, parseCron } from "./cron.js";
import { parseRate, RateSyntaxError } from "./rate.js";
import { canonicalTimezone } from "./timezone.js";

/** ULIDs, so ids sort by creation time; also valid EventBridge Scheduler schedule names. */
export const SCHEDULE_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const MAX_SINCE_DAYS = 3650;

/** Runs a parser inside a zod refinement, turning its syntax error into a field message. */
const checkedBy =
  (parse: (text: string) => unknown, what: string) =>
  (text: string, ctx: z.RefinementCtx): void => {
    try {
      parse(text);
    } catch (e) {
      if (!(e instanceof CronSyntaxError || e instanceof RateSyntaxError)) throw e;
      ctx.addIssue({ code: "custom", message: `is not a valid ${what}: ${e.message}` });
    }
  };

const CronText = z.string().max(200).superRefine(checkedBy(parseCron, "cron"));
const RateText = z.string().max(50).superRefine(checkedBy(parseRate, "rate"));
const TimezoneText = z
  .string()
  .max(64)
  .refine(
    (tz) => canonicalTimezone(tz) !== null,
    "is not a known IANA time zone such as Asia/Baghdad or UTC",
  );
const Name = clientText(z.string().trim().min(1, "must not be empty").max(200));

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be a tag: lowercase words joined by hyphens");
/** The most tags or sources one selection names: each is one index query per run. */
export const MAX_SELECTION_KEYS = 20;

/**
 * Which articles a run renders: fixed ids, or the newest articles from any of `sources` (the
 * registered sources' ids) and carrying `tag` or any of `tags` (both when both are given),
 * dated (published, or stored when no date is known) within the last `sinceDays` days: the
 * newest `latest`, or without `latest` as many as a briefing takes. A run records how many
 * matched and how many it used.
 */
export const ArticleSelection = z
  .object({
    ids: z.array(ArticleId).min(1).max(MAX_ARTICLES_PER_BRIEFING).optional(),
    tag: Tag.optional(),
    tags: z.array(Tag).min(1).max(MAX_SELECTION_KEYS).optional(),
    sources: z
      .array(z.string().regex(SCHEDULE_ID_PATTERN, "must be a source id (a ULID)"))
      .min(1)
      .max(MAX_SELECTION_KEYS)
      .optional(),
    latest: z.number().int().min(1).max(MAX_ARTICLES_PER_BRIEFING).optional(),
    sinceDays: z.number().int().min(1).max(MAX_SINCE_DAYS).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const byKeys = s.tag !== undefined || s.tags !== undefined || s.sources !== undefined;
    const filtered = byKeys || s.latest !== undefined || s.sinceDays !== undefined;
    const by = s.sources !== undefined ? "source" : "tag";
    if ((s.ids !== undefined) === filtered) {
      ctx.addIssue({
        code: "custom",
        message: "give either { ids: [...] } or { tag | tags | sources, latest?, sinceDays? }",
      });
    } else if (filtered && !byKeys) {
      ctx.addIssue({
        code: "custom",
        path: ["tag"],
        message: "a selection by tag needs the tag (or tags, or sources)",
      });
    } else if (filtered && s.latest === undefined && s.sinceDays === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["latest"],
        message: `a selection by ${by} needs latest: how many articles (or sinceDays: everything in a window, up to ${MAX_ARTICLES_PER_BRIEFING})`,
      });
    }
  });
export type ArticleSelection = z.infer<typeof ArticleSelection>;

const oneTrigger = (s: { cron?: unknown; rate?: unknown }, ctx: z.RefinementCtx, required: boolean) => {
  if (s.cron !== undefined && s.rate !== undefined) {
    ctx.addIssue({ code: "custom", path: ["cron"], message: "give cron or rate, not both" });
  } else if (required && s.cron === undefined && s.rate === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["cron"],
      message: 'give cron (5 fields, e.g. "0 6 * * *") or rate (e.g. "every 6 hours")',
    });
  }
};

/** What a client sends to create a schedule. */
export const ScheduleInput = z
  .object({
    name: Name,
    theme: ThemeId,
    articles: ArticleSelection,
    cron: CronText.optional(),
    rate: RateText.optional(),
    timezone: TimezoneText.default("UTC"),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((s, ctx) => oneTrigger(s, ctx, true));
export type ScheduleInput = z.infer<typeof ScheduleInput>;

/** A change: any of the fields; cron replaces a rate and rate a cron. */
export const SchedulePatch = z
  .object({
    name: Name.optional(),
    theme: ThemeId.optional(),
    articles: ArticleSelection.optional(),
    cron: CronText.optional(),
    rate: RateText.optional(),
    timezone: TimezoneText.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    oneTrigger(s, ctx, false);
    if (Object.values(s).every((v) => v === undefined)) {
      ctx.addIssue({ code: "custom", message: "give at least one field to change" });
    }
  });
export type SchedulePatch = z.infer<typeof SchedulePatch>;

/** The stored record, `schedules/<id>.json`. Exactly one of cron and rate is set. */
export const Schedule = z.object({
  id: z.string().regex(SCHEDULE_ID_PATTERN),
  name: z.string(),
  theme: z.string(),
  articles: ArticleSelection,
  cron: z.string().nullable(),
  rate: z.string().nullable(),
  timezone: z.string(),
  enabled: z.boolean(),
  /** A rate schedule fires at this instant and every interval after it; null for cron. */
  rateStartsAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Schedule = z.infer<typeof Schedule>;
