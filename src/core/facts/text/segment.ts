import { findFullDate, monthIndex } from "../events/dates.js";
import { pluralPossessive } from "../quotes/quote-marks.js";
import type { Token } from "./tokenize.js";
import { isVerbWord } from "./word-classes.js";
import { COUNT_WORDS, ORG_HEADS } from "./word-lists.js";

/**
 * Sentences with exact offsets, and the metadata an article carries before its first
 * sentence: a `date YYYY-MM-DD` prefix, "Published ..." / "Updated ..." lines, bare date
 * lines and wire datelines ("HASAKAH, Syria, Jan 21, 2022 (Levant Wire) — ..."). Metadata
 * is kept out of the sentences' text; its tokens are flagged `meta` and belong to the
 * sentence that follows, so a dateline's place still counts as a mention.
 */

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface ArticleMetadata {
  publishedAt: string | null;
  source: string | null;
  /** The wire dateline ("BAGHDAD, March 3 (AFP) -"): where the story was filed, and when. */
  dateline: Dateline | null;
  /**
   * "Panel held in London on Thursday 16 April 2026 · Transcript published Monday 20 April 2026":
   * the day the words were spoken, when the head gives it apart from the publication. What the
   * speakers call "last week" counts from it.
   */
  heldAt?: string | null;
  /**
   * "Published Saturday 23 May 2026 … Al-Shirqat, Thursday 21 May 2026": a letter's or
   * statement's own place-and-date line, on a line of its own under the publication line and
   * earlier than it. The writer's "last Friday" counts from the day written, for the text after it.
   */
  written?: { date: string; start: number };
  /**
   * "Published Sunday 14 June 2026, 11:05 · Updated Monday 15 June 2026, 09:40": the day a story
   * was last updated, when the head gives it after the publication. What an "UPDATE:" paragraph
   * calls "Monday" counts from it.
   */
  updatedAt?: string;
}

export interface Dateline {
  start: number;
  end: number;
  /** The dateline's date: a full ISO date, or "--MM-DD" when it gives no year ("March 3"). */
  date: string | null;
}

export interface Segmentation {
  sentences: SentenceSpan[];
  metadata: ArticleMetadata;
}

interface Region {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof eng gen lt col maj capt cpt sgt brig adm cmdr gov sen rep st mt no nos vol " +
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr vs approx est dept fig al"
  ).split(" "),
);
/**
 * Abbreviated names of military units ("9th Div.", "2nd Bde.", "1st Bn."): a whole noun phrase, so
 * often the last word of a sentence, but a figure after one ("by 9th Div. 1 x suspect detained")
 * goes on the same line of a report rather than opening a sentence.
 */
const UNIT_ABBREVIATIONS = new Set("div bde bn btn regt sqn coy bty".split(" "));
const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»"]);
/** Marks that open a list line: "- item", "• item", "· item". */
export const BULLETS: ReadonlySet<string> = new Set(["-", "–", "—", "•", "*", "·"]);
const HEADER_LINES = 8;
const WEEKDAY_PREFIX = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s*$/;
/**
 * "CORRECTION AND UPDATE (Monday 15 June): An earlier version of this story said the attack took
 * place on Friday night ...", "Correction: This article misstated ...": the paper's note on its own
 * story. It tells what an earlier version said, not what happened, so it is no part of the text.
 */
const CORRECTION_NOTE =
  /^\s*(?:CORRECTION|Correction|CLARIFICATION|Clarification|EDITOR['’]S NOTE|Editor['’]s [Nn]ote)(?:\s+(?:AND|and|&)\s+(?:UPDATE|[Uu]pdate))?\s*(?:\([^)]{0,40}\))?\s*[:—–-]\s*(?=.*\b(?:(?:an?\s+)?(?:earlier|previous|original)\s+version|this\s+(?:story|article|report)\b|misstated|incorrectly|wrongly))/;
/**
 * The longest sentence kept whole, in characters. News sentences run to a few hundred; a longer
 * run (one endless clause, an unclosed quotation, a list of titles whose periods end nothing) is
 * cut at a clause or word boundary, so the work each sentence costs stays bounded.
 */
export const MAX_SENTENCE_CHARS = 1000;
/** Where an over-long sentence is best cut: after clause punctuation, else before a word. */
const CLAUSE_MARKS = new Set([",", ";", ":", "—", "–"]);

const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// "Broadcast Thursday 19 March 2026, 20:00 Damascus time": a transcript's air date is its publication;
// "Briefed: Monday 14 September 2026, Baghdad": a briefing's released slides are dated by its day;
// "Call held Thursday 12 November 2026, 09:00 London time": a call's or meeting's transcript is
// dated by the day it was held, as a broadcast's is by its air date. "EMBARGOED until 00:01
// (Baghdad time), Tuesday 6 October 2026", "Not for publication before 00:01 GMT, 6 October 2026":
// a release under embargo is published the moment its embargo lifts. "Transmission: Sunday 8 March
// 2026, 21:00": a programme's script is dated by its transmission, as by its air date; "Read on air
// in the 20:00 news bulletin, Saturday 25 April 2026": a statement read on air is published then;
// "Sent: Tuesday 12 May 2026", "Sent to all group members by email: Tuesday 12 May 2026": a
// message's or notice's sent stamp (the label and its colon) is its publication. "Filed Tuesday 11
// August 2026, 09:40 Baghdad time": a picture desk's or a correspondent's filing stamp dates the copy.
// "Distr.: General, 21 July 2026": a UN document's distribution mark stands beside its date of issue.
// "Facebook post, 9:40 a.m., Tuesday 13 January 2026": a post's stamp, named by where it was
// posted, is its publication, as "Posted 9:40 a.m., …" is.
const PUBLISHED_LINE =
  /^\s*(?:[a-z]+\s+post(?=\s*,)|published|distr\.?\s*:\s*(?:general|limited|restricted)(?=[\s,]|$)|posted|updated|last updated|as of|broadcast|aired|briefed|filed|transmission(?=\s*:)|(?:first\s+)?transmitted|read (?:out )?on (?:air|radio|television)|sent(?:\s+(?:to|by|via|from)\b[^:.!?\n]{1,80}?)?(?=\s*:)|(?:call|meeting|session|hearing|conference) held|embargo(?:ed)?\b(?:\s+(?:until|till|to))?|(?:strictly\s+)?(?:under\s+)?embargo|not for (?:publication|release|broadcast) (?:before|until))\b/i;
/**
 * "Issued to all clients, and handed to every family signing from today, Saturday 17 October
 * 2026", "Distributed after the Friday prayer, 20 February 2026, and posted on the mosque's page",
 * "Printed for the screenings of Saturday 9 May 2026", "Menu card, printed Saturday 22 August
 * 2026", "Decision letter · … · sent Monday 14 September 2026", "Written by hand and put in the
 * window, Saturday 28 February 2026", "Pinned beside the counter and printed on the back of every
 * ticket, Sunday 8 March 2026", "Hung on the gate and read out in the mosque …", "Chalked on the
 * board …", "Sign on the shutter, copied by hand onto the window, …", "… · revised Tuesday 17
 * February 2026": a notice's, leaflet's or card's stamp of issue in its head (the verb that put it
 * up, read it out or copied it where its readers see it), the verb of issue opening the part (after the document's own name
 * and a comma), however the words before the date run. The date is the document's own, no event
 * of its text. A part ending like a sentence is read as one, and a part naming anyone or anywhere
 * ("Issued at Khor al-Zubair, …, for the owners and the General Company for Ports of Iraq") keeps
 * its words as text, where its names are mentions.
 */
const ISSUE_LINE =
  /^\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5},\s+|(?:Flyer|Leaflet|Notice|Poster|Handout|Circular|Card|Sign|Note|Letter|Sheet|Menu|Bulletin|Newsletter)\s+)?(?:[Ii]ssued|[Pp]rinted|[Rr]eprinted|[Pp]hotocopied|[Cc]opied|[Dd]istributed|[Cc]irculated|[Hh]anded\s+(?:out|to)|[Ss]ent|[Mm]ailed|[Ee]-?mailed|[Ww]ritten|[Pp]ut\s+up|[Pp]inned|[Tt]aped|[Ss]tuck|[Hh]ung|[Cc]halked|[Pp]ainted|[Ff]ramed|[Dd]isplayed|[Rr]ead\s+(?:out|aloud)\b|[Rr]ead\s+(?=to\b)|[Rr]evised|[Pp]osted|[Nn]ailed|[Gg]lued|[Pp]asted|[Ss]tapled|[Tt]acked)\b/u;
/**
 * "… (copied onto our Facebook page for customers …)": a capitalised word naming the page,
 * channel or group a notice was copied to is the medium it went out on, no one and nowhere.
 */
