import type { EntityDraft } from "../entities/entity-draft.js";
import { DIRECTIONS } from "../lexicon/areas.js";
import { numberAt } from "../quantities/numbers.js";
import { isClockTime } from "../quantities/quantity-phrases.js";
import type { FactDate } from "../schema.js";
import { type Clause, clauseAt, clausesOf } from "../text/clauses.js";
import { type Doc, spanText } from "../text/doc.js";
import { foldChars, foldSameLength } from "../text/normalize.js";
import { mightMatch } from "../text/prefilter.js";
import { BULLETS } from "../text/segment.js";
import type { Token } from "../text/tokenize.js";
import { isVerbWord } from "../text/word-classes.js";
import { SPEECH_VERBS } from "../text/word-lists.js";
import { type DateExpression, findFullDate, MONTH_NAMES } from "./dates.js";
import { EVENT_RULES, type EventRule, INSURGENT_ARSON } from "./event-rules.js";
import {
  DAY_SPAN,
  factDate,
  inReducedRelative,
  opensSubject,
  type SentenceDates,
  sentenceDates,
} from "./fact-dates.js";
import { nominalSpan, reportedStart, TRAILING_PUNCT, trimClause } from "./fact-spans.js";
import {
  commentTopic,
  definiteSingular,
  inOpeningCondition,
  isOutOfAction,
  isStandingActivity,
  lackedTopic,
  type Modality,
  modalityOf,
  offeredTo,
} from "./modality.js";
import { folkCamp, HIT_AND_RUN_RAID, keywordTags, type Tag } from "./tags.js";

/**
 * Events, threats and countermeasures: typed triggers (event-rules.ts) found in each
 * sentence, each cited by the clause or phrase it came from, with its entities, modality,
 * date and tags. Triggers citing the same words with the same kind make one fact.
 */

export interface FactDraft {
  kind: "event" | "threat" | "countermeasure";
  sentence: number;
  first: number;
  /** The trigger's first token. */
  trigger: number;
  last: number;
  rule: EventRule;
  modality: Modality;
  date?: FactDate;
  entities: Set<EntityDraft>;
  tags: Set<Tag>;
  /** The last token of the next sentence's toll, printed with this event (see joinOutcomes). */
  outcomeLast?: number;
  /** The first token of that toll when it runs over two sentences (see joinOutcomes). */
  outcomeFirst?: number;
  /** A count summed over the year so far (see yearTally): left undated on purpose. */
  tally?: boolean;
  /** The second of two dated predicates joined by "and" (see splitCoordinatedDates): a whole phrase. */
  conjunct?: boolean;
  /** Dated only by the day a statement told it ("…, the ministry said on Tuesday"): see dayOfTheAccount. */
  byStatement?: boolean;
  /** Cited by a definite noun's reduced relative ("the man detained the day before"): see citedAgain. */
  cited?: boolean;
  /** A summary's point told again under the body's entry for this day, which is printed: see mergeSameEvents. */
  retoldOn?: string;
}

/** A measure that holds people in check, told of "them": "contained them", "overpowered them". */
const HELD_IN_CHECK =
  /\b(?:contained|subdued|overpowered|restrained|recaptured|rounded up|locked up|pushed back|forced back) them\b/i;
/** Detainees named: "a group of detainees in the eastern wing". */
const DETAINEES = /\b(?:detainees|prisoners|inmates)\b/i;

/** Past verbs of running an activity oneself: "organized the smuggling", "ran a trafficking ring". */
const RAN_IT =
  /^(?:organi[sz]ed|arranged|coordinated|ran|led|financed|funded|oversaw|directed|masterminded)$/;

/** First token in [from, to) that ends after `offset` (binary search). */
function tokenAt(doc: Doc, offset: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Words that make what follows an attack its target: "strikes on ISIS hideouts", "raids against the group's cells". */
const TARGET_WORDS = new Set([
  "on",
  "against",
  "at",
  "upon",
  "targeting",
  "targeted",
  "struck",
  "hit",
  "bombed",
  "bombarded",
  "shelled",
  "pounded",
  "raided",
  "attacked",
]);
/** Words that make what follows an attack its author: "an attack by ISIS on a checkpoint". */
const AUTHOR_WORDS = new Set(["by", "from"]);

/**
 * Whether every mention of a jihadist group inside the fact comes after its trigger as the target
 * ("air strikes on ISIS hideouts"), so that the attack is on the group, not by it. A group named
 * only outside the fact's words keeps the old reading: it may be the author told before.
 */
function jihadistOnlyTarget(
  tokens: readonly Token[],
  fact: FactDraft,
  owners: Map<number, EntityDraft>,
  trigger: number,
): boolean {
  let seen = false;
  for (let k = fact.first; k <= fact.last; k++) {
    if (owners.get(k)?.lexicon?.kind !== "jihadist") continue;
    if (owners.get(k - 1) === owners.get(k)) continue;
    seen = true;
    if (k <= trigger) return false;
    let target = false;
    for (let j = k - 1; j >= trigger; j--) {
      const w = tokens[j]?.norm ?? "";
      if (AUTHOR_WORDS.has(w)) break;
      if (TARGET_WORDS.has(w)) {
        target = true;
        break;
      }
    }
    if (!target) return false;
  }
  return seen;
}

/** First words of the riot rule's arson triggers ("set fire to", "torched"). */
const ARSON_WORDS = new Set(["set", "torched"]);
/** "ISIS detainees set fire to their mattresses": captives' arson is a riot in their prison. */
const CAPTIVE_WORDS = new Set(["detainees", "prisoners", "inmates", "detainee", "prisoner", "inmate"]);

/** Whether a jihadist group is named as the author of what the trigger tells: before it, or after "by". */
function jihadistAuthor(
  tokens: readonly Token[],
  fact: FactDraft,
  owners: Map<number, EntityDraft>,
  trigger: number,
): boolean {
  for (let k = fact.first; k <= fact.last; k++) {
    if (owners.get(k)?.lexicon?.kind !== "jihadist") continue;
    // "operations against ISIS in Syria, killing nine ISIS operatives": named as a target first.
    if (k < trigger) {
      if (TARGET_WORDS.has(tokens[k - 1]?.norm ?? "")) continue;
      return true;
    }
    for (let j = k - 1; j > trigger; j--) {
      const w = tokens[j]?.norm ?? "";
      if (AUTHOR_WORDS.has(w)) return true;
      if (TARGET_WORDS.has(w)) break;
    }
  }
  return false;
}

/** The compass points a bearing names ("south of", "north-east of"): the areas' directions, hyphenated too. */
const COMPASS = new Set(
  DIRECTIONS.filter((d) => d !== "central").flatMap((d) => [
    d,
    d.replace(/^(north|south)(?=east|west)/, "$1-"),
  ]),
);
const SITE_HEAD = /^(?:camps?|prisons?|jails?|annex|detention)$/;
/** Nouns of the ground around a named spot: "the Al-Hol area", "the Al-Hol countryside". */
const AREA_HEAD = /^(?:area|areas|region|district|countryside|vicinity|outskirts|environs|surroundings)$/;
/**
 * "The posts south of Al-Hol that the SDF used to hold have been empty": a camp or prison named
 * by its bare name only as the mark of a bearing ("south of Al-Hol") places what the fact tells
 * near its town; the fact is not about the site or those held in it. So does one named as the
 * head of the ground around it ("the stretch between Al-Bukamal and the Al-Hol area"). Named as a
 * site ("south of Al-Hol camp", "the Al-Hol camp area"), or anywhere else in the fact, it is.
 */
function onlyBearing(
  tokens: readonly Token[],
  fact: FactDraft,
  owners: Map<number, EntityDraft>,
  e: EntityDraft,
): boolean {
  let runs = 0;
  for (let k = fact.first; k <= fact.last; k++) {
    if (owners.get(k) !== e || owners.get(k - 1) === e) continue;
    runs++;
    let end = k;
    while (owners.get(end + 1) === e) end++;
    const bearing =
      (tokens[k - 1]?.norm === "of" && COMPASS.has(tokens[k - 2]?.norm ?? "")) ||
      AREA_HEAD.test(tokens[end + 1]?.norm ?? "");
    const site = [end, end + 1].some((j) => SITE_HEAD.test(tokens[j]?.norm ?? ""));
    if (!bearing || site) return false;
  }
  return runs > 0;
}

/**
 * The tags a fact's entities give it, read from one matched rule at its own trigger. Two rules
 * may match one span ("US forces conducted 14 strikes against ISIS, killing 31 members of the
 * group": the strike and the killing); the fact keeps the first rule, and each later match is read
 * with its own rule and trigger, so that the killing's trigger is not read as the strike's, which
 * would put the group named before it, as the strikes' target, in the place of their author.
 */
function entityTags(
  tokens: readonly Token[],
  fact: FactDraft,
  owners: Map<number, EntityDraft>,
  trigger: number,
  rule: EventRule,
): Tag[] {
  const tags: Tag[] = [];
  const kinds = new Set([...fact.entities].map((e) => e.lexicon?.kind));
  const held = [...fact.entities].filter(
    (e) =>
      (e.lexicon?.kind === "camp" || e.lexicon?.kind === "prison") && !onlyBearing(tokens, fact, owners, e),
  );
  if (held.length > 0) tags.push("detention-facility");
  if (kinds.has("crossing")) tags.push("border-crossing");
  if (rule.id === "deployment" && kinds.has("militia")) tags.push("militia-deployment");
  // "ISIS cells killed 11 soldiers": killings by a jihadist group named as their author are its attack.
  if (rule.id === "casualties" && kinds.has("jihadist") && jihadistAuthor(tokens, fact, owners, trigger))
    tags.push("insurgent-attack");
  if (rule.attack) {
    if (kinds.has("jihadist") && !jihadistOnlyTarget(tokens, fact, owners, trigger))
      tags.push("insurgent-attack");
    // "a Turkish drone struck", "Jordanian aircraft struck": a state's weapon across a border.
    for (let k = trigger - 1; k >= fact.first - 1 && trigger - k <= 3; k--) {
      const owner = owners.get(k);
      if (owner?.lexicon?.kind === "country" || owner?.lexicon?.kind === "foreign-military")
        tags.push("cross-border-attack");
    }
  }
  return tags;
}

export function findEvents(doc: Doc, owners: Map<number, EntityDraft>): FactDraft[] {
  const { tokens } = doc;
  const facts: FactDraft[] = [];
  let previousFolded = "";
  // Without a publication date, "on 16 March" is in the year the article last named.
  let yearHint: number | null = null;
  // News copy tells its days by weekday ("on Sunday"): its undated past events are of that month.
  let news = false;
  let lastDay: string | null = null;
  /** The last day or run of days named, and the month of the last date named ("mid-March"). */
  const last: {
    span: string | null;
    month: string | null;
    year: string | null;
    attack: string | null;
    told: string | null;
    smallHours?: string | null;
  } = {
    span: null,
    month: null,
    year: null,
    attack: null,
    told: null,
  };
  /** The month the story last named, with the sentence that named it: "In April ..., and both were arrested". */
  let namedMonth: { month: string; sentence: number } | null = null;
  const monthBySentence: ({ month: string; sentence: number } | null)[] = [];
  /** The last day named up to each sentence: the narrative's day for its undated follow-ons. */
  const dayBySentence: (string | null)[] = [];
  /** The day a paragraph's opening adverbial sets ("On 14 May 2026, ..."), for the sentences after it in that paragraph. */
  const frameBySentence: (Frame | null)[] = [];
  let frame: (Frame & { paragraph: number }) | null = null;
  /** A situation report's section headed by a day ("2 February"): the day of what it reports. */
  let sectionDay: string | null = null;
  const sectionBySentence: (string | null)[] = [];
  /** Sentences that are a log entry's head of labels ("ENTRY 3 · 19 Aug · 21:05 · TRIBAL CLASH"). */
  const labelHeads = new Set<number>();
  /** The dated entry of a list ("Sun 1 Nov — ...") each sentence belongs to: its opening sentence. */
  const entryBySentence: (number | null)[] = [];
  let currentEntry: number | null = null;
  /** "... ended on Sunday evening with the following results:" — the date of the points under it. */
  let listDate: FactDate | null = null;
  const listBySentence: (FactDate | null)[] = [];
  /** The past year a paragraph tells ("The battle began in June 2017"): what "in August" is in. */
  let narrative: Narrative | null = null;
  let paragraph = 0;
  /**
   * "2014" on a line of its own over "June 10 — IS fighters seize Mosul": a chronology's year
   * heading. The entries under it are of that year: their days resolve in it, not in the year
   * before publication.
   */
  let headingYear: string | null = null;
  /** The day of an entry whose head named only a place: what the next sentence tells. */
  let headedBy: FactDate | null = null;
  let letter = doc.written;
  /** Inside an "UPDATE:" paragraph of a story updated after publication: its weekdays count from the update. */
  let updating = false;
  /**
   * "Update 2 · 9 February 2026" over a page's later news: the day its heading gives, after
   * publication, is what the update's "yesterday" and "last Tuesday week" count from.
   */
  let updateDay: string | null = null;
  const mails = mailHeads(doc.text, doc.publishedAt);
  /** The day the sentence before named in its own words: what an hour alone ("shortly before midnight") is of. */
  let previousDay: { value: string; night: boolean } | null = null;
  for (const s of doc.sentences) {
    const original = doc.text.slice(s.start, s.end);
    const point = LIST_POINT.test(original) && (doc.tokens[s.tokenStart]?.breaks ?? 0) > 0;
    if (!point) listDate = null;
    listBySentence[s.index] = listDate;
    const folded = capsDayHeading(foldSameLength(original));
    const opensParagraph = (doc.tokens[s.tokenStart]?.breaks ?? 0) > 0;
    const yearHeading = opensParagraph ? YEAR_HEADING.exec(original)?.[1] : undefined;
    if (yearHeading) headingYear = yearHeading;
    else if (isCapsHeading(original)) headingYear = null;
    // "Sat 21 Nov, 08:05 — ... shots were fired at the gate of their house last night": under a
    // day's heading, "last night" and "yesterday" count from that day, not from the publication.
    const sectionReference =
      sectionDay &&
      /^\d{4}-\d{2}-\d{2}$/.test(sectionDay) &&
      (!doc.publishedAt || sectionDay <= doc.publishedAt)
        ? sectionDay
        : null;
    // A letter's "last Friday" counts from the day it was written, until it signs off.
    if (letter && s.start >= letter.start && VALEDICTION.test(original)) letter = undefined;
    // An email's "last Tuesday" counts from the day its "Sent:" header gives.
    const mail = mails.find((m) => s.start >= m.start && s.start < m.end);
    if (opensParagraph) updating = doc.updatedAt !== undefined && UPDATE_LABEL.test(original);
    const reference = mail
      ? mail.date
      : letter && s.start >= letter.start
        ? letter.date
        : updating && doc.updatedAt
          ? doc.updatedAt
          : (updateDay ?? doc.publishedAt);
    const datesOf = (year: string | null) =>
      sentenceDates(
        folded,
        s.start,
        previousFolded,
        year ? `${year}-12-31` : reference,
        capsDayHeading(original),
        yearHint,
        lastDay,
        last,
      );
    let sd: SentenceDates = datesOf(headingYear);
    if (sectionReference && !headingYear) rebaseNights(sd, sectionReference);
    // A paragraph under the heading that is no entry of its ("ANALYSIS", a closing line) ends it.
    if (headingYear && opensParagraph && !yearHeading && !entryDay(original, sd)) {
      headingYear = null;
      sd = datesOf(null);
    }
    // "… on last night's rocket fire near K1 base. Two rockets fell … shortly before midnight":
    // a sentence that gives only the hour names no day of its own; the hour is of the day the
    // sentence before it named, in the same paragraph.
    if (!opensParagraph && previousDay && sd.dates.length === 0) {
      const clock = CLOCK_ONLY.exec(folded);
      // "No group has claimed last night's strike. Security forces sealed off the road at dawn":
      // the morning after a night named is the next day.
      const morning = clock && previousDay.night && MORNING.test(clock[0]);
      if (clock)
        sd.dates.push({
          start: s.start + clock.index,
          end: s.start + clock.index + clock[0].length,
          text: original.slice(clock.index, clock.index + clock[0].length),
          value: morning
            ? new Date(Date.parse(previousDay.value) + 86_400_000).toISOString().slice(0, 10)
            : previousDay.value,
          resolved: true,
        });
    }
    previousDay = null;
    for (const d of sd.dates) {
      const lead = folded.slice(Math.max(0, d.start - s.start - 8), d.start - s.start);
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && d.start >= s.start && !PERIOD_LEAD.test(lead))
        previousDay = { value: d.value, night: /\b(?:night|overnight|evening)\b/i.test(d.text) };
    }
    previousFolded = folded;
    if ((doc.tokens[s.tokenStart]?.breaks ?? 0) > 0) paragraph++;
    narrative = narrativeDates(sd, narrative, paragraph, doc.publishedAt, last.year);
    for (const d of [...sd.dates, ...sd.speech]) {
      // A dated article's hint is the year of the last month or day it told, or the first year of
      // a span it covers ("Key dates: …, 2014–2026" over a chronology): "who had fought oil fires
      // in 1991", a single year within a sentence, is an aside, not the time the story tells ("On
      // 2 September, a Friday" after "on 25 August 2016" is of 2016).
      if (!d.resolved && (!doc.publishedAt || /^\d{4}(?:-\d{2}|\/)/.test(d.value)))
        yearHint = Number(d.value.slice(0, 4));
      // "since January 1": where a period starts, not a day the story tells.
      const lead = folded.slice(Math.max(0, d.start - s.start - 8), d.start - s.start);
      // "the man detained the day before": the day of a noun's qualifier is not the story's day.
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && !PERIOD_LEAD.test(lead) && !inReducedRelative(sd, d)) {
        // A statement's day after the story's: the story's day is kept for the statement's account.
        last.told = sd.speech.includes(d) && lastDay && d.value > lastDay ? lastDay : null;
        lastDay = d.value;
        last.smallHours = d.smallHours ? d.value : null;
      }
      if (!PERIOD_LEAD.test(lead) && DAY_SPAN.test(d.value)) last.span = d.value;
      // "In 1988 ... Two years later": the year of the narrative, what a count of years starts from.
      if (!PERIOD_LEAD.test(lead) && /^\d{4}/.test(d.value) && d.start >= s.start)
        last.year = d.value.slice(0, 4);
      if (!PERIOD_LEAD.test(lead) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value) && d.start >= s.start) {
        last.month = d.value.slice(0, 7);
        // The story's own time ("In April", "in mid-March this year"), not a background date.
        if (d.resolved) namedMonth = { month: last.month, sentence: s.index };
      }
      if (DAY_WORDS.test(d.text) || recentDay(d.value, doc.publishedAt)) news = true;
    }
    // "The fall of Assad ... Militias withdrew within days": a named event's day is a day named too.
    // ("held the town from 2016 until the fall of Assad": a named event that bounds a period of
    // the background is no day the story tells, and no count of days starts from it.)
    for (const a of sd.anchors) {
      const lead = folded.slice(Math.max(0, a.start - s.start - 14), a.start - s.start);
      if (/^\d{4}-\d{2}-\d{2}$/.test(a.anchor.date) && !PERIOD_ANCHOR_LEAD.test(lead))
        last.span = lastDay = a.anchor.date;
    }
    const labelled = labelledHead(original, sd);
    if (labelled) labelHeads.add(s.index);
    const heading = sectionHeading(capsDayHeading(original), sd) ?? labelled;
    // "7 March – A fire broke out ...": a dated entry of a list of developments.
    const entry = heading ? null : entryDay(original, sd);
    const update = updateHeading(original, sd, doc.publishedAt);
    if (update || heading || isCapsHeading(original)) updateDay = update;
    if (heading) sectionDay = last.span = lastDay = heading;
    else if (entry) {
      sectionDay = last.span = entry.value;
      // "Oct 26–27 — ...; IS claims the raid the next day": what follows counts from the run's end.
      lastDay = entry.value.split("/").pop() ?? entry.value;
    } else if (isCapsHeading(original)) sectionDay = null;
    sectionBySentence[s.index] = sectionDay;
    if (entry) currentEntry = s.index;
    else if (opensParagraph) currentEntry = null;
    entryBySentence[s.index] = currentEntry;
    if (!point && /:\s*$/.test(original)) {
      const last = sd.dates[sd.dates.length - 1];
      listDate = last ? { value: last.value, text: last.text, resolved: last.resolved } : null;
    }
    dayBySentence[s.index] = lastDay;
    frameBySentence[s.index] = frame?.paragraph === paragraph ? { day: frame.day, from: frame.from } : null;
    if (opensParagraph) {
      const setting = sd.dates.find((d) => d.start - s.start <= FRAME_REACH && isDay(d.value));
      frame =
        setting && FRAME_LEAD.test(original.slice(0, setting.start - s.start)) && !heading && !entry
          ? { day: setting.value, from: s.index, paragraph }
          : null;
    }
    monthBySentence[s.index] = namedMonth;
    const clauses = clausesOf(doc, s.index);
    const inSentence: FactDraft[] = [];
    const byKey = new Map<string, FactDraft>();
    for (const rule of EVENT_RULES) {
      // Most rules cannot match most sentences: skip those without any literal the trigger needs.
      if (!mightMatch(rule.trigger, folded)) continue;
      if ((rule.context && !rule.context.test(folded)) || rule.unless?.test(folded)) continue;
      rule.trigger.lastIndex = 0;
      for (const m of folded.matchAll(rule.trigger)) {
        const first = tokenAt(doc, s.start + m.index, s.tokenStart, s.tokenEnd);
        const last = tokenAt(doc, s.start + m.index + m[0].length - 1, first, s.tokenEnd);
        const found = clauseAt(clauses, first);
        if (!found || insideName(tokens, first, s.tokenStart)) continue;
        // "could not reach the administration for comment on the escape": a note on sourcing.
        if (commentTopic(tokens, first) || lackedTopic(tokens, first, s.tokenStart)) continue;
        const clause = trimClause(tokens, found);
        // Modal words of the reporting frame ("asked not to be named") do not count.
        const reported = reportedStart(tokens, clause, first);
        // A measure offered or proposed is not taken; a mediation or talks offered are the offer's
        // own news, a diplomatic act ("Damascus has offered to mediate").
        const offered =
          rule.kind === "countermeasure" &&
          !rule.tags.includes("diplomacy") &&
          offeredTo(tokens, reported, first);
        const told = offered
          ? "hypothetical"
          : modalityOf(tokens, reported, first, rule.kind === "countermeasure");
        // "additional thermal cameras would be switched to storm mode from Monday", "new towers
        // will be built": a means of defence named as the subject of what is still to come is no
        // measure in effect, and the day of its clause is the day it is to come, not a day it had.
        const toCome = told === "asserted" && rule.itemized === true && toComeAfter(tokens, last);
        const modality = toCome ? "hypothetical" : told;
        // "We are concerned by the escape from the prison on 9 January", "thinner than at any time
        // since the Ghwayran attack in January 2022": a definite singular noun with a date of its
        // clause names one past happening, whatever the tense of the verb it hangs on.
        const named =
          definiteSingular(tokens, clause.first, first) &&
          sd.dates.some(
            (d) => d.start >= (tokens[clause.first]?.start ?? 0) && d.end <= (tokens[clause.last]?.end ?? 0),
          );
        const standing =
          rule.hostile &&
          (modality === "hypothetical" || (!named && isStandingActivity(tokens, clause.first, first)));
        // "In late 2025 she organized the smuggling of 14 women out of the camp": a threat's
        // activity done once, on a date, by the one who ran it, is a past happening.
        const done =
          rule.kind === "threat" &&
          modality === "asserted" &&
          ["the", "a", "an"].includes(tokens[first - 1]?.norm ?? "") &&
          RAN_IT.test(tokens[first - 2]?.norm ?? "") &&
          sd.dates.some(
            (d) => d.start >= (tokens[clause.first]?.start ?? 0) && d.end <= (tokens[clause.last]?.end ?? 0),
          );
        const kind = standing ? "threat" : done ? "event" : rule.kind;
        // A measure told as out of action ("the cameras were out of service") is not in effect.
        const inEffect =
          kind !== "countermeasure" || !isOutOfAction(tokens, first, clause.last, s.tokenEnd - 1);
        // A threat is the whole proposition ("the families ... could bring the ideology back").
        // The happening done is told by its clause ("she organized the smuggling ..."), not the noun.
        const nominal =
          kind === "threat" || done ? null : nominalSpan(tokens, clause, first, last, rule.attack);
        if (nominal && kind === "event") entryTells(tokens, clauses, nominal);
        let clauseEnd = clause.last;
        while (clauseEnd > first && TRAILING_PUNCT.has(tokens[clauseEnd]?.text ?? "")) clauseEnd--;
        // "The coalition's mission is due to end this month under the 2024 agreement": an accord
        // named after "under" is cited with what it governs, the clause that names it.
        const governs =
          nominal !== null &&
          tokens[nominal[0] - 1]?.norm === "under" &&
          ACCORD_HEADS.has(tokens[last]?.norm ?? "") &&
          nominal[0] > clause.first;
        const relative = reducedRelativeSpan(tokens, sd, first, last);
        const span = rule.itemized
          ? [first, last]
          : relative
            ? relative
            : governs
              ? [reportedStart(tokens, clause, first), clauseEnd]
              : (nominal ?? [reportedStart(tokens, clause, first), clauseEnd]);
        // "the Asayish foiled an escape attempt at the camp: two women ... were found hidden in a
        // tanker", "a car was stopped at a false checkpoint; the driver was released after two
        // hours": what follows a colon or semicolon tells how the happening ended.
        if (kind === "event" && !rule.itemized && !relative && (!nominal || governs))
          withOutcome(tokens, span as [number, number], s.tokenEnd);
        const key = `${kind}:${span[0]}:${span[1]}`;
        const existing = byKey.get(key);
        const fact: FactDraft = existing ?? {
          kind,
          sentence: s.index,
          first: span[0] as number,
          trigger: first,
          last: span[1] as number,
          rule,
          // Out of action in an opening if-clause ("If the wall is not extended, ...") is supposed
          // too; a measure lost in a consequence ("could not secure the prisons if they lost US
          // support") is still one that fails.
          modality: inEffect || inOpeningCondition(tokens, first) ? modality : "negated",
          entities: new Set(),
          tags: new Set(),
          ...(relative && tokens[relative[0]]?.norm === "the" ? { cited: true } : {}),
        };
        for (const tag of rule.tags) fact.tags.add(tag);
        // Who did a measure is usually outside the noun naming it: take the clause's entities.
        const scope =
          rule.itemized || (nominal && kind === "countermeasure")
            ? clause
            : { first: fact.first, last: fact.last };
        for (let k = scope.first; k <= scope.last; k++) {
          const owner = owners.get(k);
          if (owner) fact.entities.add(owner);
        }
        // "The Islamic State group, which overran swathes of Iraq": the relative clause's subject.
        const antecedent = RELATIVE_WORDS.has(tokens[found.first]?.norm ?? "")
          ? clauses[clauses.indexOf(found) - 1]
          : undefined;
        if (antecedent && scope.first <= found.first + 1)
          for (let k = antecedent.first; k <= antecedent.last; k++) {
            const owner = owners.get(k);
            if (owner && relativeSubject(owner, tokens[found.first]?.norm)) fact.entities.add(owner);
          }
        // "The ministry said that it had arrested ...": the pronoun is the speaker, a few words back.
        // "The Asayish representative … said his forces would search the annex": the forces of a
        // body's spokesman are that body's.
        if (
          !existing &&
          (PRONOUN_SUBJECTS.has(tokens[fact.first]?.norm ?? "") ||
            (["his", "her"].includes(tokens[fact.first]?.norm ?? "") &&
              SPOKESMAN_FORCES.has(tokens[fact.first + 1]?.norm ?? "")))
        )
          for (let k = Math.max(s.tokenStart, fact.first - SPEAKER_WINDOW); k < fact.first; k++) {
            const owner = owners.get(k);
            if (owner?.type === "organization") fact.entities.add(owner);
          }
        // "An Asayish officer told reporters that two women had been detained": a measure told in
        // the passive by a body's spokesman is that body's.
        if (
          !existing &&
          kind === "countermeasure" &&
          fact.first > clause.first &&
          isPassive(tokens, fact.first, first)
        ) {
          let told = false;
          for (let k = Math.max(clause.first, fact.first - SPEAKER_WINDOW); k < fact.first; k++) {
            const owner = owners.get(k);
            if (owner?.type === "organization") fact.entities.add(owner);
            told ||= owner?.type === "organization";
          }
          // "A police officer, who asked not to be named, told the Observer that two men had been
          // detained": an unnamed officer of the police speaks for the one police force the story
          // names ("according to the Tuz Khurmatu police").
          const force = told ? undefined : policeOfficer(tokens, clause.first, fact.first, owners);
          if (force) fact.entities.add(force);
        }
        for (const tag of entityTags(tokens, fact, owners, first, rule)) fact.tags.add(tag);
        // "ISIS fighters ... set fire to the council building": arson by a jihadist group named as
        // its author is that group's attack, not a riot.
        if (
          rule.id === "riot" &&
          ARSON_WORDS.has(tokens[first]?.norm ?? "") &&
          !fact.tags.has("detention-facility") &&
          !tokens.slice(fact.first, fact.last + 1).some((t) => CAPTIVE_WORDS.has(t.norm)) &&
          [...fact.entities].some((e) => e.lexicon?.kind === "jihadist") &&
          jihadistAuthor(tokens, fact, owners, first)
        ) {
          fact.rule = INSURGENT_ARSON;
          fact.tags.delete("riot");
          fact.tags.add("insurgent-attack");
        }
        if (!existing) {
          const clauseRange = { start: tokens[clause.first]?.start ?? 0, end: tokens[clause.last]?.end ?? 0 };
          const statement = rule.cameo?.code.startsWith("01") ?? false;
          // "counted 40 raids since January, including the looting of a depot on 2 May": a
          // happening named after "including" with a day of its own within its phrase is one
          // instance of the count, dated by that day, not by the count's period.
          const instanceDay =
            nominal && span === nominal && tokens[nominal[0] - 1]?.norm === "including"
              ? sd.dates.find(
                  (d) =>
                    /^\d{4}-\d{2}-\d{2}$/.test(d.value) &&
                    d.start >= (tokens[nominal[0]]?.start ?? 0) &&
                    d.end <= (tokens[nominal[1]]?.end ?? 0),
                )
              : undefined;
          const date = instanceDay
            ? { value: instanceDay.value, text: instanceDay.text, resolved: instanceDay.resolved }
            : factDate(
                sd,
                clauseRange,
                tokens[first]?.start ?? 0,
                doc.publishedAt,
                modality,
                statement,
                tokens[fact.last]?.end,
              );
          // "has killed nearly 4,100 people since 2019": a count over a period (a quantity), not an event.
          if (
            kind === "event" &&
            date &&
            isCumulative(tokens, clause, date.value, sd.folded, s.start, date.text)
          )
            continue;
          // "have foiled 78 smuggling attempts since January 1": a tally of measures, not one measure.
          // Built works are not tallied: "has completed about 380 kilometres of the wall since 2023" is the wall.
          // Nor is support counted by the men it reached: "has trained more than 4,000 Peshmerga since
          // 2015" is the training, one support kept up over the years.
          const works = rule.tags.some(
            (t) => t === "fortification" || t === "surveillance" || t === "partner-support",
          );
          if (kind === "countermeasure" && !works && tallied(sd, clauseRange, tokens, clause, date)) continue;
          // The instance is cited with the count it belongs to, which tells what kind of happening
          // it was and where ("40 raids on farms north of the city ..., including ...").
          if (instanceDay) fact.first = Math.min(fact.first, reportedStart(tokens, clause, first));
          if (date && yearTally(tokens, clause, date.text ?? "", s.start)) fact.tally = true;
          // "It was the fifth mortar attack on the base this year": a happening numbered within a
          // period is a count of that period (the happening itself is told with its own day).
          else if (
            date &&
            !/^\d{4}-\d{2}-\d{2}$/.test(date.value) &&
            ORDINAL_OF_PERIOD.test(sd.folded.slice(clauseRange.start - s.start, clauseRange.end - s.start))
          )
            fact.tally = true;
          // "jamming has been reported on and off since 2024": a happening told as recurring over
          // the period it is counted from is no happening of one day; the fact stays, undated.
          else if (
            date &&
            /^since\b/i.test(date.text ?? "") &&
            RECURRING.test(sd.folded.slice(clauseRange.start - s.start, clauseRange.end - s.start))
          )
            fact.tally = true;
          else if (date && !toCome) {
            fact.date = date;
            if (!statement && sd.speech.some((d) => d.text === date.text && d.value === date.value))
              fact.byStatement = true;
          }
          inSentence.push(fact);
          byKey.set(key, fact);
        }
      }
    }
    attachOrphanClauses(clauses, inSentence, owners, (c) => tokens[c.first]?.norm ?? "");
    dropBareReferences(inSentence, tokens);
    for (const fact of inSentence) {
      const span = spanText(doc, fact.first, fact.last);
      for (const tag of keywordTags(span, fact.kind))
        if (tag !== "detention-facility" || !folkCamp(span, spanText(doc, s.tokenStart, fact.last)))
          fact.tags.add(tag);
      // "Gunmen held a petrol station for two hours before withdrawing": the raiders leave what they
      // took; no force withdraws.
      if (HIT_AND_RUN_RAID.test(foldChars(spanText(doc, fact.first, fact.last))))
        fact.tags.delete("troop-withdrawal");
      // "A group of detainees ... tried to break the door of their hall, and our units contained them":
      // a measure that holds "them" in check holds the detainees the sentence named before it.
      if (
        fact.kind === "countermeasure" &&
        fact.first > s.tokenStart &&
        HELD_IN_CHECK.test(spanText(doc, fact.first, fact.last)) &&
        DETAINEES.test(spanText(doc, s.tokenStart, fact.first - 1))
      )
        fact.tags.add("detention-facility");
      // "US forces are due to remain ... until September 2026 under an agreement with Baghdad": an
      // accord that sets the forces' departure is a withdrawal.
      const around = fact.tags.has("diplomacy") ? clauseAt(clauses, fact.first) : undefined;
      if (
        around &&
        keywordTags(spanText(doc, around.first, around.last), fact.kind).includes("troop-withdrawal")
      )
        fact.tags.add("troop-withdrawal");
      // "will keep training the Peshmerga after the end of the coalition mission": the end told as
      // the time of something else is an event of its day, not news of a withdrawal.
      if (
        fact.kind === "event" &&
        /^(?:after|beyond|following|past)$/.test(tokens[fact.first - 1]?.norm ?? "") &&
        /^(?:the )?(?:end|ending|conclusion) of\b/i.test(spanText(doc, fact.first, fact.last))
      )
        fact.tags.delete("troop-withdrawal");
      // "withdrawing towards the Syrian side": a side is a side of a border. So is a line crossed
      // "undetected": "no escapee who had crossed that sector undetected", a crossing that evades
      // a guarded line.
      if (
        fact.kind !== "event" &&
        /\b(?:borders?|frontier|(?:syrian|iraqi|jordanian|turkish|lebanese) side|cross(?:ed|es|ing)? (?:[\w'’-]+ ){0,3}?undetected)\b/.test(
          folded,
        )
      )
        fact.tags.add("border-security");
    }
    dropCoveredItems(inSentence);
    // Untagged: a happening no rule names is for the timeline, and bears on no theme by itself.
    inSentence.push(...occurrences(doc, clauses, inSentence, owners, sd, entry !== null));
    inSentence.push(...namedEvents(doc, s.tokenStart, s.tokenEnd, inSentence, owners, sd));
    if (entry) inSentence.push(...entryHappening(doc, clauses, inSentence, owners, sd, entry));
    // "Thu 19 Nov, 22:15 — Dibis checkpoint. Police stopped a van …": when the entry's head names
    // only a place, its first sentence tells the entry's happening.
    else if (headedBy && !opensParagraph)
      inSentence.push(...entryHappening(doc, clauses, inSentence, owners, sd, headedBy, s.tokenStart));
    headedBy = entry && placeHead(original, sd) ? entry : null;
    inSentence.push(...splitAtCountedDate(doc, inSentence, owners, sd));
    inSentence.push(...toldOnTwoDays(doc, inSentence, sd));
    inSentence.push(...splitCoordinatedDates(doc, inSentence, owners, sd));
    // What an entry led by its day reports happened that day, whatever it refers back to
    // ("after two cases were reported in the convoy of 3 March").
    if (entry)
      for (const f of inSentence) if (f.kind !== "threat" && f.modality === "asserted") f.date = { ...entry };
    // "the minister has approved the following measures, which take effect from today:": the
    // line that opens a list is dated by the date it gives, as the points under it are.
    const opens = !point && /:\s*$/.test(original) ? listDate : null;
    if (opens)
      for (const f of inSentence)
        if (!f.date && f.kind === "countermeasure" && f.modality === "asserted") f.date = { ...opens };
    // "The ministry said in a statement the next day that the rockets had been fired from a field":
    // a happening dated only by the day a statement told it gives no day of the attack.
    for (const f of inSentence)
      if (isViolence(f) && f.modality === "asserted" && isDay(f.date?.value) && !f.byStatement)
        last.attack = f.date?.value ?? null;
    facts.push(...inSentence);
  }
  dateSections(doc, facts, sectionBySentence);
  // A numbered point with no date of its own happened when the line that lists it says.
  for (const f of facts) {
    const day = listBySentence[f.sentence];
    if (day && !f.date && f.kind !== "threat" && f.modality === "asserted") f.date = { ...day };
  }
  if (doc.publishedAt) dateLiveEntries(doc, facts, doc.publishedAt);
  if (news && doc.publishedAt) {
    const newsDay = dayBySentence.find((d) => d !== null && recentDay(d, doc.publishedAt)) ?? null;
    dateFollowOns(doc, facts, doc.publishedAt, dayBySentence, monthBySentence, newsDay, frameBySentence);
  }
  dayOfTheAccount(doc, facts);
  dayOfTheReportedPast(doc, facts);
  dayOfTheNextTelling(doc, facts);
  joinOutcomes(doc, facts);
  joinCarryOns(doc, facts);
  joinMeasuresAtTheScene(doc, facts);
  joinDisposals(doc, facts);
  joinCauses(doc, facts);
  joinSeizedLists(doc, facts);
  joinCoordinatedMeasures(doc, facts);
  const kept = oneEntryPerSpan(
    foldRetold(doc, mergeSameEvents(doc, dropHeadlineEchoes(doc, facts), entryBySentence, labelHeads)),
  );
  citedAgain(doc, kept);
  resolveSubjects(doc, kept, owners);
  placeOfWhatItCaused(doc, kept, owners);
  placeOfWhere(doc, kept, owners);
  victimsOfTheSame(doc, kept, owners);
  restOfTheCount(doc, kept);
  dayOfTheNamedHappening(doc, kept);
  return kept;
}

