import type { Entity } from "../schema.js";

/**
 * "MOSUL, Iraq, Feb 9 (Tigris Agency) -": a dateline that writes its city's own country after it, as a postal
 * address would, says where the desk that filed the story sits. The city is a place of reporting
 * even when the story happens in the same country, so a place named only in the text's furniture
 * (the dateline, a sign-off) with such an address is not an entity of the events. A bare dateline
 * ("BAGHDAD, March 17 (Wire) -") is left as it was: nothing in it sets the city apart from the story.
 */
export function postalDatelined(text: string, entity: Entity): boolean {
  const country = entity.affiliation;
  if (!country) return false;
  const address = new RegExp(String.raw`^,[ \t]*${country.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \t]*,`);
  return entity.mentions.some((m) => address.test(text.slice(m.end, m.end + country.length + 8)));
}

/** A date closing a line: "27 November 2026", "Tuesday 4 August 2026", "9–11 November 2026", "Nov 3, 2026". */
const LINE_DATE = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:[–-]\d{1,2})?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:[–-]\d{1,2})?,?)\s+\d{4}`;
/** A postal code after a town: "SW1A 0AA", "EC4M 7JH", "10115". */
const POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|\d{5})`;
/** What may follow a place on its line of issue: a date, a postal code, or "on" and a date. */
const ISSUE_TAIL = new RegExp(
  String.raw`^(?:,[ \t]*${LINE_DATE}|[ \t]+${POSTCODE}|[ \t]+on[ \t]+${LINE_DATE})[ \t]*$`,
);
/** Words a line of issue holds at most. */
const ISSUE_LINE_WORDS = 14;
/** Characters a line of issue reaches at most on either side of its place. */
const LINE_REACH = 160;

/**
 * "Issued in London, Tuesday 4 August 2026", "Signed: A. Translator · London, 27 November 2026",
 * "House of Commons · London SW1A 0AA", "Heard at Manchester on 9–11 November 2026": a short line
 * of its own that a place closes with only a date or a postal code after it says where a text was
 * issued, signed, sent from or heard, an address, not where the story's events happened. Whether
 * every mention of the entity is on such a line (the caller decides what that is worth: a place in
 * a country no place of the story lies in is where the outlet or the office sits).
 */
export function issueLined(text: string, entity: Entity): boolean {
  return (
    entity.mentions.length > 0 &&
    entity.mentions.every((m) => {
      // A short line only: its ends are sought at most LINE_REACH characters away.
      const from = Math.max(0, m.start - LINE_REACH);
      const before = text.slice(from, m.start);
      const cut = before.lastIndexOf("\n");
      if (cut < 0 && from > 0) return false;
      const lineStart = from + cut + 1;
      const after = text.slice(m.end, m.end + LINE_REACH);
      const lineEnd = after.indexOf("\n");
      if (lineEnd < 0 && m.end + LINE_REACH < text.length) return false;
      const end = lineEnd < 0 ? Math.min(text.length, m.end + LINE_REACH) : m.end + lineEnd;
      const line = text.slice(lineStart, end);
      if (line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > ISSUE_LINE_WORDS) return false;
      return ISSUE_TAIL.test(text.slice(m.end, end));
    })
  );
}
