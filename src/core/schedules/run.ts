import { z } from "zod";

/** How a run came about: its fire time, a fire time missed while the process was down, or a user. */
export const RUN_TRIGGERS = ["schedule", "catch-up", "manual"] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const RUN_STATUSES = ["running", "succeeded", "failed", "no-articles"] as const;

/**
 * One run of a schedule, `schedules/<id>/runs/…`, keyed by the schedule and the time it was
 * scheduled for: a second delivery of the same fire time finds this record and does nothing.
 */
export const ScheduleRun = z.object({
  scheduleId: z.string(),
  scheduledTime: z.string(),
  trigger: z.enum(RUN_TRIGGERS),
  status: z.enum(RUN_STATUSES),
  /** 1 for the first attempt; a retried delivery after a transient failure counts up. */
  attempt: z.number().int().min(1),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  theme: z.string(),
  /** The articles the briefing used, newest first. */
  articleIds: z.array(z.string()),
  /**
   * How many articles the selection matched, and how many the run used (its `latest`, or what
   * one briefing takes): matched above used means the newest were used and the rest left out.
   * Absent while running and on runs recorded before selections reported them.
   */
  matched: z.number().int().min(0).nullable().optional(),
  used: z.number().int().min(0).nullable().optional(),
  briefingId: z.string().nullable(),
  /** The briefing this run's "what changed" section compares with. */
  previousBriefingId: z.string().nullable(),
  /** Why a run produced no briefing without failing ("no-articles"). */
  reason: z.string().nullable(),
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      /** A transient failure (storage, renderer): a redelivery of this fire time runs it again. */
      retryable: z.boolean(),
    })
    .nullable(),
});
export type ScheduleRun = z.infer<typeof ScheduleRun>;