/**
 * "Police detained a man at his home in Taza. … Acting on information from the man detained the
 * day before, police dug up a cache": a definite noun's reduced relative that cites a happening an
 * earlier sentence told, by the same verb on the same day, points back to it. It stays a fact, but
 * undated: the timeline prints the happening once, where it was told.
 */
function citedAgain(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (!f.cited || !f.date) continue;
    const verb = tokens[f.trigger]?.norm;
    const told = facts.some(
      (g) =>
        g !== f &&
        g.sentence < f.sentence &&
        g.kind === f.kind &&
        tokens[g.trigger]?.norm === verb &&
        g.date?.value === f.date?.value,
    );
    if (told) f.date = undefined;
  }
}

/** "a fourth", "another", "two others": a subject whose noun is left out, the one of the group just counted. */
const ELIDED_MEMBER =
  /^(?:(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|another|(?:two|three|four|five) others|the others?) (?:was|were|had been|has been|have been|died)\b/i;

/**
 * "Police arrested three suspects in a farm north of the town, and a fourth was killed in a clash
 * on Sunday": a clause whose subject leaves its noun out ("a fourth") tells of one more of the
 * group the clause before it in the sentence counted; that clause's people and places are its
 * own too. A subject with its noun ("a fourth policeman was killed") tells of its own.
 */
function restOfTheCount(doc: Doc, facts: FactDraft[]): void {
  for (const f of facts) {
    if (f.kind !== "event") continue;
    const from = doc.tokens[f.first]?.start ?? 0;
    const words = doc.text.slice(from, from + 60);
    if (!ELIDED_MEMBER.test(words)) continue;
    const group = facts
      .filter((g) => g !== f && g.sentence === f.sentence && g.last < f.first)
      .sort((a, b) => b.last - a.last)[0];
    if (!group) continue;
    for (const e of group.entities) f.entities.add(e);
  }
}

/** "killed in the ambush", "wounded during the attack": the toll of a happening named by its definite noun. */
const IN_THE_HAPPENING =
  /\b(?:in|during) the (ambush|attack|assault|blast|explosion|bombing|raid|shelling|strike)\b(?!\s+(?:of|on|in|at|near)\b)/i;
/** How many sentences back the happening "the ambush" names may have been told. */
const NAMED_BACK = 10;

/**
 * "… the morning after Sunday night's ambush on an army convoy. … Five soldiers were killed and
 * four wounded in the ambush.": a toll told "in the ambush", in a sentence that names no day of
 * its own, is of the ambush the story told a few sentences before, and takes its day (not a
 * month the paragraph named for something else). The noun must be the same ("in the attack" is
 * not dated by an ambush), and its happening dated to the day.
 */
function dayOfTheNamedHappening(doc: Doc, facts: FactDraft[]): void {
  for (const f of facts) {
    if (f.kind !== "event" || (f.date?.text ?? "") !== "") continue;
    const from = doc.tokens[f.first]?.start ?? 0;
    const to = doc.tokens[f.last]?.end ?? from;
    const noun = IN_THE_HAPPENING.exec(doc.text.slice(from, to))?.[1]?.toLowerCase();
    if (!noun) continue;
    const s = doc.sentences[f.sentence];
    if (!s || doc.tokens.slice(s.tokenStart, s.tokenEnd).some((t) => t.kind === "num")) continue;
    const named = new RegExp(`\\b${noun}\\b`, "i");
    const told = facts
      .filter(
        (g) =>
          g.kind === "event" &&
          g.sentence < f.sentence &&
          g.sentence >= f.sentence - NAMED_BACK &&
          isDay(g.date?.value) &&
          named.test(doc.text.slice(doc.tokens[g.first]?.start ?? 0, doc.tokens[g.last]?.end ?? 0)),
      )
      .sort((a, b) => b.sentence - a.sentence)[0];
    if (told?.date) f.date = { ...told.date };
  }
}

/** Happenings that can stand for the one told just before: "The attack came shortly after 10pm". */
const RETELLING_NOUNS = new Set(
  "attack assault ambush blast explosion bombing shooting shelling strike raid killing".split(" "),
);

/** Words after the noun that give it a target or place of its own: another happening. */
const RETELLING_QUALIFIERS = new Set(["on", "of", "in", "at", "near", "against", "by"]);

/**
 * "… have cancelled Saturday's closing concert after a grenade was thrown into a music shop. The
 * attack came shortly after 10pm on Tuesday.": a violent happening told with no day of its own,
 * then named by its definite noun as the very next sentence opens, dated there to a day, happened
 * that day. Not past a sentence about another happening ("In a separate attack on Sunday …"),
 * nor when the happening had a day of its own.
 */
function dayOfTheNextTelling(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind !== "event" || !isViolence(f) || f.modality !== "asserted" || f.date?.text) continue;
    const next = doc.sentences[f.sentence + 1];
    if (!next || tokens[next.tokenStart]?.norm !== "the") continue;
    if (!RETELLING_NOUNS.has(tokens[next.tokenStart + 1]?.norm ?? "")) continue;
    // "The attack on the checkpoint at Tuz on 3 February": a noun given its own target is another.
    if (RETELLING_QUALIFIERS.has(tokens[next.tokenStart + 2]?.norm ?? "")) continue;
    if (ANOTHER_HAPPENING.test(doc.text.slice(next.start, next.end))) continue;
    const telling = facts.find(
      (g) =>
        g !== f &&
        g.sentence === f.sentence + 1 &&
        g.kind === "event" &&
        g.modality === "asserted" &&
        g.first <= next.tokenStart + 1 &&
        Boolean(g.date?.text) &&
        isDay(g.date?.value) &&
        (!f.date || (g.date?.value ?? "").startsWith(f.date.value)),
    );
    if (telling?.date) f.date = { ...telling.date };
  }
}

/** How many sentences after a statement's lead its own account of the happening may come. */
const ACCOUNT_AFTER = 2;
/** How many days before the statement's day the happening it reports may be. */
const ACCOUNT_DAYS = 3;
/** A sentence that tells another happening than the one before it. */
const ANOTHER_HAPPENING =
  /\b(?:another|separate|separately|earlier|previous|second|also|meanwhile|elsewhere)\b/i;

/**
 * "Four guards were killed when gunmen attacked a checkpoint, the ministry said on Tuesday. The
 * gunmen opened fire on the checkpoint shortly before midnight on Monday, …": a lead dated only
 * by the day a statement told it is dated by the day the account right after it gives the same
 * happening, when that day is a few days before the statement's (a happening is told after it
 * happened). The same happening: both are violence, or of one family, or the account names it
 * by its noun ("The operation began late on Monday"). A sentence about another happening ("In a
 * separate attack on Sunday …") gives it no day. A statement told after its account is left alone.
 */
function dayOfTheAccount(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (!f.byStatement || f.modality !== "asserted" || f.kind === "threat") continue;
    const told = f.date?.value ?? "";
    if (!isDay(told)) continue;
    const account = facts.find((g) => {
      if (g === f || g.byStatement || g.kind === "threat" || g.modality !== "asserted") return false;
      if (g.sentence <= f.sentence || g.sentence > f.sentence + ACCOUNT_AFTER) return false;
      const day = g.date?.value ?? "";
      if (!isDay(day) || day >= told || Date.parse(told) - Date.parse(day) > ACCOUNT_DAYS * 86_400_000)
        return false;
      const sentence = doc.sentences[g.sentence];
      if (!sentence || ANOTHER_HAPPENING.test(doc.text.slice(sentence.start, sentence.end))) return false;
      const named =
        tokens[g.first]?.norm === "the" && EVENT_NOUNS.has(singular(tokens[g.first + 1]?.norm ?? ""));
      return (isViolence(f) && isViolence(g)) || familyOf(f) === familyOf(g) || named;
    });
    if (account?.date) f.date = { ...account.date };
  }
}

/** Verbs that report what a statement said happened: "said …", "announced …". */
const REPORTING = new Set(["said", "announced", "stated", "reported", "confirmed", "told", "added"]);
/** How many words after its verb may name what a happening was done to. */
const OBJECT_WORDS = 3;
/** Words too common to tell two tellings of one happening apart. */
const NOT_TELLING = new Set(
  "the a an of and or in on at to from for with by as its their his her into near that this was were had been has have".split(
    " ",
  ),
);

/**
 * "On Sunday night he sent five voice notes as gunmen attacked his village. … The Security Media
 * Cell said in a statement on Monday that gunmen had attacked a village guard post, killing one
 * guard.": a happening a dated statement reports in the pluperfect happened before the statement.
 * When the story has already told a violent happening on a day a few days before the statement's,
 * the last one it told, with a word of its own in common (the village, the post), the report
 * retells it: it takes that day, not the statement's. A report of another happening ("a separate
 * attack"), or one the story told of no day, is left alone.
 */
function dayOfTheReportedPast(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  // What the verb was done to: the words right after it ("had attacked a village guard post").
  const object = (f: FactDraft) => {
    const out = new Set<string>();
    for (let k = f.trigger + 1; k <= Math.min(f.last, f.trigger + OBJECT_WORDS); k++) {
      const t = tokens[k];
      if (t?.kind === "word" && t.norm.length > 3 && !NOT_TELLING.has(t.norm)) out.add(t.norm);
    }
    return out;
  };
  for (const f of facts) {
    if (f.kind !== "event" || !isViolence(f) || f.modality !== "asserted" || !f.date?.text) continue;
    const told = f.date.value;
    if (!isDay(told) || tokens[f.trigger - 1]?.norm !== "had") continue;
    const s = doc.sentences[f.sentence];
    if (!s || ANOTHER_HAPPENING.test(doc.text.slice(s.start, s.end))) continue;
    // The statement's day and its verb of saying, then "that", before the happening it reports.
    const lead = tokens.slice(s.tokenStart, f.trigger);
    const dateAt = doc.text.indexOf(f.date.text, s.start);
    const said = lead.findIndex((t) => REPORTING.has(t.norm));
    if (dateAt < 0 || dateAt >= (tokens[f.trigger]?.start ?? 0)) continue;
    if (said < 0 || !lead.slice(said).some((t) => t.norm === "that")) continue;
    const mine = object(f);
    const before = facts
      .filter((g) => {
        if (g === f || g.sentence >= f.sentence || g.kind !== "event" || !isViolence(g)) return false;
        const day = g.date?.value ?? "";
        if (!isDay(day) || day >= told || Date.parse(told) - Date.parse(day) > ACCOUNT_DAYS * 86_400_000)
          return false;
        // Told by the same verb ("attacked" … "had attacked"): a response told after an attack
        // ("its forces had killed two of the attackers") is another happening.
        if (tokens[g.trigger]?.norm !== tokens[f.trigger]?.norm) return false;
        return [...object(g)].some((w) => mine.has(w));
      })
      .sort((a, b) => b.sentence - a.sentence || b.first - a.first)[0];
    if (!before?.date) continue;
    // One happening, one entry: the report (where, and its toll) is printed on the day the story
    // gave it; the first telling stays a fact, undated, as a later telling folded into an entry does.
    f.date = { ...before.date };
    before.date = undefined;
  }
}

/** "in the same blast", "in the same attack": a sentence pointing back to the happening just told. */
const THE_SAME_HAPPENING =
  /\b(?:in|during|by) the same (?:blast|explosion|attack|ambush|strike|bombing|shelling|incident|shooting)\b/i;
/** Sentences back in which the happening "the same blast" points to may have been told. */
const SAME_BACK = 2;

/**
 * "… his nephew Yasser was killed by a landmine near the pumping station. Ahmad lost his left foot
 * in the same blast.": the people a sentence tells were hurt "in the same blast" take part in the
 * violent happening of the sentences just before it, which carries no entry of its own for them.
 */
function victimsOfTheSame(doc: Doc, facts: FactDraft[], owners: Map<number, EntityDraft>): void {
  for (const s of doc.sentences) {
    if (!THE_SAME_HAPPENING.test(doc.text.slice(s.start, s.end))) continue;
    const before = facts.filter(
      (f) => f.kind === "event" && isViolence(f) && f.sentence < s.index && f.sentence >= s.index - SAME_BACK,
    );
    const target = before[before.length - 1];
    if (!target || facts.some((f) => f.sentence === s.index && f.kind === "event" && isViolence(f))) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const owner = owners.get(k);
      if (owner && owner.type !== "place" && owner.type !== "facility") target.entities.add(owner);
    }
  }
}

/**
 * "Our first caller is from Rutba, where a truck driver was kidnapped on Tuesday night": a
 * happening told in a clause that "where" opens right after a named place took place there; the
 * place is the happening's, though it stands outside the clause.
 */
function placeOfWhere(doc: Doc, facts: FactDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind !== "event") continue;
    let k = f.first - 1;
    if (tokens[k]?.norm !== "where" || tokens[k]?.sentence !== f.sentence) continue;
    k--;
    if (tokens[k]?.text === ",") k--;
    const owner = owners.get(k);
    if (owner && (owner.type === "place" || owner.type === "facility")) f.entities.add(owner);
  }
}

/** Lines of an article's head where a headline stands. */
const HEAD_LINES = 4;

/**
 * "Ghwayran prison: what we know about Wednesday's breakout attempt", over a body that tells the
 * attempt "on Wednesday night": a headline's happening, dated by its own words, that a fact of the
 * body tells again on the same day is the same happening — the timeline prints the body's (a
 * headline's year or month, "the deadliest this year", is no day of a happening).
 * A headline is a line of its own among the head's first lines, with no full stop (nor colon); a
 * question mark may close it.
 */
