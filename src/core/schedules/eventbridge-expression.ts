/**
 * Schedules in EventBridge Scheduler's terms. Its cron has six fields,
 * cron(minutes hours day-of-month month day-of-week year), numbers weekdays 1-7 from SUNDAY
 * where classic cron uses 0-6, and requires a `?` in one of the two day fields. We write
 * weekdays by name (MON-FRI), which reads the same in both worlds.
 */
import { type CronFields, parseCron, restrictsDayOfMonth, restrictsDayOfWeek, WEEKDAYS } from "./cron.js";
import type { Trigger } from "./fire-times.js";
import { eventBridgeRate } from "./rate.js";

/** Consecutive values as a-b ranges (three or more), the rest as a list. */
function ranges(values: readonly number[], label: (v: number) => string = String): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && (values[j + 1] as number) === (values[j] as number) + 1) j++;
    const [a, b] = [values[i] as number, values[j] as number];
    if (j - i >= 2) out.push(`${label(a)}-${label(b)}`);
    else for (let k = i; k <= j; k++) out.push(label(values[k] as number));
    i = j + 1;
  }
  return out.join(",");
}

/** A numeric field: *, start/step when the values step evenly to the field's end, else ranges. */
function numericField(values: readonly number[], min: number, max: number): string {
  if (values.length === max - min + 1) return "*";
  const [first, second] = values;
  if (first !== undefined && second !== undefined && values.length >= 3) {
    const step = second - first;
    const even = values.every((v, i) => v === first + i * step);
    const last = values[values.length - 1] as number;
    if (even && last + step > max) return `${first}/${step}`;
  }
  return ranges(values);
}

export function eventBridgeCron(f: CronFields): string {
  const dom = restrictsDayOfWeek(f) ? "?" : numericField(f.dayOfMonth, 1, 31);
  const dow = restrictsDayOfWeek(f) ? ranges(f.dayOfWeek, (d) => WEEKDAYS[d] as string) : "?";
  if (restrictsDayOfMonth(f) && restrictsDayOfWeek(f)) {
    throw new Error("a cron restricting both day fields has no EventBridge form; parseCron rejects it");
  }
  const fields = [
    numericField(f.minute, 0, 59),
    numericField(f.hour, 0, 23),
    dom,
    numericField(f.month, 1, 12),
    dow,
    "*",
  ];
  return `cron(${fields.join(" ")})`;
}

/** The ScheduleExpression for a trigger: cron(...) or rate(...). */
export function eventBridgeExpression(trigger: Trigger): string {
  return trigger.kind === "cron" ? eventBridgeCron(trigger.fields) : eventBridgeRate(trigger.rate);
}

/** Convenience for tables and docs: a 5-field cron straight to its EventBridge form. */
export const cronToEventBridge = (cron: string): string => eventBridgeCron(parseCron(cron));
