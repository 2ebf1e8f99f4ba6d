/**
 * Feed dates as the publisher wrote them, reduced to the calendar day (YYYY-MM-DD) the article
 * carries. RFC 822 dates in feeds are often odd: no weekday, two-digit years, a full month or
 * weekday name, hyphens, zones as names or missing. The day is taken as written, in the
 * publisher's own zone: that is the date the outlet put on the story.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const RFC822 = /(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{2,4})\b/;
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})/;

function day(year: number, month: number, date: number): string | null {
  const d = new Date(Date.UTC(year, month, date));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== date) return null;
  if (year < 1990 || year > 2100) return null;
  return d.toISOString().slice(0, 10);
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
// Two-digit years (RFC 822 allowed them): 00-69 are 2000s, 70-99 1900s.
const fullYear = (y: string) =>
  y.length === 2 ? (Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);

/** The day of a feed or page date, or null when there is none or it is not a real date. */
export function feedDay(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.trim()) return null;
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const rfc = RFC822.exec(text);
  if (rfc && monthOf(rfc[2] as string) >= 0) {
    return day(fullYear(rfc[3] as string), monthOf(rfc[2] as string), Number(rfc[1]));
  }
  const mf = MONTH_FIRST.exec(text);
  if (mf && monthOf(mf[1] as string) >= 0) return day(Number(mf[3]), monthOf(mf[1] as string), Number(mf[2]));
  return null;
}