function dropHeadlineEchoes(doc: Doc, facts: FactDraft[]): FactDraft[] {
  const { text } = doc;
  const head: number[] = [];
  let at = 0;
  while (head.length < HEAD_LINES && at < text.length) {
    const end = lineEnd(text, at);
    if (text.slice(at, end).trim() !== "") head.push(at);
    at = end + 1;
  }
  const headline = (f: FactDraft) => {
    const s = doc.sentences[f.sentence];
    if (!s || !head.includes(lineStart(text, s.start))) return false;
    const line = text.slice(lineStart(text, s.start), lineEnd(text, s.start)).trim();
    // A line that ends in a colon opens what follows it ("... with the following results:").
    // "Road after the Sunday night attack?": a headline may ask what its story answers.
    return line === text.slice(s.start, s.end).trim() && !/[.!:"”’]$/.test(line);
  };
  return facts.filter(
    (f) =>
      !(
        (f.kind === "event" || f.kind === "countermeasure") &&
        f.date?.text &&
        isDay(f.date.value) &&
        headline(f) &&
        facts.some(
          (g) =>
            g !== f &&
            g.kind === f.kind &&
            g.sentence > f.sentence &&
            g.date?.value === f.date?.value &&
            !headline(g),
        )
      ),
  );
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end;
}

/**
 * Who a relative clause tells of: a person or a body ("the SDF, which took the town"), and
 * after "which" a facility too ("The al-Qaim crossing, which reopened in September 2019").
 */
function relativeSubject(owner: EntityDraft, word: string | undefined): boolean {
  return (
    owner.type === "person" ||
    owner.type === "organization" ||
    (word === "which" && owner.type === "facility")
  );
}

interface Narrative {
  year: number;
  paragraph: number;
  /** The flashback was told by a day ("On 20 January 2022"), not a month only. */
  day: boolean;
  /** The month of that day ("06"), when it was told by a day. */
  month?: string;
}
/** A month or season named without its year: "in August", "in early March", "in the spring". */
const BARE_MONTH =
  /^(?:in\s+)?(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*\.?$/i;
/**
 * A day of a month named without its year or weekday: "on 26 January", "January 26th". After "On
 * the evening of 20 January 2022, ..." in the same paragraph it is of 2022, as a bare month is.
 */
const BARE_DAY =
  /^(?:on\s+)?(?:the\s+)?(?:(?:night|evening|morning|afternoon|eve)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/i;
/** "the following spring", "the next summer": the season after the year last named. */
const FOLLOWING_SEASON = /\b(?:the )?(?:following|next) (spring|summer|autumn|fall)\b/gi;
const SEASON_RANGE: Record<string, [string, string]> = {
  spring: ["03", "05"],
  summer: ["06", "08"],
  autumn: ["09", "11"],
  fall: ["09", "11"],
};
/** Years before the publication a paragraph must tell for its bare months to be of that year. */
const NARRATIVE_GAP = 2;

/**
 * A feature's flashback: "The battle for Raqqa began in June 2017. … He was killed by a sniper's
 * bullet in August." A month or season (or a day of a month) named without its year, in a paragraph whose last dated
 * sentence told a month of a year at least two years before publication, is of that year, not of the
 * publication's; "the following spring" is the spring after the year last named. Rewrites the
 * sentence's dates in place and returns the paragraph's narrative year after this sentence.
 */
function narrativeDates(
  sd: SentenceDates,
  before: Narrative | null,
  paragraph: number,
  publishedAt: string | null,
  lastYear: string | null,
): Narrative | null {
  const pubYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  if (pubYear === null) return null;
  let narrative = before?.paragraph === paragraph ? before : null;
  // "His memoir begins on 6 June 2014 … ¶ He recalls the order he received on the night of 9
  // June": a flashback told by a day goes on in the paragraphs after it, for days of its own
  // month, until another dated sentence tells another time.
  const carried = before && before.paragraph !== paragraph && before.day && before.month ? before : null;
  let dated = false;
  if (lastYear && Number(lastYear) <= pubYear - NARRATIVE_GAP)
    for (const m of sd.folded.matchAll(FOLLOWING_SEASON)) {
      const at = sd.start + m.index;
      if (sd.dates.some((d) => d.start < at + m[0].length && at < d.end)) continue;
      const [a, b] = SEASON_RANGE[(m[1] ?? "").toLowerCase()] ?? ["01", "12"];
      const y = Number(lastYear) + 1;
      const text = sd.original.slice(m.index, m.index + m[0].length);
      sd.dates.push({ start: at, end: at + m[0].length, text, value: `${y}-${a}/${y}-${b}`, resolved: true });
    }
  sd.dates.sort((x, y) => x.start - y.start);
  // A day without its year follows a flashback told by a day: after "since the fall of Assad in
  // December 2024", "reopened on Jan. 6" is of the publication's time.
  const yearless = (d: DateExpression) =>
    d.resolved &&
    (BARE_MONTH.test(d.text.trim()) || (narrative?.day === true && BARE_DAY.test(d.text.trim())));
  const inYear = (d: DateExpression, year: number) => {
    d.value = d.value
      .split("/")
      .map((v, i, all) => {
        // "in the winter": December of the year, then the next year's months.
        const shift = i > 0 && (all[0] ?? "") > v ? 1 : 0;
        return `${year + shift}${v.slice(4)}`;
      })
      .join("/");
  };
  // "the SDF announced on 26 January that it had regained full control": a statement's day told
  // in the flashback is of the flashback's year too.
  if (narrative) for (const d of sd.speech) if (yearless(d)) inYear(d, narrative.year);
  for (const d of sd.dates) {
    if (yearless(d) && narrative) {
      inYear(d, narrative.year);
      continue;
    }
    if (
      carried &&
      !narrative &&
      !dated &&
      d.resolved &&
      BARE_DAY.test(d.text.trim()) &&
      d.value.slice(5, 7) === carried.month
    ) {
      inYear(d, carried.year);
      narrative = { ...carried, paragraph };
      continue;
    }
    if (!/^\d{4}/.test(d.value)) continue;
    const year = Number(d.value.slice(0, 4));
    // "… on 6 June 2014, … and ends four days later": a day counted from the flashback's keeps it.
    if (d.resolved && narrative?.day && year === narrative.year && !BARE_MONTH.test(d.text.trim())) continue;
    dated = true;
    const lead = sd.folded.slice(Math.max(0, d.start - sd.start - 8), d.start - sd.start);
    if (PERIOD_LEAD.test(lead)) continue;
    // "at its peak in 2019", "as the prison had been in 2022": a year alone is an aside; a
    // month of a year ("began in June 2017") is the time the paragraph tells.
    const told = !d.resolved && /^\d{4}-\d{2}/.test(d.value) && year <= pubYear - NARRATIVE_GAP;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(d.value);
    narrative = told ? { year, paragraph, day, ...(day ? { month: d.value.slice(5, 7) } : {}) } : null;
  }
  return narrative ?? (dated ? null : carried);
}

/**
 * "Captain Ali Hussein Jabbar observed a pick-up truck … The driver detonated an explosive charge,
 * killing the captain": a definite noun that is the title a person was named with a few sentences
 * before ("Captain Ali …", "Sergeant Major Nadia …") points back to that person, who takes part in
 * the happening. The title must be written before the name, capitalised, as a rank or office is.
 */
function titledReferent(
  tokens: readonly Token[],
  f: FactDraft,
  owners: Map<number, EntityDraft>,
  from: number,
): void {
  for (let k = f.first + 1; k <= f.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap || t.norm.length < 4 || tokens[k - 1]?.norm !== "the" || owners.has(k))
      continue;
    for (let j = k - 2; j >= from; j--) {
      const title = tokens[j] as Token;
      if (!title.cap || title.norm !== t.norm) continue;
      // The name right after the title (or after a second word of it: "Sergeant Major Nadia").
      const owner = owners.get(j + 1) ?? owners.get(j + 2) ?? owners.get(j);
      if (owner?.type !== "person" || (owners.get(j + 2) === owner && !tokens[j + 1]?.cap)) continue;
      f.entities.add(owner);
      break;
    }
  }
}

/** "he", "the group", "the town": a subject that names its actor only by pointing back. */
const ANAPHORS: Record<string, EntityDraft["type"]> = {
  he: "person",
  she: "person",
  they: "organization",
  group: "organization",
  organisation: "organization",
  organization: "organization",
  town: "place",
  city: "place",
  village: "place",
};
const COUNTED_ON = /\b(?:later|earlier|after|before|next|following|previous)\b/i;
const ACTOR_PREPOSITIONS = new Set(["of", "by", "with", "from", "to", "for", "against", "at", "on", "in"]);
/** How many sentences back an actor pointed to may be named. */
const ANAPHOR_SENTENCES = 3;

/**
 * "In December 2016, when the group retook the town", "He was killed by a sniper in August": a
 * dated happening whose actor or place is told by a pronoun or "the group" / "the town" takes
 * the nearest entity of that kind named before it (not further back than three sentences), so its
 * entry names who and where. Only for what the fact does not already name an entity of that kind.
 */
function resolveSubjects(doc: Doc, facts: FactDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (!f.date || f.kind === "threat" || f.modality !== "asserted") continue;
    // "He was found two days later": a follow-on of what the sentence before told, not an entry.
    // "He was appointed to the sector four months later", "Two years later he returned": a
    // chapter of a life counted in months or years is the subject's, told on.
    if (
      COUNTED_ON.test(f.date.text ?? "") &&
      !/\b(?:months?|years?) (?:later|earlier)\b/i.test(f.date.text ?? "")
    )
      continue;
    const from = doc.sentences[Math.max(0, f.sentence - ANAPHOR_SENTENCES)]?.tokenStart ?? 0;
    titledReferent(tokens, f, owners, from);
    const wanted = new Set<EntityDraft["type"]>();
    // "… shells fell on the farm's sheds. He was killed at once": the pronoun opening the toll
    // told after the happening is one of its victims.
    const toll = tollOpening(doc, f);
    const words = toll === null ? range(f.first, f.last) : [...range(f.first, f.last), toll];
    for (const k of words) {
      const t = tokens[k] as Token;
      const type = ANAPHORS[t.norm];
      if (!type || owners.has(k)) continue;
      // "he", "they" as words; "group", "town" only after "the" ("the group", not "a group").
      const bare = t.norm === "he" || t.norm === "she" || t.norm === "they";
      if (!bare && tokens[k - 1]?.norm !== "the") continue;
      // "..., that he defected": a pronoun opening a "that" clause is its subject too.
      const opens =
        /^[,;]$/.test(tokens[k - 1]?.text ?? "") ||
        isClauseWord(tokens[k - 1]) ||
        tokens[k - 1]?.norm === "that";
      if (bare && k > f.first && k !== toll && !opens) continue;
      if (k === toll && !(bare && type === "person")) continue;
      if ([...f.entities].some((e) => e.type === type) || wanted.has(type)) continue;
      wanted.add(type);
      const gender = t.norm === "she" ? "female" : t.norm === "he" ? "male" : undefined;
      if (bare && type === "person" && soleBefore(owners, f, k, from, gender)) continue;
      for (let j = k - 1; j >= from; j--) {
        const owner = owners.get(j);
        if (!owner || owner.type !== type) continue;
        let start = j;
        while (owners.get(start - 1) === owner) start--;
        j = start;
        if (gender && owner.gender && owner.gender !== gender) continue;
        // "the town" is a town the article named, not a district or a desert.
        if (type === "place" && owner.lexicon?.kind !== "city") continue;
        // "backed by the air power of the US-led coalition": an actor is not named in a phrase
        // of another's.
        const lead = tokens[start - 1]?.norm === "the" ? tokens[start - 2] : tokens[start - 1];
        if (type !== "place" && ACTOR_PREPOSITIONS.has(lead?.norm ?? "")) continue;
        f.entities.add(owner);
        break;
      }
    }
  }
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The first token of the toll told in the sentence after a fact ("He was killed at once"), or null. */
function tollOpening(doc: Doc, f: FactDraft): number | null {
  if (f.outcomeLast === undefined) return null;
  const from = f.outcomeFirst ?? f.outcomeLast;
  const s = doc.sentences.find((x) => x.tokenStart <= from && from < x.tokenEnd);
  return s && s.index > f.sentence ? s.tokenStart : null;
}

/**
 * "Mahmoud Abdel-Qader A. … the accused … He entered Germany in 2019": a "he" or "she" whose
 * referent is named further back than the few sentences looked at is still the one person the
 * text has named before it, when it has named only one (of that gender). Adds that person to the
 * fact and says so; a text that named several leaves the pronoun to the nearer look-up.
 */
function soleBefore(
  owners: Map<number, EntityDraft>,
  f: FactDraft,
  k: number,
  from: number,
  gender: string | undefined,
): boolean {
  if (!gender) return false;
  let sole: EntityDraft | null = null;
  for (let j = k - 1; j >= 0; j--) {
    const owner = owners.get(j);
    if (owner?.type !== "person") continue;
    // Named within the look-back: the nearer look-up reads it.
    if (j >= from) return false;
    if (sole && owner !== sole) return false;
    sole = owner;
  }
  if (!sole || (sole.gender && sole.gender !== gender)) return false;
  f.entities.add(sole);
  return true;
}

/** Words after which a pronoun opens its clause: "when they", "after he", "and she". */
const CLAUSE_WORDS = new Set([
  "when",
  "after",
  "before",
  "until",
  "as",
  "and",
  "but",
  "while",
  "time",
  "then",
]);
function isClauseWord(t: Token | undefined): boolean {
  return t !== undefined && CLAUSE_WORDS.has(t.norm);
}

/** Words that end the noun phrase after "the": "The rockets that landed", "the clinic, run by". */
const PHRASE_END = new Set(
  `of in on at to from by with near that which who whose where when was were is are had has have
  would will last this next early late after before during since and or but`.split(/\s+/),
);

/**
 * Nouns that name a kind of happening: "the death of two members ... on the same day" may be
 * another death than the one told before; only a thing ("the rockets", "the clinic") ties.
 */
const EVENT_NOUNS = new Set(
  `death killing attack assault ambush strike clash fighting explosion blast bombing operation raid
  incident arrest seizure shelling attempt violence casualty toll fire`.split(/\s+/),
);

/** "The rockets that landed near the airport" → "rocket": the head noun of a definite phrase. */
function definiteHead(tokens: readonly Token[], f: FactDraft, verbEnds = false): string | null {
  let from = f.first;
  // "the shells that landed near the stadium ...": the phrase the relative clause hangs on.
  if (["that", "which"].includes(tokens[f.first - 1]?.norm ?? ""))
    for (let k = f.first - 2; k >= Math.max(0, f.first - 5); k--) {
      if (tokens[k]?.kind !== "word") break;
      if (tokens[k]?.norm === "the") {
        from = k;
        break;
      }
    }
  if (tokens[from]?.norm !== "the") return null;
  let head: string | null = null;
  let at = from;
  for (let k = from + 1; k <= Math.min(f.last, from + 5); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || PHRASE_END.has(t.norm)) break;
    // "the guards came before dawn": a happening no rule names is told by its verb, which ends
    // the subject's phrase (read so only against a telling dated by a span of days, below).
    if (verbEnds && k === f.trigger && f.rule.id === "occurrence") break;
    head = t.norm;
    at = k;
  }
  // "The road was closed for five hours yesterday afternoon after rockets fell near the
  // refinery": a subordinator between the phrase and the trigger opens the trigger's own clause,
  // so the phrase is a participant of the main clause (the road), not a telling of the happening.
  for (let k = at + 1; k < f.trigger; k++) if (SUBORDINATORS.has(tokens[k]?.norm ?? "")) return null;
  // "the Region had formed a committee", "the Ministry said": a definite name (its head written
  // with a capital) is an actor of the story, which takes part in many of its happenings; it
  // does not name one happening told again.
  if (tokens[at]?.cap && at > from) return null;
  const noun = head ? singular(head) : null;
  return noun && !EVENT_NOUNS.has(noun) && !TIME_NOUNS.has(noun) ? noun : null;
}

/**
 * "On Saturday night, a landmine killed two shepherds … The same night, government forces shelled
 * positions": a definite phrase that opens a sentence with a time ("the same night", "the next
 * morning") dates the happening; it names no thing of the one told before.
 */
const TIME_NOUNS = new Set(
  `day night morning afternoon evening dawn dusk hour week weekend month year time`.split(/\s+/),
);

/** Words that open a clause of time or cause under the main one. */
const SUBORDINATORS = new Set(["after", "before", "when", "because", "since", "while", "until", "following"]);

const singular = (w: string) => (w.length > 4 ? w.replace(/(?:ies)$/, "y").replace(/s$/, "") : w);

/** Whether the words of `f` hold `word` (singular or plural). */
function saysWord(tokens: readonly Token[], f: FactDraft, word: string): boolean {
  for (let k = f.first; k <= f.last; k++) if (singular(tokens[k]?.norm ?? "") === word) return true;
  return false;
}

const isDay = (v: string | undefined) => /^\d{4}-\d{2}-\d{2}$/.test(v ?? "");
const isMonth = (v: string | undefined) => /^\d{4}-\d{2}$/.test(v ?? "");
/** A span of days ("2026-05-11/2026-05-17") of at most a month, and a day inside it. */
function dayInSpan(day: string, span: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(span);
  if (!m || !isDay(day)) return false;
  const [from, to] = [m[1] as string, m[2] as string];
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return days > 0 && days <= 31 && day >= from && day <= to;
}

/**
 * "Two Katyusha rockets landed near the airport on Wednesday evening ... The rockets that landed
 * near the airport on the evening of 11 November were fired from ...": an event told again in a
 * later sentence, by a definite phrase whose head the first telling names, on the same day (or a
 * day of the month the other gives), is one timeline entry. "the Sayyida Zeinab checkpoint last
 * month" and "the Sayyida Zeinab attack on 14 May": a short definite phrase dated by a month only,
 * naming the place a telling of a day of that month names, is that telling. The entry kept is
 * the one with the finer date (else the first); the other stays a fact, undated, its entities
 * passed on.
 */
function foldRetold(doc: Doc, facts: FactDraft[]): FactDraft[] {
  const { tokens } = doc;
  const entries = facts.filter(
    (f) => (f.kind === "event" || f.kind === "countermeasure") && f.modality === "asserted" && f.date,
  );
  for (let j = 1; j < entries.length; j++) {
    const b = entries[j] as FactDraft;
    for (let i = 0; i < j && b.date; i++) {
      const a = entries[i] as FactDraft;
      if (!a.date || a.sentence === b.sentence) continue;
      const [x, y] = [a.date.value, b.date.value];
      const sameDay = isDay(x) && x === y;
      // "Last week, guards … took three more boys" and "the guards came before dawn on May 12": a
      // telling dated by a span of days (a week) and one of a day inside it, as a month and its day.
      const spanned = dayInSpan(y, x) || dayInSpan(x, y);
      const dayInMonth =
        (isMonth(x) && isDay(y) && y.startsWith(x)) || (isMonth(y) && isDay(x) && x.startsWith(y)) || spanned;
      if (!sameDay && !dayInMonth) continue;
      const told = (later: FactDraft, earlier: FactDraft) => {
        const head = definiteHead(tokens, later, spanned);
        return head !== null && saysWord(tokens, earlier, head);
      };
      const vague =
        isMonth(x) || isDay(y) ? (isDay(x) && isDay(y) ? null : a) : isMonth(y) || isDay(x) ? b : null;
      const other = vague === a ? b : a;
      const placeNamed =
        vague !== null &&
        tokens[vague.first]?.norm === "the" &&
        vague.last - vague.first <= 6 &&
        [...vague.entities].some((e) => other.entities.has(e) && e.lexicon?.kind !== "country");
      const retold =
        (sameDay &&
          a.kind === b.kind &&
          (sameCount(tokens, a, b) || sharedPair(tokens, a, b) || sameSmallCount(tokens, a, b))) ||
        (vague !== null && a.kind === b.kind && sameToll(tokens, a, b));
      // "He added that the checkpoint on the Kirkuk road had been reopened … A third was arrested
      // at a checkpoint near Chamchamal the next day": a head two measures name, at places named
      // apart and none shared, names two things.
      const toldApart = a.kind === "countermeasure" && b.kind === "countermeasure" && placesApart(a, b);
      if ((toldApart || (!told(b, a) && !told(a, b))) && !placeNamed && !retold) continue;
      // The fuller citation is printed, on the finer of the two dates.
      const finer = vague === a ? b : a;
      const longer = b.last - b.first > a.last - a.first ? b : a;
      const kept =
        vague === null ? longer : longer.last - longer.first > finer.last - finer.first ? longer : finer;
      const dropped = kept === a ? b : a;
      kept.date = finer.date;
      for (const e of dropped.entities) kept.entities.add(e);
      // "A truck was damaged by an explosive device … on 14 September; the driver was injured": the
      // toll inside the telling dropped goes with it, told again by the telling kept.
      for (const inner of facts)
        if (inner !== dropped && inner.kind === "event" && dropped.date && holdsWider(dropped, inner)) {
          for (const e of inner.entities) kept.entities.add(e);
          inner.date = undefined;
        }
      // "… a car packed with explosives was parked near the market. … The car exploded at 19:40.
      // Two policemen and one civilian were wounded": the toll told after the telling dropped is
      // printed with the telling kept.
      if (
        dropped.outcomeLast !== undefined &&
        kept.outcomeLast === undefined &&
        kept.last < dropped.outcomeLast
      ) {
        kept.outcomeLast = dropped.outcomeLast;
        kept.outcomeFirst = dropped.outcomeFirst;
        dropped.outcomeLast = undefined;
        dropped.outcomeFirst = undefined;
      }
      dropped.date = undefined;
    }
  }
  return facts;
}

/** Places (not countries) a fact names. */
const placesOf = (f: FactDraft) =>
  [...f.entities].filter((e) => e.type === "place" && e.lexicon?.kind !== "country");
/** Each of two facts names a place and they share none: told of two places. */
function placesApart(a: FactDraft, b: FactDraft): boolean {
  const [x, y] = [placesOf(a), placesOf(b)];
  return x.length > 0 && y.length > 0 && !x.some((e) => b.entities.has(e));
}

/** "198 households": a count of ten or more and the word it counts; not a year. */
function counts(tokens: readonly Token[], f: FactDraft): Set<string> {
  const found = new Set<string>();
  for (let k = f.first; k < f.last; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.kind !== "num" || next.kind !== "word") continue;
    const n = Number(t.norm.replace(/,/g, ""));
    if (n >= 10 && !(n >= 1900 && n <= 2100)) found.add(`${n} ${singular(next.norm)}`);
  }
  return found;
}

/**
 * "On Wednesday night, a post of the army west of Hit was attacked" … "Since the start of the
 * year, the command had recorded 31 attacks in the desert between Hit and Rutba": a count dated by
 * a year or a period after an attack told with its day sums many happenings; it is no fuller
 * telling of the one on that day: it stays a fact of its own, undated (a tally, as `yearTally`
 * leaves one), and does not take the day's entry.
 */
function tallyOver(later: FactDraft, first: FactDraft): boolean {
  const day = first.date?.value;
  const own = later.date?.value;
  // The count's period is told in its own words ("since the start of the year", "in 2026"), not
  // lent by the story's month.
  return (
    first.rule.attack === true &&
    isDay(day) &&
    own !== undefined &&
    later.date?.text !== undefined &&
    (own.includes("/") || own.length < 10)
  );
}

/**
 * "The attack took place at 23:40 on Thursday 19 February": a later telling, shorter than the
 * first, that opens on a definite noun ("the attack", "the explosion") and whose only figures are
 * its hour and day, refers back to the happening told before instead of telling it again.
 */
function pointsBack(tokens: readonly Token[], later: FactDraft, first: FactDraft): boolean {
  if (later.last - later.first >= first.last - first.first) return false;
  if (tokens[later.first]?.norm !== "the") return false;
  for (let k = later.first; k < later.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "num" || (tokens[k + 1] as Token).kind !== "word") continue;
    if (Number(t.norm.replace(/,/g, "")) < 10) continue;
    if (!clockOrDay(tokens, k)) return false;
  }
  return true;
}

/** A month named in full or cut short ("Sept", "Nov"). */
const MONTH_WORDS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), "sept"]);

/** The number at `k` tells a time or a date: minutes after "23:", a day before or after a month's name. */
function clockOrDay(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (prev && prev.end === t.start && /^[:.]$/.test(prev.text) && tokens[k - 2]?.kind === "num") return true;
  const month = (x: Token | undefined) => x?.cap === true && MONTH_WORDS.has(x.norm);
  return Number(t.norm) <= 31 && (month(tokens[k + 1]) || month(prev));
}

/** Two lower-case words of four letters or more in a row: "vaccination campaign". */
function pairs(tokens: readonly Token[], f: FactDraft): Set<string> {
  const found = new Set<string>();
  const plain = (t: Token | undefined) =>
    t !== undefined && t.kind === "word" && !t.cap && t.norm.length >= 4 && !PHRASE_END.has(t.norm);
  for (let k = f.first; k < f.last; k++)
    if (plain(tokens[k]) && plain(tokens[k + 1]))
      found.add(`${singular(tokens[k]?.norm ?? "")} ${singular(tokens[k + 1]?.norm ?? "")}`);
  return found;
}

/**
 * "A measles vaccination campaign started on 12 March" in a summary and "12 March – The health
 * directorate began a measles vaccination campaign" in the list below it: one day's happening
 * named by the same words twice.
 */
function sharedPair(tokens: readonly Token[], a: FactDraft, b: FactDraft): boolean {
  // "a convoy of 143 families arrived" and "a second convoy of 97 families arrived": two.
  if (counts(tokens, a).size > 0 && counts(tokens, b).size > 0) return false;
  const x = pairs(tokens, a);
  for (const p of pairs(tokens, b)) if (x.has(p)) return true;
  return false;
}

/**
 * "One convoy of 198 households arrived on 3 March" in a report's highlights and "3 March – A
 * convoy of 198 households crossed from Syria" in its list of developments: two tellings of one
 * day that give the same count of the same thing are one happening.
 */
function sameCount(tokens: readonly Token[], a: FactDraft, b: FactDraft): boolean {
  const x = counts(tokens, a);
  if (x.size === 0) return false;
  for (const c of counts(tokens, b)) if (x.has(c)) return true;
  return false;
}

const SMALL_COUNTS = new Map(
  "one two three four five six seven eight nine".split(" ").map((w, i) => [w, i + 1] as const),
);

/** Plurals without an s: "two men were arrested", counted as "two towers" are. */
const PEOPLE_PLURALS = new Set(["men", "women", "children", "people"]);

/**
 * "two towers": a small count and the things it counts, the noun a few words after its figure
 * ("two more high-voltage towers"), not people a toll counts ("two soldiers were killed").
 */
function smallCounts(tokens: readonly Token[], f: FactDraft): Set<string> {
  const found = new Set<string>();
  for (let k = f.first; k <= f.last; k++) {
    const t = tokens[k] as Token;
    const n =
      SMALL_COUNTS.get(t.norm) ?? (t.kind === "num" && /^\d$/.test(t.norm) ? Number(t.norm) : undefined);
    if (n === undefined || n < 2) continue;
    for (let j = k + 1; j <= Math.min(f.last, k + 5); j++) {
      const w = tokens[j] as Token;
      if (w.kind === "num" || ["of", "and", "or", "in", "on", "at", "from"].includes(w.norm)) break;
      const plural = PEOPLE_PLURALS.has(w.norm) || (w.norm.length >= 4 && w.norm.endsWith("s"));
      if (w.kind !== "word" || w.cap || !plural) continue;
      const told = [j + 1, j + 2, j + 3].some((i) => TOLL_WORDS.has(tokens[i]?.norm ?? ""));
      if (!told) found.add(`${n} ${singular(w.norm)}`);
      break;
    }
  }
  return found;
}

/**
 * "Saboteurs toppled two more high-voltage towers … on Monday night" in a lead and "On Monday night
 * two towers on a 132-kilovolt line … were blown up" in a bullet below it: two tellings of one day,
 * of one kind, that count the same things by the same small figure are one happening.
 */
function sameSmallCount(tokens: readonly Token[], a: FactDraft, b: FactDraft): boolean {
  const x = smallCounts(tokens, a);
  if (x.size === 0) return false;
  for (const c of smallCounts(tokens, b)) if (x.has(c)) return true;
  return false;
}
const TOLL_WORDS = new Set(["killed", "wounded", "injured"]);

/**
 * "two of the attackers were killed", "had killed two attackers": a small toll, its people and
 * its verb. A mention dated only by its story's month that gives the same toll of the same people
 * as a telling of a day of that month is that telling again; a figure alone, or the same figure
 * of other people, is not.
 */
function tolls(tokens: readonly Token[], f: FactDraft): Set<string> {
  const found = new Set<string>();
  const verbs: number[] = [];
  for (let k = f.first; k <= f.last; k++) if (TOLL_WORDS.has(tokens[k]?.norm ?? "")) verbs.push(k);
  if (verbs.length === 0) return found;
  for (let k = f.first; k <= f.last; k++) {
    const t = tokens[k] as Token;
    const n =
      SMALL_COUNTS.get(t.norm) ?? (t.kind === "num" && /^\d$/.test(t.norm) ? Number(t.norm) : undefined);
    if (n === undefined) continue;
    let at = k + 1;
    if (tokens[at]?.norm === "of" && tokens[at + 1]?.norm === "the") at += 2;
    const noun = tokens[at];
    // The toll's verb is the one nearest its figure: "one soldier was wounded and … killed two".
    const verb = verbs.reduce((p, v) => (Math.abs(v - k) < Math.abs(p - k) ? v : p));
    if (noun?.kind === "word" && !noun.cap && noun.norm.endsWith("s"))
      found.add(`${n} ${singular(noun.norm)} ${tokens[verb]?.norm}`);
  }
  return found;
}

/** "killing eleven people", "were wounded": a fact's words tell a toll of the dead or wounded. */
function tollTold(tokens: readonly Token[], f: FactDraft): boolean {
  for (let k = f.first; k <= f.last; k++)
    if (/^(?:kill|wound|injur)/.test(tokens[k]?.norm ?? "")) return true;
  return false;
}

function sameToll(tokens: readonly Token[], a: FactDraft, b: FactDraft): boolean {
  const x = tolls(tokens, a);
  for (const t of tolls(tokens, b)) if (x.has(t)) return true;
  return false;
}

/**
 * "border guards had killed four smugglers and seized 850,000 pills": the event and the seizure
 * cite the same words, and a timeline prints them once. The countermeasure stays a fact, undated
 * when a dated event of its sentence cites some of its words on the same date.
 */
