import { MIN_INTERVAL_MINUTES } from "./cron.js";

/** "every 6 hours", "every 30 minutes", "every day": a fixed interval, as EventBridge's rate(). */
export interface Rate {
  value: number;
  unit: "minute" | "hour" | "day";
  minutes: number;
}

const MINUTES_PER: Record<Rate["unit"], number> = { minute: 1, hour: 60, day: 1440 };
const MAX_MINUTES = 366 * 1440;

export class RateSyntaxError extends Error {
  override name = "RateSyntaxError";
}

export function parseRate(text: string): Rate {
  const m = /^every\s+(?:(\d{1,6})\s+)?(minute|hour|day)s?$/i.exec(text.trim());
  if (!m?.[2]) {
    throw new RateSyntaxError(
      `'${text}' is not a rate such as "every 6 hours", "every 30 minutes" or "every day"`,
    );
  }
  const value = m[1] === undefined ? 1 : Number(m[1]);
  const unit = m[2].toLowerCase() as Rate["unit"];
  const minutes = value * MINUTES_PER[unit];
  if (value < 1) throw new RateSyntaxError("the interval must be 1 or more");
  if (minutes < MIN_INTERVAL_MINUTES) {
    throw new RateSyntaxError(
      `fires every ${minutes} minute${minutes === 1 ? "" : "s"}; schedules may fire at most every ${MIN_INTERVAL_MINUTES} minutes`,
    );
  }
  if (minutes > MAX_MINUTES) throw new RateSyntaxError("the interval must be at most 366 days");
  return { value, unit, minutes };
}

const plural = (r: Rate) => (r.value === 1 ? r.unit : `${r.unit}s`);

/** The one spelling the service stores: "every hour", "every 6 hours". */
export function formatRate(r: Rate): string {
  return r.value === 1 ? `every ${r.unit}` : `every ${r.value} ${plural(r)}`;
}

/** EventBridge wants the singular unit for 1 and the plural otherwise. */
export function eventBridgeRate(r: Rate): string {
  return `rate(${r.value} ${plural(r)})`;
}
