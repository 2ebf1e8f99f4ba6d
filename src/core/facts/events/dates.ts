/**
 * Date expressions in article text, resolved against the publication date: "on Thursday" in
 * a Friday article is the day before; "in December" in a January article is last December.
 * Pure calendar arithmetic in UTC; no clock is read.
 */
import { COUNT_WORDS } from "../text/word-lists.js";

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** ISO date, partial date or interval ("2025-01/2025-03"). */
  value: string;
  /** True when the value needed the publication date (relative or year-less). */
  resolved: boolean;
  /** "came a day after gunmen opened fire": the date is of the event named right after it. */
  datesWhatFollows?: boolean;
  /** "shortly after midnight on Wednesday night": the small hours of a night, the day it ran into. */
  smallHours?: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
/** The months' names in full, in order. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// Month names are capitalised in English; requiring it keeps "may" and "march" apart. Logs,
// bulletins and military date-time groups shout them ("05 JUN", "16 JUNE 2026"): capitals all
// through are a month as surely as a capital first letter.
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)";
/** The days of the week, Sunday first (getUTCDay order). */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
/**
 * "the night of Tuesday 21 April", "the morning of Wednesday 1 April 2026": the part of a day told
 * before its weekday, day and month belongs to that date, which outlasts "the night of Tuesday"
 * (a weekday counted back from publication) and so wins the overlap.
 */
const PART_OF = String.raw`the\s+(?:night|morning|afternoon|evening)\s+of\s+`;
/** "Friday prayers", "Sunday Mass", "the Friday market": what a weekday names when it is no day. */
const WEEKLY_RITE =
  "(?:prayers?|sermons?|Mass(?:es)?|services?|school|market|bazaar|souq|souk|liturgy|worship)";
const PART_OF_WEEKDAY = `(?:${PART_OF})?${WEEKDAY}`;
const YEAR = "(19[5-9]\\d|20[0-4]\\d)";
/**
 * What a year names as its span of validity, not a happening: "the 2027 budget", "the 2025 plan",
 * "the 2024 figures". (An agreement, a law or a census named by its year is the happening of
 * that year, and stays dated by it.)
 */
const YEAR_NAMED_DOCUMENT =
  "(?:budgets?|fiscal|financial|plans?|strateg(?:y|ies)|programmes?|programs?|estimates?|figures|statistics|targets?|quotas?|allocations?|editions?|season)";
/** After a digit: it does not start a clock time ("22:15", "9.30"), so the number may be a year. */
const NOT_CLOCK = String.raw`(?!\d?[:.]\d{2}\b)`;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

export function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

export function parseIsoDate(value: string | null | undefined): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The latest year in which month/day falls on or before the publication date. */
function yearFor(pub: Date, month: number, day = 1): number {
  const y = pub.getUTCFullYear();
  return Date.UTC(y, month - 1, day) <= pub.getTime() ? y : y - 1;
}

/** Feasts of a fixed day of the Gregorian calendar: [month, day]. */
const FIXED_FEASTS: Record<string, [number, number]> = {
  "Christmas Eve": [12, 24],
  "Christmas Day": [12, 25],
  "Boxing Day": [12, 26],
  "New Year's Eve": [12, 31],
  "New Year's Day": [1, 1],
};

/** `year`: the year the article last named, for "on 16 March" when there is no publication date. */
type Resolver = (
  m: RegExpExecArray,
  pub: Date | null,
  year: number | null,
) => { value: string; resolved: boolean; smallHours?: boolean } | null;

interface Pattern {
  re: RegExp;
  resolve: Resolver;
}

function fullDate(y: number, mo: number, d: number) {
  return validDay(y, mo, d) ? { value: `${y}-${pad(mo)}-${pad(d)}`, resolved: false } : null;
}

/**
 * Days ahead of publication within which a day and month without a year is read as coming, not
 * as almost a year ago: "the next review is set for 21 May" in a 7 May summary, "will reopen on
 * 19 April" in a letter of the 16th. Past beyond this, it is last year's (the usual reading of
 * news, which mostly tells what has happened).
 */
const AHEAD_DAYS = 31;

/**
 * Whether the clause before `at` tells what is to come: "will be deployed", "would reopen", "is
 * to start", "are due to arrive", "plans to", "scheduled for". Read back to the sentence's start.
 */
const TO_COME =
  /\b(?:will|would|shall|(?:is|are|was|were) (?:to|due to|set to|expected to|scheduled to|planned to|going to)|plans? to|planned for|scheduled for|due to)\b/i;
function toCome(text: string, at: number, marker: RegExp = TO_COME): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const clause = before.split(/[.!?;]\s/).pop() ?? "";
  return marker.test(clause);
}

/**
 * What is to come told in the present ("will end", "is to close", "are due to leave", "plans to",
 * "scheduled for"), not in the past's future ("would", "was to"): a month it names lies ahead of
 * the telling, up to a year on ("US funding will end in March", written in December, is next
 * March), not only within the weeks just ahead.
 */
const FIRMLY_TO_COME =
  /\b(?:will|shall|(?:is|are) (?:to|due to|set to|expected to|scheduled to|planned to|going to)|plans? to|planned for|scheduled for)\b/i;

/** Days from publication within which a weekday named with a day and month chooses its year. */
const WEEKDAY_REACH_DAYS = 183;