function oneEntryPerSpan(facts: FactDraft[]): FactDraft[] {
  // Only facts of one sentence are compared: linear in the article however many facts it has.
  const bySentence = new Map<number, FactDraft[]>();
  for (const f of facts) {
    const group = bySentence.get(f.sentence);
    if (group) group.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  for (const f of facts) {
    if (f.kind !== "countermeasure" || !f.date) continue;
    const near = bySentence.get(f.sentence) ?? [];
    // A summary's point printed from the body's entry still tells the measure of its sentence.
    const same = near.filter(
      (e) =>
        e.kind === "event" &&
        e.first <= f.last &&
        e.last >= f.first &&
        (e.date?.value ?? e.retoldOn) === f.date?.value,
    );
    // "A man was arrested in July after the attack on the checkpoint": an event named by a noun
    // phrase after the measure's trigger, inside its clause, is printed with the (asserted) measure,
    // as an event inside a wider event is (below), not in its place.
    const within = (e: FactDraft) =>
      f.modality === "asserted" &&
      e.first > f.trigger &&
      e.first >= f.first &&
      e.last <= f.last &&
      e.last - e.first < f.last - f.first;
    for (const e of same.filter(within)) {
      for (const id of e.entities) f.entities.add(id);
      e.date = undefined;
    }
    const told = same.some((e) => !within(e));
    // "signed an agreement in Jeddah in March ...": the clause and the noun phrase inside it, one entry.
    const inside = near.find((c) => c.kind === "countermeasure" && holdsWider(c, f));
    // The wider entry printed carries what the inner one names.
    if (inside) for (const e of f.entities) inside.entities.add(e);
    if (told || inside) f.date = undefined;
  }
  // "The arrests come as the number of families returning ... has risen since the federal
  // government began paying grants at the beginning of the year": an event cited inside a wider
  // event of its sentence and date is printed with it, not again.
  for (const f of facts) {
    if (f.kind !== "event" || !f.date) continue;
    const wider = (bySentence.get(f.sentence) ?? []).some((c) => c.kind === "event" && holdsWider(c, f));
    if (wider) f.date = undefined;
  }
  return facts;
}

/** "No one was hurt", "Nobody was injured", "No voters were hurt": a toll of none, told by itself. */
const NO_ONE_HARMED =
  /^\s*(?:no\s*(?:-\s*)?one|nobody|no\s+(?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:was|were)\s+(?:(?:seriously|badly|reportedly)\s+)?(?:hurt|injured|wounded|killed|harmed)\b/i;
/** Past verbs and adjectives of a happening's toll on people, told in the sentence after it. */
const TOLL_AFTER = new Set(["killed", "wounded", "injured", "hurt", "died", "dead", "maimed"]);
/** "The third hit a house, wounding a woman and her son": a toll told by a participle after a comma. */
const TOLL_PARTICIPLES = new Set(["killing", "wounding", "injuring", "maiming"]);
/** Past participles of the damage a happening did to things: "The front of the shop was destroyed." */
const DAMAGE_AFTER = new Set(["destroyed", "damaged", "wrecked", "gutted", "burned", "burnt", "flattened"]);
/** "was destroyed", "were badly damaged": the passive that tells damage done, not a deed. */
const passiveDamage = (words: readonly Token[]): boolean =>
  words.some((t, k) => {
    // "six tankers were set on fire", "the shop was set alight": a deed's damage told in two words.
    const setOnFire =
      t.norm === "set" &&
      (words[k + 1]?.norm === "alight" || (words[k + 1]?.norm === "on" && words[k + 2]?.norm === "fire"));
    const after = setOnFire ? words[k + (words[k + 1]?.norm === "alight" ? 2 : 3)] : words[k + 1];
    if (!(DAMAGE_AFTER.has(t.norm) || setOnFire) || after?.norm === "by") return false;
    const be = /^(?:was|were)$/;
    return (
      be.test(words[k - 1]?.norm ?? "") ||
      (be.test(words[k - 2]?.norm ?? "") && /ly$/.test(words[k - 1]?.norm ?? ""))
    );
  });
/**
 * Where a second thing reported after the toll starts (", and that the car had been packed …"),
 * when it tells no toll of its own; past the end when there is none.
 */
function furtherReported(words: readonly Token[]): number {
  for (let k = 1; k + 2 < words.length; k++) {
    if (words[k]?.text !== "," || words[k + 1]?.norm !== "and" || words[k + 2]?.norm !== "that") continue;
    // The toll is told before it.
    if (!words.slice(0, k).some((t) => TOLL_AFTER.has(t.norm))) return words.length;
    return words.slice(k).some((t) => TOLL_AFTER.has(t.norm)) ? words.length : k;
  }
  return words.length;
}
/** "three tents had burned", "the roof had been destroyed": damage told in the pluperfect. */
const pluperfectDamage = (words: readonly Token[]): boolean =>
  words.some(
    (t, k) =>
      DAMAGE_AFTER.has(t.norm) &&
      (words[k - 1]?.norm === "had" || (words[k - 1]?.norm === "been" && words[k - 2]?.norm === "had")),
  );
/** "shortly after 02:00": the colon of a clock time, between its hours and minutes, opens no speech. */
const clockColon = (words: readonly Token[], k: number): boolean =>
  words[k]?.text === ":" &&
  words[k - 1]?.kind === "num" &&
  words[k + 1]?.kind === "num" &&
  words[k - 1]?.end === words[k]?.start &&
  words[k]?.end === words[k + 1]?.start;
/** Participles of keeping: "the registers kept there since 1957" tells how old the things are. */
const KEPT = new Set(["kept", "held", "stored", "housed", "preserved", "archived", "owned"]);
/**
 * "most of the registers kept there since 1957 had burned": a "since" after a participle of keeping,
 * before a year, tells the age of what the toll names, no tally since then and no later time.
 */
const keptSince = (words: readonly Token[], k: number): boolean => {
  if (words[k]?.norm !== "since" || words[k + 1]?.kind !== "num") return false;
  const back = words[k - 1]?.norm === "there" || words[k - 1]?.norm === "here" ? 2 : 1;
  return KEPT.has(words[k - back]?.norm ?? "");
};
/** Words that make the next sentence another happening, or a tally, not the last one's toll. */
const NOT_ITS_TOLL = new Set([
  "later",
  "then",
  "afterwards",
  "subsequently",
  "since",
  "earlier",
  "separate",
  "another",
  "elsewhere",
  "meanwhile",
  "also",
  "total",
  "year",
  "month",
  "week",
  "so",
  "far",
  "including",
  "had",
  "have",
  "has",
]);
const OUTCOME_SENTENCE_MAX = 30;
/** Past verbs of taking back those who got out: an escape's outcome told after it. */
const RECAPTURED = new Set(["recaptured", "rearrested", "re-arrested", "recaught"]);

/** The text of sentence `i`. */
const sentenceText = (doc: Doc, i: number): string => {
  const span = doc.sentences[i];
  return span ? doc.text.slice(span.start, span.end) : "";
};
/**
 * A sentence that tells only that order was restored ("Guards regained control by about 4 a.m."):
 * the happening it ends is the one before it. "Truffle hunters were caught in between" (a
 * countermeasure too, by its verb) restores nothing, and the killings after it are their own.
 */
const ORDER_RESTORED =
  /\b(?:regained|regain|restored|re-established|reasserted|retook|took back)\b[^.;]{0,40}\bcontrol\b|\b(?:brought|was|were) (?:\w+ )?under control\b|\b(?:quelled|put down|suppressed|contained)\b/i;

/**
 * The last word of a toll's sentence: before its closing marks and, as an encyclopedia prints
 * them, the reference marks after its full stop ("… and 34 were injured.[1][2]").
 */
function tollEnd(tokens: readonly Token[], s: { tokenStart: number; tokenEnd: number }): number {
  let end = s.tokenEnd - 1;
  for (;;) {
    if (
      end > s.tokenStart + 2 &&
      tokens[end]?.text === "]" &&
      tokens[end - 1]?.kind === "num" &&
      tokens[end - 2]?.text === "["
    )
      end -= 3;
    else if (end > s.tokenStart && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
    else return end;
  }
}

/**
 * "On Monday night, his unit's post in the Qarachogh hills was attacked by Islamic State
 * fighters. Two Peshmerga were killed and Dilshad was lightly wounded in the arm.": a sentence
 * with no date of its own that tells only the toll of the dated happening told just before it,
 * in the same paragraph, is that happening's outcome: the happening's fact carries it (its
 * `outcome`, printed with it on the timeline), and the toll's own facts take the happening's day,
 * not the story's month.
 */
function joinOutcomes(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const [i, s] of doc.sentences.entries()) {
    // "Among those killed was NAME, …": a sentence that points back to the dead of the one before
    // tells its toll even when it opens a paragraph.
    const among = tokens[s.tokenStart]?.norm === "among" && tokens[s.tokenStart + 1]?.norm === "those";
    if (i === 0 || ((tokens[s.tokenStart]?.breaks ?? 0) > 0 && !among)) continue;
    const own = facts.filter((f) => f.sentence === i);
    // Its facts have no day of their own: none told, none set by the narrative (only the
    // story's month, given to what has no date).
    const undated = (f: FactDraft) => !f.date || (!f.date.text && f.date.value.length < 10);
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    // "… inmates broke through a wall of the prison's east wing in the early hours of 3 July.
    // Guards recaptured all but two of them by dawn.": the recapture of those who got out, told
    // next with no day of its own, is how the escape ended (a measure by its verb, yet its outcome).
    const recapture = words.some((t) => RECAPTURED.has(t.norm));
    // "… a drone struck near a polling centre on Sunday morning. No voters were hurt": a sentence
    // that tells only that no one was harmed is the happening's toll too, though it holds no fact.
    const unharmed = own.length === 0 && NO_ONE_HARMED.test(sentenceText(doc, i));
    // "were killed", "They killed": a verb of the toll, not "the wounded were taken" (a noun).
    const toll = words.some(
      (t, k) =>
        (TOLL_AFTER.has(t.norm) && (!DETERMINERS.has(words[k - 1]?.norm ?? "") || (among && k === 2))) ||
        (TOLL_PARTICIPLES.has(t.norm) && words[k - 1]?.text === ","),
    );
    // "The front of the shop was destroyed.": the damage the happening did to things is its toll
    // too; its verb may read as a measure ("destroyed"), so a measure of the sentence is no bar.
    // "By the time firefighters reached it, three tents had burned": a sentence told from the
    // moment the happening ended; its pluperfect is what the happening had done by then.
    const byTheTime = words[0]?.norm === "by" && words[1]?.norm === "the" && words[2]?.norm === "time";
    const damage = passiveDamage(words) || (byTheTime && pluperfectDamage(words));
    // "Two workers were lightly injured.": a toll told by its verb alone holds no fact of its own
    // (only a count of people), and is the happening's toll all the same.
    if (
      (own.length === 0 && !unharmed && !toll && !damage) ||
      own.some(
        (f) =>
          !(f.kind === "event" || ((recapture || damage) && f.kind === "countermeasure")) ||
          f.modality !== "asserted" ||
          !undated(f),
      )
    )
      continue;
    // Words, not commas and hyphens: "Jassim Obeid al-Dulaimi, ..., in four pick-ups" is no longer
    // a toll for its punctuation.
    if (words.filter((t) => t.kind !== "punct").length > OUTCOME_SENTENCE_MAX) continue;
    if (!toll && !recapture && !unharmed && !damage) continue;
    // "Sheikh Faisal, who had led the prayer, was killed": an aside on who the dead were is no
    // other happening; its pluperfect tells their past, not an earlier toll.
    const aside = relativeAsides(words);
    // "Police said three civilians were killed and nine wounded, and that the car had been packed
    // with explosives": a second thing reported after the toll, itself no toll, tells how the
    // happening was done; its pluperfect is no earlier happening.
    const further = furtherReported(words);
    if (
      words.some(
        (t, k) =>
          (NOT_ITS_TOLL.has(t.norm) &&
            !aside.has(k) &&
            !((byTheTime || k > further) && t.norm === "had") &&
            !keptSince(words, k)) ||
          (['"', "“", "”", "‘", "’", ":"].includes(t.text) && !clockColon(words, k)),
      )
    )
      continue;
    // "… a grenade at the shop on Saturday night. The front of the shop was destroyed. A passer-by
    // was slightly wounded.": a toll told right after another toll of the same happening runs on
    // its entry; two sentences at most.
    const prevSentence = doc.sentences[i - 1];
    const chained = prevSentence
      ? facts.find(
          (f) =>
            f.kind === "event" &&
            f.outcomeFirst === undefined &&
            f.outcomeLast !== undefined &&
            f.outcomeLast >= prevSentence.tokenStart &&
            f.outcomeLast < prevSentence.tokenEnd,
        )
      : undefined;
    if (chained && prevSentence && (toll || damage)) {
      const end = tollEnd(tokens, s);
      chained.outcomeFirst = prevSentence.tokenStart;
      chained.outcomeLast = end;
      for (const f of own) for (const e of f.entities) chained.entities.add(e);
      for (const f of own)
        if (chained.date) f.date = { value: chained.date.value, resolved: chained.date.resolved };
      continue;
    }
    // The happening told just before: a dated event of the sentence before (one happening may be
    // drafted twice), all of one day; a sentence of two days tells two happenings.
    // A quiz's answer ("1. (a). Two soldiers were killed ...") tells the toll of the happening its
    // question told ("1. On Monday night, gunmen attacked an army post ...").
    let told = questionOf(doc, i - 1) ?? i - 1;
    const toldAt = (k: number) =>
      facts.filter(
        (f) => f.sentence === k && f.kind === "event" && f.modality === "asserted" && f.date?.text,
      );
    let before = toldAt(told);
    // "… tried to break out on Wednesday night. Guards regained control by about 4 a.m. on
    // Thursday. Two guards and five detainees were killed": a sentence of the response alone (a
    // countermeasure, no event) between the happening and its toll ends the same happening.
    const between = facts.filter((f) => f.sentence === told);
    if (
      before.length === 0 &&
      told === i - 1 &&
      told > 0 &&
      (tokens[doc.sentences[told]?.tokenStart ?? 0]?.breaks ?? 0) === 0 &&
      between.length > 0 &&
      between.every((f) => f.kind === "countermeasure" && f.modality === "asserted") &&
      ORDER_RESTORED.test(sentenceText(doc, told))
    ) {
      told = i - 2;
      before = toldAt(told);
    }
    // "… after rockets landed in the city's Mansour district late on Tuesday. ¶ Three rockets fell in
    // Mansour shortly before midnight. One hit a car park near the arena. Two guards were lightly
    // wounded.": the sentences between the happening and its toll that tell more of it, with no fact
    // of their own, run on its entry with the toll.
    let retold: number | undefined;
    if (before.length === 0 && told === i - 1) {
      const run = retellingRun(doc, facts, i);
      if (run !== undefined) {
        retold = run;
        told = run - 1;
        before = toldAt(told);
      }
    }
    if (before.length === 0 || new Set(before.map((f) => f.date?.value)).size > 1) continue;
    if (!toll && !unharmed && !damage && !before.some((f) => f.tags.has("escape"))) continue;
    if (
      retold !== undefined &&
      (tokens[doc.sentences[retold]?.tokenStart ?? 0]?.breaks ?? 0) > 0 &&
      !retellsHappening(doc, retold, before)
    )
      continue;
    const prev = doc.sentences[told];
    const semicolon = tokens.slice(before[0]?.last ?? 0, prev?.tokenEnd ?? 0).some((t) => t.text === ";");
    if (semicolon) continue;
    const end = tollEnd(tokens, s);
    // One entry prints the toll: the widest of the sentence's last happening.
    const [b] = before.sort((x, y) => y.last - x.last || x.first - y.first);
    if (!b) continue;
    b.outcomeLast = end;
    if (retold !== undefined) {
      b.outcomeFirst = doc.sentences[retold]?.tokenStart;
      // What those sentences tell happened that day, and is printed with the happening.
      for (const f of facts)
        if (f.sentence >= retold && f.sentence < i) {
          for (const e of f.entities) b.entities.add(e);
          if (b.date) f.date = { value: b.date.value, resolved: b.date.resolved };
        }
    }
    for (const f of own) for (const e of f.entities) b.entities.add(e);
    // The toll happened when its happening did; the timeline prints it with the happening.
    for (const f of own) if (b.date) f.date = { value: b.date.value, resolved: b.date.resolved };
  }
}

/** Pronoun subjects that carry on the subject of the sentence before: "They took …", "It fell …". */
const CARRY_ON_SUBJECTS = new Set(["they", "it"]);
/** Past verbs of a deed with no "-ed": "It fell on …", "They took …". */
const PAST_DEEDS = new Set(
  "fell took drove threw shot hit blew broke set stole left fled ran struck beat tore cut got went came bound led sped".split(
    " ",
  ),
);
/** Past verbs in "-ed" that tell a statement, a view or a state, not a further deed. */
const NOT_DEEDS = new Set(
  "added claimed denied warned stated insisted argued noted reported called described blamed accused demanded asked urged appeared seemed happened needed wanted hoped feared believed expected remained continued declined refused confirmed announced published issued released".split(
    " ",
  ),
);
/**
 * "On Saturday afternoon, three armed men … stopped a car on the road between the two villages.
 * They checked the papers of the passengers, took the tablets and drove off with one of them.", "…
 * a drone was shot down over the district. It fell on the car park and set three cars on fire.": a
 * sentence of the same paragraph whose subject is a pronoun carrying on the one before ("They",
 * "It") and whose verb is a past deed, with no fact and no day of its own, tells more of the same
 * happening: the happening's entry prints it, as it prints a toll (see joinOutcomes).
 */
function joinCarryOns(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const [i, s] of doc.sentences.entries()) {
    if (i === 0 || (tokens[s.tokenStart]?.breaks ?? 0) > 0) continue;
    const verb = tokens[s.tokenStart + 1];
    if (!CARRY_ON_SUBJECTS.has(tokens[s.tokenStart]?.norm ?? "") || verb?.kind !== "word") continue;
    const past = PAST_DEEDS.has(verb.norm) || (verb.norm.endsWith("ed") && !NOT_DEEDS.has(verb.norm));
    if (!past || facts.some((f) => f.sentence === i)) continue;
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    if (words.filter((t) => t.kind !== "punct").length > OUTCOME_SENTENCE_MAX) continue;
    if (words.some((t) => QUOTE_MARKS.has(t.text) || NOT_MORE_OF_IT.has(t.norm))) continue;
    const b = happeningToldAt(facts, i - 1);
    if (b) b.outcomeLast = tollEnd(tokens, s);
  }
}

/**
 * The happening that sentence `k` tells, for a next sentence with no day of its own to run on
 * (joinCarryOns, joinMeasuresAtTheScene): its asserted events and measures dated in their own words
 * (to a day when `toADay`), all of one day, none carrying an outcome yet; the widest of its last
 * one. Null when it tells none, or two days.
 */
function happeningToldAt(facts: FactDraft[], k: number, toADay = false): FactDraft | null {
  const before = facts.filter(
    (f) =>
      f.sentence === k &&
      (f.kind === "event" || f.kind === "countermeasure") &&
      f.modality === "asserted" &&
      f.date?.text &&
      (!toADay || f.date.value.length >= 10),
  );
  if (before.length === 0 || new Set(before.map((f) => f.date?.value)).size > 1) return null;
  if (before.some((f) => f.outcomeLast !== undefined)) return null;
  return before.sort((x, y) => y.last - x.last || x.first - y.first)[0] ?? null;
}

/**
 * "Abid was freed late on Sunday in a raid by the police on a farm near the village. The
 * command's spokesman told reporters that two of the kidnappers had been arrested at the farm …":
 * measures told in the next sentence of the same paragraph, with no day of their own, at the
 * place or thing the happening before named ("a farm" … "at the farm": a definite noun pointing
 * back to it), were taken in that happening: its entry prints them, on its day, not again.
 */
function joinMeasuresAtTheScene(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const [i, s] of doc.sentences.entries()) {
    const prev = doc.sentences[i - 1];
    if (!prev || (tokens[s.tokenStart]?.breaks ?? 0) > 0) continue;
    const own = facts.filter((f) => f.sentence === i);
    if (
      own.length === 0 ||
      own.some((f) => f.kind !== "countermeasure" || f.modality !== "asserted" || f.date?.text)
    )
      continue;
    const b = happeningToldAt(facts, i - 1, true);
    if (!b?.date) continue;
    // The nouns the sentence before brings in: "a farm", "an orchard".
    const introduced = new Set<string>();
    for (let k = prev.tokenStart; k + 1 < prev.tokenEnd; k++) {
      const t = tokens[k]?.norm;
      if ((t === "a" || t === "an") && tokens[k + 1]?.kind === "word")
        introduced.add(tokens[k + 1]?.norm ?? "");
    }
    let back = false;
    for (const f of own)
      for (let k = Math.max(s.tokenStart, f.first); k + 2 <= Math.min(s.tokenEnd - 1, f.last + 3); k++)
        if (
          (tokens[k]?.norm === "at" || tokens[k]?.norm === "on" || tokens[k]?.norm === "in") &&
          tokens[k + 1]?.norm === "the" &&
          introduced.has(tokens[k + 2]?.norm ?? "")
        )
          back = true;
    if (!back) continue;
    b.outcomeLast = tollEnd(tokens, s);
    for (const f of own) {
      for (const e of f.entities) b.entities.add(e);
      f.date = { value: b.date.value, resolved: b.date.resolved };
    }
  }
}

/** Sentences at most between a happening and its toll that tell more of it (see retellingRun). */
const RETELLING_MAX = 2;
/** Words that make a sentence another happening or another time, not more of the one before. */
const NOT_MORE_OF_IT = new Set([
  "also",
  "later",
  "then",
  "afterwards",
  "subsequently",
  "earlier",
  "separate",
  "separately",
  "another",
  "elsewhere",
  "meanwhile",
]);
const LIST_MARKS = new Set([...BULLETS, "▪", "◦"]);
/** "The blast", "The attack": a definite noun that names again a happening told before. */
const HAPPENING_NOUNS = new Set([
  "ambush",
  "attack",
  "assault",
  "blast",
  "bombing",
  "explosion",
  "raid",
  "shelling",
  "shooting",
  "strike",
]);

/**
 * The first of the sentences right before the toll told in sentence `i` that tell more of a
 * happening, with no fact of their own ("Three rockets fell in Mansour shortly before midnight. One
 * hit a car park near the arena."): at most RETELLING_MAX, in the toll's paragraph (the first may
 * open it), none in quotation marks, none telling of another time or happening; their facts, if
 * any, are events with no day of their own. Undefined when there are none.
 */
function retellingRun(doc: Doc, facts: readonly FactDraft[], i: number): number | undefined {
  const { tokens } = doc;
  // A list's items ("• 0 staff injured") are points of their own, not a story told on.
  const listed = (k: number) => {
    const s = doc.sentences[k];
    if (!s) return true;
    if (
      LIST_MARKS.has(tokens[s.tokenStart - 1]?.text ?? "") ||
      LIST_MARKS.has(tokens[s.tokenStart]?.text ?? "")
    )
      return true;
    for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) if ((tokens[j]?.breaks ?? 0) > 0) return true;
    return false;
  };
  if (listed(i)) return undefined;
  let first: number | undefined;
  for (let k = i - 1; k >= Math.max(1, i - RETELLING_MAX); k--) {
    const s = doc.sentences[k];
    // Its facts, if any, are the happening told again: events with no day of their own.
    if (
      !s ||
      facts.some(
        (f) =>
          f.sentence === k &&
          (f.kind !== "event" ||
            f.modality !== "asserted" ||
            (f.date && (f.date.text || f.date.value.length >= 10))),
      )
    )
      break;
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    if (words.some((t) => NOT_MORE_OF_IT.has(t.norm) || QUOTE_MARKS.has(t.text) || t.text === ":")) break;
    if (listed(k)) break;
    first = k;
    // The run starts at the paragraph's first sentence.
    if ((tokens[s.tokenStart]?.breaks ?? 0) > 0) break;
  }
  return first;
}

/**
 * Whether sentence `k`, opening a paragraph, tells again the happening of `before` (told at the
 * end of the paragraph before): it opens with a definite noun of a happening ("The blast struck
 * …"), or its subject names the thing the happening names next to its verb ("… after rockets
 * landed …" and "Three rockets fell …"); not a word of a name ("the Cultural Hall" and "The hall
 * seats 300").
 */
function retellsHappening(doc: Doc, k: number, before: readonly FactDraft[]): boolean {
  const { tokens } = doc;
  const s = doc.sentences[k];
  if (!s) return false;
  const [a, b] = [tokens[s.tokenStart], tokens[s.tokenStart + 1]];
  if (a?.norm === "the" && HAPPENING_NOUNS.has(b?.norm ?? "")) return true;
  // "Gareth Pryce, 58, was handing out flour outside the bakery when the device exploded about
  // fifteen metres away": the thing that went off, pointed back to by a definite noun, with its
  // verb of going off, is the explosion just told, seen from where someone stood.
  for (let j = s.tokenStart + 1; j + 1 < s.tokenEnd; j++)
    if (
      tokens[j - 1]?.norm === "the" &&
      ORDNANCE.test(tokens[j]?.norm ?? "") &&
      WENT_OFF.has(tokens[j + 1]?.norm ?? "")
    )
      return true;
  // Its subject: the words before its first verb, at most four.
  for (let j = s.tokenStart; j < Math.min(s.tokenEnd, s.tokenStart + 4); j++) {
    const t = tokens[j];
    if (t?.kind === "num") continue;
    if (t?.kind !== "word" || isVerbWord(t.norm)) break;
    if (t.norm.length < 4 || t.cap) continue;
    const word = singular(t.norm);
    if (before.some((f) => namesThing(tokens, f, word))) return true;
  }
  return false;
}

/** Verbs of a thing going off: "the device exploded", "the bomb went off". */
const WENT_OFF = new Set(["exploded", "detonated", "went", "blew"]);

/** Words either side of a happening's trigger that name its thing: "rockets landed", "hit by a shell". */
const THING_REACH = 4;
/** Whether `word` (singular) is a common noun of `f` next to its trigger: "after rockets landed". */
function namesThing(tokens: readonly Token[], f: FactDraft, word: string): boolean {
  for (
    let k = Math.max(f.first, f.trigger - THING_REACH);
    k <= Math.min(f.last, f.trigger + THING_REACH);
    k++
  ) {
    const t = tokens[k];
    if (t && !t.cap && singular(t.norm) === word) return true;
  }
  return false;
}

/** Verbs of finding a thing: "a patrol found a device", "a shell was discovered". */
const FOUND = new Set(["found", "discovered", "spotted", "located", "uncovered"]);
/** Things that explode, found before they did. */
const ORDNANCE =
  /^(?:devices?|ieds?|bombs?|shells?|mines?|landmines?|charges?|explosives?|rockets?|grenades?|rounds?|ordnance)$/;
/**
 * What was done with it after: "defused it", "The device was made safe", "removed and destroyed
 * it"; not what it was made for ("ready to be detonated by phone").
 */
const DISPOSED =
  /\b(?:defused|dismantled|made (?:it |them )?safe|destroyed|(?<!\bbe )detonated|disposed of|neutrali[sz]ed|blew (?:it|them) up|blown up)\b/i;
/** The thing found, pointed back to: "it", "the device", "the shell". */
const FOUND_THING_BACK =
  /\b(?:it|them|(?:the|that|this) (?:[\w-]+ )?(?:device|ied|bomb|shell|mine|charge|explosives?|round|rocket|grenade)s?)\b/i;
/** Another one of them: "a second device", "another bomb" is a find of its own, not what became of the first. */
const ANOTHER_THING =
  /\b(?:a|an|another|second|third|two|three|more|further)\s+(?:[\w-]+\s+)?(?:device|ied|bomb|shell|mine|charge|round|rocket|grenade)s?\b/i;

/**
 * "A patrol found a pressure-plate device buried under the track. The police explosive ordnance
 * team removed and destroyed it at 04:10.": the sentence right after a find of something that
 * explodes, in the same paragraph, that tells what was done with it ("it", "the device"), with no
 * day of its own, is how the find ended: the find's fact carries it as its outcome (printed with
 * it on the timeline) and its own facts take the find's day. A second device found in it is a
 * find of its own.
 */
function joinDisposals(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const [i, s] of doc.sentences.entries()) {
    if (i === 0 || (tokens[s.tokenStart]?.breaks ?? 0) > 0) continue;
    const text = sentenceText(doc, i);
    if (!DISPOSED.test(text) || !FOUND_THING_BACK.test(text) || ANOTHER_THING.test(text)) continue;
    const own = facts.filter((f) => f.sentence === i);
    const finds = facts.filter(
      (f) =>
        f.sentence === i - 1 &&
        (f.kind === "event" || f.kind === "countermeasure") &&
        f.modality === "asserted" &&
        f.outcomeLast === undefined &&
        f.date !== undefined &&
        tokens.slice(f.first, f.last + 1).some((t) => FOUND.has(t.norm)) &&
        tokens.slice(f.first, f.last + 1).some((t) => ORDNANCE.test(t.norm)),
    );
    const [find] = finds.sort((x, y) => y.last - x.last);
    if (!find?.date) continue;
    // No day of its own: none told in its words, or the find's day.
    if (own.some((f) => f.date?.text && f.date.value !== find.date?.value)) continue;
    const end = tollEnd(tokens, s);
    find.outcomeLast = end;
    for (const f of own) for (const e of f.entities) find.entities.add(e);
    for (const f of own) f.date = { value: find.date.value, resolved: find.date.resolved };
  }
}

/** "the crater was caused by", "the damage was done by": what the happening told next left. */
const CAUSED_BY = /\bthe ([a-z]+) (?:was|were|had been|has been) (?:caused|done|made|left) by\s*$/i;
/** Sentences back in which the thing a happening caused may have been introduced. */
const CAUSED_BACK = 3;

/**
 * "… the access road on the eastern end of the Tabqa dam has been cut by a crater about 12 metres
 * wide. … The SDF said the crater was caused by a drone strike on the night of 5 April.": the
 * happening that caused what an earlier sentence introduced ("a crater") happened where that
 * sentence puts it; it takes that sentence's places and facilities.
 */
function placeOfWhatItCaused(doc: Doc, facts: FactDraft[], owners: Map<number, EntityDraft>): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind !== "event") continue;
    const s = doc.sentences[f.sentence];
    const at = tokens[f.first];
    if (!s || !at) continue;
    const noun = CAUSED_BY.exec(doc.text.slice(s.start, at.start))?.[1]?.toLowerCase();
    if (!noun) continue;
    for (let i = f.sentence - 1; i >= Math.max(0, f.sentence - CAUSED_BACK); i--) {
      const e = doc.sentences[i];
      if (!e) continue;
      let introduced = false;
      for (let k = e.tokenStart + 1; k < e.tokenEnd && !introduced; k++)
        introduced = tokens[k]?.norm === noun && ["a", "an"].includes(tokens[k - 1]?.norm ?? "");
      if (!introduced) continue;
      for (let k = e.tokenStart; k < e.tokenEnd; k++) {
        const owner = owners.get(k);
        if (owner && (owner.type === "place" || owner.type === "facility")) f.entities.add(owner);
      }
      break;
    }
  }
}

/** A clause after a semicolon that tells what set the happening before it off: "a fault started it". */
const CAUSE_OF_IT =
  /\b(?:started|caused|sparked|triggered|set off|ignited)\s+(?:it|the (?:fire|blaze|explosion|blast))\s*[.!]?\s*$/i;

/**
 * "Photographs we obtained show a fire in a single shop on Wednesday morning; the shop's owner,
 * Abu Firas al-Hajini, told us an electrical fault started it.": the clause joined by a
 * semicolon that tells what started the happening (by "it") is part of its entry.
 */
function joinCauses(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind !== "event" || f.outcomeLast !== undefined) continue;
    const s = doc.sentences[f.sentence];
    if (!s || tokens[f.last + 1]?.text !== ";") continue;
    const rest = tokens[f.last + 2];
    if (!rest || rest.sentence !== f.sentence) continue;
    if (tokens.slice(f.last + 2, s.tokenEnd).some((t) => t.text === ";")) continue;
    if (!CAUSE_OF_IT.test(doc.text.slice(rest.start, s.end))) continue;
    let end = s.tokenEnd - 1;
    while (end > f.last && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
    f.last = end;
  }
}

/** The longest list of things seized, in words, that a colon may add to the measure's entry. */
const SEIZED_LIST_MAX = 24;
const SEIZURE_VERBS = new Set(["seized", "confiscated", "found", "recovered", "captured"]);

/**
 * "… and seized what they called "a factory in a storeroom": two pill presses, about 400,000
 * tablets and cartons …": a seizure whose clause ends at a colon names what was taken in the list
 * after it, to the end of the sentence; the entry runs on over the list when the list opens with
 * a figure (or "about" and one) and no verb of its own.
 */
function joinSeizedLists(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind !== "countermeasure" || !SEIZURE_VERBS.has(tokens[f.trigger]?.norm ?? "")) continue;
    let colon = f.last + 1;
    while (["”", '"', "’"].includes(tokens[colon]?.text ?? "")) colon++;
    if (tokens[colon]?.text !== ":") continue;
    const s = doc.sentences[f.sentence];
    if (!s) continue;
    let end = s.tokenEnd - 1;
    while (end > colon && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
    const list = tokens.slice(colon + 1, end + 1);
    const opens = list[0]?.norm === "about" || list[0]?.norm === "some" ? list[1] : list[0];
    if (
      list.length === 0 ||
      list.length > SEIZED_LIST_MAX ||
      !(opens?.kind === "num" || NUMBER_WORDS.test(opens?.norm ?? ""))
    )
      continue;
    if (list.some((t) => t.text === ":" || t.text === ";" || AUXILIARIES_OF_LIST.has(t.norm))) continue;
    f.last = end;
  }
}
/** The auxiliary that opens a second predicate of the same subject: "… and had found …". */
const SHARED_SUBJECT_AUX = new Set(["had", "has", "have"]);

/**
 * "his men had arrested four people on Wednesday in a raid on a farm and had found explosives":
 * a measure whose predicate is joined by "and" and an auxiliary to the measure right before it
 * has that measure's subject and tells the same operation; one entry cites both, on the first
 * one's day ("and seized two rifles", with no auxiliary, is already one clause). A comma before
 * the "and" ends the clause, so there a seizure stands alone with or without its auxiliary
 * (", and had seized a drone", ", and seized two rifles"): a seizure verb right after the "and"
 * has no subject of its own, and what it took was taken in the operation just told, so it is
 * joined the same way. Another measure after the comma ("…, and had arrested a man …") may be
 * an operation of its own and stays apart.
 */
function joinCoordinatedMeasures(doc: Doc, facts: FactDraft[]): void {
  const { tokens } = doc;
  for (let i = facts.length - 1; i >= 0; i--) {
    const b = facts[i];
    if (b?.kind !== "countermeasure") continue;
    if (tokens[b.first - 1]?.norm !== "and") continue;
    const opener = tokens[b.first]?.norm ?? "";
    const comma = tokens[b.first - 2]?.text === ",";
    const aux = SHARED_SUBJECT_AUX.has(opener);
    const verb = aux ? (tokens[b.first + 1]?.norm ?? "") : opener;
    if (comma ? !SEIZURE_VERBS.has(verb) : !aux) continue;
    const aLast = comma ? b.first - 3 : b.first - 2;
    const a = facts.find(
      (f) =>
        f !== b &&
        f.kind === "countermeasure" &&
        f.sentence === b.sentence &&
        f.last === aLast &&
        f.modality === b.modality &&
        f.date !== undefined &&
        (!b.date || b.date.value === f.date.value),
    );
    if (!a) continue;
    a.last = b.last;
    for (const e of b.entities) a.entities.add(e);
    for (const t of b.tags) a.tags.add(t);
    facts.splice(i, 1);
  }
}

const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)$/;
/** Words of a clause, not of a list of things: "… tablets, which were sold …". */
const AUXILIARIES_OF_LIST = new Set(["was", "were", "is", "are", "has", "have", "had", "which", "who"]);

/** Words an answer key may give after its number: "1. (a).", "5. False.", "4. 'watched'.". */
const ANSWER_KEY_MAX = 6;

/**
 * The question an answer key answers: "1. (a)." (a sentence of a number and a short answer alone)
 * answers the earlier sentence that starts with the same number ("1. On Monday night, gunmen
 * attacked ..."). Undefined when the sentence is no answer key or no question has its number.
 */
function questionOf(doc: Doc, key: number): number | undefined {
  const { tokens } = doc;
  const numbered = (k: number): string | undefined => {
    const s = doc.sentences[k];
    if (!s) return undefined;
    const [n, dot] = [tokens[s.tokenStart], tokens[s.tokenStart + 1]];
    return n?.kind === "num" && dot?.text === "." && /^\d{1,2}$/.test(n.text) ? n.text : undefined;
  };
  const s = doc.sentences[key];
  const n = numbered(key);
  if (!s || n === undefined || s.tokenEnd - s.tokenStart - 2 > ANSWER_KEY_MAX) return undefined;
  // The answer alone: no verb-sized clause, only an option, a word or two, and punctuation.
  const rest = tokens.slice(s.tokenStart + 2, s.tokenEnd).filter((t) => t.kind !== "punct");
  if (rest.length === 0 || rest.length > 2) return undefined;
  for (let k = key - 1; k >= 0; k--) if (numbered(k) === n) return k;
  return undefined;
}

/** "on 27 April" in a report of 28 April: a story of the last few days, told as news. */
function recentDay(value: string, publishedAt: string | null): boolean {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const days = (Date.parse(publishedAt.slice(0, 10)) - Date.parse(value)) / 86_400_000;
  return days >= 0 && days <= 7;
}

/**
 * The month an undated follow-on belongs to: a monthly report published on 1 October that last
 * named 13 September is still telling September; else the publication's month. Only a day of
 * the month before publication counts, not a date of the story's background.
 */
function storyMonth(lastDay: string | null, publishedAt: string, newsDay: string | null = null): string {
  // "on the night of 31 August" told in the story of Tuesday 8 September: a day of the background.
  if (lastDay && newsDay && lastDay < newsDay && lastDay.slice(0, 7) !== newsDay.slice(0, 7))
    return newsDay.slice(0, 7);
  if (lastDay) {
    const days = (Date.parse(publishedAt.slice(0, 10)) - Date.parse(lastDay)) / 86_400_000;
    if (days >= 0 && days <= 31) return lastDay.slice(0, 7);
  }
  return publishedAt.slice(0, 7);
}

