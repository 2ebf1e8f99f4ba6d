import { z } from "zod";
import { clientText, refuseTextFaults } from "../articles/article.js";
import { outletByName } from "./outlets.js";

/** ULIDs, so sources list in the order they were registered. */
export const SOURCE_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const SourceId = z.string().regex(SOURCE_ID_PATTERN, "must be a source id: a 26-character ULID");
/** Polling a feed more often than this is impolite to its publisher and buys nothing for a briefing. */
export const MIN_POLL_MINUTES = 15;
export const MAX_POLL_MINUTES = 7 * 24 * 60;

const Grade = z.enum(["A", "B", "C", "D", "E", "F"]);
const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "tags are lowercase words joined by hyphens");
const FeedUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .superRefine(refuseTextFaults());
const Outlet = clientText(z.string().trim().min(1, "must not be empty").max(200));
const PollMinutes = z
  .number()
  .int()
  .min(MIN_POLL_MINUTES, `must be at least ${MIN_POLL_MINUTES} minutes`)
  .max(MAX_POLL_MINUTES);

/** What a client sends to register a feed (RSS 2.0, Atom or JSON Feed). */
export const SourceInput = z
  .object({
    url: FeedUrl,
    outlet: Outlet,
    /** Admiralty reliability; defaults to the outlet registry's grade, else F (cannot be judged). */
    reliability: Grade.optional(),
    tags: z.array(Tag).max(20).optional(),
    pollIntervalMinutes: PollMinutes.default(60),
    enabled: z.boolean().default(true),
  })
  .strict();
export type SourceInput = z.infer<typeof SourceInput>;

export const SourcePatch = z
  .object({
    url: FeedUrl.optional(),
    outlet: Outlet.optional(),
    reliability: Grade.optional(),
    tags: z.array(Tag).max(20).optional(),
    pollIntervalMinutes: PollMinutes.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, "give at least one field to change");
export type SourcePatch = z.infer<typeof SourcePatch>;

export const Source = z.object({
  id: SourceId,
  url: z.string(),
  outlet: z.string(),
  reliability: Grade,
  /** Where the grade came from: given by the client, the outlet registry, or unknown (F). */
  reliabilityFrom: z.enum(["client", "registry", "unknown"]),
  tags: z.array(z.string()),
  pollIntervalMinutes: z.number().int(),
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Source = z.infer<typeof Source>;

/**
 * What polling remembers between polls, kept apart from the record so a client's PATCH and a
 * poll never write over each other.
 */
export const FeedState = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastPolledAt: z.string().nullable(),
});
export type FeedState = z.infer<typeof FeedState>;

export const PollFailure = z.object({
  /** The item's GUID or link; "feed" when the feed itself failed. */
  item: z.string(),
  url: z.string().nullable(),
  reason: z.string(),
  detail: z.string(),
});
export type PollFailure = z.infer<typeof PollFailure>;

/** One poll in a source's history. */
export const PollRecord = z.object({
  sourceId: SourceId,
  at: z.string(),
  trigger: z.enum(["schedule", "manual"]),
  /** The feed's HTTP status; null when no answer came (refused, timed out). */
  httpStatus: z.number().int().nullable(),
  outcome: z.enum(["ok", "not-modified", "failed"]),
  items: z.object({
    /** Stored as new articles. */
    new: z.number().int(),
    /** Already stored: the same item, or the same article by another way. */
    seen: z.number().int(),
    /** Near-duplicates of a stored article (another outlet's copy of a wire story), linked to it. */
    copies: z.number().int(),
    failed: z.number().int(),
  }),
  failures: z.array(PollFailure),
  articleIds: z.array(z.string()),
});
export type PollRecord = z.infer<typeof PollRecord>;

const unique = (tags: readonly string[] | undefined) => [...new Set(tags ?? [])];

function grade(outlet: string, given: Source["reliability"] | undefined) {
  if (given) return { reliability: given, reliabilityFrom: "client" as const };
  const known = outletByName(outlet);
  return known
    ? { reliability: known.reliability, reliabilityFrom: "registry" as const }
    : { reliability: "F" as const, reliabilityFrom: "unknown" as const };
}

export function newSource(input: SourceInput, id: string, now: Date): Source {
  return {
    id,
    url: input.url,
    outlet: input.outlet,
    ...grade(input.outlet, input.reliability),
    tags: unique(input.tags),
    pollIntervalMinutes: input.pollIntervalMinutes,
    enabled: input.enabled,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

export function patchedSource(current: Source, patch: SourcePatch, now: Date): Source {
  const outlet = patch.outlet ?? current.outlet;
  // A grade the client gave stays until it gives another; a registry grade follows the outlet.
  const given = patch.reliability ?? (current.reliabilityFrom === "client" ? current.reliability : undefined);
  return {
    ...current,
    url: patch.url ?? current.url,
    outlet,
    ...grade(outlet, given),
    tags: patch.tags ? unique(patch.tags) : current.tags,
    pollIntervalMinutes: patch.pollIntervalMinutes ?? current.pollIntervalMinutes,
    enabled: patch.enabled ?? current.enabled,
    updatedAt: now.toISOString(),
  };
}

/** Whether a source is due a poll at `now`: enabled, and never polled or its interval has passed. */
export function isDue(source: Source, state: FeedState | null, now: Date): boolean {
  if (!source.enabled) return false;
  if (!state?.lastPolledAt) return true;
  return now.getTime() - Date.parse(state.lastPolledAt) >= source.pollIntervalMinutes * 60_000;
}
