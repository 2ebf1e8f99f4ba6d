import type { Clock } from "../../core/ports.js";
import { latestFireTime, nextFireTimes, triggerOf } from "../../core/schedules/fire-times.js";
import type { JobEvent, JobScheduler, ScheduleStore } from "../../core/schedules/ports.js";
import type { Schedule } from "../../core/schedules/schedule.js";
import type { Logger } from "../../logger.js";

export interface LocalSchedulerOptions {
  store: Pick<ScheduleStore, "list">;
  /** Runs one fire time; the job handler. */
  fire: (event: JobEvent) => Promise<unknown>;
  clock: Clock;
  /** How far back, at start, a fire time missed while the process was down is still run. */
  graceMs: number;
  logger: Logger;
  /** The longest the timer sleeps before looking again, so a changed wall clock is noticed. */
  maxSleepMs?: number;
}

interface Entry {
  schedule: Schedule;
  /** Fire times up to here have been dealt with (fired, skipped as paused, or too old). */
  checkedUntil: Date;
}

/**
 * EventBridge Scheduler's stand-in for `npm start`: the same records, fired in-process. The
 * clock is explicit: `tick(now)` fires whatever fell due since the last tick; in production a
 * timer calls it at each next fire time, and tests call it with the times they choose.
 */
export class LocalScheduler implements JobScheduler {
  private readonly entries = new Map<string, Entry>();
  private loadedAt: Date | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LocalSchedulerOptions) {}

  /** Reads every schedule. Fire times within the grace period before `now` count as missed. */
  async load(now = this.options.clock.now()): Promise<number> {
    const missedSince = new Date(now.getTime() - this.options.graceMs);
    this.entries.clear();
    let cursor: string | undefined;
    do {
      const page = await this.options.store.list({ limit: 100, cursor });
      for (const schedule of page.items)
        this.entries.set(schedule.id, { schedule, checkedUntil: missedSince });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    this.loadedAt = now;
    return this.entries.size;
  }

  async start(): Promise<void> {
    const count = await this.load();
    this.running = true;
    this.options.logger.info("local scheduler started", { schedules: count, graceMs: this.options.graceMs });
    this.arm();
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.queue;
  }

  /** Fires what fell due up to `now`, one run per schedule, in turn; resolves with what it fired. */
  tick(now: Date): Promise<JobEvent[]> {
    const fired = this.queue.then(() => this.fireDue(now));
    this.queue = fired.catch(() => undefined);
    return fired;
  }

  private async fireDue(now: Date): Promise<JobEvent[]> {
    const fired: JobEvent[] = [];
    for (const entry of [...this.entries.values()]) {
      const after = entry.checkedUntil;
      if (now <= after) continue;
      entry.checkedUntil = now;
      if (!entry.schedule.enabled) continue;
      const due = latestFireTime(triggerOf(entry.schedule), after, now);
      if (!due) continue;
      const scheduleId = entry.schedule.id;
      // Several missed fire times are one run: a briefing is about now, not about each miss.
      if (due.skipped)
        this.options.logger.warn("missed fire times run once", { scheduleId, skipped: due.skipped });
      const trigger = this.loadedAt && due.at < this.loadedAt ? "catch-up" : "schedule";
      const event: JobEvent = { scheduleId, scheduledTime: due.at.toISOString(), trigger };
      fired.push(event);
      try {
        await this.options.fire(event);
      } catch (error) {
        this.options.logger.error("scheduled run failed", { ...event, error });
      }
    }
    return fired;
  }

  /** Sleeps until the earliest next fire time (or maxSleepMs), ticks, and sleeps again. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) return;
    const now = this.options.clock.now().getTime();
    const next = [...this.entries.values()]
      .filter((e) => e.schedule.enabled)
      .map(
        (e) =>
          nextFireTimes(triggerOf(e.schedule), e.checkedUntil, 1)[0]?.getTime() ?? Number.POSITIVE_INFINITY,
      );
    const delay = Math.max(0, Math.min(Math.min(...next) - now, this.options.maxSleepMs ?? 60_000));
    this.timer = setTimeout(() => {
      this.tick(this.options.clock.now())
        .catch((error: unknown) => this.options.logger.error("local scheduler tick failed", { error }))
        .finally(() => this.arm());
    }, delay);
    this.timer.unref();
  }

  async create(schedule: Schedule): Promise<void> {
    // A new schedule starts from now: it has missed nothing.
    this.entries.set(schedule.id, { schedule, checkedUntil: this.options.clock.now() });
    this.arm();
  }

  async update(schedule: Schedule): Promise<void> {
    const entry = this.entries.get(schedule.id);
    if (!entry) return this.create(schedule);
    // Resuming does not fire what fell due while paused.
    if (!entry.schedule.enabled && schedule.enabled) entry.checkedUntil = this.options.clock.now();
    entry.schedule = schedule;
    this.arm();
  }

  async remove(scheduleId: string): Promise<void> {
    this.entries.delete(scheduleId);
    this.arm();
  }
}