/** Heads of the names of political bodies: "Coordination Framework", "Reconciliation Party". */
const BODY_HEADS = new Set(["framework", "party", "alliance", "bloc", "movement", "front", "coalition"]);
/** Words that join a name's parts: "Committee for the Return of Iraqis", "Office of Camps Affairs". */
const NAME_JOINERS = new Set(["for", "of", "on"]);

/**
 * "the Supreme Committee for the Return of Iraqis": a trigger word written with a capital inside
 * a sentence, after "for the" or "of the" that follow a capitalised word, is part of a name.
 */
function insideName(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  const t = tokens[at];
  if (!t?.cap || at <= sentenceStart) return false;
  // "the ruling Coordination Framework", "the Reconciliation Party": a capitalised trigger word
  // before the capitalised head of a political body's name is that name, not the act.
  const next = tokens[at + 1];
  if (next?.cap && BODY_HEADS.has(next.norm)) return true;
  if (at <= sentenceStart + 2) return false;
  const [a, b, c] = [tokens[at - 1], tokens[at - 2], tokens[at - 3]];
  return a?.norm === "the" && NAME_JOINERS.has(b?.norm ?? "") && c?.cap === true && c.kind === "word";
}

const ACCORD_HEADS = new Set(["agreement", "agreements", "accord", "accords", "deal", "truce", "ceasefire"]);

const PASSIVE_AUX = new Set(["been", "was", "were", "being"]);

/** "had been detained", "were arrested": the trigger follows a passive auxiliary within a few words. */
function isPassive(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = Math.max(from, trigger - 3); k < trigger; k++)
    if (PASSIVE_AUX.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

const PRONOUN_SUBJECTS = new Set(["it", "its", "they", "their"]);
/** "his forces", "her officers": the men a spokesman's body commands. */
const SPOKESMAN_FORCES = new Set([
  "forces",
  "men",
  "troops",
  "fighters",
  "units",
  "officers",
  "unit",
  "force",
]);
const SPEAKER_WINDOW = 16;
const RELATIVE_WORDS = new Set(["which", "who"]);
/**
 * Past verbs of what a violent happening did to people and things: its toll. An attack on a field
 * or a pipeline takes its toll in output: "which stopped about 30,000 bpd for four days".
 */
const TOLL_VERBS = new Set([
  "killed",
  "wounded",
  "injured",
  "destroyed",
  "damaged",
  "stopped",
  "halted",
  "disrupted",
]);

/**
 * "the attack of 6 October on a military convoy near Sukhnah, which killed nine soldiers, as":
 * a relative clause set off right after the phrase naming a happening, and telling its toll,
 * belongs with the phrase: its end moves to the relative clause's.
 */
function entryTells(tokens: readonly Token[], clauses: readonly Clause[], span: [number, number]): void {
  const comma = span[1] + 1;
  if (tokens[comma]?.text !== ",") return;
  const next = clauses.find((c) => c.first === comma + 1);
  if (!next || !RELATIVE_WORDS.has(tokens[next.first]?.norm ?? "")) return;
  if (!TOLL_VERBS.has(tokens[next.first + 1]?.norm ?? "")) return;
  let end = next.last;
  while (end > next.first && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
  span[1] = end;
}
/** Words telling how a happening ended, after a colon or semicolon that closes its clause. */
const OUTCOME_WORDS = new Set([
  "found",
  "released",
  "freed",
  "killed",
  "wounded",
  "injured",
  "hurt",
  "burned",
  "burnt",
  "taken",
  "kept",
  "stolen",
  "seized",
  "detained",
  "arrested",
  "damaged",
  "destroyed",
]);
const OUTCOME_MAX = 30;
const NOT_OUTCOME = new Set(["is", "are", "will", "would", "may", "might", "could"]);

function withOutcome(tokens: readonly Token[], span: [number, number], sentenceEnd: number): void {
  let k = span[1] + 1;
  while (k < sentenceEnd && tokens[k]?.text === ",") k++;
  if (tokens[k]?.text !== ":" && tokens[k]?.text !== ";") return;
  // A colon of a clock ("at 22:00") is no stop.
  if (tokens[k - 1]?.kind === "num" && tokens[k + 1]?.kind === "num") return;
  let end = sentenceEnd - 1;
  while (end > k && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
  if (end <= k + 2 || end - k > OUTCOME_MAX) return;
  let outcome = false;
  for (let j = k + 1; j <= end; j++) {
    const t = tokens[j] as Token;
    // A quotation or a second stop is another statement, not the happening's end.
    // So is a present or a future ("; this is the fifth device found since August").
    if (['"', "“", "”", ":", ";"].includes(t.text) || NOT_OUTCOME.has(t.norm)) return;
    outcome ||= t.kind === "word" && OUTCOME_WORDS.has(t.norm);
  }
  if (outcome) span[1] = end;
}
const DAY_WORDS = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tonight)\b/i;
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "this", "these", "those"]);
const PAST_VERB = /(?:ed|struck|hit|fled|fought|shot|took|broke|blew|fell|stormed)$/;

/**
 * "At least 28 guards were killed" in a story of the last days: an event or measure told in the past tense
 * with no date of its own happened in the story's month. Not the headline (the first line, left
 * without a full stop), not what a quotation recalls, not what "has" or "have" done over time.
 */
function dateFollowOns(
  doc: Doc,
  facts: FactDraft[],
  publishedAt: string,
  dayBySentence: readonly (string | null)[],
  monthBySentence: readonly ({ month: string; sentence: number } | null)[] = [],
  /** The first day of the last week before publication the story names: its news. */
  newsDay: string | null = null,
  frameBySentence: readonly (Frame | null)[] = [],
): void {
  const { tokens } = doc;
  for (const f of facts) {
    if (f.kind === "threat" || f.date || f.tally || f.modality !== "asserted") continue;
    const s = doc.sentences[f.sentence];
    if (!s || (f.sentence === 0 && !/[.!?"”]$/.test(doc.text.slice(s.start, s.end)))) continue;
    const trigger = tokens[f.trigger] as Token;
    if (notAHappening(doc.text.slice(tokens[f.first]?.start ?? s.start, tokens[f.last]?.end ?? s.end)))
      continue;
    // What a quotation says is not dated by the story; a quoted fragment after the trigger is,
    // and so is a quoted phrase of a few words naming it ('that a "wide search operation" had
    // begun at dawn'), or a reported clause after a closed quotation.
    const before = doc.text.slice(s.start, trigger.start);
    if (insideQuotation(before) && !quotedPhrase(doc.text, before, trigger.end, s.end)) continue;
    const pastWord = (t: Token | undefined) => t?.kind === "word" && !t.cap && PAST_VERB.test(t.norm);
    // "jets struck", "the fighting had forced": a past verb by the trigger; "has fought" is a tally.
    let past = pastWord(trigger);
    // "F-16 jets of the Iraqi Air Force struck": the first verb after a noun trigger.
    for (let k = f.trigger + 1; !past && k <= Math.min(f.last, f.trigger + 6); k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word" || t.cap) continue;
      // "a search operation had begun", "the devices were found": a past auxiliary.
      if (t.norm === "had" || t.norm === "was" || t.norm === "were") {
        past = true;
        break;
      }
      if (!isVerbWord(t.norm)) continue;
      past = pastWord(t);
      break;
    }
    // "later launched a sweep", "the convoy, made up of ..., escorted by": the verbs before the trigger.
    for (let k = Math.max(s.tokenStart, Math.min(f.first, f.trigger - 5)); k < f.trigger; k++) {
      const t = tokens[k] as Token;
      if (t.norm === "has" || t.norm === "have") past = false;
      else if (t.norm === "was" || t.norm === "were" || t.norm === "had") past = true;
      else if (pastWord(t) && !DETERMINERS.has(tokens[k - 1]?.norm ?? "")) past = true;
    }
    if (!past) continue;
    // "On 2/2/2026, a force ... arrested the accused at his house. Two hand grenades ... were
    // seized.": a measure told with no date of its own right after a measure dated by its day, in
    // the same paragraph, is the same operation's sequel, on that day. The measure before is an
    // act told by its verb ("arrested"), not a thing named ("the same checkpoint was attacked on
    // 3 March 2023"), and the sequel does not say it came after ("Officers later arrested").
    const later = tokens.slice(s.tokenStart, f.trigger).some((t) => SEQUEL_LATER.has(t.norm));
    const sequelOf =
      f.kind === "countermeasure" && (tokens[s.tokenStart]?.breaks ?? 0) === 0 && !later
        ? facts.find(
            (p) =>
              p.sentence === f.sentence - 1 &&
              p.kind === "countermeasure" &&
              p.modality === "asserted" &&
              PAST_VERB.test(tokens[p.trigger]?.norm ?? "") &&
              p.date?.text !== undefined &&
              isDay(p.date.value),
          )
        : undefined;
    if (sequelOf?.date) {
      f.date = { value: sequelOf.date.value, resolved: true };
      continue;
    }
    // "In the early morning of Friday 3 April 2026, while commanding the checkpoint, Captain Ali
    // observed a pick-up truck … The driver detonated an explosive charge": a day set by the
    // adverbial that opens a paragraph is the time of the narrative it opens; what the paragraph
    // goes on to tell in the past, with no date of its own, happened then, however long before
    // publication and whatever the news of the page.
    // Told in the simple past only: "had been arrested" is set before some later time, and "the
    // following week", "later" move the narrative on.
    // A paragraph that has told an event of that day already ("On the night of Sunday 16 August,
    // a quarrel … ended in gunfire. Ali … was killed") goes on with that event's details, which
    // are no happenings of their own: the frame dates a scene set, before anything happened.
    const frame = frameBySentence[f.sentence];
    const movedOn = tokens
      .slice(s.tokenStart, f.last + 1)
      .some((t) => t.norm === "had" || FRAME_MOVED.has(t.norm));
    // "On Tuesday night that breath ran out. Two men … shot the guard": a happening known only by a
    // past verb that names nobody and nothing sets the scene; it has told no event yet.
    const told = facts.some(
      (p) =>
        p.kind === "event" &&
        !(p.rule === OCCURRENCE && p.entities.size === 0) &&
        p.sentence >= (frame?.from ?? 0) &&
        p.sentence < f.sentence &&
        p.date?.value === frame?.day,
    );
    if (frame && frame.day <= publishedAt && !movedOn && !told) {
      f.date = { value: frame.day, resolved: true };
      continue;
    }
    // "In mid-March ... Syrian forces shelled villages": the month named in this sentence or the
    // one before is the narrative's, before the publication's.
    const named = monthBySentence[f.sentence];
    const value =
      named && f.sentence - named.sentence <= 1 && named.month <= publishedAt.slice(0, 7)
        ? named.month
        : storyMonth(dayBySentence[f.sentence] ?? null, publishedAt, newsDay);
    f.date = { value, resolved: true };
  }
}

/** "38 percent are headed by women", "60 per cent of them were children": a share, a statistic. */
const SHARE =
  /\b\d+(?:\.\d+)?\s*(?:percent|per cent|%)(?:\s+of\s+(?:them|the\s+\w+))?\s+(?:are|is|were|was)\b/i;
/** "cited repeated attacks by ISIS cells": activity told as a pattern, not a happening of a day. */
const PATTERN_OF_ACTIVITY =
  /\b(?:repeated|recurrent|recurring|frequent|persistent|regular|continuing|ongoing|daily|nightly|sporadic)\s+(?:\w+\s+)?(?:attacks|raids|incursions|ambushes|strikes|clashes|shelling|harassment|threats|abductions|killings|assaults)\b/i;
/**
 * A clause with no date of its own that tells no happening: a share of a population, or activity
 * told as a pattern. The story's month is no date of it.
 */
function notAHappening(words: string): boolean {
  return SHARE.test(words) || PATTERN_OF_ACTIVITY.test(words) || MOST_OF_THEM.test(words);
}
/**
 * "Most of the week's attacks took place at night": a clause about a part of many happenings
 * (most, many, half of them) tells what they had in common, not a happening of the story's month.
 */
const MOST_OF_THEM =
  /^\s*(?:most|many|some|several|half|all|none|few)\s+of\s+(?:the|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks|raids|incidents|killings|strikes|ambushes|clashes|abductions|kidnappings|bombings|explosions|deaths|casualties|victims|fires)\b/i;

/**
 * "In the early morning of Friday 3 April 2026, ", "On 14 May 2026, ", "Late on Monday 9 March, ":
 * a temporal adverbial that opens its sentence, a preposition and a few words before the day.
 */
const FRAME_LEAD =
  /^\s*(?:\d{1,2}[.)]\s+)?(?:(?:early|late|shortly|just)\s+)?(?:in|on|at|during|by)\b[^,;:.]{0,32}$/i;
const FRAME_REACH = 48;
/** The day a paragraph's opening adverbial sets, and the sentence that sets it. */
interface Frame {
  day: string;
  from: number;
}
/** Words that move a narrative on from the day its paragraph opened with. */
const FRAME_MOVED = new Set([
  "later",
  "following",
  "next",
  "afterwards",
  "subsequently",
  "eventually",
  "since",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
]);

/** Words that set a happening after the one told before it. */
const SEQUEL_LATER = new Set(["later", "then", "afterwards", "subsequently", "since", "after", "eventually"]);

/**
 * An hour told without a day: "shortly before midnight", "just after dawn", "at about 11 p.m.",
 * "in the early hours", "at about 15:40" (a 24-hour clock). Not "overnight" or "tonight", which count from the day of telling.
 */
const CLOCK_ONLY =
  /\b(?:(?:shortly |just |soon |well |an hour |two hours )?(?:before|after) (?:midnight|dawn|daybreak|sunrise|sunset|noon)|at (?:about |around |roughly |approximately )?(?:midnight|dawn|daybreak|noon|\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:.]?\d))|in the early hours)/;

/** The hours of a morning, after a night named the sentence before. */
const MORNING = /dawn|daybreak|sunrise|after midnight|early hours|a\.?m/;

/** "1. The killing of ...", "b) ...", "• ...": a point of a list, on a line of its own. */
const LIST_POINT = /^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•*·–—-])\s/;
const PERIOD_LEAD = /\b(?:since|until|till|from)\s+$/;
/** The same before a named event, its article between: "until the fall of Assad". */
const PERIOD_ANCHOR_LEAD = /\b(?:since|until|till|from)\s+(?:the\s+)?$/;
/** A weekday, whole or cut short as a digest's item heads write it ("Fri 3 July"). */
const WEEKDAY_WORD =
  /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\b\.?/gi;
const WEEKDAY_ONLY = /^(?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;

/** "2 February", "Monday, 3 March 2025:" alone on a line: a heading naming the day of its section. */
function sectionHeading(original: string, sd: SentenceDates): string | null {
  if (original.length > 40) return labelledDayHeading(original, sd);
  const days = sd.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !WEEKDAY_ONLY.test(d.text));
  const day = days[0];
  if (!day || days.length > 1) return null;
  let rest = original;
  for (const d of sd.dates) rest = rest.replace(d.text, "");
  return /^[\s,.:;—–-]*$/.test(rest.replace(WEEKDAY_WORD, "")) ? day.value : null;
}

/**
 * "FROM OUR EDITION OF TUESDAY 18 OCTOBER 2016", "POSTED FRIDAY 3 APRIL 2026": a heading set in
 * capitals that gives one day with its year, over a reprinted extract or a dated post. The day is
 * the section's, as a bare day heading's is: its "yesterday" and "today" count from it.
 */
function labelledDayHeading(original: string, sd: SentenceDates): string | null {
  if (!isCapsHeading(original.trim())) return null;
  const days = sd.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && /\d{4}/.test(d.text));
  return days.length === 1 && sd.speech.length === 0 ? (days[0]?.value ?? null) : null;
}

/** The labels of a log entry's head: "ENTRY 3 · 19 Aug · 21:05 · TRIBAL CLASH · Safwan road". */
const HEAD_LABELS = /\s[·|•]\s/;
const HEAD_LABEL_WORDS = 10;

/**
 * "ENTRY 3 · 19 Aug · 21:05 · TRIBAL CLASH · Safwan road": a log's entry head, a line of short
 * labels set apart by middle dots or bars, one of them a day alone. The day is the entry's, as a
 * heading's is for its section: what the lines under it report happened that day. A sentence
 * ending in a stop, or a label long enough to be a clause, is no head.
 */
function labelledHead(original: string, sd: SentenceDates): string | null {
  if (/[.!?]["”’]?\s*$/.test(original)) return null;
  const parts = original.split(HEAD_LABELS);
  if (parts.length < 3 || parts.some((p) => p.trim().split(/\s+/).length > HEAD_LABEL_WORDS)) return null;
  const days = sd.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && !WEEKDAY_ONLY.test(d.text));
  const day = days[0];
  if (!day || days.length > 1) return null;
  const own = parts.find((p) => p.includes(day.text));
  if (own === undefined || !/^[\s,.]*$/.test(own.replace(day.text, "").replace(WEEKDAY_WORD, "")))
    return null;
  return day.value;
}

/** "THURSDAY 11 JUNE 2026", "11 JUNE": a day heading set in capitals, as logs and diaries set them. */
const CAPS_DAY =
  /^\s*(?:(?:SUN|MON|TUES|WEDNES|THURS|FRI|SATUR)DAY,?\s+)?\d{1,2}\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?:,?\s+\d{4})?\s*:?\s*$/;

/** A day heading in capitals read as the same heading in title case (same length, same offsets). */
function capsDayHeading(line: string): string {
  if (!CAPS_DAY.test(line)) return line;
  return line.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "last night", "yesterday", "today": days counted from the day a text is told on. */
const NIGHT_BEFORE = /^(?:(?:late|early)\s+)?last\s+night$|^yesterday$/i;
/** "the night before last", "the day before yesterday": two days before the day of telling. */
const TWO_NIGHTS_BEFORE = /^the (?:night|day|evening) before (?:last|yesterday)$/i;
const SAME_DAY_WORD = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/**
 * "Sat 21 Nov, 08:05 — … shots were fired at the gate of their house last night": under a day's
 * heading, the words that count from the day of telling count from that day, not from the issue.
 */
function rebaseNights(sd: SentenceDates, day: string): void {
  const before = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
  for (const d of [...sd.dates, ...sd.speech]) {
    if (NIGHT_BEFORE.test(d.text.trim())) d.value = before;
    else if (TWO_NIGHTS_BEFORE.test(d.text.trim()))
      d.value = new Date(Date.parse(day) - 2 * 86_400_000).toISOString().slice(0, 10);
    else if (SAME_DAY_WORD.test(d.text.trim())) d.value = day;
  }
}

/**
 * "UPDATE: On Monday morning, the ministry said ...": a paragraph added when the story was updated,
 * written on the update's day, not the publication's.
 */
/** "Update 2 · 9 February 2026", "UPDATE (Monday 9 February)": the heading of a page's later news. */
const UPDATE_HEADING = /^\s*(?:UPDATE|Update|Updated|UPDATED)\b/;
/** How long a line an update's heading may be. */
const UPDATE_HEADING_MAX = 60;

/** The day an update's heading line gives (one day, after publication), else null. */
function updateHeading(original: string, sd: SentenceDates, publishedAt: string | null): string | null {
  const line = original.trim();
  if (!publishedAt || !UPDATE_HEADING.test(line) || line.length > UPDATE_HEADING_MAX || /[.!?]$/.test(line))
    return null;
  const days = sd.dates.filter((d) => isDay(d.value));
  const day = days.length === 1 ? days[0]?.value : undefined;
  return day && day > publishedAt.slice(0, 10) ? day : null;
}
const UPDATE_LABEL = /^\s*(?:UPDATE|UPDATED|Update|Updated)\s*(?:\([^)]{0,40}\))?\s*[:—–]/;
/**
 * "With respect,", "Yours faithfully,", "Sincerely,", "Your son, Ali": a letter's close, after which an editor's
 * note or the page speaks again from the day of publication.
 */
