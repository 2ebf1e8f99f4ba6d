/**
 * Five-field cron (minute hour day-of-month month day-of-week), parsed into the set of values
 * each field allows. The sets, not the text, are what the rest of the code works from: the
 * local scheduler and EventBridge Scheduler are both given an expression rebuilt from them, so
 * the two runtimes cannot read one pattern two ways.
 */

export interface CronFields {
  minute: number[];
  hour: number[];
  dayOfMonth: number[];
  month: number[];
  /** 0 = Sunday ... 6 = Saturday (7 is read as Sunday). */
  dayOfWeek: number[];
}

/** Slower than this is allowed; the same floor applies to rates. */
export const MIN_INTERVAL_MINUTES = 5;

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;
export const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;

const FIELDS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day-of-week", min: 0, max: 7, names: WEEKDAYS },
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export class CronSyntaxError extends Error {
  override name = "CronSyntaxError";
}

function fieldValue(token: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + (spec.name === "month" ? 1 : 0) : /^\d+$/.test(token) ? Number(token) : NaN;
  if (Number.isNaN(n)) {
    const hint = spec.names ? ` or a name such as ${spec.names[1]}` : "";
    throw new CronSyntaxError(`${spec.name} '${token}' is not a number${hint}`);
  }
  if (n < spec.min || n > spec.max) {
    throw new CronSyntaxError(`${spec.name} ${n} is outside ${spec.min}-${spec.max}`);
  }
  return n;
}

/** One comma-separated item: *, n, a-b, with an optional /step (n/step runs to the field's end). */
function expandItem(item: string, spec: FieldSpec): number[] {
  const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
  if (!m?.[1]) throw new CronSyntaxError(`${spec.name} '${item}' is not *, a value, a range or a step`);
  const [range, stepText] = [m[1], m[2]];
  const step = stepText === undefined ? 1 : Number(stepText);
  if (step < 1) throw new CronSyntaxError(`${spec.name} step in '${item}' must be 1 or more`);
  let low: number;
  let high: number;
  if (range === "*") {
    [low, high] = [spec.min, spec.name === "day-of-week" ? 6 : spec.max];
  } else if (range.includes("-")) {
    const [a, b, ...rest] = range.split("-");
    if (!a || !b || rest.length) throw new CronSyntaxError(`${spec.name} range '${range}' is not a-b`);
    [low, high] = [fieldValue(a, spec), fieldValue(b, spec)];
    if (low > high) throw new CronSyntaxError(`${spec.name} range '${range}' runs backwards`);
  } else {
    low = fieldValue(range, spec);
    high = stepText === undefined ? low : spec.name === "day-of-week" ? 6 : spec.max;
  }
  const values: number[] = [];
  for (let v = low; v <= high; v += step) values.push(v);
  return values;
}

function expandField(text: string, spec: FieldSpec): number[] {
  if (text === "?") {
    throw new CronSyntaxError(`${spec.name} '?' is EventBridge syntax; use * in a 5-field cron`);
  }
  const values = new Set<number>();
  for (const item of text.split(",")) {
    if (!item) throw new CronSyntaxError(`${spec.name} '${text}' has an empty list item`);
    for (const v of expandItem(item, spec)) values.add(spec.name === "day-of-week" && v === 7 ? 0 : v);
  }
  return [...values].sort((a, b) => a - b);
}

const isFull = (values: readonly number[], min: number, max: number) => values.length === max - min + 1;

export const restrictsDayOfMonth = (f: CronFields) => !isFull(f.dayOfMonth, 1, 31);
export const restrictsDayOfWeek = (f: CronFields) => !isFull(f.dayOfWeek, 0, 6);

/** The shortest time between two fires, in minutes (a bound: days are not consulted). */
function shortestIntervalMinutes(f: CronFields): number {
  const gaps = f.minute.slice(1).map((m, i) => m - (f.minute[i] ?? 0));
  const consecutiveHours = f.hour.some((h) => f.hour.includes((h + 1) % 24));
  const first = f.minute[0] ?? 0;
  const last = f.minute[f.minute.length - 1] ?? 0;
  if (consecutiveHours) gaps.push(60 - last + first);
  return gaps.length ? Math.min(...gaps) : Number.POSITIVE_INFINITY;
}

/**
 * Parses and checks a 5-field cron. Beyond syntax it rejects what the service will not run:
 * patterns that fire more often than every 5 minutes, that never fire (31 February), or that
 * restrict both day-of-month and day-of-week, which classic cron ORs together and EventBridge
 * Scheduler cannot express at all.
 */
export function parseCron(text: string): CronFields {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 5 || !parts[0]) {
    throw new CronSyntaxError(
      `expected 5 fields (minute hour day-of-month month day-of-week), got ${parts[0] ? parts.length : 0}`,
    );
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parts.map((p, i) =>
    expandField(p, FIELDS[i] as FieldSpec),
  );
  const fields = { minute, hour, dayOfMonth, month, dayOfWeek } as CronFields;
  if (restrictsDayOfMonth(fields) && restrictsDayOfWeek(fields)) {
    throw new CronSyntaxError(
      "restricts both day-of-month and day-of-week, which EventBridge Scheduler cannot express; use * in one of them",
    );
  }
  if (!fields.month.some((m) => fields.dayOfMonth.some((d) => d <= (DAYS_IN_MONTH[m - 1] ?? 0)))) {
    throw new CronSyntaxError("never fires: no month in it has any of its days");
  }
  const interval = shortestIntervalMinutes(fields);
  if (interval < MIN_INTERVAL_MINUTES) {
    throw new CronSyntaxError(
      `fires every ${interval} minute${interval === 1 ? "" : "s"}; schedules may fire at most every ${MIN_INTERVAL_MINUTES} minutes`,
    );
  }
  return fields;
}

/** The fields as a plain 5-field pattern of lists, for a cron library to evaluate. */
export function toListPattern(f: CronFields): string {
  const list = (values: number[], min: number, max: number) =>
    isFull(values, min, max) ? "*" : values.join(",");
  return [
    list(f.minute, 0, 59),
    list(f.hour, 0, 23),
    list(f.dayOfMonth, 1, 31),
    list(f.month, 1, 12),
    list(f.dayOfWeek, 0, 6),
  ].join(" ");
}