/** "16 March" in the latest year not after publication (or in the weeks just ahead), else in the year the article last named. */
function dayMonth(mo: number, d: number, pub: Date | null, year: number | null) {
  if (d > 31) return null;
  let y = pub ? yearFor(pub, mo, d) : year;
  if (pub && y !== null) {
    const ahead = (Date.UTC(y + 1, mo - 1, d) - pub.getTime()) / 86_400_000;
    // Unless the article last named the year it would leave (a chronology's year heading).
    if (ahead > 0 && ahead <= AHEAD_DAYS && (year === null || year === y + 1)) y += 1;
  }
  const r = y === null ? null : fullDate(y, mo, d);
  return r && { ...r, resolved: true };
}

/**
 * A military date-time group: day, hour and minute in six figures, a zone letter (J is not a
 * zone), then the month's abbreviation and the year's last two figures: "081400C SEP 26" is
 * 8 September 2026, 14:00 zone C. The year may be left off ("081400C SEP") when the message is
 * of the current month; then the month is placed as "8 September" would be.
 */
const DTG =
  /\b(\d{2})([01]\d|2[0-3])[0-5]\d([A-IK-Z])\s?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\s?(\d{2}))?\b/g;

/** Ordinals spelled out, by their day: "first" 1 … "thirty-first" 31. */
const ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_TEENS = [
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const ORDINAL_DAY = String.raw`((?:twenty|thirty)[-\s](?:${ORDINAL_UNITS.join("|")})|twentieth|thirtieth|${ORDINAL_TEENS.join("|")}|${ORDINAL_UNITS.join("|")})`;
function ordinalDay(word: string): number {
  const w = word.toLowerCase().replace(/\s+/, "-");
  if (w === "twentieth") return 20;
  if (w === "thirtieth") return 30;
  const teen = ORDINAL_TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const [tens, unit] = w.includes("-") ? w.split("-") : ["", w];
  return (tens === "twenty" ? 20 : tens === "thirty" ? 30 : 0) + ORDINAL_UNITS.indexOf(unit ?? "") + 1;
}

const PATTERNS: Pattern[] = [
  {
    // "It was the sixth of August 2014", "on the twenty-first of May": a day told as a spoken
    // ordinal, as an interview's transcript or a letter gives it.
    re: new RegExp(String.raw`\bthe\s+${ORDINAL_DAY}\s+of\s+${MONTH}(?:,?\s+${YEAR})?\b`, "gi"),
    resolve: (m, pub, year) => {
      const d = ordinalDay(m[1] ?? "");
      const mo = monthIndex(m[2] ?? "");
      if (!/^[A-Z]/.test(m[2] ?? "") || mo < 1 || d < 1) return null;
      return m[3] ? fullDate(Number(m[3]), mo, d) : dayMonth(mo, d, pub, year);
    },
  },
  {
    // "On 2 September, a Friday, a driver lost his leg", "on 14 March (a Tuesday)": a weekday set
    // after the day in apposition names the same calendar day, so it tells the year: the year the
    // story last named (a memoir's 2016), or one beside it, in which that day is that weekday;
    // else the nearest to publication within half a year; else the day as told without it. The
    // expression is the day alone, so a clause cut after it still holds it; read before the day
    // without its weekday, it wins their tie.
    re: new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?=(?:,\\s*|\\s+\\(\\s*)(?:which\\s+was\\s+)?a\\s+(${WEEKDAYS.join("|")})\\b)`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const mo = monthIndex(m[2] ?? m[3] ?? "");
      const d = Number(m[1] ?? m[4]);
      const weekday = WEEKDAYS.indexOf(m[5] ?? "");
      const isWeekday = (y: number) =>
        validDay(y, mo, d) && new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === weekday;
      const told = year === null ? undefined : [year, year - 1, year + 1].find(isWeekday);
      if (told !== undefined) return { value: `${told}-${pad(mo)}-${pad(d)}`, resolved: true };
      if (pub) {
        const base = pub.getUTCFullYear();
        const near = [base, base - 1, base + 1]
          .filter(isWeekday)
          .filter((y) => Math.abs(Date.UTC(y, mo - 1, d) - pub.getTime()) <= WEEKDAY_REACH_DAYS * 86_400_000)
          .sort(
            (a, b) =>
              Math.abs(Date.UTC(a, mo - 1, d) - pub.getTime()) -
              Math.abs(Date.UTC(b, mo - 1, d) - pub.getTime()),
          )[0];
        if (near !== undefined) return { value: `${near}-${pad(mo)}-${pad(d)}`, resolved: true };
      }
      return dayMonth(mo, d, pub, year);
    },
  },
  {
    re: DTG,
    resolve: (m, pub, year) => {
      const mo = monthIndex(m[4] ?? "");
      const d = Number(m[1]);
      return m[5] ? fullDate(2000 + Number(m[5]), mo, d) : dayMonth(mo, d, pub, year);
    },
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    // "2026.12.02", "2026/12/02": year first with dots or slashes, as East Asian mastheads print it.
    re: /(?<![\d.,/-])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g,
    resolve: (m) => fullDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // "18-11-2025", "18/11/2025", "18.11.2025": day first, as outside the United States, unless
    // the first number cannot be a month's day and the second can ("11/18/2025").
    re: /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)/g,
    resolve: (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      return b > 12 && a <= 12 ? fullDate(y, a, b) : fullDate(y, b, a);
    },
  },
  {
    re: new RegExp(
      `\\b(?:${PART_OF_WEEKDAY},?\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`,
      "g",
    ),
    resolve: (m) => fullDate(Number(m[3]), monthIndex(m[2] ?? ""), Number(m[1])),
  },
  {
    re: new RegExp(
      // "Apr 02,2026" as well as "April 2, 2026".
      `\\b(?:${PART_OF_WEEKDAY},?\\s+)?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`,
      "g",
    ),
    resolve: (m) => fullDate(Number(m[3]), monthIndex(m[1] ?? ""), Number(m[2])),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:and|to|through)\\s+${MONTH}\\s+${YEAR}\\b`, "g"),
    resolve: (m) => {
      const y = Number(m[3]);
      return {
        value: `${isoMonth(y, monthIndex(m[1] ?? ""))}/${isoMonth(y, monthIndex(m[2] ?? ""))}`,
        resolved: false,
      };
    },
  },
  {
    // "Nov 19, 22:15": a clock time after the day is no year.
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d${NOT_CLOCK})`, "g"),
    resolve: (m, pub, year) => dayMonth(monthIndex(m[1] ?? ""), Number(m[2]), pub, year),
  },
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+${MONTH}\\b(?!\\.?,?\\s*\\d${NOT_CLOCK})`,
      "g",
    ),
    resolve: (m, pub, year) => dayMonth(monthIndex(m[2] ?? ""), Number(m[1]), pub, year),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, "g"),
    resolve: (m) => ({ value: isoMonth(Number(m[2]), monthIndex(m[1] ?? "")), resolved: false }),
  },
  {
    re: new RegExp(
      // "In July" opening a sentence as well as "in July" within one.
      // A month's short form stands with a day or a year ("Mar 3", "Mar 2026"), never alone in prose:
      // "the Church of Mar Addai", "Mar Elias" is a saint's title, no month.
      `\\b([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|of|[Ll]ast)\\s+(?:early\\s+|late\\s+|mid-)?(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)${MONTH}\\b(?!\\s+\\d)`,
      "g",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const mo = monthIndex(m[2] ?? "");
      let y = yearFor(pub, mo);
      // "600 of the new officers would be deployed to Palmyra in December", written on 29
      // November: a month told in a clause about what is to come, that begins within the weeks
      // ahead, is the coming one (as a day and month are, see `dayMonth`).
      const ahead = (Date.UTC(y + 1, mo - 1, 1) - pub.getTime()) / 86_400_000;
      // "asked for written recommendations by the end of November", written in October: a
      // deadline is set ahead of the telling, so a month in the weeks ahead is the coming one.
      const lead = m[1]?.toLowerCase() === "of" ? m.input.slice(Math.max(0, m.index - 30), m.index) : "";
      const deadline =
        m[1]?.toLowerCase() === "by" || /\bby the (?:end|middle|start|beginning) $/i.test(lead);
      if (ahead > 0 && ahead <= AHEAD_DAYS && (deadline || toCome(m.input, m.index))) y += 1;
      // A month before the telling's own, in a clause firmly about what is to come, is next year's.
      else if (
        ahead > AHEAD_DAYS &&
        mo !== pub.getUTCMonth() + 1 &&
        m[1]?.toLowerCase() === "in" &&
        toCome(m.input, m.index, FIRMLY_TO_COME)
      )
        y += 1;
      const value = isoMonth(y, mo);
      const now = isoMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1);
      return {
        value: m[1]?.toLowerCase() === "since" && value !== now ? `${value}/${now}` : value,
        resolved: true,
      };
    },
  },
  {
    // "on Thursday 3 September", "Sunday, 11 October", "Monday, March 2": a weekday told with its
    // day and month names one calendar day, so it wins over the bare weekday (which would count
    // back from publication) and its year is the one in which that day falls on that weekday,
    // nearest publication (a notice's "will resume on Sunday 11 October" lies ahead of it). A
    // weekday is named only for days near the telling: a year in which the weekday fits but which
    // lies half a year or more from publication is not that day; the weekday is then a slip (or
    // another calendar's), and the day and month are read as without it.
    re: new RegExp(
      `\\b(?:on\\s+)?(?:${PART_OF})?(${WEEKDAYS.join("|")}),?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!\\.?,?\\s*\\d${NOT_CLOCK})`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const mo = monthIndex(m[3] ?? m[4] ?? "");
      const d = Number(m[2] ?? m[5]);
      const weekday = WEEKDAYS.indexOf(m[1] ?? "");
      const base = pub ? pub.getUTCFullYear() : year;
      if (base === null) return null;
      const near = (y: number) =>
        pub ? Math.abs(Date.UTC(y, mo - 1, d) - pub.getTime()) : Math.abs(y - base);
      const fits = [base, base - 1, base + 1]
        .filter((y) => validDay(y, mo, d) && new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === weekday)
        .filter((y) => !pub || near(y) <= WEEKDAY_REACH_DAYS * 86_400_000)
        .sort((a, b) => near(a) - near(b));
      const y = fits[0];
      return y === undefined
        ? dayMonth(mo, d, pub, year)
        : { value: `${y}-${pad(mo)}-${pad(d)}`, resolved: true };
    },
  },
  {
    // "on Sunday night", "Monday morning", "late Wednesday evening", "overnight Saturday". "On
    // 2 September, a Friday", "on a Friday": a weekday under an indefinite article is no day counted
    // from the telling, nor is one an adjective qualifies after "on a" ("On a good Friday, the
    // restaurant serves 400 plates": any such Friday). "Worshippers leaving Friday prayers", "the
    // Sunday Mass", "the Friday market": a weekly rite or market is named by its weekday, no day;
    // nor is a paper or a place so named ("told The Sunday Courier", "the Friday Mosque").
    re: new RegExp(
      `\\b(?:(?:late|early|overnight|before dawn|at dawn)\\s+)?(?:on\\s+)?(?:the\\s+night\\s+of\\s+)?([Ll]ast\\s+)?(?<!\\b[Aa]n?\\s+|\\b[Oo]n\\s+an?\\s+[a-z]+\\s+)(${WEEKDAYS.join("|")})(?!\\s+${WEEKLY_RITE}\\b)(?!(?<=\\b[Tt]he\\s+\\w+)\\s+[A-Z][a-z])(?:\\s+(?:night|morning|afternoon|evening|overnight))?\\b`,
      "g",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const back = (pub.getUTCDay() - WEEKDAYS.indexOf(m[2] ?? "") + 7) % 7;
      // "last Tuesday" in a Tuesday paper is a week ago, not today.
      if (m[1] && back === 0) return { value: iso(addDays(pub, -7)), resolved: true };
      return { value: iso(addDays(pub, -back)), resolved: true };
    },
  },
  {
    // "shortly after midnight on Wednesday night": the small hours the night ran into, the
    // next calendar day. Longer than "on Wednesday night", so it wins the overlap.
    re: new RegExp(
      `\\b(?:(?:shortly|just|soon)\\s+)?after\\s+midnight\\s+on\\s+(${WEEKDAYS.join("|")})\\s+night\\b`,
      "g",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const back = (pub.getUTCDay() - WEEKDAYS.indexOf(m[1] ?? "") + 7) % 7;
      // A night that would run past the reference day is last week's.
      const day = back === 0 ? addDays(pub, -6) : addDays(pub, -back + 1);
      return { value: iso(day), resolved: true, smallHours: true };
    },
  },
  {
    // "last Tuesday week" (British): the week before last Tuesday, its weekday a week earlier.
    // Longer than "last Tuesday", so it wins the overlap.
    // "Last Tuesday week they burned …": at a sentence's head too.
    re: new RegExp(`\\b(?:[Oo]n\\s+)?[Ll]ast\\s+(${WEEKDAYS.join("|")})\\s+week\\b`, "g"),
    resolve: (m, pub) => {
      if (!pub) return null;
      const back = (pub.getUTCDay() - WEEKDAYS.indexOf(m[1] ?? "") + 7) % 7 || 7;
      return { value: iso(addDays(pub, -back - 7)), resolved: true };
    },
  },
  {
    // "on the night of Sunday to Monday", "the night of Friday into Saturday": a night told by its
    // two weekdays spans them both, the first the latest such weekday on or before publication.
    // Longer than "the night of Sunday", so it wins the overlap; weekdays not in sequence are
    // not one night and are left to the single-weekday reading.
    // "In the night from Wednesday to Thursday (9/10 December)": its two days told after it, in
    // brackets, are the days, the first the night's start, as the weekdays alone would be.
    re: new RegExp(
      `\\b(?:(?:on|in)\\s+)?the\\s+night\\s+(?:of|from)\\s+(${WEEKDAYS.join("|")})\\s*(?:to|into|-|–)\\s*(${WEEKDAYS.join("|")})\\b(?:,?\\s*\\(\\s*(\\d{1,2})\\s*[/–-]\\s*(\\d{1,2})\\s+${MONTH}\\s*\\))?`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const first = WEEKDAYS.indexOf(m[1] ?? "");
      if ((first + 1) % 7 !== WEEKDAYS.indexOf(m[2] ?? "")) return null;
      if (m[3] && m[4] && m[5] && Number(m[4]) === Number(m[3]) + 1) {
        const to = dayMonth(monthIndex(m[5]), Number(m[4]), pub, year);
        const y = to ? Number(to.value.slice(0, 4)) : null;
        const from = y === null ? null : fullDate(y, monthIndex(m[5]), Number(m[3]));
        if (to && from) return { value: `${from.value}/${to.value}`, resolved: to.resolved };
      }
      if (!pub) return null;
      const from = addDays(pub, -((pub.getUTCDay() - first + 7) % 7));
      return { value: `${iso(from)}/${iso(addDays(from, 1))}`, resolved: true };
    },
  },
  {
    // "on the night of 14 to 15 August", "the night of 3-4 May 2026": a night spans two days.
    re: new RegExp(
      `\\b(?:on\\s+)?the\\s+night\\s+of\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|-|–|into)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
      "g",
    ),
    resolve: (m, pub, year) => nightOrWeekend(m, pub, year),
  },
  {
    // "Oct 26–27", "26-27 October 2019": a run of days in one month (an overnight raid, a
    // two-day meeting) is an interval of those days, not the first day alone.
    re: new RegExp(
      `\\b(?:${MONTH}\\.?\\s+(\\d{1,2})\\s*[–-]\\s*(\\d{1,2})|(\\d{1,2})\\s*[–-]\\s*(\\d{1,2})\\s+${MONTH})(?:,?\\s+${YEAR})?\\b(?![–-]|[.,]\\d)`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const [from, to] = m[1] ? [m[2], m[3]] : [m[4], m[5]];
      if (Number(from) >= Number(to)) return null;
      const run = [m[0], from, to, m[1] ?? m[6], m[7]] as unknown as RegExpExecArray;
      return nightOrWeekend(run, pub, year);
    },
  },
  {
    // "over the weekend of 31 October and 1 November", "the weekend of 7 and 8 March".
    re: new RegExp(
      `\\b(?:over\\s+|on\\s+|during\\s+)?the\\s+weekend\\s+of\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+${MONTH})?\\s+(?:and|to|-|–)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const to = m[5]
        ? fullDate(Number(m[5]), monthIndex(m[4] ?? ""), Number(m[3]))
        : dayMonth(monthIndex(m[4] ?? ""), Number(m[3]), pub, year);
      const fromMonth = m[2] ? monthIndex(m[2]) : monthIndex(m[4] ?? "");
      const toYear = to ? Number(to.value.slice(0, 4)) : null;
      const from =
        toYear === null
          ? null
          : fullDate(fromMonth > monthIndex(m[4] ?? "") ? toYear - 1 : toYear, fromMonth, Number(m[1]));
      return from && to ? { value: `${from.value}/${to.value}`, resolved: !m[5] } : null;
    },
  },
  {
    // "on Wednesday last week", "last week on Wednesday": that weekday of the week before the reference's.
    re: new RegExp(
      `\\b(?:on\\s+)?(${WEEKDAYS.join("|")})\\s+(?:of\\s+)?last\\s+week\\b|\\blast\\s+week\\s+on\\s+(${WEEKDAYS.join("|")})\\b`,
      "g",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) - 7);
      const day = (WEEKDAYS.indexOf(m[1] ?? m[2] ?? "") + 6) % 7;
      return { value: iso(addDays(monday, day)), resolved: true };
    },
  },
  {
    // "this summer", "in the summer", "the summer of 2025", "summer 2025": a season is a period.
    re: new RegExp(
      `\\b(?:(this|last)\\s+|(?:in|during|over|through(?:out)?)\\s+the\\s+|the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR})?\\b`,
      "gi",
    ),
    resolve: (m, pub) => {
      const season = (m[2] ?? "").toLowerCase();
      const [a, b] = SEASONS[season] ?? [0, 0];
      if (!a) return null;
      if (m[3])
        return { value: `${isoMonth(Number(m[3]), a)}/${isoMonth(Number(m[3]), b)}`, resolved: false };
      // Without a year, only with "this", "last" or "in the": "the fall of" is no season.
      if (!pub || (!m[1] && !/^(?:in|during|over|through)/i.test(m[0]))) return null;
      if (season === "fall") return null;
      let y = pub.getUTCFullYear();
      // "this summer" or "in the summer" not yet begun by the reference is last year's.
      if (pub.getUTCMonth() + 1 < a) y -= 1;
      if (m[1]?.toLowerCase() === "last") y -= 1;
      return { value: `${isoMonth(y, a)}/${isoMonth(y, b)}`, resolved: true };
    },
  },
  {
    // "killed in clashes overnight" in a day's report: the night into the reference day.
    re: /\b(?:overnight|(?:in|during) the early hours)\b(?! (?:of|on|to|into|before|between|from)\b)/gi,
    resolve: (_m, pub) => pub && { value: iso(pub), resolved: true },
  },
  {
    // "late on Christmas Eve", "on New Year's Day": a feast of a fixed calendar day, its last
    // return on or before the reference day (news tells what has happened). Only as a time
    // adverbial, after "on": "cancelled Christmas Day celebrations", "the Christmas Eve shooting"
    // name a thing by the feast.
    // A part of the day before it is of that day too: "in the early hours of New Year's Day",
    // "on the night of Christmas Eve", "the morning of Boxing Day".
    re: /\b(?:(?:late|early)\s+)?(?:on|(?:in|during)\s+the\s+early\s+hours\s+of|(?:on\s+|during\s+)?the\s+(?:night|morning|evening|afternoon)\s+of)\s+(Christmas Eve|Christmas Day|Boxing Day|New Year['’]s Eve|New Year['’]s Day)\b/g,
    resolve: (m, pub) => {
      if (!pub) return null;
      const [mo, d] = FIXED_FEASTS[(m[1] ?? "").replace("’", "'")] ?? [0, 0];
      const r = mo > 0 ? fullDate(yearFor(pub, mo, d), mo, d) : null;
      return r && { ...r, resolved: true };
    },
  },
  { re: /\byesterday\b/gi, resolve: (_m, pub) => pub && { value: iso(addDays(pub, -1)), resolved: true } },
  {
    // "the night before last", "the day before yesterday": two days before the reference day.
    re: /\bthe (?:night|day|evening) before (?:last|yesterday)\b/gi,
    resolve: (_m, pub) => pub && { value: iso(addDays(pub, -2)), resolved: true },
  },
  {
    // "late last night", "last night": the night before the reference day, dated by its evening.
    re: /\b(?:(?:late|early)\s+)?last\s+night\b/gi,
    resolve: (_m, pub) => pub && { value: iso(addDays(pub, -1)), resolved: true },
  },
  {
    // "on the 14th", "the night of the 26th": a day of the reference's month, else of the month
    // before when not yet come. An ordinal before a noun names a unit or a count, not a day ("the
    // 15th Division", "on the 11th day").
    re: new RegExp(
      `\\b(?:on|(?:night|morning|evening|afternoon)\\s+of)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH}|\\s+(?:century|anniversary|floor|day|time|round|course|convoy|session)\\b|\\s+[A-Z][a-z])`,
      "g",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const d = Number(m[1]);
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth() + 1;
      if (d <= pub.getUTCDate())
        return fullDate(y, mo, d) && { value: `${y}-${pad(mo)}-${pad(d)}`, resolved: true };
      const [py, pm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
      return fullDate(py, pm, d) && { value: `${py}-${pad(pm)}-${pad(d)}`, resolved: true };
    },
  },
  {
    // "on the 30th of last month", "the 3rd of this month": that day of the month named
    // relative to the reference, longer than "last month" alone so the day is kept. So is
    // "last month, on the 3rd": the month, then the day of it set off by a comma.
    re: /\b(?:(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|this|next)\s+month|(last|this|next)\s+month,?\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th))\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const which = (m[2] ?? m[3] ?? "").toLowerCase() as "last";
      const shift = { last: -1, this: 0, next: 1 }[which] ?? 0;
      const total = pub.getUTCFullYear() * 12 + pub.getUTCMonth() + shift;
      const r = fullDate(Math.floor(total / 12), (total % 12) + 1, Number(m[1] ?? m[4]));
      return r && { ...r, resolved: true };
    },
  },
  {
    re: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (_m, pub) => pub && { value: iso(pub), resolved: true },
  },
  {
    re: /\blast week\b/gi,
    resolve: (_m, pub) => {
      if (!pub) return null;
      const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) - 7);
      return { value: `${iso(monday)}/${iso(addDays(monday, 6))}`, resolved: true };
    },
  },
  {
    re: /\b(?:the )?(?:past|last) (?:week|seven days)\b/gi,
    resolve: (_m, pub) => pub && { value: `${iso(addDays(pub, -7))}/${iso(pub)}`, resolved: true },
  },
  {
    re: /\blast month\b/gi,
    resolve: (_m, pub) => {
      if (!pub) return null;
      const m = pub.getUTCMonth(); // previous month, 1-based
      return {
        value: m === 0 ? isoMonth(pub.getUTCFullYear() - 1, 12) : isoMonth(pub.getUTCFullYear(), m),
        resolved: true,
      };
    },
  },
  {
    re: /\b(?:earlier |later )?this month\b/gi,
    resolve: (_m, pub) =>
      pub && { value: isoMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1), resolved: true },
  },
  {
    // "two years ago", "three days ago": counted back from publication, to the precision told.
    // "a week ago today", "two weeks ago yesterday": the very day, so many weeks before.
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month|week|day)s? ago(?: (today|yesterday))?\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const words = ["a", ...COUNT_WORDS.slice(0, 10)];
      const word = (m[1] ?? "").toLowerCase();
      const n = word === "an" ? 1 : /^\d+$/.test(word) ? Number(word) : Math.max(1, words.indexOf(word));
      const unit = (m[2] ?? "").toLowerCase();
      if (unit === "year") return { value: String(pub.getUTCFullYear() - n), resolved: true };
      if (unit === "month") {
        const total = pub.getUTCFullYear() * 12 + pub.getUTCMonth() - n;
        return { value: isoMonth(Math.floor(total / 12), (total % 12) + 1), resolved: true };
      }
      const day = addDays(pub, -(unit === "week" ? 7 * n : n));
      const on = m[3]?.toLowerCase();
      if (on && unit === "week")
        return { value: iso(on === "yesterday" ? addDays(day, -1) : day), resolved: true };
      return {
        value: unit === "week" ? `${iso(addDays(day, -3))}/${iso(addDays(day, 3))}` : iso(day),
        resolved: true,
      };
    },
  },
  {
    // "Three weeks ago, on a Saturday night", "two weeks ago on Friday": the weekday within the
    // week counted back, its nearest such day. Longer than "three weeks ago", so it wins the overlap.
    re: new RegExp(
      `\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) weeks? ago,?\\s+(?:on\\s+)?(?:an?\\s+)?(${WEEKDAYS.join("|")})(?:\\s+(?:night|morning|afternoon|evening))?\\b`,
      "gi",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const words = ["a", ...COUNT_WORDS.slice(0, 10)];
      const word = (m[1] ?? "").toLowerCase();
      const n = word === "an" ? 1 : /^\d+$/.test(word) ? Number(word) : Math.max(1, words.indexOf(word));
      const weekday = WEEKDAYS.findIndex((w) => w.toLowerCase() === (m[2] ?? "").toLowerCase());
      const day = addDays(pub, -7 * n);
      const shift = ((weekday - day.getUTCDay() + 10) % 7) - 3;
      return { value: iso(addDays(day, shift)), resolved: true };
    },
  },
  {
    // "the year before last": two years before the reference's ("last year" is one).
    re: /\bthe year before last\b/gi,
    resolve: (_m, pub) => pub && { value: String(pub.getUTCFullYear() - 2), resolved: true },
  },
  {
    re: /\blast year\b/gi,
    resolve: (_m, pub) => pub && { value: String(pub.getUTCFullYear() - 1), resolved: true },
  },
  {
    re: /\b(?:this year|(?:since )?the (?:beginning|start) of the year)\b/gi,
    resolve: (_m, pub) => pub && { value: String(pub.getUTCFullYear()), resolved: true },
  },
  {
    // Not a cohort named by its year ("Class of 2012: Yasir Falah writes that his team has
    // finished installing ..."): the year the class graduated is no date of what its member did.
    // Nor a budget or plan named by the year it runs for ("parties that passed the 2027 budget"):
    // the year is the budget's, not the day it was passed or praised.
    re: new RegExp(
      `\\b(?<!\\b(?:class|classes|cohort|intake|vintage) )(in|of|from|by|until|before|after|during|throughout|the|summer|spring|autumn|winter)\\s+${YEAR}\\b(?![,.]\\d)(?!(?<=\\bthe\\s+\\d{4})\\s+(?:(?!(?:the|a|an|its|their|his|her|this|that|and|or)\\b)[a-z]+\\s+)?${YEAR_NAMED_DOCUMENT}\\b)`,
      "gi",
    ),
    resolve: (m) => ({ value: m[2] ?? "", resolved: false }),
  },
  // Periods stay periods: "since 2019", "between 2014 and 2017", "the first months of 2025".
  {
    // "since January 1", "since 1 January": from that day to the reference day.
    re: new RegExp(
      `\\b[Ss]ince\\s+(?:${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})\\b(?!\\.?,?\\s*\\d)`,
      "g",
    ),
    resolve: (m, pub, year) => {
      const [mo, d] = [monthIndex(m[1] ?? m[4] ?? ""), Number(m[2] ?? m[3])];
      // A state lasts since a day gone by: the last such day on or before publication ("since
      // January 1" in December is this year's first day, never the coming one).
      const past = pub && fullDate(yearFor(pub, mo, d), mo, d);
      const day = pub ? past && { ...past, resolved: true } : dayMonth(mo, d, pub, year);
      if (!day) return null;
      return pub && iso(pub) > day.value ? { value: `${day.value}/${iso(pub)}`, resolved: true } : day;
    },
  },
  {
    // "Since 2019, when ..." opens a sentence too.
    re: new RegExp(
      `\\b(?:since\\s+(?:(?:early|late|mid-)\\s*)?|Since\\s+)(?:${MONTH}\\s+)?${YEAR}\\b(?![,.]\\d)`,
      "g",
    ),
    resolve: (m, pub) => {
      const y = Number(m[2]);
      const from = m[1] ? isoMonth(y, monthIndex(m[1])) : String(y);
      if (!pub) return { value: from, resolved: false };
      const to = m[1] ? isoMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1) : String(pub.getUTCFullYear());
      return { value: to > from ? `${from}/${to}` : from, resolved: true };
    },
  },
  {
    re: new RegExp(
      `\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|through)\\s+${YEAR}\\b|\\b${YEAR}\\s?[-–]\\s?${YEAR}\\b`,
      "g",
    ),
    resolve: (m) => {
      const a = m[1] ?? m[3] ?? "";
      const b = m[2] ?? m[4] ?? "";
      return a < b ? { value: `${a}/${b}`, resolved: false } : null;
    },
  },
  {
    re: new RegExp(
      `\\b(?:(?:in|during|over|through(?:out)?)\\s+)?the\\s+(first|last|final|second|third|fourth)\\s+(?:(few|two|three|four|five|six|\\d{1,2})\\s+)?(months|half|quarter)\\s+of\\s+(?:${YEAR}|(the|this|last)\\s+year)\\b`,
      "gi",
    ),
    resolve: (m, pub, hint) => {
      const of = m[5]?.toLowerCase();
      // "58 attacks between July and December 2026 ... killed in the attacks of the second half
      // of the year", told in January 2027: "the year" is the one the story last named, not the
      // year of publication ("this year" and "last year" count from publication).
      const year = m[4]
        ? Number(m[4])
        : of === "the" && hint !== null
          ? hint
          : pub
            ? pub.getUTCFullYear() - (of === "last" ? 1 : 0)
            : null;
      if (year === null) return null;
      const range = partOfYear(
        (m[1] ?? "").toLowerCase(),
        (m[2] ?? "").toLowerCase(),
        (m[3] ?? "").toLowerCase(),
      );
      return range && { value: `${isoMonth(year, range[0])}/${isoMonth(year, range[1])}`, resolved: !m[4] };
    },
  },
  {
    re: new RegExp(
      `\\b(since\\s+)?(early|mid-|late|the end of|the beginning of|the start of)\\s*${YEAR}\\b(?![,.]\\d)`,
      "gi",
    ),
    resolve: (m, pub) => {
      const y = Number(m[3]);
      const which = (m[2] ?? "").toLowerCase();
      // "late 2025" is its last quarter, "early 2025" its first (as "early/late in the year" is
      // read by the annotators of sets 11 and 13); "mid-2025" its middle months.
      const [a, b] = which === "mid-" ? [5, 8] : /late|end/.test(which) ? [10, 12] : [1, 3];
      // "since the beginning of 2025": from then until the reference day.
      const to = m[1] && pub ? isoMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1) : isoMonth(y, b);
      return { value: `${isoMonth(y, a)}/${to}`, resolved: Boolean(m[1] && pub) };
    },
  },
];