const VALEDICTION =
  /^\s*(?:with (?:respect|thanks|gratitude|best wishes|regards)|(?:yours )?(?:sincerely|faithfully|truly|respectfully)|yours|(?:kind |best |warm )?regards|respectfully yours)\s*,?\s*$|^\s*your (?:loving |devoted |affectionate |dear )?(?:son|daughter|brother|sister|friend|husband|wife|father|mother|grandson|granddaughter)\s*,?(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*\.?\s*$/iu;

/** An email's header field: "From: Daniel Moreau", "To: All staff", "Subject: RE: convoy". */
const MAIL_FIELD = /^\s*(?:from|to|cc|bcc|subject|re)\s*:/i;
/** The header field that dates an email: "Sent: Thursday, 9 July 2026 18:42", "Date: 9 July 2026". */
const MAIL_DATE = /^\s*(?:sent|date)\s*:\s*(.+)$/i;
/** A rule that parts the emails of a chain, or a chain from the page around it: "---", "* * *". */
const RULE_LINE = /^\s*(?:[-_=*~]\s*){3,}$/;

/**
 * "From: … / Sent: Thursday, 9 July 2026 18:42 / To: … / Subject: …": the emails of a chain
 * published whole. Each is written on the day its header gives: the writer's "last Tuesday",
 * "yesterday" and "on Wednesday morning" count from that day, not from the page's publication.
 * The email runs from its header to the next header or the next rule line. A date line needs a
 * second header field (From, To, Subject) beside it to be an email's; a dated note's "Date:"
 * line alone is not.
 */
function mailHeads(text: string, publishedAt: string | null): { date: string; start: number; end: number }[] {
  const lines: { text: string; start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const heads: { date: string; start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    const m = MAIL_DATE.exec(line.text);
    const day = m?.[1] ? findFullDate(m[1]) : undefined;
    if (!day || (publishedAt && day.value > publishedAt)) return;
    const near = lines.slice(Math.max(0, i - 3), i + 4).filter((l) => l !== line && MAIL_FIELD.test(l.text));
    if (near.length === 0) return;
    let end = text.length;
    for (const later of lines.slice(i + 1))
      if (RULE_LINE.test(later.text) || (MAIL_DATE.test(later.text) && later.start > line.end)) {
        end = later.start;
        break;
      }
    heads.push({ date: day.value, start: line.end, end });
  });
  return heads;
}

/** "2014" alone on a line: a year heading of a chronology. */
const YEAR_HEADING = /^\s*((?:19|20)\d\d)\s*:?\s*$/;

/**
 * "12 March – ", "Monday 3 March: ": a day leading a line, set off by a dash or a colon; a log's or
 * blotter's head may give the hour after the day ("Thu 19 Nov, 22:15 — Dibis checkpoint.").
 */
const ENTRY_LEAD = /^(?:,?\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?\s*[–—:-]\s/i;

/**
 * "12 March – The health directorate began ...": a line of a list of dated developments opens
 * with its day. The day is the entry's, for what the line reports and what follows it.
 */
function entryDay(original: string, sd: SentenceDates): FactDate | null {
  const first = sd.dates[0];
  if (!first) return null;
  // "Fri 30 Oct — ...": a digest's item head may put a weekday, cut short, before its day.
  const before = original.slice(0, Math.max(0, first.start - sd.start)).replace(WEEKDAY_WORD, "");
  if (first.start < sd.start || !/^[\s,]*$/.test(before)) return null;
  // "Oct 26–27 — Baghdadi is killed in an overnight raid": a run of days leads an entry too.
  if (!DAY_SPAN.test(first.value)) return null;
  const rest = sd.original.slice(first.end - sd.start);
  return ENTRY_LEAD.test(rest) ? { value: first.value, text: first.text, resolved: first.resolved } : null;
}

/** "HUMANITARIAN COORDINATOR'S STATEMENT": a heading in capitals closes a dated section. */
function isCapsHeading(original: string): boolean {
  return original.length <= 80 && /\p{Lu}{3}/u.test(original) && !/\p{Ll}/u.test(original);
}

/**
 * What a dated section reports without a date of its own (asserted events and measures, not
 * threats, not what a quotation says) happened on the section's day.
 */
function dateSections(doc: Doc, facts: FactDraft[], sectionBySentence: readonly (string | null)[]): void {
  for (const f of facts) {
    const day = sectionBySentence[f.sentence];
    if (!day || f.date || f.kind === "threat" || f.modality !== "asserted") continue;
    // "0205  Radar: three small craft closing": a log line's field label, one word before a
    // colon, names where the entry was read from, not something done that day.
    if (f.first === f.trigger && f.last === f.trigger && doc.tokens[f.trigger + 1]?.text === ":") continue;
    const s = doc.sentences[f.sentence];
    const trigger = doc.tokens[f.trigger];
    if (!s || !trigger || insideQuotation(doc.text.slice(s.start, trigger.start))) continue;
    f.date = { value: day, resolved: true };
  }
}

/**
 * A quoted phrase of a few words inside a sentence of the story ('a "wide search operation"'):
 * opened after the sentence's first words, closed within a few words of the trigger.
 */
function quotedPhrase(text: string, before: string, triggerEnd: number, sentenceEnd: number): boolean {
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("“"));
  if (open < 0 || before.slice(0, open).trim().split(/\s+/).length < 3) return false;
  if (
    before
      .slice(open + 1)
      .trim()
      .split(/\s+/).length > QUOTED_PHRASE_WORDS
  )
    return false;
  const rest = text.slice(triggerEnd, Math.min(sentenceEnd, triggerEnd + 80));
  const close = rest.search(/["”]/);
  return close >= 0 && rest.slice(0, close).trim().split(/\s+/).length <= QUOTED_PHRASE_WORDS;
}
const QUOTED_PHRASE_WORDS = 4;

/** Text before a point leaves a quotation open: the point is inside it. */
function insideQuotation(before: string): boolean {
  const curly = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** "09:40 — Iraq's Border Ports Authority confirms ...": a live blog's entry opens with its time. */
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s*[—–-]\s/i;
/** "23:15" alone on its line, the entry's text below it. */
const STAMP_LINE = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/i;
const LIVE_MIN_STAMPS = 2;
/** A clock time in an entry's text: "10pm", "9.30 p.m.", "22:40". */
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/i;

/** Minutes after midnight of a stamp ("9.40 pm" → 1300). */
function stampMinutes(stamp: string): number {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s?([ap])\.?m\.?)?/i.exec(stamp);
  if (!m) return -1;
  let h = Number(m[1]) % (m[3] ? 12 : 24);
  if (m[3]?.toLowerCase() === "p") h += 12;
  return h * 60 + Number(m[2] ?? 0);
}

/**
 * A live blog on a dated page: entries stamped "09:40 —" (or "09:40" on a line of its own) tell
 * the page's day, so what they report without a date of its own (asserted events and measures,
 * not threats) is of that day. The page's date is its last update: newest first, an entry whose
 * time is later than the one above it is of the day before (23:15 under 00:40); oldest first, the
 * last entry is of the page's day and each turn of the clock moves the ones above it a day back.
 */
function dateLiveEntries(doc: Doc, facts: FactDraft[], publishedAt: string): void {
  if (!/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return;
  const stamps: { sentence: number; minutes: number }[] = [];
  for (const s of doc.sentences) {
    const head = doc.text.slice(s.start, Math.min(s.end, s.start + 24));
    if (TIME_STAMP.test(head) || STAMP_LINE.test(doc.text.slice(s.start, s.end).trim()))
      stamps.push({ sentence: s.index, minutes: stampMinutes(head) });
  }
  if (stamps.length < LIVE_MIN_STAMPS) return;
  let down = 0;
  for (let i = 1; i < stamps.length; i++)
    if ((stamps[i] as { minutes: number }).minutes < (stamps[i - 1] as { minutes: number }).minutes) down++;
  const newestFirst = down * 2 >= stamps.length - 1;
  // Days back from the page's day, entry by entry.
  const back: number[] = stamps.map(() => 0);
  if (newestFirst)
    for (let i = 1; i < stamps.length; i++)
      back[i] = (back[i - 1] ?? 0) + ((stamps[i]?.minutes ?? 0) > (stamps[i - 1]?.minutes ?? 0) ? 1 : 0);
  else
    for (let i = stamps.length - 2; i >= 0; i--)
      back[i] = (back[i + 1] ?? 0) + ((stamps[i]?.minutes ?? 0) > (stamps[i + 1]?.minutes ?? 0) ? 1 : 0);
  const page = Date.parse(publishedAt.slice(0, 10));
  const first = stamps[0]?.sentence ?? 0;
  for (const f of facts) {
    if (f.sentence < first || f.date || f.kind === "threat" || f.modality !== "asserted") continue;
    let entry = 0;
    while (entry + 1 < stamps.length && (stamps[entry + 1]?.sentence ?? 0) <= f.sentence) entry++;
    // "shortly after 10pm" told in the 09:40 entry: the evening before the entry's day.
    const s = doc.sentences[f.sentence];
    const told = s ? CLOCK.exec(doc.text.slice(s.start, s.end)) : null;
    const evening = told ? stampMinutes(told[0].replace(/\s+/g, "")) > (stamps[entry]?.minutes ?? 0) : false;
    const days = (back[entry] ?? 0) + (evening ? 1 : 0);
    const day = new Date(page - days * 86_400_000).toISOString().slice(0, 10);
    f.date = { value: day, resolved: true };
  }
}

/** The kind of event, for telling mentions of one event apart from two events: a regime's fall
 * and the ruler's flight are one change of regime; otherwise the CAMEO root (an attack and the
 * killing it caused), else the ACLED type. */
function familyOf(f: FactDraft): string {
  if (f.rule.id === "regime-change" || f.rule.id === "flight") return "regime-change";
  // CAMEO's "yield" root (08) holds unlike acts: people returned home (0841) and a force
  // drawn down (087) are two happenings, so "families left Al-Hol this year" is no retelling of
  // "the coalition withdrew its advisers in September".
  const code = f.rule.cameo?.code;
  if (code?.startsWith("08")) return code.slice(0, 3);
  return code?.slice(0, 2) ?? f.rule.acled?.eventType ?? f.rule.id;
}

/** A country-wide event: where its mentions place it (Damascus, Moscow) does not tell it apart. */
const NATIONAL = new Set(["regime-change"]);
/** ", when seven towers fell": the clause opens with "when" right after the fact's words and a comma. */
function whenClauseAfter(tokens: readonly Token[], last: number, clause: Clause): boolean {
  const words = [];
  for (let k = last + 1; k <= clause.first + 1 && k <= clause.last; k++) words.push(tokens[k]?.norm ?? "");
  const at = words.indexOf("when");
  return at >= 0 && words.slice(0, at).every((w) => w === ",");
}

/**
 * What may part two tellings of one happening in a sentence for the entry to run over both:
 * "and", "as well as", and ", when" ("The worst single attack came on 3 November, when seven
 * towers fell"): a clause of the time just named tells what happened then.
 */
const JOINERS = new Set([",", "and", "or", "as", "well", "when"]);

function disjoint(a: readonly EntityDraft[], b: readonly EntityDraft[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

/** One is dated by its story's month only (no words of its own), the other by a day of that month. */
function storyMonthOf(a: FactDraft, b: FactDraft): boolean {
  const monthOnly = (f: FactDraft) => /^\d{4}-\d{2}$/.test(f.date?.value ?? "");
  const [month, day] = monthOnly(a) ? [a.date, b.date] : [b.date, a.date];
  // "the deadliest attack in Iraq this month" in a summary, and the attack's day in the body.
  return Boolean(month && day?.text && day.value.startsWith(`${month.value}-`));
}

const isViolence = (f: FactDraft) => Boolean(f.rule.attack) || f.rule.id === "casualties";
/** Words that tie a toll to the attack that caused it: "... (SDF), including a commander, in an attack". */
const TIES = new Set(["in", "during", "by", "and", ","]);
const GAP_MAX = 8;

/** Two mentions in one sentence, the second a few words after the first and tied to it by "in", "by", "and". */
function toldTogether(a: FactDraft, b: FactDraft, tokens: readonly Token[]): boolean {
  const [x, y] = a.first <= b.first ? [a, b] : [b, a];
  if (y.first <= x.last + 1) return true;
  if (y.first - x.last - 1 > GAP_MAX) return false;
  return TIES.has(tokens[y.first - 1]?.norm ?? "");
}

/** Two dates of which one holds the other at a coarser precision: "2019" and "2019-03". */
function nestedDates(a: FactDraft, b: FactDraft): boolean {
  const x = a.date?.value ?? "";
  const y = b.date?.value ?? "";
  if (!x || !y || x === y || x.includes("/") || y.includes("/")) return false;
  if (!/^\d{4}/.test(x) || !/^\d{4}/.test(y)) return false;
  return x.length < y.length ? y.startsWith(`${x}-`) : x.startsWith(`${y}-`);
}

/** A person, organization or place (not a country) that both mentions name. */
function sharedParty(a: FactDraft, b: FactDraft): boolean {
  return [...a.entities].some((e) => b.entities.has(e) && e.lexicon?.kind !== "country");
}

const MEASURE_WORDS = 4;

/** Words that make a mention a run of happenings over its period: "repeated attacks", "a series of raids". */
const ITERATIVE = new Set([
  "repeated",
  "repeatedly",
  "recurrent",
  "recurring",
  "frequent",
  "numerous",
  "multiple",
  "series",
  "spate",
  "string",
  "wave",
]);

/**
 * "Cells of ISIS carried out repeated attacks on checkpoints during November": a mention told in
 * the iterative aspect, a few words around its trigger, is a pattern over its period, not the one
 * dated happening of that period told again at a coarser date.
 */
function toldAsRepeated(f: FactDraft, tokens: readonly Token[]): boolean {
  for (let k = Math.max(0, Math.min(f.first, f.trigger - 3)); k <= f.trigger + 2; k++)
    if (ITERATIVE.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/**
 * "The SDF and the coalition captured an IS financier … On Wednesday night, SDF special forces
 * raided a house in Abu Hamam and captured …": a capture, and in another sentence a raid on the
 * same exact day by a party both name, are one operation told twice.
 */
function raidAndCapture(a: FactDraft, b: FactDraft): boolean {
  const ids = new Set([a.rule.id, b.rule.id]);
  return (
    ids.has("security-operation") &&
    ids.has("arrest") &&
    a.sentence !== b.sentence &&
    a.modality === b.modality &&
    /^\d{4}-\d{2}-\d{2}$/.test(a.date?.value ?? "") &&
    a.date?.value === b.date?.value &&
    sharedParty(a, b)
  );
}

const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
/** Past verbs that tell a happening as violence done: "were shot", "was ambushed". */
const VIOLENT_PAST = new Set([
  "shot",
  "fired",
  "attacked",
  "ambushed",
  "struck",
  "hit",
  "stabbed",
  "bombed",
  "shelled",
  "targeted",
  "gunned",
]);

/**
 * "Gunmen have killed four members of the SDF at a checkpoint in Raqqa, the group says. The
 * fighters were shot on Tuesday evening at a checkpoint near the Panorama roundabout": a news lead
 * tells the latest happening in the present perfect with no date of its own, and the next sentence
 * (or the one after) tells it again, dated to a day by its own words, opening with a definite noun
 * phrase that points back to it. Violence both, and the lead with no date at all.
 */
function leadDatedNext(earlier: FactDraft, later: FactDraft, tokens: readonly Token[], doc: Doc): boolean {
  if (earlier.kind !== later.kind || earlier.modality !== later.modality) return false;
  const gap = later.sentence - earlier.sentence;
  if (gap < 1 || gap > 2 || earlier.date !== undefined) return false;
  // The retelling may say only how ("The fighters were shot"): a happening known by a violent verb.
  const violent = (f: FactDraft) =>
    isViolence(f) || (f.rule === OCCURRENCE && VIOLENT_PAST.has(tokens[f.trigger]?.norm ?? ""));
  if (!isViolence(earlier) || !violent(later)) return false;
  if (later.date?.text === undefined || !isDay(later.date.value)) return false;
  let perfect = false;
  for (let k = Math.max(earlier.first, earlier.trigger - 3); k < earlier.trigger; k++)
    if (/^(?:has|have)$/.test(tokens[k]?.norm ?? "")) perfect = true;
  if (!perfect) return false;
  const opening = doc.sentences[later.sentence]?.tokenStart ?? -1;
  return later.first <= opening + 1 && DEFINITE.has(tokens[opening]?.norm ?? "");
}

/**
 * "… about the attack on Erbil International Airport on the night of Saturday 4 July 2026 … Three
 * one-way attack drones were launched towards the base.": a definite noun phrase dates an attack
 * to a day, and the next sentence or the one after tells, with no date of its own, how it was
 * done, pointing back to its place with a definite noun ("the base"). One event: the telling says
 * what happened, on the reference's day.
 */
function referenceThenHow(earlier: FactDraft, later: FactDraft, tokens: readonly Token[]): boolean {
  if (earlier.kind !== "event" || later.kind !== "event" || earlier.modality !== later.modality) return false;
  const gap = later.sentence - earlier.sentence;
  // No date in its own words (the story's month at most).
  if (gap < 1 || gap > 2 || later.date?.text !== undefined) return false;
  if (earlier.date?.text === undefined || !isDay(earlier.date.value)) return false;
  if (tokens[earlier.first]?.norm !== "the" || !earlier.rule.attack || !isViolence(later)) return false;
  for (let k = later.trigger + 1; k <= later.last; k++)
    if (tokens[k]?.norm === "the" && PLACE_NOUNS.has(tokens[k + 1]?.norm ?? "")) return true;
  return false;
}
/**
 * "On Tuesday night that breath ran out. Two men on a motorbike … shot the guard": a sentence that
 * dates a happening known only by a past verb and names nobody and nothing sets a scene; the
 * next sentence, with no date of its own, tells the hostile happening of that day. One event: the
 * telling says what happened, on the scene's day.
 */
function sceneThenHappening(doc: Doc, earlier: FactDraft, later: FactDraft): boolean {
  const { tokens } = doc;
  if (earlier.rule !== OCCURRENCE || earlier.entities.size > 0 || earlier.modality !== later.modality)
    return false;
  if (later.kind !== "event" || later.rule === OCCURRENCE || !later.rule.hostile) return false;
  if (later.sentence !== earlier.sentence + 1 || later.date?.text !== undefined) return false;
  // "On Monday morning, a recovery truck … struck a second device. Its driver was wounded.": a
  // happening told by a verb of violence, or at more length than what follows it, is no scene.
  if (VIOLENT_PAST.has(tokens[earlier.trigger]?.norm ?? "")) return false;
  if (later.last - later.first <= earlier.last - earlier.first) return false;
  const day = earlier.date?.text;
  if (day === undefined || !isDay(earlier.date?.value) || later.date?.value !== earlier.date?.value)
    return false;
  // The scene is set by the day it opens with ("On Tuesday night …"), not a clock told after what
  // happened ("The car exploded at 19:40").
  const s = doc.sentences[earlier.sentence];
  const opening = s ? doc.text.slice(s.start, s.start + day.length + 12).toLowerCase() : "";
  return SCENE_OPENING.test(opening.slice(0, opening.indexOf(day.toLowerCase()) + 1));
}
/** What comes before the day that opens a scene: "On ", "Late on ", "", "That ". */
const SCENE_OPENING = /^(?:(?:late|early)\s+)?(?:on|in|at|by|during|that|this)?\s*\S$/;

/**
 * "… after a drone struck the workers' camp … Gareth Hanna … was in a dormitory at the Sarsang oil
 * field when the drone hit on Monday evening": a happening named by an indefinite noun and, in
 * the next sentence, by the same noun made definite, on the same day, is one happening told twice,
 * whatever entities each telling names.
 */
function definiteRetelling(earlier: FactDraft, later: FactDraft, tokens: readonly Token[]): boolean {
  if (earlier.kind !== "event" || later.kind !== earlier.kind || later.rule !== earlier.rule) return false;
  if (earlier.modality !== later.modality || later.sentence !== earlier.sentence + 1) return false;
  if (!isDay(earlier.date?.value) || earlier.date?.value !== later.date?.value) return false;
  const noun = tokens[earlier.trigger]?.norm;
  return (
    noun !== undefined &&
    tokens[later.trigger]?.norm === noun &&
    /^(?:a|an)$/.test(tokens[earlier.trigger - 1]?.norm ?? "") &&
    /^(?:the|that)$/.test(tokens[later.trigger - 1]?.norm ?? "")
  );
}

/** Verbs of a captive set free: "police freed him", "troops rescued the hostages". */
const FREED = new Set(["freed", "rescued", "released", "liberated"]);
/** The forces that free captives by force and take their captors. */
const FORCE_NOUNS = new Set([
  "police",
  "policemen",
  "forces",
  "troops",
  "soldiers",
  "officers",
  "commandos",
  "units",
]);

/**
 * "Police freed him on Tuesday morning from a farmhouse … Maysan Police Command wrote that its
 * officers had arrested two of the kidnappers": a force that frees a captive on a day, and in the
 * next sentence (or the one after) arrests, dated by nothing but the story's month, told of the
 * same force, are one operation: the arrests were made in the rescue.
 */
function rescueThenCaptures(doc: Doc, earlier: FactDraft, later: FactDraft): boolean {
  const { tokens } = doc;
  if (earlier.kind !== "event" || earlier.modality !== "asserted" || later.modality !== "asserted")
    return false;
  if (later.kind !== "countermeasure" || later.rule.id !== "arrest") return false;
  const gap = later.sentence - earlier.sentence;
  if (gap < 1 || gap > 2 || later.date?.text !== undefined) return false;
  const day = earlier.date?.value ?? "";
  if (!isDay(day) || !later.date || !day.startsWith(`${later.date.value}-`)) return false;
  if (!FREED.has(tokens[earlier.trigger]?.norm ?? "")) return false;
  const from = doc.sentences[earlier.sentence]?.tokenStart ?? earlier.first;
  const byForce = (a: number, b: number) => tokens.slice(a, b).some((t) => FORCE_NOUNS.has(t.norm));
  const laterFrom = doc.sentences[later.sentence]?.tokenStart ?? later.first;
  return byForce(from, earlier.trigger) && byForce(laterFrom, later.trigger);
}

/** Common nouns a later sentence points back to a named site with: "towards the base". */
const PLACE_NOUNS = new Set([
  "base",
  "airport",
  "camp",
  "prison",
  "post",
  "checkpoint",
  "compound",
  "facility",
  "site",
]);

/** Whether two event mentions are one event: same kind, same day, actors and places that agree. */
function sameEvent(a: FactDraft, b: FactDraft, tokens: readonly Token[]): boolean {
  if (a.kind !== b.kind || a.modality !== b.modality) return false;
  // "the Sinjar Agreement ... after the agreement was signed": a measure named twice on its day.
  if (a.kind === "countermeasure" && a.rule !== b.rule) return raidAndCapture(a, b);
  // Two measures of one kind and day told apart in the text are two unless an entity ties them.
  const shared = [...a.entities].some((e) => b.entities.has(e) && e.lexicon?.kind !== "country");
  if (a.kind === "countermeasure" && a.sentence !== b.sentence && !shared) return false;
  // "found and dismantled two devices on the patrol road, and seized two rifles and a vest":
  // in one sentence, two measures each told with its own words apart are two.
  const own = (f: FactDraft) => f.last - f.first >= MEASURE_WORDS;
  if (a.kind === "countermeasure" && a.sentence === b.sentence && own(a) && own(b))
    if (a.last < b.first || b.last < a.first) return false;
  if (a.kind === "threat") return false;
  const family = familyOf(a);
  const sameSentence = a.sentence === b.sentence;
  // "captured at Baghouz seven years ago ... captured in March 2019 at Baghouz"; "the fall of
  // Assad ... When Assad fell in December 2024": one happening told twice, once at a coarser date
  // that holds the finer, tied by a person, group or place both name.
  if (
    !sameSentence &&
    nestedDates(a, b) &&
    sharedParty(a, b) &&
    !toldAsRepeated(a, tokens) &&
    !toldAsRepeated(b, tokens)
  ) {
    if (a.kind === "countermeasure") return true;
    if (familyOf(a) === familyOf(b)) return true;
    // "The guard, Ammar Hilal, was shot dead at the gate … Ammar Hilal was buried on Friday": a
    // burial is what came after a death, not the death told again at a finer date.
    const occurrence = a.rule === OCCURRENCE ? a : b.rule === OCCURRENCE ? b : undefined;
    if (occurrence && !AFTER_DEATH.has(tokens[occurrence.trigger]?.norm ?? "")) return true;
  }
  if (doersToldAgain(a, b, tokens)) return true;
  // In one sentence, violence is one event: "attacked a post with a car bomb, killing four".
  const violent = sameSentence && isViolence(a) && isViolence(b) && (a.rule.attack || b.rule.attack);
  // "condemns yesterday's attack on a convoy … The convoy was struck by an explosive device on the
  // road": the next sentence tells, with no date of its own, how the attack dated just before was
  // done (a bombing told after a fight, a shooting after an attack), at a place both name.
  const retold =
    !sameSentence &&
    Math.abs(a.sentence - b.sentence) === 1 &&
    storyMonthOf(a, b) &&
    isViolence(a) &&
    isViolence(b) &&
    sharedParty(a, b);
  if (family !== familyOf(b) && !violent && !retold) return false;
  // "On Wednesday night the range answered me … The previous day, the ministry had announced the
  // capture …": two happenings known only by a past verb have no kind to share; told in two
  // sentences, only a person, group or place both name makes them one.
  if (!sameSentence && a.rule === OCCURRENCE && b.rule === OCCURRENCE && !sharedParty(a, b)) return false;
  // Across sentences only an exact day ties two mentions; in one sentence, the same date or none.
  // A mention dated only by its story's month may be the day's event told again, if it shares an entity.
  const followOn = !sameSentence && storyMonthOf(a, b);
  if (a.date?.value !== b.date?.value && !followOn) return false;
  if (!sameSentence && !followOn && !/^\d{4}-\d{2}-\d{2}$/.test(a.date?.value ?? "")) return false;
  // "Iraqi troops" and "an Iraqi soldier" share only a country: not enough.
  // "SOHR documented the assassination of a dignitary yesterday evening. According to SOHR
  // sources, two gunmen opened fire on him": the next sentence tells how the event the sentence
  // before named by a noun phrase happened, with no date of its own, whatever entities each names.
  const [earlier, later] = a.sentence < b.sentence ? [a, b] : [b, a];
  const nextTold =
    followOn &&
    later.sentence - earlier.sentence === 1 &&
    later.date?.text === undefined &&
    (earlier.date?.value.length ?? 0) > (later.date?.value.length ?? 0) &&
    // "… at least three rockets were fired toward the Zone. Security forces reported that one
    // rocket landed near the bridge": the next sentence's undated strike of the same kind is where
    // the fire told just before fell.
    (DETERMINERS.has(tokens[earlier.first]?.norm ?? "") ||
      (earlier.rule === later.rule && earlier.rule.id === "shelling"));
  if (nextTold) return true;
  if (followOn && ![...a.entities].some((e) => b.entities.has(e) && e.lexicon?.kind !== "country"))
    return false;
  const split = (f: FactDraft) => {
    const all = [...f.entities];
    return {
      actors: all.filter((e) => e.type === "person" || e.type === "organization"),
      places: all.filter((e) => e.type === "place" || e.type === "facility"),
    };
  };
  // "the death of seven soldiers ... in an attack by ISIS cells": victims and attackers of one event.
  if (violent && toldTogether(a, b, tokens)) return true;
  const x = split(a);
  const y = split(b);
  if (disjoint(x.actors, y.actors)) return false;
  return sameSentence || NATIONAL.has(family) || !disjoint(x.places, y.places);
}

/** The doers of an attack named again by a definite noun: "the attackers", "the gunmen". */
const DOERS = new Set(["attackers", "gunmen", "assailants", "raiders", "killers", "bombers"]);

/**
 * "Gunmen killed two members of the security forces … late on Friday … the attackers had opened
 * fire from a car near the town of Tafas": violence told in the next sentence, on the same day or
 * with none but the story's month, whose subject is the doers just told named again by "the", is
 * how that attack was done, wherever each telling places it.
 */
function doersToldAgain(a: FactDraft, b: FactDraft, tokens: readonly Token[]): boolean {
  const [earlier, later] = a.sentence < b.sentence ? [a, b] : [b, a];
  if (later.sentence - earlier.sentence !== 1 || !isViolence(earlier) || !isViolence(later)) return false;
  if (earlier.date?.value !== later.date?.value && !storyMonthOf(a, b)) return false;
  for (let k = later.first; k < later.trigger; k++)
    if (DOERS.has(tokens[k]?.norm ?? "") && /^(?:the|these|those)$/.test(tokens[k - 1]?.norm ?? ""))
      return true;
  return false;
}

/** Words that tell a happening as the next one in a sequence: "Army aircraft then struck". */
const NEXT_IN_SEQUENCE = new Set(["then", "afterwards", "subsequently", "thereafter"]);
const IN_ANSWER = new Set(["response", "retaliation", "reprisal"]);

/**
 * "An ISIS cell attacked a convoy on Monday. Army aircraft then struck.": a mention whose own
 * sentence, after the earlier one's, tells it as what came next ("then", "afterwards", "in
 * response") before or just after its trigger is another happening, not the earlier one told again.
 */
function toldAsNext(doc: Doc, f: FactDraft, earlierSentence: number): boolean {
  if (f.sentence === earlierSentence) return false;
  const from = doc.sentences[f.sentence]?.tokenStart ?? f.first;
  // The trigger may be the actor's noun ("aircraft"), the sequence word told after it.
  const to = Math.min(f.last, f.trigger + 3);
  for (let k = from; k < to; k++) {
    const norm = doc.tokens[k]?.norm ?? "";
    if (NEXT_IN_SEQUENCE.has(norm)) return true;
    if (norm === "in" && IN_ANSWER.has(doc.tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

/** "a second incident", "another attack", "a separate shooting": the text itself sets an event apart. */
const ANOTHER = new Set(["another", "second", "third", "fourth", "separate", "further", "fresh", "new"]);
const INCIDENT =
  /^(?:incidents?|attacks?|ambush(?:es)?|shootings?|bombings?|explosions?|blasts?|strikes?|raids?|assaults?)$/;

/**
 * "On 20 October, a second incident was reported: a water truck was fired upon": a mention that
 * its own sentence introduces as another incident, before its trigger, is a new event, not the
 * earlier one told again, whatever day and (missing) entities the two share.
 */
function announcedAsAnother(doc: Doc, f: FactDraft): boolean {
  const from = doc.sentences[f.sentence]?.tokenStart ?? f.first;
  for (let k = Math.max(from, f.trigger - 16); k < f.trigger; k++) {
    if (!ANOTHER.has(doc.tokens[k]?.norm ?? "")) continue;
    const next = doc.tokens[k + 1]?.norm ?? "";
    if (INCIDENT.test(next) || INCIDENT.test(doc.tokens[k + 2]?.norm ?? "")) return true;
  }
  return false;
}

/** The entry keeps the event but is printed as another telling of it: that telling's words and toll. */
function takeWords(entry: FactDraft, telling: FactDraft): void {
  Object.assign(entry, {
    sentence: telling.sentence,
    first: telling.first,
    last: telling.last,
    trigger: telling.trigger,
    outcomeLast: telling.outcomeLast,
    outcomeFirst: telling.outcomeFirst,
  });
}

/**
 * "three members of the cell were arrested inside it … three other members of the cell were
 * arrested": a measure told of a number of "other" people, a few words before its verb, is taken
 * against others than the measure told before, so it is another measure, whatever it shares.
 */
function othersTaken(tokens: readonly Token[], f: FactDraft): boolean {
  for (let k = Math.max(0, f.trigger - 10); k < f.trigger; k++) {
    if (tokens[k]?.sentence !== tokens[f.trigger]?.sentence || tokens[k]?.norm !== "other") continue;
    const before = tokens[k - 1];
    if (before?.kind === "num" || NUMBER_WORDS.test(before?.norm ?? "")) return true;
  }
  return false;
}

/** Verbs of a defence that beat an attack off: "repelled the attack", "the assault was repulsed". */
const REPELLED = new Set(["repelled", "repulsed", "thwarted", "foiled"]);
const REPELLED_OBJECT = new Set(["the", "this", "that", "it", "its"]);

/**
 * "Our forces repelled the attack", "the guards thwarted the night's assault", "the attack was
 * repulsed": the event's noun is the object of a verb of defence beaten off, before it ("repelled
 * the [armed] attack") or after it in the passive ("the attack was repelled").
 */
function repelledOne(tokens: readonly Token[], f: FactDraft): boolean {
  const at = (i: number) => tokens[i]?.norm ?? "";
  for (let k = f.trigger - 1; k >= Math.max(0, f.trigger - 4); k--) {
    if (REPELLED.has(at(k))) return REPELLED_OBJECT.has(at(k + 1));
    if (/^[,.;]$/.test(at(k))) break;
  }
  return /^(?:was|were)$/.test(at(f.trigger + 1)) && REPELLED.has(at(f.trigger + 2));
}

/** Whether `toll` is told in the outcome `happening` carries (joinOutcomes): after it, up to its end. */
const tollOf = (happening: FactDraft, toll: FactDraft): boolean =>
  happening.outcomeLast !== undefined &&
  toll.sentence > happening.sentence &&
  toll.first > happening.last &&
  toll.last <= happening.outcomeLast;

/**
 * One event, one entry: "The fall of Assad", "the collapse of his regime" and "his flight to
 * Moscow" on one day are one event. Later mentions fold into the first (their entities and
 * tags with them); in one sentence, mentions joined only by "and" or a comma become one span.
 */
function mergeSameEvents(
  doc: Doc,
  facts: FactDraft[],
  entryBySentence: readonly (number | null)[] = [],
  labelHeads: ReadonlySet<number> = new Set(),
): FactDraft[] {
  const kept: FactDraft[] = [];
  // Two entries of a dated list ("Sun 1 Nov — Gunmen fired on a checkpoint ..." under another
  // entry of the same day) tell two happenings: the list sets them apart.
  const entryOf = (f: FactDraft) => entryBySentence[f.sentence] ?? null;
  // An attack by a jihadist group and a strike on it told in another sentence ("ISIS cells killed
  // 11 soldiers in an ambush ... Russian aircraft then carried out strikes on ISIS positions") are
  // the attack and the response to it, two events.
  const sides = (a: FactDraft, b: FactDraft) =>
    a.sentence !== b.sentence &&
    ((a.tags.has("insurgent-attack") && b.tags.has("counter-terrorism")) ||
      (a.tags.has("counter-terrorism") && b.tags.has("insurgent-attack")));
  const apart = (a: FactDraft, b: FactDraft) =>
    (entryOf(a) !== null && entryOf(b) !== null && entryOf(a) !== entryOf(b)) ||
    sides(a, b) ||
    (a.kind === "countermeasure" &&
      a.sentence !== b.sentence &&
      othersTaken(doc.tokens, a.sentence < b.sentence ? b : a)) ||
    toldAsNext(doc, a.sentence < b.sentence ? b : a, Math.min(a.sentence, b.sentence));
  /** Later tellings kept as facts of their own: no later mention folds into them. */
  const retold: FactDraft[] = [];
  for (const f of facts) {
    const fresh = announcedAsAnother(doc, f);
    const first = kept.find(
      (k) =>
        !apart(k, f) &&
        !(fresh && k.sentence < f.sentence) &&
        (sameEvent(k, f, doc.tokens) ||
          leadDatedNext(k, f, doc.tokens, doc) ||
          referenceThenHow(k, f, doc.tokens) ||
          sceneThenHappening(doc, k, f) ||
          definiteRetelling(k, f, doc.tokens) ||
          rescueThenCaptures(doc, k, f)),
    );
    if (!first) {
      kept.push(f);
      continue;
    }
    // "An ISIS cell attacked the prison … Our forces repelled the attack within half an hour": the
    // attack named again as what the defenders beat off tells what came of it, their stop, which
    // is a fact of its own, not the attack told again, of the attack's kind and site (its tags).
    // It stays a fact, undated, so the timeline still prints one attack.
    if (
      f.kind === "event" &&
      first.sentence !== f.sentence &&
      f.modality === "asserted" &&
      repelledOne(doc.tokens, f)
    ) {
      retold.push({
        ...f,
        entities: new Set(f.entities),
        tags: new Set([...first.tags, ...f.tags]),
        date: undefined,
      });
      continue;
    }
    // "… the attackers had opened fire from a car near Tafas": how the attack was done stays a
    // fact of its own (what that sentence says of it), undated, so the timeline prints one attack.
    if (first.sentence < f.sentence && doersToldAgain(first, f, doc.tokens)) {
      for (const e of f.entities) first.entities.add(e);
      if ((f.date?.value.length ?? 0) > (first.date?.value.length ?? 0)) first.date = f.date;
      retold.push({ ...f, entities: new Set(f.entities), tags: new Set(f.tags), date: undefined });
      continue;
    }
    // Asked before the later mention's entities join the first.
    const scene = sceneThenHappening(doc, first, f);
    // The captures of a rescue stay a fact of their own (what the force says it did), off the
    // timeline, which prints the rescue once.
    if (rescueThenCaptures(doc, first, f)) {
      for (const e of f.entities) first.entities.add(e);
      kept.push({ ...f, date: undefined });
      continue;
    }
    // A measure named twice keeps both citations as facts (each says something of it); the
    // timeline prints one. Told in two sentences ("carried out on 31 July a security operation
    // ... The operation resulted in the capture of ..."), the fuller citation is printed, on the
    // finer of the two dates, with every entity the mentions name; in one sentence, the first.
    if (f.kind === "countermeasure") {
      kept.push(f);
      const longer = f.last - f.first > first.last - first.first;
      // In one sentence, the clause over the phrase inside it ("In a search ... on Saturday, the
      // engineering units found and dismantled two devices" over "the engineering units found").
      const holds = f.sentence === first.sentence && f.first <= first.first && f.last >= first.last;
      // A capture told first and the raid it came of told after: the capture is the entry, on
      // its own date, so later arrests told of it still find it.
      const capture = first.rule.id === "arrest" && raidAndCapture(first, f);
      const [printed, other] =
        (f.sentence !== first.sentence || holds) && longer && !capture ? [f, first] : [first, f];
      if (other.date && other.date.value.length > (printed.date?.value.length ?? 0))
        printed.date = other.date;
      other.date = undefined;
      for (const e of other.entities) printed.entities.add(e);
      continue;
    }
    if (
      first.sentence !== f.sentence &&
      counts(doc.tokens, f).size > 0 &&
      counts(doc.tokens, first).size === 0 &&
      tallyOver(f, first)
    ) {
      f.date = undefined;
      kept.push(f);
      continue;
    }
    for (const e of f.entities) first.entities.add(e);
    for (const t of f.tags) first.tags.add(t);
    // Told again in a later sentence, dated by its own words and with a count of its own ("a large
    // escape last night" ... "more than 60 women and children escaped on Sunday night"): the
    // timeline prints one entry, the telling with the figure (it says what happened, as the fuller
    // citation of a measure is the one printed), but the first telling stays a fact (undated), as
    // a measure's second citation does, so what each sentence claims can still be weighed and set
    // against other accounts. Later mentions still fold into the printed entry.
    // An escape told again as a plain departure with a figure of its own ("four women and three
    // children left Roj camp without authorisation on the night of 9 November" ... "at least 23
    // women and children left Roj camp that night"): the later telling is another account of the
    // same escape, kept as a fact (undated, so the timeline still prints one entry) that carries
    // what the event is, so the two accounts can be weighed and set against each other.
    if (
      first.sentence !== f.sentence &&
      first.tags.has("escape") &&
      f.rule.id === "movement" &&
      counts(doc.tokens, f).size > 0
    ) {
      retold.push({ ...f, entities: new Set(f.entities), tags: new Set(first.tags), date: undefined });
      continue;
    }
    // "The 2026 Hit market bombing was a suicide attack on the central market … on the morning
    // of 6 September 2026. A bomber on foot detonated an explosive belt …, killing eleven people
    // and wounding 31.": the sentence right after a dated telling, with no date of its own, that
    // tells the same attack with its toll (which the first does not give) in more words says
    // what happened; it is printed, on the first telling's date.
    // "The match has been postponed after a roadside bomb exploded on the road near the checkpoint.
    // The bomb went off at about 15:30 on Saturday beside a police pick-up, wounding two officers":
    // the next sentence that gives the same day again, with the toll, tells it too; the first
    // telling's words that count are the happening's own, from its trigger, not the clause it is
    // told inside.
    // (Not a toll the first telling already carries as its outcome: "… came under fire on Tuesday
    // afternoon. A technician was wounded …" prints the happening with its toll, on its day.)
    const tollNext =
      f.sentence === first.sentence + 1 &&
      !tollOf(first, f) &&
      (f.date?.text === undefined || f.date.value === first.date?.value) &&
      tollTold(doc.tokens, f) &&
      !tollTold(doc.tokens, first) &&
      f.last - f.first > first.last - (f.date?.text === undefined ? first.first : first.trigger);
    if (
      first.sentence !== f.sentence &&
      (f.date?.text !== undefined || tollNext) &&
      f.rule.hostile &&
      first.rule.hostile &&
      (tollNext ||
        (counts(doc.tokens, f).size > 0 &&
          counts(doc.tokens, first).size === 0 &&
          // "An IED struck a convoy on Monday morning. One tanker was damaged and one driver was
          // lightly injured." … "At 07:15 on Monday, a roadside bomb exploded …": a first telling
          // that carries its toll (told in the sentence after it) already says what happened; a
          // later telling with its own figures but no toll does not take its entry.
          !(first.outcomeLast !== undefined && !tollTold(doc.tokens, f)) &&
          // "Four policemen were killed at a checkpoint on the road between Tarmiyah and Mashahda"
          // … "The attack took place at 23:40 on Thursday 19 February": a shorter telling that
          // points back to the attack gives its hour and day, not what happened; the first stays
          // the entry, on the finer date.
          !pointsBack(doc.tokens, f, first)))
    ) {
      const earlier: FactDraft = {
        ...first,
        entities: new Set(first.entities),
        tags: new Set(first.tags),
        date: undefined,
      };
      const date = (first.date?.value.length ?? 0) > (f.date?.value.length ?? 0) ? first.date : f.date;
      takeWords(first, f);
      Object.assign(first, { rule: f.rule, kind: f.kind, modality: f.modality, date });
      retold.push(earlier);
      continue;
    }
    // A news lead told again with its day: the lead keeps its words (what happened, with its toll)
    // and takes the day the retelling gives.
    if (f.date && leadDatedNext(first, f, doc.tokens, doc)) {
      first.date = f.date;
      continue;
    }
    // A dated reference to an attack and the telling of how it was done, or a dated scene and what
    // happened in it: the telling is printed, on the reference's day.
    if (scene || referenceThenHow(first, f, doc.tokens)) {
      takeWords(first, f);
      first.rule = f.rule;
      continue;
    }
    // A summary's "this month" told again with its day in the body: the entry that has the
    // day cites the event. A log entry's head of labels ("ENTRY 3 · 19 Aug · TRIBAL CLASH")
    // names the event's kind; the sentence under it, on the same day, says what happened.
    const fromHead = labelHeads.has(first.sentence) && !labelHeads.has(f.sentence) && f.date !== undefined;
    // A summary's point ("a grenade thrown at our depot on Saturday afternoon") told again under
    // the body's entry for its day ("Sat 5 Dec, 15:30 – … A grenade … exploded in the yard"): the
    // entry tells what happened; the summary's point stays a fact, undated, as a retelling does.
    if (
      entryOf(f) !== null &&
      entryOf(first) === null &&
      f.rule.hostile &&
      first.rule.hostile &&
      f.date !== undefined &&
      f.date.value === first.date?.value
    ) {
      retold.push({
        ...first,
        entities: new Set(first.entities),
        tags: new Set(first.tags),
        date: undefined,
        retoldOn: f.date.value,
      });
      takeWords(first, f);
      Object.assign(first, { rule: f.rule, kind: f.kind, modality: f.modality });
      continue;
    }
    if (
      first.sentence !== f.sentence &&
      (fromHead || (f.date?.value.length ?? 0) > (first.date?.value.length ?? 0))
    ) {
      takeWords(first, f);
      if (f.date) first.date = f.date;
      continue;
    }
    // The wider citation of the two names the event: the clause over the noun inside it.
    if (
      first.sentence === f.sentence &&
      isViolence(first) &&
      isViolence(f) &&
      toldTogether(first, f, doc.tokens)
    ) {
      // "the death of seven members ... in an attack by ISIS cells": one phrase tells the event.
      first.first = Math.min(first.first, f.first);
      first.last = Math.max(first.last, f.last);
    } else if (first.sentence === f.sentence && f.first <= first.first && f.last >= first.last) {
      first.first = f.first;
      first.last = f.last;
    } else if (first.sentence === f.sentence && f.first > first.last) {
      let joined = true;
      for (let k = first.last + 1; k < f.first; k++)
        if (!JOINERS.has(doc.tokens[k]?.norm ?? "")) joined = false;
      if (joined) first.last = f.last;
    }
  }
  return retold.length === 0
    ? kept
    : [...kept, ...retold].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}

/** Months an interval value covers: "2019/2025" → 84, "2025-02-24/2025-03-02" → 2; not an interval → 0. */
function monthsSpanned(value: string): number {
  const [a, b] = value.split("/");
  if (!a || !b) return 0;
  const month = (v: string) => Number(v.slice(0, 4)) * 12 + (v.length >= 7 ? Number(v.slice(5, 7)) - 1 : 0);
  return month(b) + (b.length === 4 ? 11 : 0) - month(a) + 1;
}

/** "it was the fourth ... this year", "this is the 12th ... since May": a happening numbered in a period. */
const ORDINAL_OF_PERIOD =
  /^(?:it|this|that) (?:is|was) (?:the|its|their) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/;

/** Words telling a happening recurred over a period: "on and off since 2024", "repeatedly since May". */
const RECURRING =
  /\b(?:on and off|off and on|repeatedly|intermittently|from time to time|again and again|time and again)\b/;

const TALLY =
  /\b(?:since|between|so far|to date|in total|a total of|over the (?:past|last)|in the (?:past|last))\b/;
/**
 * "38 attacks in the first five months of 2026, compared with 52 in the same period of 2025",
 * "41,600 trucks crossed in 2025, against 29,300 in 2024": a count set against another period's is
 * a tally too; a share set against another year's ("63 percent, against 29 percent in 2019") is a rate.
 */
const TALLY_AGAINST =
  /\b(?:compared (?:with|to) (?:about |around |some |more than |fewer than |well over )?\d|(?:up|down) from (?:about |around |some )?\d|against (?:about |around |some |more than |fewer than |well over )?\d[\d,.]* (?!percent|per cent)(?:[a-z]+ )?in (?:19|20)\d\d)/;

const FIRST_MONTHS = /\b(?:in|during|over) the first (?:[a-z]+ )?months of\b/i;
/** Who kept the count: "according to SOHR", "the command recorded", "have been killed". */
const RECORDED =
  /\b(?:according to|recorded|documented|counted|tally|figures|ha(?:s|ve|d) (?:been )?[a-z]+(?:ed|en))\b/;

/** A figure told over a period: a count in a clause dated by an interval it is counted over. */
function isCumulative(
  tokens: readonly Token[],
  clause: Clause,
  date: string,
  folded: string,
  sentenceStart: number,
  /** The words of the date: "Since 2023" set off before the clause still opens its period. */
  dateText = "",
  /** A tally of measures: "closed to trucks twice since January" counts times. */
  times = false,
): boolean {
  // "over the past week" is still the news; "since 2019" is a tally. "Since the start of the
  // year" and "in the first months of 2026" are dated by the year alone: a period of months too.
  const year = /^\d{4}$/.test(date);
  if (monthsSpanned(date) < 3 && !year) return false;
  const from = (tokens[clause.first]?.start ?? 0) - sentenceStart;
  const to = (tokens[clause.last]?.end ?? 0) - sentenceStart;
  const text = folded.slice(from, to);
  const against = TALLY_AGAINST.test(text);
  // "IS cells carried out 58 attacks in the first ten months of 2026, according to monitors": a
  // count over the first months that someone recorded; "moved 300 women to Roj in the first three
  // months" is one move.
  const counted = (FIRST_MONTHS.test(text) || FIRST_MONTHS.test(dateText)) && RECORDED.test(folded);
  // A year alone is a period only by its own words ("since the start of the year") or by a count
  // set against another's: "lost its last town in 2017" is one day's, "since 2019, when …" the day's.
  if (year && !/^since the (?:start|beginning) of\b/i.test(dateText) && !against && !counted) return false;
  if (!TALLY.test(text) && !against && !counted && !/^since\b/i.test(dateText)) return false;
  // "has been closed to trucks twice since January": a count of times is a figure too.
  return hasFigure(tokens, clause, sentenceStart) || (times && TIMES_COUNTED.test(text));
}
/** "twice", "three times", "5 times": how often a thing was done over a period. */
const TIMES_COUNTED = /\b(?:twice|thrice|(?:three|four|five|six|seven|eight|nine|ten|a dozen|\d+) times)\b/;

/**
 * "2. The guard force …", "(43) Several Member States noted …": the number of a numbered
 * paragraph counts nothing, bare or in brackets as UN reports number theirs.
 */
function isParagraphNumber(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (next === undefined || next.start !== t.end || !/^[.)]$/.test(next.text)) return false;
  if (t.start === sentenceStart) return true;
  const open = tokens[k - 1];
  return (
    open !== undefined &&
    open.start === sentenceStart &&
    open.end === t.start &&
    open.text === "(" &&
    next.text === ")"
  );
}

/** "… with Turkish-backed factions [4].": a source's note mark in square brackets counts nothing. */
function isFootnoteMark(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const open = tokens[k - 1];
  const close = tokens[k + 1];
  return open?.text === "[" && open.end === t.start && close?.text === "]" && close.start === t.end;
}

/**
 * "Iraqi forces have carried out 610 operations this year": a count the perfect tense sums over
 * the year so far is a tally, not a fact of one day or of the year as a whole. The fact stays
 * (it is what the forces did), undated, so it is not a row of the timeline.
 */
function yearTally(
  tokens: readonly Token[],
  clause: Clause,
  dateText: string,
  sentenceStart: number,
): boolean {
  if (!/^(?:so far )?this year$/i.test(dateText.trim())) return false;
  let perfect = false;
  for (let k = clause.first; k <= clause.last && !perfect; k++)
    perfect =
      PERFECT.has(tokens[k]?.norm ?? "") &&
      /ed$|^(?:done|made|seen|taken|been)$/.test(tokens[k + 1]?.norm ?? "");
  return perfect && hasFigure(tokens, clause, sentenceStart);
}
const PERFECT = new Set(["has", "have", "had"]);

/** A measure clause that counts over a period it names: "have seized 9 million pills since January 1". */
function tallied(
  sd: SentenceDates,
  range: { start: number; end: number },
  tokens: readonly Token[],
  clause: Clause,
  /** The measure's own date: "Since January, according to …, there have been 61 such strikes". */
  own?: FactDate,
): boolean {
  // Open-ended only: "in the last three months of 2024" dates what was done in them.
  const inRange = sd.dates.find(
    (d) =>
      d.start >= range.start && d.end <= range.end && /^since\b/i.test(d.text) && monthsSpanned(d.value) >= 3,
  );
  const period =
    inRange ?? (own && /^since\b/i.test(own.text ?? "") && monthsSpanned(own.value) >= 3 ? own : undefined);
  if (period === undefined) return false;
  // "raided an exchange office on Monday and arrested its owner, whom they accuse of moving
  // $340,000 to the cells since June": a measure told with its own day is that day's; the period
  // counts what a relative clause on its object tells, not the measure.
  if (inRange && own && /^\d{4}-\d{2}-\d{2}$/.test(own.value)) {
    const day = sd.dates.find((d) => d.value === own.value && d.text === own.text && d.end <= inRange.start);
    if (day && RELATIVE_AFTER_COMMA.test(sd.folded.slice(day.end - sd.start, inRange.start - sd.start)))
      return false;
  }
  // "Camp guards have been cut from around 400 to 250 since October": a level moved from one
  // figure to another over the period is one change of the measure, not a count of measures.
  const text = sd.folded.slice(
    (tokens[clause.first]?.start ?? 0) - sd.start,
    (tokens[clause.last]?.end ?? 0) - sd.start,
  );
  if (LEVEL_CHANGE.test(text)) return false;
  return isCumulative(tokens, clause, period.value, sd.folded, sd.start, period.text ?? "", true);
}
/** A relative clause set off by its comma: ", whom they accuse of …", ", which had …". */
const RELATIVE_AFTER_COMMA = /,\s*(?:who|whom|whose|which)\b/;
const LEVEL_CHANGE =
  /\bfrom (?:about |around |some |roughly |nearly |almost |over |more than )?\d[\d,.]* (?:[a-z'’-]+ ){0,2}?to (?:about |around |some |roughly |nearly |almost |just |only |fewer than |under )?\d[\d,.]*\b/;

/** A clause with no trigger ("and the Popular Army Forces ...") lends its entities to the one before. */
function attachOrphanClauses(
  clauses: readonly Clause[],
  facts: FactDraft[],
  owners: Map<number, EntityDraft>,
  tokensOf: (c: Clause) => string,
): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i] as Clause;
    // Only coordination ("..., and the Popular Army Forces") continues the clause before.
    if (!["and", "as"].includes(tokensOf(c))) continue;
    if (facts.some((f) => f.first <= c.last && f.last >= c.first)) continue;
    const prev = clauses[i - 1] as Clause;
    const host = facts.filter((f) => f.last === prev.last && !f.rule.itemized);
    for (const f of host) {
      for (let k = c.first; k <= c.last; k++) {
        const owner = owners.get(k);
        if (owner) {
          f.entities.add(owner);
          if (f.rule.id === "deployment" && owner.lexicon?.kind === "militia")
            f.tags.add("militia-deployment");
        }
      }
    }
  }
}

/** "since" before a date or a back reference, not before a clause of its own. */
const SINCE_PERIOD =
  /\bsince\s+(?:then|that|when|early|late|mid|the (?:start|beginning|end|middle|summer|spring|autumn|winter|fall)|last|this|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b(?:ever|long) since\b|\bsince\s*$/i;
/** What no rule names but a timeline wants: a dated happening told with a past-tense verb. */
const OCCURRENCE: EventRule = { id: "occurrence", kind: "event", trigger: /(?!)/g, tags: [] };
const wordSet = (words: string) => new Set(words.trim().split(/\s+/));
/** Past forms of verbs of happening that do not end in -ed. */
const IRREGULAR_PAST = wordSet(`
  began blew broke brought built burnt came caught drove dug fell fled flew fought found froze gave
  hid hit led left lost made met overran ran rose sank sent shot sold spent stole struck swept took
  threw tore went withdrew won
`);
/** Words that open a verb's object: "found a device", "stole their sheep". */
const OBJECT_OPENERS = wordSet("a an the his her their its our two three four five several");
/** What a force or a town holds as a happening of its day: "held its graduation ceremony". */
const CEREMONIES = wordSet("ceremony ceremonies funeral funerals parade parades memorial vigil burial");
/** Past verbs of what is done for the dead: a happening after a death, never the death itself. */
const AFTER_DEATH = wordSet("buried reburied mourned eulogised eulogized");
/** Participles that do not end in -ed, past only after "was" or "were" ("was broken into"). */
const IRREGULAR_PARTICIPLES = wordSet("broken stolen");
const PASSIVE_BE = wordSet("was were");
/** Past forms that state a view or a state of mind, not a happening. */
/**
 * A sentence that is a whole line, ends with no stop and tells the making of the record by a verb
 * of writing, filing or receiving it: a caption ("Review posted Thursday 3 September"). A subject
 * line that tells an act ("Letters dated 9 March from Iraq to the Council") is no caption.
 */
function captionLine(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 1);
  if ((before !== "" && before !== "\n") || (after !== "" && after !== "\n" && after !== "\r")) return false;
  const line = text.slice(start, end);
  return !/[.!?]["”’']?\s*$/.test(line) && RECORD_MADE.test(line);
}
const RECORD_MADE =
  /\b(?:commented|edited|posted|published|reviewed|tabled|recorded|prepared|issued|received|transcribed|translated|updated|filed|compiled|subtitled|uploaded)\b/i;

/** "as usual", "as normal", "as scheduled": what went on as before. */
const AS_BEFORE = wordSet("usual normal scheduled planned before");
const NOT_HAPPENINGS = wordSet(`
  believed described appeared seemed remained wanted needed hoped feared expected estimated
  considered concluded assessed suggested indicated claimed denied accused alleged insisted argued
  recalled reported named called based used executed recorded documented counted funded required
  related linked armed suspected
`);
/**
 * "Baghdad declared the group's military defeat in December 2017", "the PKK announced its
 * dissolution": a verb of declaring with its object (not a reported clause) is a happening.
 */
const DECLARATIONS = wordSet("announced declared proclaimed");
const DECLARED_OBJECTS = wordSet("the a an its his her their victory independence war");
const COORDINATORS = wordSet("and then");
const NOT_PAST_AUX = wordSet("is are am has have will would could may might should be to");
/** The auxiliaries of the perfect: "has ordered", "had suspended". */
const PERFECT_AUX = wordSet("has have had");
const BEFORE_ADJECTIVE = new Set([
  ...DETERMINERS,
  ...wordSet("of and or heavily newly well better worse more most less badly poorly so two three"),
]);

/** Words that open a clause of time after a main clause: "released … after the family paid". */
const TIME_CLAUSE_OPENERS = new Set(["after", "before", "once"]);
/**
 * Whether a clause of time opens between `from` and `to`, with a verb of its own before `to` (a
 * threat's trigger told inside it): "after the family paid a ransom", "after paying smugglers";
 * not a phrase of time or place ("a week before the attack", "appeared before the court …").
 */
function thenClauseBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!TIME_CLAUSE_OPENERS.has(tokens[k]?.norm ?? "")) continue;
    // The clause's verb comes after a short subject at most ("after the family paid", "after paying").
    for (let j = k + 1; j < Math.min(to, k + 4); j++) {
      const n = tokens[j]?.norm ?? "";
      if (isVerbWord(n) || /^[a-z]{3,}ing$/.test(n)) return true;
    }
  }
  return false;
}

/**
 * "Shamima Begum, who left London for Syria in 2015", "the minister inaugurated the system on
 * Wednesday": a clause no rule took, with a date of its own and a past-tense verb of its own,
 * is a dated happening. Speech and views are not happenings, nor is anything quoted, negated or
 * hypothetical; a participle before its noun ("armed smugglers") is not the clause's verb.
 */
function occurrences(
  doc: Doc,
  clauses: readonly Clause[],
  facts: readonly FactDraft[],
  owners: Map<number, EntityDraft>,
  sd: SentenceDates,
  /** The sentence is an entry led by its day ("10 March – 64 households departed ..."). */
  entry = false,
): FactDraft[] {
  const { tokens } = doc;
  const found: FactDraft[] = [];
  for (const raw of splitAtDatedWhen(tokens, clauses, sd)) {
    const clause = trimClause(tokens, raw);
    // A measure named by a noun phrase of a thing inside the clause ("walking out of a
    // checkpoint") leaves the clause's own verb ("he defected") to tell the happening; a noun of
    // an act ("announced the arrest") is the happening.
    // So does a thing a threat is named by ("under a false floor"): the load is told, not the act.
    const named = (f: FactDraft) =>
      (f.kind === "threat" && f.rule.itemized === true && f.first > clause.first) ||
      // "The two were released on 14 December after the family paid a ransom": a threat told in a
      // clause of time after the clause's own verb ("after …", "before …") leaves that verb to tell
      // the happening.
      (f.kind === "threat" && thenClauseBefore(tokens, clause.first + 2, f.trigger)) ||
      (f.kind === "countermeasure" &&
        f.first > clause.first &&
        DETERMINERS.has(tokens[f.first]?.norm ?? "") &&
        !EVENT_NOUNS.has(singular(tokens[f.trigger]?.norm ?? "")));
    if (facts.some((f) => f.first <= clause.last && f.last >= clause.first && !named(f))) continue;
    const start = tokens[clause.first]?.start ?? 0;
    const end = tokens[clause.last]?.end ?? 0;
    const text = sd.original.slice(start - sd.start, end - sd.start);
    // "since 2021", "since then" frame a period; "Since the coalition left Harir in September"
    // tells the happening the period starts from.
    if (SINCE_PERIOD.test(text) || /\?\s*$/.test(sd.original)) continue;
    // "jonas-b (maintainer) commented on Sunday 10 May", "[Voice note 2 · 1:06 · received Sunday,
    // 22:09]": a line of its own with no full stop is a caption of the record (who wrote it, when
    // it came), not a happening it tells.
    if (!entry && captionLine(doc.text, sd.start, sd.start + sd.original.length)) continue;
    // "since December, when the new government took over the area": a "when" clause set right
    // after a date tells the happening of that date.
    const comma = tokens[clause.first - 1];
    const whenDated =
      tokens[clause.first]?.norm === "when" &&
      comma?.text === "," &&
      sd.dates.some((d) => d.end === comma.start);
    // "The ministry has ordered a review ..., an official told LNA on Saturday": an act told by a
    // dated statement after it, with no date of its own, happened by the statement's day.
    const reported = sd.dates.length === 0 && sd.speech.some((d) => d.start >= end);
    // "The office said on Thursday that it had ordered a review": a perfect in the complement of
    // a dated statement ("we have ordered", told back) is an act done by the statement's day.
    const perfectReported =
      !reported &&
      sd.dates.length === 0 &&
      sd.speech.some(
        (d) => d.start >= start && d.end <= end && /^\s*,?\s*that\s/.test(sd.folded.slice(d.end - sd.start)),
      );
    if (
      !entry &&
      !whenDated &&
      !reported &&
      !perfectReported &&
      !sd.dates.some((d) => d.start >= start && d.end <= end)
    )
      continue;
    let verb = -1;
    let parens = 0;
    for (let k = clause.first; k <= clause.last && verb < 0; k++) {
      const t = tokens[k] as Token;
      if (t.text === "(") parens++;
      else if (t.text === ")") parens = Math.max(0, parens - 1);
      // "..., and returned home in 1988": a predicate joined to the one before opens its clause.
      const joined = k === clause.first && COORDINATORS.has(tokens[k - 1]?.norm ?? "");
      if ((k === clause.first && !joined) || parens > 0 || t.cap || t.kind !== "word") continue;
      // "our warehouse was broken into": a passive with an irregular participle is past too.
      const passive = PASSIVE_BE.has(tokens[k - 1]?.norm ?? "") && IRREGULAR_PARTICIPLES.has(t.norm);
      // "The academy held its graduation ceremony on Wednesday": "held" with a ceremony or a
      // parade for its object is the clause's past verb ("the men held in the camp", a
      // participle, has none; a meeting held is a talk, told by what it agreed).
      const heldIt =
        t.norm === "held" &&
        OBJECT_OPENERS.has(tokens[k + 1]?.norm ?? "") &&
        tokens.slice(k + 2, k + 5).some((o) => CEREMONIES.has(o.norm));
      const past =
        passive ||
        heldIt ||
        IRREGULAR_PAST.has(t.norm) ||
        (/^[a-z]{3,}ed$/.test(t.norm) && !NOT_HAPPENINGS.has(t.norm));
      const declares = DECLARATIONS.has(t.norm) && DECLARED_OBJECTS.has(tokens[k + 1]?.norm ?? "");
      // "A survey found that ...": a finding reported, not a find.
      const finding = t.norm === "found" && tokens[k + 1]?.norm === "that";
      // "Flights operated normally on Thursday", "schools opened as usual": life going on as
      // before is no happening of the day.
      const asBefore =
        tokens[k + 1]?.norm === "normally" ||
        (tokens[k + 1]?.norm === "as" && AS_BEFORE.has(tokens[k + 2]?.norm ?? ""));
      if (past && asBefore) continue;
      // "One mother, who asked to be identified only as Umm Zaid, told me that …": a source's
      // wish to go unnamed is the reporting's formula, no happening.
      if (past && anonymityAsked(tokens, k)) continue;
      if (
        !past ||
        finding ||
        (SPEECH_VERBS.has(t.norm) && !declares) ||
        (!joined && BEFORE_ADJECTIVE.has(tokens[k - 1]?.norm ?? ""))
      )
        continue;
      // "in a statement issued on Saturday": a participle after its noun, not the clause's verb.
      // "On Thursday night, a shepherd found a device": "a" and its noun right after the comma of
      // a fronted time, and an object after the verb, are the clause's subject and its verb.
      const subject =
        k - 3 > clause.first && tokens[k - 3]?.text === "," && OBJECT_OPENERS.has(tokens[k + 1]?.norm ?? "");
      if (["a", "an"].includes(tokens[k - 2]?.norm ?? "") && !tokens[k - 1]?.cap && !subject) continue;
      if (perfectReported && !PERFECT_AUX.has(tokens[k - 1]?.norm ?? "")) continue;
      // "is closed", "have returned", "will be issued": a state, a tally or what is to come.
      let aux = false;
      for (let j = Math.max(clause.first, k - 4); j < k; j++) {
        const n = tokens[j]?.norm ?? "";
        // "has ordered": a present perfect a dated statement reports is an act of that day.
        // "Late on Sunday 10 May, artillery fire hit the village", "The previous one, on Thursday
        // 21 May, hit a hangar": a "May" that closes a time phrase set off by its comma is the
        // month, no modal. One not set off ("temperatures on 5 May reached 41 degrees", "the rain
        // of May had uncovered it") stays unread: a date inside the subject tells no happening.
        aux ||=
          NOT_PAST_AUX.has(n) &&
          !(tokens[j]?.text === "May" && tokens[j + 1]?.text === "," && tokens[j - 1]?.kind === "num") &&
          !((reported || perfectReported) && j === k - 1 && (n === "has" || n === "have"));
      }
      if (!aux) verb = k;
    }
    if (verb < 0) continue;
    const from = reportedStart(tokens, clause, verb);
    if (modalityOf(tokens, from, verb) !== "asserted") continue;
    // "I spoke this afternoon to one of the survivors", "we met him in Qamishli": the writer's
    // own reporting (meeting, speaking, visiting) is how the story was gathered, not what happened.
    if (writersVisit(tokens, from, clause.last)) continue;
    let last = clause.last;
    while (last > verb && TRAILING_PUNCT.has(tokens[last]?.text ?? "")) last--;
    const date = factDate(sd, { start, end }, tokens[verb]?.start ?? 0, doc.publishedAt, "asserted");
    // A happening has a point in time: "in the first half of 2025" and "since 2021" frame tallies.
    // "two days later" after "the weekend of 31 October and 1 November" is a run of days: a point too.
    // "In the first months of 2025, thousands of families drove into the Badia": a few months
    // that frame no figure (not "since", not a count) are the happening's own period.
    const season =
      date !== undefined &&
      /^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(date.value) &&
      monthsSpanned(date.value) <= SEASON_MONTHS &&
      !/^since\b/i.test(date.text ?? "") &&
      !hasFigure(tokens, clause, sd.start);
    // "moved 300 detainees to al-Shaddadi over the previous five days": a run of days counted
    // from a day the story names is the happening's own time, however many it moved.
    const run =
      date !== undefined &&
      /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(date.value) &&
      COUNTED_RUN.test(date.text ?? "") &&
      monthsSpanned(date.value) <= 2;
    if (!date || !(/^\d{4}(?:-\d{2}){0,2}$/.test(date.value) || DAY_SPAN.test(date.value) || season || run))
      continue;
    // The sentence's happening is already told by a fact of that day, or is a well-known event
    // ("the factions that overthrew Assad in December") that the timeline dates on its own.
    // "In September 2006 he was among the sheikhs who joined the Awakening, and his men manned
    // checkpoints": a relative clause with a verb of its own before the fact is a happening too.
    const before =
      RELATIVE_WORDS.has(tokens[verb - 1]?.norm ?? "") && facts.every((f) => f.first > clause.last);
    // A measure named only by a noun phrase of another clause ("walking out of a checkpoint in
    // Harasta") tells no happening of its own.
    const tells = (f: FactDraft) => !named(f);
    const sameDay = facts.filter((f) => f.kind !== "threat" && f.date?.value === date.value && tells(f));
    if (!before && sameDay.length > 0) {
      // "The worst single attack this year came on 3 November, when seven towers fell near Tuz
      // Khurmatu": a "when" clause of the day just named tells what happened that day; the
      // entry runs on over it.
      const told = sameDay.find((f) => f.last < clause.first && whenClauseAfter(tokens, f.last, clause));
      if (told) {
        let end = clause.last;
        while (end > clause.first && TRAILING_PUNCT.has(tokens[end]?.text ?? "")) end--;
        told.last = end;
      }
      // "the Asayish raided a warehouse in the Ghweiran district, …, and seized two pill presses":
      // a measure told by its verb alone, joined by "and" to this clause, is the same subject's
      // second act of that day; its entry opens with the first, which says who acted and where.
      const second = sameDay.find(
        (f) =>
          f.kind === "countermeasure" &&
          f.sentence === clause.sentence &&
          f.first === f.trigger &&
          f.first > clause.last &&
          f.first - clause.last <= 3 &&
          tokens.slice(clause.last + 1, f.first).some((t) => t.norm === "and") &&
          tokens.slice(clause.last + 1, f.first).every((t) => t.norm === "and" || t.text === ","),
      );
      if (!told && second) second.first = from;
      continue;
    }
    if (sd.anchors.some((a) => a.start >= start && a.end <= end)) continue;
    if (isCumulative(tokens, clause, date.value, sd.folded, sd.start)) continue;
    if (isMemory(tokens, from, last, date.value, doc.publishedAt)) continue;
    const told: [number, number] = [from, last];
    withOutcome(tokens, told, doc.sentences[clause.sentence]?.tokenEnd ?? last + 1);
    const fact: FactDraft = {
      kind: "event",
      sentence: clause.sentence,
      first: from,
      trigger: verb,
      last: told[1],
      rule: OCCURRENCE,
      modality: "asserted",
      date,
      entities: new Set(),
      tags: new Set(),
    };
    for (let k = clause.first; k <= clause.last; k++) {
      const owner = owners.get(k);
      if (owner) fact.entities.add(owner);
    }
    // "Shamima Begum, who left London": the relative clause's subject is the clause before.
    const at = clauses.indexOf(raw);
    if (RELATIVE_WORDS.has(tokens[raw.first]?.norm ?? "") && at > 0) {
      const antecedent = clauses[at - 1] as Clause;
      for (let k = antecedent.first; k <= antecedent.last; k++) {
        const owner = owners.get(k);
        if (owner && relativeSubject(owner, tokens[raw.first]?.norm)) fact.entities.add(owner);
      }
    }
    found.push(fact);
  }
  return found;
}

/**
 * The police force an unnamed "police officer" (or "policeman") opening the clause speaks for:
 * the one organisation of the story whose name ends in "police", when there is only one.
 */
function policeOfficer(
  tokens: readonly Token[],
  from: number,
  to: number,
  owners: Map<number, EntityDraft>,
): EntityDraft | undefined {
  const k = from + (["a", "an", "one", "the"].includes(tokens[from]?.norm ?? "") ? 1 : 0);
  const officer =
    (tokens[k]?.norm === "police" && ["officer", "official", "source"].includes(tokens[k + 1]?.norm ?? "")) ||
    tokens[k]?.norm === "policeman";
  if (!officer || k >= to || owners.has(k)) return undefined;
  const forces = new Set(
    [...owners.values()].filter((d) => d.type === "organization" && /\bpolice$/i.test(d.name)),
  );
  return forces.size === 1 ? [...forces][0] : undefined;
}

/** "asked not to be named", "asked to be identified only as …", "requested anonymity". */
function anonymityAsked(tokens: readonly Token[], k: number): boolean {
  if (!["asked", "requested", "wished", "wanted"].includes(tokens[k]?.norm ?? "")) return false;
  if (tokens[k + 1]?.norm === "anonymity") return true;
  let j = k + 1;
  if (tokens[j]?.norm === "not") j++;
  return (
    tokens[j]?.norm === "to" &&
    tokens[j + 1]?.norm === "be" &&
    ["named", "identified", "quoted", "cited"].includes(tokens[j + 2]?.norm ?? "")
  );
}

const WRITER_WORDS = wordSet("i we my our me us");
/** The premises a notice or a shop's letter is written from: "this shop", "this kiosk". */
const PREMISES = wordSet(
  "shop kiosk store studio bakery restaurant cafe salon workshop pharmacy clinic business company firm stall garage",
);
const QUOTE_MARKS = new Set(['"', "“", "”", "«", "»"]);
const MEMORY_YEARS = 2;

/**
 * "My father opened this kiosk in 2019", "In 2017 we baked with no flour at all", "… opened this
 * shop with his father in 1996": the writer's own past (told in the first person, or of "this"
 * shop the text is written from), years before the text, is a memory that frames it, not a
 * happening its timeline reports. First-person words quoted inside the clause ("returned in 2022
 * through the crossing "without anyone asking me anything"") are someone else's.
 */
function isMemory(
  tokens: readonly Token[],
  from: number,
  last: number,
  value: string,
  publishedAt: string | null,
): boolean {
  if (!publishedAt) return false;
  const year = Number(value.slice(0, 4));
  if (!(Number(publishedAt.slice(0, 4)) - year >= MEMORY_YEARS)) return false;
  let quoted = false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k] as Token;
    if (QUOTE_MARKS.has(t.text)) quoted = !quoted;
    if (quoted) continue;
    if (WRITER_WORDS.has(t.norm) && !(t.norm === "us" && t.cap)) return true;
    if (t.norm === "this" && PREMISES.has(tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

const ENTRY_PREPOSITIONS = wordSet("with from for of in on at to by without");

/**
 * "June 10 — Islamic State fighters seize Mosul", "Dec 9 — Iraq declares victory over IS": a
 * chronology's entry tells its day's happening in the historic present, which the past-tense
 * test of `occurrences` misses. The clause the entry opens with is that happening when no event
 * of the sentence tells it already, unless it is speech ("The ministry says ...") or negated or
 * hypothetical. Its verb is the first word the lexicon knows only as a verb, else the first
 * plain word after the subject ("fighters seize").
 */
function entryHappening(
  doc: Doc,
  clauses: readonly Clause[],
  facts: readonly FactDraft[],
  owners: Map<number, EntityDraft>,
  sd: SentenceDates,
  entry: FactDate,
  /** The token the happening's clause opens at, when it is not right after the entry's day. */
  from?: number,
): FactDraft[] {
  const { tokens } = doc;
  const lead = sd.dates[0];
  if (!lead && from === undefined) return [];
  let first = from ?? tokens.findIndex((t) => t.start >= (lead?.end ?? 0));
  while (first >= 0 && tokens[first]?.kind !== "word" && tokens[first]?.kind !== "num") first++;
  const clause = first >= 0 ? clauseAt(clauses, first) : undefined;
  if (!clause) return [];
  let last = clause.last;
  while (last > first && TRAILING_PUNCT.has(tokens[last]?.text ?? "")) last--;
  // A measure the clause tells from its start ("Army units found a weapons cache") is the entry's
  // happening already; one named inside it ("dies in a US raid in Atmeh") is not.
  const told = (f: FactDraft) =>
    f.kind === "event"
      ? f.first <= last && f.last >= first
      : f.kind === "countermeasure" && f.first === first;
  if (facts.some(told)) return [];
  let verb = -1;
  let plain = -1;
  for (let k = first + 1; k <= last && verb < 0; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || t.cap) continue;
    if (isVerbWord(t.norm)) verb = k;
    else if (
      plain < 0 &&
      !BEFORE_ADJECTIVE.has(tokens[k - 1]?.norm ?? "") &&
      !BEFORE_ADJECTIVE.has(t.norm) &&
      !ENTRY_PREPOSITIONS.has(t.norm)
    )
      plain = k;
  }
  // "Sunday — lentil soup, bread, an apple": a word the lexicon does not know as a verb that
  // closes a list's item (a comma, "and" or the entry's end right after it) is a noun; a week's
  // menu or timetable row tells no happening.
  const after = tokens[plain + 1];
  if (verb < 0 && plain >= 0 && (plain >= last || after?.text === "," || after?.norm === "and")) return [];
  if (verb < 0) verb = plain;
  if (verb < 0) return [];
  const said = SPEECH_VERBS.has(tokens[verb]?.norm ?? "");
  const declares = DECLARATION_STEMS.test(tokens[verb]?.norm ?? "");
  if (said && !(declares && DECLARED_OBJECTS.has(tokens[verb + 1]?.norm ?? ""))) return [];
  if (modalityOf(tokens, first, verb) !== "asserted") return [];
  const fact: FactDraft = {
    kind: "event",
    sentence: clause.sentence,
    first,
    trigger: verb,
    last,
    rule: OCCURRENCE,
    modality: "asserted",
    date: { ...entry },
    entities: new Set(),
    tags: new Set(),
  };
  for (let k = first; k <= last; k++) {
    const owner = owners.get(k);
    if (owner) fact.entities.add(owner);
  }
  return [fact];
}

/**
 * "Fri 20 Nov, 06:40 — West of Hawija.": an entry's head that names a place and tells nothing,
 * a few words with no verb after the day and its time.
 */
function placeHead(original: string, sd: SentenceDates): boolean {
  const first = sd.dates[0];
  if (!first) return false;
  const rest = sd.original.slice(first.end - sd.start).replace(ENTRY_LEAD, "");
  const words = rest.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= PLACE_HEAD_WORDS &&
    /\.\s*$/.test(original) &&
    // A head may hold a noun that can be a verb ("Old market"), never a told verb.
    !words.some((w) => /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w) || HEAD_VERBS.has(w))
  );
}
const PLACE_HEAD_WORDS = 8;
const HEAD_VERBS = new Set(["is", "are", "was", "were", "has", "have", "had", "says", "said"]);

const RELATIVE_PREPOSITIONS = new Set(["from", "of", "by", "with", "about", "against", "for", "to", "among"]);
const RELATIVE_DETERMINERS = new Set(["the", "a", "an", "those", "these", "two", "three", "four", "five"]);
/**
 * Between the participle and its date: nothing, "on"/"in", or first the place it names ("abducted
 * near al-Busayrah on 10 October"), a name of up to four capitalised words.
 */
const RELATIVE_GAP =
  /^\s+(?:(?:near|outside|in|at)\s+(?:(?:al|el|as|ad|ar|an|az|ash)-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+)?(?:(?:on|in|at|during)\s+)?$/u;

/**
 * "Acting on information from the man detained the day before, police dug up a cache": a
 * participle after a noun governed by a preposition, with its own date right after it, is a
 * reduced relative clause. What it tells is cited by the noun phrase ("the man detained the day
 * before"), not by the clause around it, which tells something else on another day.
 */
function reducedRelativeSpan(
  tokens: readonly Token[],
  sd: SentenceDates,
  first: number,
  last: number,
): [number, number] | null {
  const noun = tokens[first - 1];
  const t = tokens[first];
  if (!t || !noun || first !== last || !/^[a-z]{3,}ed$/.test(t.norm)) return null;
  if (SPEECH_VERBS.has(t.norm)) return null;
  if (noun.kind !== "word" || isVerbWord(noun.norm)) return null;
  // "of two oil-truck drivers abducted": up to two modifiers between the determiner and the noun.
  let at = first - 2;
  while (at > first - 6 && !RELATIVE_DETERMINERS.has(tokens[at]?.norm ?? "")) {
    const w = tokens[at];
    if (!w || (w.kind !== "word" && w.text !== "-") || w.cap || isVerbWord(w.norm)) return null;
    at--;
  }
  const det = tokens[at];
  const prep = tokens[at - 1];
  if (!det || !prep || !RELATIVE_DETERMINERS.has(det.norm)) return null;
  if (!RELATIVE_PREPOSITIONS.has(prep.norm) || opensSubject(sd.original, prep.start - sd.start)) return null;
  const date = sd.dates.find((d) => {
    const gap = sd.original.slice(t.end - sd.start, d.start - sd.start);
    return d.start >= t.end && RELATIVE_GAP.test(gap);
  });
  if (!date) return null;
  let end = last;
  while ((tokens[end + 1]?.end ?? Number.POSITIVE_INFINITY) <= date.end) end++;
  return [at, end];
}

/** "announces the capture", "declares victory", "proclaims a caliphate": declaring a thing. */
const DECLARATION_STEMS = /^(?:announce|declare|proclaim)[sd]?$/;

/** Verbs of gathering a story: speaking to, meeting, visiting, interviewing, reaching someone. */
const GATHERING = wordSet("spoke talked met visited interviewed reached asked called phoned");
const FIRST_PERSON = wordSet("i we");

/** "I spoke ... to", "We met": a clause whose subject is the writer and whose verb gathers the story. */
function writersVisit(tokens: readonly Token[], from: number, last: number): boolean {
  if (!FIRST_PERSON.has(tokens[from]?.norm ?? "")) return false;
  // "I then spoke", "we also met": an adverb may come between.
  for (let k = from + 1; k <= Math.min(last, from + 3); k++) {
    const n = tokens[k]?.norm ?? "";
    if (GATHERING.has(n)) return true;
    if (!/ly$|^(?:also|then|later|first|again)$/.test(n)) return false;
  }
  return false;
}

/** "… since December, when the new government took over the area": the "when" clause apart. */
function splitAtDatedWhen(tokens: readonly Token[], clauses: readonly Clause[], sd: SentenceDates): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    let first = c.first;
    for (let k = c.first + 1; k <= c.last; k++) {
      const comma = tokens[k - 1] as Token;
      if (tokens[k]?.norm !== "when" || comma.text !== ",") continue;
      if (!sd.dates.some((d) => d.end === comma.start)) continue;
      if (k - 2 >= first) out.push({ ...c, first, last: k - 2 });
      first = k;
    }
    out.push(first === c.first ? c : { ...c, first });
  }
  return out;
}

/**
 * "she had been sold in the summer of 2015, a year after IS fighters overran Sinjar": two
 * happenings, each with its date, cited by one clause. The clause is cut at the counted date:
 * what follows it is the fact its trigger names, on the counted date; what goes before, with a
 * past verb and a date of its own, is a happening of its own on that date.
 */
function splitAtCountedDate(
  doc: Doc,
  facts: FactDraft[],
  owners: Map<number, EntityDraft>,
  sd: SentenceDates,
): FactDraft[] {
  const { tokens } = doc;
  const found: FactDraft[] = [];
  for (const f of facts) {
    if (f.kind !== "event" || f.modality !== "asserted") continue;
    const start = tokens[f.first]?.start ?? 0;
    const end = tokens[f.last]?.end ?? 0;
    const counted = sd.dates.find((d) => d.datesWhatFollows && d.start > start && d.end < end);
    if (!counted || (tokens[f.trigger]?.start ?? 0) < counted.end) continue;
    const own = sd.dates.filter((d) => !d.datesWhatFollows && d.start >= start && d.end <= counted.start);
    const before = own[own.length - 1];
    if (!before) continue;
    let cut = tokenAt(doc, counted.start, f.first, f.last + 1) - 1;
    while (cut > f.first && TRAILING_PUNCT.has(tokens[cut]?.text ?? "")) cut--;
    let past = false;
    for (let k = f.first; k <= cut; k++) {
      const n = tokens[k]?.norm ?? "";
      past ||= ["had", "was", "were"].includes(n) || IRREGULAR_PAST.has(n) || /^[a-z]{3,}ed$/.test(n);
    }
    const after = tokenAt(doc, counted.end, f.first, f.last + 1);
    if (!past || cut <= f.first || after > f.last) continue;
    const earlier: FactDraft = {
      kind: "event",
      sentence: f.sentence,
      first: f.first,
      trigger: f.first,
      last: cut,
      rule: OCCURRENCE,
      modality: "asserted",
      date: { value: before.value, text: before.text, resolved: before.resolved },
      entities: new Set(),
      tags: new Set(),
    };
    for (let k = f.first; k <= cut; k++) {
      const owner = owners.get(k);
      if (owner) earlier.entities.add(owner);
    }
    f.first = after;
    f.date = { value: counted.value, text: counted.text, resolved: counted.resolved };
    found.push(earlier);
  }
  return found;
}

/** What joins a happening's two days: "on Saturday night and again on Sunday evening". */
const AGAIN_BETWEEN = /^\s*,?\s*and (?:again|once more|then again)\s+(?:on\s+|in\s+|at\s+)?$/i;

/**
 * "On Saturday night and again on Sunday evening, fires destroyed wheat fields in …": a happening
 * told as done again on a second day is two happenings, one on each day. The fact keeps the day
 * it was given; a copy of it takes the other.
 */
function toldOnTwoDays(doc: Doc, facts: FactDraft[], sd: SentenceDates): FactDraft[] {
  const { tokens } = doc;
  const found: FactDraft[] = [];
  for (const f of facts) {
    if (f.kind !== "event" || f.modality !== "asserted" || !isDay(f.date?.value)) continue;
    const start = tokens[f.first]?.start ?? 0;
    const end = tokens[f.last]?.end ?? 0;
    const days = sd.dates.filter((d) => d.start >= start && d.end <= end && isDay(d.value));
    for (let i = 1; i < days.length; i++) {
      const [a, b] = [days[i - 1] as DateExpression, days[i] as DateExpression];
      if (a.value === b.value || !AGAIN_BETWEEN.test(sd.original.slice(a.end - sd.start, b.start - sd.start)))
        continue;
      const other = f.date?.value === a.value ? b : f.date?.value === b.value ? a : null;
      if (!other) continue;
      found.push({
        ...f,
        entities: new Set(f.entities),
        tags: new Set(f.tags),
        date: { value: other.value, text: other.text, resolved: other.resolved },
      });
    }
  }
  return found;
}

/** Words after which a past participle is no past happening: "and will be freed on Thursday". */
const NOT_DONE_YET = new Set([
  "will",
  "would",
  "shall",
  "could",
  "may",
  "might",
  "must",
  "should",
  "to",
  "not",
  "never",
]);
/** A date counted from another: "the next day", "four days later", "within hours", "of that year". */
const COUNTED_FROM = /\b(?:next|following|later|earlier|after|before|within|that|same|previous|this)\b/i;
/** "in November of that year": a month counted in a year told before. */
const OF_THAT_YEAR = /^\s*of (?:that|the same|the following|the next|the previous) year\b/i;
/** A date that bounds a period ("since 2019", "until 2023"): a period stays a period, no day of a happening. */
const PERIOD_DATE = /^(?:since|until|till|from|between|by|through|throughout)\b/i;

/**
 * "The group captured the city in May 2015 and blew up the temple that August", "she was
 * kidnapped on 1 September and freed by the police on Thursday": two past predicates joined by
 * "and", each with a date of its own, are two happenings told in one clause. The fact keeps the
 * conjunct its trigger is in, with that conjunct's date; the other conjunct, unless another fact
 * of the sentence already tells it, is a happening of its own on its own date. A list of nouns
 * ("a farmer and his nephew"), a date read across the "and" ("in 2014 and 2015") or a conjunct
 * with no past verb of its own ("and will be tried in May") is not cut.
 */
function splitCoordinatedDates(
  doc: Doc,
  facts: FactDraft[],
  owners: Map<number, EntityDraft>,
  sd: SentenceDates,
): FactDraft[] {
  const { tokens } = doc;
  const found: FactDraft[] = [];
  const pastIn = (from: number, to: number) => {
    for (let k = from; k <= to; k++) {
      const n = tokens[k]?.norm ?? "";
      if (NOT_DONE_YET.has(n)) return false;
      if (["had", "was", "were"].includes(n) || IRREGULAR_PAST.has(n) || /^[a-z]{3,}ed$/.test(n)) return true;
    }
    return false;
  };
  // A date of its own: not a bound of a period ("until February"), nor counted from another
  // date ("the next day", "four days later", "in November of that year").
  const own = (d: DateExpression) =>
    !d.datesWhatFollows &&
    !PERIOD_DATE.test(d.text) &&
    !PERIOD_LEAD.test(sd.folded.slice(Math.max(0, d.start - sd.start - 12), d.start - sd.start)) &&
    !COUNTED_FROM.test(d.text) &&
    !OF_THAT_YEAR.test(sd.folded.slice(d.end - sd.start, d.end - sd.start + 24));
  const told = (from: number, to: number, but: FactDraft, happenings = false) =>
    facts.some(
      (o) => o !== but && o.trigger >= from && o.trigger <= to && !(happenings && o.kind === "threat"),
    ) || found.some((o) => o.first <= to && o.last >= from);
  for (const f of [...facts]) {
    if ((f.kind !== "event" && f.kind !== "countermeasure") || f.modality !== "asserted" || !f.date) continue;
    for (let k = f.first + 2; k < f.last - 1; k++) {
      if (tokens[k]?.norm !== "and") continue;
      const at = tokens[k]?.start ?? 0;
      if (sd.dates.some((d) => d.start < at && d.end > at)) continue;
      const start = tokens[f.first]?.start ?? 0;
      const end = tokens[f.last]?.end ?? 0;
      const before = sd.dates.filter((d) => d.start >= start && d.end <= at);
      const after = sd.dates.filter((d) => d.start > at && d.end <= end);
      const a = before[before.length - 1];
      const b = after[0];
      // "was abducted on Saturday evening … and released the next morning": a captive's release is a
      // happening of its own day, whatever the days between (the release rule's reading), its day
      // counted from the abduction's or not.
      const freed =
        FREED.has(tokens[k + 1]?.norm ?? "") &&
        a !== undefined &&
        b !== undefined &&
        own(a) &&
        isDay(a.value) &&
        isDay(b.value) &&
        b.value > a.value;
      // Days of one month are stages of one episode ("closed the road on Sunday and reopened it on
      // Wednesday"): one entry. Dates a month or more apart tell two happenings.
      if (!a || !b || a.value === b.value) continue;
      if (!freed && (!own(a) || !own(b) || a.value.slice(0, 7) === b.value.slice(0, 7))) continue;
      // The second conjunct's past verb comes before its date: "and blew up the temple that
      // August"; the first conjunct ends on its date, with no verb after it ("after the bombing
      // that killed six soldiers and wounded nine": one predicate of a clause inside).
      const bFirst = tokenAt(doc, b.start, k, f.last + 1);
      const aLast = tokenAt(doc, a.end - 1, f.first, k);
      // A release may follow a first conjunct told on past its date ("… on Saturday evening as he left
      // a clinic and released the next morning").
      if (!pastIn(f.first, k - 1) || (!freed && pastIn(aLast + 1, k - 1)) || !pastIn(k + 1, bFirst - 1))
        continue;
      // Nor across a clause's end ("to give a blood sample; his father and two brothers were killed").
      if (tokens.slice(aLast + 1, k).some((t) => t.text === ";" || t.text === ":")) continue;
      let cut = k - 1;
      while (cut > f.first && TRAILING_PUNCT.has(tokens[cut]?.text ?? "")) cut--;
      let next = k + 1;
      const that = tokens[next]?.norm === "that";
      if (that || tokens[next]?.norm === "then") next++;
      // The second conjunct opens on its verb ("and freed by the police"), or is a that-clause of
      // its own ("and that parts of it were destroyed in 2015"); not a second noun ("his father
      // and two brothers were killed").
      if (!that && !pastIn(next, next)) continue;
      const inFirst = f.trigger <= cut;
      const [mine, other] = inFirst ? [a, b] : [b, a];
      // The fact was dated by its own conjunct's date, not by one outside the two.
      if (f.date.value !== a.value && f.date.value !== b.value) continue;
      const [oFirst, oLast] = inFirst ? [next, f.last] : [f.first, freed ? f.last : cut];
      // A release told with a ransom ("released … after his family paid a ransom") is still the
      // release: a threat the conjunct also cites is no entry of the timeline.
      if (!told(oFirst, oLast, f, freed)) {
        const happening: FactDraft = {
          kind: "event",
          sentence: f.sentence,
          first: oFirst,
          trigger: oFirst,
          last: oLast,
          rule: OCCURRENCE,
          modality: "asserted",
          date: { value: other.value, text: other.text, resolved: other.resolved },
          entities: new Set(),
          tags: new Set(),
          conjunct: inFirst,
        };
        // The subject both predicates share is the happening's too: "the coalition ... handed".
        for (let j = inFirst ? f.first : oFirst; j <= oLast; j++) {
          const owner = owners.get(j);
          if (owner && (j >= oFirst || j < f.trigger)) happening.entities.add(owner);
        }
        found.push(happening);
      }
      // The captive's entry keeps its whole sentence, the release in it ("… was kidnapped on Sunday and
      // released the next day"): the episode is told on its first day, the release on its own.
      if (inFirst && !freed) f.last = cut;
      else if (!inFirst) f.first = next;
      f.date = { value: mine.value, text: mine.text, resolved: mine.resolved };
      break;
    }
  }
  return found;
}

const NAMED_EVENT_NOUN =
  /^(?:fall|collapse|ouster|toppling|overthrow|downfall|battle|defeat|capture|seizure|attack|assault|siege|territorial defeat)\b/;

/** Rules of the well-known events a text names in passing, by anchor id, made once. */
const ANCHOR_RULES = new Map<string, EventRule>();
function anchorRule(id: string): EventRule {
  // The fall of Assad is the regime change the rules name too: one family, so its mentions merge.
  const regime = EVENT_RULES.find((r) => r.id === "regime-change");
  if (id === "fall-of-assad" && regime) return regime;
  let rule = ANCHOR_RULES.get(id);
  if (!rule) {
    rule = { id: `anchor-${id}`, kind: "event", trigger: /(?!)/g, tags: [] };
    ANCHOR_RULES.set(id, rule);
  }
  return rule;
}

/**
 * "None of this means a return to the summer of 2014, when the fall of Mosul opened the road to
 * Baghdad", "Since the 2019 fall of Baghuz": a well-known event named as a time reference is on
 * the story's timeline too, dated by the text where it gives a date, else by its known day.
 */
function namedEvents(
  doc: Doc,
  from: number,
  to: number,
  facts: readonly FactDraft[],
  owners: Map<number, EntityDraft>,
  sd: SentenceDates,
): FactDraft[] {
  const { tokens } = doc;
  const found: FactDraft[] = [];
  for (const a of sd.anchors) {
    // A noun phrase naming the event ("the fall of Mosul"), not a clause about its actors
    // ("the factions that overthrew Assad in December"), which the story tells for who they are.
    if (!NAMED_EVENT_NOUN.test(sd.folded.slice(a.start - sd.start, a.end - sd.start))) continue;
    let first = tokenAt(doc, a.start, from, to);
    const last = tokenAt(doc, a.end - 1, first, to);
    if (
      facts.some((f) => f.first <= last && f.last >= first) ||
      found.some((f) => f.first <= last && f.last >= first)
    )
      continue;
    // "the 2019 fall of Baghuz": the year and the article before the name are the phrase's.
    if (tokens[first - 1]?.kind === "num" && /^(?:19|20)\d\d$/.test(tokens[first - 1]?.text ?? "")) first--;
    if (tokens[first - 1]?.norm === "the") first--;
    const date = factDate(
      sd,
      { start: tokens[first]?.start ?? a.start, end: tokens[last]?.end ?? a.end },
      a.start,
      doc.publishedAt,
      "asserted",
    );
    if (!date) continue;
    const fact: FactDraft = {
      kind: "event",
      sentence: tokens[first]?.sentence ?? 0,
      first,
      trigger: tokenAt(doc, a.start, from, to),
      last,
      rule: anchorRule(a.anchor.id),
      modality: "asserted",
      date,
      entities: new Set(),
      tags: new Set(),
    };
    for (let k = first; k <= last; k++) {
      const owner = owners.get(k);
      if (owner) fact.entities.add(owner);
    }
    found.push(fact);
  }
  return found;
}

const SEASON_MONTHS = 6;
/** "over the previous five days", "in the following two weeks": a run of days counted from a day named. */
const COUNTED_RUN =
  /^(?:in|over|during|within) the (?:previous|preceding|past|last|following|next) \S+ (?:day|week)s?$/i;

/**
 * A count in the clause ("1,957 people", "36 hunters"), not a year; given where its sentence
 * starts, not the number of a numbered paragraph either. Nor an ordinal: "the 26th Division"
 * names a unit and "the 3rd attack" ranks one, neither counts anything.
 */
function hasFigure(tokens: readonly Token[], clause: Clause, sentenceStart?: number): boolean {
  for (let k = clause.first; k <= clause.last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "num" || /^(?:19|20)\d\d$/.test(t.text)) continue;
    const next = tokens[k + 1];
    if (next && next.start === t.end && /^(?:st|nd|rd|th)$/i.test(next.text)) continue;
    if (isFootnoteMark(tokens, k) || isClockTime(tokens, k)) continue;
    if (sentenceStart === undefined || !isParagraphNumber(tokens, k, sentenceStart)) return true;
  }
  return false;
}

/**
 * "the attack", "the clashes": a reference back to an event told before, with nothing new. A
 * counted subject is news of its own: "four detainees escaped".
 */
function dropBareReferences(facts: FactDraft[], tokens: readonly Token[]): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i] as FactDraft;
    if (f.kind !== "event" || f.rule.itemized || f.last - f.first > 2 || f.entities.size > 0) continue;
    let counted = false;
    for (let k = f.first; k < f.trigger && !counted; k++) counted = numberAt(tokens, k) !== null;
    if (!counted && !namesTheMove(tokens, f)) facts.splice(i, 1);
  }
}

/** People moved told in the passive before the noun: "were flown out of", "had been taken from". */
const MOVED =
  /^(?:flown|taken|brought|transferred|evacuated|moved|bused|bussed|driven|transported|handed|released)$/;
/**
 * Whether the bare noun names what the clause before it did to the people it moved: "eleven US
 * citizens flown out of north-east Syria on 2 December in a repatriation organised with the SDF"
 * (the flight was the repatriation), unlike "talks on repatriation" or "a repatriation" alone.
 */
function namesTheMove(tokens: readonly Token[], f: FactDraft): boolean {
  if (tokens[f.first - 1]?.norm !== "in" && tokens[f.first - 2]?.norm !== "in") return false;
  if (!/^(?:a|an|the|in)$/.test(tokens[f.first - 1]?.norm ?? "")) return false;
  for (let k = f.first - 2; k >= 0 && f.first - k <= 14; k--) {
    const t = tokens[k];
    if (!t || t.norm === "." || t.norm === ";" || t.breaks > 0) return false;
    if (MOVED.test(t.norm)) return true;
  }
  return false;
}

/** "military forces" inside "many military forces ... have been deployed" says nothing more. */
function dropCoveredItems(facts: FactDraft[]): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const item = facts[i] as FactDraft;
    if (!item.rule.itemized) continue;
    const covered = facts.some(
      (f) =>
        !f.rule.itemized &&
        f.kind === item.kind &&
        f.first <= item.first &&
        f.last >= item.last &&
        item.rule.tags.some((t) => f.tags.has(t)),
    );
    if (covered) facts.splice(i, 1);
  }
}

