import { ConflictError, NotFoundError, PreconditionFailedError } from "../errors.js";
import type { ArticleStore, Clock, ThemeCatalog } from "../ports.js";
import { nextFireTimes, rateStartFor, triggerOf } from "./fire-times.js";
import type { FailureLog, JobScheduler, ScheduleRunStore, ScheduleStore } from "./ports.js";
import { formatRate, parseRate } from "./rate.js";
import type { Schedule, ScheduleInput, SchedulePatch } from "./schedule.js";
import { canonicalTimezone } from "./timezone.js";

export interface ScheduleIdGenerator {
  /** A new schedule id; ids made later sort after ids made earlier. */
  scheduleId(at: Date): string;
}

export interface ScheduleDeps {
  schedules: ScheduleStore;
  scheduleRuns: ScheduleRunStore;
  jobs: JobScheduler;
  scheduleIds: ScheduleIdGenerator;
}

type ManageDeps = ScheduleDeps & {
  themes: ThemeCatalog;
  articles: Pick<ArticleStore, "get">;
  clock: Clock;
  logger: FailureLog;
};

export type ScheduleView = Schedule & { nextFireTimes: string[] };

/** The record as clients see it: with its next fire times (none while paused). */
export function viewOf(schedule: Schedule, now: Date, count = 3): ScheduleView {
  const next = schedule.enabled ? nextFireTimes(triggerOf(schedule), now, count) : [];
  return { ...schedule, nextFireTimes: next.map((d) => d.toISOString()) };
}

const cleanCron = (cron: string) => cron.trim().split(/\s+/).join(" ");