const MEDIUM_NAME = /\p{Lu}[\p{L}'’-]*\s+(?:page|channel|group|account|site|website|feed)\b/gu;
/**
 * "… and sent to our customers on WhatsApp, …", "Printed on an A4 sheet …": a messaging platform
 * a notice went out on, or the paper size it was printed on, is no one and nowhere.
 */
const MEDIUM_WORD = /\b(?:Facebook|WhatsApp|Telegram|Instagram|Viber|Signal|TikTok|YouTube|A[3-5])\b/gu;
/** A capitalised word, not a day's or a month's name, nor a zone's before "time" ("14:00 Baghdad time"). */
const NAME_WORD =
  /(?<![\p{L}'’-])(?!(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?!\s+time\b)/u;

/**
 * "Report submitted Monday 14 September 2026", "Form completed Monday 19 October 2026": a filled-in
 * document's stamp of the day it was handed in, its own name before the verb (a report, a form, a
 * return); what it tells of "Saturday night" or "3 February" counts from that day. Without the
 * name ("The survey, completed in March 2026, …") the verb is the text's, as a sentence's.
 */
const HANDED_IN =
  /^\s*(?:[\p{L}'’-]+\s+){0,2}(?:[Rr]eport|[Ff]orm|[Rr]eturn|[Aa]ssessment|[Qq]uestionnaire|[Aa]pplication)\s+(?:submitted|completed|filled in|lodged)\b/u;

/** Whether a head part is a stamp of issue, the date given, naming no one and nowhere. */
function isIssueStamp(segment: string, date: string): boolean {
  const m = ISSUE_LINE.exec(segment) ?? HANDED_IN.exec(segment);
  if (!m || /[.!?]["”’)\]]?\s*$/.test(segment)) return false;
  // "Nailed to the cemetery gate and read after the noon prayer in the Great Mosque, Thursday 16
  // July 2026": a stamp closed by its date may tell the hall or mosque its readers gathered in
  // and is the stamp all the same; a date inside the line leaves the place to the text.
  const trimmed = segment.trimEnd();
  const closed = trimmed.endsWith(date) && /,\s*$/.test(trimmed.slice(0, -date.length));
  let rest = segment.slice(m[0].length).replace(date, "").replace(MEDIUM_NAME, "").replace(MEDIUM_WORD, "");
  if (closed) rest = rest.replace(GATHERING_PLACE, "");
  return !NAME_WORD.test(rest);
}
/** "in the Great Mosque", "at the Cultural Hall": a named building where a notice is read out to those gathered. */
const GATHERING_PLACE =
  /\b(?:in|at|outside)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Mosque|Church|Cathedral|Husseiniya|Hall|Market|Souq|Square|Club)\b/gu;
/**
 * "Saturday 20 June 2026 edition", "20 June 2026 issue": a date naming its edition, and nothing else;
 * or the edition named before its date ("online edition, Thursday 5 November 2026").
 */
const EDITION_REST =
  /^[\s,·]*(?:(?:morning|evening|weekend|print|online|digital|late|early|final)\s+)?(?:edition|issue)[\s,:;—–-]*$/i;
/** "Updated 2 hours ago", "Published just now": a time stamp with no date, metadata all the same. */
const AGO_LINE =
  /^\s*(?:published|posted|updated|last updated)\s+(?:(?:an?|\d{1,3}) (?:seconds?|mins?|minutes?|hours?|hrs?|days?) ago|just now|moments ago)\s*$/i;
/** "... 6:12 AM GMT+3 Updated 2 hours ago": a date line may end with its own relative update stamp. */
const AGO_TAIL =
  /(?:^|[\s|,;—–-])(?:updated|last updated|posted)\s+(?:(?:an?|\d{1,3}) (?:seconds?|mins?|minutes?|hours?|hrs?|days?) ago|just now|moments ago)\s*$/i;
/** Lines at the foot of an article read for a sign-off date ("Baghdad, 12 June 2025"). */
const FOOTER_LINES = 3;
const DATELINE_DATE = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?:,? \d{4})?`;
/** "DAMASCUS, Saturday 7 March 2026 —": a dateline may name the weekday before its date. */
const DATELINE_WEEKDAY = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+`;
/**
 * "BEIRUT (Reuters) -", "BAGHDAD, March 3 (AFP) -", "HASAKAH, Syria, Jan 21, 2022 (Levant Wire) —".
 * "QAMISHLI, Syria/ANKARA, July 18 (Levant Wire) -": a story of two bureaus names the second after
 * the first's country.
 * Words are bounded and no two runs of spaces meet, so a head line of one shouted word and
 * thousands of spaces fails in linear time.
 */
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Z'’.-]{1,40}(?:[ /][A-Z][A-Z'’.-]{1,40}){0,3})(?:,\s*[A-Z][\p{L}.'’-]{1,40}(?: [A-Z][\p{L}.'’-]{1,40}){0,2}(?:\/[A-Z][A-Z'’.-]{1,40}(?: [A-Z][A-Z'’.-]{1,40}){0,2})?)?(?:,\s*(?:${DATELINE_WEEKDAY})?(${DATELINE_DATE}))?\s*(?:\(([^)\n]{2,40})\)\s*)?[—–-]{1,2}\s+(?=\S)`,
  "u",
);
/** The older title-case form needs its agency to be told from a sentence: "Beirut, March 3 (AFP) -". */
const DATELINE_TITLE = new RegExp(
  String.raw`^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:,\s*(${DATELINE_DATE}))?\s*\(([^)\n]{2,40})\)\s*[—–-]{1,2}\s+(?=\S)`,
  "u",
);
/**
 * "Beirut, 26 August 2026 — ...": a release's title-case dateline needs no agency when it gives a year;
 * "Erbil, Saturday 18 April 2026 — slipped under every door": a letter's may name the weekday.
 */
/**
 * "Nov 20 (Meridian Wire) - Islamic State militants attacked …": a wire's dateline may give its day
 * and agency without a place, as a timeline or a factbox compiled from several places does.
 */
const DATELINE_UNPLACED = new RegExp(
  String.raw`^()(${DATELINE_DATE})\s*\(([^)\n]{2,40})\)\s*[—–-]{1,2}\s+(?=\S)`,
  "u",
);
const DATELINE_TITLE_DATED =
  /^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?,\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})()\s*[—–-]{1,2}\s+(?=\S)/u;
/**
 * "Transcript of the broadcast of Tuesday, 15 July 2025": a header line that labels the text's date.
 * "Date of report: Wednesday 14 October 2026": a document's label names the document itself (its
 * report, notice, letter, bulletin …), never what it reports on ("Date of loss:", "Date of
 * incident:" stay facts of the text), and may give the weekday before the date. "Opening day:
 * Saturday 24 October 2026": the day an exhibition's labels or a release's text went out to the
 * public is the text's own date. "Date of submission: Tuesday 3 February 2026": a form's or a
 * claim's own filing date, as a report's is. "Sale date:", "Inspection date:", "Closing date:": a
 * date a noun names is the day of that happening (the auction, the visit, the deadline), not the
 * document's own date, unless the noun is one of the document's (publication, issue, release …).
 */
const DATE_LABEL =
  /\b(?:of|on|dated|(?<![A-Za-z]\s)date:?|(?:opening|launch|release|publication|issue|transmission) (?:day|date):?|date of (?:issue|publication|release|announcement|report|notice|letter|bulletin|statement|advice|memo(?:randum)?|posting|decree|circular|submission|filing|application|claim):?|issued:?)\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s*)?$/i;
/**
 * "Transcript published Monday 20 April 2026", "Edited transcript published …", "Answers published …": a label naming what was
 * published says the text's own publication, which outranks an earlier date of the head ("Panel
 * held in London on Thursday 16 April 2026 · Transcript published …"). "Fundraiser created 2
 * February 2026", "Petition created …": a page's creation stamp is its publication; its updates
 * below are dated entries of its body. "Page captured 12 March 2026", "Page archived …": a snapshot's
 * stamp dates the page as read, over the dates of the reviews or posts listed under it. "Report
 * finalised: Monday 20 July 2026", "Minutes approved: …": a document's own finalisation or issue
 * stamp is its publication, over the day of the meeting it records ("Review session held: …").
 */
/**
 * "Panel held in London on …", "Held online on Friday 6 February 2026", "Taken on Saturday 17
 * January 2026 at 14:20" (a statement taken down by the police): the day the words were spoken or
 * taken down. Beside a labelled publication it is the day speakers count from; alone in the head it
 * is the text's own date, as a transcript's or a record's is the day it was made. "Lecture delivered
 * Tuesday 10 November 2026", "Speech given on …": a talk's label says the day it was spoken.
 * "Recorded: Saturday 6 June 2026, in the narrator's home": an interview's or a hearing's label
 * with its colon says the same day, however the place follows the date; so does "Recorded Tuesday
 * 16 June 2026 in Tadmur" opening a head line without one.
 */
const HELD_ON =
  /\b(?:held|recorded|took place|taken)\b.*\bon\s+$|^\s*(?:date\s+)?(?:held|recorded|taken|interviewed)\s*:\s*$|^\s*(?:Recorded|Interviewed)\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?$/i;
// Two patterns, not one: HELD_ON ignores case, DELIVERED_ON needs a capital first word, and under
// the i flag \p{Lu} matches lowercase letters too (Node 20 has no inline (?-i:) group).
const DELIVERED_ON = /^\s*\p{Lu}[\p{L}'’-]*\s+(?:delivered|given)\s+(?:on\s+)?$/u;
/**
 * "Text of the speech by the commandant …, at the graduation of the 31st course, Mosul, Wednesday
 * 12 August 2026 (as delivered)": a head line giving the text of a talk names the day it was
 * given, the day its "last night" and "this morning" count from, whenever it was published.
 */
const TEXT_OF_TALK =
  /^\s*(?:(?:the\s+)?full\s+)?text\s+of\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:speech|address|remarks|sermon|lecture|statement|briefing|oration|eulogy)\b/iu;
const LABELLED_PUBLISHED =
  /^\s*\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+)?(?:published|posted|created|captured|archived|retrieved|finali[sz]ed|issued|released|approved|adopted)\s*:?\s+(?:on\s+)?$/u;
/**
 * "Answered on: Thursday 25 June 2026", a line of its own: a written answer is published the day
 * it is answered, after the day its question was tabled ("Answered on 20 January 2026 by NAME:"
 * opens an answer's text instead).
 */
const ANSWERED_ON = /^\s*answered\s+on\s*:\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s*)?$/i;
/**
 * "[Translated … Originally published by Payam Garmiyan, Kalar, on Wednesday, 11 February 2026.]":
 * a header note that says when the text was published, in a sentence of its own; "… posted on the
 * Albu Issa tribe's official page on Thursday 29 October 2026": the note may name the page,
 * site or channel it was posted on before its date; "Translated from
 * Arabic; posted Monday 23 November 2026.": a note may leave out the "on" before a weekday;
 * "Bulletin 24/2026 · Issued Wednesday 17 June 2026, 0600 UTC": a label opening a segment of the
 * head is capitalised like the first word of a sentence; "Issued at Khor al-Zubair, Saturday 13 June
 * 2026, for the owners": a place of issue set off by a comma before the date, as a letter's is;
 * "… posted on the Facebook page of the al-Hol civil council on Sunday …": the page named by whose
 * it is; "This page was last edited on Friday 5 June 2026": a web page's last-edit stamp dates it.
 */
const NOTE_NAME = String.raw`(?:(?:al|el|ad|as|ash|ar|an|az|ez|es|ed|et)-)?[A-Z][\p{L}'’.-]*`;
const PUBLISHED_ON = new RegExp(
  String.raw`\b(?:[Pp]ublished|[Ii]ssued|[Bb]roadcast|[Aa]ired|[Pp]osted)(?:\s+(?:by|in|at)\s+${NOTE_NAME}(?:\s+${NOTE_NAME}){0,4}(?:,\s*${NOTE_NAME}(?:\s+${NOTE_NAME}){0,3}){0,3}|\s+(?:on|to)\s+(?:the|an?|its|their)\s+(?:[^\s.,;:!?()]+\s+){0,5}?(?:page|website|site|channel|account|feed|wall|platform|group)s?(?:\s+of\s+(?:[^\s.,;:!?()]+\s+){0,4}?[^\s.,;:!?()]+)?)?,?\s+(?:on|dated)\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?$|\b(?:[Pp]ublished|[Ii]ssued|[Bb]roadcast|[Aa]ired|[Pp]osted)\s+(?:in|at)\s+${NOTE_NAME}(?:\s+${NOTE_NAME}){0,4}(?:,\s*${NOTE_NAME}(?:\s+${NOTE_NAME}){0,3}){0,3},\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?$|\b(?:[Pp]ublished|[Ii]ssued|[Pp]osted)\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?$|\b[Ll]ast\s+(?:edited|modified|updated)\s+on\s+$`,
  "u",
);
/** "(May 31, 2026)" closing a title line: the bracket opens just before the date (and its weekday). */
const PAREN_OPEN = /\S\s*\(\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?$/;
/** "Tuesday 6 October 2026 – 20:00 bulletin – English service": the parts of a running head. */
const HEAD_PARTS = /\s[–—-]\s/;
/** A part that is a date and at most its weekday. */
const DATE_ONLY_REST = /^[\s,]*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)?[\s,]*$/;
/** The same, in any case: "THURSDAY 11 JUNE 2026" as a log sets its day headings. */
const DAY_HEADING_REST = new RegExp(DATE_ONLY_REST.source, "i");
/**
 * "Online catalogue updated Monday 15 June 2026": a page's update stamp, named by what was
 * updated, dates the page when nothing before it in the head did.
 */
const NAMED_UPDATE = /^\s*\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+)?(?:last\s+)?updated\s*:?\s+(?:on\s+)?$/u;
/**
 * "Received 2 February 2026 · Accepted 9 March 2026 · Published online …": a journal article's
 * editorial history, its stamps set side by side on one line. The days it was received, revised or
 * accepted are no publication ("Submitted: …" alone dates a report sent to a donor, so it is not one).
 */