/** Whether fact `c` tells `f` inside a wider span of the same sentence, on the same date. */
function holdsWider(c: FactDraft, f: FactDraft): boolean {
  return (
    c !== f &&
    c.date?.value === f.date?.value &&
    c.first <= f.first &&
    c.last >= f.last &&
    c.last - c.first > f.last - f.first
  );
}

const TO_COME_AFTER = new Set(["will", "would", "shall"]);
/** Whether the noun ending at `last` is the subject of a verb of what is to come: "cameras would be". */
function toComeAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 2; k++) {
    const t = tokens[k];
    if (!t || t.kind === "punct" || t.breaks > 0) return false;
    if (TO_COME_AFTER.has(t.norm)) return true;
    if (t.norm !== "also" && t.norm !== "soon" && t.norm !== "now") return false;
  }
  return false;
}

/** Positions of the words inside ", who … ," and ", which … ," asides: a relative clause set off by commas. */
function relativeAsides(words: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const opener = words[k + 1]?.norm ?? "";
    if (words[k]?.text !== "," || !(RELATIVE_OPENERS.has(opener) || opener === "including")) continue;
    const close = words.findIndex(
      (t, j) => j > k + 1 && (t.text === "," || t.text === "." || t.text === ";"),
    );
    if (close < 0 || words[close]?.text !== ",") continue;
    // "Nine people, including two children, were wounded": the aside names some of the subject's
    // people, closed right before the subject's verb; "…, including a policeman, in two attacks"
    // counts over more than the one happening, and stays no aside.
    if (opener === "including" && !SUBJECT_VERBS.has(words[close + 1]?.norm ?? "")) continue;
    for (let j = k + 1; j < close; j++) inside.add(j);
    k = close - 1;
  }
  return inside;
}
const RELATIVE_OPENERS = new Set(["who", "whom", "whose", "which"]);
/** The verb a plural or singular subject takes right after an aside: "…, were killed". */
const SUBJECT_VERBS = new Set(["was", "were"]);