export function newSchedule(input: ScheduleInput, id: string, now: Date): Schedule {
  const rate = input.rate === undefined ? null : parseRate(input.rate);
  return {
    id,
    name: input.name,
    theme: input.theme,
    articles: input.articles,
    cron: input.cron === undefined ? null : cleanCron(input.cron),
    rate: rate ? formatRate(rate) : null,
    timezone: canonicalTimezone(input.timezone) ?? input.timezone,
    enabled: input.enabled,
    rateStartsAt: rate ? rateStartFor(rate, now).toISOString() : null,
    ...(input.deliveries?.length ? { deliveries: input.deliveries } : {}),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

export function patchedSchedule(current: Schedule, patch: SchedulePatch, now: Date): Schedule {
  const next: Schedule = {
    ...current,
    name: patch.name ?? current.name,
    theme: patch.theme ?? current.theme,
    articles: patch.articles ?? current.articles,
    timezone:
      patch.timezone === undefined ? current.timezone : (canonicalTimezone(patch.timezone) ?? patch.timezone),
    enabled: patch.enabled ?? current.enabled,
    ...(patch.deliveries !== undefined ? { deliveries: patch.deliveries } : {}),
    updatedAt: now.toISOString(),
  };
  if (patch.cron !== undefined)
    return { ...next, cron: cleanCron(patch.cron), rate: null, rateStartsAt: null };
  if (patch.rate === undefined) return next;
  const rate = parseRate(patch.rate);
  // A rate that did not change keeps its phase; a new one starts counting now.
  if (formatRate(rate) === current.rate) return next;
  return { ...next, cron: null, rate: formatRate(rate), rateStartsAt: rateStartFor(rate, now).toISOString() };
}

/** Unknown themes and articles are the client's mistake, found before anything is changed. */
async function checkReferences(deps: ManageDeps, s: Schedule): Promise<void> {
  if (!deps.themes.get(s.theme)) throw new NotFoundError("Theme", s.theme);
  for (const id of s.articles.ids ?? []) {
    if (!(await deps.articles.get(id))) throw new NotFoundError("Article", id);
  }
}

/** Puts things back after a half-done change; if even that fails, says so loudly. */
async function undo(deps: ManageDeps, what: string, scheduleId: string, action: () => Promise<void>) {
  try {
    await action();
  } catch (error) {
    deps.logger.error(`could not undo ${what}: the job scheduler and the record may disagree`, {
      scheduleId,
      error,
    });
  }
}

export async function getSchedule(deps: Pick<ScheduleDeps, "schedules">, id: string): Promise<Schedule> {
  const schedule = await deps.schedules.get(id);
  if (!schedule) throw new NotFoundError("Schedule", id);
  return schedule;
}

/** A client's If-Match: "*" (any current record) or the revisions it means to write over. */
export type IfMatch = "*" | readonly string[];

export interface RevisedSchedule {
  schedule: Schedule;
  /** Undefined where the store keeps no revisions. */
  revision: string | undefined;
}

/** The record and its revision (the ETag clients send back in If-Match). */
export async function getRevisedSchedule(
  deps: Pick<ScheduleDeps, "schedules">,
  id: string,
): Promise<RevisedSchedule> {
  if (!deps.schedules.getRevised) return { schedule: await getSchedule(deps, id), revision: undefined };
  const found = await deps.schedules.getRevised(id);
  if (!found) throw new NotFoundError("Schedule", id);
  return { schedule: found.value, revision: found.revision };
}

function checkIfMatch(ifMatch: IfMatch | undefined, revision: string | undefined, id: string): void {
  if (ifMatch === undefined || ifMatch === "*") return;
  if (revision === undefined || !ifMatch.includes(revision)) {
    throw new PreconditionFailedError(
      `Schedule '${id}' is no longer the version If-Match names; nothing was changed. Read it again.`,
    );
  }
}

/**
 * After a record could not be written: the job follows the record that is stored now (a
 * concurrent edit's, if one won), or goes if the record has gone.
 */
async function realignJob(deps: ManageDeps, id: string, before: Schedule): Promise<void> {
  const stored = await deps.schedules.get(id).catch(() => before);
  if (stored) await deps.jobs.update(stored);
  else await deps.jobs.remove(id);
}

/**
 * The job first, then the record: a job that cannot be created leaves nothing behind, and a
 * record that cannot be written takes its job back with it.
 */
export async function createSchedule(deps: ManageDeps, input: ScheduleInput): Promise<Schedule> {
  const now = deps.clock.now();
  const schedule = newSchedule(input, deps.scheduleIds.scheduleId(now), now);
  await checkReferences(deps, schedule);
  await deps.jobs.create(schedule);
  try {
    await deps.schedules.put(schedule);
  } catch (e) {
    await undo(deps, "a job created for a record that was not stored", schedule.id, () =>
      deps.jobs.remove(schedule.id),
    );
    throw e;
  }
  return schedule;
}

/** The job first, then the record; if the record cannot be written the job gets its old definition back. */
export async function updateSchedule(deps: ManageDeps, id: string, patch: SchedulePatch): Promise<Schedule> {
  return (await reviseSchedule(deps, id, patch)).schedule;
}

/**
 * updateSchedule, written only over the record as it was read (a conditional write where the
 * store keeps revisions): an edit that loses to a concurrent one fails with ConflictError, or
 * PreconditionFailedError when the client named the revision (If-Match), and stores nothing.
 */
export async function reviseSchedule(
  deps: ManageDeps,
  id: string,
  patch: SchedulePatch,
  ifMatch?: IfMatch,
): Promise<RevisedSchedule> {
  const { schedule: current, revision } = await getRevisedSchedule(deps, id);
  checkIfMatch(ifMatch, revision, id);
  const next = patchedSchedule(current, patch, deps.clock.now());
  await checkReferences(deps, next);
  await deps.jobs.update(next);
  try {
    const written = await deps.schedules.put(
      next,
      revision === undefined ? undefined : { ifRevision: revision },
    );
    return { schedule: next, revision: written || undefined };
  } catch (e) {
    await undo(deps, "a job change whose record was not stored", id, () => realignJob(deps, id, current));
    if (e instanceof ConflictError && ifMatch !== undefined && ifMatch !== "*") {
      throw new PreconditionFailedError(e.message);
    }
    throw e;
  }
}

/**
 * The job first, so nothing fires for a record on its way out; the record last, re-creating the
 * job if the record cannot be removed. The run history goes after, best effort: left over, it
 * is only unreachable objects.
 */
export async function deleteSchedule(deps: ManageDeps, id: string, ifMatch?: IfMatch): Promise<void> {
  // If-Match is checked against the record as read here; the delete itself is not conditional.
  const { schedule: current, revision } = await getRevisedSchedule(deps, id);
  checkIfMatch(ifMatch, revision, id);
  await deps.jobs.remove(id);
  try {
    await deps.schedules.delete(id);
  } catch (e) {
    await undo(deps, "a job removed for a record that was not", id, () => deps.jobs.create(current));
    throw e;
  }
  try {
    await deps.scheduleRuns.deleteAll(id);
  } catch (error) {
    deps.logger.warn("the run history of a deleted schedule was not removed", { scheduleId: id, error });
  }
}