const HISTORY_STAMP = /^\s*(?:received|accepted|revised|resubmitted)\s*:?\s*(?:on\s+)?$/i;
/** "Wednesday 11 March 2026, updated Thursday 12 March 2026": a later update after the first date. */
const UPDATED_TAIL = /^[\s,;]*(?:updated|last updated)\b/i;
/**
 * "May 21, 2026 — Boys and young men ...": a release's lede opening with its full date and a dash,
 * the date set off from the sentence as a dateline is.
 */
const DATE_LEDE =
  /^(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\s*[—–-]{1,2}\s+(?=\S)/;
/**
 * "Tuesday 20 October 2026 (unofficial translation from Arabic)": a note in brackets that the text
 * is a translation says how it reaches the reader, not what happened; the line stays a date line.
 * The spaces before the bracket are taken from their start only ("(?<!\s)"): tried from every
 * space of a long run, the pattern scanned the rest of the run each time (quadratic on a header
 * line padded with thousands of spaces).
 */
const TRANSLATION_NOTE =
  /(?<!\s)\s*\(\s*(?:(?:an?|the)\s+)?(?:(?:unofficial|official|informal|machine|working|English)\s+)?translat(?:ion|ed)\b[^()\n]{0,40}\)\s*$/i;
/**
 * "From our correspondent, DUHOK, Thursday 25 June 2026": a paper's credit to its own reporter
 * before the place and day of filing; the line is the story's date line.
 */
const CORRESPONDENT_LEAD =
  /^\s*(?:From|By)\s+(?:our|a|an)\s+(?:own\s+)?(?:special\s+|staff\s+|local\s+)?(?:correspondents?|reporters?|staff)\s*(?=[,:—–-])/i;
/** "7 min read": a reading time beside the date. */
const READ_TIME = /^\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*$/i;
/**
 * "Source: Sawt Kirkuk (weekly), issue 412, …", "From a report in the Hasakah weekly Sawt
 * al-Jazira, Saturday 14 March 2026, translated from Arabic": a head line naming the publication a
 * reproduced text (a translation, an excerpt set as a source) comes from.
 */
const SOURCE_LINE =
  /^\s*(?:(?:Original\s+)?[Ss]ource(?:\s+text)?\s*:|(?:Translated|Excerpted|Reproduced|Taken)\s+from\b|From\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:report|article|story|dispatch|editorial|column|item)\s+(?:in|of|by|from)\b)/;

/** "Al-Shirqat, Thursday 21 May 2026": a place, then the day written there, and nothing else. */
const WRITTEN_AT =
  /^\s*(?:(?:al|el|ad|as|ash|ar|an|az)-)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3},\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?\d{1,2} [A-Z][a-z]{2,8},? \d{4}\s*\.?\s*$/u;
/**
 * "Hamrin, Wednesday 12 August": a letter's place-and-date line may leave out the year, which is
 * then the publication's (the year before when the day would fall after it). "Monday, 2 February"
 * alone is a section's day heading, not a place and its day.
 */
