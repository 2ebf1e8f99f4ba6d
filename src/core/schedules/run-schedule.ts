import { admitted, type BriefingDeps, generateBriefing } from "../briefings/generate-briefing.js";
import type { BriefingManifest } from "../briefings/manifest.js";
import { type ErrorCode, isAppError } from "../errors.js";
import type { ArticleIndex } from "../ports.js";
import type { FailureLog, ScheduleRunStore, ScheduleStore } from "./ports.js";
import type { RunTrigger, ScheduleRun } from "./run.js";
import { selectArticles } from "./select-articles.js";

export interface RunDeps extends BriefingDeps {
  schedules: ScheduleStore;
  scheduleRuns: ScheduleRunStore;
  /** Where a run's articles are selected: never by listing or reading the stored articles. */
  articleIndex: Pick<ArticleIndex, "select" | "count">;
  logger: FailureLog;
  /**
   * A run still "running" this long after it started was abandoned by a process that died, and a
   * redelivery may take it over: staleAfterMs of the configured render timeout.
   */
  staleRunMs: number;
}

export interface RunRequest {
  scheduleId: string;
  scheduledTime: Date;
  trigger: RunTrigger;
  /** How long this run's render may take; on Lambda, what remains of the invocation. */
  deadlineMs: number;
}

export type RunOutcome =
  | { kind: "ran"; run: ScheduleRun }
  /** This fire time was already run, or is being run: nothing was done. */
  | { kind: "duplicate"; run: ScheduleRun }
  | { kind: "skipped"; reason: "schedule-missing" | "paused" };

/** Failures a later attempt may not meet: the store, the browser, the queue. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set([
  "storage-unavailable",
  "overloaded",
  "render-timeout",
  "render-failed",
  "browser-unavailable",
]);
const PREVIOUS_SCAN_PAGES = 5;

/**
 * How long a run can last: its render has a deadline, the rest is a few reads and writes. On AWS
 * a Lambda that timed out is retried a minute or two later, and must find the run stale by then.
 */
export const staleAfterMs = (renderTimeoutMs: number) => 2 * renderTimeoutMs + 60_000;

function failureOf(error: unknown): NonNullable<ScheduleRun["error"]> {
  if (isAppError(error))
    return { code: error.code, message: error.message, retryable: RETRYABLE.has(error.code) };
  return {
    code: "internal",
    message: "An unexpected error stopped the run; the logs have the details.",
    retryable: true,
  };
}

/** Takes the run for this fire time, or finds that another delivery has it (or had it). */
async function claim(deps: RunDeps, fresh: ScheduleRun): Promise<RunOutcome & { kind: "ran" | "duplicate" }> {
  const existing = await deps.scheduleRuns.claim(fresh);
  if (!existing) return { kind: "ran", run: fresh };
  const age = Date.parse(fresh.startedAt) - Date.parse(existing.startedAt);
  const retake =
    (existing.status === "failed" && existing.error?.retryable === true) ||
    (existing.status === "running" && age > deps.staleRunMs);
  if (!retake) return { kind: "duplicate", run: existing };
  const retry = { ...fresh, attempt: existing.attempt + 1 };
  await deps.scheduleRuns.put(retry);
  return { kind: "ran", run: retry };
}

/** The briefing of the latest successful run before this one: what "what changed" compares with. */
async function previousBriefing(
  deps: RunDeps,
  scheduleId: string,
  before: Date,
): Promise<BriefingManifest | null> {
  let cursor: string | undefined;
  for (let page = 0; page < PREVIOUS_SCAN_PAGES; page++) {
    const runs = await deps.scheduleRuns.list(scheduleId, { limit: 50, cursor });
    const found = runs.items.find(
      (r) =>
        r.status === "succeeded" && r.briefingId !== null && Date.parse(r.scheduledTime) < before.getTime(),
    );
    if (found?.briefingId) return deps.briefings.getManifest(found.briefingId);
    if (!runs.nextCursor) return null;
    cursor = runs.nextCursor;
  }
  return null;
}

/**
 * The use case behind every run, scheduled or not: claim the fire time, select the articles,
 * render through generateBriefing with the previous run's briefing for comparison, and record
 * the outcome. A failure is recorded on the run, not thrown; only a failure to record is.
 */
export async function runSchedule(deps: RunDeps, request: RunRequest): Promise<RunOutcome> {
  const schedule = await deps.schedules.get(request.scheduleId);
  if (!schedule) return { kind: "skipped", reason: "schedule-missing" };
  if (!schedule.enabled && request.trigger !== "manual") return { kind: "skipped", reason: "paused" };

  const claimed = await claim(deps, {
    scheduleId: schedule.id,
    scheduledTime: request.scheduledTime.toISOString(),
    trigger: request.trigger,
    status: "running",
    attempt: 1,
    startedAt: deps.clock.now().toISOString(),
    finishedAt: null,
    theme: schedule.theme,
    articleIds: [],
    briefingId: null,
    previousBriefingId: null,
    reason: null,
    error: null,
  });
  if (claimed.kind === "duplicate") return claimed;

  let run = claimed.run;
  try {
    const selection = await selectArticles(deps.articleIndex, schedule.articles, request.scheduledTime);
    run = {
      ...run,
      articleIds: selection.articleIds,
      matched: selection.matched,
      used: selection.articleIds.length,
    };
    if (selection.reason !== null) {
      run = { ...run, status: "no-articles", reason: selection.reason };
    } else {
      const previous = await previousBriefing(deps, schedule.id, request.scheduledTime);
      const briefing = { theme: schedule.theme, articleIds: selection.articleIds };
      const { deadlineMs } = request;
      const manifest = await admitted(deps.admission, deadlineMs, () =>
        generateBriefing(deps, briefing, { previous, deadlineMs }),
      );
      run = {
        ...run,
        status: "succeeded",
        briefingId: manifest.id,
        previousBriefingId: previous?.id ?? null,
      };
    }
  } catch (error) {
    if (!isAppError(error))
      deps.logger.error("a scheduled run failed unexpectedly", { scheduleId: schedule.id, error });
    run = { ...run, status: "failed", error: failureOf(error) };
  }
  run = { ...run, finishedAt: deps.clock.now().toISOString() };
  await deps.scheduleRuns.put(run);
  return { kind: "ran", run };
}
