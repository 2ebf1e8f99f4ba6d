import { z } from "zod";
import { type RunDeps, type RunOutcome, runSchedule } from "../../core/schedules/run-schedule.js";
import { SCHEDULE_ID_PATTERN } from "../../core/schedules/schedule.js";
import type { Logger } from "../../logger.js";

/** What a fired schedule delivers: `{ scheduleId, scheduledTime }` (see ports.ts JobEvent). */
export const JobEventSchema = z.object({
  scheduleId: z.string().regex(SCHEDULE_ID_PATTERN),
  scheduledTime: z.iso.datetime({ offset: true }),
  trigger: z.enum(["schedule", "catch-up"]).optional(),
});

/**
 * Thrown after a run failed for a reason that may pass (storage, browser), once the failure is
 * recorded: on AWS a thrown invocation is retried, and the retry finds the run retryable.
 */
export class RetryableRunError extends Error {
  override name = "RetryableRunError";
}

export type JobOutcome = RunOutcome | { kind: "rejected"; reason: string };
/**
 * `deadlineMs`: how long this delivery's render may take (the job Lambda passes what remains of
 * it, the local scheduler the configured render timeout).
 */
export type JobHandler = (event: unknown, deadlineMs: number) => Promise<JobOutcome>;

/**
 * The entry point of a scheduled run, whoever fires it (the job Lambda, the local scheduler).
 * Deliveries are at least once: the run use case keys runs by schedule and fire time, and a
 * duplicate arriving while the first is still running in this process waits for it here.
 */
export function createJobHandler(deps: RunDeps & { logger: Logger }): JobHandler {
  const inFlight = new Map<string, Promise<RunOutcome>>();

  return async function handleJob(event, deadlineMs) {
    const parsed = JobEventSchema.safeParse(event);
    if (!parsed.success) {
      // Retrying a malformed event cannot help: say so and drop it.
      const reason = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      deps.logger.error("job event rejected", { event, reason });
      return { kind: "rejected", reason };
    }
    const { scheduleId, scheduledTime, trigger = "schedule" } = parsed.data;
    const at = new Date(scheduledTime);
    const key = `${scheduleId}@${at.toISOString()}`;

    const running = inFlight.get(key);
    if (running) {
      const first = await running;
      return first.kind === "ran" ? { kind: "duplicate", run: first.run } : first;
    }
    const pending = runSchedule(deps, { scheduleId, scheduledTime: at, trigger, deadlineMs });
    inFlight.set(key, pending);
    let outcome: RunOutcome;
    try {
      outcome = await pending;
    } finally {
      inFlight.delete(key);
    }

    const fields = { scheduleId, scheduledTime: at.toISOString(), outcome: outcome.kind };
    if (outcome.kind !== "ran") {
      deps.logger.info("scheduled run not started", {
        ...fields,
        ...("reason" in outcome ? { reason: outcome.reason } : {}),
      });
      return outcome;
    }
    const { run } = outcome;
    deps.logger.info("scheduled run finished", {
      ...fields,
      status: run.status,
      briefingId: run.briefingId,
      error: run.error,
    });
    if (run.status === "failed" && run.error?.retryable) {
      throw new RetryableRunError(
        `run of schedule ${scheduleId} at ${run.scheduledTime} failed: ${run.error.message}`,
      );
    }
    return outcome;
  };
}