const WRITTEN_AT_DAY =
  /^\s*(?!(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b)(?:(?:al|el|ad|as|ash|ar|an|az)-)?[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3},\s*(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(\d{1,2} [A-Z][a-z]{2,8})\s*\.?\s*$/u;

/** The day of a yearless letter line, in the publication's year or the year before it. */
function writtenDay(segment: string, publishedAt: string): string | null {
  const m = WRITTEN_AT_DAY.exec(segment);
  const day = m?.[1] ? datelineDate(m[1]) : null;
  if (!day?.startsWith("--")) return null;
  const year = Number(publishedAt.slice(0, 4));
  const value = `${year}${day.slice(1)}`;
  return value <= publishedAt ? value : `${year - 1}${day.slice(1)}`;
}
/** "Started 21 September 2026, 22:30": when a live page opened, not its publication (its last update). */
const STARTED = /^\s*(?:started|opened|began)\b/i;
/**
 * "PRICE LIST No. 12/2026 · valid from Monday 19 October 2026 until further notice", "Timetable in
 * force from 1 March 2026": the day a list, a tariff or a timetable takes effect. Issued for that
 * day, it is the text's own date when the head gives no other, the day its "on Friday" counts back
 * from; a line of its head, no event.
 */
const VALID_FROM =
  /^\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s+)?(?:[Vv]alid|[Ee]ffective|[Ii]n\s+force|[Aa]pplies|[Aa]pplicable)\s+(?:from|as\s+of)\s+$/u;
/** What may follow the day something takes effect: its end, open or given. */
const VALID_REST = /^[\s,]*(?:(?:until|till|to)\s+(?:further\s+notice|[^.!?]{0,40}?\d{4})\s*)?\.?\s*$/i;

/**
 * What may remain of a line besides its date for the line to be pure metadata: separators, an
 * optional "on"/"at", a name of up to four capitalised words, a time, separators. Read piece by
 * piece, each taken whole, which is what the one pattern would find: as one regular expression
 * its three runs of separators could share a run of spaces in ways that grow with its cube.
 */
const SEPARATORS = /[\s,|:;—–·•-]*/y;
const ON_AT = /(?:on|at)\s+/y;
/**
 * "Deir ez-Zor", "Ras al-Ain", "al-Hasakah": a place's words may open with a lower-case article.
 * "Damascus/Geneva, Thursday 23 April 2026": a release issued from two offices names both, parted
 * by a slash.
 */
const LINE_NAME =
  /(?:(?:al|el|ad|as|ash|ar|an|az|ez|es|ed|et|ud)-)?[A-Z][\p{L}'’.-]+(?:(?:\s+|\s?\/\s?)(?:(?:al|el|ad|as|ash|ar|an|az|ez|es|ed|et|ud)-)?[A-Z][\p{L}'’.-]+){0,3}/uy;
