/**
 * What scheduling needs from the outside world. Kept apart from core/ports.ts so the schedule
 * feature can be read (and replaced) as one piece.
 */
import type { Page, PageRequest } from "../ports.js";
import type { ScheduleRun } from "./run.js";
import type { Schedule } from "./schedule.js";

/** A record and its revision: an opaque tag that changes whenever the record is written. */
export interface Revised<T> {
  value: T;
  revision: string;
}

export interface ScheduleStore {
  get(id: string): Promise<Schedule | null>;
  /** The record with its revision, for a later conditional put; stores without revisions omit it. */
  getRevised?(id: string): Promise<Revised<Schedule> | null>;
  /**
   * Creates or replaces the record. With `ifRevision`, replaces it only if it still has that
   * revision, else throws ConflictError and writes nothing. Resolves to the new revision where
   * the store keeps them.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: stores without revisions resolve to nothing.
  put(schedule: Schedule, options?: { ifRevision?: string }): Promise<string | void>;
  /** Removes the record; removing a missing one is not an error. */
  delete(id: string): Promise<void>;
  /** Schedules in the order they were created. */
  list(page: PageRequest): Promise<Page<Schedule>>;
}

export interface ScheduleRunStore {
  /**
   * Stores the run unless one exists for its schedule and scheduled time. Returns null when this
   * call stored it (the caller owns the run), else the run already there.
   */
  claim(run: ScheduleRun): Promise<ScheduleRun | null>;
  /** Replaces the run for its schedule and scheduled time. */
  put(run: ScheduleRun): Promise<void>;
  get(scheduleId: string, scheduledTime: Date): Promise<ScheduleRun | null>;
  /** Runs of one schedule, latest scheduled time first. */
  list(scheduleId: string, page: PageRequest): Promise<Page<ScheduleRun>>;
  deleteAll(scheduleId: string): Promise<void>;
}

/**
 * The machinery that fires schedules at their times: EventBridge Scheduler on AWS, an
 * in-process timer locally. It holds a copy of each schedule's timing, kept in step with the
 * records by the use cases in manage-schedules.ts.
 */
export interface JobScheduler {
  create(schedule: Schedule): Promise<void>;
  /** Replaces the job's definition (timing, state); re-creates it if it has gone missing. */
  update(schedule: Schedule): Promise<void>;
  /** Removes the job; removing a missing one is not an error. */
  remove(scheduleId: string): Promise<void>;
}

/** The payload a fired schedule delivers to the job handler. */
export interface JobEvent {
  scheduleId: string;
  /** ISO 8601; on AWS EventBridge's <aws.scheduler.scheduled-time>. */
  scheduledTime: string;
  trigger?: "schedule" | "catch-up";
}

export interface FailureLog {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}
