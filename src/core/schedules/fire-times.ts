import { Cron } from "croner";
import { type CronFields, parseCron, toListPattern } from "./cron.js";
import { parseRate, type Rate } from "./rate.js";
import type { Schedule } from "./schedule.js";

export type Trigger =
  | { kind: "cron"; fields: CronFields; timezone: string }
  | { kind: "rate"; rate: Rate; startsAt: Date };

/** The timing of a stored schedule, parsed. Stored records were validated on the way in. */
export function triggerOf(s: Pick<Schedule, "cron" | "rate" | "timezone" | "rateStartsAt">): Trigger {
  if (s.cron !== null) return { kind: "cron", fields: parseCron(s.cron), timezone: s.timezone };
  if (s.rate !== null && s.rateStartsAt !== null) {
    return { kind: "rate", rate: parseRate(s.rate), startsAt: new Date(s.rateStartsAt) };
  }
  throw new Error("a schedule needs a cron, or a rate and its start");
}

/** The first fire of a rate set at `now`: one interval later, on a whole minute as EventBridge fires. */
export function rateStartFor(rate: Rate, now: Date): Date {
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(minute + rate.minutes * 60_000);
}

// croner evaluates the list pattern rebuilt from our own parse, never the user's text.
const cronFor = (t: Extract<Trigger, { kind: "cron" }>) =>
  new Cron(toListPattern(t.fields), { timezone: t.timezone, mode: "5-part", paused: true });

/** The next `count` fire times strictly after `after`. */
export function nextFireTimes(trigger: Trigger, after: Date, count: number): Date[] {
  if (trigger.kind === "cron") return cronFor(trigger).nextRuns(count, after);
  const interval = trigger.rate.minutes * 60_000;
  const start = trigger.startsAt.getTime();
  const first = after.getTime() < start ? 0 : Math.floor((after.getTime() - start) / interval) + 1;
  return Array.from({ length: count }, (_, i) => new Date(start + (first + i) * interval));
}

/**
 * The latest fire time in (after, upTo], and how many earlier ones in that window it stands
 * for: a scheduler that was not watching fires once for all of them.
 */
export function latestFireTime(
  trigger: Trigger,
  after: Date,
  upTo: Date,
): { at: Date; skipped: number } | null {
  if (upTo <= after) return null;
  if (trigger.kind === "rate") {
    const interval = trigger.rate.minutes * 60_000;
    const start = trigger.startsAt.getTime();
    if (upTo.getTime() < start) return null;
    const last = Math.floor((upTo.getTime() - start) / interval);
    const before = after.getTime() < start ? -1 : Math.floor((after.getTime() - start) / interval);
    return last > before ? { at: new Date(start + last * interval), skipped: last - before - 1 } : null;
  }
  const cron = cronFor(trigger);
  const [at] = cron.previousRuns(1, new Date(upTo.getTime() + 1));
  if (!at || at <= after) return null;
  let skipped = 0;
  for (let t = cron.nextRun(after); t && t < at && skipped < 10_000; t = cron.nextRun(t)) skipped++;
  return { at, skipped };
}