/** "Amman, Monday 19/1/2026": a place of issue, then the weekday of a date written in figures. */
const LINE_WEEKDAY = /(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s*/y;
/**
 * A time as header lines write it: "11:42", "9.14 a.m.", then an optional zone: "GMT", "BST",
 * "GMT+3", "UTC+03:00", "EST"; or a four-figure time with its zone or "hrs", as military and
 * maritime notices write it ("0600 UTC", "1430Z", "0900 hrs"): four figures alone would be a year.
 * Each part optional after the clock, and each bounded.
 */
const LINE_TAIL =
  /[\s,|:;—–·•-]*(?:(?:[01]\d|2[0-3])[0-5]\d\s?(?:UTC|GMT|Z|hrs|hours|LT)\b[\s,|:;—–·•-]*|\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[–-]\s?\d{1,2}[:.]\d{2})?(?:\s?(?:GMT|UTC|[A-Z]{2,4}T)(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s?\([^()\n]{0,40}\))?[\s,|:;—–·•-]*)?$/y;

export function isDateLineRest(rest: string): boolean {
  let at = 0;
  for (const piece of [SEPARATORS, ON_AT, LINE_NAME, SEPARATORS, LINE_WEEKDAY]) {
    piece.lastIndex = at;
    if (piece.test(rest)) at = piece.lastIndex;
  }
  LINE_TAIL.lastIndex = at;
  return LINE_TAIL.test(rest);
}

function lineRanges(text: string): Region[] {
  const lines: Region[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** A subtitle cue's timing line: "00:00:03.400 --> 00:00:07.900" (WebVTT), "00:01:02,500 --> …" (SRT). */
const CUE_TIMING = /^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\b.*$/;

/**
 * A subtitle file's structure, which is no text: its "WEBVTT" signature line, each cue's timing
 * line and the cue number on the line before it. What a cue says is read as the text it is, so
 * a sentence running over a cue break is not joined to the timing figures between its parts.
 */
function cueStructure(text: string): Region[] {
  const lines = lineRanges(text);
  const regions: Region[] = [];
  lines.forEach((line, i) => {
    if (!CUE_TIMING.test(text.slice(line.start, line.end))) return;
    regions.push(line);
    const before = lines[i - 1];
    if (before && /^\s*\d+\s*$/.test(text.slice(before.start, before.end))) regions.push(before);
  });
  const first = lines.find((l) => text.slice(l.start, l.end).trim() !== "");
  if (regions.length > 0 && first && /^\s*\uFEFF?WEBVTT\b/.test(text.slice(first.start, first.end)))
    regions.push(first);
  return regions;
}

/** Metadata regions of the article head, and what they say. */
function findMetadata(text: string): { regions: Region[]; metadata: ArticleMetadata } {
  const regions: Region[] = [];
  let publishedAt: string | null = null;
  let source: string | null = null;
  const prefix = DATE_PREFIX.exec(text);
  if (prefix?.[1]) {
    regions.push({ start: 0, end: prefix[0].length });
    publishedAt = prefix[1];
  }
  const filled = lineRanges(text).filter((l) => text.slice(l.start, l.end).trim() !== "");
  const header = filled.slice(0, HEADER_LINES);
  let datelineSeen = false;
  let found: Dateline | null = null;
  let started: string | null = null;
  let validFrom: string | null = null;
  let labelled: string | null = null;
  let heldAt: string | null = null;
  let talkAt: string | null = null;
  let written: { date: string; start: number } | undefined;
  let updatedAt: string | undefined;
  for (const line of filled) {
    if (CORRECTION_NOTE.test(text.slice(line.start, line.end)))
      regions.push({ start: line.start, end: line.end });
  }
  for (const line of header) {
    const lineStart = Math.max(line.start, regions.find((r) => r.start === line.start)?.end ?? line.start);
    const content = text.slice(lineStart, line.end);
    // A line may hold several segments ("By Layla Hadi | 19 February 2025"); a byline also
    // parts them with dashes ("By JT - Apr 02,2026 - Last updated at Apr 02,2026").
    for (const { text: segment, start: segStart } of lineSegments(content, lineStart)) {
      const date = findFullDate(segment);
      let rest = date
        ? segment
            .replace(date.text, "")
            .replace(PUBLISHED_LINE, "")
            .replace(AGO_TAIL, "")
            .replace(TRANSLATION_NOTE, "")
            .replace(CORRESPONDENT_LEAD, "")
        : "";
      // The first date of a line that also gives its update is the publication's.
      const update = date && UPDATED_TAIL.test(rest) ? findFullDate(rest) : undefined;
      const before = date ? segment.slice(0, segment.indexOf(date.text)) : "";
      // "… · Updated Monday 15 June 2026, 09:40": the update's own stamp, beside the publication's.
      if (date && /^\s*(?:last\s+)?updated\s*:?\s*(?:on\s+)?$/i.test(before.replace(WEEKDAY_PREFIX, "")))
        updatedAt ??= date.value;
      if (date && HISTORY_STAMP.test(before) && datedSegmentsCount(content) > 1) {
        regions.push({ start: segStart, end: segStart + segment.length });
        continue;
      }
      if (date && (HELD_ON.test(before) || DELIVERED_ON.test(before))) heldAt ??= date.value;
      if (date && TEXT_OF_TALK.test(before)) talkAt ??= date.value;
      if (
        date &&
        (LABELLED_PUBLISHED.test(before) ||
          (ANSWERED_ON.test(before) && isDateLineRest(segment.slice(before.length + date.text.length))))
      ) {
        regions.push({ start: segStart, end: segStart + segment.length });
        labelled ??= date.value;
        continue;
      }
      if (update) rest = rest.replace(update.text, "").replace(UPDATED_TAIL, "");
      // "Friday 24 April 2026, updated 11:00": an update the same day gives its time alone.
      else if (date && UPDATED_TAIL.test(rest) && isDateLineRest(rest.replace(UPDATED_TAIL, "")))
        rest = rest.replace(UPDATED_TAIL, "");
      if (date && update && update.value > date.value) updatedAt ??= update.value;
      if (
        date &&
        VALID_FROM.test(before) &&
        VALID_REST.test(segment.slice(segment.indexOf(date.text) + date.text.length))
      ) {
        regions.push({ start: segStart, end: segStart + segment.length });
        validFrom ??= date.value;
        continue;
      }
      if (date && STARTED.test(segment) && isDateLineRest(rest.replace(STARTED, ""))) {
        regions.push({ start: segStart, end: segStart + segment.length });
        started ??= date.value;
      } else if (
        date &&
        publishedAt &&
        date.value < publishedAt &&
        segment === content &&
        DAY_HEADING_REST.test(segment.replace(date.text, ""))
      ) {
        // "Issued … Saturday 13 June 2026" over "THURSDAY 11 JUNE 2026" alone on its line: a
        // log's or diary's day heading, earlier than the issue, opens the body; it is no
        // second stamp of the head, and the entries under it are of its day.
      } else if (
        date &&
        (PUBLISHED_LINE.test(segment) ||
          isDateLineRest(rest) ||
          EDITION_REST.test(rest) ||
          isIssueStamp(segment, date.text))
      ) {
        regions.push({ start: segStart, end: segStart + segment.length });
        if (publishedAt && date.value < publishedAt && segment === content && WRITTEN_AT.test(segment))
          written ??= { date: date.value, start: line.end };
        publishedAt ??= date.value;
      } else if (date && PUBLISHED_ON.test(segment.slice(0, segment.indexOf(date.text))))
        publishedAt ??= date.value;
      else if (date && NAMED_UPDATE.test(before) && isDateLineRest(rest.replace(before.trim(), ""))) {
        regions.push({ start: segStart, end: segStart + segment.length });
        publishedAt ??= date.value;
      } else if (date && !/[.!?]\s*$/.test(segment)) {
        // "Transcript of the broadcast of Tuesday, 15 July 2025, 08:05–08:32": the date a label
        // gives the text is its publication; the line stays a line of the text.
        const at = segment.indexOf(date.text);
        const after = segment.slice(at + date.text.length);
        if (DATE_LABEL.test(segment.slice(0, at)) && isDateLineRest(after.replace(/^[\s,]*/, "")))
          publishedAt ??= date.value;
        // "Security Alert – U.S. Embassy Baghdad, Iraq (May 31, 2026)": a title line closed by
        // its date alone in brackets is dated by it, as a release's or an alert's title is.
        else if (PAREN_OPEN.test(segment.slice(0, at)) && /^\s*\)\s*$/.test(after))
          publishedAt ??= date.value;
      } else if (!date && publishedAt && segment === content && writtenDay(segment, publishedAt)) {
        const day = writtenDay(segment, publishedAt) as string;
        regions.push({ start: segStart, end: segStart + segment.length });
        if (day < publishedAt) written ??= { date: day, start: line.end };
      } else if (!date && READ_TIME.test(segment) && lineSegmentsCount(content) > 1)
        regions.push({ start: segStart, end: segStart + segment.length });
    }
    if (
      AGO_LINE.test(content) ||
      BYLINE_ALONE.test(content) ||
      placedByline(content) ||
      CREDIT_LABEL.test(content)
    )
      regions.push({ start: lineStart, end: line.end });
    else {
      const tail = STANDFIRST_BYLINE.exec(content);
      if (tail?.[1] && BYLINE_ALONE.test(tail[1]))
        regions.push({ start: lineStart + content.length - tail[1].length, end: line.end });
      const writer = STANDFIRST_WRITER.exec(content);
      if (writer?.[1] && !datelineSeen) {
        const at = lineStart + (writer.index ?? 0) + writer[0].indexOf(writer[1]);
        regions.push({ start: at, end: at + writer[1].length });
      }
    }
    const lede = datelineSeen ? null : DATE_LEDE.exec(content);
    const ledeDate = lede ? findFullDate(lede[0]) : undefined;
    if (lede && ledeDate && content.length > lede[0].length + 20) {
      datelineSeen = true;
      regions.push({ start: lineStart, end: lineStart + lede[0].length });
      publishedAt ??= ledeDate.value;
    }
    const inLine = datelineSeen
      ? null
      : (DATELINE.exec(content) ??
        DATELINE_TITLE.exec(content) ??
        DATELINE_TITLE_DATED.exec(content) ??
        DATELINE_UNPLACED.exec(content));
    const dateline = inLine ?? (datelineSeen ? null : datelineAlone(text, content, line, filled));
    if (dateline && (content.length > dateline[0].length + 20 || !inLine) && !scriptCue(dateline)) {
      datelineSeen = true;
      // An unplaced dateline's agency is the story's only mention of its outlet, a name of the text.
      const unplaced = dateline[1] === "" && dateline[2] !== undefined;
      const region = {
        start: lineStart,
        end:
          lineStart +
          (unplaced
            ? dateline[0].indexOf(dateline[2] as string) + (dateline[2] as string).length
            : dateline[0].length),
      };
      regions.push(region);
      // "GENEVA (26 November 2026) –": a release's dateline may give its date in the brackets a
      // wire gives its agency in; a bracket holding nothing but a full date is the date, no source.
      const bracket = dateline[3]?.trim() ?? "";
      const bracketDate = !dateline[2] && bracket ? findFullDate(bracket) : undefined;
      const datedBracket = bracketDate !== undefined && bracketDate.text.length === bracket.length;
      const date = dateline[2] ? datelineDate(dateline[2]) : datedBracket ? bracketDate.value : null;
      if (date && !date.startsWith("--")) publishedAt ??= date;
      if (dateline[3] && !datedBracket) source = dateline[3].trim();
      found = { ...region, date };
    }
  }
  if (labelled) publishedAt = labelled;
  // A statement signed off with its place and date: the date line closing the text.
  const footer = filled.slice(Math.max(HEADER_LINES, filled.length - FOOTER_LINES));
  for (const line of footer) {
    const content = text.slice(line.start, line.end);
    if (CREDIT_LINE.test(content)) {
      regions.push({ start: line.start, end: line.end });
      continue;
    }
    const date = findFullDate(content);
    if (!date || !isDateLineRest(content.replace(date.text, ""))) continue;
    regions.push({ start: line.start, end: line.end });
    publishedAt ??= date.value;
  }
  regions.push(...cueStructure(text));
  publishedAt ??=
    started ??
    validFrom ??
    runningHeadDate(text, header) ??
    heldAt ??
    titleDate(text, filled[0]) ??
    issueMonth(text, header);
  // "AMMAN, April 13 (Levant Wire) -" over a story with no dated line of its own: the dateline's
  // year is the latest one its body places anything in ("in the first quarter of 2026"). The
  // dateline itself stays yearless, so a publication date the caller knows gives it its year.
  if (!publishedAt && found?.date?.startsWith("--")) {
    const year = storyYear(text, Number(found.date.slice(2, 4)));
    if (year) publishedAt = `${year}${found.date.slice(1)}`;
  }
  // "Source: Sawt Kirkuk (weekly), issue 412, Tuesday 10 November 2026, page 3" over a translation
  // certified later: the reproduced text was written on its source's day, what its "on Sunday"
  // counts back from (as a letter's place-and-date line is).
  for (const line of header) {
    const content = text.slice(line.start, line.end);
    if (!SOURCE_LINE.test(content)) continue;
    const date = findFullDate(content);
    if (date && publishedAt && date.value < publishedAt) written ??= { date: date.value, start: line.end };
  }
  // The day of speaking counts only beside a labelled publication on another day.
  const spoken =
    labelled && heldAt && heldAt !== labelled
      ? { heldAt }
      : talkAt && publishedAt && talkAt < publishedAt
        ? { heldAt: talkAt }
        : {};
  const own = written && written.date < (publishedAt ?? "") ? { written } : {};
  const updated = updatedAt && publishedAt && updatedAt > publishedAt ? { updatedAt } : {};
  return { regions, metadata: { publishedAt, source, dateline: found, ...spoken, ...own, ...updated } };
}

/**
 * "BAGHDAD, Dec 4 (Agencia Atlántica) –" on a line of its own, the story opening the next
 * paragraph: a dateline whose dash closes its line. It is read as one running into its story,
 * when it gives a date or an agency (a shouted word and a dash alone is a heading, not a dateline),
 * and stands for the whole line.
 */
function datelineAlone(
  text: string,
  content: string,
  line: { start: number; end: number },
  filled: readonly { start: number; end: number }[],
): RegExpExecArray | null {
  if (!/[—–-]\s*$/.test(content)) return null;
  const next = filled.find((l) => l.start > line.start);
  if (!next) return null;
  const joined = `${content.trimEnd()} ${text.slice(next.start, next.end).trimStart()}`;
  const m = DATELINE.exec(joined) ?? DATELINE_TITLE.exec(joined) ?? DATELINE_UNPLACED.exec(joined);
  if (!m || m[0].trimEnd().length < content.trimEnd().length || !(m[2] || m[3])) return null;
  // The dateline's words are the line's; its region is the line.
  const whole = Object.assign([content, ...m.slice(1)], { index: 0, input: content }) as RegExpExecArray;
  return whole;
}

/**
 * "SOT – KAWA MIHEMED, ASAYISH SPOKESMAN: \"…\"": a broadcast script's soundbite or voice-over cue
 * in capitals before a dash is no place of a dateline, when the dash gives no date or agency.
 */
const SCRIPT_CUES = new Set([
  "SOT",
  "SOUNDBITE",
  "SOUND BITE",
  "VO",
  "VOX POP",
  "CLIP",
  "GRAB",
  "SYNC",
  "BITE",
]);
/**
 * "FLASH -- SYRIA/TELL BRAK -- Bomb hits SDF checkpoint", "URGENT -- SDF says ...": a wire's alert
 * lines open with their priority in capitals before a dash; it is no place, and the story's own
 * dateline ("QAMISHLI, Syria, Jan 13 (Meridian Wire) -") comes below them.
 */
const WIRE_ALERTS = new Set([
  "FLASH",
  "URGENT",
  "BULLETIN",
  "ALERT",
  "NEWSALERT",
  "BREAKING",
  "BREAKING NEWS",
]);
function scriptCue(dateline: RegExpExecArray): boolean {
  if (WIRE_ALERTS.has(dateline[1] ?? "") && !dateline[2] && !dateline[3]) return true;
  return SCRIPT_CUES.has(dateline[1] ?? "") && !dateline[2] && !dateline[3];
}

/**
 * "Iraq and Syria Situation Update, March 4, 2026": a periodic report's title closed by its date after
 * a comma is dated by it, as a release's title closed by its date in brackets is. Only the text's
 * first line, naming no action ("Bomb hits Mosul market, March 4, 2026" tells an event's day).
 */
/** The noun a periodic report's title ends with: "Situation Update", "Daily Brief", "Weekly Digest". */
const REPORT_NOUN =
  /^(?:Update|Report|Brief|Briefing|Bulletin|Digest|Summary|Roundup|Round-up|Overview|Assessment|Sitrep|SITREP|Monitor|Tracker|Newsletter)$/;
function titleDate(text: string, first: Region | undefined): string | null {
  if (!first) return null;
  const line = text.slice(first.start, first.end).trim();
  const date = findFullDate(line);
  if (!date || !line.endsWith(date.text)) return null;
  const before = line.slice(0, -date.text.length).replace(WEEKDAY_PREFIX, "");
  if (!/\S\s*,\s*$/.test(before)) return null;
  const words = before.replace(/,\s*$/, "").split(/\s+/);
  if (words.length > 10 || !REPORT_NOUN.test(words[words.length - 1] ?? "")) return null;
  return words.some((w) => /^\p{Ll}/u.test(w) && isVerbWord(w)) ? null : date.value;
}

/** "Volume 9", "Vol. 9", "Issue 10", "No. 12": a periodical's volume or issue number. */
const VOLUME_PART = /^\s*(?:Vol(?:ume)?\.?|Issue|No\.|Number)\s*\d{1,4}\s*$/i;
/** "October 2026" alone: the month an issue is dated by. */
const MONTH_PART =
  /^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\s*$/;

/**
 * "LEVANT SECURITY REVIEW · Volume 9, Issue 10 · October 2026": a journal's issue line dates the
 * issue by its month; with no day given, the text is read as published on its first day.
 */
function issueMonth(text: string, header: readonly Region[]): string | null {
  for (const line of header) {
    const parts = text.slice(line.start, line.end).split(/\s*[|·•]\s*|,\s*/);
    if (!parts.some((p) => VOLUME_PART.test(p))) continue;
    for (const part of parts) {
      const m = MONTH_PART.exec(part);
      if (m?.[1] && m[2]) return `${m[2]}-${String(monthIndex(m[1])).padStart(2, "0")}-01`;
    }
  }
  return null;
}

/**
 * A script's or bulletin's running head, "Tuesday 6 October 2026 – 20:00 bulletin – English
 * service": parts between spaced dashes, one of them a date alone. Read only when no other
 * header line dated the text, and never from a line that ends like a sentence.
 */
function runningHeadDate(text: string, header: readonly Region[]): string | null {
  for (const line of header) {
    const content = text.slice(line.start, line.end);
    const parts = content.split(HEAD_PARTS);
    if (parts.length < 2 || /[.!?]["”’]?\s*$/.test(content)) continue;
    for (const part of parts) {
      const date = findFullDate(part);
      if (date && DATE_ONLY_REST.test(part.replace(date.text, ""))) return date.value;
    }
  }
  for (const line of header) {
    const date = slugDate(text.slice(line.start, line.end));
    if (date) return date;
  }
  return null;
}

/** A clock time as a slug gives it: "20:00", "8.30 p.m.", "0600 UTC". */
const SLUG_TIME =
  /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|(?:[01]\d|2[0-3])[0-5]\d\s?(?:UTC|GMT|Z|hrs|hours))(?:\s?[A-Z]{2,4})?$/i;
const SLUG_WORDS = 5;

/**
 * A broadcast's or issue's slug, a sentence of comma-separated labels with its date as one of
 * them: "[Translation from Sorani Kurdish. CHIYA TV, main evening bulletin, 20:00, Sunday 15
 * November 2026. Place names …]". No part may hold a verb ("He died in Mosul, Sunday 15 November
 * 2026." is a sentence about an event) and each is a short label; one names the clock time, as a
 * programme's slug does, so a list of names beside a date is not taken for one.
 */
function slugDate(line: string): string | null {
  for (const sentence of line.replace(/^\s*\[|\]\s*$/g, "").split(/(?<=[.!?])\s+/)) {
    const parts = sentence.replace(/[.!?]\s*$/, "").split(/\s*,\s*/);
    if (parts.length < 3) continue;
    const date = parts.map((p) => findFullDate(p)).find((d) => d !== undefined);
    if (!date) continue;
    const rest = parts.filter((p) => !p.includes(date.text));
    if (rest.length !== parts.length - 1) continue;
    const datePart = parts.find((p) => p.includes(date.text)) ?? "";
    if (!DATE_ONLY_REST.test(datePart.replace(date.text, ""))) continue;
    if (!rest.some((p) => SLUG_TIME.test(p.trim()))) continue;
    const labels = rest.every((p) => {
      const words = p.trim().split(/\s+/);
      return words.length <= SLUG_WORDS && !words.some((w) => isVerbWord(w.toLowerCase()));
    });
    if (labels) return date.value;
  }
  return null;
}

function lineSegmentsCount(content: string): number {
  return lineSegments(content, 0).length;
}

/**
 * "Received … · Accepted … · Published …": an editorial history sets dated stamps side by side;
 * "Given to every couple with the booking form · revised Tuesday 17 February 2026" is one stamp,
 * the day the sheet was revised, beside an undated note.
 */
function datedSegmentsCount(content: string): number {
  return lineSegments(content, 0).filter((s) => findFullDate(s.text) !== undefined).length;
}

const BYLINE = /^\s*by\s/i;
/**
 * A byline standing alone: "By Lina Haddad and Karim Mansour", "By Sara Lindqvist in Qayyarah",
 * "By our court reporter". Names and a handful of joining words only, no sentence punctuation:
 * "By mid-morning, al-Ali's group has spread …" is a sentence.
 */
const BYLINE_ALONE =
  /^\s*By\s+(?:(?:[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|bin|ibn|de|van|von)-[A-Z][\p{L}'’-]*|and|in|our|the|staff|correspondent|reporter|court|own|&|,)\s*){1,12}$/u;
/**
 * "Twelve years after …, a teacher is trying to bring children back. By Nadia Pryce in Sinuni": a
 * standfirst closed, on its own line, by its byline (two names at least, then only joining words
 * and a place), which is read as a byline standing alone is. "By Sunday, the road was open." is a
 * sentence: the tail has no sentence punctuation and its first two words after "By" are names.
 */
const STANDFIRST_BYLINE =
  /[.!?]["”’]?\s+(By\s+[A-Z][\p{L}'’-]+\s+(?:(?:al|el|ad|as|ash|ar|bin|ibn)-)?[A-Z][^.!?;:]*)$/u;
/**
 * "… He came home in a box. Amara Silva traces the short life of a farm worker killed by
 * shellfire.": a feature's standfirst that closes by naming its writer at work, in the head
 * before the story, is its byline told as a sentence; the name is the writer's, not the story's.
 */
const STANDFIRST_WRITER =
  /[.!?]["”’]?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:traces|recounts|profiles|retraces|pieces together)\s[^.!?]*[.!?]\s*$/u;
/**
 * "Words: Ciara Byrne, Camp Faouar", "Text and photos: Lena Moor": a feature's credit label on a
 * line of its own names who wrote it and where from, not who or where the story is about.
 */
const CREDIT_LABEL =
  /^\s*(?:[Ww]ords|[Tt]ext|(?:Words|Text) and (?:pictures|photos|photographs))\s*:\s*[A-Z][\p{L}'’.-]*(?:(?:\s+|\s*,\s*)(?:[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z][\p{L}'’-]*|and|in))*\s*$/u;
/**
 * A wire's credit line at the foot: "(Reporting by Suleiman Barakat in Amman; Editing by Edmund
 * Clay)", "Additional reporting by …", "Writing by …". Who wrote the story and where they sat,
 * not who or where the story is about.
 */
/**
 * "London / Daraa - Omar al-Mahamid": a header line of its own giving the two places a story was
 * filed from, parted by a slash (a paper's seat and its correspondent's town), and, after a spaced
 * dash, only the writer's name is a byline with its places of reporting, like a two-bureau
 * dateline. (One place before a dash, "Kirkuk – Sawt Kirkuk", may be a heading.)
 */
const PLACED_BYLINE =
  /^\s*[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}(?: \/ [A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,2}) [-–—] (?:[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z][\p{L}'’-]*)(?: (?:[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z][\p{L}'’-]*)){1,3}\s*$/u;
/** PLACED_BYLINE's line, when no word of it is a body's noun ("North Oil Company – Media Office" is a letterhead). */
const placedByline = (line: string) =>
  PLACED_BYLINE.test(line) && !line.split(/[\s/–—-]+/).some((w) => ORG_HEADS.has(w.toLowerCase()));
const CREDIT_LINE =
  /^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|graphics|photos?)\s+by\s[^\n]{2,400}$/i;
const BYLINE_PARTS = /\s[-–—]\s|[|·•]/g;

/**
 * The parts of a header line between "|", "·" or "•" (and, in a byline, between spaced dashes too:
 * "By JT - Apr 02,2026", "By Crescent Wire staff · June 30, 2026 · 11:05 AM GMT+3"), with offsets.
 */
function lineSegments(content: string, at: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const marks = BYLINE.test(content) ? BYLINE_PARTS : /[|·•]/g;
  let from = 0;
  for (const m of content.matchAll(marks)) {
    parts.push({ text: content.slice(from, m.index), start: at + from });
    from = m.index + m[0].length;
  }
  parts.push({ text: content.slice(from), start: at + from });
  return parts;
}

/** "Jan 21, 2022" → "2022-01-21"; "March 3" → "--03-03" (the year is the publication's). */
/**
 * A year the text places something in: after a month ("March 2026"), a period ("the first quarter
 * of 2026", "in 2026", "early 2026"). "Since 2022", "since the start of 2025" only open a period
 * running to the present, which may lie in any later year, so they tell no year of the story.
 */
const YEAR_IN_TEXT =
  /\b(?:in|of|during|by|until|early|late|mid-?|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s*((?:19|20)\d{2})\b(?![,.]?\d)/g;
/** "since the start of", "since early": the words before a year that open a running period. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:[a-z]+\s+){1,2})?$/i;

/**
 * "said most of the camp's residents would still be there \"at the end of 2027\"", "the wall will be
 * finished by 2028", "a depot due to open by mid-2028": a year a forecast, a plan or a schedule
 * looks ahead to is later than the story.
 */
const FUTURE_BEFORE =
  /\b(?:will|would|shall|won't|wouldn't|'ll|(?:expects?|expected|plans?|planned|aims?|hopes?|intends?|due|scheduled|slated) to)\b/i;
/** The words of a year's own sentence before it (up to 160 characters). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  const stop = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("? "),
    before.lastIndexOf("! "),
  );
  return stop < 0 ? before : before.slice(stop + 1);
}

/**
 * "since the first months of", "since the early weeks of": a period opened by a stretch at the
 * start of a year, which has passed. ("Since the start of 2025" under a January dateline may
 * still be a count of the days of 2025 itself: it tells no year, as below.)
 */
const SINCE_OPENING =
  /\bsince\s+(?:the\s+)?(?:first|early|opening)\s+(?:days|weeks|months|quarter|half)\s+$/i;
/** "since the start of", "since the beginning of": a running count of the year itself. */
const YEAR_START_BEFORE = /\bsince\s+the\s+(?:start|beginning|turn)\s+$/i;
/** The first month of a dateline in which a count "since the start of YEAR" is that year's own. */
const YEAR_COUNT_FROM_MONTH = 4;

/**
 * "more than a year after the fall of the government in December 2024", "five and a half years after
 * the agreement was signed in October 2020", "Sixteen months after the fall of … in December 2024": a
 * span counted from a dated happening to the time of writing. The year it names is the happening's;
 * the story lies the span later.
 */
const SPAN_AFTER =
  /\b(?:(more than|over|nearly|almost|about|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})(\s+and\s+a\s+half)?\s+(years?|months?)\s+(?:after|since)\b[^.;:"“”?!]*$/i;
/** A span's spelled count: "one" to "twenty", by its value (COUNT_WORDS runs to twelve). */
const SPAN_NUMBERS = [
  "zero",
  ...COUNT_WORDS,
  ...["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"],
];
/**
 * The year of a story filed in `month` that lies a span after `year` (`named`: the happening's
 * month, when the text gives it): the nearest year whose distance in months fits the span, the
 * first one past it for "more than" and "over", the last one short of it for "nearly" and "almost".
 */
function yearAfterSpan(span: RegExpExecArray, year: number, named: number, month: number): number {
  const count = /^\d/.test(span[2] ?? "")
    ? Number(span[2])
    : Math.max(1, SPAN_NUMBERS.indexOf((span[2] ?? "").toLowerCase()));
  const half = span[3] ? 0.5 : 0;
  const months = Math.round((count + half) * (/^y/i.test(span[4] ?? "") ? 12 : 1));
  const bound = (span[1] ?? "").toLowerCase();
  // Without the happening's month only whole years can be counted.
  if (named < 1) return months % 12 === 0 ? year + months / 12 : year;
  const elapsed = (y: number) => 12 * (y - year) + month - named;
  let best = year;
  for (let y = year; y <= year + 1 + Math.ceil(months / 12); y++) {
    const e = elapsed(y);
    if (bound === "more than" || bound === "over") {
      if (e > months) return y;
    } else if (bound === "nearly" || bound === "almost") {
      if (e < months) best = y;
    } else if (Math.abs(e - months) < Math.abs(elapsed(best) - months)) best = y;
  }
  return best;
}

/**
 * The latest year the text places anything in, or null. "… have killed more than 60 militants
 * since the start of 2026" under a dateline of November counts the year it is filed in: a count
 * run on over a whole past year would be told from further back ("since early last year"); filed
 * in the first months of a year ("BAGHDAD, Jan 13"), it may still be last year's count.
 */
function storyYear(text: string, month: number): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(YEAR_IN_TEXT)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const ownCount =
      month >= YEAR_COUNT_FROM_MONTH && YEAR_START_BEFORE.test(before) && m[0].startsWith("of");
    const year = Number(m[1]);
    if (SINCE_BEFORE.test(before) && !ownCount) {
      // "BEIRUT, Jan 12 – … have stepped up attacks since the first months of 2025": filed in the
      // first months of a year, a period opened at the start of another one has run a year at least.
      const opened =
        month < YEAR_COUNT_FROM_MONTH &&
        ((SINCE_OPENING.test(before) && m[0].startsWith("of")) ||
          (/\bsince\s+$/i.test(before) && /^early/i.test(m[0])));
      // "MOSUL, Nov 2 (Agency) – … 31 attacks since February 2025": news style names a month of the
      // year it writes in alone ("since February"); a month given its year is of an earlier one.
      const monthOfPast = /^\p{Lu}/u.test(m[0]) && /\bsince\s+$/i.test(before);
      if ((opened || monthOfPast) && (latest === null || year + 1 > latest)) latest = year + 1;
      continue;
    }
    const clause = clauseBefore(text, m.index);
    if (FUTURE_BEFORE.test(clause)) continue;
    const span = clause.includes(" after ") || clause.includes(" since ") ? SPAN_AFTER.exec(clause) : null;
    const storyAt = span ? yearAfterSpan(span, year, monthIndex(m[0]), month) : year;
    if (latest === null || storyAt > latest) latest = storyAt;
  }
  return latest;
}

function datelineDate(text: string): string | null {
  const full = findFullDate(text);
  if (full) return full.value;
  const m = /^([A-Z][a-z]{2,8})\.? (\d{1,2})$|^(\d{1,2}) ([A-Z][a-z]{2,8})$/.exec(text.trim());
  const month = monthIndex(m?.[1] ?? m?.[4] ?? "");
  const day = Number(m?.[2] ?? m?.[3]);
  if (month < 1 || !(day >= 1 && day <= 31)) return null;
  return `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Whether a token lies inside any of the regions: the regions sorted by start, with the furthest
 * end reached so far, so each look-up is a binary search however many regions the head has.
 */
function regionTest(regions: readonly Region[]): (token: Token) => boolean {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const r of sorted) reach.push(Math.max(r.end, reach[reach.length - 1] ?? r.end));
  return (token) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Region).start <= token.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && (reach[at] as number) >= token.end;
  };
}

/**
 * Where to cut `current`, a run grown past MAX_SENTENCE_CHARS: the count of tokens to keep in
 * the first part. After the last clause mark in its second half, else before its last word
 * there, else all of it (the token that would overflow starts the next).
 */
function cutPoint(current: readonly Token[]): number {
  const start = (current[0] as Token).start;
  const half = start + MAX_SENTENCE_CHARS / 2;
  for (let n = current.length - 1; n > 0; n--) {
    const t = current[n - 1] as Token;
    if (t.end < half) break;
    if (CLAUSE_MARKS.has(t.text)) return n;
  }
  for (let n = current.length - 1; n > 0; n--) {
    const t = current[n] as Token;
    if (t.start < half) break;
    if (t.space) return n;
  }
  return current.length;
}

/** True when the period at `i` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviationPeriod(tokens: readonly Token[], i: number, lineStart: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i]?.start) return false;
  if (prev.kind === "word" && (ABBREVIATIONS.has(prev.norm) || /^\p{Lu}$/u.test(prev.text))) return true;
  const next = tokens[i + 1];
  if (prev.kind === "word" && UNIT_ABBREVIATIONS.has(prev.norm))
    return next !== undefined && next.breaks === 0 && next.kind === "num";
  // List numbering at the start of a line: "1. Activity in the Badia".
  return prev.kind === "num" && prev.i === lineStart;
}

/**
 * A single quotation mark that opens: apart from the word before, against a word after ("'We
 * will'", "‘a drop in the sea’"), not a dropped century ("'80s").
 */
function opensSingle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== "'" && t.text !== "‘") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || next.space || next.breaks > 0 || next.kind !== "word") return false;
  return (
    t.text === "‘" || !prev || t.space || t.breaks > 0 || ["(", "—", "–", ":", '"', "“"].includes(prev.text)
  );
}

/** A single quotation mark that closes: against the word before, and not "the fighters' families". */
function closesSingle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if ((t.text !== "'" && t.text !== "’") || t.space || i === 0) return false;
  return !pluralPossessive(tokens, i);
}

export function segment(text: string, tokens: Token[]): Segmentation {
  const { regions, metadata } = findMetadata(text);
  const inRegion = regionTest(regions);
  const sentences: SentenceSpan[] = [];
  const pendingMeta: Token[] = [];
  let current: Token[] = [];
  let quoteOpen = false;
  let guillemetOpen = false;
  let singleOpen = false;
  // „…“ and ‚…‘ (German and Central European style): opened low, closed by the mark that opens
  // elsewhere.
  let lowDouble = false;
  let lowSingle = false;
  let lineStart = 0;

  const flush = () => {
    while (current.length > 0 && BULLETS.has(current[0]?.text ?? "")) current.shift();
    if (current.length === 0) return;
    const first = current[0] as Token;
    const last = current[current.length - 1] as Token;
    const index = sentences.length;
    sentences.push({ index, start: first.start, end: last.end, tokenStart: first.i, tokenEnd: last.i + 1 });
    for (let k = first.i; k <= last.i; k++) {
      const t = tokens[k];
      if (t && !t.meta) t.sentence = index;
    }
    for (const t of pendingMeta) t.sentence = index;
    pendingMeta.length = 0;
    current = [];
    quoteOpen = false;
    guillemetOpen = false;
    singleOpen = false;
    lowDouble = false;
    lowSingle = false;
  };

  /** Quotation marks opened and closed by token i. */
  const track = (i: number) => {
    const t = tokens[i] as Token;
    const text = t.text;
    if (text === "“" && lowDouble && !t.space) quoteOpen = lowDouble = false;
    else if (text === "«") quoteOpen = guillemetOpen = true;
    else if (text === "“") quoteOpen = true;
    else if (text === "„") quoteOpen = lowDouble = true;
    // « … “patient” … »: curly marks nested in guillemets close the inner words, not the quote.
    else if (text === "»") quoteOpen = guillemetOpen = false;
    else if (text === "”") quoteOpen = guillemetOpen;
    else if (text === "‚" && !singleOpen) singleOpen = lowSingle = true;
    else if (text === "‘" && lowSingle && !t.space) singleOpen = lowSingle = false;
    else if (text === '"') quoteOpen = !quoteOpen;
    else if (singleOpen && closesSingle(tokens, i)) singleOpen = false;
    else if (!singleOpen && opensSingle(tokens, i)) singleOpen = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.breaks > 0) {
      flush();
      lineStart = i;
    }
    if (inRegion(token)) {
      flush();
      token.meta = true;
      pendingMeta.push(token);
      continue;
    }
    if (token.text === "|" && token.space) {
      flush();
      continue;
    }
    if (current.length > 0 && token.end - (current[0] as Token).start > MAX_SENTENCE_CHARS) {
      // Too long to be a sentence: the first part is one, the rest starts the next afresh.
      const rest = current.splice(cutPoint(current));
      flush();
      for (const t of rest) {
        current.push(t);
        track(t.i);
      }
    }
    current.push(token);
    track(i);
    if (!TERMINALS.has(token.text) || (token.text === "." && isAbbreviationPeriod(tokens, i, lineStart)))
      continue;
    // Closing quotes and brackets belong to the sentence they close (a few, not a wall of them).
    let j = i + 1;
    let open = quoteOpen;
    let single = singleOpen;
    for (
      let next = tokens[j];
      next &&
      j - i <= 8 &&
      (CLOSERS.has(next.text) || (lowDouble && next.text === "“") || (lowSingle && next.text === "‘")) &&
      !next.space;
      next = tokens[++j]
    ) {
      if (next.text === "»" || ((next.text === "”" || next.text === "“") && !guillemetOpen)) open = false;
      else if (next.text === "‘") single = false;
      else if (next.text === '"') open = !open;
      else if (next.text === "’" || next.text === "'") single = false;
    }
    // 'by name".(1) Another said': a footnote's call glued to the sentence's end closes it too.
    if (
      tokens[j]?.text === "(" &&
      !tokens[j]?.space &&
      tokens[j + 1]?.kind === "num" &&
      tokens[j + 2]?.text === ")" &&
      tokens[j + 3]?.space
    )
      j += 3;
    // "wounding 31.[1] It was": a reference call in square brackets (or a run of them,
    // ".[2][3]"), as an encyclopedia article sets it after the stop, closes the sentence too.
    while (
      tokens[j]?.text === "[" &&
      !tokens[j]?.space &&
      tokens[j + 1]?.kind === "num" &&
      tokens[j + 2]?.text === "]" &&
      (tokens[j + 3]?.space || tokens[j + 3]?.text === "[" || tokens[j + 3] === undefined)
    )
      j += 3;
    // "in the Hajin area.12 One merchant": a journal's footnote number printed as plain digits
    // glued to the stop, before the next sentence's capital, closes the sentence too.
    if (
      token.text === "." &&
      tokens[j]?.kind === "num" &&
      !tokens[j]?.space &&
      /^\d{1,3}$/.test(tokens[j]?.text ?? "") &&
      tokens[j + 1]?.space &&
      tokens[j + 1]?.cap &&
      tokens[j + 1]?.kind === "word"
    )
      j += 1;
    const next = tokens[j];
    // "camp. 'We will fight": a straight single quote opening the next sentence.
    const startsSentence =
      next === undefined ||
      next.breaks > 0 ||
      (next.space && /^[\p{Lu}\d“"‘(„«‚]/u.test(next.text)) ||
      (next.text === "'" && opensSingle(tokens, j) && tokens[j + 1]?.cap === true);
    if (open || single || !startsSentence) continue;
    for (let k = i + 1; k < j; k++) current.push(tokens[k] as Token);
    i = j - 1;
    flush();
    singleOpen = false;
  }
  flush();
  // Metadata at the very end (a closing "Press Office" line) joins the last sentence.
  const lastIndex = sentences.length - 1;
  for (const t of pendingMeta) t.sentence = Math.max(lastIndex, 0);
  return { sentences, metadata };
}