/** Months [from, to] of each season, northern hemisphere. */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

/** "the night of 14 to 15 August": from the first day to the second, in the second's month. */
function nightOrWeekend(m: RegExpExecArray, pub: Date | null, year: number | null) {
  const mo = monthIndex(m[3] ?? "");
  // A year told is the year ("the night of 3-4 May 2019" in a 2026 paper), whatever publication says.
  const to = m[4] ? fullDate(Number(m[4]), mo, Number(m[2])) : dayMonth(mo, Number(m[2]), pub, year);
  if (!to) return null;
  const y = Number(to.value.slice(0, 4));
  const a = Number(m[1]);
  const from =
    a > Number(m[2]) ? fullDate(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1, a) : fullDate(y, mo, a);
  return from ? { value: `${from.value}/${to.value}`, resolved: !m[4] } : null;
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Months [from, to] of "the first months", "the last three months", "the second half", "the first quarter". */
function partOfYear(which: string, count: string, unit: string): [number, number] | null {
  const order = ["first", "second", "third", "fourth"].indexOf(which);
  const last = which === "last" || which === "final";
  if (unit === "half") return order === 0 ? [1, 6] : order === 1 || last ? [7, 12] : null;
  if (unit === "quarter") return last ? [10, 12] : order >= 0 ? [order * 3 + 1, order * 3 + 3] : null;
  // "the first months": a few, read as four; "the first three months": three.
  const n = Math.min(12, COUNTS[count] ?? (Number(count) || 4));
  if (order === 0) return [1, n];
  return last ? [13 - n, 12] : null;
}

/**
 * Every date expression in `text` (offsets shifted by `base`). Overlaps keep the longest
 * expression, so "Sunday, 15 June 2025" wins over "Sunday".
 */
export function findDates(
  text: string,
  publishedAt: string | null,
  base = 0,
  yearHint: number | null = null,
): DateExpression[] {
  const pub = parseIsoDate(publishedAt);
  const found: DateExpression[] = [];
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const r = resolve(m, pub, yearHint);
      if (r?.value)
        found.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], ...r });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateExpression[] = [];
  for (const d of found) {
    if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  }
  kept.push(...partsOfNamedYear(text, base, kept));
  return kept.sort((a, b) => a.start - b.start);
}

