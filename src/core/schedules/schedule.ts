import { z } from "zod";
import { ArticleId, clientText } from "../articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../briefings/generate-briefing.js";
import { DeliveryTargets } from "../deliveries/delivery.js";
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

/**
 * Which articles a run renders: fixed ids, or the newest `latest` articles carrying `tag`
 * (published, or stored when no date is known, within the last `sinceDays` days).
 */
export const ArticleSelection = z
  .object({
    ids: z.array(ArticleId).min(1).max(MAX_ARTICLES_PER_BRIEFING).optional(),
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be a tag: lowercase words joined by hyphens")
      .optional(),
    latest: z.number().int().min(1).max(MAX_ARTICLES_PER_BRIEFING).optional(),
    sinceDays: z.number().int().min(1).max(MAX_SINCE_DAYS).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const byTag = s.tag !== undefined || s.latest !== undefined || s.sinceDays !== undefined;
    if ((s.ids !== undefined) === byTag) {
      ctx.addIssue({ code: "custom", message: "give either { ids: [...] } or { tag, latest, sinceDays? }" });
    } else if (byTag && s.tag === undefined) {
      ctx.addIssue({ code: "custom", path: ["tag"], message: "a selection by tag needs the tag" });
    } else if (byTag && s.latest === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["latest"],
        message: "a selection by tag needs latest: how many articles",
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
    /** Where each finished briefing goes: webhooks, e-mail (AWS only). */
    deliveries: DeliveryTargets.optional(),
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
    deliveries: DeliveryTargets.optional(),
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
  /** Absent on records written before deliveries existed: none. */
  deliveries: DeliveryTargets.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Schedule = z.infer<typeof Schedule>;
