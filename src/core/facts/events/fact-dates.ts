import { ANCHOR_EVENTS, type AnchorEvent } from "../lexicon/index.js";
import type { FactDate } from "../schema.js";
import { COUNT_WORDS, SPEECH_VERBS } from "../text/word-lists.js";
import { addMonths, type DateExpression, findDates, monthIndex, monthOf } from "./dates.js";

/**
 * The date of a fact: a date written in its own words; else the well-known event it names
 * or follows ("days after the collapse of his regime" in January 2025 is December 2024);
 * else "ongoing" for continuing activity; else the nearest date in its sentence.
 */

export interface AnchorHit {
  anchor: AnchorEvent;
  start: number;
  end: number;
}

export interface SentenceDates {
  dates: DateExpression[];
  /** "said on 16 March": the day of a statement, a last resort for what it reports. */
  speech: DateExpression[];
  anchors: AnchorHit[];
  /** Folded sentence text, same length as the original. */
  folded: string;
  original: string;
  start: number;
}

export function sentenceDates(
  folded: string,
  start: number,
  previousFolded: string,
  publishedAt: string | null,
  original: string,
  yearHint: number | null = null,
  /** The last day the article named: what "on the same day" refers to. */
  lastDay: string | null = null,
  /**
   * `span`: the last day or run of days named ("the night of 14 to 15 August"), what "two days
   * later" counts from; `month`: the month of the last date named, what "late that month" is.
   */
  last: {
    span?: string | null;
    month?: string | null;
    year?: string | null;
    /** The day of the last attack the story dated: what "four days after the ambush" counts from. */
    attack?: string | null;
    /**
     * The day the story had reached before a later statement's day ("The JOC said yesterday
     * that …") moved it on: what "the next morning" counts from in the statement's own account.
     */
    told?: string | null;
    /** The last day named, when it was the small hours of a night ("after midnight on Wednesday night"). */
    smallHours?: string | null;
  } = {},
): SentenceDates {
  const anchors: AnchorHit[] = [];
  for (const anchor of ANCHOR_EVENTS) {
    if (anchor.context && !anchor.context.test(folded) && !anchor.context.test(previousFolded)) continue;
    const re = new RegExp(anchor.pattern.source, "g");
    for (const m of folded.matchAll(re))
      anchors.push({ anchor, start: start + m.index, end: start + m.index + m[0].length });
  }
  // "the SDF said on Friday": the date of the statement, not of what it reports.
  const dates: DateExpression[] = [];
  const speech: DateExpression[] = [];
  for (const d of findDates(original, publishedAt, start, yearHint)) {
    const said = speechDate(folded, d.start - start, d.end - start);
    (said ? speech : dates).push(d);
  }
  // "… in May 2015 and blew up the temple that August": the month of the year last named, in
  // this sentence or before.
  for (const m of original.matchAll(THAT_MONTH_NAME)) {
    const at = start + m.index;
    if ([...dates, ...speech].some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const year = yearBefore([...dates, ...speech], at)?.slice(0, 4) ?? last.year;
    const month = monthIndex(m[1] ?? "");
    if (!year || month < 1) continue;
    const value = `${year}-${String(month).padStart(2, "0")}`;
    dates.push({ start: at, end: at + m[0].length, text: m[0], value, resolved: true });
  }
  // "the following day", "the day before": a day on from the last day named, in this sentence or before.
  for (const m of folded.matchAll(NEXT_OR_PREVIOUS_DAY)) {
    const at = start + m.index;
    // "The convoy was to use the road, which the SDF had cleared the day before": a pluperfect
    // deed a day before, with no day of its sentence, is set before the attack the story tells.
    const pluperfect =
      last.attack &&
      /^the (?:day before|previous day)$/i.test(m[0]) &&
      PLUPERFECT_LEAD.test(folded.slice(Math.max(0, m.index - 40), m.index))
        ? last.attack
        : null;
    // "A second device was found the next morning, according to the same statement": told as
    // the statement's content, the next morning is of the story it tells, not of its own day.
    const own = dayBefore([...dates, ...speech], at);
    const base = own ?? pluperfect ?? (last.told && STATEMENT_SOURCE.test(folded) ? last.told : lastDay);
    if (!base) continue;
    // "attacked the station shortly after midnight on Wednesday night … arrested the following
    // afternoon": the afternoon after a night is the day its small hours fell on.
    const night = own
      ? [...dates, ...speech].some((d) => d.value === own && d.end <= at && d.smallHours)
      : !pluperfect && base === lastDay && last.smallHours === lastDay;
    if (night && /^(?:the )?(?:following|next) (?:morning|afternoon|evening)$/i.test(m[0])) {
      const text = original.slice(m.index, m.index + m[0].length);
      dates.push({ start: at, end: at + m[0].length, text, value: base, resolved: true });
      continue;
    }
    let back = /\b(?:before|previous|earlier)\b/i.test(m[0]);
    // "The delays began on Tuesday 8 September, the day after officers found explosives": set
    // after a day of its sentence (or after "came"), "the day after" introduces a clause of the
    // day before that day, as "two days after" does.
    const lead = folded.slice(Math.max(0, m.index - 24), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const relating = /^the day (?:before|after)$/i.test(m[0]);
    const follows =
      relating &&
      (CAME_LEAD.test(lead) ||
        (/,\s*$/.test(lead) && dayBefore(dates, at) !== undefined && CLAUSE_AFTER.test(after)));
    if (follows) back = !back;
    const text = original.slice(m.index, m.index + m[0].length);
    const said = speechDate(folded, m.index, m.index + m[0].length);
    (said ? speech : dates).push({
      start: at,
      end: at + m[0].length,
      text,
      value: shiftDay(base, back ? -1 : 1),
      resolved: true,
      ...(follows ? { datesWhatFollows: true } : {}),
    });
  }
  // "His co-defendants were detained in the following two weeks": the days after the day last
  // named, in this sentence or before, as a run of days.
  for (const m of folded.matchAll(FOLLOWING_SPAN)) {
    const at = start + m.index;
    const base = dayBefore([...dates, ...speech], at) ?? lastDay;
    if (!base || dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const word = (m[1] ?? "").toLowerCase();
    const n = word === "a" ? 1 : COUNT_WORDS.indexOf(word) + 1 || Number(m[1]);
    const days = n * ((m[2] ?? "").toLowerCase() === "week" ? 7 : 1);
    if (!(days >= 1 && days <= 70)) continue;
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({
      start: at,
      end: at + m[0].length,
      text,
      value: `${shiftDay(base, 1)}/${shiftDay(base, days)}`,
      resolved: true,
    });
  }
  // "said on Sunday that it had moved 300 detainees over the previous five days": the days before
  // the day named, as a run of days ending the day before it.
  for (const m of folded.matchAll(PREVIOUS_SPAN)) {
    const at = start + m.index;
    const named = dayBefore([...dates, ...speech], at);
    const base = named ?? (/^p(?:revious|receding)$/i.test(m[1] ?? "") ? lastDay : null);
    if (!base || dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const word = (m[2] ?? "").toLowerCase();
    const n = COUNT_WORDS.indexOf(word) + 1 || Number(m[2]);
    const days = n * ((m[3] ?? "").toLowerCase() === "week" ? 7 : 1);
    if (!(days >= 2 && days <= 70)) continue;
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({
      start: at,
      end: at + m[0].length,
      text,
      value: `${shiftDay(base, -days)}/${shiftDay(base, -1)}`,
      resolved: true,
    });
  }
  // "Late that month": the month of the date last named.
  if (last.month)
    for (const m of folded.matchAll(THAT_MONTH)) {
      const at = start + m.index;
      const text = original.slice(m.index, m.index + m[0].length);
      if (dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
      dates.push({ start: at, end: at + m[0].length, text, value: last.month, resolved: true });
    }
  // "two days before his arrest", "three days later": counted from the day (or run of days) last
  // named, in this sentence or before.
  for (const m of folded.matchAll(COUNTED_DAYS)) {
    const at = start + m.index;
    // "detained him four days after the ambush", told after the hearing's day: the attack named
    // is the reference, and its day is the one the story gave it, not the day named last.
    const named = ATTACK_AFTER.test(folded.slice(m.index + m[0].length)) ? last.attack : null;
    const base = named ?? spanBefore(dates, at) ?? last.span ?? lastDay;
    if (!base) continue;
    const lead = folded.slice(Math.max(0, m.index - 24), m.index);
    // "suspended for almost three days after ...": a duration, not a day.
    if (DURATION_LEAD.test(lead)) continue;
    const word = (m[1] ?? "").toLowerCase();
    const n = word === "a" ? 1 : COUNT_WORDS.indexOf(word) + 1 || Number(m[1]);
    const days = n * ((m[2] ?? "").toLowerCase() === "week" ? 7 : 1);
    let sign = /^(?:before|earlier)$/i.test(m[3] ?? "") ? -1 : 1;
    // "The operation came a day after gunmen opened fire": the operation is the day last
    // named, and what follows the phrase is counted back from it.
    // "We met him on 16 October, two days after his men intercepted a convoy": set after a day
    // of its sentence, the phrase counts back from that day to the clause it introduces.
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const appositive = /,\s*$/.test(lead) && spanBefore(dates, at) !== undefined && CLAUSE_AFTER.test(after);
    const follows = (CAME_LEAD.test(lead) || appositive) && /^(?:before|after)$/i.test(m[3] ?? "");
    // Counted from the attack the story dated ("on Saturday, six days after the assault began"),
    // the phrase runs forward from that attack, whatever day its sentence named before it.
    if (follows && !named) sign = -sign;
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({
      start: at,
      end: at + m[0].length,
      text,
      value: base
        .split("/")
        .map((d) => shiftDay(d, sign * days))
        .join("/"),
      resolved: true,
      ...(follows ? { datesWhatFollows: true } : {}),
    });
  }
  // "It reopened on 2 April after eleven days of closure, when a checkpoint was attacked": the
  // state lasted the days counted up to the day just named, so it began that many days before,
  // which is when the "when" clause after it happened.
  for (const m of folded.matchAll(LASTED_UNTIL)) {
    const at = start + m.index;
    if (dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const day = dates.find(
      (d) =>
        d.end <= at &&
        /^\s*$/.test(folded.slice(d.end - start, m.index)) &&
        /^\d{4}-\d{2}-\d{2}$/.test(d.value),
    );
    if (!day) continue;
    const word = (m[1] ?? "").toLowerCase();
    const n = word === "a" ? 1 : COUNT_WORDS.indexOf(word) + 1 || Number(m[1]);
    const days = n * ((m[2] ?? "").toLowerCase() === "week" ? 7 : 1);
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({ start: at, end: at + m[0].length, text, value: shiftDay(day.value, -days), resolved: true });
  }
  // "In September 2006 ... Two years later", "in the summer of 2015, a year after IS fighters
  // overran Sinjar": counted in years from the date last named, in this sentence or before.
  for (const m of folded.matchAll(COUNTED_YEARS)) {
    const at = start + m.index;
    if (dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const before = yearBefore(dates, at);
    const base = before ?? last.year ?? last.month?.slice(0, 4);
    if (!base) continue;
    const lead = folded.slice(Math.max(0, m.index - 24), m.index);
    if (DURATION_LEAD.test(lead)) continue;
    const word = (m[1] ?? m[3] ?? "").toLowerCase();
    const n = m[3]
      ? 1
      : word === "a"
        ? 1
        : COUNT_WORDS.indexOf(word) + 1 || LARGE_COUNTS[word] || Number(word);
    if (!(n >= 1 && n <= 60)) continue;
    let sign = /^(?:before|earlier)$/i.test(m[2] ?? "") ? -1 : 1;
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const relative = /^(?:before|after)$/i.test(m[2] ?? "");
    const follows =
      relative &&
      (CAME_LEAD.test(lead) || (/,\s*$/.test(lead) && before !== undefined && CLAUSE_AFTER.test(after)));
    // "two years after the fall of Mosul" with no date set before it: counted from that event,
    // which the text does not date here.
    if (relative && !follows) continue;
    if (follows) sign = -sign;
    // A season or month keeps its months a year on; a single date is known to the year only.
    const value = base.includes("/")
      ? base
          .split("/")
          .map((d) => shiftYear(d, sign * n))
          .join("/")
      : String(Number(base.slice(0, 4)) + sign * n);
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({
      start: at,
      end: at + m[0].length,
      text,
      value,
      resolved: true,
      ...(follows ? { datesWhatFollows: true } : {}),
    });
  }
  // "After the fall of Assad in December 2024 ... He was appointed four months later": counted in
  // months from the month last named, in this sentence or before. "four months after the raid"
  // counts from an event the text may not date: left alone.
  for (const m of folded.matchAll(COUNTED_MONTHS)) {
    const at = start + m.index;
    if (dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const before = [...dates].reverse().find((d) => d.end <= at && /^\d{4}-\d{2}/.test(d.value));
    const base = before?.value.slice(0, 7) ?? last.month;
    if (!base) continue;
    const word = (m[1] ?? "").toLowerCase();
    const n = word === "a" ? 1 : COUNT_WORDS.indexOf(word) + 1 || Number(word);
    if (!(n >= 1 && n <= 24)) continue;
    const sign = /^earlier$/i.test(m[2] ?? "") ? -1 : 1;
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({ start: at, end: at + m[0].length, text, value: addMonths(base, sign * n), resolved: true });
  }
  // "said on Friday that two of the attackers had been killed in a pursuit that morning": after a
  // day its own sentence names, "that morning" is a part of that day, not of the day told before.
  // "said on Friday … that its forces had arrested, the same night, a man …": "the same" night is
  // one the story has told, the night of its event, not the day the statement was made.
  for (const m of folded.matchAll(SAME_DAY)) {
    const at = start + m.index;
    const same = /\bsame\b/i.test(m[0]);
    const own = [...dates, ...(same ? [] : speech)]
      .filter((d) => d.end <= at && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      .sort((a, b) => b.end - a.end)[0];
    const value = own?.value ?? lastDay;
    if (!value) continue;
    const text = original.slice(m.index, m.index + m[0].length);
    dates.push({ start: at, end: at + m[0].length, text, value, resolved: true });
  }
  // "withdrew ... within days", "days later": soon after the day last named, in its month;
  // "hours later": on that day. "tried to escape on the night of 18 January and were caught
  // within hours": a day named before it in its own sentence is the one it follows.
  for (const m of folded.matchAll(SOON_AFTER)) {
    if (dates.some((d) => d.start < start + m.index + m[0].length && start + m.index < d.end)) continue;
    const at = start + m.index;
    const own = [...dates]
      .filter((d) => d.end <= at && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      .sort((a, b) => b.end - a.end)[0];
    const day = own?.value ?? lastDay;
    if (!day) continue;
    const text = original.slice(m.index, m.index + m[0].length);
    const value = /hours/i.test(m[0]) ? day : day.slice(0, 7);
    dates.push({ start: at, end: at + m[0].length, text, value, resolved: true });
  }
  return { dates: dropAppositives(dates, folded, start), speech, anchors, folded, original, start };
}

/** A date counted from another day or from today, told in words: "the day before", "two weeks ago tomorrow". */
const COUNTED_WORDS =
  /^(?!.*\d)(?!.*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b).*\b(?:ago|before|after|later|earlier|following|next|previous|yesterday|tomorrow)\b/i;

/**
 * "On the morning of 28 October, two weeks ago tomorrow, gunmen ...", "That was on 14 February, the
 * day before the villagers' monthly meeting": a counted date set off by a comma just after a named
 * day, dating no clause of its own, is an apposition to that day: it restates the day (or relates
 * it to something else) and is no second day of the sentence.
 */
function dropAppositives(dates: DateExpression[], folded: string, start: number): DateExpression[] {
  return dates.filter((d) => {
    if (d.datesWhatFollows || !COUNTED_WORDS.test(d.text)) return true;
    return !dates.some(
      (named) =>
        named !== d &&
        named.end <= d.start &&
        /^\d{4}-\d{2}-\d{2}$/.test(named.value) &&
        !COUNTED_WORDS.test(named.text) &&
        /^\s*,\s*$/.test(folded.slice(named.end - start, d.start - start)),
    );
  });
}

/** "two years later", "a year after", "the following year". */
const COUNTED_YEARS =
  /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2}) years? (before|after|earlier|later)|the (following|next) year)\b/gi;

const LARGE_COUNTS: Record<string, number> = { fifteen: 15, twenty: 20 };
const COUNTED_MONTHS =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) months? (later|earlier)\b/gi;

function shiftYear(date: string, by: number): string {
  return `${Number(date.slice(0, 4)) + by}${date.slice(4)}`;
}

/** The last date with a year named in this sentence before `at`. */
function yearBefore(dates: readonly DateExpression[], at: number): string | undefined {
  let best: DateExpression | undefined;
  for (const d of dates) if (d.end <= at && /^\d{4}/.test(d.value) && (!best || d.end > best.end)) best = d;
  return best?.value;
}

/** "after eleven days of closure": a state that lasted up to the day named before it. */
const LASTED_UNTIL =
  /\bafter (a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week)s? of [a-z-]+/gi;
/** "three days later", "two nights later", "a week before": a night counts as the day it falls in. */
const COUNTED_DAYS =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|night|week)s? (before|after|earlier|later)\b/gi;
/** "had cleared", "had been closed" right before a counted day: a deed told in the pluperfect. */
const PLUPERFECT_LEAD = /\bhad (?:been )?[a-z]+(?:ed|en|t)\b[^,;.]{0,24}$/;
/** "after the ambush": an attack told before, named by a definite noun. */
const ATTACK_AFTER =
  /^\s+the\s+(?:ambush|attack|assault|bombing|blast|explosion|raid|strike|massacre|shooting)\b(?!\s+(?:of|on|in|at|near)\b)/;
/** A clause after "two days after": a subject of a few words, then a past verb ("his men intercepted"). */
const CLAUSE_AFTER =
  /^\s+(?:[a-z'’-]+\s+){1,5}?(?:[a-z]{3,}ed|hit|struck|took|shot|fell|fled|left|began|came|met|went|caught|blew|overran|broke|won|lost|seized|found|hid|drove|fought|stole|sank|threw|withdrew|ran)\b/;
const DURATION_LEAD = /\bfor (?:(?:almost|nearly|about|some|over|around|at least|more than|less than) )?$/;
const CAME_LEAD = /\b(?:came|comes|happened|took place|occurred|followed)\s+(?:just |only |barely )?$/;
/** "according to the same statement", "the statement said": a sentence that tells a statement's content. */
const STATEMENT_SOURCE =
  /\baccording to (?:the|that|this|its|their) (?:same |earlier |police |army |military )?(?:statement|announcement|communique|release|account)\b|\b(?:the|that) (?:same )?statement (?:said|added|says)\b|\b(?:said|announced|stated) in (?:a|an|its|their) (?:[a-z-]+ )?(?:statement|communique|release) that\b/i;
/** "in the following two weeks", "over the next ten days": a run of days after the day last named. */
const FOLLOWING_SPAN =
  /\b(?:in|over|during|within) the (?:following|next) (a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week)s?\b/gi;
/**
 * "said on Sunday that it had moved 300 detainees over the previous five days": the run of days
 * up to the day named before it. "previous" and "preceding" count back from a day the story names;
 * "past" and "last" count back from today unless the sentence names the day before them.
 */
const PREVIOUS_SPAN =
  /\b(?:in|over|during|within) the (previous|preceding|past|last) (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week)s\b/gi;
/** "… in May 2015 and blew up the temple that August": a month of the year last named ("May" only as a month). */
const THAT_MONTH_NAME =
  /\b[Tt]hat (January|February|March|April|June|July|August|September|October|November|December|May(?=\s*[,.;]|\s+(?:and|when|in|at|on|the)\b))\b/g;
/** "the following day", "the next morning", "the day before", "the previous night", "a day later". */
const NEXT_OR_PREVIOUS_DAY =
  /\b(?:(?:the )?(?:following|next|previous) (?:day|morning|afternoon|evening|night)|the day (?:before|after)(?! (?:yesterday|tomorrow))|(?:a|one) day (?:later|earlier)|the night before(?! last))\b/gi;

function shiftDay(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** The last full day named in this sentence before `at`. */
function dayBefore(dates: readonly DateExpression[], at: number): string | undefined {
  let best: DateExpression | undefined;
  for (const d of dates)
    if (d.end <= at && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && (!best || d.end > best.end)) best = d;
  return best?.value;
}
/** The last day, or run of days, named in this sentence before `at`. */
function spanBefore(dates: readonly DateExpression[], at: number): string | undefined {
  let best: DateExpression | undefined;
  for (const d of dates) if (d.end <= at && DAY_SPAN.test(d.value) && (!best || d.end > best.end)) best = d;
  return best?.value;
}
const DAY_SPAN_FORM = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;
/** A day, or a run of a few days ("the weekend of 31 October and 1 November"), not a period. */
export const DAY_SPAN = {
  test(value: string): boolean {
    if (!DAY_SPAN_FORM.test(value)) return false;
    const [a, b] = value.split("/");
    return !b || (Date.parse(b) - Date.parse(a ?? "")) / 86_400_000 <= 3;
  },
};
const THAT_MONTH = /\b(?:(?:early|late|later|earlier) )?(?:in )?that (?:same )?month\b/gi;
const SOON_AFTER =
  /\b(?:within (?:a few |several )?(?:days|hours)|(?:a few |several )?(?:days|hours) later)\b/gi;
/** "the same day", "that night"; "The SDF said that evening that …": a part of the day last named. */
const SAME_DAY =
  /\b(?:on )?(?:the same (?:day|night|morning|afternoon|evening)|that (?:same )?(?:day|night|morning|afternoon|evening))\b/gi;

const SPEECH_DATE =
  /\b(said|says|told(?: [\w' ]{1,25})?|added|announced|stated|reported|confirmed)\s+(?:late\s+|early\s+)?(?:on\s+|in\s+)?$/;
/**
 * "said in a statement the next day that …", "said in a post on Monday that …": a date between a
 * verb of saying with its medium and the that-clause it reports is the day of the saying.
 */
const MEDIUM_SPEECH_DATE =
  /\b(?:said|says|announced|stated|reported|confirmed|added)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:statement|post|message|briefing|communique|release|letter)\s+(?:late\s+|early\s+)?(?:on\s+|in\s+)?$/;
/** Whether the date at `at` (offset in the folded sentence, `end` its end) is the day of a saying. */
function speechDate(folded: string, at: number, end: number): boolean {
  const lead = folded.slice(Math.max(0, at - 60), at);
  if (SPEECH_DATE.test(lead.slice(-40))) return true;
  return (
    lead.includes(" in ") && MEDIUM_SPEECH_DATE.test(lead) && /^\s*that\b/.test(folded.slice(end, end + 8))
  );
}
const REFERENCE_POINT = /\b(?:since|after|before|until|following)\b[^,;.]{0,30}$/;
const ANNOUNCED = /\b(?:announced|declared|pledged|promised|vowed)\s+(?:in\s+|on\s+)?$/;

/** "Friday's blast", "last week's bombing": a date in the possessive names the noun it is set on. */
const POSSESSIVE_AFTER = /^['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+/;
/** A conjunction opening a clause of its own: " after a grenade was ". */
const SUBORDINATE_BETWEEN =
  /^[^;:.]{0,40}?\b(?:after|when|because|as|since|before|while)\s+(?:[\w'’-]+\s+){0,4}$/;
/** "wounded in Friday's blast", "after last week's bombing": that noun the object of a preposition. */
const PREPOSITION_LEAD = /\b(?:in|after|since|before|following|by|from|of|during|over|with|to)\s+$/;
/**
 * "The younger of the shepherds wounded in Friday's blast … died", "a sweep … after last week's
 * bombing": a possessive date after a preposition dates the event the noun names, a reference
 * point of the sentence, not what the sentence tells. It dates its own noun ("Tuesday's blast").
 */
function possessiveReference(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  const after = POSSESSIVE_AFTER.exec(sd.folded.slice(d.end - sd.start, d.end - sd.start + 40));
  if (!after) return false;
  // "have cancelled Saturday's closing concert after a grenade was thrown into a shop": a clause
  // a conjunction brings in after the possessive's noun tells another time than the noun's.
  const nounEnd = d.end + after[0].length;
  if (trigger >= nounEnd && SUBORDINATE_BETWEEN.test(sd.folded.slice(nounEnd - sd.start, trigger - sd.start)))
    return true;
  if (!PREPOSITION_LEAD.test(leadOf(sd, d))) return false;
  return trigger < d.start || trigger >= d.end + after[0].length;
}
/**
 * "Acting on information from the man detained the day before, police dug up a cache": a date
 * after a past participle that follows a noun governed by a preposition ("from the man
 * detained") dates that reduced relative clause, not the clause around it.
 */
/** "the drivers abducted near al-Busayrah on 10 October": the place the participle names may come before its date. */
const RELATIVE_PLACE = String.raw`(?:(?:near|outside|in|at)\s+(?:[a-z'’-]+\s+){1,3}?)?`;
const REDUCED_RELATIVE = new RegExp(
  String.raw`\b(?:from|of|on|by|with|about|against|for|to|among)\s+(?:the|a|an|those|these|two|three|four|five|\d+)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+([a-z]{3,}ed|held|shot|taken|seized|caught|hit|struck)\s+${RELATIVE_PLACE}(?:(?:on|in|at|during)\s+)?$`,
  "d",
);
/**
 * "The killing fits a pattern seen in the first months of 2026": after a verb of likeness, the
 * thing it is likened to, qualified by a participle and its date, is dated by that participle,
 * not the sentence's happening (which is the one told before, likened to others).
 */
const LIKENED_RELATIVE =
  /\b(?:fits|fit|fitted|matches|matched|follows|followed|mirrors|mirrored|echoes|echoed|resembles|resembled|repeats|repeated)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(seen|[a-z]{3,}ed|observed|recorded|documented)\s+(?:(?:on|in|at|during|over)\s+)?$/d;
/**
 * "The trial of the four men opened on Monday": a preposition inside the sentence's opening noun
 * phrase (a few words, no comma before it) leaves the "-ed" word after it the sentence's verb.
 */
export function opensSubject(sentence: string, at: number): boolean {
  const before = sentence.slice(0, Math.max(0, at));
  // "Acting on information from the man detained the day before, police …": a sentence opened by
  // a participle and its preposition is an adverbial phrase, not the subject; the "-ed" word after
  // the noun it leads to qualifies that noun.
  if (PARTICIPLE_OPENER.test(before)) return false;
  return /^\s*(?:[\p{L}\d'’-]+\s+){0,3}$/u.test(before);
}
const PARTICIPLE_OPENER = /^\s*[A-Za-z]{3,}ing\s+(?:on|upon|to|with|for|against|about|under)\s/;
/** Where a date's reduced relative clause starts (its preposition, its noun), if it has one. */
function reducedRelativeAt(sd: SentenceDates, d: DateExpression): { prep: number; head: number } | null {
  const lead = leadOf(sd, d);
  const likened = LIKENED_RELATIVE.exec(lead);
  const m = REDUCED_RELATIVE.exec(lead) ?? likened;
  // "A source quoted by the agency denied on Monday that …": a verb of saying is the sentence's.
  if (!m || SPEECH_VERBS.has(m[2] ?? "")) return null;
  const prep = d.start - lead.length + m.index;
  if (m !== likened && opensSubject(sd.original, prep - sd.start)) return null;
  return { prep, head: d.start - lead.length + (m.indices?.[1]?.[0] ?? m.index) };
}
/** A date that dates a reduced relative clause ("from the man detained the day before"). */
export function inReducedRelative(sd: SentenceDates, d: DateExpression): boolean {
  return reducedRelativeAt(sd, d) !== null;
}
function reducedRelative(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  const at = reducedRelativeAt(sd, d);
  // The noun the participle qualifies: the relative clause runs from it to the date's end.
  return at !== null && (trigger < at.head || trigger >= d.end);
}

/** "since the truce of 2 May" before the date and after the trigger: not the fact's own date ("the agreement of 10 March" is). */
function referencePoint(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  const lead = leadOf(sd, d);
  const m = REFERENCE_POINT.exec(lead);
  return m !== null && d.start - lead.length + m.index > trigger;
}

/** "as in December", "like on 3 May": the words of a likeness before its date. */
const COMPARISON_LEAD = /\b(?:as|like)\s+(?:in|on|during|at|over)\s+(?:the\s+)?$/;
/**
 * "the towers had been hit with the same kind of charges as in December": a date after the
 * trigger that a likeness brings in is the time of what it is likened to, not its own. ("fewer
 * than in April" sets a state against its April self and is read as before.)
 */
function compared(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  if (d.start <= trigger) return false;
  const lead = leadOf(sd, d);
  return COMPARISON_LEAD.test(lead) || (COMPARISON_WORD.test(lead) && /^(?:in|on|during)\s/i.test(d.text));
}
/** "as " before "in December": the likeness's own preposition belongs to the date's words. */
const COMPARISON_WORD = /\b(?:as|like)\s+$/;

/** ", and that", "; that": a report's next that-clause. */
const SECOND_THAT = /(?:,?\s+and|;)\s+that\s/;
/**
 * "said that two rockets had been fired \"from the ridge\" and that two men had been held near
 * the village on the 9th": a report's second that-clause, after the trigger's, tells its own
 * happening; a date inside it dates that one, not a fact whose words stop before it. (A fact
 * whose words run on into the second clause tells both, and the date is its own.)
 */
function nextThatClause(sd: SentenceDates, d: DateExpression, trigger: number, factEnd: number): boolean {
  if (d.start <= trigger) return false;
  const between = sd.folded.slice(trigger - sd.start, d.start - sd.start);
  const m = SECOND_THAT.exec(between);
  // "said two men had been arrested in the district and that one of them had worked at the mill
  // until November": the end of a state the second clause tells dates that state, never the
  // first clause's happening, even when the fact's words run on into it.
  return m !== null && (trigger + m.index >= factEnd || STATE_END.test(d.text));
}
/**
 * "said they had arrested two of the men and that a third was still being sought": a word of
 * continuing activity inside a report's second that-clause, after the trigger's, tells the state
 * of that clause's happening, not that the trigger's own is ongoing.
 */
function laterThatClause(sd: SentenceDates, trigger: number, at: number): boolean {
  if (at <= trigger) return false;
  return SECOND_THAT.test(sd.folded.slice(trigger - sd.start, at - sd.start));
}
/** "until November", "till 2019": the end of a state that lasted, not a happening's day. */
const STATE_END = /^(?:until|till|up until)\s/i;

/** A relative clause set off by a comma, still open at the date: ", who served from 2004 to 2016". */
const RELATIVE_OPEN = /,\s*(?:who|whom|whose|which)\b[^,;:()"“”]*$/;
/** The rest of that clause, closed by its comma before the trigger: " and left as a Sergeant, was ". */
const RELATIVE_CLOSED = /^[^,;:()"“”]*,[^,;:()"“”]*$/;
/**
 * "Ali Rahim, who served with the battalion from 2009 to 2014 and left as a corporal, was wounded
 * …": a date inside a relative clause about a noun before the trigger, closed by its comma
 * before the trigger, dates that clause, not the trigger's own happening.
 */
function relativeBefore(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  if (d.end > trigger) return false;
  const lead = sd.folded.slice(Math.max(0, d.start - sd.start - 120), d.start - sd.start);
  if (!lead.includes(",") || !RELATIVE_OPEN.test(lead)) return false;
  return RELATIVE_CLOSED.test(sd.folded.slice(d.end - sd.start, trigger - sd.start));
}

/** "two days before his arrest": the date counts from the trigger's event, it does not date it. */
function countsFrom(d: DateExpression, trigger: number): boolean {
  if (d.datesWhatFollows) return false;
  return /(?:before|after)$/i.test(d.text) && trigger >= d.end && trigger - d.end <= 6;
}

function leadOf(sd: SentenceDates, d: DateExpression): string {
  return sd.folded.slice(Math.max(0, d.start - sd.start - 40), d.start - sd.start);
}

/** What lies between "Since 2019" and a trigger inside its "when" clause: ", when ISIS lost". */
const SINCE_WHEN = /^\s*,\s*when\b[^,;:]*$/;
const COMPLETED_AFTER =
  /^,\s*(?:which was\s+|that was\s+)?(?:completed|concluded|finished|ended|finalised|finalized|carried out|signed|agreed)\s+(?:(?:in|on|at the end of|by)\s+)?$/;
const RELATIVE_BETWEEN = /\b(?:who|whom|whose|which|where)\b/;
// "adjourned the trial until 4 March": the object may come between the verb and the day.
const PUT_OFF_TO =
  /\b(?:postponed|adjourned|deferred|delayed|rescheduled|put off|moved)\s+(?:(?!to\b|until\b|till\b)[\w'’-]+\s+){0,4}(?:to|until|till)\s+$/;
const ONGOING = /\b(continued|continues|continuing|ongoing|still)\b/;

const DOCUMENT_NOUN =
  /^\s+(?:[a-z-]+\s+)?(?:update|report|statement|bulletin|briefing|review|assessment|letter|speech|issue|edition|communique)s?\b/;
const ATTRIBUTIVE_LEAD = /\b(?:the|its|their|his|her|a|an)\s+$/;
const NOT_NOUNS = new Set(
  "of and or in on at to for by with from as that which when while but after before since until".split(" "),
);
/**
 * "the 10 March agreement", "the January 2022 attack": a date written before a noun names the
 * thing, it does not date what the sentence tells before it ("met on the 10 March agreement").
 */
function attributive(sd: SentenceDates, d: DateExpression, trigger: number): boolean {
  // "The January 2022 assault on the prison, in which hundreds broke out": what the dated
  // phrase goes on to tell happened then.
  if (trigger >= d.start || !ATTRIBUTIVE_LEAD.test(leadOf(sd, d))) return false;
  const next = /^\s+([a-z][a-z-]*)/.exec(sd.original.slice(d.end - sd.start, d.end - sd.start + 30));
  if (!next?.[1] || NOT_NOUNS.has(next[1])) return false;
  // "warned in its March 2026 regional update that ...": a document's date is when it says it.
  const phrase = sd.folded.slice(d.end - sd.start, d.end - sd.start + 30);
  return !DOCUMENT_NOUN.test(phrase);
}

export function factDate(
  sd: SentenceDates,
  clause: { start: number; end: number },
  trigger: number,
  publishedAt: string | null,
  modality: string,
  /** The fact is a statement ("told a conference"): the day it was said is its own. */
  statement = false,
  /** Where the fact's own words end, when known. */
  factEnd: number = Number.POSITIVE_INFINITY,
): FactDate | undefined {
  // "Since 1 October, when the SDF handed the camp over, ...": the event the adverbial tells
  // happened on the day the period starts from.
  const since = sd.dates.find(
    (d) =>
      /^since\b/i.test(d.text) &&
      d.end <= trigger &&
      SINCE_WHEN.test(sd.folded.slice(d.end - sd.start, trigger - sd.start)),
  );
  if (since)
    return { value: since.value.split("/")[0] ?? since.value, text: since.text, resolved: since.resolved };
  const spoken = statement ? sd.speech : [];
  const inside = [...sd.dates, ...spoken]
    // "two days before his arrest": the arrest is the reference, not dated by it.
    .filter(
      (d) =>
        d.start >= clause.start &&
        d.end <= clause.end &&
        !countsFrom(d, trigger) &&
        !attributive(sd, d, trigger) &&
        !possessiveReference(sd, d, trigger) &&
        !reducedRelative(sd, d, trigger) &&
        !restated(sd, d) &&
        !compared(sd, d, trigger) &&
        !nextThatClause(sd, d, trigger, factEnd) &&
        !relativeBefore(sd, d, trigger) &&
        // "was postponed to 3 June": the day it was put off to is not the day it was put off.
        !PUT_OFF_TO.test(leadOf(sd, d)),
    )
    .sort((a, b) => a.start - b.start);
  // "a closure ... imposed for security reasons on 8 December 2024": the date in the trigger's own phrase.
  const phraseEnd = sd.original.indexOf(",", trigger - sd.start);
  const limit = phraseEnd < 0 ? clause.end : Math.min(clause.end, sd.start + phraseEnd);
  // "exchanged fire ... for the first time since the agreement of 10 March": a reference point, not the day.
  // "was postponed to 3 June": the day it was put off to is not the day it was put off.
  const dated = inside.filter((d) => !referencePoint(sd, d, trigger));
  // "sentenced ... a commander who was captured at Baghouz seven years ago": a date in a relative
  // clause after the trigger dates that clause, not the trigger.
  const ownPhrase = (d: DateExpression) =>
    !RELATIVE_BETWEEN.test(sd.folded.slice(trigger - sd.start, d.start - sd.start));
  // "the end of the coalition's mission in federal Iraq, completed in September": a participle
  // of completion set off by a comma right after the trigger's phrase dates that phrase.
  const completed = (d: DateExpression) =>
    d.start > limit &&
    COMPLETED_AFTER.test(sd.folded.slice(limit - sd.start, d.start - sd.start)) &&
    ownPhrase(d);
  // "On 16 August, an engineer was seized near the town and freed nine days later": a day counted
  // on from the day the clause opened with, after the trigger, dates the later deed the clause
  // goes on to; the trigger's day is the one named before it.
  const fronted = dated.find(
    (d) => d.end <= trigger && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !COUNTED_WORDS.test(d.text),
  );
  const countedOn = (d: DateExpression) =>
    fronted !== undefined &&
    d.start > trigger &&
    COUNTED_WORDS.test(d.text) &&
    /\b(?:later|after|next|following)\b/i.test(d.text) &&
    d.value > fronted.value;
  const candidates = dated.filter((d) => !countedOn(d));
  const closest =
    candidates.find((d) => d.start >= trigger && d.end <= limit && ownPhrase(d)) ??
    candidates.find(completed) ??
    nearest(candidates, trigger) ??
    nearest(inside, trigger);
  // "The 2026 Hit market bombing was a suicide attack on the market …, on the morning of 6
  // September 2026": a year (or month) and a day of it, both of the clause, tell one time; the
  // day is the finer telling of it.
  const own =
    closest && /^\d{4}(?:-\d{2})?$/.test(closest.value)
      ? (dated.find(
          (d) => d !== closest && /^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.value.startsWith(closest.value),
        ) ?? closest)
      : closest;
  // The fact is the well-known event itself ("the collapse of his regime"): its own date, unless
  // the article dates it right there ("the fall of Assad on 8 December").
  const named = sd.anchors.find((a) => trigger >= a.start && trigger < a.end);
  if (named && !(own && own.start >= named.end && own.start - named.end <= 12))
    return { value: named.anchor.date, text: textOf(sd, named), resolved: true };
  // "The fall of Assad in December": the month agrees with the known day, which is the more precise.
  if (named && own && named.anchor.date.startsWith(own.value))
    return { value: named.anchor.date, text: own.text, resolved: true };
  if (own) return { value: own.value, text: own.text, resolved: own.resolved };
  // "days after the collapse of his regime", "strengthened ... after the fall of the Assad regime".
  const inClause = sd.anchors.filter((a) => a.start >= clause.start && a.end <= clause.end);
  for (const a of inClause.sort((x, y) => Math.abs(x.start - trigger) - Math.abs(y.start - trigger))) {
    const lead = sd.folded.slice(Math.max(0, a.start - sd.start - 30), a.start - sd.start);
    const between = a.end <= trigger ? sd.folded.slice(a.end - sd.start, trigger - sd.start) : "";
    const month = monthOf(a.anchor.date);
    const text = textOf(sd, a);
    // "the fall of X and his flight to Y": the same moment.
    if (/^\s*and (his|her|its|their|the)\s*$/.test(between))
      return { value: a.anchor.date, text, resolved: true };
    if (/\b(days|hours|shortly|soon|immediately|weeks?)\s+after\s+(the\s+)?$/.test(lead))
      return { value: month, text, resolved: true };
    if (/\b(after|since|following)\s+(the\s+)?$/.test(lead) && publishedAt) {
      const now = monthOf(publishedAt);
      return { value: now === month ? month : `${month}/${now}`, text, resolved: true };
    }
  }
  // "It announced in May that it would dissolve itself": what was announced is dated by the announcement.
  if (modality !== "asserted") {
    const announced = sd.speech.filter((d) => d.end <= trigger && ANNOUNCED.test(leadOf(sd, d)));
    const said = nearest(announced, trigger);
    return said && (!quoted(sd, trigger) || fragmentInThatClause(sd, said.end, trigger))
      ? { value: said.value, text: said.text, resolved: said.resolved }
      : undefined;
  }
  // "the PKK announced in May 2025 that it was dissolving itself": what a dated statement
  // announces, right after it, takes the statement's date.
  const announcedJustBefore = sd.speech.filter(
    (d) => d.end <= trigger && trigger - d.end <= 40 && ANNOUNCED.test(leadOf(sd, d)),
  );
  const statementDate = nearest(announcedJustBefore, trigger);
  if (
    statementDate &&
    (!quoted(sd, trigger) || fragmentInThatClause(sd, statementDate.end, trigger)) &&
    !sd.dates.some((d) => d.start >= statementDate.end && d.end <= trigger)
  )
    return { value: statementDate.value, text: statementDate.text, resolved: statementDate.resolved };
  const clauseText = sd.folded.slice(clause.start - sd.start, clause.end - sd.start);
  const ongoing = ONGOING.exec(clauseText);
  if (ongoing && !laterThatClause(sd, trigger, clause.start + ongoing.index))
    return { value: "ongoing", text: ongoing[0], resolved: false };
  // "The PKK announced its dissolution in May 2025, but officials have said that ...": a date
  // before a contrasting ", but" is the other clause's, not this one's.
  const fallback = nearest(
    sd.dates.filter(
      (d) =>
        d.end <= trigger &&
        !countsFrom(d, trigger) &&
        !attributive(sd, d, trigger) &&
        !possessiveReference(sd, d, trigger) &&
        !reducedRelative(sd, d, trigger) &&
        !CONTRAST.test(sd.folded.slice(d.end - sd.start, trigger - sd.start)),
    ),
    trigger,
  );
  // "the ministry announced on 16 March that it had seized ...": no later than the statement.
  const said =
    fallback ?? (sd.dates.length === 0 && sd.anchors.length === 0 ? spokenBefore(sd, trigger) : undefined);
  return said ? { value: said.value, text: said.text, resolved: said.resolved } : undefined;
}

/**
 * "on Tuesday 16 June (2358 UTC on Monday 15 June)": a bracket opened right after a date restates
 * that date in another reckoning (another time zone, calendar or era); the date the sentence gives
 * in its own words is the one it tells.
 */
function restated(sd: SentenceDates, d: DateExpression): boolean {
  const at = d.start - sd.start;
  const open = sd.original.lastIndexOf("(", at);
  if (open < 0 || sd.original.slice(open, at).includes(")")) return false;
  const bracket = sd.start + open;
  return sd.dates.some((o) => o !== d && o.end <= bracket && bracket - o.end <= 2);
}

/** ", but", ", yet", ", whereas": a clause set against the one before it. */
const CONTRAST = /[,;]\s*(?:but|yet|whereas)\s/;

/** The statement's date, unless the trigger is inside a quotation that is not a clause's fragment. */
function spokenBefore(sd: SentenceDates, trigger: number): DateExpression | undefined {
  const said = nearest(sd.speech, trigger);
  if (!said || !quoted(sd, trigger)) return said;
  return said.end <= trigger && fragmentInThatClause(sd, said.end, trigger) ? said : undefined;
}

/**
 * "said on Wednesday that F-16s had \"destroyed a hideout\"": a quoted fragment opened inside the
 * that-clause of an indirect report, after its subject, is the reporter's clause with the speaker's
 * words in it, so it is told at the statement's time as the clause is; a quotation that opens
 * the speech itself ("said on Wednesday: \"We destroyed …\"") is not.
 */
function fragmentInThatClause(sd: SentenceDates, from: number, trigger: number): boolean {
  const between = sd.original.slice(from - sd.start, trigger - sd.start);
  const open = Math.max(between.lastIndexOf('"'), between.lastIndexOf("“"));
  return open > 0 && /\bthat\s+[^\s"“”]+(?:\s+[^\s"“”]+)*\s+$/.test(between.slice(0, open));
}

/** Inside a quotation: "Our sons were killed ..." tells the past, not the day it was said. */
function quoted(sd: SentenceDates, at: number): boolean {
  const before = sd.original.slice(0, at - sd.start);
  const opens = (before.match(/[“‘]/g) ?? []).length - (before.match(/[”’]/g) ?? []).length;
  return opens > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

function textOf(sd: SentenceDates, a: AnchorHit): string {
  return sd.original.slice(a.start - sd.start, a.end - sd.start);
}

function nearest(dates: readonly DateExpression[], at: number): DateExpression | undefined {
  let best: DateExpression | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    const gap = d.end <= at ? at - d.end : d.start - at;
    if (gap < distance) {
      best = d;
      distance = gap;
    }
  }
  return best;
}