/** "the first half of 2026", "the last quarter of 2025": a part of a year named with its year. */
const PART_OF_YEAR =
  /^(?:(?:in|during|over|through(?:out)?)\s+)?the\s+\w+\s+(?:half|quarter)\s+of\s+(\d{4})$/i;
/** "in the second half", "the last quarter": a part of a year told without one. */
const BARE_PART =
  /\b(?:(?:in|during|over|through(?:out)?)\s+)?the\s+(first|second|third|fourth|last|final)\s+(half|quarter)\b(?!\s+of\b)/gi;

/**
 * "rose from 38 in the first half of 2026 to 61 in the second half so far": a half or quarter
 * told without its year, beside one told with it, is a part of that year.
 */
function partsOfNamedYear(text: string, base: number, kept: readonly DateExpression[]): DateExpression[] {
  const named = kept.map((d) => PART_OF_YEAR.exec(d.text)?.[1]).find((y) => y !== undefined);
  if (!named) return [];
  const out: DateExpression[] = [];
  BARE_PART.lastIndex = 0;
  for (let m = BARE_PART.exec(text); m !== null; m = BARE_PART.exec(text)) {
    const [start, end] = [base + m.index, base + m.index + m[0].length];
    if (kept.some((k) => start < k.end && k.start < end)) continue;
    const range = partOfYear((m[1] ?? "").toLowerCase(), "", (m[2] ?? "").toLowerCase());
    const year = Number(named);
    if (range)
      out.push({
        start,
        end,
        text: m[0],
        value: `${isoMonth(year, range[0])}/${isoMonth(year, range[1])}`,
        resolved: false,
      });
  }
  return out;
}

