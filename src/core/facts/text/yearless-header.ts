/**
 * A header that dates the text without a year ("Newsletter · Wednesday 20 January", "Basra,
 * 19 January", "ROME, 15 December –") tells the day but not the year, and the text may name no
 * year at all. The year is then the one the text was received in: the latest such day on or before
 * the day the service received it (a day's grace for time zones). A weekday in the header must
 * agree; when it does not, the text is older than its receipt (an archive piece) and the weekday
 * fixes the year: the latest year, on or before the receipt, whose day falls on that weekday.
 * Without a receipt day nothing is guessed: the extractor has no clock.
 */

import { MONTH_NAMES, WEEKDAYS } from "../events/dates.js";

/** The header lines looked at. */
const HEADER_LINES = 8;
/** How far back a weekday may fix the year: the calendar repeats within 28 years. */
const WEEKDAY_YEARS = 28;
/**
 * "Wednesday 20 January", "Basra, 19 January", "Thursday, 28 January.": a line's last part, a day
 * and a month with no year, after a place or a weekday at most.
 */
const YEARLESS_DAY =
  /^(?:(?:(?:al|el|ad|as|ash|ar|an|az)-)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3},\s*)?(?:(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s*\.?$/u;
/** A head line's parts: "Newsletter for members · Wednesday 20 January". */
const PART_BREAK = /\s+[·|•]\s+/u;

export interface YearlessDay {
  month: number;
  day: number;
  /** 0 = Sunday, when the header names the weekday. */
  weekday?: number;
}

/** The day and month a header gives without a year, from a yearless dateline ("--12-15") or a head line. */
export function yearlessHeaderDay(text: string, dateline: string | null | undefined): YearlessDay | null {
  const md = dateline ? /^--(\d{2})-(\d{2})$/.exec(dateline) : null;
  if (md) return { month: Number(md[1]), day: Number(md[2]) };
  let seen = 0;
  let from = 0;
  while (seen < HEADER_LINES && from < text.length) {
    const nl = text.indexOf("\n", from);
    const line = text.slice(from, nl < 0 ? text.length : nl).trim();
    from = nl < 0 ? text.length : nl + 1;
    if (line === "") continue;
    seen++;
    const last = line.split(PART_BREAK).at(-1) ?? "";
    const m = YEARLESS_DAY.exec(last);
    if (!m) continue;
    const month = MONTH_NAMES.indexOf((m[3] ?? "").toLowerCase()) + 1;
    const named = m[1] ? `${m[1]}day`.toLowerCase() : null;
    const weekday = named ? WEEKDAYS.findIndex((w) => w.toLowerCase() === named) : -1;
    return { month, day: Number(m[2]), ...(weekday >= 0 ? { weekday } : {}) };
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The full date of a yearless header day, counted back from the day received; null when none fits. */
export function dayReceived(day: YearlessDay, receivedAt: string | null | undefined): string | null {
  const received = receivedAt ? Date.parse(receivedAt) : Number.NaN;
  if (Number.isNaN(received)) return null;
  const latest = received + 24 * 3600 * 1000;
  const year = new Date(received).getUTCFullYear();
  for (let y = year; y > year - WEEKDAY_YEARS; y--) {
    const at = Date.UTC(y, day.month - 1, day.day);
    const d = new Date(at);
    // Not a day of that year's calendar (29 February), or after the receipt.
    if (d.getUTCMonth() !== day.month - 1 || at > latest) continue;
    if (day.weekday === undefined || d.getUTCDay() === day.weekday)
      return `${y}-${pad(day.month)}-${pad(day.day)}`;
  }
  return null;
}
