const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2025-01-14" -> "14 January 2025"; partial dates keep their precision ("December 2024"). */
export function formatDate(iso: string): string {
  if (iso === "ongoing") return "ongoing";
  const [range, until] = iso.split("/");
  if (until) return `${formatDate(range ?? "")} – ${formatDate(until)}`;
  const [y, m, d] = (range ?? "").split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The longest text of an article a briefing quotes whole: as long as the longest sentence the
 * extractor keeps (MAX_SENTENCE_CHARS). Only a hostile article has longer runs (one 200 KB word).
 */
export const MAX_QUOTED_CHARS = 1000;

/** `text` cut to at most `max` characters at a word boundary where there is one, with an ellipsis. */
export function clip(text: string, max = MAX_QUOTED_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} …`;
}