/**
 * The day relative dates count back from: the dateline's ("BAGHDAD, March 3 (AFP) -", its year
 * the latest not after publication) when there is one, else the publication date; null when
 * neither is a real calendar date.
 */
export function referenceDate(
  publishedAt: string | null | undefined,
  dateline: string | null,
): string | null {
  const pub = parseIsoDate(publishedAt);
  const full = parseIsoDate(dateline);
  if (full) return iso(full);
  const md = dateline ? /^--(\d{2})-(\d{2})$/.exec(dateline) : null;
  if (md && pub) {
    const r = fullDate(yearFor(pub, Number(md[1]), Number(md[2])), Number(md[1]), Number(md[2]));
    if (r) return r.value;
  }
  return pub ? iso(pub) : null;
}

/** A complete calendar date (day, month and year) in `text`, for publication metadata. */
export function findFullDate(text: string): DateExpression | undefined {
  return findDates(text, null).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value));
}

/** Month arithmetic for "three months after ...": "2024-12" + 3 = "2025-03". */
export function addMonths(value: string, months: number): string {
  const m = /^(\d{4})-(\d{2})/.exec(value);
  if (!m) return value;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  return isoMonth(Math.floor(total / 12), (total % 12) + 1);
}

export function monthOf(value: string): string {
  return value.slice(0, 7);
}
