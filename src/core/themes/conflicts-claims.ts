import { MONTH_NAMES, monthIndex } from "../facts/events/dates.js";
import { extentOf } from "../facts/lexicon/areas.js";
import { LEXICON, lexiconEntry } from "../facts/lexicon/index.js";
import { WORD_VALUES } from "../facts/quantities/numbers.js";
import { fold } from "../text/fold.js";
import { escapeRegExp } from "../text/regexp.js";
import { rememberedPerText } from "../text/remember.js";
import type { Conflict, ConflictClaim } from "./assessment.js";
import type { Report } from "./reports.js";
import { CORRECTION_NOTICE, REVISES_EARLIER } from "./revisions.js";

/**
 * Conflicting reporting as claims, whatever words or extractor facts carry them.
 *
 * A *claim* is what one source says of one thing: a topic kind (how many were killed, escaped,
 * crossed, seized, remain, attacked; or a proposition), the places its sentence names, the time
 * window its sentence (or its report, or its article) gives, and a value (a figure read as an
 * interval: "about 15", "at least 20", "fewer than 1,500") or a polarity (asserted, denied).
 *
 * Two claims are about the same thing when their kinds are equal, their places are compatible
 * (one names none, they share one, or one lies in the other: a facility in its town, a town in
 * its region), and their windows overlap. Two accounts of one kind on different days or at
 * different named places are separate events, never a conflict nor corroboration. Claims of one
 * outlet are one account (a later figure revises an earlier one), unless one article relays two
 * named speakers (a live blog quoting a monitor and a spokesman; a fact-check's claim and the
 * authority's denial). Figures conflict when their intervals do not meet; a denial conflicts with
 * the nearest assertion it shares the matter with, even when it does not repeat the place.
 */

/** A figure named as what is denied: "the figure of 1,140", "the toll of 12", "the number of 300". */
const FIGURE_DENIED = /\bthe (?:figure|number|toll|count|tally|total) of [\d,.]+\b/i;

const DAY = 86_400_000;
/** A sentence's window when nothing dates it: the weeks its article reports on. */
const ARTICLE_DAYS = 45;
/** Facilities and towns this close are one place (a prison and its town's quarter). */
const SAME_PLACE_KM = 30;
/** Claims read per briefing: a flood of sentences is cut to the first ones. */
const MAX_CLAIMS = 600;
/** How far back a sentence that names no place takes the places of one before it. */
const NEAR_SENTENCES = 3;

export interface ClaimGrader {
  claim(r: Report, stance: ConflictClaim["stance"]): ConflictClaim;
}
type Weigh = (
  sides: [string, ConflictClaim[]][],
  reports: Map<string, Report>,
) => Pick<Conflict, "analysis" | "doubted">;

/** One sentence as the claims read it: its text, where, when, and who speaks. */
interface Said {
  report: Report;
  text: string;
  folded: string;
  places: Place[];
  window: [number, number];
  /** Whether the window comes from the sentence or its report rather than the article's date. */
  dated: boolean;
  /**
   * For a sentence that dates nothing of its own, the window of the sentence of its article that
   * last dated the story: the defence's "no shot was fired" tells of the night the charge sheet gave.
   */
  anchor?: [number, number];
  speakers: Set<string>;
  correction: boolean;
  /** A tally since a date ("since January", "so far this year"): another topic than one event's count. */
  cumulative: boolean;
  /** Whether its own words give a period ("in the first ten months", "between June and November"). */
  period: boolean;
  /**
   * A period named only as another account's ("in the period the auditors examined", "over the
   * same months", with no period before it in its own article): the period of the tally it answers.
   */
  answers?: boolean;
  /**
   * Whether its figure counts a whole frontier or country ("across the whole western border",
   * "nationwide"): the sum of its sectors, so no less than one sector's count, and maybe more.
   */
  whole?: boolean;
  /**
   * For a sentence that names no place, the places the sentence of its article just before it
   * (up to NEAR_SENTENCES back) names: "In Hasakah city, shells fell near a prison. One guard was
   * slightly wounded" tells of Hasakah.
   */
  near?: Place[];
}
interface Place {
  name: string;
  id: string | null;
  point: [number, number] | null;
}
export interface FigureClaim {
  said: Said;
  kind: string;
  lo: number;
  hi: number;
  value: number;
  /** A part of a group told elsewhere ("one of the dead", "two of them"), not a count of its own. */
  part?: boolean;
  /**
   * The side a toll says its dead were not ("the two killed were shepherds, not smugglers"): set
   * against that side's toll of the same event, whatever the figures.
   */
  contests?: string;
  /** A figure the sentence implies rather than states ("lightly wounded": so none killed). */
  implied?: boolean;
  /** A count told as a magnitude in words, no figure ("dozens"): how the conflict names its side. */
  worded?: string;
  /**
   * A figure given as the real one against the figure the sentence before gave ("the real figure
   * was fewer than 800"): set against it, whatever the bounds of the two.
   */
  disputes?: boolean;
  /**
   * What the figure counts by its own words, kept for a figure told as the real one ("the correct
   * figure is 640 people arrested while crossing"), which counts what the figure before it counted
   * and takes its own kind only when the sentence before counted nothing, or more than one thing.
   */
  fallback?: string;
  /** The figure it is set against ("six, not twenty": 20), whose kind it takes (see REJECTS_AFTER). */
  rejects?: number;
  /**
   * A figure the sentence tells only to call it wrong ("reports that about a thousand soldiers
   * remain are inaccurate"): set against any other account's figure it meets (see FALSE_FIGURE).
   */
  denied?: boolean;
  /** A bare count of those who remain, its noun left unsaid (see ELIDED_BEFORE). */
  elided?: boolean;
}

// --- Figures ----------------------------------------------------------------------------------

const WORDS = Object.keys(WORD_VALUES)
  .filter((w) => /^[a-z]+$/.test(w) && w !== "dozen")
  .sort((a, b) => b.length - a.length)
  .join("|");
// "More than a million pills": "a" before a scale is one of it. "About a dozen armed men" are
// twelve, "two dozen" twenty-four ("dozens of" is no figure: see DOZENS_OF). "A single soldier was wounded" is one.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${WORDS}|\ba single(?=\s+[a-z])|\ba(?=\s+(?:million|thousand|dozen)\b))(?:\s+(million|thousand|dozen\b(?!s)))?`;
const ZERO = String.raw`(?:no|not one|not a single|none of the|not any|nobody|no one|none)`;
const QUALIFIED = new RegExp(
  String.raw`\b(?:(about|around|some|approximately|roughly|nearly|almost|closer to|close to|an estimated|at least|no more than|not more than|more than|over|fewer than|less than|under|below|up to|at most)\s+)?${NUMBER}(?:\s*(?:to|-|–|and)\s*${NUMBER})?`,
  "gi",
);
const figureValue = (digits: string, scale: string | undefined) => {
  const base =
    digits.toLowerCase() === "a" || digits.toLowerCase() === "a single"
      ? 1
      : (WORD_VALUES[digits.toLowerCase()] ?? Number(digits.replace(/,/g, "")));
  const times: Record<string, number> = { million: 1e6, thousand: 1e3, dozen: 12 };
  return base * (times[scale?.toLowerCase() ?? ""] ?? 1);
};
/**
 * How far "about" reaches from a figure: a fifth of it for a round figure ("about 15", "some
 * 30,000"), but only a twentieth for one told to three significant digits or more ("about
 * 26,400", "some 2,450"): a figure given to its hundreds was counted and rounded, not guessed, so
 * "about 26,400" is no account of 24,100.
 */
function approximation(v: number): number {
  const digits = String(Math.round(Math.abs(v)))
    .replace(/0+$/, "")
    .replace(/^0+/, "");
  return digits.length >= 3 ? 0.05 : 0.2;
}
/** A figure read as the interval of what it may mean: "about 15" is 12 to 18, "at least 20" 20 or more. */
function interval(q: string | undefined, v: number, upTo?: number): [number, number] {
  if (upTo !== undefined && upTo > v) return [v, upTo];
  switch (q?.toLowerCase()) {
    case "about":
    case "around":
    case "some":
    case "approximately":
    case "roughly":
    case "closer to":
    case "close to":
    case "an estimated":
      return [v * (1 - approximation(v)), v * (1 + approximation(v))];
    case "nearly":
    case "almost":
      return [v * (1 - approximation(v)), v];
    case "at least":
    case "more than":
    case "over":
      return [v, Number.POSITIVE_INFINITY];
    case "fewer than":
    case "less than":
    case "under":
    case "below":
    case "up to":
    case "at most":
    case "no more than":
    case "not more than":
      return [0, v];
    default:
      return [v, v];
  }
}

/**
 * A claim's figure as its source worded its bound: "fewer than 1,000", "at least 31", "about
 * 2,500", or the bare figure when the sentence gives it plainly (or not at all). A box of figures
 * prints this, so a bound is never shown as an exact count.
 */
export function wordedFigure(text: string, value: number): string {
  // "No detainee had escaped": an account of none is worded so, never as a count of "0".
  if (value === 0) return "none";
  const plain = value.toLocaleString("en-GB");
  const re = new RegExp(QUALIFIED.source, "gi");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, q, digits, scale] = m;
    if (!digits || figureValue(digits, scale) !== value) continue;
    return q ? `${q.toLowerCase()} ${plain}` : plain;
  }
  return plain;
}

const INFILTRATORS = "infiltrators";
const FRIENDS = "friends";
const OPPONENTS = "opponents";
/** Who a toll counts, so the dead of one side are never set against those of the other. */
const VICTIM: [string, RegExp][] = [
  ["smugglers", /^(?:\w+\s+){0,2}smugglers?\b/],
  // Those killed crossing a border, by the word a border force uses for them: the crossing side,
  // whether the words elsewhere call them smugglers or militants (see figureConflicts).
  [INFILTRATORS, /^(?:\w+\s+){0,2}infiltrators?\b/],
  // "two members of the cell that carried out the attack": the attackers, not the forces' members.
  [
    "militants",
    /^(?:\w+\s+){0,2}members?\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:cells?|groups?|gangs?|organi[sz]ation|isis|daesh)\b/,
  ],
  [
    "militants",
    /^(?:of the\s+)?(?:isis|daesh|is|jihadist)\s+(?:\w+\s+)?(?:members?|fighters?|militants?|operatives?|commanders?|officials?|leaders?)\b/,
  ],
  [
    "militants",
    /^(?:of the\s+)?(?:\w+\s+){0,2}(?:fighters?|militants?|terrorists?|attackers?|assailants?|insurgents?|jihadists?|gunmen)\b/,
  ],
  // "Killed 19 suspected members": those a raid killed, named as suspects of a group, are the
  // group's (the forces never call their own men "suspected").
  [
    "militants",
    /^(?:of the\s+)?(?:\w+\s+){0,1}?suspected\s+(?:[\w'’-]+\s+){0,2}?(?:members?|operatives?|fighters?|militants?|terrorists?|jihadists?)\b/,
  ],
  [
    "forces",
    /^(?:of the\s+)?(?:\w+\s+){0,3}(?:soldiers?|guards?|troops?|officers?|policem[ae]n|police|personnel|members|fighters of the sdf|comrades|rangers?)\b/,
  ],
  // "Three of ours are dead": the speaker's own side (see OUR_MEN).
  ["forces", /^of\s+(?:ours|our own)\b/],
  // "The two heroes of our Arab Army who were martyred": the dead named as the sons (heroes,
  // martyrs) of an army or force are of the forces.
  [
    "forces",
    /^(?:\w+\s+){0,1}(?:heroes|martyrs|sons|men|members?)\s+of\s+(?:our|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:army|armed forces|forces|police|border guards?|security services)\b/,
  ],
  // "Six of the criminals were killed": armed opponents named by a word of blame, of whichever
  // side their article tells the forces met (see opponentsNamed).
  [OPPONENTS, /^(?:of\s+)?(?:the\s+)?(?:criminals|outlaws|bandits|gang members|culprits)\b/],
  // "Three of his friends died": the dead named as someone's friends or colleagues, whose side is
  // that person's (see friendsNamed).
  [FRIENDS, /^(?:of\s+)?(?:his|her|their)\s+(?:friends|colleagues|companions)\b/],
  [
    "civilians",
    /^(?:of the\s+)?(?:\w+\s+){0,2}(?:civilians?|residents?|shepherds?|hunters?|children|women|people|workers|passengers)\b/,
  ],
];
/** The side a toll rules out, told after it: ", not smugglers", "rather than militants". */
const NOT_SIDE = /(?:,\s*|\s+)(?:and\s+)?(?:not|rather than|instead of)\s+(?:as\s+|by\s+)?([^,.;]{2,40})/i;
const victimOf = (after: string) => VICTIM.find(([, re]) => re.test(after))?.[0] ?? "";
/** Whose dead an apposition says they were: "two bodies were brought in, both of them attackers". */
const APPOSED = /,\s*(?:both|all|each|most|none|all but one)\s+of\s+them\s+(?:were\s+|was\s+)?(.*)$/;
const victimsOf = (after: string) => victimOf(after) || victimOf(APPOSED.exec(after)?.[1] ?? "");

/**
 * A figure of a load, by its unit: "60 million captagon pills", "3 tonnes", "two million narcotic
 * Captagon pills" (two words naming the load; "212 samples of pills" count samples, no load).
 * Arms are a load too, counted by the piece: "300 rifles and 40 machine guns hidden in a truck".
 */
const LOAD =
  /^(?:[\w'’-]+\s+|(?:(?!of\b)[\w'’-]+\s+){2})??(pills|tablets|kilograms|kg|tonnes|tons|grams|packs|packets|cartons|sheep|goats|camels|cattle|cows|rifles|pistols|guns|weapons|grenades|rockets|missiles)\b/;
/**
 * A figure named as someone's own ("the KRG's own figure ... is about 2,500", "their estimate is
 * nearer 40"): a possessive before "figure", "count", "estimate", "tally" or "number" with no "of"
 * after it, then the verb of being. What it counts is what the sentence just before counted.
 */
const OWNER = String.raw`(?:(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w.-]*(?:['’]s|s['’])|their|its|his|her)`;
const OWN_FIGURE = new RegExp(
  String.raw`${OWNER}\s+(?:own\s+)?(?:figure|count|estimate|tally|number)\b(?!\s+of\b)(?:,[^.;]{0,100},)?\s+(?:is|was|stands at|stood at|comes to|came to|puts it at|put it at)\s+$`,
);
/**
 * Someone's own count told with what it was made from, then a bare figure: "Our own count of the
 * units named in coalition announcements comes to about 1,500", "their tally of the funerals
 * announced since March is 90". The records counted (units, names, funerals, announcements, lists)
 * are how the figure was reached, not what it counts: it counts what the sentence just before
 * counted, as OWN_FIGURE's does. A count "of the attacks" names its own thing and is not one.
 */
const OWN_FIGURE_FROM = new RegExp(
  String.raw`(?:${OWNER}|\b[Oo]ur|\b[Mm]y)\s+(?:own\s+)?(?:count|tally|estimate|reckoning)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?(?:units|names|posts|positions|bases|deployments|announcements|statements|records|registers|lists|rosters|funerals|obituaries|documents|contracts|manifests)\b[^.;]{0,80}?\s+(?:is|was|stands at|stood at|comes to|came to|puts it at|put it at|puts (?:the|that) (?:number|figure|total) at|put (?:the|that) (?:number|figure|total) at|totals|totalled|totaled|adds up to|added up to)\s+$`,
);
/** Nothing after a figure names what it counts: the sentence ends, or a clause or place follows. */
const BARE_AFTER = /^\s*(?:[.;:,)!?]|$|(?:in|across|on|at|for|as of|by|at most|at least|or so)\b)/i;
/**
 * Another's figure of the thing the sentence before counted, set against it as the true one: "A
 * senior official told me that the real figure was fewer than 800", "the actual number is closer
 * to 40". So is one told as what the number "will be" (a plan's size given against another's
 * figure: "our partners have told us the number will be closer to 1,200"), or as what the number
 * "is nearer". A body's "corrected the figure, saying that 164 families ... had arrived" is not
 * one: a figure corrected by whoever first told it is a revision (rule 14 of the analytic
 * convention), and a correcting body that is another speaker is another account by that alone.
 */
const REAL_FIGURE =
  /\bthe\s+(?:real|true|actual|correct|right|accurate|corrected)\s+(?:figure|number|count|total|tally)\s+(?:is|was|were|stands at|stood at|is nearer|was nearer)\s+$|\bthe\s+(?:(?:real|true|actual)\s+)?(?:figure|number|count|total|tally)\s+(?:will|would)\s+be\s+(?:nearer\s+(?:to\s+)?)?$|\bthe\s+(?:figure|number|count|total|tally)\s+(?:is|was)\s+nearer\s+(?:to\s+)?$/i;
const OWNER_NAME =
  /((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w.-]*?s?)(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:figure|count|estimate|tally|number)\b/;
const SAME_AS_BEFORE = "same-as-before";
/**
 * "The ministry says fewer than 1,000 remain in the Badia": a bare count right after a saying verb,
 * the subject of a verb of remaining, leaves its noun unsaid: it counts what the sentence just
 * before counted (see figuresOfBefore), in the words of whoever says it.
 */
const ELIDED_BEFORE = /\b(?:says|said|say|estimates?|estimated|believes?|that)\s+$/i;
const ELIDED_AFTER =
  /^\s*(?:remain|remains|remained|(?:are|were)\s+(?:still\s+)?(?:active|left|operating))\b/i;
/**
 * "It was six infiltrators that night, not twenty": a figure set against another it rejects, its
 * thing named by a noun the claims do not read as a kind. It counts what the rejected figure
 * counted where it was told (see figuresOfBefore). The rejection follows within a few words.
 */
const REJECTS_AFTER = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*,?\s+(?:and\s+)?(?:not|rather than|instead of|never)\s+(?:the\s+)?${NUMBER}(?![\w,]*\d)`,
  "i",
);
const REJECTING = "rejecting";
/** "No evidence for the figure of", "nothing to confirm reports of": what follows is not upheld. */
const UNSUPPORTED_BEFORE =
  /\b(?:no (?:evidence|proof|confirmation|trace|record|sign)|nothing to (?:support|confirm|back up))\s+(?:for|of|to support|to confirm|to back up)\s+(?:the\s+|any\s+)?(?:(?:figures?|claims?|reports?|number|toll|account)\s+(?:of|that)\s+)?(?:at least\s+|about\s+|some\s+)?$/i;
/**
 * A carrier told as stopped by those who check it, in a reduced relative or the passive: "the truck
 * stopped at the crossing carried 120 rifles", "the lorry that was stopped at the checkpoint": the
 * load of a vehicle stopped is the load seized. A carrier that stopped of its own accord is told
 * with what it stopped for or where it went next ("stopped to refuel", "stopped and turned back").
 */
const CARRIER_STOPPED =
  /\b(?:trucks?|lorr(?:y|ies)|tankers?|vehicles?|cars?|pick-?ups?|boats?|shipments?|consignments?)\s+(?:(?:that|which)\s+(?:was|were|had been)\s+)?(?:stopped|impounded)\s+(?:at|on|near|by)\b/i;
/** A load's seizure told in the passive: "were seized", "had been confiscated". */
const SEIZED_PASSIVE = String.raw`(?:were|was|had been|have been|has been)\s+(?:seized|confiscated|intercepted|caught|captured|found)\b`;
/** A unit of load by one name: "kg" is kilograms, "tablets" are pills. */
const unitOf = (unit: string) =>
  unit
    .replace(/^kg$/, "kilograms")
    .replace(/^tons$/, "tonnes")
    .replace(/^tablets$/, "pills")
    .replace(/^packets$/, "packs");

/**
 * Equipment a force keeps in service along a border or around a site, whose state a source may
 * give as a count out of service ("14 of the 52 thermal cameras ... were out of service") or as
 * all of it working ("all the thermal cameras on the western border are working").
 */
const EQUIPMENT =
  "(cameras?|sensors?|radars?|watchtowers?|towers?|scanners?|generators?|floodlights?|searchlights?|drones?|vehicles?)";
const BROKEN =
  "(?:out of (?:service|order|action|commission)|not (?:working|functioning|operating|operational)|inoperable|inoperative|broken(?: down)?|faulty|defective|disabled)";
/** What is supplied to a force where it is, told before its count: "life support ... for". */
const PROVIDED_FOR =
  /\b(?:life support|support services|housing|accommodation|lodging|billeting|meals|dining|food services|rations|quarters)\b[^.;]{0,80}?\bfor\s+$/;
/** After a count: its equipment, then the verb of its state ("thermal cameras ... were out of service"). */
const OUT_OF_SERVICE = new RegExp(
  String.raw`^(?:of\s+(?:the|its|their|our)\s+[\d,]+\s+)?(?:[\w'’-]+\s+){0,2}?${EQUIPMENT}\b[^.;]{0,80}?\b(?:were|was|are|is|had been|have been|has been|remain|remained|remains)\s+(?:still\s+|currently\s+)?${BROKEN}`,
  "i",
);
/**
 * The whole of a kind of equipment said to work: none of it out of service. "Nearly all", "not
 * all" say some of it is out, no count of none.
 */
const ALL_WORKING = new RegExp(
  String.raw`(?<!\b(?:nearly|almost|not|virtually|practically)\s+)\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?${EQUIPMENT}\b[^.;]{0,80}?\b(?:are|is|were|was|remain|remains)\s+(?:fully\s+|now\s+|all\s+)?(?:working|operating|operational|functioning|functional|in service|in working order)\b`,
  "gi",
);
const ALL_WORKING_ONE = new RegExp(ALL_WORKING.source, "i");
const WORKING =
  "(?:working|operating|operational|functioning|functional|in service|in working order|in operation)";
/** Said to work: "are working", "remain in service", or the bare verb ("only nine work"). */
const WORK_VERB = String.raw`(?:(?:(?:were|are|was|is|remain|remained|remains)\s+(?:still\s+|currently\s+|fully\s+)?${WORKING})|work|works|worked|function|functions|functioned|operate|operates|operated)\b`;
/**
 * Said to be in a working state, with its verb of being: "were in working order", "are operational".
 * A part of a whole told without "only" counts as working only so ("610 of the 620 cameras were in
 * operation"); a bare verb after it is any use ("40 of the 62 vehicles operated in the north"), and
 * "were working on the eastern side" may tell where they work, not that the rest are out.
 */
const WORK_STATE =
  /\b(?:were|are|was|is|remain|remained|remains)\s+(?:still\s+|currently\s+|fully\s+)?(?:in working order|in operation|in service|operational|functional)\b/i;
const ONLY_FIRST = /^(?:only|just|merely)\b/i;
/**
 * "Only 5 of 12 were working", "just three of the eight radars are operational", "610 of the 620
 * cameras were in operation": a part of a whole said to work, so the rest of it out of service.
 * Its equipment is named after the whole, else before it ("the camera towers facing the mine, of
 * which only 5 of 12 were working").
 */
const WORKING_PART = new RegExp(
  String.raw`\b(?:(?:only|just|merely)\s+)?${NUMBER}\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+|our\s+)?${NUMBER}\s+(?:((?:[\w'’-]+\s+){0,2}?${EQUIPMENT})\b[^.;]{0,60}?)?\b${WORK_VERB}`,
  "gi",
);
/**
 * "Of the 14 thermal cameras in the sector, only nine work", "of the 620 cameras installed, 380
 * were in working order": the whole named first, then the part said to work, so the rest of it
 * out of service.
 */
const WHOLE_THEN_WORKING = new RegExp(
  String.raw`\bof\s+(?:the\s+|its\s+|their\s+|our\s+)?${NUMBER}\s+((?:[\w'’-]+\s+){0,2}?${EQUIPMENT})\b[^.;]{0,60}?,\s*(?:(only|just|merely)\s+)?${NUMBER}\s+(?:of them\s+)?${WORK_VERB}`,
  "gi",
);
/**
 * "48 of its towers are now operating along the border", "twelve thermal cameras were working in
 * the sector": a count of equipment said to work, the whole it belongs to unsaid. It is set against
 * another count of the same equipment at work (`working:`), never read as none out of service.
 */
const WORKING_COUNT = new RegExp(
  String.raw`\b${NUMBER}\s+(?:of\s+(?:its|their|our|the)\s+)?((?:[\w'’-]+\s+){0,3}?${EQUIPMENT})\s+(?:are|were|is|was)\s+(?:now\s+|currently\s+|fully\s+|still\s+)?(?:operating|working|operational|functioning|in service|in operation)\b`,
  "gi",
);
/**
 * A state told for most or all of a named month ("only 21 were working for most of December"):
 * held over that month, not only in the week of its telling.
 */
const MONTH_STATE =
  /\b(?:for (?:most|much|all) of|throughout|all through)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/**
 * Posts said to carry some equipment: all of them ("all watchtowers in the sector are equipped with
 * thermal cameras"), or a part of a whole ("of the 62 watchtowers, 40 were fitted with thermal
 * cameras"), the rest without it.
 */
const POSTS = "(watchtowers?|towers?|posts?|observation points?)";
const FITTED = String.raw`(?:are|were|is|was|have been|had been)\s+(?:now\s+|all\s+|fully\s+)?(?:equipped|fitted|furnished)\s+with\b`;
const ALL_FITTED = new RegExp(
  String.raw`\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,1}?${POSTS}\b[^.;]{0,60}?\b${FITTED}`,
  "gi",
);
const PART_FITTED = new RegExp(
  String.raw`\bof\s+(?:the\s+|its\s+|their\s+|our\s+)?${NUMBER}\s+(?:[\w'’-]+\s+){0,1}?${POSTS}\b[^.;]{0,40}?,\s*(?:only\s+)?${NUMBER}\s+(?:of them\s+)?${FITTED}`,
  "gi",
);
/** The last equipment a text names: "camera towers" are cameras (a tower is what bears them). */
function lastEquipment(text: string): string | null {
  const all = [
    ...text.matchAll(
      new RegExp(String.raw`\b(?:(camera|sensor|radar|searchlight|floodlight)\s+)?${EQUIPMENT}\b`, "gi"),
    ),
  ];
  const m = all.at(-1);
  return m ? equipmentOf(m[1] ?? m[2] ?? "") : null;
}
/** Whether a sentence says all of some equipment works (a figure of none out of service). */
export const allWorking = (text: string) => ALL_WORKING_ONE.test(text);
/** One name for a kind of equipment: "camera" and "cameras" are one. */
const equipmentOf = (noun: string) => `${noun.toLowerCase().replace(/s$/, "")}s`;
/**
 * A state told of equipment holds as of its telling: the week before the sentence was published
 * ("some of them since August" says how long, not when the state was seen).
 */
function standingState(said: Said): Said {
  const published = Date.parse(said.report.publishedAt ?? said.report.date ?? "") || said.window[1] - DAY;
  // The month named, in the year of the telling or the year before it (a later month is last year's).
  const month = MONTH_STATE.exec(said.text)?.[1];
  if (month) {
    const at = new Date(published);
    const m = MONTH_NAMES.indexOf(month.toLowerCase());
    const year = at.getUTCFullYear() - (m > at.getUTCMonth() ? 1 : 0);
    return {
      ...said,
      window: [Date.UTC(year, m, 1), Date.UTC(year, m + 1, 1)],
      dated: true,
      cumulative: false,
      period: false,
    };
  }
  return {
    ...said,
    window: [published - 7 * DAY, published + DAY],
    dated: true,
    cumulative: false,
    period: false,
  };
}

/**
 * "Dead" as a modifier of a thing, not of people: "a dead zone of the cameras", "a dead end", "dead
 * ground" out of a post's sight. "Crossed through a dead zone" counts those who crossed, no dead.
 */
const DEAD_AS_MODIFIER = String.raw`\s+(?:zones?|ends?|spots?|angles?|ground|space|areas?|corners?|letters?|lines?|heat|calm|weight|reckoning)\b`;
/** "were killed", "left six smugglers dead", "bodies", "dead": a toll told after its figure. */
const KILLED_AFTER = new RegExp(
  String.raw`^(?:[\w'’-]+\s+){0,6}?(?:(?:were|was|had been|have been|are|is)\s+(?:also\s+|reportedly\s+|later\s+)?)?(?:killed|dead|died|slain|martyred|lost their lives)\b(?!${DEAD_AS_MODIFIER})`,
);
const DEAD_AFTER = new RegExp(
  String.raw`^(?:[\w'’-]+\s+){0,2}(?:bodies|deaths|dead)\b(?!${DEAD_AS_MODIFIER})`,
);
/**
 * "Three of our comrades fell that night", "two soldiers fell in the clash": people who fell are
 * people killed. Only a noun of people may fall so ("attacks fell from 48 to 31" is a fall in
 * number), and never ill, asleep, silent, back or into something.
 */
const FELL_AFTER =
  /^(?:of\s+(?:our|his|her|their|the|its)\s+)?(?:[\w'’-]+\s+){0,2}?(?:comrades|soldiers|guards|men|troops|heroes|martyrs|brothers|fighters|policemen|officers|rangers|members)\s+(?:also\s+)?fell\b(?!\s+(?:from|to|by|below|under|ill|sick|asleep|silent|back|behind|apart|short|into|in love|victim|prey|out|through)\b)/;
/**
 * A reduced relative on those counted naming where they were held, or whom they are tied to
 * ("women and children linked to the Islamic State fled"), before a verb of getting out (see
 * withoutApposition).
 */
const HELD_AT =
  /^((?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+)(?:(?:held|detained|kept|housed|interned|imprisoned|jailed)\s+(?:in|at|inside)|(?:linked|tied|affiliated|connected)\s+(?:to|with)|belonging\s+to)\s+(?:[\w'’-]+\s+){1,8}?(?=(?:escaped|fled|broke out|got out|got away|slipped out|sneaked out)\b)/;
/**
 * Those counted, then where they come from or belong, in a chain of phrases that each open on a
 * preposition ("young men from a village in the eastern countryside of Suwayda"), up to a passive
 * verb told of them ("were killed", "was wounded"): the phrases say who they are, the verb what befell
 * them. A clause of its own in the chain ("said", "who", a comma) is no such phrase.
 */
const FROM_WHERE =
  /^((?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?:\s+(?:from|of|in)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:who|which|that|said|says|told|and|but|were|was)\b)[\w'’-]+\s+){0,2}?(?!(?:who|which|that|said|says|told|and|but|were|was)\b)[\w'’-]+){1,4}(?=\s+(?:were|was|had been|have been)\s)/;
/**
 * The words after a figure with an apposition on its noun left out: "detainees, all held as
 * members of ISIS, left", "people, women and boys among them, leave".
 */
const withoutApposition = (after: string) =>
  after
    .replace(
      /^((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s+(?:all|both|most|many|some|each|mostly|among them|including)\b[^,.;]{1,60},\s+/,
      "$1 ",
    )
    .replace(/^((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s+[^,.;]{1,60}?\s+among them,\s+/, "$1 ")
    // "23 women and children held in Roj camp in the Hasakah countryside escaped": a reduced
    // relative that tells where those counted were held, before a verb of getting out.
    .replace(HELD_AT, "$1")
    // "Four shepherds from a hamlet in the southern outskirts of Rutba were shot dead": phrases
    // that tell where those counted come from, before the verb told of them.
    .replace(FROM_WHERE, "$1");
/**
 * A country's armed forces told by their own name ("250 Bundeswehr soldiers are deployed"): the
 * troops of that country, as "German soldiers" are.
 */
const ARMED_FORCES_OF: Record<string, string> = { bundeswehr: "german" };
/**
 * The country a force is told of by ("US", "U.S.", "United States", "American"): "1,500 United
 * States personnel remain" counts US troops as "2,500 US troops remain" does.
 */
const FORCE_NATION = String.raw`us|u\.s\.|united states|american|turkish|russian|iranian|french|british|german|italian|polish|australian|coalition|${Object.keys(ARMED_FORCES_OF).join("|")}`;
const nationOfForce = (n: string | undefined) => {
  const l = n?.toLowerCase() ?? "";
  return /^(?:u\.?s\.?|united states|american)$/.test(l) ? "us" : (ARMED_FORCES_OF[l] ?? l);
};
const FORCE_GONE = new RegExp(
  String.raw`^(${FORCE_NATION})?\s*(?:troops|soldiers|service members|personnel|advisers|advisors)\s+(?:have\s+|had\s+|has\s+)?(?:(?:now|already|so far)\s+)?(?:left|withdrawn|withdrew|departed|pulled out)\b`,
);
// "600 US military personnel remain": the force's troops, "military" only saying so again.
const FORCE_STANDS = new RegExp(
  String.raw`^(?:of\s+(?:its|their)\s+)?(${FORCE_NATION})?\s*(?:and\s+(?:coalition|allied|other coalition)\s+)?(?:military\s+)?(?:troops|soldiers|service members|personnel|occupiers|occupation (?:troops|forces|soldiers))\b`,
);
const FORCE_ADVISERS = new RegExp(
  String.raw`^(${FORCE_NATION})\s+(?:military\s+)?(?:advisers|advisors|trainers|instructors)(?:\s+and\s+(?:advisers|advisors|trainers|instructors))?\b`,
);
/**
 * A clause on those just counted that tells what they do in the present ("who train the
 * Peshmerga", "that guard the base"): a verb neither past (no "-ed", no common irregular past) nor
 * modal nor of becoming.
 */
const DOING_NOW =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:currently\s+|still\s+|now\s+)?(?!(?:[a-z]+ed|will|would|could|should|might|may|must|can|shall|had|was|were|did|left|went|came|fought|took|fled|got|made|ran|held|kept|became|began|saw|told|said|gave|lost|won|died)\b)[a-z]+\b/;
/** The words that may stand between a verb and the figure it governs: "withdrew about", "cut all the". */
export const UP_TO_FIGURE = String.raw`\s+(?:(?:about|around|some|nearly|roughly|almost|at least|more than|over|fewer than|up to|all|the|its|their)\s+)*$`;
/** Verbs that take a force somewhere or away, or a level it was cut from, told just before its figure. */
const FORCE_MOVED_BEFORE = new RegExp(
  String.raw`\b(?:withdr\w+|pull(?:s|ed|ing)?(?:\s+out)?|sen[dt]\w*|dispatch\w*|brought|bring\w*|mov(?:e|es|ed|ing)|cut|cuts|reduc\w+|evacuat\w+|rotat\w+|transfer\w+|relocat\w+|redeploy\w*|(?:withdrawal|departure|drawdown|pull-?out|exit|evacuation|rotation|loss|deaths?) of|from|to|killed|lost|losing|wounded|injured)${UP_TO_FIGURE}`,
  "i",
);
const FORCE_NUMBER = new RegExp(
  String.raw`\bnumber of\s+(${FORCE_NATION})?\s*(?:troops|soldiers|service members|personnel)\b[^.,;]{0,40}?\b(?:was|is|were|are|stood at|stands at)\s+(?:(?:about|around|closer to|close to|nearly|some)\s+)?$`,
);
/**
 * "Our contacts put the number of US troops in the Region at closer to 1,200", "the notice puts the
 * troops that will remain in Erbil at about 1,500": a force's size told as what someone puts or
 * estimates it at. The force is the object of the verb, its figure after "at".
 */
const FORCE_PUT_AT = new RegExp(
  String.raw`\b(?:put|puts|putting|estimates?|estimated|estimating)\s+(?:the\s+)?(?:number\s+of\s+|size\s+of\s+)?(?:(?:the|its|their)\s+)?(${FORCE_NATION})?\s*(?:troops|soldiers|service members|personnel)\b[^.;]{0,80}?\bat\s+(?:(?:about|around|closer to|close to|nearly|some|roughly|fewer than|more than|under|over)\s+)?$`,
  "i",
);
/**
 * "The member asked how many foreign troops remain in Iraq ..., and said his own information put
 * the figure at more than 3,000": a force's size told as the answer someone gives to the question
 * the same sentence asks, "the figure" or "the number" standing for the "how many" asked before it.
 * Only a question of those who remain or are posted somewhere ("how many soldiers were killed" asks
 * a toll).
 */
const FORCE_ASKED = new RegExp(
  String.raw`\bhow many\s+(?:(${FORCE_NATION})\s+|foreign\s+)?(?:troops|soldiers|service members|personnel)\s+(?:(?:are|were)\s+)?(?:still\s+)?(?:remain|remains|remained|left|stationed|deployed|based|present|in)\b[^.;?]*?\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|that)\s+(?:figure|number|total)\s+at\b`,
  "i",
);
const FIGURE_PUT_AT =
  /\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|that)\s+(?:figure|number|total)\s+at\s+(?:(?:about|around|closer to|close to|nearly|some|roughly|fewer than|more than|under|over)\s+)?$/i;
/** "The number of people arrested while crossing ... is": an arrest count told as what it comes to. */
const NUMBER_ARRESTED =
  /\bnumber of\s+((?:[\w'’-]+\s+){0,3}?)(?:arrested|detained|apprehended)\b[^.;:]{0,80}?\b(?:is|was|stands at|stood at|came to|comes to|reached|totals|totalled|totaled)\s+(?:(?:about|around|some|nearly|at least|only|just)\s+)?$/;
/**
 * A force named by its country ("the American occupation forces", "US troops") and, after it in
 * the same clause, "its" or "their" just before the figure, with no completed departure between.
 */
const FORCE_OWNER = new RegExp(
  String.raw`\b(${FORCE_NATION})\s+(?:(?:occupation|military|armed|ground)\s+)?(?:forces|troops|army|military)\b(?:(?!\b(?:withdrew|withdrawn|pulled|removed|evacuated|relocated|left)\b)[^.;:,])*?\b(?:its|their)\s+$`,
);
/**
 * "The contingent currently numbers about 170", "the force in Kurdistan totals some 400": a force
 * told by the verb that gives its size.
 */
const FORCE_NUMBERS =
  /\b(?:contingent|detachment|force|forces|garrison|deployment|mission|presence|troops)\b[^.;,]{0,40}?\b(?:numbers|numbered|totals|totalled|totaled|stands at|stood at|is made up of|was made up of|comprises|comprised)\s+(?:(?:about|around|roughly|some|nearly|approximately|fewer than|more than|under|over|just|only)\s+)?$/i;
/**
 * "Withdraw all of its roughly 300 soldiers", "all 900 of their troops": the whole of a force,
 * whose size the figure gives.
 */
const FORCE_ALL_OF =
  /\ball\s+(?:of\s+)?(?:its|their|the|his|her|our)\s+(?:(?:about|around|roughly|some|nearly|approximately|estimated)\s+)?$/i;
/** "Arrested ... with", "detained at the crossing with": what those arrested were caught carrying. */
const ARRESTED_WITH = /\b(?:arrested|detained|stopped|apprehended)\b[^.;]{0,80}?\bwith\s+$/i;
/** "We have", "they still keep": a side that has a force, told just before its figure. */
const FORCE_HELD =
  /\b(?:we|they|it|washington|america)\s+(?:still\s+|now\s+|only\s+)?(?:have|has|had|keep|keeps|kept|maintain|maintains|maintained)\s+(?:only\s+|just\s+)?$/i;
/** "Are already down to", "was cut to": the level a force has been brought to. */
const FORCE_DOWN_TO =
  /\b(?:(?:are|is|were|was|be|been)\s+(?:already\s+|now\s+|just\s+)?(?:down|cut|reduced)\s+to)\s+$/i;
const FORCE_CHANGED = new RegExp(
  String.raw`\b(?:bring|brings|brought|bringing|reduce|reduces|reduced|reducing|cut|cuts|cutting|lower|lowers|lowered|lowering|raise|raises|raised|raising|increase|increases|increased|increasing)\s+the number of\s+(${FORCE_NATION})?\s*(?:troops|soldiers|service members|personnel)\b[^.,;]{0,40}?\b(?:down |up )?to\s+(?:(?:about|around|some|nearly|fewer than|under|roughly)\s+)?$`,
  "i",
);
/**
 * Members a force has lost, told as those who walked away ("about 300 guards had left their
 * posts", "40 policemen have deserted") or as the drop in those serving ("180 fewer guards on duty
 * than in September"): a count of its own, by the force's word for its men (guards, soldiers).
 */
const FORCE_MEN = "(guards?|soldiers?|troops|policem[ae]n|police officers?|officers?|personnel|recruits)";
const FORCE_LEFT = new RegExp(
  String.raw`^(?:[\w'’-]+\s+){0,2}?${FORCE_MEN}\s+(?:(?:have|had|has)\s+)?(?:(?:now|already|since)\s+)?(?:(?:left|quit|abandoned|walked off|walked away from)\s+(?:their|the|his)\s+(?:posts?|jobs?|units?|ranks|service|force)\b|deserted\b)`,
);
const FORCE_FEWER = new RegExp(
  String.raw`^fewer\s+(?:[\w'’-]+\s+){0,1}?${FORCE_MEN}\s+(?:on duty|at (?:their )?posts?|in service|on (?:the )?(?:rota|roster|payroll)|serving|working)\b[^.;]{0,40}?\bthan\b`,
);
/** The men counted by one word, singular and by role: "guards" and "guard", "policemen" and "police officers". */
const menOf = (noun: string) =>
  noun
    .toLowerCase()
    .replace(/^policem[ae]n$|^police officers?$/, "police")
    .replace(/^troops$/, "soldiers")
    .replace(/s$/, "");
/**
 * An armed group's strength, the fighters it has: "put the number of ISIS fighters in the desert at
 * up to 3,000", "about 800 ISIS fighters remain active there", "the group still fields some 2,000
 * fighters". Read only of a group the sentence names (one), so the SDF's fighters are never set
 * against ISIS's; those killed, held or arrested are read before as counts of their own.
 */
const FIGHTERS = "(?:fighters|militants|jihadists|insurgents|combatants|members)";
const GROUPS: [string, RegExp][] = [
  ["isis", /\b(?:islamic state|isis|isil|daesh)\b/i],
  ["isis", /\bIS\b/],
  ["sdf", /\b(?:SDF|Syrian Democratic Forces)\b/],
  ["hts", /\b(?:HTS|Hay'?at Tahrir al-Sham)\b/],
  ["pkk", /\bPKK\b/],
  ["al-qaeda", /\bal-?Qaeda\b/i],
  ["hezbollah", /\bHezbollah\b/i],
];
const GROUP_NAMES: Record<string, string> = {
  isis: "ISIS",
  sdf: "the SDF",
  hts: "HTS",
  pkk: "the PKK",
  "al-qaeda": "al-Qaeda",
  hezbollah: "Hezbollah",
};
const groupIn = (sentence: string) => {
  const named = new Set(GROUPS.filter(([, re]) => re.test(sentence)).map(([g]) => g));
  return named.size === 1 ? ([...named][0] ?? "") : "";
};
const STRENGTH_OF = new RegExp(
  String.raw`\b(?:number|strength|size|ranks)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?${FIGHTERS}\b([^.;]{0,60}?)\b(?:at|is|was|as|stood at|stands at|reached|to|exceeds?|exceeded)\s+$`,
  "i",
);
const STRENGTH_COUNTS =
  /\b(?:killed|dead|arrested|detained|captured|held|jailed|imprisoned|wounded|injured|escaped|fled)\b/i;
const FIGHTERS_STAND = new RegExp(
  String.raw`^(?:(?:islamic state|isis|isil|daesh|sdf|hts|pkk)\s+)?(?:[\w'’-]+\s+){0,1}?${FIGHTERS}\s+(?:(?:are|were|is|was|remain|remained|remains|still|now)\s+){1,2}(?:active|operating|hiding|based|at large|in the field)\b|^(?:(?:islamic state|isis|isil|daesh|sdf|hts|pkk)\s+)?(?:[\w'’-]+\s+){0,1}?${FIGHTERS}\s+(?:still\s+)?(?:remain|remained|operate|operating|roam|hide)\s+(?:in|across|along|around|inside)\b`,
  "i",
);
const GROUP_HAS =
  /\b(?:has|have|had|retains?|retained|fields?|fielded|commands?|commanded|musters?|mustered|numbers?|numbered|counts?)\s+(?:still\s+|only\s+|just\s+|now\s+)?(?:between\s+)?$/i;
function fightersOf(before: string, after: string, sentence: string): string | null {
  const group = groupIn(sentence);
  if (!group) return null;
  const strength = STRENGTH_OF.exec(before);
  if (strength && !STRENGTH_COUNTS.test(strength[1] ?? "")) return `fighters:${group}`;
  if (FIGHTERS_STAND.test(after)) return `fighters:${group}`;
  if (
    GROUP_HAS.test(before) &&
    new RegExp(String.raw`^(?:[\w'’-]+\s+){0,1}?${FIGHTERS}\b`, "i").test(after) &&
    !STRENGTH_COUNTS.test(after.slice(0, 40))
  )
    return `fighters:${group}`;
  return null;
}

/**
 * What a figure counts, from the words around it; the kinds the extractor's variation is folded
 * into: killed/dead/bodies, escaped/fled/at large/left without permission, crossed/infiltrated,
 * detained/arrested, seized (by unit), troops remaining or withdrawn (by whose), attempts foiled, attacks.
 */
function kindOf(before: string, after: string, sentence: string): string | null {
  const a = after.toLowerCase();
  const b = before.toLowerCase();
  // "14 of the 52 thermal cameras ... were out of service": the count out of service, never the
  // whole it is a part of (the 52 after "of the").
  const broken = OUT_OF_SERVICE.exec(a);
  if (broken?.[1])
    return /\bof\s+(?:the|its|their|our)\s+$/.test(b) ? null : `out-of-service:${equipmentOf(broken[1])}`;
  // "11 people were killed, among them six members of the guard force": a side's own toll
  // inside the toll just told, counted by whom it names.
  const within =
    /\b(?:people|persons)\s+(?:were\s+|had been\s+|have been\s+)?(killed|dead|died|wounded|injured)\b[^.;:]{0,30}?,?\s+(?:among them|including|of whom|among whom)\s+(?:at least\s+|about\s+|some\s+)?$/.exec(
      b,
    ) ??
    /\b(killing|wounding|injuring)\s+(?:at least\s+|about\s+|some\s+)?[\w,]+\s+(?:people|persons)\b[^.;:]{0,30}?,?\s+(?:among them|including|of whom|among whom)\s+(?:at least\s+|about\s+|some\s+)?$/.exec(
      b,
    );
  // Only a side named inside a toll of people: "three soldiers, including two officers" is a
  // part of the same side's toll.
  if (within && victimOf(a) && victimOf(a) !== "civilians")
    return `${/^(?:wounded|injured|wounding|injuring)$/.test(within[1] ?? "") ? "wounded" : "killed"}:${victimOf(a)}`;
  // "were killed", "killed five terrorists", "bodies", "dead"; an apposition on those counted may
  // stand before the verb ("14 government soldiers, including a brigade commander, were killed").
  if (
    KILLED_AFTER.test(a) ||
    DEAD_AFTER.test(a) ||
    FELL_AFTER.test(a) ||
    KILLED_AFTER.test(withoutApposition(a))
  )
    return `killed:${victimsOf(a)}`;
  if (/\b(?:killed|killing|kill)\s+(?:at least\s+|about\s+|some\s+)?$/.test(b))
    return `killed:${victimOf(a)}`;
  // "recovered the bodies of ten infiltrators", "the remains of three soldiers": the dead counted
  // by their bodies, told before the figure.
  if (/\b(?:bodies|remains|corpses)\s+of\s+(?:at least\s+|about\s+|some\s+)?$/.test(b))
    return `killed:${victimOf(a)}`;
  if (/\b(?:death toll|toll)\b[^.]{0,30}\b(?:to|of|at)\s+(?:at least\s+|about\s+)?$/.test(b))
    return "killed:";
  // "raising the number of terrorists killed to five": a toll told as the number it reached.
  const reached =
    /\bnumber of\s+((?:[\w'’-]+\s+){0,3}?)(?:killed|dead)\s+(?:\w+\s+){0,2}?(?:to|at|reached)\s+(?:at least\s+|about\s+)?$/.exec(
      b,
    );
  if (reached) return `killed:${victimOf(reached[1] ?? "")}`;
  // "Brought back eleven of the men who fled", "recaptured 12 of those who escaped": those caught
  // again, a part of the escapees, never a count of the escape itself.
  if (
    /\b(?:brought back|recaptured|re-?arrested|caught|captured|tracked down|rounded up|returned)\s+$/.test(
      b,
    ) &&
    /^of\s+(?:the|those|them)\b/.test(a)
  )
    return "recaptured";
  if (
    /^(?:[\w'’-]+\s+){0,5}?(?:who\s+)?(?:have\s+|had\s+|has\s+)?(?:escaped|fled|broke out|got out|got away|slipped out|sneaked out|(?:are|were|remain|remained) (?:still )?(?:at large|unaccounted for|missing)|left\s+(?:[\w'’-]+\s+){0,4}without (?:permission|authori[sz]ation|leave|a permit)|left\s+(?:the|their)\s+(?:[\w'’-]+\s+)?(?:camp|prison|jail|annex|wing|facility|detention centre|detention center)\b)\b/.test(
      withoutApposition(a),
    )
  )
    return "escaped";
  // "recorded five departures without authorisation", "12 unauthorised exits from the camp": leaving
  // without leave, told as a noun, is an escape as much as the verb is.
  if (
    /^(?:[\w'’-]+\s+){0,2}?(?:departures|exits|absences)\s+without\s+(?:permission|authori[sz]ation|leave|a permit)\b|^(?:unauthori[sz]ed|unpermitted|illegal)\s+(?:departures|exits)\b/.test(
      a,
    )
  )
    return "escaped";
  // "Five detainees took advantage of the confusion to escape", "three prisoners managed to flee":
  // an escape told as what those counted did, or were able to do, never as an attempt ("tried to
  // escape", "planned to escape" count no one out).
  if (
    /^(?:[\w'’-]+\s+){0,3}?(?:(?:took|taking|take) advantage of\s+(?:[\w'’-]+\s+){1,4}?|(?:managed|were able|was able|succeeded in)\s+)(?:to\s+)?(?:escape|escaping|flee|fleeing|break out|breaking out|get away|getting away)\b/.test(
      a,
    )
  )
    return "escaped";
  // "around 30 women and children left through a cut in the fence": a way out made through a
  // perimeter (a cut, hole, gap or breach in a fence or wall, a tunnel) or a way not made for
  // people (a shaft, vent, drain or sewer) is an escape, whatever the verb of leaving and whether
  // or not the site is named again. An apposition on those counted may stand before the verb ("at
  // least 26 detainees, all held as members of ISIS, left the block through a ventilation shaft").
  if (
    /^(?:(?!(?:tried|attempted|trying|attempting|sought|wanted|planned|planning)\b)[\w'’-]+\s+){0,5}?(?:left|leave|leaving|went out|got out|slipped out|walked out|crawled out|made (?:their|his|her) way out)\s+(?:[\w'’-]+\s+){0,3}?(?:through|via|by)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:cut|hole|gap|breach|tunnel|opening|shaft|vent|drain|sewer|culvert)\b/.test(
      withoutApposition(a),
    )
  )
    return "escaped";
  if (/\bescape of\s+(?:at least\s+|about\s+|some\s+)?$/.test(b)) return "escaped";
  // "12 women and children cut through the fence of Phase 5": a way made through the perimeter of
  // a site that holds people is an escape (through a border fence it is a crossing, read below).
  // Those who only "tried to cut through the fence" made no way out: a party that tried (partyOf).
  if (
    /^(?:(?!(?:tried|attempted|trying|attempting|sought|wanted|planned|planning)\b)[\w'’-]+\s+){0,5}?(?:cut|broke|tunnel(?:l)?ed|dug)\s+(?:their way\s+)?(?:through|under)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:fence|wall|wire|perimeter)\b/.test(
      a,
    ) &&
    /\b(?:camps?|prisons?|jails?|detention|inmates?|detainees?|prisoners?|residents?)\b/.test(
      sentence.toLowerCase(),
    ) &&
    !/\bborder\b/.test(sentence.toLowerCase())
  )
    return "escaped";
  // "at least 23 women and children left Roj camp that night": leaving a named camp or prison with
  // no destination, convoy or programme is a departure out of custody; an organised one names where
  // it goes ("left Al-Hol camp for Iraq") or how ("in a convoy", "under the return programme").
  if (
    /^(?:[\w'’-]+\s+){0,5}?left\s+(?:[\w'’-]+\s+){1,2}?(?:camp|prison|jail)\b(?!\s+(?:for|to|towards|bound|heading|en route|under|in a|as part|on board|aboard|with|by bus))/.test(
      a,
    ) &&
    !/\b(?:repatriat\w*|returnees?|return (?:programme|program|trips?|flights?)|transfer\w*|convoys?|batch(?:es)?|buses|evacuat\w*|resettle\w*|released?)\b/i.test(
      sentence,
    )
  )
    return "escaped";
  // "Border forces arrested 1,140 people who crossed or tried to cross": the figure is the object
  // of the arrest, so it counts those arrested; the relative clause after it only says who they
  // were (and "or tried to" counts some who never got across).
  if (/\b(?:arrested|detained|apprehended)\s+$/.test(b)) return `arrested:${victimOf(a) || "?"}`;
  // "870 people detained after crossing the border": the participle right after those counted
  // tells the arrest itself, as "were detained" does; detained in or at a camp or prison is
  // custody, read below as those held.
  if (
    /^(?:[\w'’-]+\s+){0,2}?(?:arrested|detained|apprehended)\b/.test(a) &&
    !/^(?:[\w'’-]+\s+){0,2}?(?:arrested|detained|apprehended)\s+(?:in|at|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:camps?|prisons?|jails?|facilit(?:y|ies)|centres?|centers?|annexes?|sites?)\b/.test(
      a,
    )
  )
    return `arrested:${victimOf(a) || "?"}`;
  // "5 million pills had crossed": a load, not people (read below with its unit).
  const load = LOAD.exec(a)?.[1];
  if (!load && /^(?:[\w'’-]+\s+){0,4}?(?:crossed|infiltrated|slipped across|got through|sneaked)\b/.test(a))
    return "crossed";
  // "about twelve gunmen who cut through the fence south of the crossing and crossed into Iraq":
  // the crossing told in a relative clause on those counted, its verb after another of the same
  // clause (no clause break between). Through a border fence or wall, cutting is itself a crossing.
  // "Two officers told me that a group of 30 men crossed": a "that" after a verb of saying opens
  // what was said, no clause on those counted (the officers crossed nothing).
  const relative =
    /^(?:(?!(?:told|tell|tells|said|say|says|reported|added|stated|confirmed)\b)[\w'’-]+\s+){0,3}?(?:who|that|which)\s+([^.;:,]{0,120})/.exec(
      a,
    )?.[1] ?? "";
  if (
    /^(?:[\w'’-]+\s+){0,12}?(?:(?:had|have|has)\s+)?(?:crossed|infiltrated|slipped across|got through|sneaked (?:in|across|into))\b/.test(
      relative,
    ) ||
    (/^(?:cut|broke|tunnel(?:l)?ed|climbed)\s+(?:their way\s+)?(?:through|under|over)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:fence|wall|wire|berm)\b/.test(
      relative,
    ) &&
      /\bborder\b/.test(sentence.toLowerCase()))
  )
    return "crossed";
  // "saw a group of about ten armed men cross the wall": a crossing seen, not one tried or feared.
  const bare = /^((?:[\w'’-]+\s+){0,4}?)cross\s+(?:the|into|over|from)\b/.exec(a);
  if (
    bare &&
    !/\b(?:to|not|could|can|cannot|may|might|will|would|should|must|try|tried|trying)\s+$/.test(
      bare[1] ?? "",
    ) &&
    /\b(?:saw|seen|watched|see|heard)\b/.test(b)
  )
    return "crossed";
  if (
    /^(?:[\w'’-]+\s+){0,4}?(?:were|was|have been|had been)\s+(?:arrested|detained)\b/.test(a) ||
    /\b(?:arrested|detained|arresting|detaining)\s+$/.test(b)
  )
    return `arrested:${victimOf(a) || "?"}`;
  // "The number of men detained at the crossings this year stands at 64": a count of arrests
  // told as the number it comes to, those counted named before the participle.
  const arrests = NUMBER_ARRESTED.exec(b);
  if (arrests) return `arrested:${victimOf(arrests[1] ?? "") || "?"}`;
  // "The figure of 1,140 infiltrators arrested in 2026 ... is incorrect": a figure named as such,
  // of those counted and the participle of their arrest.
  if (
    /\b(?:figure|number|count|total|tally)\s+of\s+(?:about\s+|some\s+|around\s+)?$/.test(b) &&
    /^(?:[\w'’-]+\s+){1,2}?(?:arrested|detained|apprehended)\b/.test(a)
  )
    return `arrested:${victimOf(a) || "?"}`;
  // "9,000 ISIS fighters are held in ... facilities": people in custody, never the fighters at large.
  if (
    /^(?:[\w'’-]+\s+){0,3}?(?:are|is|were|was|remain|remained|still)\s+(?:being\s+)?(?:held|imprisoned|jailed|in custody)\b/.test(
      a,
    )
  )
    return "held";
  // "the roughly 21,000 people held in the camp", "some 3,000 detainees kept at the prison": the
  // same custody told by the participle alone, those the site holds.
  if (
    /^(?:[\w'’-]+\s+){0,2}?(?:held|kept|housed|detained|imprisoned|interned)\s+(?:in|at|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:camps?|prisons?|jails?|facilit(?:y|ies)|centres?|centers?|annexes?|sites?)\b/.test(
      a,
    )
  )
    return "held";
  // "Al-Hol camp held 21,870 people", "bringing the camp's population below 22,000": those a site holds.
  if (
    /\b(?:held|holds|holding|houses|housed|hosts|hosted|population(?:\s+(?:of|to|at|stood at|stands at|is|was))?)\s+$/.test(
      b,
    )
  )
    return "holds";
  // "Our own household registration counted 23,150 residents", "the census recorded 8,000
  // inhabitants": a count of those who live at a site is its population, what it holds.
  if (
    /\b(?:counted|registered|recorded|enumerated)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+)?$/.test(
      b,
    ) &&
    /^(?:residents|inhabitants|people|persons|individuals)\b/.test(a)
  )
    return "holds";
  // "The Al-Hol camp had 24,600 residents on 31 December": those a site had living in it are its
  // population, what it holds.
  if (
    /\b(?:camps?|prisons?|jails?|facilit(?:y|ies)|annex(?:es)?|centres?|centers?)\s+(?:still\s+|then\s+)?(?:had|has)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|fewer than\s+|just under\s+)?$/.test(
      b,
    ) &&
    /^(?:registered\s+)?(?:residents|inhabitants|people|persons|individuals|detainees|inmates|prisoners)\b/.test(
      a,
    )
  )
    return "holds";
  // "Iraq brought home more than 600 people from Al-Hol": those moved out of it, never those it holds.
  if (/\b(?:brought home|brought back|repatriated|returned|transferred|relocated|evacuated)\s+$/.test(b))
    return "returned";
  // "212 Iraqi families had been returned from the Al-Hol camp": the same, told in the passive.
  if (
    /^(?:[\w'’-]+\s+){0,5}?(?:had been|have been|has been|were|was)\s+(?:returned|repatriated|brought (?:home|back))\b/.test(
      a,
    )
  )
    return "returned";
  // "The ministry received 1,160 people in 298 families from Al-Hol camp", "took in 85 households
  // from the camp": the receiving side's count of those moved out of a site, never those it holds.
  if (
    /\b(?:received|receives|receiving|took in|takes in|taking in|welcomed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|at least\s+|more than\s+)?$/.test(
      b,
    ) &&
    /^(?:[\w'’,-]+\s+){0,6}?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:camps?|prisons?|jails?|facilit(?:y|ies)|annexes?)\b/.test(
      a,
    )
  )
    return "returned";
  // "A convoy left the camp carrying 640 people", "a bus transporting 30 passengers": those a
  // vehicle carries, never those a site holds nor a toll (a load of pills carried is read below).
  if (
    /\b(?:carrying|carried|transporting|transported|ferrying|ferried)\s+(?:about\s+|some\s+|around\s+|nearly\s+|at least\s+|more than\s+)?$/.test(
      b,
    ) &&
    !LOAD.test(a)
  )
    return "carried";
  // "two soldiers with gunshot wounds", "four were wounded", "wounding three guards": the wounded,
  // a toll of its own, never added to the dead.
  if (
    /^(?:[\w'’-]+\s+){0,3}?(?:of\s+(?:the|our|its|their)\s+[\w'’-]+\s+)?(?:(?:were|was|had been|have been)\s+(?:\w+ly\s+)?)?(?:wounded|injured)\b/.test(
      a,
    ) ||
    /^(?:[\w'’-]+\s+){0,2}?with\s+(?:[\w'’-]+\s+)?(?:wounds|injuries)\b/.test(a) ||
    // "two members of our forces sustained light injuries": a wound told as suffered.
    /^(?:[\w'’-]+\s+){0,5}?(?:sustained|suffered|received)\s+(?:[\w'’-]+\s+)?(?:wounds|injuries)\b/.test(a)
  )
    return `wounded:${victimOf(a)}`;
  if (/\b(?:wounding|injuring)\s+(?:at least\s+|about\s+|some\s+)?$/.test(b)) return `wounded:${victimOf(a)}`;
  const unit = load;
  // "The network moved an estimated 60 million pills through the crossing", "no more than 5
  // million pills had crossed at Al-Qaim": a load trafficked across, told by the verb that governs
  // the figure (a seizure named elsewhere in the sentence does not make it one), a count apart
  // from any seized.
  if (
    unit &&
    (/\b(?:moved|smuggled|trafficked|shipped|funnel(?:l)?ed|brought in)\s+$/.test(b) ||
      (new RegExp(
        String.raw`${LOAD.source}\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:been\s+)?(?:smuggled|moved|trafficked)\b|crossed\b|passed (?:through|across)\b)`,
      ).test(a) &&
        // "1,200 sheep smuggled from Syria were seized": the participle names the load, the
        // passive after it tells what befell it.
        !new RegExp(
          String.raw`${LOAD.source}\s+(?:smuggled|moved|trafficked)\b[^.;]{0,60}?\b${SEIZED_PASSIVE}`,
        ).test(a)))
  )
    return `moved:${unitOf(unit)}`;
  // The load the smugglers "lost" is, from their side, the load the border guards seized.
  // "The lorries that were captured carried more than a million pills": a load captured is seized.
  // "Foiled an attempt to smuggle 4 million pills": the load of a smuggling stopped is seized.
  if (
    unit &&
    (/\b(?:seiz|confiscat|intercept|caught|captur|found|lost\b|foil|thwart)/i.test(sentence) ||
      CARRIER_STOPPED.test(sentence))
  )
    return `seized:${unitOf(unit)}`;
  // "The defendants were arrested at the Rabia crossing with 1,200,000 Captagon pills": a load
  // those arrested were taken with is a load seized.
  if (unit && ARRESTED_WITH.test(before)) return `seized:${unitOf(unit)}`;
  // "About 2,500 US troops have left Iraq", "1,500 coalition advisers have left": a force's
  // departures, a count of their own, never the troops that remain.
  // "300 guards had left their posts": men who walked away from their force, never a withdrawal.
  const left = FORCE_LEFT.exec(a) ?? FORCE_FEWER.exec(a);
  if (left?.[1]) return `lost:${menOf(left[1])}`;
  const gone = FORCE_GONE.exec(a);
  if (gone) return `withdrawn:${nationOfForce(gone[1])}`;
  // "2,500 of its soldiers remain": a force's own troops, its country named elsewhere. "2,000
  // American advisers and trainers remain": a foreign force's advisers are its troops, once the
  // words name whose they are (a bare "advisers" may be a ministry's civilians).
  const troops = FORCE_STANDS.exec(a) ?? FORCE_ADVISERS.exec(a);
  // "about 2,500 US troops remained in Iraq", "there are no more than 1,500 American troops in
  // Iraq": a force said to stand somewhere, told by a verb of staying or of being there.
  if (
    troops &&
    (/\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|stationed|deployed|based|left in|still (?:on|in)|keep|keeps|kept|keeping)\b/i.test(
      sentence,
    ) ||
      /\bthere\s+(?:are|were|is|was|remain)\s+(?:still\s+)?$/i.test(before) ||
      // "the roughly 60 German soldiers who instruct the Kurdish police": a force told by what it
      // does now is a force there.
      DOING_NOW.test(a) ||
      // "Life support and dining for approximately 900 US service members at Erbil Air Base": a
      // force provided for where it stands is a force there.
      (PROVIDED_FOR.test(b) && /^(?:[\w'’-]+\s+){1,3}?(?:at|in)\s+(?:the\s+)?[A-Z]/.test(after)) ||
      // "US officials still speak of about 2,500 American troops in Iraq": a force of a named
      // country counted in a named place, right after its noun, is the force there, unless the
      // figure is what a move or a cut took ("withdrew 2,000 US troops in Syria", "down from").
      (troops[1] &&
        /^(?:[\w'’-]+\s+){1,3}?(?:now\s+|still\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]/.test(after) &&
        !FORCE_MOVED_BEFORE.test(b)))
  )
    return `troops:${nationOfForce(troops[1])}`;
  // "We have about 1,400 troops in Syria today", "we are already down to fewer than 900 troops in
  // Syria": a force its own side says it has there, or has been brought down to.
  if (troops && (FORCE_HELD.test(before) || FORCE_DOWN_TO.test(before)))
    return `troops:${nationOfForce(troops[1])}`;
  // "The American forces have begun pulling their 2,500 soldiers out": a force's whole strength,
  // told as its own ("their"), of the country its subject names; not once they are gone ("the
  // Americans withdrew their 900 troops last year").
  const owner = troops && !troops[1] ? FORCE_OWNER.exec(b) : null;
  if (owner?.[1]) return `troops:${nationOfForce(owner[1])}`;
  const counted =
    FORCE_NUMBER.exec(b) ??
    FORCE_PUT_AT.exec(b) ??
    (FIGURE_PUT_AT.test(b) ? FORCE_ASKED.exec(sentence) : null);
  // "How many foreign troops remain after the coalition's withdrawal": the foreign force a sentence
  // on the coalition's withdrawal asks about is the coalition's.
  if (counted && !counted[1] && FORCE_ASKED.test(sentence) && /\bcoalition\b/i.test(sentence))
    return "troops:coalition";
  if (counted) return `troops:${nationOfForce(counted[1])}`;
  // "The Dutch detachment in Erbil now numbers about 120 soldiers", "withdraw all of its roughly 300
  // soldiers": a force told by its size, the count of all of it. Its country is read from the
  // sentence or the article (see forcesNamed).
  if (troops && (FORCE_NUMBERS.test(b) || FORCE_ALL_OF.test(b))) return `troops:${nationOfForce(troops[1])}`;
  // "bring the number of US troops in Iraq down to about 1,500", "reduces the number of US troops
  // in Syria to about 600": the force a change leaves.
  const changed = FORCE_CHANGED.exec(b);
  if (changed) return `troops:${nationOfForce(changed[1])}`;
  const fighters = fightersOf(before, after, sentence);
  if (fighters) return fighters;
  // "its units foiled 41 infiltration attempts", "the report counts 17 foiled attempts": attempts
  // stopped, a count of their own (never a crossing, nor the attacks made).
  if (
    (/\b(?:foiled|thwarted|prevented|repelled|repulsed)\s+$/.test(b) &&
      /^(?:[\w'’-]+\s+){0,2}?(?:attempts|attempted (?:crossings|infiltrations))\b/.test(a)) ||
    /^(?:foiled|thwarted|failed)\s+(?:[\w'’-]+\s+){0,1}?attempts\b/.test(a)
  )
    return "foiled";
  // "19 Islamic State attacks", "12 ISIS suicide attacks": the group's two-word name before its noun.
  if (/^(?:(?:islamic\s+state|isis|isil|daesh)\s+(?:[\w'’-]+\s+)?|(?:[\w'’-]+\s+){0,1}?)attacks\b/.test(a))
    return "attacks";
  if (
    /\battacks\b[^.]{0,80}\b(?:rose|fell|increased|decreased|dropped|declined|climbed)\b[^.]{0,60}\bto\s+$/.test(
      b,
    )
  )
    return "attacks";
  // "smugglers move about 30 trucks a week", "no more than five lorries a night get through": a
  // rate of vehicles run across, per its period (a count per day and one per week are two topics).
  const rate = VEHICLE_RATE.exec(a);
  if (rate && (VEHICLE_RUN_BEFORE.test(b) || VEHICLE_RUN_AFTER.test(a.slice(rate[0].length))))
    return `run:${vehiclesOf(rate[1] ?? "")}/${rate[2]}`;
  // "let 17 trucks from Syria pass without inspection", "only three trucks passed the crossing
  // without full inspection": vehicles waved through a post unchecked, a count of their own.
  const unchecked = VEHICLES_UNCHECKED.exec(a);
  if (unchecked?.[1]) return `unchecked:${vehiclesOf(unchecked[1])}`;
  // "about 70 kilometres of new trench", "the trench built since July is 140 kilometres long": the
  // length of a barrier, by its kind (a wall's length is not a trench's).
  const length = LENGTH_OF.exec(a);
  if (length?.[1]) return `length:${barrierOf(length[1])}`;
  const along = BARRIER_IS.exec(b);
  if (along?.[1] && LONG_AFTER.test(a)) return `length:${barrierOf(along[1])}`;
  const given = LENGTH_AT.exec(b);
  if (given?.[1] && KM.test(a)) return `length:${barrierOf(given[1])}`;
  const covers = BARRIER_COVERS.exec(b);
  if (covers?.[1] && KM_OF_WHOLE.test(a)) return `length:${barrierOf(covers[1])}`;
  if (WATCH_COVERS.test(b) && KM_OF_WHOLE.test(a)) return "watched";
  if (unbuiltStretch(a, sentence)) return "unbuilt";
  const party = partyOf(a, sentence);
  if (party) return `party:${party}`;
  return null;
}
/** People counted as a party, the noun right after the figure (with at most two words before it). */
const PARTY_NOUN =
  /^(?:[\w'’-]+\s+){0,2}?(?:detainees|prisoners|inmates|people|persons|men|women|members|fighters|militants|gunmen|infiltrators|smugglers|individuals|residents)\b/;
/**
 * An attempt to get out of a site: a riot, or a try at breaking out, or at getting through its
 * fence or wall ("tried to cut through the fence").
 */
const OUT_ATTEMPT =
  /\b(?:riot(?:ed|ing)?|mutin(?:y|ied)|(?:tried|attempted|trying|attempting)\s+to\s+(?:break|escape|flee|force|get out|(?:cut|climb|crawl|dig|squeeze|get|slip)\s+(?:their\s+way\s+)?(?:through|over|under|past)\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){0,2}?(?:fence|wall|wire|perimeter)))\b/;
/**
 * Those who tried told caught or stopped: "tried to cut through the fence and were caught by the
 * camp guards" (not when some of them got away).
 */
const ATTEMPT_CAUGHT =
  /\b(?:and|but)\s+(?:were|was)\s+(?:\w+ly\s+)?(?:caught|stopped|intercepted|arrested|detained|apprehended|seized|recaptured|overpowered|turned back|pushed back)\b(?![^.;]*\b(?:got away|escaped|fled|made it|slipped away|at large)\b)/;
/** An escape said not to have happened: "without any escape", "no one escaped", "none got out". */
const NO_ESCAPE =
  /\bwithout\s+(?:any\s+|a\s+single\s+)?(?:escapes?|breakout)\b|\b(?:no\s+one|nobody|none|not\s+one)\s+(?:of\s+them\s+)?(?:escaped|got\s+out|got\s+away|broke\s+out)\b/;
/** An approach to a border or a try at crossing it, told of those just counted. */
const CROSS_ATTEMPT =
  /^(?:[\w'’-]+\s+){0,3}?(?:approaching|approached|tried\s+to\s+(?:cross|enter)|trying\s+to\s+(?:cross|enter)|attempted\s+to\s+(?:cross|enter)|attempting\s+to\s+(?:cross|enter))\b[^.;]{0,40}?\b(?:border|frontier|territory|line|fence|berm)\b/;
/** Those approaching sent back: "until they withdrew", "were turned back", "forced them to retreat". */
const SENT_BACK =
  /\b(?:withdrew|retreated|pulled back|fled back|turned back|were repelled|were pushed back|were driven back|were forced back|forced them (?:back|to (?:withdraw|retreat)))\b/;
/**
 * "14 detainees in one dormitory started a riot and tried to break a door ... without any escape",
 * "four women tried to cut through the fence and were caught by the guards", "six people
 * approaching the border line ... until they withdrew": those who made an attempt its
 * teller says failed, counted by that teller. The size of the party another account may say got
 * out or across: "party:escaped", "party:crossed", set against those figures (see figureConflicts).
 */
function partyOf(after: string, sentence: string): "escaped" | "crossed" | null {
  if (!PARTY_NOUN.test(after)) return null;
  const s = sentence.toLowerCase();
  if (OUT_ATTEMPT.test(after) && (NO_ESCAPE.test(s) || ATTEMPT_CAUGHT.test(after))) return "escaped";
  if (CROSS_ATTEMPT.test(after) && SENT_BACK.test(s)) return "crossed";
  return null;
}

/** Vehicles per period after a figure: "30 trucks a week", "five lorries per night". */
const VEHICLE_RATE =
  /^(?:[\w'’-]+\s+)?(trucks|lorries|vehicles|tankers|cars|pick-?ups)\s+(?:a|per|each|every)\s+(day|night|week|month)\b/;
/** Vehicles let through a post without the check it owes them: "trucks ... passed without inspection". */
const VEHICLES_UNCHECKED =
  /^(?:[\w'’-]+\s+)?(trucks|lorries|vehicles|tankers|pick-?ups)\b[^.;]{0,80}?\b(?:pass(?:es|ed|ing)?|through|across|in|into|enter(?:s|ed|ing)?|cross(?:es|ed|ing)?)\b[^.;]{0,60}?\bwithout\s+(?:(?:a|an|any|full|proper|the|customs|physical|thorough)\s+){0,2}(?:inspections?|checks?|search(?:es)?|screening|being (?:inspected|checked|searched|screened))\b/;
/** A verb that runs vehicles across, before their figure: "smugglers move", "the network sends". */
const VEHICLE_RUN_BEFORE =
  /\b(?:move|moves|moved|moving|run|runs|ran|running|send|sends|sent|sending|smuggle|smuggles|smuggled|drive|drives|drove|push|pushes|pushed)\s+$/;
/** Vehicles that get across, after their rate: "get through", "cross", "make the trip". */
const VEHICLE_RUN_AFTER =
  /^\s+(?:(?:still|now|actually|only)\s+)?(?:(?:make|makes|made)\s+(?:it|the (?:trip|crossing|run|journey))|get|gets|got|go|goes|went|pass|passes|passed|cross|crosses|crossed|slip|slips|slipped)\b(?:\s+(?:through|across|over|into|in|out|past))?/;
const vehiclesOf = (v: string) => (/^lorr/.test(v) ? "trucks" : v.replace(/^pick-?ups$/, "pickups"));
const BARRIER_NOUN = "(trench(?:es)?|berms?|walls?|fences?|fencing|ditch(?:es)?|earthworks?|barriers?)";
/** "70 kilometres of new trench and berm": a length of barrier, its noun within two words (in kilometres only). */
const LENGTH_OF = new RegExp(
  String.raw`^(?:km|kms|kilomet(?:re|er)s?)\s+of\s+(?:(?:new|the|its|concrete|earth|dug|fresh|additional|more)\s+){0,2}${BARRIER_NOUN}\b`,
);
/** "The trench built since July is", "the new wall now stretches": a barrier as the subject of its length. */
const BARRIER_IS = new RegExp(
  String.raw`\b${BARRIER_NOUN}\b(?:\s+(?!(?:is|was|are|were)\b)[\w'’-]+){0,8}?\s+(?:is|was|are|were|now\s+(?:is|runs|stretches|extends)|runs|stretches|extends|measures)\s+(?:now\s+|already\s+|only\s+|just\s+|about\s+)?$`,
);
const LONG_AFTER = /^\s*(?:km|kms|kilomet(?:re|er)s?)\s+(?:long|in length)\b/;
/**
 * "Gives the completed length of wall at 48 kilometres", "puts the length of the new trench at
 * about 70 km": a barrier's length named before its figure, told as what someone gives it at.
 */
const LENGTH_AT = new RegExp(
  String.raw`\blength\s+of\s+(?:(?:new|the|its|concrete|earth|dug|fresh|completed|finished|built)\s+){0,2}${BARRIER_NOUN}\b[^.;]{0,40}?\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|just\s+|only\s+)?$`,
);
const KM = /^\s*(?:km|kms|kilomet(?:re|er)s?)\b/;
/**
 * "The wall now covers 400 of the 600 kilometres", "the fence spans about 90 km": a barrier's length
 * told as the stretch of frontier it covers (the whole, after "of the", is the frontier's length).
 */
const BARRIER_COVERS = new RegExp(
  String.raw`\b${BARRIER_NOUN}\s+(?:(?:now|already|only|still)\s+)?(?:covers|covered|spans|spanned)\s+(?:about\s+|some\s+|only\s+|nearly\s+|roughly\s+)?$`,
);
/**
 * "The towers so far cover about 350 kilometres", "our camera network now covers more than 600 km
 * of the border": the stretch of frontier a watching line (towers, cameras, radars, a surveillance
 * network or system) covers, a standing state like a barrier's length, never a barrier's own length
 * (a wall of 400 km and cameras along 400 km are two measures).
 */
const WATCH_COVERS =
  /\b(?:(?:watch|observation|surveillance|camera|radar)\s+)?(?:towers|cameras|radars|network|system)\s+(?:(?:now|already|only|still|so far|currently)\s+)?(?:covers?|covered|spans?|spanned)\s+(?:about\s+|some\s+|only\s+|nearly\s+|roughly\s+|more than\s+|over\s+|less than\s+|fewer than\s+)?$/;
const KM_OF_WHOLE =
  /^\s*(?:(?:km|kms|kilomet(?:re|er)s?)\b|of\s+(?:the|its)\s+[\d,]+\s+(?:km|kms|kilomet(?:re|er)s?)\b)/;
/** Whether a figure in kilometres is a barrier's length: "70 km of trench", "the wall is 140 km long". */
const barrierLength = (before: string, after: string) => {
  const a = after.replace(/^[\s,]+/, "").toLowerCase();
  return (
    LENGTH_OF.test(a) ||
    (LONG_AFTER.test(a) && BARRIER_IS.test(before.toLowerCase())) ||
    (KM.test(a) && LENGTH_AT.test(before.toLowerCase())) ||
    (KM_OF_WHOLE.test(a) && BARRIER_COVERS.test(before.toLowerCase())) ||
    (KM_OF_WHOLE.test(a) && WATCH_COVERS.test(before.toLowerCase()))
  );
};
/**
 * How much of a frontier still lacks its wall or fence, in kilometres: "only 90 kilometres remain to
 * be built" (in a sentence on the wall), "about 200 kilometres of the border ... are still protected
 * only by an earth berm", "40 km of the frontier remain without a fence". A stretch held only by a
 * berm or a trench is one the wall does not yet cover; a length of berm built is no such stretch.
 */
const UNBUILT_AFTER =
  /^\s*(?:km|kms|kilomet(?:re|er)s?)\s+(?:still\s+)?(?:remain|remains|are|is)\s+(?:still\s+)?(?:(?:yet\s+)?to\s+be\s+(?:built|completed|finished|erected)|unbuilt|unfinished)\b/i;
const UNWALLED_AFTER =
  /^\s*(?:km|kms|kilomet(?:re|er)s?)\s+of\s+(?:the\s+|its\s+)?(?:border|frontier|boundary)\b[^.;]{0,80}?\b(?:are|is|remain|remains)\s+(?:still\s+)?(?:(?:protected|covered|guarded|secured|closed|marked|defended)\s+only\s+by\s+(?:an?\s+|the\s+)?(?:earth(?:en)?\s+|sand\s+)?(?:berms?|trench(?:es)?|ditch(?:es)?|earthworks?|(?:barbed\s+)?wire)|without\s+(?:an?\s+|any\s+)?(?:concrete\s+)?(?:wall|fence))\b/i;
const LINE_NAMED = /\b(?:wall|fence)\b/i;
const unbuiltStretch = (after: string, sentence: string) =>
  (UNBUILT_AFTER.test(after) && LINE_NAMED.test(sentence)) || UNWALLED_AFTER.test(after);
const barrierOf = (noun: string) => {
  const n = noun.replace(/(?<=ch)es$|s$/, "");
  return n === "fencing" ? "fence" : n === "earthwork" ? "berm" : n;
};

/**
 * An event said not to have happened, told as a noun: "there has been no escape", "no breakout took
 * place", "no infiltration by armed groups from Syria has been recorded" (its doers and origin
 * named between the noun and its verb), "no infiltration across the border had been recorded
 * since September" (the line it would have crossed).
 */
const NO_EVENT =
  /\bthere\s+(?:has|have|had)\s+been\s+no\s+(escapes?|breakouts?|jailbreaks?|infiltrations?|crossings?)\b|\bthere\s+(?:was|were|is)\s+no\s+(escapes?|breakouts?|jailbreaks?|infiltrations?)\b|\bno\s+(escapes?|breakouts?|jailbreaks?|infiltrations?|breach(?:es)?)\s+(?:(?:of|across|over|through)\s+(?:the|our)\s+(?:[\w'’-]+\s+)?(?:line|border|frontier|wall|fence|strip)\s+|from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:side|territory|direction)\s+|(?:by\s+(?:[\w'’-]+\s+){1,3}?)?from\s+(?:the\s+)?[\w'’-]+\s+|by\s+(?:[\w'’-]+\s+){1,3}?)?(?:took place|has taken place|had taken place|happened|has happened|occurred|has occurred|(?:has|have|had)\s+been\s+(?:recorded|registered|detected)|(?:was|were)\s+(?:recorded|registered|detected))\b/gi;
/**
 * The whole of those held said to be there ("all inmates were present at the evening count",
 * "every detainee is accounted for", "all prisoners remain in their cells", "the morning count matched
 * the register"): none of them got out. A camp's "residents" are those it holds, but the word also names
 * a town's people, so they count only as "accounted for", the words of a count of those kept.
 */
const ALL_PRESENT =
  /\b(?:all|every)\s+(?:(?:of\s+)?the\s+)?(?:[\w'’-]+\s+)?(?:inmates?|detainees?|prisoners?|captives?)\s+(?:(?:were|was|are|is|remain(?:ed|s)?|have been|has been)\s+)?(?:still\s+)?(?:present|accounted for|in (?:their|his|its) cells?)\b|\b(?:all|every)\s+(?:(?:of\s+)?the\s+)?(?:camp\s+)?residents?\s+(?:(?:were|was|are|is|remain(?:ed|s)?|have been|has been)\s+)?(?:present\s+and\s+)?accounted\s+for\b|\b(?:the\s+)?(?:morning\s+|evening\s+|night\s+|daily\s+)?(?:count|head\s*count|roll\s*call)\s+(?:matched|matches|tallied\s+with|tallies\s+with|agreed\s+with)\s+(?:the\s+)?(?:register|records?|roll|list)\b/gi;
/** Whether a sentence says the whole of those held are there (a figure of none escaped). */
const ALL_PRESENT_ONE = new RegExp(ALL_PRESENT.source, "i");
export const allPresent = (text: string) => ALL_PRESENT_ONE.test(text);
/** Losses said to be none, and among whom: "no casualties among our ranks", "our men suffered no losses". */
const NO_LOSSES =
  /(?:\b((?:[\w'’-]+\s+){1,3}?)(?:suffered|sustained|incurred|took)\s+)?\b(?:no|not a single|not one|not any|zero|without(?:\s+any)?)\s+(casualties|losses|deaths|fatalities|martyrs|injuries|injured|wounded)\b(?:\s+(?:among|in|within|to)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+))?/gi;
/**
 * An act forestalled: "was repelled before any of them could cross", "were pushed back before they
 * could enter Iraqi territory". "Before ... could" after a verb of stopping says the act never took
 * place.
 */
const STOPPED_BEFORE =
  /\b(?:repelled|repulsed|pushed back|driven back|forced back|turned back|stopped|intercepted|engaged|confronted|thwarted)\b[^.;]{0,80}?\bbefore\s+(?:any(?:one)?(?:\s+of\s+them)?|a single one(?:\s+of\s+them)?|they|he|it)\s+(?:could|was able to|were able to|managed to)\s+(?:cross|enter|infiltrate|get through|breach|reach)\b/gi;
/**
 * An attempt told with its end: "a group of five smugglers tried to cross west of the village and
 * was turned back", "about ten men attempted to enter Iraqi territory but were repelled". Those
 * stopped in the attempt did not cross, as those stopped "before any of them could cross" did not;
 * unless some are told to have got through after all ("but three of them got across").
 */
const TRIED_STOPPED =
  /\b(?:tried|attempted|sought)\s+to\s+(?:cross|enter|infiltrate|sneak|slip)\b[^.;]{0,80}?\b(?:and|but)\s+(?:was|were|had been|got)\s+(?:quickly\s+|swiftly\s+|immediately\s+)?(?:turned back|repelled|repulsed|pushed back|driven back|forced back|stopped|intercepted|thwarted)\b(?![^.;]*\b(?:got (?:through|across|away)|crossed|made it|escaped|slipped (?:through|away))\b)/gi;
/**
 * "The enemy did not set foot on our soil", "they never crossed the border": those told of said
 * not to have crossed at all, a figure of none crossed.
 */
const NEVER_CROSSED =
  /\b(?:did not|didn't|never|could not|couldn't|failed to|(?:was|were) unable to)\s+(?:even\s+)?(?:set foot (?:on|in)|cross|enter)\s+(?:our|the|its|their)\s+(?:[\w'’-]+\s+)?(?:soil|territory|border|frontier|land)\b/gi;
/** The speaker's own side: "our ranks", "our men", "our forces". */
const OUR_MEN =
  /^(?:our|its own|their own)\s+(?:\w+\s+)?(?:ranks|men|forces|soldiers|troops|personnel|heroes|members)\b/;
/** The speaker's own side as the last words before a verb: "(the Command said) our forces". */
const OUR_SUBJECT =
  /(?:^|\s)(?:our|its own|their own)\s+(?:\w+\s+)?(?:ranks|men|forces|soldiers|troops|personnel|heroes|members)\s*$/i;
/**
 * One of the forces, named by rank and said killed: "Corporal X, 24, who was killed", "Corporal X
 * of the first family was martyred" (his family, tribe or unit between the name and the verb).
 */
const NAME_WORD = String.raw`(?:(?:al|el|ad|ar|as|ash|az|bin|ibn|abu|de|van|von)[-\s])?[A-Z][\w'’-]*`;
const FALLEN = new RegExp(
  String.raw`\b(?:Private|Pvt\.|Lance Corporal|Corporal|Cpl\.|Sergeant|Sgt\.|Staff Sergeant|Warrant Officer|(?:First |Second )?Lieutenant|Lt\.|Captain|Capt\.|Major|Maj\.|Colonel|Col\.|Brigadier|Conscript|Soldier|Guard|Policeman)\s+(?:${NAME_WORD}\s+){0,3}${NAME_WORD}(?:,\s*(?:aged\s+)?\d{1,3})?(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:family|tribe|clan|unit|company|battalion|brigade|regiment|division))?,?\s+(?:who\s+)?(?:was|had been|has been)\s+(?:killed|martyred|shot dead|slain)\b`,
  "g",
);
/**
 * One more body told by its rank among those received, and whose it was: "a fifth body, of a
 * border guard killed by a bullet to the chest", "the second body, that of a shepherd shot dead".
 * The body is one person's, of the side the noun after "of a" names.
 */
export const ANOTHER_BODY =
  /\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|last)\s+body,?\s+(?:that\s+)?of\s+an?\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:who\s+was\s+)?(?:killed|shot dead|slain|martyred)\b/i;
/** Any word of a death: a sentence holding one tells of the dead too, whatever figure it reads. */
const DEATH_WORDS =
  /\b(?:kill\w*|dead|deaths?|died|dies|dying|martyr\w*|bodies|fatal\w*|lost (?:their|his|her) li(?:fe|ves))\b/i;
/** A toll of wounded told as what befell them: "two soldiers were injured", "one guard had been wounded". */
const WOUNDED_TOLL = /\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)\b/i;
/**
 * "Both were killed", "both of them died": a toll of the two the sentence counted before it
 * ("a failed attempt by two gunmen to approach the wall, and both were killed").
 */
const BOTH_HARMED =
  /\bboth(?:\s+of\s+them)?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?(killed|shot dead|wounded|injured|died)\b/gi;
/** Two people counted, their noun and what follows it: "two gunmen to approach the wall, and". */
const TWO_PEOPLE =
  /\b(?:the\s+)?two\s+((?:[\w'’-]+\s+){0,2}?(?:people|persons|men|women|gunmen|militants|fighters|attackers|assailants|infiltrators|smugglers|soldiers|guards|policemen|officers|members|civilians|shepherds|brothers|terrorists|insurgents|jihadists)\b[^.;]*)/gi;
/**
 * One of a side named by "a" after a toll's figure and its noun, in one subject with a plural verb:
 * "five smugglers and a border guard were killed", "two soldiers and a policeman were wounded".
 */
const JOINED_ONE = new RegExp(
  String.raw`\b(?:\d+|${WORDS})\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s\s+and\s+an?\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:were|had been|have been)\s+(?:\w+ly\s+)?(killed|martyred|shot dead|wounded|injured|hurt)\b`,
  "gi",
);
/** "In the operation", "during the shooting": the happening just told, by its article. */
const THE_HAPPENING =
  /^\s*(?:in|during)\s+the\s+(?:operation|shooting|clash|clashes|attack|raid|incident|exchange(?: of fire)?|fighting|ambush|confrontation)\b/i;
/**
 * "A Jordanian soldier was killed and two were wounded in a clash": one of a side, named by "a" as
 * the sentence's subject, killed (or wounded). Only as the sentence opens: "a soldier" inside a
 * clause may be the object of another verb ("saw a soldier who was killed").
 */
const ONE_OPENS =
  /^\s*an?\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(killed|martyred|shot dead|wounded|injured)\b/i;
/** A wound told as light: the worst a side suffered was slight. */
const LIGHT_WOUND =
  /\b(?:lightly|slightly|superficially|mildly)\s+(?:wounded|injured|hurt)\b|\b(?:minor|light|slight|superficial)\s+(?:wounds|injuries)\b/i;
/** A capitalised noun a number names a part of a site, a road or a unit by: "Phase 5", "Gate 3". */
const DESIGNATOR =
  /\b(?:Phase|Block|Sector|Section|Gate|Wing|Ward|Hall|Route|Highway|Zone|Unit|Building|Tower|Checkpoint|Point|Camp|Tent|Brigade|Division|Battalion|Regiment|Article|Paragraph|No\.)\s+$/;
/**
 * What stands between two tolls when the second leaves its victims unsaid: the first toll's noun
 * and verb, then a conjunction ("two soldiers were killed and three wounded").
 */
const ELIDED_TOLL =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had been|have been|has been)\s+(?:killed|wounded|injured|hurt)\s*,?\s+(?:and|while)\s+$/i;
/**
 * "Haddad died with eight of his men", "the colonel was killed along with three of his guards": one
 * who died with a number of those he led, who are counted and he is not. The toll is theirs and his.
 */
const DIED_WITH =
  /\b(?:died|was killed|was martyred|fell|perished|lost his life|lost her life)\s+(?:together\s+|along\s+)?with\s+(?:at least\s+|about\s+|some\s+)?$/i;
const HIS_MEN =
  /^\s*of\s+(?:his|her)\s+(?:[\w'’-]+\s+)?(?:men|soldiers|troops|guards|bodyguards|comrades|fighters|companions|officers|escorts)\b/i;
/** Figures that are the earlier term of a comparison ("up from 96"): of another window. */
const BASELINE = /\b(?:up from|down from|compared with|compared to|against|from)\s+$/i;
/** Figures that are not counts of people or things: years, days of the month, durations, money. */
const NOT_COUNT =
  /^\s*(?:%|per\s?cent|percent|km|kilometres?|miles|metres?|hours?|days?|weeks?|months?|years?|times|dollars|usd|euros?|dinars?|pounds|a head|am|pm|o'clock|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * "There has been no escape of any kind": a denial in the perfect that dates nothing of its own
 * denies the event over the weeks before it was said, not only on its story's day.
 */
function noneSaid(said: Said): Said {
  if (OWN_DATE.some((re) => re.test(said.text))) return said;
  const published = Date.parse(said.report.publishedAt ?? said.report.date ?? "") || said.window[1] - DAY;
  return {
    ...said,
    window: [
      Math.min(said.window[0], published - ARTICLE_DAYS * DAY),
      Math.max(said.window[1], published + DAY),
    ],
  };
}

/**
 * A share of a force or stock said to have been cut, in per cent: "reduced by about one fifth",
 * "cut in half", "halved", "slashed by 40%". Fractions are round figures, read as about so much;
 * a percentage is as precise as its qualifier says.
 */
const FRACTIONS: Record<string, number> = {
  half: 50,
  "a half": 50,
  "one half": 50,
  "a third": 100 / 3,
  "one third": 100 / 3,
  "two thirds": 200 / 3,
  "a quarter": 25,
  "one quarter": 25,
  "three quarters": 75,
  "a fifth": 20,
  "one fifth": 20,
  "two fifths": 40,
  "a tenth": 10,
  "one tenth": 10,
};
const FRACTION = Object.keys(FRACTIONS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const CUT = new RegExp(
  String.raw`\b(?:(reduced|cut|slashed|lowered|decreased|trimmed|fell|dropped|declined|shrank|shrunk)\s+((?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?)?(?:by\s+(?:(about|around|some|approximately|roughly|nearly|almost|more than|over|at least|less than|under|up to)\s+)?(?:(${FRACTION})|(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent))|in half)|(halved))(?!\w)`,
  "i",
);
/** The thing cut: the head of the subject before the verb, or of the object after it ("cut its forces by half"). */
const PREPOSITION = /\s+(?:at|in|of|on|near|for|from|across|along|since|around)\s.*$/i;
function cutHead(subject: string): string | null {
  const words = subject
    .replace(PREPOSITION, "")
    .replace(/\b(?:has|have|had|was|were|is|are|been|being|now|already|also|since)\b/gi, " ")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const head = words.at(-1);
  return head && /^[a-z][a-z'’-]+$/.test(head) ? head.replace(/(?:es|s)$/, "") : null;
}
function cutsIn(said: Said): FigureClaim[] {
  const m = CUT.exec(said.text);
  if (!m) return [];
  const [, , object, q, fraction, percent] = m;
  // The subject: the clause before the verb, from the last clause break.
  const before =
    said.text
      .slice(0, m.index)
      .split(/[,;:]\s*|\band\s+(?=the\b)/i)
      .at(-1) ?? "";
  const head = cutHead(object ?? "") ?? cutHead(before);
  if (!head || /^(?:number|size|strength|total|count)$/.test(head)) return [];
  const v = fraction ? (FRACTIONS[fraction.toLowerCase()] ?? 0) : percent ? Number(percent) : 50;
  if (!(v > 0 && v <= 100)) return [];
  const [lo, hi] = interval(q ?? (percent ? undefined : "about"), v);
  // Where the thing cut is: the places its subject names ("the guard force at Al-Hol"), not where
  // the rest of the sentence goes ("as fighters were moved near the Tishreen Dam").
  const subject = fold(`${before} ${object ?? ""}`);
  const own = said.places.filter((p) => subject.includes(p.name));
  return [
    {
      said: own.length > 0 ? { ...said, places: own } : said,
      kind: `cut:${head}`,
      lo,
      hi: Math.min(hi, 100),
      value: Math.round(v),
    },
  ];
}

/** The figures of a sentence; with `baselines`, also the earlier terms of comparisons ("against 55"). */
/**
 * A bound told by the verb before a bare figure: "the number ... does not exceed 400" is a ceiling
 * (400 or fewer), "has exceeded 400" a floor (more than 400). Null when no such verb stands there.
 */
const NOT_EXCEEDING =
  /\b(?:(?:does|do|did|will|would|could|can)\s+not|doesn['’]t|don['’]t|didn['’]t|won['’]t|never)\s+(?:\w+ly\s+)?exceed(?:s|ed)?\s+$/i;
const EXCEEDING = /\b(?:exceeds|exceeded|exceeding|(?:has|have|had)\s+(?:now\s+)?exceeded)\s+$/i;
function exceeding(before: string, v: number): [number, number] | null {
  if (NOT_EXCEEDING.test(before)) return [0, v];
  if (EXCEEDING.test(before)) return [v, Number.POSITIVE_INFINITY];
  return null;
}

function figuresIn(said: Said, baselines = false): FigureClaim[] {
  const text = said.text;
  const out: FigureClaim[] = [];
  // A question asserts nothing, unless it relays what was reported ("I have seen reporting that
  // ... fewer than 900 troops in Syria, so is that right?"): that account's figures are told.
  if (QUESTION.test(text) && !relaysReport(text)) return out;
  // The last toll read and where its words ended, for a second toll that leaves its victims unsaid.
  let lastToll: { victim: string; end: number } | null = null;
  let lastFoiled = -1;
  const wrong = falseSpans(text);
  QUALIFIED.lastIndex = 0;
  for (let m = QUALIFIED.exec(text); m; m = QUALIFIED.exec(text)) {
    const [whole, q, digits, scale, digits2, scale2] = m;
    if (!digits) continue;
    const start = m.index;
    const end = start + whole.length;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(end, end + 120);
    // A length counts nothing, but for a barrier's length in kilometres (read by kindOf).
    if (
      (NOT_COUNT.test(after) && !barrierLength(before, after) && !unbuiltStretch(after, text)) ||
      (!baselines && BASELINE.test(before))
    )
      continue;
    // "Not one infiltrator", "no one escaped": the figure of none read below, never a figure of one.
    if (/\b(?:not|no)\s+$/i.test(before)) continue;
    // "We found no evidence for the figure of four guards killed": a figure the sentence finds
    // unsupported is another's, never the teller's own (a fact-check's "four" revises nothing of
    // its own count).
    if (UNSUPPORTED_BEFORE.test(before)) continue;
    // "Phase 5", "Gate 3", "Highway 4": a number that names a part of a site or a road counts nothing.
    if (!q && /^\d+$/.test(digits) && DESIGNATOR.test(before)) continue;
    // A day of the month ("14 May", "May 14") or a year. A figure after a date that already gave
    // its day ("on 27 November nine detainees escaped"), or one spelled out, is a count.
    if (
      /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+$/i.test(
        before,
      ) &&
      /^\d+$/.test(digits) &&
      !/\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+$/i.test(before)
    )
      continue;
    const v = figureValue(digits, scale);
    // A year is written without a thousands comma: "2,000" soldiers are a count. A year is no
    // range's start: in "41 attempts in 2024 and 9 in 2025" the 9 is read on its own.
    if (!Number.isFinite(v) || (v >= 1900 && v <= 2100 && !scale && !digits.includes(","))) {
      if (digits2) QUALIFIED.lastIndex = start + whole.indexOf(digits) + digits.length;
      continue;
    }
    // "two more bodies": an increment to a count told elsewhere, not a count of its own.
    if (/^\s*(?:more|additional|further|other)\b/i.test(after)) continue;
    // "Corporal Odai al-Khalidi, 24, who was killed": a person's age set off after the name counts nobody.
    if (!q && !scale && v < 120 && /\b[A-Z][\w'’-]+,\s*$/.test(before) && /^\s*,/.test(after)) continue;
    // "The KRG's own figure, which an official gave me, is about 2,500": another's figure of the
    // thing the sentence before counted, its kind read from there (see figuresOfBefore).
    // "Haddad, 51, died with eight of his men": the men and the one who led them, nine dead.
    const led = DIED_WITH.test(before) && HIS_MEN.test(after) ? 1 : 0;
    const real = REAL_FIGURE.test(text.slice(0, start));
    const elided = ELIDED_BEFORE.test(before) && ELIDED_AFTER.test(after);
    const own = led ? null : kindOf(before, after.replace(/^[\s,]+/, ""), text);
    // "The correct figure is 640 people arrested": the real figure counts what the one it corrects
    // counted, whatever its own words call those counted ("people" against "infiltrators").
    const fallback = real && own ? own : undefined;
    let kind = led
      ? `killed:${FRIENDS}`
      : fallback
        ? SAME_AS_BEFORE
        : (own ??
          (OWN_FIGURE.test(text.slice(0, start)) ||
          (OWN_FIGURE_FROM.test(text.slice(0, start)) && BARE_AFTER.test(after)) ||
          real ||
          elided
            ? SAME_AS_BEFORE
            : null));
    const rejected = kind ? null : REJECTS_AFTER.exec(after);
    if (rejected?.[1]) kind = REJECTING;
    // "foiled 41 infiltration attempts in 2024 and 9 in 2025": the second count of the year's
    // attempts leaves its noun unsaid.
    if (
      !kind &&
      lastFoiled >= 0 &&
      YEAR_AFTER.test(after) &&
      /^[^.;]*\band\s+$/.test(text.slice(lastFoiled, start))
    )
      kind = "foiled";
    if (!kind) continue;
    lastFoiled = kind === "foiled" ? end : -1;
    // "Two border soldiers were killed and three wounded": the second toll's noun is elided, so
    // its victims are the first toll's, when nothing but the first verb and "and" stands between.
    const toll = /^(killed|wounded):(.*)$/.exec(kind);
    if (toll && !toll[2] && lastToll?.victim && ELIDED_TOLL.test(text.slice(lastToll.end, start)))
      kind = `${toll[1]}:${lastToll.victim}`;
    const victim: string | undefined = /^(?:killed|wounded):(.+)$/.exec(kind)?.[1];
    lastToll = victim ? { victim, end } : null;
    const upTo = digits2 ? figureValue(digits2, scale2 ?? scale) : undefined;
    const [lo0, hi0] =
      q || upTo !== undefined ? interval(q, v, upTo) : (exceeding(before, v) ?? interval(q, v, upTo));
    const [lo, hi] = [lo0 + led, hi0 + led];
    const state = kind.startsWith("out-of-service:");
    // "The two people killed that night were shepherds ..., not smugglers": the side ruled out.
    const ruledOut = victim ? NOT_SIDE.exec(text.slice(end))?.[1] : undefined;
    const contests = ruledOut ? victimOf(ruledOut) : "";
    out.push({
      ...(contests && contests !== victim && kind.startsWith("killed:") ? { contests } : {}),
      said: kind.startsWith("troops")
        ? standingSaid(said, start, end)
        : // "Puts the number at no more than 1,500, almost all of them at Erbil": what it counts is
          // read from the sentence before; where most of them are is not its scope.
          kind === SAME_AS_BEFORE
          ? breakdownPlaces(said, end)
          : kind.startsWith("fighters:")
            ? strengthSaid(said)
            : state
              ? standingState(said)
              : // Hauls of a year ("seized 1.2 million pills in 2026") are a tally over it, as stops are.
                kind === "foiled" || kind.startsWith("seized:")
                ? yearSaid(said, after)
                : said,
      kind,
      lo,
      hi,
      value: v + led,
      ...(rejected?.[1] ? { rejects: figureValue(rejected[1], rejected[2]) } : {}),
      ...(!state && /^\s*of\s+(?:the|them|those|these)\b/i.test(after) ? { part: true } : {}),
      // "According to the camp administration, Al-Hol held 19,400 people … Our own household
      // registration counted 23,150 residents": a site's population the teller counted itself,
      // told right after another's, is set against it.
      ...((real && kind === SAME_AS_BEFORE) || (kind === "holds" && ownCount(text.slice(0, start)))
        ? { disputes: true }
        : {}),
      ...(elided && kind === SAME_AS_BEFORE ? { elided: true } : {}),
      ...(fallback ? { fallback } : {}),
      ...(wrong.some(([from, to]) => start >= from && end <= to) ? { denied: true } : {}),
    });
  }
  // "not one infiltrator crossed", "no detainee escaped": a figure of none. "No member of the
  // Jordan Armed Forces was harmed": a force's long name after "member of", read with the words of
  // harm only (no harm at all, to either toll); "no member of the guards was injured in the
  // shooting" is left to the shorter reading, as a wound may be another day's.
  const none = noneSaid(said);
  const zero = new RegExp(
    String.raw`\b${ZERO}\s+((?:members?\s+of\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){1,4}?(?=(?:was|were)\s+(?:\w+ly\s+)?(?:harmed|hurt)\b))|(?:[\w'’-]+\s+){0,3}?)(?:has |have |had )?(crossed|infiltrated|set foot|passed through|passed(?=\s*[,.;:!'’"”]|\s+(?:into|across|over)\s)|got through|escaped|fled|got out|broke out|left (?:the|their) (?:[\w'’-]+ )?(?:building|compound|camp|prison|jail|annex|wing|facility)|was killed|were killed|died|(?:was|were|has been|have been|had been) (?:\w+ly |even |so much as )?(?:hurt|harmed|wounded|injured|hit)|(?:is|are|was|were|has been|have been|remains?) (?:still )?(?:missing|unaccounted for|at large))\b`,
    "gi",
  );
  for (let m = zero.exec(text); m; m = zero.exec(text)) {
    const verb = (m[2] ?? "").toLowerCase();
    // "No detainee has left the building": a building is a prison only for those held in it.
    if (
      /building|compound/.test(verb) &&
      !/\b(?:detainees?|prisoners?|inmates?|captives?)\b/i.test(m[1] ?? "")
    )
      continue;
    // "Not one of them was hit": struck by no fire, so none of them killed and none wounded.
    // "None of the guards was hurt" too: no harm at all, and to be killed is to be harmed, so it
    // denies a guard killed as well as one wounded ("two soldiers were hurt" counts the wounded,
    // but "nobody was hurt" is said of a clash that took no toll of them).
    // Only of a side named: "nobody was hurt" may speak of bystanders, and is read as no wounded.
    // "No member of the Jordan Armed Forces was harmed": a force named by its proper name.
    const whose = victimOf(m[1] ?? "") || victimOf((m[1] ?? "").toLowerCase());
    // "... was harmed in the operation", "in the shooting": none of them harmed in the happening
    // the article tells (its day and place), not over the weeks before it.
    const when =
      /^members?\s/i.test(m[1] ?? "") && THE_HAPPENING.test(text.slice(m.index + m[0].length)) ? said : none;
    if (/\bhit$/.test(verb) || (/\b(?:hurt|harmed)$/.test(verb) && whose)) {
      for (const toll of ["killed", "wounded"])
        out.push({ said: when, kind: `${toll}:${whose}`, lo: 0, hi: 0, value: 0 });
      continue;
    }
    const kind = /cross|infiltr|set foot|through|^passed$/.test(verb)
      ? "crossed"
      : /escap|fled|out|left|missing|unaccounted|large/.test(verb)
        ? "escaped"
        : // "No soldier was wounded", "nobody was hurt": none of them wounded, a toll apart from the dead.
          /hurt|harmed|wounded|injured/.test(verb)
          ? `wounded:${whose}`
          : `killed:${whose}`;
    out.push({ said: when, kind, lo: 0, hi: 0, value: 0 });
  }
  // "Five smugglers and a border guard were killed": the one named by "a" in a subject joined to a
  // toll's is one of that toll, of his own side (the plural verb says the two are one subject).
  // "A failed attempt by two gunmen to approach the wall, and both were killed": the two counted,
  // of the side their noun names, are the toll ("both" with no two before it counts no one).
  for (const m of text.matchAll(BOTH_HARMED)) {
    const two = [...text.slice(0, m.index ?? 0).matchAll(TWO_PEOPLE)].at(-1);
    if (!two) continue;
    const toll = /wound|injur/i.test(m[1] ?? "") ? "wounded" : "killed";
    const kind = `${toll}:${victimOf((two[1] ?? "").toLowerCase())}`;
    if (!out.some((f) => f.kind === kind && f.value === 2)) out.push({ said, kind, lo: 2, hi: 2, value: 2 });
  }
  for (const m of text.matchAll(JOINED_ONE)) {
    const victim = victimOf((m[1] ?? "").toLowerCase());
    if (!victim) continue;
    const toll = /wound|injur|hurt/i.test(m[2] ?? "") ? "wounded" : "killed";
    out.push({ said, kind: `${toll}:${victim}`, lo: 1, hi: 1, value: 1 });
  }
  const one = ONE_OPENS.exec(text);
  const oneOf = one ? victimOf((one[1] ?? "").toLowerCase()) : "";
  if (one && oneOf) {
    const toll = /wound|injur/i.test(one[2] ?? "") ? "wounded" : "killed";
    out.push({ said, kind: `${toll}:${oneOf}`, lo: 1, hi: 1, value: 1 });
  }
  // "A group of five infiltrators ... was repelled before any of them could cross": stopped before
  // the act, so none of them crossed (the attempt itself is no crossing).
  for (const _ of text.matchAll(STOPPED_BEFORE)) out.push({ said, kind: "crossed", lo: 0, hi: 0, value: 0 });
  for (const _ of text.matchAll(TRIED_STOPPED)) out.push({ said, kind: "crossed", lo: 0, hi: 0, value: 0 });
  for (const _ of text.matchAll(NEVER_CROSSED))
    out.push({ said: noneSaid(said), kind: "crossed", lo: 0, hi: 0, value: 0 });
  // "There were no casualties among our ranks", "our soldiers suffered no losses": none of that
  // side killed. Whose: those the words name, "our" men being the speaker's forces; a "no
  // casualties" that names nobody is not read, as it may speak of either side or of bystanders.
  for (const m of text.matchAll(NO_LOSSES)) {
    const among = (m[3] ?? "").toLowerCase();
    // "Our forces suffered no losses": the speaker's side named as the subject, as well as after "among".
    const victim =
      OUR_MEN.test(among) || OUR_SUBJECT.test(m[1] ?? "")
        ? "forces"
        : victimOf(among) || victimOf(m[1]?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "");
    // "No injuries among our personnel": none of them wounded (the dead are another toll).
    // "No casualties", "without losses": a casualty is one killed or wounded, so neither toll
    // had any; "no deaths" and "no injuries" speak of one toll only.
    const noun = (m[2] ?? "").toLowerCase();
    const tolls = /^(?:injuries|injured|wounded)$/.test(noun)
      ? ["wounded"]
      : /^(?:casualties|losses)$/.test(noun)
        ? ["killed", "wounded"]
        : ["killed"];
    if (victim)
      for (const toll of tolls) out.push({ said: none, kind: `${toll}:${victim}`, lo: 0, hi: 0, value: 0 });
  }
  // "The funeral of Corporal Odai al-Khalidi, 24, who was killed in a clash": one of the forces,
  // named by rank, killed. A title before a name marks one soldier, guard or officer.
  for (const m of text.matchAll(FALLEN)) {
    if (m.index !== undefined && /\b(?:not|no|never)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index))) continue;
    out.push({ said, kind: "killed:forces", lo: 1, hi: 1, value: 1 });
  }
  // "A fifth body, of a border guard killed by a bullet to the chest, was received": one more body,
  // of one person of the side its noun names.
  const another = ANOTHER_BODY.exec(text);
  const bodyOf = another?.[1] ? victimOf(another[1].toLowerCase()) : "";
  if (bodyOf) out.push({ said, kind: `killed:${bodyOf}`, lo: 1, hi: 1, value: 1 });
  // "All inmates were present at the evening count", "every detainee is accounted for": the whole
  // of those held said to be there is a figure of none escaped.
  for (const _ of text.matchAll(ALL_PRESENT))
    out.push({ said: none, kind: "escaped", lo: 0, hi: 0, value: 0 });
  const outOfService = (equipment: string, count: number) =>
    out.push({
      said: standingState(said),
      kind: `out-of-service:${equipment}`,
      lo: count,
      hi: count,
      value: count,
    });
  const working = (equipment: string, count: number) =>
    out.push({ said: standingState(said), kind: `working:${equipment}`, lo: count, hi: count, value: count });
  // "All the cameras in the sector are operating around the clock": none of them out of service.
  for (const m of text.matchAll(ALL_WORKING)) outOfService(equipmentOf(m[1] ?? ""), 0);
  for (const m of text.matchAll(WORKING_COUNT)) {
    const [, d, sc, named] = m;
    const equipment = named ? lastEquipment(named) : null;
    if (d && equipment) working(equipment, figureValue(d, sc));
  }
  // "Of which only 5 of 12 were working": the rest of the whole out of service.
  for (const m of text.matchAll(WORKING_PART)) {
    const [, d1, s1, d2, s2, named] = m;
    if (!d1 || !d2 || !(ONLY_FIRST.test(m[0]) || WORK_STATE.test(m[0]))) continue;
    const [part, whole] = [figureValue(d1, s1), figureValue(d2, s2)];
    const equipment = lastEquipment(named ?? text.slice(Math.max(0, (m.index ?? 0) - 100), m.index));
    if (!equipment || !(whole > part)) continue;
    outOfService(equipment, whole - part);
    working(equipment, part);
  }
  for (const m of text.matchAll(WHOLE_THEN_WORKING)) {
    const [, d2, s2, named, , only, d1, s1] = m;
    if (!d1 || !d2 || !named || !(only || WORK_STATE.test(m[0]))) continue;
    const [part, whole] = [figureValue(d1, s1), figureValue(d2, s2)];
    const equipment = lastEquipment(named);
    if (!equipment || !(whole > part)) continue;
    outOfService(equipment, whole - part);
    working(equipment, part);
  }
  // "All watchtowers are equipped with cameras": none without; "of the 62, 40 were fitted": 22 without.
  for (const m of text.matchAll(ALL_FITTED))
    out.push({
      said: standingState(said),
      kind: `unequipped:${equipmentOf(m[1] ?? "")}`,
      lo: 0,
      hi: 0,
      value: 0,
    });
  for (const m of text.matchAll(PART_FITTED)) {
    const [, d2, s2, posts, d1, s1] = m;
    if (!d1 || !d2 || !posts) continue;
    const [part, whole] = [figureValue(d1, s1), figureValue(d2, s2)];
    if (!(whole > part)) continue;
    const rest = whole - part;
    out.push({
      said: standingState(said),
      kind: `unequipped:${equipmentOf(posts)}`,
      lo: rest,
      hi: rest,
      value: rest,
    });
  }
  // "There has been no escape of any kind", "No escape took place": the event itself said not to
  // have happened is a figure of none of it, whether or not the sentence names a place or day.
  for (const m of text.matchAll(NO_EVENT)) {
    const noun = (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase();
    out.push({
      said: none,
      // "No breach of the line occurred": a breach of a border line is a crossing; of a prison's
      // or a camp's perimeter, a way out.
      kind:
        /infiltr|cross/.test(noun) ||
        (/breach/.test(noun) && !/\b(?:prisons?|jails?|camps?|detention|cells?)\b/i.test(text))
          ? "crossed"
          : "escaped",
      lo: 0,
      hi: 0,
      value: 0,
    });
  }
  // "One guard was lightly wounded": an account whose worst harm to a side is a light wound says
  // that none of that side was killed. Read only when the sentence gives no dead of its own; an
  // article that counts that side's dead elsewhere keeps its count (see figureConflicts). So does
  // one that tells where and when a side was wounded ("Two soldiers were injured on the evening of
  // 29 November ... east of Al-Sukhnah") and names no death at all: the toll of that event.
  // A hospital that "received two soldiers with gunshot wounds" counts its admissions, no toll.
  if (
    LIGHT_WOUND.test(text) ||
    (said.dated && said.places.length > 0 && WOUNDED_TOLL.test(text) && !DEATH_WORDS.test(text))
  )
    for (const f of [...out])
      if (f.kind.startsWith("wounded:") && f.kind !== "wounded:" && f.lo > 0) {
        const whose = f.kind.slice("wounded:".length);
        if (!out.some((g) => g.kind === `killed:${whose}` || g.kind === "killed:"))
          out.push({ said, kind: `killed:${whose}`, lo: 0, hi: 0, value: 0, implied: true });
      }
  // "We carried about 200,000 pills, not millions": a load set against a magnitude another gave
  // it is a denial of a figure of that size (see LOAD_MAGNITUDE_REJECTED).
  for (const m of text.matchAll(LOAD_MAGNITUDE_REJECTED)) {
    const [lo, hi] = MAGNITUDES[(m[4] ?? "").toLowerCase().replace(/\s+/g, " ")] ?? [0, 0];
    if (!hi) continue;
    const unit = unitOf((m[5] ?? m[3] ?? "").toLowerCase());
    out.push({ said, kind: `seized:${unit}`, lo, hi, value: lo, denied: true });
  }
  // "Dozens of women and children linked to the Islamic State fled the camp": no figure, but a
  // count of thirteen to ninety-nine, enough to set against another account's "four women" or
  // "about 300". Of escapes only: "dozens of" people at a protest or a funeral counts nothing a
  // briefing weighs, and a crowd's loose size is no toll.
  for (const m of text.matchAll(DOZENS_OF)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 120);
    if (/\b(?:not|no)\s+$/i.test(before) || /^(?:the|them|those|these)\b/i.test(after)) continue;
    if (kindOf(before, after, text) !== "escaped") continue;
    out.push({
      said,
      kind: "escaped",
      lo: 13,
      hi: 99,
      value: 13,
      worded: "dozens",
      ...(wrong.some(([from, to]) => start >= from && start <= to) ? { denied: true } : {}),
    });
  }
  out.push(...cutsIn(said));
  // A correction's standing figure is its last one ("said 12 million ... the correct figure is 1.2 million").
  if (said.correction) {
    const last = new Map<string, FigureClaim>();
    for (const f of out) last.set(f.kind, f);
    return [...last.values()];
  }
  return out;
}

/**
 * A load, then a magnitude it is set against: "we carried about 200,000 pills between us, not
 * millions", "two cartons of painkillers, not hundreds of thousands of pills as some media
 * claimed". The magnitude is the figure another account gave of the load, denied by the teller;
 * as the load another account counts is the load taken off the carriers, it is denied as a
 * seizure of that size (a magnitude that meets no seizure told conflicts with nothing). A bare
 * magnitude with no load figure before it ("millions of pills cross each year, not thousands")
 * rejects no one's count.
 */
const LOAD_UNIT = "(pills|tablets|kilograms|kg|tonnes|tons|packs|packets|cartons)";
const LOAD_MAGNITUDE_REJECTED = new RegExp(
  String.raw`\b${NUMBER}\s+(?:[\w'’-]+\s+){0,2}?${LOAD_UNIT}\b[^.;]{0,80}?,\s*(?:and\s+)?(?:not|rather than|never)\s+(?:the\s+)?(millions|hundreds\s+of\s+thousands|tens\s+of\s+thousands|thousands)\b(?:\s+of\s+(?:[\w'’-]+\s+)?${LOAD_UNIT}\b)?`,
  "gi",
);
/** "Dozens of" those counted, no figure before it ("a few dozen", "two dozen" are read as figures). */
const DOZENS_OF = /(?<!\b(?:few|two|three|several|many)\s+)\bdozens\s+of\s+/gi;
/** The bounds of a magnitude told in words. */
const MAGNITUDES: Record<string, [number, number]> = {
  millions: [1_000_000, 1_000_000_000],
  "hundreds of thousands": [100_000, 999_999],
  "tens of thousands": [10_000, 99_999],
  thousands: [1_000, 99_999],
};
/** A year told just after a figure: "41 infiltration attempts in 2024", "9 in 2025". */
const YEAR_AFTER = /^\s*(?:[\w'’-]+\s+){0,3}?(?:in|during|for|throughout)\s+((?:19|20)\d\d)\b(?!\s*[-–/])/i;
/**
 * A count of a year ("foiled 41 attempts in 2024 and 9 in 2025") is a tally over that year: each
 * figure of the sentence has its own.
 */
function yearSaid(said: Said, after: string): Said {
  const y = YEAR_AFTER.exec(after)?.[1];
  if (!y) return said;
  return {
    ...said,
    window: [Date.UTC(Number(y), 0, 1), Date.UTC(Number(y) + 1, 0, 1)],
    dated: true,
    period: true,
  };
}

/** Where one clause of a sentence ends: a semicolon, or a comma before a conjunction. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although)\s+/gi;
const PRESENT = /\b(?:remain|remains|are|is|still)\b/i;
/**
 * "No more than 1,500, almost all of them at Erbil airport and Harir": a breakdown of a force just
 * counted, saying where most of it is. The places after it are not the scope of the count.
 */
const BREAKDOWN =
  /^[^.;]{0,20}?,\s*(?:most|almost all|nearly all|all but (?:one|two|a few)|many|the bulk|the majority|half)\s+of\s+(?:them|these|those)\s+(?:(?:are|were|now|still|being)\s+)*(?:(?:stationed|based|deployed|posted)\s+)?(?:at|in)\s+([^.;]*)/i;
/**
 * A force's count whose only places are those of its breakdown is a count of the force in the
 * country they lie in: "1,200, most of them at Rmelan" counts the force in Syria, not at Rmelan.
 */
function breakdownPlaces(said: Said, end: number): Said {
  const m = BREAKDOWN.exec(said.text.slice(end));
  if (!m?.[1]) return said;
  const before = ` ${fold(said.text.slice(0, end + m.index + m[0].length - m[1].length))} `;
  const only = said.places.filter((p) => !before.includes(` ${p.name} `));
  if (only.length === 0) return said;
  const countries = new Map<string, Place>();
  for (const p of only) {
    const country = p.id ? lexiconEntry(p.id)?.affiliation : undefined;
    const entry = country ? lexiconEntry(`country/${fold(country).replace(/\s+/g, "-")}`) : undefined;
    if (!entry) continue;
    countries.set(entry.id, { name: fold(entry.name), id: entry.id, point: entry.coordinates ?? null });
  }
  if (countries.size === 0) return said;
  const kept = said.places.filter((p) => !only.includes(p));
  return {
    ...said,
    places: [...kept, ...[...countries.values()].filter((c) => !kept.some((p) => p.id === c.id))],
  };
}

/**
 * "The mission ended in September 2025, and fewer than 2,500 US personnel remain in Iraq": a
 * standing count in the present, in a clause of no date of its own, is a count as the article
 * speaks, not one of the dates the sentence's other clauses tell of.
 */
function standingSaid(said0: Said, start: number, end: number): Said {
  const said = breakdownPlaces(said0, end);
  const text = said.text;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end && to === text.length) to = m.index;
  }
  const clause = text.slice(from, to);
  // "... will withdraw their forces by the end of March, including the roughly 100 German soldiers
  // who train the Peshmerga": those counted told by what they do now (a present-tense clause on
  // them) are the force as it stands when the article speaks; the sentence's date is another act's.
  const doingNow = DOING_NOW.test(text.slice(end, end + 80));
  if (!doingNow && (!PRESENT.test(clause) || OWN_DATE.some((re) => re.test(clause)))) return said;
  const published = Date.parse(said.report.publishedAt ?? said.report.date ?? "") || said.window[1] - DAY;
  return { ...said, window: [published - ARTICLE_DAYS * DAY, published + DAY], dated: false, period: false };
}

/** A month or a year named: "in 2019", "in March", "by the end of 2017". */
const MONTH_OR_YEAR = new RegExp(String.raw`\b(?:(?:19|20)\d\d|${MONTH_NAMES.join("|")})\b`, "i");
/**
 * "The number of ISIS members in Iraq does not exceed 400, the command said on Sunday": a group's
 * strength is an estimate as its source speaks, whatever day the statement was made; unless the
 * sentence names the month or year it counts ("in 2019 the group still had 10,000 fighters"), it
 * is of the weeks before its article, as a standing count of troops is.
 */
function strengthSaid(said: Said): Said {
  if (MONTH_OR_YEAR.test(said.text)) return said;
  const published = Date.parse(said.report.publishedAt ?? said.report.date ?? "") || said.window[1] - DAY;
  return { ...said, window: [published - ARTICLE_DAYS * DAY, published + DAY], dated: false, period: false };
}

// --- Where, when, who ---------------------------------------------------------------------------

const MONTH_RE = MONTH_NAMES.join("|");
const SINCE = new RegExp(
  String.raw`\bsince\s+(?:the (?:start|beginning) of\s+)?(${MONTH_RE})(?:\s+(\d{4}))?`,
  "i",
);
/**
 * "About 2,000 US troops remain in Iraq after the end of the coalition mission in September 2026":
 * the month dates what the count is after, and those who remain are counted as the story tells
 * it: a standing count from that month on, held for the weeks after the telling as an undated
 * figure is for the weeks before it (not a count of that month).
 */
const REMAIN_AFTER = new RegExp(
  String.raw`\b(?:remain|remains|stay|stays)\b[^.;]{0,40}?\bafter\s+(?:the\s+)?(?:[\w'’-]+\s+){1,8}?in\s+(${MONTH_RE})(?:\s+(\d{4}))?`,
  "i",
);
/** A count told as a change against a month: "180 fewer guards on duty than in September". */
const THAN_MONTH = new RegExp(
  String.raw`\b(?:fewer|more|less)\b[^.;]{0,60}?\bthan\s+(?:(?:in|at the (?:end|start) of|during)\s+)?(${MONTH_RE})\b(?:\s+(\d{4}))?`,
  "i",
);
const SPAN = new RegExp(
  String.raw`\b(?:between|from)\s+(?:the (?:beginning|start|end) of\s+|(?:early|mid|mid-|late)\s*)?(?:\d{1,2}\s+)?(${MONTH_RE})(?:\s+(\d{4}))?\s+(?:and|to)\s+(?:the (?:beginning|start|end) of\s+|(?:early|mid|mid-|late)\s*)?(?:\d{1,2}\s+)?(${MONTH_RE})(?:\s+(\d{4}))?`,
  "i",
);
/**
 * "Since the summer", "since last spring": a change or tally from the start of the latest such
 * season begun by the article's day (seasons of the northern year, as the region's reporting
 * counts them: spring from March, summer from June, autumn from September, winter from December).
 * "Since the fall of the regime" is an event, no season: a season followed by "of" is not read.
 */
const SINCE_SEASON =
  /\bsince\s+(?:the\s+|last\s+|this\s+|the\s+start\s+of\s+(?:the\s+)?)?(spring|summer|autumn|fall|winter)\b(?!\s+of\b)/i;
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
const FISCAL_YEAR = /\b(?:fiscal year|FY)\s*(\d{4})\b/i;
/**
 * "From the start of the year to the end of November", "between the beginning of this year and
 * October 2026": a tally from 1 January to the end of the named month, the same period as "between
 * January and November" (SPAN), not the named month alone.
 */
const YEAR_TO_MONTH = new RegExp(
  String.raw`\b(?:from|between|since)\s+the (?:start|beginning) of (?:the|this) year\s+(?:to|until|till|through|and)\s+(?:the (?:end|close) of\s+)?(${MONTH_RE})\b(?:\s+(\d{4}))?`,
  "i",
);
const YEAR_SO_FAR = /\bsince the (?:start|beginning) of (?:the|this) year\b|\bso far this year\b/i;
const PAST_MONTHS = /\b(?:the|in the) (?:past|last) (\w+) months\b(?! before)/i;
/**
 * "In recent months", "over the past few months": a span that names no number, read as the few
 * (three) months before the article, not as the day of the story it is told in.
 */
const RECENT_MONTHS =
  /\b(?:in|over|during|throughout) (?:the )?(?:recent months|(?:past|last) (?:few|several|couple of) months|(?:past|last) months)\b/i;
const RECENT_MONTHS_COUNT = 3;
/** "in the six months to October", "the 12 months through June 2026": months ending with a named one. */
const MONTHS_TO = new RegExp(
  String.raw`\bthe (?:past |last )?(\w+) months (?:to|up to|through|until|ending(?: in)?) (?:the end of )?(${MONTH_RE})(?:\s+(\d{4}))?\b`,
  "i",
);
/** Dates a sentence's own words give (set below, once every pattern is defined). */
const OWN_DATE: RegExp[] = [];
const FIRST_MONTHS = /\bthe first (\w+) months of (?:(\d{4})|this year|the year)\b/i;
/** "in the third quarter of this year", "the second quarter of 2026": three months of a year. */
const QUARTER = /\bthe (first|second|third|fourth) quarter(?: of (?:(\d{4})|(this|the|last) year))?\b/i;
const QUARTERS = ["first", "second", "third", "fourth"];
const DAY_MONTH = new RegExp(
  String.raw`(?<!\b(?:since|until|before|after)\s+)\b(\d{1,2})\s+(${MONTH_RE})\b(?:\s+(\d{4}))?`,
  "i",
);
const MONTH_DAY = new RegExp(
  String.raw`(?<!\b(?:since|until|before|after)\s+)\b(${MONTH_RE})\s+(\d{1,2})\b(?!,?\s*\d{3})`,
  "i",
);
/**
 * "during November", "throughout October 2026", "over the month of November": a whole month told as
 * the stretch a figure is counted over, a tally of the month (not one day's event in it, as "in
 * November" may tell).
 */
/**
 * "Arrested 212 people who tried to cross in 2026", "seized 40 tonnes during 2025": a count over a
 * whole year, its year named after "in", "during" or "throughout". Not a year that dates something
 * else the sentence names ("in line with the transition agreed in 2024", "numbers 170, after a
 * planned reduction in 2026": the year of the reduction, not of the count).
 */
const IN_YEAR =
  /(?<!\b(?:agreed|signed|reached|announced|adopted|concluded|approved|established|founded|launched|began|started|set up|created|built|opened|after|following|before)(?:\s+[\w'’-]+){0,4}\s+)\b(?:in|during|throughout)\s+(?:the\s+(?:whole\s+|entire\s+)?year\s+(?:of\s+)?)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/i;
/**
 * "Seized some 25 million tablets last year": told after the figure, the year counted; not "since
 * last year", nor "than last year", nor "an assessment last year put the number at", which dates
 * the telling, nor a clause after the figure ("numbers some 350 soldiers, after a reduction last
 * year" is today's size).
 */
const LAST_YEAR =
  /(?<=\d[^.;,]{0,120})(?<!\b(?:agreed|signed|reached|announced|adopted|concluded|approved|established|founded|launched|began|started|set up|created|built|opened)(?:\s+[\w'’-]+){0,4}\s+)(?<!\b(?:since|until|till|by|from|than|as|of|to)\s+)\blast year\b/i;
/** LAST_YEAR, tried only on a text that says "last year": its lookbehind runs at every position. */
const saysLastYear = (text: string) => /last year/i.test(text) && LAST_YEAR.test(text);
const MONTH_TALLY = new RegExp(
  String.raw`\b(?:during|throughout|over|across|in the course of)\s+(?:the\s+(?:whole\s+|entire\s+)?month\s+of\s+)?(${MONTH_RE})\b(?:\s+(\d{4}))?(?!\s+\d)`,
  "i",
);
const IN_MONTH = new RegExp(
  String.raw`\b(?:in|during|of|early|late|mid)\s+(${MONTH_RE})\b(?:\s+(\d{4}))?`,
  "i",
);
/** "Last month", never "since last month" nor "the last month" (the weeks up to now). */
const LAST_MONTH = /(?<!\b(?:the|since|until|till|over)\s+)\blast month\b/i;

OWN_DATE.push(
  FISCAL_YEAR,
  SINCE,
  SINCE_SEASON,
  YEAR_SO_FAR,
  YEAR_TO_MONTH,
  MONTHS_TO,
  PAST_MONTHS,
  FIRST_MONTHS,
  QUARTER,
  SPAN,
  MONTH_TALLY,
  DAY_MONTH,
  MONTH_DAY,
  IN_MONTH,
);

/** The year a month of an article falls in: the article's, or the one before for a later month. */
function yearOf(month: number, explicit: string | undefined, published: Date): number {
  if (explicit) return Number(explicit);
  const y = published.getUTCFullYear();
  return month > published.getUTCMonth() ? y - 1 : y;
}
/** January is 0, as `Date.UTC` counts. */
const monthOf = (m: string) => monthIndex(m) - 1;

/** The window a sentence tells of: its own words' dates, else its report's day, else its article's weeks. */
function windowOf(
  text: string,
  rs: readonly Report[],
): { window: [number, number]; dated: boolean; period?: boolean } {
  const published = new Date(rs[0]?.publishedAt ?? rs[0]?.date ?? "2000-01-01");
  // A tally since a month runs from it to the article.
  const since = SINCE.exec(text);
  if (since?.[1]) {
    const m = monthOf(since[1]);
    return {
      window: [Date.UTC(yearOf(m, since[2], published), m, 1), published.getTime() + DAY],
      dated: true,
      period: true,
    };
  }
  const after = REMAIN_AFTER.exec(text);
  if (after?.[1]) {
    const m = monthOf(after[1]);
    return {
      window: [Date.UTC(yearOf(m, after[2], published), m, 1), published.getTime() + ARTICLE_DAYS * DAY],
      dated: true,
    };
  }
  // "180 fewer guards on duty than in September": a change since that month, to the article.
  const than = THAN_MONTH.exec(text);
  if (than?.[1]) {
    const m = monthOf(than[1]);
    return {
      window: [Date.UTC(yearOf(m, than[2], published), m, 1), published.getTime() + DAY],
      dated: true,
      period: true,
    };
  }
  // "from the start of the year to the end of November": January to that month's end.
  const yearTo = YEAR_TO_MONTH.exec(text);
  if (yearTo?.[1]) {
    const m = monthOf(yearTo[1]);
    const y = yearOf(m, yearTo[2], published);
    return { window: [Date.UTC(y, 0, 1), Date.UTC(y, m + 1, 1)], dated: true, period: true };
  }
  // "since the summer": from the start of the latest summer begun by the article's day.
  const season = SINCE_SEASON.exec(text);
  if (season?.[1]) {
    const m = SEASON_START[season[1].toLowerCase()] ?? 0;
    const y = published.getUTCFullYear() - (m > published.getUTCMonth() ? 1 : 0);
    return { window: [Date.UTC(y, m, 1), published.getTime() + DAY], dated: true, period: true };
  }
  // "since the beginning of the year", "so far this year": from 1 January to the article.
  if (YEAR_SO_FAR.test(text))
    return {
      window: [Date.UTC(published.getUTCFullYear(), 0, 1), published.getTime() + DAY],
      dated: true,
      period: true,
    };
  // "in the six months to October": that many months, the named one the last.
  const to = MONTHS_TO.exec(text);
  const count = to?.[1] ? (WORD_VALUES[to[1].toLowerCase()] ?? Number(to[1])) : Number.NaN;
  if (to?.[2] && count >= 1 && count <= 24) {
    const m = monthOf(to[2]);
    const y = yearOf(m, to[3], published);
    return { window: [Date.UTC(y, m + 1 - count, 1), Date.UTC(y, m + 1, 1)], dated: true, period: true };
  }
  // "in the past six months": the months before the article.
  const past = PAST_MONTHS.exec(text);
  const months = past?.[1] ? (WORD_VALUES[past[1].toLowerCase()] ?? Number(past[1])) : Number.NaN;
  if (months >= 1 && months <= 24) {
    const start = new Date(published);
    start.setUTCMonth(start.getUTCMonth() - months);
    return { window: [start.getTime(), published.getTime() + DAY], dated: true, period: true };
  }
  if (RECENT_MONTHS.test(text)) {
    const start = new Date(published);
    start.setUTCMonth(start.getUTCMonth() - RECENT_MONTHS_COUNT);
    return { window: [start.getTime(), published.getTime() + DAY], dated: true, period: true };
  }
  // "in the first ten months of 2026" / "of this year": from January to the end of that month.
  const first = FIRST_MONTHS.exec(text);
  const n = first?.[1] ? (WORD_VALUES[first[1].toLowerCase()] ?? Number(first[1])) : Number.NaN;
  if (first && n >= 1 && n <= 12) {
    const y = first[2] ? Number(first[2]) : published.getUTCFullYear();
    return { window: [Date.UTC(y, 0, 1), Date.UTC(y, n, 1)], dated: true, period: true };
  }
  // A quarter of no named year is the latest one begun by the article's day.
  const quarter = QUARTER.exec(text);
  if (quarter?.[1]) {
    const m = 3 * QUARTERS.indexOf(quarter[1].toLowerCase());
    const y = quarter[2]
      ? Number(quarter[2])
      : quarter[3]?.toLowerCase() === "last"
        ? published.getUTCFullYear() - 1
        : yearOf(m, undefined, published);
    return { window: [Date.UTC(y, m, 1), Date.UTC(y, m + 3, 1)], dated: true, period: true };
  }
  const span = SPAN.exec(text);
  if (span?.[1] && span[3]) {
    const m1 = monthOf(span[1]);
    const m2 = monthOf(span[3]);
    const y2 = yearOf(m2, span[4], published);
    const y1 = span[2] ? Number(span[2]) : m1 <= m2 ? y2 : y2 - 1;
    return { window: [Date.UTC(y1, m1, 1), Date.UTC(y2, m2 + 1, 1)], dated: true, period: true };
  }
  // "in Fiscal Year 2027", "FY2027": a budget's year, which for the US federal budget runs from
  // 1 October of the year before to 30 September.
  const fiscal = FISCAL_YEAR.exec(text);
  if (fiscal?.[1]) {
    const y = Number(fiscal[1]);
    return { window: [Date.UTC(y - 1, 9, 1), Date.UTC(y, 9, 1)], dated: true };
  }
  const dm = DAY_MONTH.exec(text);
  const md = dm ? null : MONTH_DAY.exec(text);
  // "seized 1.4 million pills during November": the whole month, when no day of it is named.
  const tally = dm || md ? null : MONTH_TALLY.exec(text);
  if (tally?.[1]) {
    const m = monthOf(tally[1]);
    const y = yearOf(m, tally[2], published);
    return { window: [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)], dated: true, period: true };
  }
  if (dm?.[1] && dm[2]) {
    const m = monthOf(dm[2]);
    const t = Date.UTC(yearOf(m, dm[3], published), m, Number(dm[1]));
    return { window: [t, t + DAY], dated: true };
  }
  if (md?.[1] && md[2]) {
    const m = monthOf(md[1]);
    const t = Date.UTC(yearOf(m, undefined, published), m, Number(md[2]));
    return { window: [t, t + DAY], dated: true };
  }
  // A year's tally, of the article's year or the one before: the whole of that year. "Last year"
  // is the year before the article's.
  const year = Number(IN_YEAR.exec(text)?.[1] ?? (saysLastYear(text) ? published.getUTCFullYear() - 1 : ""));
  if (year && published.getUTCFullYear() - year <= 1 && year <= published.getUTCFullYear())
    return { window: [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)], dated: true, period: true };
  const own = rs.find((r) => r.ownDay && r.date);
  if (own?.date) {
    const t = Date.parse(own.date.slice(0, 10));
    return { window: [t, t + DAY], dated: true };
  }
  const month = IN_MONTH.exec(text);
  const inMonth: [number, number] | null = month?.[1]
    ? (() => {
        const m = monthOf(month[1]);
        const y = yearOf(m, month[2], published);
        return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
      })()
    : // "Last month, the army said its troops killed eight smugglers": the month before the article's.
      LAST_MONTH.test(text)
      ? [
          Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1),
          Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1),
        ]
      : null;
  // A sentence with no date of its own tells of something between its story's day and the article,
  // unless its own words name a month the story's day is not in: "three women and six children
  // left the camp in October", read in a document whose story is a November checkpoint, tells of
  // October.
  const story = rs.find((r) => r.story?.day)?.story?.day;
  if (story && /^\d{4}-\d{2}-\d{2}/.test(story)) {
    const t = Date.parse(story.slice(0, 10));
    if (!inMonth || (t >= inMonth[0] && t < inMonth[1]))
      return { window: [t, Math.max(t + DAY, published.getTime() + DAY)], dated: true };
  }
  if (inMonth) return { window: inMonth, dated: true };
  const t = published.getTime();
  return { window: [t - ARTICLE_DAYS * DAY, t + DAY], dated: false };
}

/** A body named after a place: "Middle East Eye", "Kurdistan 24 News", "The Jordan Times". */
const TITLE_HEAD =
  /^(?:Eye|News|Times|Post|Monitor|Observatory|Agency|Institute|Forum|Centre|Center|Network|Radio|TV|Television|Herald|Tribune|Daily|Review)\b/;
const inTitle = (name: string, text: string) => {
  const at = text.indexOf(name);
  return (
    at >= 0 &&
    TITLE_HEAD.test(text.slice(at + name.length).trimStart()) &&
    /^\s/.test(text.slice(at + name.length))
  );
};
/**
 * A place named only as the start of a crossing or an approach ("trying to cross from Syria",
 * "infiltrators coming from inside Syrian territory"): the clash, seizure or count the sentence
 * tells of happened where the movement ended, so the origin says nothing of the place. An escape
 * "from the prison" does name its site, so only verbs of crossing and approach count. Likewise a
 * place people or goods were conveyed to afterwards or elsewhere ("the wounded soldier had been
 * flown to Amman", "the transfer of fighters to Deir Hafer"): a destination, not the scene. A
 * crossing "into Iraq" is not conveyed, and does name where it was counted.
 */
const CONVEYED_TO = String.raw`\b(?:flown|airlifted|evacuated|rushed|taken|sent|transferred|transfers?|moved|redeployed|redeployment|deployed|deployment)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:the\s+)?`;
const MOVED_FROM = String.raw`\b(?:cross(?:es|ed|ing)?|infiltrat\w*|sneak(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|com(?:e|es|ing)|came|arriv\w*)\s+(?:\w+\s+){0,3}?from\s+(?:inside\s+|across\s+)?(?:the\s+)?`;
/** "Two others are still in hospital in Qamishli": where the wounded are treated, not the scene. */
const TREATED_IN = String.raw`\b(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospital|clinic|medical cent(?:re|er))\s+in\s+(?:the\s+)?`;
/** "The rest escaped back into Syria": where those who got away went back to, not the scene. */
const FLED_BACK = String.raw`\b(?:fled|escaped|retreated|withdrew|ran|went|returned|pulled|slipped)\s+back\s+(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+)?`;
/**
 * "The attackers fled toward the hills of X", "withdrew towards Y", "retreated into the desert of
 * Z": where those who got away went, not where the attack and its toll were.
 */
const FLED_TOWARD = String.raw`\b(?:fled|flee|flees|fleeing|escaped|retreated|retreating|withdrew|withdrawing)\s+(?:away\s+|off\s+)?(?:toward|towards|in the direction of|into)\s+(?:the\s+)?(?:[\w'’-]+\s+)?`;
/** "Hit by a roadside bomb on the road to Palmyra": where the road leads, not where the bomb was. */
const ROAD_TO = String.raw`\b(?:road|highway|motorway|route)\s+(?:to|towards)\s+(?:the\s+)?`;
/**
 * "The families buried them in Al-Mansoura the next morning": where the dead were laid to rest,
 * not where they fell.
 */
const BURIED_IN = String.raw`\b(?:buried|laid to rest|funerals?\s+(?:was|were)\s+held)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+|al\s+|el\s+)?`;
const ORIGIN_BEFORE = new RegExp(
  `(?:${MOVED_FROM}|${CONVEYED_TO}|${TREATED_IN}|${FLED_BACK}|${FLED_TOWARD}|${ROAD_TO}|${BURIED_IN})$`,
);
export function originOnly(folded: string, name: string): boolean {
  const all = ` ${folded} `;
  let at = all.indexOf(` ${name} `);
  for (; at >= 0; at = all.indexOf(` ${name} `, at + 1))
    if (!ORIGIN_BEFORE.test(all.slice(0, at + 1))) return false;
  return true;
}
/**
 * "The Homs governorate security committee told the department that ...": a place that names a
 * body speaking (a governorate's or a town's committee or council) says whose word it is, not
 * where what it tells happened. Skipped only when every mention of the place is such a name.
 */
const BODY_AFTER =
  /^(?:governorate\s+|provincial\s+|province\s+|city\s+|district\s+)?(?:security\s+|local\s+|municipal\s+)?(?:committee|council)\b/;
function bodyOnly(folded: string, name: string): boolean {
  const all = ` ${folded} `;
  let at = all.indexOf(` ${name} `);
  if (at < 0) return false;
  for (; at >= 0; at = all.indexOf(` ${name} `, at + 1))
    if (!BODY_AFTER.test(all.slice(at + name.length + 2))) return false;
  return true;
}
/**
 * "A spokesman told Ultra Iraq that ...": a place inside the name of the outlet the article is
 * from, wherever the sentence names that outlet, says who reported, not where anything happened.
 * Skipped only when every mention of the place is inside the outlet's name.
 */
function outletOnly(folded: string, name: string, outlet: string): boolean {
  if (outlet === name || !` ${outlet} `.includes(` ${name} `) || !` ${folded} `.includes(` ${outlet} `))
    return false;
  return !` ${folded} `.split(` ${outlet} `).join("  ").includes(` ${name} `);
}
/** Places and facilities the sentence's own words name. */
function placesOf(folded: string, rs: readonly Report[]): Place[] {
  const out = new Map<string, Place>();
  const outlet = fold(rs[0]?.source ?? "");
  const bodies = rs
    .flatMap((r) => r.entities)
    .filter((e) => e.type === "organization")
    .map((e) => fold(e.name))
    .filter((b) => ` ${folded} `.includes(` ${b} `));
  for (const r of rs)
    for (const e of r.entities) {
      if (e.type !== "place" && e.type !== "facility") continue;
      // "Baghuz" for the lexicon's "Baghouz": a place is named by any of its spellings.
      const spellings = [
        e.name,
        ...((e.lexiconId && lexiconEntry(e.lexiconId)?.aliases) || []),
        ...(e.surface ? [e.surface] : []),
      ].map((n) => fold(n).replace(/^(?:al|el|the) /, ""));
      const full = spellings.find((n) => ` ${folded} `.includes(` ${n} `)) ?? (spellings[0] as string);
      // "Al-Hol camp" named as "Al-Hol": a facility by its name without its kind.
      const name = ` ${folded} `.includes(` ${full} `)
        ? full
        : full.replace(
            / (?:camp|prison|base|air base|crossing|border crossing|garrison|dam|field|gas field)$/,
            "",
          );
      if (name.length < 3 || !` ${folded} `.includes(` ${name} `)) continue;
      // "Smugglers trying to cross from Syria": where a crossing set out from, not where it was met.
      if (originOnly(folded, name) || bodyOnly(folded, name) || outletOnly(folded, name, outlet)) continue;
      // "Middle East Eye", "Syrian Observatory": a place inside a body's name is not where anything happened.
      if (
        bodies.some((b) => ` ${b} `.includes(` ${name} `) && b !== name) ||
        inTitle(e.name, rs[0]?.sentenceText ?? "")
      )
        continue;
      out.set(e.lexiconId ?? name, { name, id: e.lexiconId, point: e.coordinates });
    }
  return [...out.values()];
}

/** Kilometres between two points on the globe (haversine). */
export function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
const inside = (region: Place, p: Place) => {
  const box = region.id ? extentOf(region.id) : undefined;
  if (!box || !p.point) return false;
  const [lon, lat] = p.point;
  return lon >= box[0] && lat >= box[1] && lon <= box[2] && lat <= box[3];
};
/** One place: the same, one's name holds the other's ("Al-Qaim border crossing"), near, or within. */
const samePlace = (a: Place, b: Place) =>
  (a.id !== null && a.id === b.id) ||
  a.name === b.name ||
  ` ${a.name} `.includes(` ${b.name} `) ||
  ` ${b.name} `.includes(` ${a.name} `) ||
  (a.point !== null && b.point !== null && km(a.point, b.point) <= SAME_PLACE_KM) ||
  inside(a, b) ||
  inside(b, a);
/**
 * Two reports that each name places (towns, villages, sites, regions) and share none of them,
 * near or within, tell of two events: crossings near Al-Qaim and near Sinjar on one night are two
 * crossings, though both are "into Iraq"; guards killed at a prison in Hasakah and members killed
 * "in the Deir ez-Zor countryside", a region that does not hold Hasakah, are two tolls.
 */
export function namedApart(a: Report, b: Report): boolean {
  const named = (r: Report) => placesOf(fold(r.sentenceText), [r]).filter((p) => p.point !== null);
  const [pa, pb] = [named(a), named(b)];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.some((q) => samePlace(p, q)));
}
/**
 * Kinds of site a sentence names by their common noun: a prison (jail, detention centre) and a
 * camp are two sites, so "two detainees escaped from a prison in Qamishli" and "only three
 * residents were missing" from a camp's count are two tallies, not one in dispute.
 */
const SITE_KINDS: [string, RegExp][] = [
  [
    "prison",
    /\b(?:prisons?|jails?|penitentiar(?:y|ies)|detention (?:centres?|centers?|facilit(?:y|ies)))\b/i,
  ],
  ["camp", /\bcamps?\b/i],
];
const kindsIn = (text: string) => SITE_KINDS.filter(([, re]) => re.test(text)).map(([k]) => k);
/**
 * The kinds of site a report is about: those its sentence names, else those of what it is
 * anchored to (the site the sentences before it or its lede name: "Nobody left" after a lede on
 * Al-Hol camp is about the camp).
 */
const siteKindsOf = (r: Report) => {
  const own = kindsIn(r.sentenceText);
  return own.length > 0 ? own : kindsIn(r.anchors.join(" ; "));
};
/** Both are about a kind of site, and no kind is shared: a prison's count against a camp's. */
export function siteKindsApart(a: Report, b: Report): boolean {
  const [ka, kb] = [siteKindsOf(a), siteKindsOf(b)];
  return ka.length > 0 && kb.length > 0 && !ka.some((k) => kb.includes(k));
}
/** Places compatible: one side names none, or some place of one is (in) some place of the other. */
const placesMeet = (a: Said, b: Said) =>
  a.places.length === 0 ||
  b.places.length === 0 ||
  a.places.some((p) => b.places.some((q) => samePlace(p, q)));
/** A country and a place of it ("on the border with Syria", "in the eastern countryside of Suwayda"). */
const ofCountry = (country: Place, p: Place) => {
  if (!country.id?.startsWith("country/") || !p.id) return false;
  const name = lexiconEntry(country.id)?.name;
  return name !== undefined && lexiconEntry(p.id)?.affiliation === name;
};
/** A sentence dated by its own words to one day (a night may run into the next). */
const oneDay = (s: Said) => s.dated && s.window[1] - s.window[0] <= 2 * DAY;
/**
 * Places of two figures compatible: as placesMeet, or both are dated to one day and one names a
 * country (and no place in it) and the other a place of it: the toll of a clash "on the border with Syria" and one "in
 * the eastern countryside of Suwayda" the same dawn are of one clash. A standing count told of a
 * country (troops in Iraq, fighters in Syria) is a sum over its places, never one of them.
 */
const figurePlacesMeet = (a: Said, b: Said) =>
  placesMeet(siteOnly(a), siteOnly(b)) ||
  (oneDay(a) &&
    oneDay(b) &&
    (countriesAlone(a).some((c) => b.places.some((q) => ofCountry(c, q))) ||
      countriesAlone(b).some((c) => a.places.some((q) => ofCountry(c, q)))));
/**
 * "Al-Hol camp in Hasakah governorate held about 26,400": a region named beside a site (a camp, a
 * prison, a base) that lies in it locates the site and says no more than the site does, so the
 * figure is the site's alone, and a count of Al-Hol never meets one of Roj camp, another site of
 * the same governorate. Regions named beside towns or with no site stay ("troops remain in
 * northeast Syria after departures from bases in Deir ez-Zor").
 */
const siteOnly = (s: Said): Said => {
  const within = s.places.filter(
    (p) => !s.places.some((q) => q !== p && q.id?.startsWith("facility/") && inside(p, q) && !inside(q, p)),
  );
  return within.length === s.places.length ? s : { ...s, places: within };
};
/**
 * The countries a sentence names as its only place there: "crossed from Syria into Iraq near
 * Al-Qaim" is at Al-Qaim, and its "Iraq" says no more than the town does.
 */
const countriesAlone = (s: Said) =>
  s.places.filter((c) => c.id?.startsWith("country/") && !s.places.some((q) => ofCountry(c, q)));
/** Where a sentence tells of: the places it names, else those the sentences just before it name. */
const sceneOf = (s: Said) => (s.places.length > 0 ? s.places : (s.near ?? []));
/** Places compatible, a sentence that names none being at the scene its article just named. */
const scenesMeet = (a: Said, b: Said) => {
  const [pa, pb] = [sceneOf(a), sceneOf(b)];
  return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.some((q) => samePlace(p, q)));
};
/** Whether two accounts' windows come within `days` of each other. */
const windowsNear = (a: Said, b: Said, days: number) =>
  a.window[0] <= b.window[1] + days * DAY && b.window[0] <= a.window[1] + days * DAY;
const windowsMeet = (a: Said, b: Said) => windowsNear(a, b, 1);
/** How far apart a figure and the teller's own count set right against it may be dated. */
const SET_AGAINST_REACH = 31;

/** Who a sentence's words say it comes from: named bodies and people, or anonymous posts and sources. */
const ANONYMOUS =
  /\b(posts?|videos?|viral|social media|witness(?:es)?|local sources|activists|state media|state television|state TV)\b/gi;
const SAYING =
  "(?:says|said|say|saying|told|tells|added|adds|stated|reported|denied|denies|documented|recorded|claimed|posted|shared|announced|attributed)";
export const ATTRIBUTION = new RegExp(
  String.raw`((?:\S+\s+){0,7})${SAYING}\b|\baccording to((?:\s+\S+){1,7})`,
  "gi",
);
/**
 * ATTRIBUTION's matches, found without trying it at every character. A match that starts inside a
 * word with words before the verb would also match one character earlier, so a leftmost match
 * starts at the text's start, after whitespace, on the verb itself or on "according to", or where
 * the previous match ended: the scan tries only those places (same matches, same groups; the
 * regex alone spent a tenth of an assessment backtracking through every letter).
 */
const ATTRIBUTION_AT_WORD = new RegExp(
  String.raw`(?:(?<!\S)|(?=${SAYING}\b|according to\b))(?:${ATTRIBUTION.source})`,
  "gi",
);
const ATTRIBUTION_HERE = new RegExp(ATTRIBUTION.source, "iy");
const MAY_ATTRIBUTE = new RegExp(String.raw`${SAYING}\b|\baccording to\s`, "i");
export function attributions(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!MAY_ATTRIBUTE.test(text)) return out;
  let from = 0;
  while (from < text.length) {
    ATTRIBUTION_HERE.lastIndex = from;
    let m = out.length > 0 ? ATTRIBUTION_HERE.exec(text) : null;
    if (!m) {
      ATTRIBUTION_AT_WORD.lastIndex = from;
      m = ATTRIBUTION_AT_WORD.exec(text);
    }
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}
/** A speaker named only by a pronoun: the one the sentence before named ("He added that ..."). */
const PRONOUN = /(?:^|[\s,;:])(?:he|she|they|it)\s+(?:\w+\s+)?$/i;
export const ANAPHORIC = "^";
const WE = /(?:^|[\s,;:])we\s+(?:\w+\s+)?$/i;
const OURSELVES = "(the outlet)";
/** A document a sentence opens on: "The four-page memo, dated ...", "An internal report of ...". */
const DOCUMENT =
  /^(?:the|an?|this)\s+(?:[\w'’-]+\s+){0,3}?(memo|memorandum|report|document|letter|cable|assessment|study|note)\b/i;
/** A body named in capitals that the lexicon lacks: "The Autonomous Administration says". */
/**
 * A speaker named by office: "the department's co-chair told", "Syrian officials attributed", or
 * by a body named after its office: "The Ministry of Defence says".
 */
const ROLE =
  /((?:[\w'’-]+\s+){0,2}(?:co-chair|chair|chairman|chairwoman|spokes(?:man|woman|person)|officials?|minister|commander|director|governor|ministry|department|command|administration|authorities|experts?|investigators?|inspectors?|rapporteurs?|monitors?|observers?|researchers?|analysts?|journalists?|participants?|academics?|diplomats?|scholars?))$/i;
/**
 * An unnamed speaker a sentence opens on, the convention of summaries under the Chatham House rule
 * and of anonymous sourcing: "A researcher based in Erbil disputed the figure and said ...", "One
 * former US official said ...". Told by the role and what places it, so two such speakers of one
 * article are two accounts.
 */
const OPENING_ROLE =
  /^(?:an?|one|another)\s+((?:[\w'’-]+\s+){0,3}?(?:researcher|analyst|journalist|participant|academic|diplomat|scholar|official|officer|expert|commander)(?:\s+(?:based|working|living)\s+in\s+[A-Z][\w'’-]*|\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\b/i;
const OFFICE_OF =
  /((?:[Mm]inistry|[Dd]epartment|[Cc]ommand)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$/;
const PROPER = /((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*(?:\S+\s*)?$/;
/**
 * A transcript's speaker label, the convention of panels, hearings and phone-ins: a name or role in
 * capitals before a colon, with the caller's name in brackets ("RANA KHALIL:", "CALLER (Abu Khaled):").
 */
const LABEL = /^([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)*)(?:\s*\(([^)]{2,60})\))?:\s/;
/**
 * A record's speaker label, the convention of parliamentary records and hearings: a name in
 * ordinary case, opened by a title or followed by the party or bench in brackets ("Lord Merriden:",
 * "Baroness Fenwick of Alnmouth (CB):", "Senator Reed:"). A heading ("Key findings:") is neither.
 */
const NAME_PART = String.raw`(?:[A-Z][\w'’.-]*|of|al|bin|de|van|von)`;
const TITLED_LABEL = new RegExp(
  String.raw`^((?:Lord|Baroness|Lady|Earl|Viscount|Sir|Dame|Mr|Mrs|Ms|Miss|Dr|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Chairman|Chairwoman|Ambassador|General|Gen\.|Secretary|Minister)\s+(?:${NAME_PART}\s+){0,4}[A-Z][\w'’.-]*)(?:\s*\([^)]{1,40}\))?:\s|^((?:[A-Z][\w'’.-]*\s+)(?:${NAME_PART}\s+){0,4}[A-Z][\w'’.-]*)\s*\([A-Za-z][\w .'’-]{0,30}\):\s`,
);
/**
 * A transcript's speaker label in ordinary case, the convention of talk shows and of fact-checks:
 * a name, a surname or a role before a colon ("Nour al-Ahmad:", "Hallak:", "Presenter:"), and a
 * fact-check's "Claim:" and "Verdict:", which are two accounts (the post's and the checker's).
 * Every word capitalised, but for the particles of Arabic and European names. A heading is none:
 * in ordinary words ("Key findings:"), a known heading word ("Update:", "Outlook:"), or words in
 * title case that name no person ("Further Reports:"): a label of several words is a speaker only
 * with a name's particle ("al-Ahmad") or as a person the sentence's facts name.
 */
const CASED_LABEL =
  /^([A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)-?[\w'’-]*|[A-Z][\w'’.-]*)){0,3}):\s/;
/**
 * A street interview's speaker label: a name, an age and a trade before the colon ("Khalid, 41,
 * taxi driver:", "Umm Omar, 56, teacher:"), the convention of vox pops. The name alone is the
 * speaker, as the answers that follow are labelled by it ("Khalid:").
 */
const VOX_LABEL =
  /^([A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu|umm|de)-?[\w'’-]*|[A-Z][\w'’-]*)){0,3}),\s*\d{1,3},\s*[a-z][\w'’ -]{1,40}:\s/;
const HEADING =
  /^(?:update[sd]?|note|notes|background|summary|context|analysis|outlook|comment|correction|sources?|photos?|videos?|watch|read|breaking|exclusive|key|bottom|editor|disclaimer|methodology|contents?|timeline|details|highlights|overview|also)$/i;
const NAME_PARTICLE = /\s(?:al|el|bin|ibn|abu|de|van|von)\b/i;
function casedLabelOf(text: string, rs: readonly Report[]): string | null {
  const label = CASED_LABEL.exec(text)?.[1];
  if (!label) return null;
  if (!label.includes(" ")) return HEADING.test(label) ? null : fold(label);
  const name = fold(label);
  const person = rs.some((r) => r.entities.some((e) => e.type === "person" && fold(e.name) === name));
  return person || NAME_PARTICLE.test(label) ? name : null;
}
/** One or some of a group, as the words before a saying verb: "One of them", "two of the detainees". */
const MEMBER_OF =
  /(?:^|[\s,;:])((?:one|two|three|four|several|some|another|a few|most)\s+of\s+(?:them|those|the\s+(?:[\w'’-]+\s+)?[\w'’-]+))\s+(?:\w+\s+)?$/i;
/**
 * A document a body sent, told as saying something: "a letter from the camp administration, passed
 * on through the consulate, stating that ...". The body is the speaker of what follows.
 */
const DOCUMENT_FROM =
  /\b(?:letter|memo|memorandum|statement|document|note|cable|message|report)\s+from\s+((?:the\s+)?[\w'’ -]{2,60}?)\s*,?\s+(?:[^.;]{0,60}?,\s+)?(?:stating|saying|which (?:said|stated|says|states))\s+that\b/i;
/** How many sentences back "the official" may point to the official an article named. */
const ANAPHOR_REACH = 8;
/** The speaker the words before a saying verb name, by pronoun, name or office. */
/**
 * A discourse adverb set off between a speaker and the saying verb ("Turkish security sources,
 * however, said"): the speaker is the words before it.
 */
const SET_OFF = /,\s*(?:however|though|meanwhile|in turn|for (?:its|their|his|her) part),\s*$/i;
/** Sources named by what they are, the convention of anonymous sourcing: "Turkish security sources". */
const QUALIFIED_SOURCES = /(?:^|\s)((?:[\w'’-]+\s+){1,2}sources)$/i;
function speakerIn(said: string): string | null {
  const raw = said.replace(SET_OFF, " ");
  // "One of them said", "two of the men told the court": one or some of a group named before,
  // each a speaker of its own (a defendant's account against the prosecution's).
  const member = MEMBER_OF.exec(raw)?.[1];
  if (member) return fold(member);
  if (PRONOUN.test(raw)) return ANAPHORIC;
  // "Chart 1 shows that we recorded 73 attacks": the outlet's own count, an account of its own
  // beside those it relays.
  if (WE.test(raw)) return OURSELVES;
  // "UN independent experts have stated": the auxiliaries between the speaker and the verb.
  const words = raw.trim().replace(/(?:\s+(?:have|has|had|also|later|further|previously|earlier))+$/i, "");
  const name = fold(PROPER.exec(words)?.[1] ?? "").replace(/^(?:the|a|an) /, "");
  // "..., which the Administration denies": a relative or a conjunction is no part of the office.
  const role = fold((ROLE.exec(words) ?? OFFICE_OF.exec(words))?.[1] ?? "").replace(
    /^(?:(?:which|that|who|whom|and|but|while|as|whereas|when)\s+)+/,
    "",
  );
  if (name.split(" ").length >= 2) return name;
  // "The official said", "the same participant said": the one the article has already named, not
  // another. The role's head word is kept, to find that one further back (see sentencesOf).
  if (role && (/^the \S+$/.test(role) || /^the same\b/.test(role)))
    return `${ANAPHORIC}${role.split(" ").pop()?.replace(/s$/, "") ?? ""}`;
  if (role) return role;
  const sources = QUALIFIED_SOURCES.exec(words)?.[1];
  return sources ? fold(sources) : null;
}
/**
 * A sentence whose subject is a named body's records and whose verb counts: "Coalition assessments
 * (shared with the delegation) counted", "UN figures show", "Police records put".
 */
const RECORDS_COUNT =
  /^(?:the\s+|an?\s+)?((?:[A-Z][\w'’-]*\s+){1,4}(?:assessments?|estimates?|figures|records|data|tallies|counts|statistics))\b(?:\s+[\w'’,-]+){0,6}?\s+(?:counted|count|counts|shows?|showed|put|puts|recorded|records|gave|gives|estimated|estimates|documented)\b/;
/**
 * A sentence whose subject is a named body's report and whose verb counts: "A UN monitoring team
 * report this summer put the number at", "The ISW assessment counted". The body is named in
 * capitals among the words before the document's noun.
 */
const REPORT_COUNTS =
  /^(?:[Tt]he\s+|[Aa]n?\s+)((?:[\w'’-]+\s+){0,4}?(?:report|study|assessment|survey|estimate|review|paper|briefing))\b(?:\s+[\w'’,-]+){0,6}?\s+(?:counted|counts|put|puts|estimated|estimates|recorded|records|gave|gives|documented|found|finds)\b/;
/**
 * A sentence whose subject is a report by a named body, with the verb that counts later in the
 * sentence: "A regional report by the UN Office on Drugs and Crime, published the same week, puts
 * the seizures at ...", "An annual survey from the Border Guards Command counted ...". The body is
 * the one who counts; the words between may be long (what the report is, when it came out).
 */
const REPORT_BY =
  /^(?:[Tt]he\s+|[Aa]n?\s+)(?:[\w'’-]+\s+){0,3}?(?:report|study|assessment|survey|estimate|review|paper|briefing|bulletin)\s+(?:by|from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w'’-]*){0,7})\b[^.;]{0,80}?\s(?:counted|counts|put|puts|estimated|estimates|recorded|records|gave|gives|documented|found|finds)\b/;
const namedReport = (text: string) => {
  const m = REPORT_COUNTS.exec(text);
  if (m?.[1] && /\b[A-Z][\w'’-]*\s/.test(m[1])) return fold(m[1]);
  const by = REPORT_BY.exec(text)?.[1];
  return by ? fold(by) : null;
};
/** A count the outlet made, its sentence's subject: "Our own count of the rota shows", "Our tally puts". */
const OUR_COUNT =
  /^(?:[Oo]ur)\s+(?:own\s+)?(?:[\w'’-]+\s+)?(?:count|tally|figures|records|data|estimate|survey|review|analysis)\b[^.;]{0,80}?\b(?:shows?|showed|puts?|counts?|counted|finds|found|records|recorded|gives|gave)\b/;
/**
 * An unnamed speaker named after the saying verb, the convention of broadcast scripts and features:
 * "..., says a former smuggler from Al-Qaim who asked not to be named", "..., said one driver".
 */
const SAID_BY =
  /,\s+(?:says|said)\s+((?:an?|one|another)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:from|of|in|at|who|based|living|working|near)\b|\s*[,.;]|\s*$)/i;
/** A court's papers or party cited as the source: "according to the charge sheet", "the indictment". */
const COURT_SOURCE =
  /\b(?:charge sheets?|indictments?|prosecut(?:or|ors|ion)|court (?:documents?|records?|filings?|papers)|case files?|verdicts?|rulings?|testimony|lawsuits?)\b/i;
/** An office told as someone's: "the company's project director", "the camp's administration". */
const POSSESSED_OFFICE = /^(?:the\s+)?[\w-]+['’]s\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+[.!?"”]*$/i;
function speakersOf(text: string, rs: readonly Report[]): Set<string> {
  const out = new Set<string>();
  const attributed = attributions(text);
  for (const m of attributed) {
    const clause = fold(m[1] ?? m[2] ?? "");
    if (!clause) continue;
    for (const r of rs)
      for (const e of r.entities)
        if ((e.type === "organization" || e.type === "person") && ` ${clause} `.includes(` ${fold(e.name)} `))
          out.add(e.lexiconId ?? fold(e.name));
    for (const a of clause.matchAll(ANONYMOUS)) out.add((a[1] ?? "").replace(/s$/, ""));
    if (out.size > 0) continue;
    const said = speakerIn(m[1] ?? "");
    // "The Ministry of Defence says its forces recorded": when the words before the last saying
    // verb name no one, an earlier saying verb names the speaker before it.
    const outer = said ? null : /^(.*?)\b(?:says|said|told|tells)\s/i.exec(m[1] ?? "")?.[1];
    // "According to the charge sheet read by the prosecutor, ...": a court report's prosecution
    // and defence are two accounts, the prosecution named by its papers. (A bare "according to
    // officials" stays the outlet's own relay, as before.)
    const source = m[2]?.split(/[,;:]/)[0]?.trim() ?? "";
    const cited = COURT_SOURCE.test(source) ? fold(source).replace(/^(?:the|a|an) /, "") : null;
    // "According to the company's project director": an office named as whose it is speaks for
    // itself (a bare "according to officials" stays the outlet's relay).
    // "According to the official": the one the article named before, as "the official said".
    const office =
      !said && !outer && !cited && (POSSESSED_OFFICE.test(source) || /^the\s+[\w'’-]+$/i.test(source))
        ? speakerIn(source.replace(/[.!?"”]+$/, ""))
        : null;
    const who = said ?? (outer ? speakerIn(outer) : null) ?? cited ?? office;
    if (who) out.add(who);
  }
  // "A researcher based in Erbil disputed the troop figure and said ...": the saying verb's own
  // words name no one, and the sentence opens on the unnamed speaker whose verbs they are.
  const opening = out.size === 0 && attributed.length > 0 ? OPENING_ROLE.exec(text.trim()) : null;
  if (opening?.[1]) out.add(fold(opening[1]));
  // "Coalition assessments shared with the delegation counted about 90 attacks": a body's records
  // that count are that body's account.
  const records = out.size === 0 ? RECORDS_COUNT.exec(text) : null;
  if (records?.[1]) out.add(fold(records[1]).replace(/^the /, ""));
  const report = out.size === 0 ? namedReport(text) : null;
  if (report) out.add(report);
  // "Our own count of the guard rota shows 180 fewer": the outlet's own count, an account of its own.
  if (out.size === 0 && OUR_COUNT.test(text)) out.add(OURSELVES);
  const from = out.size === 0 ? DOCUMENT_FROM.exec(text) : null;
  if (from?.[1]) out.add(fold(from[1]).replace(/^the /, ""));
  const saidBy = out.size === 0 ? SAID_BY.exec(text) : null;
  if (saidBy?.[1]) out.add(fold(saidBy[1]).replace(/^(?:a|an|one|another) /, ""));
  // The label is the one who speaks, whoever the words go on to cite.
  const label = LABEL.exec(text);
  if (label) out.add(fold(label[2] ?? label[1] ?? ""));
  const titled = label ? null : TITLED_LABEL.exec(text);
  if (titled) out.add(fold(titled[1] ?? titled[2] ?? ""));
  const cased = label || titled ? null : casedLabelOf(text, rs);
  if (cased) out.add(cased);
  const vox = label || titled || cased ? null : VOX_LABEL.exec(text);
  if (vox?.[1]) out.add(fold(vox[1]));
  return out;
}

const CUMULATIVE =
  /\b(?:since (?:the (?:start|beginning) of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|the start|the beginning)|so far this year|(?<!months of )this year|to date|(?:in|during|over|for|through) (?:the|this|the same|that) quarter|(?:in|during) the (?:previous|last|past) quarter)\b/i;
/** "In total", "a total of": a tally over time, unless the sentence bounds it to one operation. */
const TOTAL = /\b(?:in total|a total of)\b/i;
const ONE_OPERATION =
  /\b(?:in|during) (?:the|this|that) (?:operation|raid|clash|attack|ambush|search|incident|seizure)\b/i;
/**
 * "The attacks killed at least 52 people", "These raids have left 14 dead": a toll whose subject is
 * a definite plural of events counts the dead of all of them, a tally of its own, never the toll
 * of one of those events.
 */
const EVENTS_TOLL =
  /^(?:the|these|those|such|its|their)\s+(?:[\w'’-]+\s+)?(?:attacks|raids|clashes|ambushes|bombings|explosions|strikes|incidents)\s+(?:have\s+|had\s+|also\s+)?(?:killed|left|claimed|wounded|injured)\b/i;
/** Whether a sentence tells the toll of several events at once ("The attacks killed 17 people"). */
export const eventsToll = (text: string) => EVENTS_TOLL.test(text.trim());
/**
 * "In the largest breakout in northeast Syria this year", "the deadliest attack since 2019": a
 * period that ranks one event among others of its kind, no tally over it. Its words are read as
 * no period of the sentence's figure.
 */
const RANKED =
  /\b(?:the|its|their|a)\s+(?:largest|biggest|deadliest|bloodiest|worst|highest|heaviest|greatest|fiercest|longest|most\s+[\w-]+|second[\s-](?:largest|biggest|deadliest|worst))\s+(?:[\w'’-]+\s+){0,5}?(?:so far this year|this year|to date|since\s+(?:the (?:start|beginning) of\s+)?(?:the year|[A-Z][a-z]+(?:\s+\d{4})?|\d{4}))/g;
export const unranked = (text: string) => text.replace(RANKED, "");
const cumulativeOf = (raw: string) => {
  const text = unranked(raw);
  return (
    CUMULATIVE.test(text) ||
    THAN_MONTH.test(text) ||
    (TOTAL.test(text) && !ONE_OPERATION.test(text)) ||
    EVENTS_TOLL.test(text.trim())
  );
};
/** A count over a whole frontier or country, not one sector or site of it. */
const WHOLE_FRONTIER =
  /\b(?:across|along|on|over|at|for|throughout)\s+(?:the\s+|its\s+|our\s+)?(?:whole|entire|full|all)\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|borders|frontier|frontiers|country|length of the border)\b|\b(?:nationwide|across the country|throughout the country|in all (?:sectors|provinces|governorates|regions))\b/i;

function saidOf(rs: readonly Report[]): Said | null {
  const r = rs[0];
  if (!r) return null;
  const folded = fold(r.sentenceText);
  const { window, dated, period } = windowOf(unranked(r.sentenceText), rs);
  return {
    report: r,
    text: r.sentenceText,
    folded,
    places: placesOf(folded, rs),
    window,
    dated,
    speakers: speakersOf(r.sentenceText, rs),
    correction: CORRECTION_NOTICE.test(r.sentenceText),
    cumulative: cumulativeOf(r.sentenceText),
    period: period ?? false,
    ...(WHOLE_FRONTIER.test(r.sentenceText) ? { whole: true } : {}),
  };
}

/**
 * A sentence that says its figure disagrees with another the same article gives, or sets it as a
 * part or multiple of another's ("a quarter of what the drivers describe").
 */
const DISCREPANT =
  /\b(?:(?:not|never)\s+(?:been\s+)?(?:able\s+to\s+)?reconcile[ds]?|cannot be reconciled|could not be reconciled|irreconcilable|at odds with|inconsistent with|contradicts|contradicting|does not match|do not match)\b|\b(?:a (?:quarter|third|fifth|tenth|fraction)|half|twice|three times|four times)\s+(?:of\s+)?(?:what\s+|the (?:figure|number|count)\s+(?:that\s+)?)(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:describe|describes|described|say|says|said|claim|claims|claimed|give|gives|gave|report|reports|reported)\b/i;
/**
 * "The camp administration's own count", "the ministry's own tally": a figure one party keeps. So
 * is one its speaker's own sources give ("Our own contacts put the number at closer to 1,200"), or
 * its own registration or census ("Our own household registration counted 23,150 residents").
 */
const OWN_COUNT =
  /\b(?:[\w-]+(?:['’]s|s['’])|their|its|his|her|[Oo]ur)\s+own\s+(?:(?:household|door-to-door|house-to-house)\s+)?(?:figures?|count|estimate|tally|numbers?|records?|contacts|sources|information|registration|census|survey|headcount)\b/;
/**
 * A test of `re` on a claim's text, remembered per text: the tests below run for every pair of
 * figures, and a sentence of thousands of figures would otherwise scan itself once per pair.
 */
function rememberedTest(re: RegExp): (text: string) => boolean {
  return rememberedPerText((text) => re.test(text), 4096);
}
/**
 * "Annex B, table 3, gives the completed length at 48 kilometres", "Table 2 lists 14 attacks": a
 * figure a sentence cites from a part of its own document (an annex, an appendix, a table) opening
 * the sentence as its subject. That part is an account of its own, apart from the document's text.
 */
const DOCUMENT_PART =
  /^\s*(?:the\s+)?(?:annex(?:e)?|appendix|table|schedule)\s+[A-Z0-9]{1,3}\b(?:,?\s+(?:table|chart|figure|page|section|row)\s+[A-Z0-9]{1,3},?)?\s+(?:gives|give|gave|puts|put|shows|showed|lists|listed|records|recorded|counts|counted|states|stated|reports|reported|sets|set)\b/i;
const discrepant = rememberedTest(DISCREPANT);
const revisesEarlier = rememberedTest(REVISES_EARLIER);
const partCited = rememberedTest(DOCUMENT_PART);
const ownCount = rememberedTest(OWN_COUNT);
/**
 * Two sentences are two accounts: from two independent sources, or from one article that relays
 * two named speakers (neither a correction: an outlet revising its own figure is a revision).
 */
function twoAccounts(a: Said, b: Said): boolean {
  if (a.report.sourceKey !== b.report.sourceKey) return true;
  if (a.report.articleId !== b.report.articleId || a.correction || b.correction) return false;
  // "The annual report counts 17, a figure the organisers have not been able to reconcile with the
  // first": an article that says its two figures disagree relays two accounts.
  if (discrepant(a.text) || discrepant(b.text)) return true;
  // "The camp administration's own count recorded five": a figure told as one party's own sets
  // that party's account apart from the figure the article told before it.
  if (ownCount(a.text) !== ownCount(b.text)) return true;
  // "Annex B gives 48 kilometres" against the summary's 62: a part of a document cited apart.
  if (partCited(a.text) !== partCited(b.text)) return true;
  // "The Armed Forces said a laboratory count had found 2.6 million pills, and that the first
  // figure had been an estimate": a statement that sets its figure against the earlier one its
  // article told is that teller's revision (the analytic convention's rule 14), though the first
  // was given in a command's name and the revision in its parent's.
  if (revisesEarlier(a.text) !== revisesEarlier(b.text)) return false;
  if (a.speakers.size === 0 || b.speakers.size === 0) return false;
  return ![...a.speakers].some((s) => b.speakers.has(s));
}

// --- Denials ------------------------------------------------------------------------------------

/** A question asserts nothing: the journalist's "was there a strike?" is no account of one. */
const QUESTION = /\?["”’)]*\s*$/;
/**
 * A question that first tells what has been reported ("I have seen reporting that we are already
 * down to fewer than 900 troops in Syria, so is that right?", "Reports say 40 men crossed; can
 * you confirm?"): it relays that account to be confirmed or denied, as a hearing's or a press
 * conference's questions do, and the figures it tells are that account's.
 */
const RELAYS_REPORT =
  /\b(?:(?:i|we)\s+(?:have\s+|had\s+)?(?:seen|read|heard)\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|reporting|claims?|accounts?|estimates?|figures?)|(?:reports?|reporting|claims?|accounts?)\s+(?:say|says|said|suggest|suggests|suggested|claim|claims|claimed|put|puts|show|shows)|it\s+(?:is|has been|was)\s+reported)\s+that\b/i;
const relaysReport = (text: string) => QUESTION.test(text) && RELAYS_REPORT.test(text);
/**
 * The figures a question relays, kept only when no other article gives the same figure of the
 * same thing: a journalist's "Reports say that 17 detainees escaped, is that true?" relays the
 * account another article of the case already carries, and adds no account of its own.
 */
function relayedOnce(figures: FigureClaim[]): FigureClaim[] {
  return figures.filter(
    (f) =>
      !relaysReport(f.said.text) ||
      !figures.some(
        (g) =>
          g !== f &&
          g.kind === f.kind &&
          g.said.report.articleId !== f.said.report.articleId &&
          g.lo <= f.hi &&
          f.lo <= g.hi,
      ),
  );
}
/** An attempt told as stopped: "tried to leave the camp ... and were caught at a checkpoint". */
const ATTEMPTED = /\b(?:tried|trying|tries|attempt(?:s|ed|ing)?)\b/i;
const STOPPED_ATTEMPT =
  /\b(?:tried|trying|attempt(?:s|ed|ing)?)\b[^.;]*?\b(?:were|was|had been|have been|being)\s+(?:caught|stopped|arrested|intercepted|detained|turned back|recaptured)\b|\b(?:foiled|thwarted|prevented|intercepted)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?attempt\b/i;
/**
 * "No Popular Mobilisation brigade holds a checkpoint on the border": a sentence that opens by
 * saying no unit of a force holds, mans or runs a post denies an account of that force at such a post.
 */
const NO_UNIT_HOLDS =
  /^\W*no\s+(?:[\w'’-]+\s+){0,3}?(?:brigades?|units?|battalions?|regiments?|forces?|troops|soldiers?|fighters?|members?|men|personnel|officers?|guards?)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:holds?|mans?|runs?|operates?|controls?|has|have|is stationed|are stationed|is deployed|are deployed)\s+(?:an?|any)\s+(?:[\w'’-]+\s+)?(?:checkpoints?|posts?|positions?|barriers?|roadblocks?|bases?)\b/i;
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|(?:is|are|was|were) (?:(?:completely|entirely|totally|wholly|utterly|absolutely|simply) )?(?:false|untrue|baseless|unfounded|fabricated|inaccurate|incorrect|groundless)|not true|verdict: false|never (?:entered|crossed|happened|took place|reached|fell|held|seized|escaped|left|took)|(?:did not|didn't|has not|have not) (?:all |both )?(?:carry out|conduct|launch|carried out|conducted|launched|strike|struck|enter|entered|cross|crossed|seize|seized|withdraw|withdrawn|leave|left|evacuate|evacuated|kill|killed|happen|happened|occur|occurred|take place|taken place)|no such (?:[\w'’-]+\s+){1,2}?(?:occurred|happened|took place|has (?:occurred|happened|taken place))|no (?:[\w'’-]+\s+)?(?:attacks?|strikes?|incidents?|clash(?:es)?|explosions?|shelling|bombardment) (?:took place|has taken place|had taken place|occurred|has occurred|happened|has happened))\b/i;
const denies = (text: string) => DENIAL.test(text) || NO_UNIT_HOLDS.test(text);
/**
 * A denial that names what it denies only by pointing back ("No such incident occurred", "This
 * did not happen", "Nothing of the kind took place"): its matter is the sentence before it, the
 * claims it says it is aware of, as an answer's is the question before it.
 */
const POINTS_BACK = new RegExp(
  [
    String.raw`\b(?:no such|nothing of the (?:sort|kind))\b|^\s*(?:this|that|it)\s+(?:did not|didn't|never)\s+(?:happen|occur|take place)\b`,
    // "The governor denied that this afternoon", "the ministry denied it in a statement": the
    // pronoun is the denied thing, not the opening of a clause that names it.
    String.raw`\bden(?:y|ies|ied|ying)\s+(?:this|that|it)(?=\s*(?:[,.;]|$)|\s+(?:and|but|today|tonight|yesterday|later|earlier|flatly|outright|categorically|strongly|in a statement|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening)\b(?!['’])))`,
  ].join("|"),
  "i",
);
const STOP = new Set(
  "that this with from were have been they their them there which what when where while also said says told according report reports reported claim claims claimed false true denied denies denying deny verdict would could should about after before into over under than then more most some such only other another every being those these these since because during against between through people further group ministry statement spokesman official officials sources source security forces force isis daesh islamic state syrian iraqi government army military local news agency added least none never untrue baseless kind been complaint".split(
    " ",
  ),
);
/** Words of one matter said in other words: paid and money are a bribe, found and discovered one finding. */
const CONCEPT: [RegExp, string][] = [
  [
    /^(?:paid|pay|pays|paying|bribe|bribes|bribed|bribery|money|dollars|cash|accept|accepts|accepted)$/,
    "bribe",
  ],
  [/^(?:found|find|finding|discovered|discover|uncovered)$/, "find"],
  [/^(?:entered|enter|entering|stormed|overran)$/, "enter"],
  // Those who attack, named as each register names them: "terrorists" in a state's words, "ISIS
  // fighters" or "militants" in a monitor's, "gunmen" in a witness's.
  [
    /^(?:terrorists?|fighters?|militants?|gunmen|jihadists?|insurgents?|attackers?|assailants?|extremists?)$/,
    "militant",
  ],
  [/^(?:held|hold|holding|control|controlled|captured|seized)$/, "hold"],
  [
    /^(?:escaped|escape|escapes|escapees|fled|flee|fleeing|flight|left|leave|leaving|broke|breakout|jailbreak|closure|closures|vacated|withdrew)$/,
    "leave",
  ],
  [/^(?:crossed|cross|crossing|infiltrated|infiltration|infiltrator|infiltrators)$/, "cross"],
  [/^(?:guards|guard|guarded|wardens|warden)$/, "guard"],
  [/^(?:tunnel|tunnels)$/, "tunnel"],
  // A denial of "casualties" is answered by an account of the dead.
  [/^(?:killed|kill|killing|dead|died|deaths|toll|martyred|bodies|body|casualties|casualty)$/, "kill"],
  // "Fighting" denied, "heard the firing" told: one exchange of fire in other words.
  [/^(?:fighting|fight|fought|firing|gunfire|clash|clashes|clashed|battle|battles)$/, "fight"],
  // "an air strike" and "aircraft struck", "a breakout" and "fled": one matter in other words.
  [/^(?:strike|strikes|struck|striking|airstrike|airstrikes|bombed|bombing|bombard|bombarded)$/, "strike"],
  [/^(?:air|aircraft|warplane|warplanes|jets|aviation)$/, "air"],
  [/^(?:neighbourhood|neighborhood|quarter|district)$/, "quarter"],
];
const stemOf = (w: string) => CONCEPT.find(([re]) => re.test(w))?.[1] ?? w.replace(/(?:ing|ed|es|s)$/, "");
/**
 * "Entered Iraqi territory", "set foot on our soil": entering a country is crossing its border,
 * one matter with "crossed from the Syrian side" (entering a village or a base is not).
 */
const INTO_COUNTRY =
  /\b(?:entered|enter|enters|entering|set foot on|sets foot on|setting foot on)\s+(?:(?:the|our|its|their|[a-z]+n|[a-z]+i|[a-z]+ian)\s+){0,2}(?:territory|soil)\b/g;
export const intoCountry = (folded: string) => folded.replace(INTO_COUNTRY, "crossed");
/**
 * "An armed group", "armed men", "an armed gang": those who attack named by what they carry, one
 * matter with "gunmen" or "militants" (a denial that "an armed group crossed" answers "gunmen who
 * crossed"). "The armed forces" are an army, and stay.
 */
const ARMED_BAND = /\barmed (?:groups?|men|gangs?|bands?|elements?|cells?)\b/g;
/**
 * A country's adjective points at the country ("the Polish contingent", "Poland will withdraw"):
 * the word is kept, and the country's name is added as a place of the matter.
 */
const COUNTRY_OF_DEMONYM = new Map(
  LEXICON.filter((e) => e.kind === "country").flatMap((e) =>
    (e.demonyms ?? []).map((d) => [fold(d), `@${fold(e.name)}`] as const),
  ),
);
function wordsOf(s: Said, text: string): string[] {
  const names = new Set(s.places.flatMap((p) => p.name.split(" ")));
  const out: string[] = [];
  for (const w of intoCountry(fold(text)).replace(ARMED_BAND, "gunmen").split(" ")) {
    if (names.has(w)) out.push(`@${w}`);
    else if (w.length >= 4 && !STOP.has(w) && !/^\d/.test(w)) out.push(stemOf(w));
    else if (w === "air") out.push("air");
    const country = COUNTRY_OF_DEMONYM.get(w);
    if (country && !names.has(w)) out.push(country);
  }
  return out;
}
const matterOf = (s: Said) => new Set(wordsOf(s, s.text));
/** What a denial says is not so: "the claim that X is false", "denied (reports that) X", "never X". */
const DENIED_CLAUSE = [
  /\b(?:claims?|reports?|allegations?|posts?|rumou?rs?|news|information|stor(?:y|ies))\s+(?:[^,.;]{0,60}?\s)?that\s+([^.;]+?)\s+(?:is|are|was|were)\s+(?:(?:completely|entirely|totally|wholly|utterly|absolutely|simply)\s+)?(?:false|untrue|baseless|unfounded|fabricated|inaccurate|incorrect|groundless)\b/gi,
  // "Reports circulated on social media about fighting and casualties are baseless", "reports of
  // further base closures are inaccurate": what the reports tell of is what is denied (a "that"
  // clause, read above, is the claim itself: its "of" is inside it).
  /\b(?:claims?|reports?|allegations?|posts?|rumou?rs?|news|information|stor(?:y|ies))\s+(?:(?:(?!\bthat\b)[^,.;]){0,60}?\s)?(?:about|of)\s+([^.;]+?)\s+(?:is|are|was|were)\s+(?:(?:completely|entirely|totally|wholly|utterly|absolutely|simply)\s+)?(?:false|untrue|baseless|unfounded|fabricated|inaccurate|incorrect|groundless)\b/gi,
  // "Denies media reports that ...": the reports may be qualified by a word or two.
  /\bden(?:y|ies|ied|ying)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:reports?|claims?|allegations?)\s+(?:[^.;]{0,60}?\s)?that\s+)?([^,.;]+)/gi,
  /\bnever\s+([^,.;]+)/gi,
  /\b(?:did not|didn't|has not|have not)\s+([^,.;]+)/gi,
];
/**
 * "Reports that about a thousand American soldiers remain at the base are inaccurate", "claims of
 * 40 infiltrators are false": a figure inside what the sentence calls wrong is told to be denied.
 * The spans (start, end) of such clauses in a text.
 */
const FALSE_CLAUSES = DENIED_CLAUSE.slice(0, 2);
const falseSpans = (text: string) =>
  FALSE_CLAUSES.flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const));
/**
 * "That a decision has been taken to withdraw the contingent": what is denied is the withdrawal the
 * decision would order; the decision is its frame, not its subject.
 */
const DECISION_FRAME =
  /^\s*(?:a|the|any)\s+(?:final\s+|formal\s+)?(?:decision|order)\s+(?:(?:has|had)\s+been|was|is)\s+(?:taken|made|adopted|issued|given)\s+to\s+/i;
/** The denied clauses' words, and the first of each: what the denial is about. */
function deniedOf(s: Said): { words: Set<string>; subjects: Set<string> } | null {
  const clauses = DENIED_CLAUSE.flatMap((re) =>
    [...s.text.matchAll(re)].map((m) => (m[1] ?? "").replace(DECISION_FRAME, "")),
  );
  const words = clauses.map((c) => wordsOf(s, c)).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return { words: new Set(words.flat()), subjects: new Set(words.map((w) => w[0] as string)) };
}

// --- Linking ------------------------------------------------------------------------------------

const label = (kind: string) => {
  const [k, of] = kind.split(":");
  const whose = of ? ` (${of})` : "";
  switch (k) {
    case "killed":
      return `The number killed${whose}`;
    case "wounded":
      return `The number wounded${whose}`;
    case "escaped":
      return "The number who escaped or are at large";
    case "crossed":
      return "The number who crossed";
    case "party":
      return of === "escaped" ? "The number who escaped or tried to" : "The number who crossed or tried to";
    case "arrested":
      return "The number arrested";
    case "returned":
      return "The number returned home";
    case "held":
    case "holds":
      return "How many people are held";
    case "seized":
      return `The quantity seized, in ${of}`;
    case "moved":
      return `The quantity moved across, in ${of}`;
    case "troops":
      return `How many ${nationName(of)} troops remain`.replace("  ", " ");
    case "withdrawn":
      return `How many ${nationName(of)} troops have left`.replace("  ", " ");
    case "fighters": {
      const group = GROUP_NAMES[of ?? ""] ?? "the group";
      return `How many fighters ${group} has`;
    }
    case "lost":
      return `How many ${of === "police" ? "police" : `${of}s`} have left the force`;
    case "foiled":
      return "The number of attempts foiled";
    case "attacks":
      return "The number of attacks";
    case "unchecked":
      return `How many ${of} passed without inspection`;
    case "run": {
      const [vehicles, per] = (of ?? "").split("/");
      return `How many ${vehicles} run across each ${per}`;
    }
    case "length":
      return `How long the ${of} is, in kilometres`;
    case "watched":
      return "How much of the border is watched, in kilometres";
    case "unbuilt":
      return "How much of the border has no wall or fence yet, in kilometres";
    case "cut":
      return `How far the ${of} was cut, in per cent`;
    case "out-of-service":
      return `How many ${of} were out of service`;
    case "working":
      return `How many ${of} were working`;
    case "unequipped":
      return `How many ${of} stand without the equipment said to be fitted`;
    default:
      return "The figure reported";
  }
};
/**
 * A hospital that received the dead or treated the wounded ("The Qamishli National Hospital
 * received the bodies of five guards") tells the toll; it is no scene of the event to name a
 * conflict by.
 */
const CARE = /\b(?:hospital|clinic|morgue|medical (?:centre|center|city|complex))\b/i;
const RECEIVED =
  /\b(?:received|admitted|treated|taken to|brought to|transferred to|rushed to|evacuated to)\b/i;
export const careOnly = (sentence: string, place: string) => CARE.test(place) && RECEIVED.test(sentence);

/** Whether a sentence says a force stays at a place: "remain at Erbil", "are stationed in Harir". */
const standsAt = (folded: string, name: string) =>
  new RegExp(
    String.raw`\b(?:remain|remains|remained|stay|stays|stayed|stationed|based|deployed)\s+(?:[\w'’-]+\s+){0,2}?(?:at|in)\s+(?:the\s+)?${escapeRegExp(name)}\b`,
  ).test(folded);
/**
 * "121, not 212, since the larger figure wrongly added 91 people handed over at the Al-Qaim
 * crossing": a place named only after another count of the sentence is where that count was made,
 * not where the disputed figure is counted (here the whole border's year). Told of the place when
 * the number nearest before its first mention is another count than the figure (or the one it
 * rejects); a year, a day of a month, a road's or a unit's number is no count.
 */
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:${MONTH_RE})\b`, "i");
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_RE})\s*$`, "i");
const LABEL_BEFORE =
  /\b(?:highway|route|road|gate|sector|camp|checkpoint|no|number|unit|brigade|division|regiment)\s*$/;
function otherCountsPlace(f: FigureClaim, name: string): boolean {
  const text = f.said.folded;
  const at = ` ${text} `.indexOf(` ${name} `);
  if (at < 0) return false;
  let last: number | undefined;
  for (const m of text.slice(0, at).matchAll(/\b\d{1,3}(?: \d{3})+\b|\b\d+\b/g)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const n = Number(m[0].replace(/ /g, ""));
    if (/^\d{4}$/.test(m[0]) && n >= 1900 && n <= 2100) continue;
    if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before) || LABEL_BEFORE.test(before)) continue;
    // A count: a number before a word of what it counts.
    if (!/^\s+[a-z]/.test(after)) continue;
    last = n;
  }
  return last !== undefined && ![f.value, f.lo, f.hi, f.rejects].includes(last);
}
const placeName = (g: readonly FigureClaim[]) => {
  // Named where it happened, not where those who did it came from ("crossed from Syria").
  // A force is counted where it stands, never in its own country ("the United States keeps about
  // 2,500 troops in the Kurdistan Region").
  const home = (f: FigureClaim, name: string) =>
    NATIONS.some(
      ([n, re]) => f.kind === `troops:${n}` && re.test(name.replace(/\b\w/g, (c) => c.toUpperCase())),
    );
  const each = g.map((f) =>
    originOf(f.said).filter(
      (x) => !home(f, x.name) && !careOnly(f.said.text, x.name) && !otherCountsPlace(f, x.name),
    ),
  );
  // A place every side names is where they disagree, before one only a side names; then a place
  // a force is said to stand at ("left Baghdad, and some 1,500 now remain at Erbil"), not one it
  // left.
  const shared = each[0]?.find((x) => each.every((ps) => ps.some((y) => y.name === x.name)));
  const stands = g.flatMap((f, i) => (each[i] ?? []).filter((x) => standsAt(f.said.folded, x.name)))[0];
  const p = shared ?? stands ?? each.flat()[0];
  if (!p) return "";
  // Troops remain in a country or a region (a desert, a governorate: a place with an extent), and a
  // force was cut at a camp or a town.
  const within =
    /^(?:country|governorate|region)\//.test(p.id ?? "") ||
    /\bregion$/i.test(p.name) ||
    (p.id !== null && extentOf(p.id) !== undefined);
  const name = p.name.replace(/\b\w/g, (c) => c.toUpperCase());
  // Those returned home are counted from where they came ("from Syria"), not where they went.
  if (g[0]?.kind === "returned") return ` from ${within ? areaName(name) : name}`;
  return within ? ` in ${areaName(name)}` : ` at ${name}`;
};
/**
 * An area's name as a title says it after "in": with "the" before a name that ends in a common
 * noun of land ("in the Syrian Desert", "in the Hamrin Mountains"), bare otherwise ("in Kirkuk").
 */
const COMMON_LAND =
  /\b(?:desert|region|mountains?|hills|valley|plains?|steppe|countryside|basin|heights|range|marshes|badia|jazira)$/i;
export const areaName = (name: string) =>
  COMMON_LAND.test(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
/** A figure in an analytic line: "1,400", and "zero" for an account of none. */
export const show = (v: number) => (v === 0 ? "zero" : v.toLocaleString("en-GB"));
const sideOf = (f: FigureClaim) =>
  f.worded
    ? `figure of ${f.worded}`
    : f.hi === Number.POSITIVE_INFINITY
      ? `figure of at least ${show(f.lo)}`
      : f.lo === f.hi
        ? `figure of ${show(f.value)}`
        : f.lo === 0
          ? `figure of under ${show(f.hi)}`
          : // "between 1,000 and 1,500": a range told as such, its figure its lower end.
            f.value === f.lo && f.hi > f.lo
            ? `figure of ${show(f.lo)} to ${show(f.hi)}`
            : `figure of about ${show(f.value)}`;

/**
 * An article's correction stands for the figure it corrects: it takes that figure's place and
 * window (its own date is the correction's), and the corrected figure is dropped.
 */
function revised(figures: FigureClaim[]): FigureClaim[] {
  const dropped = new Set<FigureClaim>();
  const out = figures.map((f) => {
    if (!f.said.correction) return f;
    const first = figures.find(
      (g) =>
        !g.said.correction &&
        g.kind === f.kind &&
        g.said.report.articleId === f.said.report.articleId &&
        !g.said.cumulative,
    );
    if (!first)
      return {
        ...f,
        said: {
          ...f.said,
          window: [f.said.window[0] - ARTICLE_DAYS * DAY, f.said.window[1]] as [number, number],
        },
      };
    dropped.add(first);
    return {
      ...f,
      said: { ...f.said, places: first.said.places, window: first.said.window, dated: first.said.dated },
    };
  });
  // One account's later figure of a thing revises its earlier one: only the latest stands.
  return out.filter(
    (f, i) =>
      !dropped.has(f) &&
      !out.some(
        (g, j) =>
          j > i &&
          g.kind === f.kind &&
          g.said.report.articleId === f.said.report.articleId &&
          g.said.report.sentence > f.said.report.sentence &&
          // "Three of them remain at large": a part of the group told before, no revision of its count.
          (!g.part || f.part) &&
          g.said.cumulative === f.said.cumulative &&
          !g.said.correction &&
          // "A figure the organisers have not been able to reconcile with the first": no revision.
          !discrepant(g.said.text) &&
          // "The camp administration's own count recorded five": another party's figure, no revision.
          ownCount(g.said.text) === ownCount(f.said.text) &&
          // "Annex B, table 3, gives 48": a part of the document cited apart, no revision.
          partCited(g.said.text) === partCited(f.said.text) &&
          [...f.said.speakers].join() === [...g.said.speakers].join() &&
          windowsMeet(f.said, g.said) &&
          // A round-up's count at another place is another event's, no revision.
          scenesMeet(f.said, g.said),
      ),
  );
}

const span = (s: Said) => s.window[1] - s.window[0];
/**
 * Two figures count the same thing over the same time. A tally over a period ("48 attacks in the
 * first ten months") and a count of a month or one event inside it are a whole and its part; two
 * periods are one when they overlap for most of the longer. A tally of none over a period ("not one
 * infiltrator has crossed since the beginning of the year") is denied by any count of an event
 * inside it.
 */
function sameTally(a: FigureClaim, b: FigureClaim): boolean {
  // A cut "since June" is a change from then, not a tally since then: its window meeting the
  // other's is enough.
  if (a.kind.startsWith("cut:")) return true;
  // Two tallies over periods ("73 attacks between 1 June and 28 November", "no more than 20
  // since June") are one when they overlap for most of the longer, whichever is told as running
  // to date.
  if (a.said.period && b.said.period) return overlapsMostly(a, b);
  // "Only three lorries passed unchecked in the period the auditors examined": a count told over
  // the period of the tally it answers is of that period (their windows meet, checked apart).
  if (a.said.period !== b.said.period && (a.said.period ? b : a).said.answers) return true;
  if (a.said.cumulative !== b.said.cumulative) {
    const [none, event] = a.said.cumulative ? [a, b] : [b, a];
    return noneOver(none, event);
  }
  if (!a.said.period && !b.said.period) return true;
  // "No escape during November" and an escape on 21 November: none over a period is denied by an
  // event inside it; a count over it ("1.4 million pills during November") holds one day's and more.
  const [over, event] = a.said.period ? [a, b] : [b, a];
  return noneOver(over, event) || overlapsMostly(a, b);
}
/** A figure of none over a period, and a dated count of some inside it. */
const noneOver = (none: FigureClaim, event: FigureClaim) =>
  none.hi === 0 &&
  event.lo > 0 &&
  event.said.dated &&
  event.said.window[0] >= none.said.window[0] - DAY &&
  event.said.window[1] <= none.said.window[1] + DAY;
function overlapsMostly(a: FigureClaim, b: FigureClaim): boolean {
  const overlap = Math.min(a.said.window[1], b.said.window[1]) - Math.max(a.said.window[0], b.said.window[0]);
  return overlap >= 0.5 * Math.max(span(a.said), span(b.said));
}

/**
 * A round-up tells of several events: "In Hasakah city, shells fell near a prison. One guard was
 * slightly wounded" and "two attacks near Al-Shuhayl, in which one of our members was martyred".
 * Another account's toll of the prison attack is set against the round-up's figure at its scene,
 * not the one told of another place: `a` is elsewhere for `b` when their scenes (named or just
 * before named) are apart and a figure of the same kind in `a`'s article is at `b`'s scene.
 */
const elsewhere = (a: FigureClaim, b: FigureClaim, fs: readonly FigureClaim[]) =>
  !scenesMeet(a.said, b.said) &&
  fs.some(
    (c) =>
      c !== a &&
      c.said.report.articleId === a.said.report.articleId &&
      c.said.report.key !== a.said.report.key &&
      // Another sentence than `b`'s: one article relaying two accounts has `b`'s own figures there.
      c.said.report.key !== b.said.report.key &&
      sceneOf(c.said).length > 0 &&
      scenesMeet(c.said, b.said),
  );

/**
 * "Earlier this month, the ministry announced the seizure of 300,000 pills in the Palmyra desert": a
 * sentence that dates itself back from its article's story tells of another, earlier event, dated
 * only to a loose stretch of weeks. Its time no longer places it; only a place named by both
 * accounts sets its figure against another's.
 */
const EARLIER =
  /^\s*(?:earlier\s+(?:this|last|that)\s+(?:week|month|year)|earlier\s+in\s+(?:the|this)\s+(?:week|month|year)|last\s+(?:week|month|year))\b/i;
const looselyDated = (a: FigureClaim, b: FigureClaim) =>
  (EARLIER.test(a.said.text) || EARLIER.test(b.said.text)) &&
  (a.said.places.length === 0 || b.said.places.length === 0);

/**
 * A figure told with its own day and its own place ("seized 1.9 million pills in a warehouse in the
 * Daraa countryside on 16 December") is its own event: it meets another account's window only where
 * the two overlap or touch (the next day), never across a whole day between them through the slack
 * that loosely dated accounts get (a press review's day, a story's night that runs into the next
 * morning). A night ("on the night of 24 November") may still run into the next day.
 */
const pinned = (s: Said) =>
  s.places.length > 0 && (DAY_MONTH.test(s.text) || MONTH_DAY.test(s.text)) && !/\bnight\b/i.test(s.text);
const pinnedApart = (a: Said, b: Said) =>
  (pinned(a) || pinned(b)) && (a.window[0] > b.window[1] || b.window[0] > a.window[1]);
/** Figures of one kind, place and window whose intervals cannot both hold, from two accounts. */
/**
 * "What happened was a failed attempt by two gunmen to approach the wall, and both were killed": a
 * speaker's account told as what happened, against the reports it answers, is of the event those
 * reports tell, though it repeats neither their day nor their place. Any other figure needs a day
 * or a place of its own to be set against another.
 */
const WHAT_HAPPENED =
  /^\W*(?:(?:but|and)\s+)?(?:what\s+(?:really\s+|actually\s+|in fact\s+)?happened\s+(?:was|is)|the\s+truth\s+is\s+that)\b/i;
const situated = (s: Said) => s.dated || s.places.length > 0 || WHAT_HAPPENED.test(s.text);
function figureConflicts(
  read: FigureClaim[],
  used: Set<string>,
  grader: ClaimGrader,
  weigh: Weigh,
): Conflict[] {
  const out: Conflict[] = [];
  // A none-killed implied by a light wound stands only where its article counts no dead of that side.
  const stated = read.filter((f) => !f.implied && f.kind.startsWith("killed:") && f.lo > 0);
  const figures = revised(
    read.filter(
      (f) =>
        !f.implied ||
        !stated.some(
          (g) =>
            g.said.report.articleId === f.said.report.articleId &&
            (g.kind === f.kind || g.kind === "killed:") &&
            // A round-up's dead at another place are another event's, and a tally of the year's
            // dead ("187 killed since January") counts no dead of this one event.
            scenesMeet(f.said, g.said) &&
            g.said.cumulative === f.said.cumulative &&
            g.said.period === f.said.period,
        ),
    ),
  );
  const byKind = new Map<string, FigureClaim[]>();
  for (const f of figures) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  // A toll that names no side ("the bodies of three men killed in the clash") counts all the dead
  // it knows of, so it cannot be below one side's toll of the same event ("killed five
  // smugglers"); above it, it may count others too, and says nothing against it. "One of the
  // dead" is a part of a toll, no toll.
  const unnamed = (byKind.get("killed:") ?? []).filter((f) => !f.part);
  for (const [kind, fs] of byKind)
    if (kind.startsWith("killed:") && kind !== "killed:" && unnamed.length > 0)
      byKind.set(kind, [...fs, ...unnamed]);
  // "The bodies of ten infiltrators" and "killed five smugglers" (or "five ISIS fighters") count
  // one side: those crossing, named by the border force's word or by what they carried. Each
  // infiltrators' toll stands against the tolls of both, as a toll of the same people.
  const crossing = byKind.get(`killed:${INFILTRATORS}`) ?? [];
  for (const kind of ["killed:smugglers", "killed:militants"])
    if (crossing.length > 0 && byKind.has(kind)) byKind.set(kind, [...(byKind.get(kind) ?? []), ...crossing]);
  // The coalition's departures take in those of each of its countries: fewer coalition troops
  // gone than one country's is a contradiction, more is not.
  const coalition = byKind.get("withdrawn:coalition") ?? [];
  for (const [kind, fs] of byKind)
    if (
      kind.startsWith("withdrawn:") &&
      !["withdrawn:", "withdrawn:coalition"].includes(kind) &&
      coalition.length
    )
      byKind.set(kind, [...fs, ...coalition]);
  // "Some 31,000 people were still held in the Al-Hol camp at the end of December" and "the camp had
  // 24,600 residents on 31 December": a site's population its sentence dates by its own words to a
  // day or a month is the count of those held there then, set against another account's count of
  // the same days. Populations told with no date of their own stay apart (see `loose` below).
  const datedHolds = (byKind.get("holds") ?? []).filter(
    (f) =>
      !f.part &&
      !f.said.period &&
      !f.said.cumulative &&
      f.said.window[1] - f.said.window[0] <= 31 * DAY &&
      OWN_DATE.some((re) => re.test(f.said.text)),
  );
  if (datedHolds.length > 0) byKind.set("held", [...(byKind.get("held") ?? []), ...datedHolds]);
  // Those another account says tried and failed ("14 rioted, none escaped") are the party an
  // account of the act counts ("about 60 escaped"): a party of another size stands against it.
  for (const act of ["escaped", "crossed"]) {
    const party = byKind.get(`party:${act}`) ?? [];
    if (party.length > 0 && byKind.has(act)) byKind.set(act, [...(byKind.get(act) ?? []), ...party]);
  }
  // A toll that says its dead were not of a side ("shepherds, not smugglers") stands against that
  // side's toll of the event, whatever the two figures.
  for (const f of figures)
    if (f.contests && byKind.has(`killed:${f.contests}`))
      byKind.set(`killed:${f.contests}`, [...(byKind.get(`killed:${f.contests}`) ?? []), f]);
  // "Put the number at up to 3,000. An official told me the real figure was fewer than 800": the
  // second says the first is wrong, though "up to" and "fewer than" bound the same low counts.
  const disputed = (x: FigureClaim, y: FigureClaim) =>
    x.disputes === true &&
    x.said.report.articleId === y.said.report.articleId &&
    y.said.report.sentence === x.said.report.sentence - 1 &&
    x.value !== y.value;
  // "The UN's monitors estimate that about 3,000 fighters are active. The ministry says fewer than
  // 1,000 remain": a speaker's count of those who remain, told right after a figure its article
  // gives no speaker, is that speaker's account against it.
  const restatedBy = (x: FigureClaim, y: FigureClaim) =>
    x.elided === true &&
    x.said.speakers.size > 0 &&
    y.said.speakers.size === 0 &&
    x.said.report.articleId === y.said.report.articleId &&
    y.said.report.sentence === x.said.report.sentence - 1;
  const contested = (a: FigureClaim, b: FigureClaim) =>
    (a.contests !== undefined && b.kind === `killed:${a.contests}`) ||
    (b.contests !== undefined && a.kind === `killed:${b.contests}`) ||
    disputed(a, b) ||
    disputed(b, a);
  // Of a whole ("killed:", the coalition) and its part, only the whole below the part clashes.
  const whole = (k: string) => k === "killed:" || k === "withdrawn:coalition";
  const peers = (a: FigureClaim, b: FigureClaim) =>
    a.kind === b.kind ||
    a.kind === `killed:${INFILTRATORS}` ||
    b.kind === `killed:${INFILTRATORS}` ||
    a.kind === `party:${b.kind}` ||
    b.kind === `party:${a.kind}`;
  // A whole frontier's count holds each sector's: only a whole below a sector's count clashes.
  // A figure called wrong clashes with another account's figure it meets ("about 1,000 US personnel
  // remained" against "reports that about a thousand remain are inaccurate"), with no other.
  const below = (a: FigureClaim, b: FigureClaim) =>
    a.denied || b.denied
      ? a.denied !== b.denied && a.lo <= b.hi && b.lo <= a.hi
      : contested(a, b) ||
        (a.said.whole !== b.said.whole
          ? a.said.whole
            ? a.hi < b.lo
            : b.hi < a.lo
          : peers(a, b)
            ? b.hi < a.lo || a.hi < b.lo
            : whole(a.kind)
              ? a.hi < b.lo
              : b.hi < a.lo);
  for (const [kind, fs] of byKind) {
    // What a site holds and who left it are told to say what a figure is not (an escape, a toll):
    // of subgroups and dates too loose to set one against another. Those recaptured are counted
    // by the older finder of tolls.
    // A body's correction of its own figure of those returned, told just after it, is the one
    // such count set against another (see REAL_FIGURE); so is a site's population the teller
    // counted itself, told right after another's figure of it.
    const loose = kind === "holds" || kind === "returned" || kind === "recaptured";
    if (loose && !((kind === "returned" || kind === "holds") && fs.some((f) => f.disputes))) continue;
    const seen = new Set<string>();
    for (let i = 0; i < fs.length; i++) {
      const a = fs[i] as FigureClaim;
      // Every figure that meets `a` (same thing) from another account and cannot both hold.
      const against = fs.filter(
        (b, j) =>
          j !== i &&
          // "The real figure will be closer to 700": a figure told as the true one against the one
          // just before it is another account, though its article names no speaker for the first.
          (loose
            ? disputed(a, b) || disputed(b, a)
            : twoAccounts(a.said, b.said) ||
              disputed(a, b) ||
              disputed(b, a) ||
              restatedBy(a, b) ||
              restatedBy(b, a)) &&
          // One article relaying two speakers tells of its one story; troops are counted by
          // country, though (troops left in Kurdistan and those in Syria are two figures).
          ((a.said.report.articleId === b.said.report.articleId && !kind.startsWith("troops")) ||
            figurePlacesMeet(a.said, b.said)) &&
          !looselyDated(a, b) &&
          !elsewhere(a, b, fs) &&
          !elsewhere(b, a, fs) &&
          // A count the teller sets right against the figure before it ("Our own registration,
          // completed on 14 December, counted 23,150" after the camp's 19,400 "at the end of
          // November") is of the same thing a few weeks on: the article weighs one against the other.
          (windowsMeet(a.said, b.said) ||
            ((disputed(a, b) || disputed(b, a)) && windowsNear(a.said, b.said, SET_AGAINST_REACH))) &&
          !pinnedApart(a.said, b.said) &&
          !siteKindsApart(a.said.report, b.said.report) &&
          sameTally(a, b) &&
          // A force's or a group's strength is a standing count, of no one day nor place; so is a
          // rate of vehicles run across ("60 tankers a night now make the trip").
          (kind.startsWith("troops") ||
            kind.startsWith("fighters:") ||
            kind.startsWith("run:") ||
            // So is the stretch of frontier a line of towers or cameras watches.
            kind === "watched" ||
            (situated(a.said) && situated(b.said))) &&
          below(a, b),
      );
      if (against.length === 0) continue;
      const group = [a, ...against].filter(
        (f, k, all) => all.findIndex((x) => x.said.report.key === f.said.report.key) === k,
      );
      if (![...group].some((f) => used.has(f.said.report.articleId))) continue;
      const key = group
        .map((f) => f.said.report.key)
        .sort()
        .join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const claims = group.map((f) => ({
        ...grader.claim(f.said.report, f.denied ? "denies" : "figure"),
        value: f.value,
      }));
      const sides = new Map<string, ConflictClaim[]>();
      group.forEach((f, k) => {
        const s = f.denied ? `denial of the ${sideOf(f)}` : sideOf(f);
        sides.set(s, [...(sides.get(s) ?? []), claims[k] as ConflictClaim]);
      });
      out.push({
        id: `claim:${kind}:${a.said.report.key}`,
        kind: "figures",
        topic: `${label(kind)}${placeName(group)}`,
        factor: null,
        claims,
        ...weigh([...sides], new Map(group.map((f) => [f.said.report.key, f.said.report]))),
      });
    }
  }
  return out;
}

/**
 * Accounts of one raid that count the same people detained and name them apart: a command's "three
 * ISIS members were detained during the operation" against a monitor's "the forces arrested three
 * people from the same family". The same count, told of the same days at places that meet, by two
 * accounts, is one group of detainees named two ways, militants by one and civilians by the other.
 * Counts that differ may be two groups (the militants and, beside them, their relatives), and say
 * nothing against each other.
 */
function detaineeConflicts(
  figures: FigureClaim[],
  used: Set<string>,
  grader: ClaimGrader,
  weigh: Weigh,
): Conflict[] {
  const held = (side: string) =>
    figures.filter(
      (f) =>
        f.kind === `arrested:${side}` &&
        f.said.dated &&
        f.lo === f.hi &&
        !f.part &&
        !f.denied &&
        !f.said.period,
    );
  const out: Conflict[] = [];
  for (const a of held("militants")) {
    const against = held("civilians").filter(
      (b) =>
        b.value === a.value &&
        twoAccounts(a.said, b.said) &&
        windowsMeet(a.said, b.said) &&
        placesMeet(a.said, b.said) &&
        !siteKindsApart(a.said.report, b.said.report),
    );
    const b = against[0];
    if (!b || ![a, b].some((f) => used.has(f.said.report.articleId))) continue;
    const claims = [grader.claim(a.said.report, "asserts"), grader.claim(b.said.report, "denies")];
    out.push({
      id: `claim:detained:${a.said.report.key}`,
      kind: "accounts",
      topic: `Who was detained${placeName([a, b])}: militants or civilians`,
      factor: null,
      claims,
      ...weigh(
        [
          ["account that they were militants", claims.slice(0, 1)],
          ["account that they were civilians", claims.slice(1)],
        ],
        new Map([a, b].map((f) => [f.said.report.key, f.said.report])),
      ),
    });
  }
  return out;
}

/**
 * "No group has entered Iraqi territory", "not one of them set foot on our soil", "not one of them
 * got past our wall": a denial that
 * anyone crossed at all. Naming neither place nor date, it answers any account of a crossing told
 * in the week before it, however few words the two share besides the crossing.
 */
const SWEEPING =
  /\b(?:no|not one|none|nobody|no one)\b(?:\s+[a-z]+){0,4}?\s+(?:has\s+|have\s+|had\s+|ever\s+)?(?:crossed|got (?:past|through)|made it (?:past|through|across))\b|\bno (?:breach|infiltration|incursion|crossing)(?:es|s)?(?: of (?:the |our )?[a-z]+)? (?:has |had )?(?:occurred|took place|taken place|happened)\b/;
const CROSSED = /\b(?:crossed|infiltrated)\b/;
/**
 * The traces of a crossing seen on the ground: "40 fresh vehicle tracks running from the Syrian side
 * through the breach", "footprints leading from the other side". Tracks that come from across the
 * line tell that someone crossed, an account a sweeping denial answers; tracks along the wall or
 * from a patrol road tell nothing of a crossing.
 */
const CROSSING_TRACES =
  /\b(?:tracks|footprints|tyre marks|tire marks)\s+(?:running|leading|coming|heading)\s+(?:in\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+)?side\b/;
export const sweepingCrossing = (text: string) => SWEEPING.test(intoCountry(fold(text)));
/** A denial opening on a pronoun for its subject, after a speaker's label: "Umm Omar, 56: They did not all leave". */
const PRONOUN_DENIES =
  /^(?:[A-Z][^:]{0,60}:\s+)?(?:they|he|she|it)\s+(?:did not|didn't|have not|haven't|has not|hasn't|never)\b/i;
const recent = (a: Said, d: Said) => {
  const published = Date.parse(d.report.publishedAt ?? "") || d.window[1];
  return a.window[1] <= published + DAY && a.window[1] >= published - 7 * DAY;
};
/**
 * "Poland will withdraw its soldiers by the end of June 2027, sources told the agency": a plan told
 * for a date to come is a decision that stands when it is told. A denial that such a decision has
 * been taken answers it when it was told, not at the date it names.
 */
const INTENT =
  /\b(?:will|is to|are to|plans? to|planning to|intends? to|is set to|are set to|is due to|are due to)\b/i;
const decidedWhenTold = (a: Said, told: Said) => {
  const at = Date.parse(a.report.publishedAt ?? "");
  return (
    !Number.isNaN(at) &&
    a.window[0] > at + DAY &&
    INTENT.test(a.text) &&
    told.window[0] <= at + DAY &&
    at <= told.window[1] + DAY
  );
};
/** Each denial set against the nearest assertion of its matter from another account. */
function denialConflicts(said: Said[], used: Set<string>, grader: ClaimGrader, weigh: Weigh): Conflict[] {
  const out: Conflict[] = [];
  const matters = new Map(said.map((s) => [s.report.key, matterOf(s)]));
  // Rare words tell a matter apart: each shared word weighs by how few sentences hold it.
  const df = new Map<string, number>();
  for (const m of matters.values()) for (const w of m) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log((said.length + 1) / (df.get(w) ?? 1));
  const byKey = new Map(said.map((s) => [s.report.key, s]));
  for (const d of said) {
    if (!(denies(d.text) || sweepingCrossing(d.text)) || d.correction || QUESTION.test(d.text)) continue;
    const clause = deniedOf(d);
    const own = clause?.words ?? matters.get(d.report.key) ?? new Set<string>();
    // "Q: was there a US air strike near Al-Tanf last night? A: We did not carry out any strike":
    // an answer denies what the question just before it asks about.
    const asked = byKey.get(`${d.report.articleId}#${d.report.sentence - 1}`);
    const question = asked && (QUESTION.test(asked.text) || POINTS_BACK.test(d.text)) ? asked : null;
    const mine = question ? new Set([...own, ...(matters.get(question.report.key) ?? [])]) : own;
    const subjects =
      question && clause
        ? new Set([...clause.subjects, ...(matters.get(question.report.key) ?? [])])
        : clause?.subjects;
    // "The figure of 1,140 arrests reported by some media is incorrect": a denied figure is a
    // figure's conflict (the count it corrects), not a denial of whatever else was reported.
    if (FIGURE_DENIED.test(d.text)) continue;
    // "The source denied reports that terrorists had entered the village": a denial that dates
    // nothing of its own answers what was reported before it was said, as a figure of none does.
    const told = noneSaid(d);
    const sweeping = sweepingCrossing(d.text);
    const onlySweeping = !denies(d.text);
    let best: { s: Said; score: number } | null = null;
    for (const a of said) {
      // The question before an answer asks, and asserts nothing; the sentence a pointing-back
      // denial answers ("... raised over a school. The governor denied that") is the claim itself.
      if (a === d || denies(a.text) || QUESTION.test(a.text)) continue;
      const sameArticle = a.report.articleId === d.report.articleId;
      // In one article, the claim a denial answers comes just before it (a fact-check, an interview).
      const adjacent =
        sameArticle &&
        d.report.sentence - a.report.sentence >= 1 &&
        d.report.sentence - a.report.sentence <= 2;
      if (sameArticle ? !adjacent || !twoAccounts(a, d) : !twoAccounts(a, d)) continue;
      const where = question ? { ...d, places: [...d.places, ...question.places] } : d;
      if (!sameArticle && (!placesMeet(a, where) || !(windowsMeet(a, told) || decidedWhenTold(a, told))))
        continue;
      // "Three women tried to leave the camp and were caught" agrees with a denial that anyone got
      // out: an attempt told as stopped is no account of the thing denied, unless the denial
      // speaks of an attempt too.
      if (STOPPED_ATTEMPT.test(a.text) && !ATTEMPTED.test(d.text)) continue;
      const shared = [...(matters.get(a.report.key) ?? [])].filter((w) => mine.has(w));
      const words = shared.filter((w) => !w.startsWith("@"));
      if (subjects && ![...subjects].some((w) => shared.includes(w))) continue;
      // A denial read only as a sweeping one answers only accounts of a crossing.
      // (the act told as done: "crossed", not the "Yarubiyah crossing" a road leads to)
      const crossing =
        sweeping &&
        (CROSSED.test(intoCountry(fold(a.text))) || CROSSING_TRACES.test(fold(a.text))) &&
        recent(a, d);
      // "A: The soldiers packed up and left. B: They did not all leave": a denial whose subject is a
      // pronoun, opening another speaker's answer just after an account in one article, denies
      // that account; its one verb, shared, is the whole matter it names.
      const answered =
        adjacent &&
        clause !== null &&
        PRONOUN_DENIES.test(d.text) &&
        words.length >= 1 &&
        [...clause.words].every((w) => shared.includes(w));
      if (
        !crossing &&
        !answered &&
        (onlySweeping ||
          shared.length < 2 ||
          words.length < 1 ||
          (!sameArticle && shared.length < 3 && words.length < 2))
      )
        continue;
      const score =
        shared.reduce((t, w) => t + weight(w), 0) - Math.abs(d.report.sentence - a.report.sentence) / 1000;
      if (!best || score > best.score) best = { s: a, score };
    }
    if (!best || ![best.s, d].some((x) => used.has(x.report.articleId))) continue;
    const claims = [grader.claim(best.s.report, "asserts"), grader.claim(d.report, "denies")];
    const snippet = best.s.text.split(/\s+/).slice(0, 14).join(" ");
    out.push({
      id: `claim:denial:${d.report.key}`,
      kind: "denial",
      topic: `Whether it is so: "${snippet}${best.s.text.split(/\s+/).length > 14 ? " …" : ""}"`,
      factor: null,
      claims,
      ...weigh(
        [
          ["account that it happened", claims.slice(0, 1)],
          ["denial", claims.slice(1)],
        ],
        new Map([best.s, d].map((x) => [x.report.key, x.report])),
      ),
    });
  }
  return out;
}

/**
 * What the claim reader says a report's figure counts: the kind of the figure of its value in its
 * sentence (a tally since a date marked as such), or "" when it reads no kind for that figure
 * ("about 24,000 people" a camp holds, "two hours" of fighting). The older finders ask it, so that
 * "9,000 detainees are held" and "four detainees were killed" are never one quantity: there is
 * one reading of what a figure counts.
 */
export function figureKindOf(r: Report): string {
  const said = r.value === undefined ? null : saidOf([r]);
  const all = said ? figuresIn(said, true) : [];
  const found = all.find((f) => f.value === r.value);
  // A whole frontier's count is another quantity than a sector's (the claims set the two apart).
  // A tally whose own words give its period is of the month that period starts in: "1.4 million
  // pills during November" and "2.1 million in the quarter" count two stretches, not one. A
  // sentence of two such figures ("70 attacks in the first half, against 35 in the third quarter")
  // gives each its own period, read by the older finder.
  const from =
    found?.said.period && all.filter((f) => f.kind === found.kind).length === 1
      ? new Date(found.said.window[0]).toISOString().slice(0, 7)
      : "";
  return found
    ? `${found.kind}${found.said.cumulative || found.said.period ? "+" : ""}${from}${found.said.whole ? "*" : ""}`
    : "";
}

// --- Propositions: a trend, a town still held, who did it --------------------------------------

/**
 * A proposition one account asserts and another contradicts, read from the sentence's own words:
 * `topic` is what it is about (with the place, when named), `side` which way it goes. Two
 * propositions of one topic, from two accounts, whose places and windows meet and whose sides
 * differ, conflict.
 */
interface Proposition {
  said: Said;
  topic:
    | "trend:attacks"
    | "standing"
    | "held"
    | "at large"
    | "responsibility"
    | "complete"
    | "captured"
    | "fire"
    | "affiliation"
    | "support";
  side: string;
  /** Where the proposition is about, when not every place its sentence names. */
  places?: Place[];
  /** How many times over a trend multiplied ("doubled": 2; "34 against 29": 1.17), when told. */
  factor?: number;
}
const RISE =
  /\b(?:rose|risen|rising|increased|increasing|grew|grown|climbed|doubled|tripled|surged|jumped)\b/i;
const FALL =
  /\b(?:fell|fallen|falling|dropped|declined|decreased|decreasing|halved|shrank|shrunk|plunged)\b/i;
/** A trend told as a multiple: "doubled", "tripled", "halved". */
const MULTIPLES: Record<string, number> = { doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5 };
const MULTIPLE = /\b(doubled|tripled|quadrupled|halved)\b/i;
/**
 * Two multiples of one trend that cannot both hold: one at least half as much again as the other
 * ("doubled" against 34 attacks after 29, a rise of a sixth). Rounder words than that ("nearly
 * doubled" against a rise from 40 to 70) are one trend told loosely.
 */
const APART_FACTOR = 1.5;
/** "58 attacks ... between June and November, against 31 in the six months before"; "34 ISIS attacks ...". */
const TALLY_AGAINST = new RegExp(
  String.raw`\b${NUMBER}\s+(?:[\w-]+\s+){0,2}?attacks\b[^.;]{0,120}?\b(?:against|compared with|compared to|up from|down from)\s+${NUMBER}\b`,
  "i",
);
/**
 * A backer's money or aid for a partner force or its guards ("coalition payments for the guards of
 * the prisons", "support to partner forces that secure detention facilities, including stipends"),
 * told as ending ("would end in March", "will be cut") or as going on ("continues", "remains in
 * place"): one account that it ends, another that it continues, disagree.
 */
const SUPPORT_OF_PARTNER =
  /\b(?:payments?|stipends?|salar(?:y|ies)|wages|funding|support|aid|assistance)\b[^.;]{0,60}?\b(?:guards?|partner(?:\s+forces)?|partners|SDF|Syrian Democratic Forces|detention)\b/i;
const SUPPORT_ENDS =
  /\b(?:would|will|to|is to|are to|set to|about to|going to)\s+(?:be\s+)?(?:end|stop|cease|ended|stopped|cut(?:\s+off)?|halted|suspended|terminated)\b/i;
const SUPPORT_GOES_ON =
  /\b(?:continues|continue|continuing|will go on|goes on|remains? in place|(?:has|have) not (?:ended|stopped|been cut))\b/i;
/**
 * Attackers still holding a place, against the state saying it restored control of it. The place
 * may be the subject and the attackers its holders: "the village has remained in the hands of the
 * militants", "the quarter is still under the control of ISIS cells".
 */
const STILL_HELD =
  /\b(?:still (?:holding|held|hold|in control of|controlling|controlled)|(?:continue[sd]?|continuing) to (?:hold|control)|(?:remain(?:s|ed)?|(?:is|are|was|were|has been|have been) still|stay(?:s|ed)?) (?:in the hands of|under the control of|held by) (?:the )?(?:isis\b|daesh\b|(?:isis |daesh )?(?:organi[sz]ation|militants|insurgents|jihadists|terrorists|gunmen|attackers|fighters|cells?)\b))/i;
/**
 * The state's forces taking a place back: "restored full control", "retook the town", or a force
 * named as the doer of "re-entered the village" or "secured the town" (the insurgents entering a
 * village take it, they do not restore it).
 */
const RESTORED =
  /\b(?:restored (?:full |complete |total )?control|regained (?:full |complete )?control|(?:retook|recaptured|liberated) the (?:town|village|city)|cleared (?:it|the (?:town|village|city)) of|(?:forces|army|troops|units|soldiers|police)\b(?:(?!\b(?:isis|daesh|militants|insurgents|jihadists|terrorists|gunmen|attackers)\b)[^.;]){0,60}?\b(?:re-?entered|secured) the (?:[\w'’-]+ )?(?:town|village|city|quarter|district|neighbou?rhood)\b)/i;
/**
 * How long the attackers held what they took: "ISIS fighters held the eastern quarter for about
 * two days before withdrawing" against "army units restored full control of the town within
 * hours". The holders are the insurgents, named as the subject of the holding (an army that "held
 * the hill for two days" holds its own ground); the hold is told in days or weeks, the recovery in
 * hours (or on the same day or night), so the two cannot both be true of one attack.
 */
const HELD_FOR_DAYS =
  /\b(?:isis|daesh|the organi[sz]ation|(?:the\s+)?(?:militants|insurgents|jihadists|terrorists|gunmen|attackers))(?:\s+(?:fighters|militants|gunmen|members|cells?|elements))?\s+(?:had\s+)?(?:held|controlled|occupied|kept control of|remained in control of|stayed in)\s+[^.;]{2,80}?\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more than\s+|at least\s+|over\s+)?(?:a day|a week|days|weeks|(?:\d+|two|three|four|five|six|seven|ten|several|a few)\s+(?:days|weeks))\b/i;
const RESTORED_IN_HOURS =
  /\b(?:restored|regained|re-?established|took back) (?:full |complete |total )?control\b[^.;]{0,60}?\b(?:within (?:hours|an hour|(?:a few|two|three|four|five|six|several) hours)|in (?:a few|two|three|four|five|six) hours|(?:on |by )?the same (?:day|night|morning|evening))\b/i;
/**
 * Whether those who got away are still out: "all of them remain at large", "none of them has been
 * caught", against "most of them were brought back within two days", "only a few are still
 * missing". Both told of those who left together (the pronoun or the count of the sentence
 * before), the one that says all are out is contradicted by a recapture told before it was said.
 */
const ALL_AT_LARGE =
  /\b(?:all|each|every one) of them (?:remain|are still|are|were still|remained|have remained) (?:at large|missing|unaccounted for|on the run)\b|\bnone of them (?:has|have|had) been (?:caught|recaptured|found|arrested|returned|brought back)\b/i;
const MOST_BACK =
  /\b(?:most|the majority|all but (?:one|two|three|a few)) of them (?:were|have been|had been) (?:since )?(?:brought back|recaptured|caught|returned|re-?arrested|rounded up)\b|\bonly (?:a few|one|two|three|a handful) (?:of them )?(?:are|is|remain|remains) (?:still )?(?:missing|at large|unaccounted for|on the run)\b/i;
/**
 * Attackers said to have taken a place: "an ISIS group took the village", "the militants seized
 * Arak". The doer must be the insurgents (an army "takes" prisoners and positions every day), and
 * what was taken a settlement or a named place (see CAPTURED_PLACE).
 */
const CAPTURED =
  /\b(?:isis|daesh|(?:the\s+)?organi[sz]ation|(?:an?\s+|the\s+)?(?:isis\s+|daesh\s+|jihadist\s+)?(?:group|cell)|(?:the\s+)?(?:militants|insurgents|jihadists|terrorists|gunmen|attackers|mujahideen|mujahidin))\s+(?:briefly\s+)?(?:took over|took|seized|captured|overran|took control of|seized control of)\s+/gi;
/**
 * Attackers said to have held a site for a stretch of time: "the mujahidin held the checkpoint for
 * two full days", "the gunmen kept the post for a night". Holding a site the other side had is
 * having taken it; the state's "the post never fell" answers it.
 */
const HELD_SITE =
  /\b(?:isis|daesh|(?:the\s+)?(?:militants|insurgents|jihadists|terrorists|gunmen|attackers|mujahideen|mujahidin))\s+(?:had\s+)?(?:held|kept|controlled|occupied)\s+(?:the|their|its)\s+(?:[\w'’-]+\s+)?(?:position|point|post|outpost|checkpoint|base|village|town)\s+for\s+(?:a|an|one|two|three|several|\d+)\s+(?:full\s+|whole\s+|entire\s+)?(?:day|night|days|nights|hours|weeks?)\b/i;
/**
 * What a capture takes: a settlement, a named place, or a site held on the ground ("took over the
 * grain silos and the checkpoint", "seized the pumping station"), never prisoners or weapons.
 */
const CAPTURED_PLACE =
  /^(?:the\s+)?(?:village|town|city|district|neighbou?rhood|quarter|settlement)\b|^(?:the\s+)?(?:[\w'’-]+\s+)?(?:silos?|checkpoints?|posts?|outposts?|(?:pumping |power )?stations?|bases?|dams?|oil ?fields?|gas ?fields?)\b|^[A-Z][\w'’-]+/;
/**
 * The state saying the place was never lost: "Arak never left our hands", "the town never fell",
 * "reports that the terrorists took Arak are lies", "no militant entered the village" (none there, so
 * nothing taken). Said against a capture of that place, not of
 * any attack there.
 */
const NEVER_LOST =
  /\bnever (?:left|fell out of|slipped (?:out of|from)) (?:our|its|their|the army's|the state's|government) hands\b|\b(?:no|not a single|not one)\s+(?:terrorists?|militants?|gunm[ae]n|jihadists?|insurgents?|attackers?|(?:isis|daesh)\s+(?:members?|fighters?|gunm[ae]n))\s+(?:ever\s+|even\s+)?(?:entered|reached|got into|set foot in)\b|\bnever (?:fell|was (?:taken|captured|overrun|lost))\b|\b(?:reports|claims|rumou?rs|allegations)\s+(?:(?:by|from|in|on)\s+[^.;]{2,60}?\s+)?(?:that|of)\b[^.;]{0,80}?\b(?:took|seized|captured|overran|fell|(?:was|were|had been) (?:taken|seized|captured|overrun|stormed))\b[^.;]{0,40}?\b(?:are|were|is|was)\s+(?:all\s+)?(?:lies|false|untrue|baseless|fabricated|fabrications|inaccurate)\b/i;
/** A site named by its common noun, which points back to where the sentences before it were. */
const SITE_NOUN = /\bthe\s+(?:[\w'’-]+\s+)?(?:position|point|post|outpost|checkpoint|base)\b/i;
const captured = (text: string) =>
  [...text.matchAll(CAPTURED)].some(
    (m) =>
      m.index !== undefined &&
      !/\b(?:not|never|no)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index)) &&
      CAPTURED_PLACE.test(text.slice(m.index + m[0].length)),
  );
/**
 * Who an attack is put on: a claim of it, and "carried out by ..., not by ISIS". Amaq and al-Naba
 * are ISIS's own news agency and weekly: what they claim, ISIS claims.
 */
const ACTORS: [string, RegExp][] = [
  ["isis", /\b(?:isis|isil|daesh|islamic state|amaq|al-naba|naba)\b/i],
  ["armed groups", /\barmed (?:groups?|factions?)\b|\bmilitias?\b/i],
];
/**
 * Who else an attack is put on, read only in the words that name its doer ("carried out by ...",
 * "the attack by ...", "the attackers were ..."): a state that will not give a monitor's ISIS
 * attack to ISIS puts it on criminals, on a clan's feud or on the old regime's remnants. In this
 * region's registers (translated from the Arabic "al-tanzim") the bare "organisation" that
 * carries out an attack or whose cells and fighters act is ISIS; "terrorist cells" is a state's
 * name for the same insurgents, another word than ISIS but not another doer.
 */
const DOERS: [string, RegExp][] = [
  ["isis", /^(?:the\s+)?(?:terrorist\s+)?organi[sz]ation\b/i],
  ["terrorists", /\bterrorists?\b|\bterrorist (?:cells?|groups?|organi[sz]ations?)\b/i],
  [
    "gangs",
    /\b(?:gangs?|criminals?|criminal (?:networks?|groups?|rings?)|bandits?|smuggling (?:rings?|networks?))\b/i,
  ],
  ["a clan", /\b(?:clans?|(?:blood )?feuds?|vendettas?)\b/i],
  [
    "the former regime",
    /\b(?:remnants|loyalists|supporters|officers) of the (?:former|old|ousted|fallen|deposed) regime\b|\b(?:former )?regime remnants\b/i,
  ],
];
/** Doers named apart: one account's doer is not another's (ISIS and "terrorist cells" are one). */
const DOER_FAMILY: Record<string, string> = { isis: "insurgents", terrorists: "insurgents" };
const familyOf = (side: string) => DOER_FAMILY[side] ?? side;
/**
 * The words that name an attack's doer: "was carried out by a smuggling gang", "the attack by
 * terrorist cells on a bus", "the attackers were members of a clan", up to a clause's end or
 * what it is set against ("..., not by ISIS", "rather than by ISIS").
 */
const DOER_PHRASE =
  /\b(?:(?:attack|assault|ambush|bombing|raid|killing|shooting)s?\b[^.;]{0,100}?\b(?:was|were|had been|has been|have been) (?:carried out|committed|staged|launched|perpetrated) by|(?:attack|assault|ambush|bombing|raid|shooting)\s+by|\b(?:attributed|attributes|attributing|blamed|blames|blaming|pinned|pins) (?:the |this |that )?(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|bombing|raid|killing|shooting)s? (?:on|to)|\bthe (?:attackers|assailants|gunmen|perpetrators|killers) (?:were|was))\s+([^.;]{2,80}?)(?=,|;|\.|\s+(?:rather than|not by|and not|on|near|in|at)\b|$)/i;
const CLAIMED =
  /\bclaimed (?:responsibility for )?(?:the |an? )?(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|bombing|raid|bomb|blast|explosion)\b/i;
/**
 * "Smugglers, backed by armed groups", "the network pays a Syrian armed group for protection": a
 * party behind those who acted.
 */
const BACKED =
  /\b(?:(?:backed|sponsored|sent|directed|run|armed|supported|protected|escorted) by (?:the )?|(?:linked|tied|affiliated) to (?:the )?|under the protection of (?:an? |the )?)(?:[\w-]+\s+){0,2}?(?:armed (?:groups?|factions?)|militias?|isis|daesh)\b|\b(?:pays?|paid|paying|bribes?|bribed|hires?|hired) (?:an? |the )?(?:[\w-]+\s+){0,2}?(?:armed (?:groups?|factions?)|militias?)\b[^.;]{0,40}?\b(?:for|to provide) (?:its |their )?(?:protection|escort|cover|safe passage)\b/i;
/**
 * No party behind it at all: "no armed group was involved", "a local criminal network with no
 * links to any armed faction", "attributed the blast to a landmine left over from the war".
 */
const NOBODY =
  /\bno (?:armed )?(?:group|faction|party|organi[sz]ation)s? (?:was|were|had been|has been) (?:involved|responsible|behind)\b|\bno armed (?:groups?|factions?|militias?) (?:operates?|are present|is present|exists?|are active|is active) (?:on|in|along|at)\b|\bnot (?:(?:fighters|members|gunmen) )?(?:from|of) any (?:armed )?(?:groups?|factions?|militias?|organi[sz]ations?)\b|\b(?:no|without (?:any )?) (?:links?|ties|connections?) (?:to|with) (?:any )?(?:armed )?(?:groups?|factions?|militias?|organi[sz]ations?)\b|\b(?:attributed|blamed|put down)\b[^.;]{0,40}\bto (?:an? )?(?:old |unexploded )?(?:landmine|mine|accident|unexploded)\b/i;
/** A built barrier said finished or whole, against one said to have a gap or to be unfinished. */
const BARRIER = /\b(?:wall|fence|barrier|berm|trench|fortifications?)\b/i;
const COMPLETE =
  /\b(?:(?:announced|declared|confirmed|marked) the completion of|(?:has|have) been completed|was completed|is now complete|now runs? without (?:interruption|a break|gaps?)|runs? without (?:any )?(?:interruption|gaps?)|(?:wall|fence|barrier)s? (?:is|are) (?:now |fully |entirely )*(?:complete|completed|finished))\b/i;
/**
 * "Still has a gap", a stretch where it "has not been built" or is "unbuilt", a berm that "has been
 * breached over a width of 300 m": a gap seen, not one rejected ("rejected a video that shows an unbuilt stretch" is the rejection's, not the gap's).
 */
const INCOMPLETE =
  /\b(?:unfinished|incomplete|unbuilt|not yet (?:complete|completed|finished)|still (?:has|have) (?:an? )?(?:[\w-]+\s+){0,3}?gap|(?:has|have|had) (?:not|never) (?:yet )?been (?:built|erected|completed|finished)|(?:has|have|had) (?:not|never) (?:yet )?been (?:matched|joined|followed|backed|replaced|closed) by (?:an? |any )?(?:[\w-]+\s+)?(?:wall|fence|barrier)|(?:stretch|section|sector|segment|part|gap|length)(?:es|s)? (?:with no|without (?:an? |any )?)(?:[\w-]+\s+)?(?:wall|fence|barrier)|where there (?:is|was) (?:still )?no (?:[\w-]+\s+)?(?:wall|fence|barrier)|(?:wall|fence|barrier|berm)\b[^.;,]{0,40}?\b(?:has|have|had|was|were) been (?:breached|cut through|broken through))\b/i;
const GAP_REJECTED =
  /\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes)\b[^.;]{0,80}\b(?:unbuilt|unfinished|incomplete|not (?:yet )?been built)\b/i;
/** Completion to come is no claim that it is done: "would be completed by the end of 2027". */
const FUTURE =
  /\b(?:will|would|shall|to) be (?:complete|completed|finished)\b|\bexpected to\b|\bplans? to\b/i;
/**
 * Shots told as fired in an encounter ("the escort opened fire on the force", "exchanged fire with
 * the patrol"), against an account that none were ("no shots were fired when the soldiers stopped
 * him", "no exchange of fire took place", "surrendered without a shot being fired").
 */
const FIRED =
  /\b(?:open(?:ed|s)? fire|exchang(?:ed|ing) (?:fire|gunfire|shots)|an? exchange of (?:fire|gunfire)|return(?:ed|ing)? fire|firefight|gunfight|shootout|fired (?:on|at|upon) (?:the|a|our|their)\b)/i;
const NO_FIRE =
  /\b(?:no|not a single|not one|not any)\s+(?:single\s+)?(?:shots?|bullets?|gunfire|exchange of (?:fire|gunfire)|firefight|gunfight|shooting)\s+(?:was\s+|were\s+|had been\s+|has been\s+|have been\s+)?(?:fired|exchanged|took place|taken place|occurred|happened)\b|\bwithout (?:a |any )?(?:single )?(?:shots?|bullets?) (?:being |having been )?fired\b|\b(?:did not|didn't|never|neither) (?:open|opened|exchange|exchanged|return|returned) fire\b/i;
const NOT_BEFORE = /\b(?:not|no|never|without|deny|denied|denies)\b[^.;,]{0,30}$/i;
const fired = (text: string) => {
  const m = FIRED.exec(text);
  return m !== null && !NOT_BEFORE.test(text.slice(0, m.index));
};
/** Places a sentence names as where someone comes from ("a network from the Lajat area"), not where it happened. */
const originOf = (s: Said) =>
  s.places.filter(
    (p) => !new RegExp(String.raw`\bfrom (?:the )?(?:al |el )?${escapeRegExp(p.name)}\b`).test(s.folded),
  );
/**
 * The places of an attack, not of its doer: "carried out by gangs ... at the Al-Tanf base" names
 * where the gangs are kept, not where they struck.
 */
function doerPlacesOut(s: Said, places: Place[]): Place[] {
  const doer = DOER_PHRASE.exec(s.text);
  const start = doer ? doer.index + doer[0].length - (doer[1]?.length ?? 0) : BACKED.exec(s.text)?.index;
  if (start === undefined) return places;
  // The words that describe the doer begin at a participle of who made or keeps them.
  const of = DOER_DESCRIBED.exec(s.text.slice(start));
  if (!of) return places;
  const cut = start + of.index;
  const [before, after] = [fold(s.text.slice(0, cut)), fold(s.text.slice(cut))];
  return places.filter((p) => before.includes(p.name) || !after.includes(p.name));
}
const DOER_DESCRIBED =
  /\b(?:trained|protected|backed|based|stationed|supported|armed|sent|run|hosted|sheltered|harboured|harbored|linked|tied|affiliated|loyal)\b/i;
/**
 * Blame put on one party instead of another: "blamed highway robbers rather than ISIS", "blames
 * a local feud, not the organisation". The party ruled out is read by NOT_BY.
 */
const BLAMED_INSTEAD =
  /\b(?:blamed|blames|blaming|attributed|attributes|attributing)\b[^.;]{1,60}?\b(?:rather than|not)\s+(?:by\s+|on\s+|to\s+)?(?:the\s+)?[\w'’-]+/i;
/** Whether a sentence says who was (or was not) behind what happened: a proposition the claims read. */
export const saysWhoWasBehind = (text: string) =>
  BLAMED_INSTEAD.test(text) ||
  NOBODY.test(text) ||
  BACKED.test(text) ||
  CLAIMED.test(text) ||
  CARRIED_BY.test(text) ||
  DOER_PHRASE.test(text);
/** A claim the sentence sets itself against: "contrary to the authorities' claim that ...". */
const CONTRARY_CLAIM =
  /\b(?:contrary to|unlike)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|accounts?|assertions?|statements?|version)\s+that\s+([^.;]+)/i;
/** The party blamed, right after the verb: "blamed an ISIS cell", "blames it on Daesh". */
const BLAMED_ON =
  /\b(?:blamed|blames|blaming)\s+(?:it\s+on\s+|them\s+on\s+)?(?:an?\s+|the\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+)/i;
/**
 * An account told with its doer as the subject of the deed: "ISIS fighters entered the village of
 * Arak and held it", "Islamic State militants stormed the town". The name must stand right before
 * the deed ("the army stormed ISIS positions" names ISIS as the target, not the doer).
 */
const DOER_SUBJECT =
  /\b(?:isis|isil|daesh|islamic state)(?:\s+(?:fighters|militants|gunmen|cells?|members|insurgents|elements|units))?\s+(?:had\s+|have\s+|has\s+)?(?:attacked|stormed|raided|overran|overrun|ambushed|entered|seized|assaulted)\b/i;
/** The doer an account rules out: "not by ISIS as some channels claimed", "rather than by ISIS". */
const NOT_BY = /\b(?:not by|rather than(?: by)?) (?:the )?([\w' -]{2,30}?)(?:\s+as\b|,|\.|$)/i;
/**
 * An attack put on one party and taken off another: "attributed the attack to a smuggling gang,
 * not to ISIS". Read only after a verb that puts an attack on someone, as "not to" alone says no
 * more than "urged not to join ISIS".
 */
const ATTRIBUTED_TO =
  /\b(?:attributed|attributes|attributing|blamed|blames|blaming|pinned|pins) (?:the |this |that )?(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|bombing|raid|killing|shooting)s? (?:on|to)\b/i;
const NOT_TO = /\b(?:not|rather than) (?:to|on) (?:the )?([\w' -]{2,30}?)(?:\s+as\b|,|\.|$)/i;
const notByOf = (text: string): RegExp | null =>
  NOT_BY.test(text) ? NOT_BY : ATTRIBUTED_TO.test(text) && NOT_TO.test(text) ? NOT_TO : null;
const CARRIED_BY =
  /\b(?:attack|assault|ambush|bombing|raid)\b[^.]{0,100}\b(?:was|were|had been|has been) (?:carried out|committed|staged|launched|perpetrated) by\b/i;

/**
 * Whom those who acted belong to or work for: "the smugglers belong to a network run by remnants
 * of the former regime", "the group belongs to the remnants of ISIS", "the smugglers were linked to
 * the PKK", "work for an armed faction close to Iran", "the three belong to a local clan". Read on
 * a subject that names those who acted (or counts them), up to the clause's end.
 */
const AFFILIATED =
  /\b(?:smugglers|gunmen|attackers|assailants|infiltrators|militants|fighters|men|groups?|cells?|gangs?|networks?|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+(?:(?:all|both)\s+)?(?:belong(?:s|ed)?\s+to|(?:were|are|was|is)\s+(?:members|part)\s+of|work(?:s|ed)?\s+for|(?:were|are|was|is)\s+(?:linked|tied|affiliated)\s+(?:to|with)|(?:were|are|was|is)\s+(?:backed|run|sponsored|directed)\s+by)\s+([^.;:]{2,90}?)(?=,|;|\.|\s+(?:and|but|while|which|who|that)\s|$)/i;
/** The parties an affiliation names, most specific first: a network run by the old regime is the old regime's. */
const PARTIES: [string, RegExp][] = [
  ["ISIS", /\b(?:isis|isil|daesh|islamic state)\b/i],
  ["the PKK", /\bpkk\b/i],
  [
    "the former regime",
    /\b(?:former|old|ousted|fallen|deposed) regime\b|\bregime remnants\b|\bfourth division\b/i,
  ],
  ["an armed faction", /\barmed (?:groups?|factions?)\b|\bmilitias?\b/i],
  ["a clan", /\b(?:clans?|tribes?)\b/i],
  ["a criminal gang", /\b(?:gangs?|criminal (?:networks?|groups?|rings?)|smuggling (?:rings?|networks?))\b/i],
];
function affiliationOf(text: string): { party: string; words: string } | null {
  const m = AFFILIATED.exec(text);
  if (!m?.[1]) return null;
  const party = PARTIES.find(([, re]) => re.test(m[1] ?? ""))?.[0];
  return party ? { party, words: fold(m[1]) } : null;
}

/**
 * "And what has the American presence brought us, when Daesh attacks have tripled this year in
 * Kirkuk and Diyala?": a rhetorical question's clause of grounds, after a comma and "when" (or
 * "while", "now that", "given that"), told in the perfect or the present, is a statement the
 * speaker makes; the question around it asks nothing of it. Only that clause is read.
 */
const QUESTION_PREMISE =
  /,\s+(?:when|while|now that|given that|seeing that)\s+([^,?;]*?\b(?:has|have|is|are)\s+(?:[\w'’-]+\s+)?[^,?;]*?)\?["”’)]*\s*$/i;
function propositionsOf(s: Said): Proposition[] {
  if (QUESTION.test(s.text)) {
    const premise = QUESTION_PREMISE.exec(s.text)?.[1];
    return premise ? propositionsOf({ ...s, text: `${premise}.`, folded: fold(premise) }) : [];
  }
  const out: Proposition[] = [];
  const text = s.text;
  // A trend of attacks: its verb, else its two figures compared.
  if (/\battacks\b/i.test(text)) {
    const pair = TALLY_AGAINST.exec(text);
    const now = pair?.[1] ? figureValue(pair[1], pair[2]) : Number.NaN;
    const before = pair?.[3] ? figureValue(pair[3], pair[4]) : Number.NaN;
    const way =
      now > before
        ? "up"
        : now < before
          ? "down"
          : RISE.test(text) && !FALL.test(text)
            ? "up"
            : FALL.test(text) && !RISE.test(text)
              ? "down"
              : null;
    const multiple = MULTIPLE.exec(text)?.[1]?.toLowerCase();
    const factor = now > 0 && before > 0 ? now / before : multiple && !pair ? MULTIPLES[multiple] : undefined;
    if (way) out.push({ said: s, topic: "trend:attacks", side: way, ...(factor ? { factor } : {}) });
  }
  if (s.places.length > 0) {
    // A capture and its denial ("Arak never left our hands"): the denial first, as it repeats the
    // words of the capture it denies.
    if (NEVER_LOST.test(text)) out.push({ said: s, topic: "captured", side: "never lost" });
    else if (captured(text) || HELD_SITE.test(text)) out.push({ said: s, topic: "captured", side: "taken" });
    if (STILL_HELD.test(text)) out.push({ said: s, topic: "standing", side: "held by the attackers" });
    else if (RESTORED.test(text)) out.push({ said: s, topic: "standing", side: "control restored" });
  } else if (sceneOf(s).length > 0 && SITE_NOUN.test(text)) {
    // "The point was taken and held": the site the sentences before named, by its common noun.
    if (NEVER_LOST.test(text))
      out.push({ said: s, topic: "captured", side: "never lost", places: sceneOf(s) });
    else if (captured(text) || HELD_SITE.test(text))
      out.push({ said: s, topic: "captured", side: "taken", places: sceneOf(s) });
  }
  // Whether those who got away are still out, of the site the sentence or the one before names.
  if (sceneOf(s).length > 0) {
    if (ALL_AT_LARGE.test(text))
      out.push({ said: s, topic: "at large", side: "all at large", places: sceneOf(s) });
    else if (MOST_BACK.test(text))
      out.push({ said: s, topic: "at large", side: "most brought back", places: sceneOf(s) });
  }
  // How long the hold lasted: "the town" restored within hours is where its article just named.
  if (sceneOf(s).length > 0) {
    if (HELD_FOR_DAYS.test(text))
      out.push({ said: s, topic: "held", side: "held for days", places: sceneOf(s) });
    else if (RESTORED_IN_HOURS.test(text))
      out.push({ said: s, topic: "held", side: "restored within hours", places: sceneOf(s) });
  }
  const places = doerPlacesOut(s, originOf(s));
  const sides = new Set<string>();
  // "..., contrary to the authorities' claim that an ISIS cell attacked the prison": the doer
  // named in a claim the sentence sets itself against is ruled out, and named by no one.
  const contrary = CONTRARY_CLAIM.exec(text);
  const own = contrary ? text.slice(0, contrary.index) : text;
  if (contrary?.[1]) for (const [actor, re] of ACTORS) if (re.test(contrary[1])) sides.add(`not ${actor}`);
  // "Both blamed an ISIS cell in the Raqqa countryside": the party blamed is the doer.
  const blamed = BLAMED_ON.exec(own)?.[1] ?? "";
  for (const [actor, re] of ACTORS)
    if (blamed && re.test(blamed) && !sides.has(`not ${actor}`)) sides.add(actor);
  const notBy = notByOf(own);
  if (CLAIMED.test(own) || CARRIED_BY.test(own) || notBy || BACKED.test(own)) {
    const denied = notBy?.exec(own)?.[1] ?? "";
    const backer = BACKED.exec(own)?.[0] ?? "";
    for (const [actor, re] of [...ACTORS, ...DOERS]) if (denied && re.test(denied)) sides.add(`not ${actor}`);
    for (const [actor, re] of ACTORS)
      if (
        !sides.has(`not ${actor}`) &&
        ((re.test(notBy ? own.replace(notBy, "") : own) && (CLAIMED.test(own) || CARRIED_BY.test(own))) ||
          re.test(backer))
      )
        sides.add(actor);
  }
  if (DOER_SUBJECT.test(own) && !sides.has("not isis") && !DENIAL.test(own)) sides.add("isis");
  // The doer named in the words that say who did it, whatever verb the sentence claims it with.
  const doer = DOER_PHRASE.exec(own)?.[1] ?? "";
  for (const [actor, re] of DOERS) if (doer && re.test(doer) && !sides.has(`not ${actor}`)) sides.add(actor);
  for (const side of sides) out.push({ said: s, topic: "responsibility", side, places });
  if (NOBODY.test(own)) out.push({ said: s, topic: "responsibility", side: "nobody", places });
  // Where those who acted were, not where their party is ("militias linked to Iran").
  const of = affiliationOf(text);
  if (of && !DENIAL.test(text))
    out.push({
      said: s,
      topic: "affiliation",
      side: `of:${of.party}`,
      places: places.filter((p) => !` ${of.words} `.includes(` ${p.name} `)),
    });
  // Whether shots were fired: only of an encounter dated and placed, as every clash has one.
  if (s.dated && sceneOf(s).length > 0) {
    if (NO_FIRE.test(text)) out.push({ said: s, topic: "fire", side: "no shots fired" });
    else if (fired(text)) out.push({ said: s, topic: "fire", side: "shots fired" });
  }
  if (SUPPORT_OF_PARTNER.test(text) && !DENIAL.test(text)) {
    const ends = SUPPORT_ENDS.test(text);
    const goesOn = SUPPORT_GOES_ON.test(text);
    if (ends !== goesOn)
      out.push({ said: s, topic: "support", side: ends ? "support ends" : "support continues" });
  }
  if (BARRIER.test(text) && !FUTURE.test(text)) {
    if (INCOMPLETE.test(text)) {
      if (!GAP_REJECTED.test(text)) out.push({ said: s, topic: "complete", side: "incomplete" });
    } else if (COMPLETE.test(text)) out.push({ said: s, topic: "complete", side: "complete" });
  }
  return out;
}

const PROPOSITION_TOPICS: Record<Proposition["topic"], (place: string) => string> = {
  "trend:attacks": (at) => `Whether attacks rose or fell${at}`,
  standing: (at) => `Whether the attackers still hold the place${at}`,
  held: (at) => `How long the attackers held the place${at}`,
  "at large": (at) => `Whether those who got away are still at large${at}`,
  responsibility: (at) => `Who carried out the attack${at}`,
  complete: (at) => `Whether the barrier is complete${at}`,
  captured: (at) => `Whether the attackers took the place${at}`,
  fire: (at) => `Whether shots were fired${at}`,
  affiliation: (at) => `Whom those involved belonged to${at}`,
  support: (at) => `Whether the backer's support for the partner force ends or continues${at}`,
};
/** A side as the analytic line names it: "the account that attacks rose". */
const sideLabel = (side: string) => {
  if (side === "up") return "account that attacks rose";
  if (side === "down") return "account that attacks fell";
  if (side === "held by the attackers") return "account that the attackers still hold it";
  if (side === "control restored") return "account that control was restored";
  if (side === "held for days") return "account that the attackers held it for days";
  if (side === "all at large") return "account that all of them are still at large";
  if (side === "most brought back") return "account that most of them were brought back";
  if (side === "restored within hours") return "account that control was restored within hours";
  if (side === "complete") return "account that it is complete";
  if (side === "taken") return "account that the attackers took it";
  if (side === "never lost") return "account that it was never lost";
  if (side === "incomplete") return "account that it still has a gap";
  if (side === "shots fired") return "account that shots were fired";
  if (side === "no shots fired") return "account that no shots were fired";
  if (side === "support ends") return "account that the support ends";
  if (side === "support continues") return "account that the support continues";
  if (side === "nobody") return "account that no armed group was behind it";
  if (side === "armed groups") return "account that armed groups were behind it";
  if (side.startsWith("of:")) return `account that they belonged to ${side.slice(3)}`;
  const actor = side.replace(/^not /, "").toUpperCase();
  return side.startsWith("not ")
    ? `account that ${actor} did not carry it out`
    : `account that ${actor} carried it out`;
};
const publishedOf = (s: Said) => Date.parse(s.report.publishedAt ?? "") || s.window[1];
/**
 * "All of them remain at large" told after the day another account says most were brought back
 * contradicts it (told before, it is only the earlier state), within a fortnight of each other.
 */
function stillAfter(a: Proposition, b: Proposition): boolean {
  const [held, restored] = a.side === "most brought back" ? [b, a] : [a, b];
  const told = publishedOf(held.said);
  return told >= restored.said.window[0] && Math.abs(told - publishedOf(restored.said)) <= 14 * DAY;
}
/**
 * A place the attackers are said still to hold and one said taken back by the state. Told after
 * the day of the restoration (within a fortnight of its report), the hold contradicts it. Told
 * before, within a week of that day, the two accounts give the place's state over the same few
 * days opposite ways, and a reader must see them side by side to know which stands: a conflict,
 * whose analytic line says both may be true in sequence (see inSequence). A restoration more than
 * a week after the hold was told is a later change, no conflict.
 */
function standingMet(a: Proposition, b: Proposition): boolean {
  const [held, restored] = a.side === "control restored" ? [b, a] : [a, b];
  const told = publishedOf(held.said);
  return told >= restored.said.window[0]
    ? Math.abs(told - publishedOf(restored.said)) <= 14 * DAY
    : restored.said.window[0] - told <= 7 * DAY;
}
/**
 * Accounts of a place held and retaken told in that order: every hold told before the day each
 * restoration is said to have happened. Both may be true, one after the other; the line says so
 * and doubts neither, as the hold told of its own days.
 */
function inSequence(group: readonly Proposition[]): string | null {
  const held = group.filter((p) => p.side === "held by the attackers");
  const restored = group.filter((p) => p.side === "control restored");
  if (held.length === 0 || restored.length === 0) return null;
  const lastHeld = Math.max(...held.map((p) => publishedOf(p.said)));
  const firstRestored = Math.min(...restored.map((p) => p.said.window[0]));
  if (lastHeld >= firstRestored) return null;
  const day = (t: number) =>
    new Date(t).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  return `The two accounts may both be true in sequence: the ${sideLabel("held by the attackers")} was told on ${day(lastHeld)}, before ${day(firstRestored)}, when the other says control was restored. Unless a later source says the attackers still hold the place, the ${sideLabel("control restored")} is the state at the latest reporting.`;
}
/**
 * "Never lost" denies a capture told of the weeks before it was said: the capture no later than
 * the denial's day, and the two told within a fortnight of each other.
 */
function deniedAfter(a: Proposition, b: Proposition): boolean {
  const [taken, denial] = a.side === "never lost" ? [b, a] : [a, b];
  const told = publishedOf(denial.said);
  return (
    taken.said.window[0] <= told + DAY &&
    told - taken.said.window[1] <= 30 * DAY &&
    Math.abs(publishedOf(taken.said) - told) <= 14 * DAY
  );
}
const factorsApart = (a: Proposition, b: Proposition) =>
  a.factor !== undefined &&
  b.factor !== undefined &&
  Math.max(a.factor, b.factor) / Math.min(a.factor, b.factor) >= APART_FACTOR;
/** A trend's side as the analytic line names it, with its multiple when that is what is disputed. */
const trendLabel = (p: Proposition, byFactor: boolean) => {
  if (!byFactor || p.factor === undefined) return sideLabel(p.side);
  const word = Object.entries(MULTIPLES).find(([, v]) => v === p.factor)?.[0];
  if (word) return `account that attacks ${word}`;
  const pct = Math.round(Math.abs(p.factor - 1) * 100);
  return `account that attacks ${p.factor >= 1 ? "rose" : "fell"} by about ${pct}%`;
};
const opposed = (a: Proposition, b: Proposition) =>
  a.topic === "trend:attacks"
    ? a.side !== b.side || factorsApart(a, b)
    : a.topic === "responsibility"
      ? ruledOut(a.side, b.side) ||
        ruledOut(b.side, a.side) ||
        doersApart(a.side, b.side) ||
        (a.side === "nobody" && !b.side.startsWith("not ") && b.side !== "nobody") ||
        (b.side === "nobody" && !a.side.startsWith("not ") && a.side !== "nobody")
      : a.side !== b.side;
/**
 * Two accounts that each name who did it, and name two doers apart: ISIS against a smuggling gang,
 * a clan's feud against "terrorist cells". "Armed groups" may be any of them, and says no other.
 */
const doersApart = (a: string, b: string) =>
  DOERS.some(([d]) => d === a) && DOERS.some(([d]) => d === b) && familyOf(a) !== familyOf(b);
/** "Not by ISIS" rules out "terrorist cells" too: one doer by another name. */
const ruledOut = (a: string, b: string) => a.startsWith("not ") && familyOf(a.slice(4)) === familyOf(b);
const placesOfProp = (p: Proposition): Said => (p.places ? { ...p.said, places: p.places } : p.said);

/**
 * Two accounts of shots fired or not are of one encounter when their windows meet; in one article,
 * a sentence that dates nothing of its own is read at the encounter the one before it dated: a
 * court report's "no shot was fired", after the charge sheet's night of 14 October.
 */
const encounterMet = (a: Said, b: Said) => {
  if (a.report.articleId !== b.report.articleId) return windowsMeet(a, b);
  const of = (s: Said): Said => (s.anchor ? { ...s, window: s.anchor } : s);
  return windowsMeet(of(a), of(b));
};
/** Propositions of one topic that two accounts give opposite ways, for one place and window. */
function propositionConflicts(
  said: Said[],
  used: Set<string>,
  grader: ClaimGrader,
  weigh: Weigh,
): Conflict[] {
  const props = said.flatMap(propositionsOf);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const a of props) {
    const opposite = props.filter(
      (b) =>
        b.topic === a.topic &&
        b.said !== a.said &&
        opposed(a, b) &&
        twoAccounts(a.said, b.said) &&
        (a.topic === "fire" ? scenesMeet(a.said, b.said) : placesMeet(placesOfProp(a), placesOfProp(b))) &&
        (a.topic === "standing"
          ? standingMet(a, b)
          : a.topic === "at large"
            ? stillAfter(a, b)
            : a.topic === "complete" || a.topic === "support"
              ? Math.abs(publishedOf(a.said) - publishedOf(b.said)) <= 14 * DAY
              : a.topic === "captured"
                ? deniedAfter(a, b)
                : a.topic === "fire"
                  ? encounterMet(a.said, b.said)
                  : windowsMeet(a.said, b.said)) &&
        // A trend "since June" and one "between June and November" are of one period.
        (a.topic === "trend:attacks" || a.said.cumulative === b.said.cumulative),
    );
    if (opposite.length === 0) continue;
    // One sentence that says both who did it and who did not ("by remnants of the former regime
    // rather than by ISIS") stands once on its side.
    const against = opposite.filter((b, i) => opposite.findIndex((c) => c.said === b.said) === i);
    // Every sentence that gives `a`'s side of the matter stands with it ("announced the completion
    // of the wall", "it now runs without interruption"): one box, not one per sentence.
    const allies = props.filter(
      (b) =>
        b !== a &&
        b.topic === a.topic &&
        b.side === a.side &&
        !against.includes(b) &&
        !factorsApart(a, b) &&
        against.some((c) => twoAccounts(b.said, c.said)) &&
        placesMeet(placesOfProp(a), placesOfProp(b)) &&
        windowsMeet(a.said, b.said),
    );
    const group = [a, ...allies, ...against];
    if (!group.some((p) => used.has(p.said.report.articleId))) continue;
    const key = `${a.topic}|${[...new Set(group.map((p) => p.said.report.key))].sort().join("|")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = [a, ...allies];
    const second = against;
    // Two rises of different size: the sides are named by their multiples.
    const byFactor = a.side === second[0]?.side;
    const claims = [
      ...first.map((p) => grader.claim(p.said.report, "asserts")),
      ...second.map((p) => grader.claim(p.said.report, "denies")),
    ];
    // Where the disputed thing happened: the places each account gives of it, not of its doer.
    const place = group.flatMap((p) => placesOfProp(p).places)[0];
    const at = place ? ` (${place.name.replace(/\b\w/g, (c) => c.toUpperCase())})` : "";
    const sequence = a.topic === "standing" ? inSequence(group) : null;
    out.push({
      id: `claim:${a.topic}:${a.said.report.key}`,
      kind: "accounts",
      topic: byFactor ? `How much attacks changed${at}` : PROPOSITION_TOPICS[a.topic](at),
      factor: null,
      claims,
      ...(sequence
        ? { analysis: sequence }
        : weigh(
            [
              [trendLabel(a, byFactor), claims.slice(0, first.length)],
              [second[0] ? trendLabel(second[0], byFactor) : "", claims.slice(first.length)],
            ],
            new Map(group.map((p) => [p.said.report.key, p.said.report])),
          )),
    });
  }
  return out;
}

/** The claims of a set of reports (one per sentence), for tests and the bench. */
export function claimsOf(reports: readonly Report[]): FigureClaim[] {
  return figuresOfBefore(sentencesOf(reports).flatMap((s) => figuresIn(s)));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** "covers the period from 1 to 25 November", "between 3 and 17 May 2026": days of one month covered. */
const COVERED_DAYS = new RegExp(
  String.raw`\b(?:summari[sz]\w*|covers?|covering|cover(?:ed)?|report\w*|monitoring|period|recorded|documents?)\b[^.]{0,80}?\b(?:between|from)\s+(\d{1,2})\s+(?:and|to|until|-|–)\s+(\d{1,2})\s+(${MONTH_RE})\b(?:\s+(\d{4}))?`,
  "i",
);
/** "On Thursday night", "Thursday night's shooting": the one day an article's opening tells of. */
const LEDE_DAY = new RegExp(
  String.raw`\b(?:on\s+|last\s+)?(${WEEKDAYS.join("|")})(?:['’]s)?(\s+(?:night|evening))?\b`,
  "i",
);
/**
 * The window of the day a lede names by its weekday, the latest such day up to its publication
 * (a night runs into the next morning); null when the lede names no weekday, or two.
 */
function ledeWindow(lede: string, published: string | null): [number, number] | null {
  const day = Date.parse(`${(published ?? "").slice(0, 10)}T00:00:00Z`);
  // "This snapshot summarises monitoring in the camp between 1 and 25 November 2026": a document
  // whose opening names the days it covers tells, in each undated sentence, of those days.
  const covers = COVERED_DAYS.exec(lede);
  if (covers?.[1] && covers[2] && covers[3] && !Number.isNaN(day)) {
    const m = monthOf(covers[3]);
    const y = yearOf(m, covers[4], new Date(day));
    const [from, to] = [Number(covers[1]), Number(covers[2])];
    if (from >= 1 && from < to && to <= 31) return [Date.UTC(y, m, from), Date.UTC(y, m, to + 1)];
  }
  const m = LEDE_DAY.exec(lede);
  if (!m?.[1] || Number.isNaN(day)) return null;
  const named = new Set(
    [...lede.matchAll(new RegExp(LEDE_DAY.source, "gi"))].map((x) => x[1]?.toLowerCase()),
  );
  if (named.size > 1) return null;
  const back = (new Date(day).getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
  const start = day - back * DAY;
  return [start, start + (m[2] ? 2 : 1) * DAY];
}

/** A clock time opening an entry: "16:00 The Internal Security Forces said ...", "21:40 URGENT: ...". */
const CLOCK_STAMP = /^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?=[A-Z])/;
/**
 * Coverage told as it happens, by its opening: "is following the attack as it unfolds", "live
 * updates", "breaking news alerts". A video's chapter marks ("00:00 Arriving by bus") are stamped
 * with clock-like times too, but its opening tells of an episode, not of events as they happen.
 */
const LIVE_COVERAGE =
  /\b(?:as (?:it|they|events) (?:unfolds?|happens?|develops?)|live (?:blog|updates?|coverage|report(?:ing)?)|breaking(?: news)?(?: alerts?| updates?)?|news alerts?|minute[- ]by[- ]minute)\b/i;
/** A sentence that is one stamped entry of live coverage, by its article's opening. */
export const liveEntry = (text: string, lede: string) => CLOCK_STAMP.test(text) && LIVE_COVERAGE.test(lede);
/**
 * An event named by a definite noun ("the clash", "that attack", "the raid"): one already told, not
 * a new one.
 */
const BACK_TO_EVENT =
  /\b(?:the|that|this)\s+(?:clash|attack|ambush|raid|assault|shooting|firefight|exchange(?: of fire)?|explosion|bombing|breakout|infiltration)\b|\bthat\s+(?:night|day|morning|evening|afternoon)\b/i;
/** A period named only as the one just told: "in the same period", "over the same months". */
const SAME_PERIOD =
  /\b(?:in|during|over|for)\s+the\s+same\s+(?:period|months?|weeks?|days?|time\s?frame)\b(?!\s+(?:of|in|last|a year)\b)/i;
/**
 * A period named only as the one another body looked into: "in the period examined by the
 * investigators", "over the months under review", "during the period the auditors covered".
 */
const PERIOD_EXAMINED =
  /\b(?:in|during|over|for|within)\s+the\s+(?:period|months?|weeks?|time\s?frame)\s+(?:(?:examined|investigated|reviewed|audited|covered|studied|cited|in question)\b|under\s+(?:investigation|review|examination|scrutiny)\b|(?:that\s+|which\s+)?(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:examined|investigated|reviewed|audited|covered|studied|looked\s+into|cited)\b)/i;
function sentencesOf(reports: readonly Report[], ledes: ReadonlyMap<string, string> = new Map()): Said[] {
  const bySentence = new Map<string, Report[]>();
  for (const r of reports) {
    const list = bySentence.get(r.key);
    if (list) list.push(r);
    else if (bySentence.size < MAX_CLAIMS) bySentence.set(r.key, [r]);
  }
  const said = [...bySentence.values()].flatMap((rs) => {
    const s = saidOf(rs);
    return s ? [s] : [];
  });
  // A sentence that dates nothing tells of the event its article last dated ("On the night of 21
  // November, ... Nobody got out"): it is anchored, though its window stays its article's weeks.
  const ordered = [...said].sort((a, b) =>
    a.report.articleId === b.report.articleId
      ? a.report.sentence - b.report.sentence
      : a.report.articleId < b.report.articleId
        ? -1
        : 1,
  );
  // The places the sentences just before a placeless one name (see Said.near).
  let named: Said | null = null;
  for (const s of ordered) {
    if (named && named.report.articleId !== s.report.articleId) named = null;
    if (s.places.length > 0) named = s;
    else if (named && !s.cumulative && s.report.sentence - named.report.sentence <= NEAR_SENTENCES)
      s.near = named.places;
  }
  // "16:00 The security forces said three guards were killed": an entry of a live blog or a string
  // of breaking alerts, stamped with the hour it was posted, tells of the day or night the coverage
  // follows, around the day it was published (alerts sent overnight run past midnight).
  for (const s of said) {
    if (s.dated || s.cumulative || !liveEntry(s.text, ledes.get(s.report.articleId) ?? "")) continue;
    const day = Date.parse(`${(s.report.publishedAt ?? "").slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(day)) continue;
    s.window = [day - DAY, day + DAY];
    s.dated = true;
  }
  let last: Said | null = null;
  for (const s of ordered) {
    if (last && last.report.articleId !== s.report.articleId) last = null;
    if (s.dated) last = s;
    else if (last && !s.cumulative && !last.cumulative) {
      s.dated = true;
      s.anchor = last.window;
    } else if (!last && !s.cumulative) {
      // Before any sentence of its own dates it, a sentence tells of the day its article's opening
      // names ("we are taking your calls about the shooting on the border on Thursday night"): a
      // caller's "three bodies were brought back" is of that night, not of the article's weeks.
      const day = ledeWindow(ledes.get(s.report.articleId) ?? "", s.report.publishedAt);
      if (day) {
        s.window = day;
        s.dated = true;
      }
    }
  }
  const byKey = new Map(said.map((s) => [s.report.key, s]));
  // "He said the patrol seized 1.2 million pills after the clash ended": a sentence with no date
  // of its own that names its event only by a definite noun tells of the event a sentence just
  // before told and dated to one day, whatever day its report took from the article's opening.
  for (const s of said) {
    if (!BACK_TO_EVENT.test(s.text) || OWN_DATE.some((re) => re.test(s.text)) || s.cumulative) continue;
    for (const gap of [1, 2]) {
      const before = byKey.get(`${s.report.articleId}#${s.report.sentence - gap}`);
      if (!before || before.period || before.cumulative) continue;
      if (!DAY_MONTH.test(before.text) && !MONTH_DAY.test(before.text)) continue;
      s.window = before.window;
      s.dated = true;
      break;
    }
  }
  // "In a statement on Monday, the army said a laboratory count had found 2.6 million pills, and
  // that the first figure had been an estimate": a figure that replaces an earlier one is of the
  // event that figure counted; its own day is the day the revision was said.
  for (const s of said) {
    if (!revisesEarlier(s.text) || s.cumulative) continue;
    for (const gap of [1, 2, 3]) {
      const before = byKey.get(`${s.report.articleId}#${s.report.sentence - gap}`);
      if (!before?.dated || before.period || before.cumulative) continue;
      s.window = before.window;
      break;
    }
  }
  // "Coalition assessments counted about 90 attacks in the same period": a sentence that dates its
  // figure only by pointing back tells of the period the sentence just before (or the one before
  // it) gave in its own words. "In the same period of 2025" is another year's, no pointer.
  for (const s of said) {
    if (!SAME_PERIOD.test(s.text) || OWN_DATE.some((re) => re.test(s.text))) continue;
    const before = [1, 2]
      .map((gap) => byKey.get(`${s.report.articleId}#${s.report.sentence - gap}`))
      .find((x) => x && OWN_DATE.some((re) => re.test(x.text)));
    if (before) {
      s.window = before.window;
      s.dated = true;
      s.period = before.period;
    } else s.answers = true; // nothing before it in its own article: another account's period
  }
  for (const s of said)
    if (!s.period && PERIOD_EXAMINED.test(s.text) && !OWN_DATE.some((re) => re.test(s.text)))
      s.answers = true;
  // "He added that ...": the speaker of the sentence just before, when it is read; else nobody.
  for (const s of said) {
    // "The official said": an anaphor that keeps its role's head word ("^official").
    const heads = [...s.speakers].filter((x) => x.startsWith(ANAPHORIC) && x !== ANAPHORIC);
    if (!s.speakers.has(ANAPHORIC) && heads.length === 0) continue;
    s.speakers.delete(ANAPHORIC);
    for (const h of heads) s.speakers.delete(h);
    const before = byKey.get(`${s.report.articleId}#${s.report.sentence - 1}`);
    for (const x of before?.speakers ?? []) if (!x.startsWith(ANAPHORIC)) s.speakers.add(x);
    // "An Iraqi security official told Anadolu ... According to the official, ...": when the
    // sentence just before names no one, "the official" is the nearest speaker before it in its
    // article whose role ends in that word.
    for (const head of heads.map((h) => h.slice(ANAPHORIC.length))) {
      if (s.speakers.size > 0 || !head) break;
      for (let back = 2; back <= ANAPHOR_REACH && s.speakers.size === 0; back++) {
        const earlier = byKey.get(`${s.report.articleId}#${s.report.sentence - back}`);
        for (const x of earlier?.speakers ?? [])
          if (x.split(" ").pop()?.replace(/s$/, "") === head) s.speakers.add(x);
      }
    }
    // "The four-page memo, dated 21 November, was shared by an official. It says that ...": the
    // pronoun stands for the document the sentence before is about, which speaks for itself.
    const document = before && s.speakers.size === 0 ? DOCUMENT.exec(before.text)?.[1] : undefined;
    if (document) s.speakers.add(`document:${document.toLowerCase()}`);
  }
  return said;
}

/** A force's country as a topic names it: "US", "German" (the key is lower case: "us", "german"). */
const nationName = (of: string | undefined) =>
  of === "us" ? "US" : of === "coalition" ? "coalition" : (of ?? "").replace(/^\w/, (c) => c.toUpperCase());
/** Countries whose troops a text names, by their adjective, their name or their capital. */
const NATIONS: [string, RegExp][] = [
  ["us", /\b(?:US|U\.S\.|American|Americans|United States|Washington|Pentagon)\b/],
  ["turkish", /\b(?:Turkish|Turkey|Türkiye|Ankara)\b/],
  ["russian", /\b(?:Russian|Russia|Moscow)\b/],
  ["iranian", /\b(?:Iranian|Iran|Tehran)\b/],
  ["french", /\b(?:French|France)\b/],
  ["british", /\b(?:British|Britain|UK)\b/],
  ["german", /\b(?:German|Germany|Berlin|Bundeswehr)\b/],
  ["italian", /\b(?:Italian|Italy|Rome)\b/],
  ["polish", /\b(?:Polish|Poland|Warsaw)\b/],
  ["australian", /\b(?:Australian|Australia|Canberra)\b/],
];
const nationsIn = (text: string) => NATIONS.filter(([, re]) => re.test(text)).map(([n]) => n);
/**
 * Troops counted without their country ("The United States will keep about 2,500 troops", "the
 * occupier ... 2,500 of its soldiers remain") are the troops of the one country their sentence,
 * else their article (the sentences read, and its opening), names: a count of a force is of some force, and an article about one
 * foreign force counts that one.
 */
function forcesNamed(
  figures: FigureClaim[],
  said: readonly Said[],
  ledes: ReadonlyMap<string, string>,
): FigureClaim[] {
  const byArticle = new Map<string, string[]>([...ledes].map(([id, text]) => [id, nationsIn(text)]));
  for (const s of said)
    byArticle.set(s.report.articleId, [...(byArticle.get(s.report.articleId) ?? []), ...nationsIn(s.text)]);
  return figures.map((f) => {
    if (f.kind !== "troops:") return f;
    const own = [...new Set(nationsIn(f.said.text))];
    const named = own.length > 0 ? own : [...new Set(byArticle.get(f.said.report.articleId) ?? [])];
    return named.length === 1 ? { ...f, kind: `troops:${named[0]}` } : f;
  });
}

/**
 * One serving in a force, named by rank or post: "a sergeant in the Jordanian army", "a guard at the
 * prison", "Brigadier General Samer Haddad".
 */
const SERVING =
  /\b(?:soldiers?|sergeants?|corporals?|privates?|lieutenants?|captains?|colonels?|brigadiers?|(?:major|lieutenant)[- ]generals?|conscripts?|guards?|policem[ae]n|police officers?|rangers?|servicem[ae]n|troops?)\b/i;
/**
 * "Three of his friends died that night": the dead counted as someone's friends or colleagues are of
 * that person's side. In an article whose sentence or opening names him as one serving in a force
 * ("my brother Yazan, a sergeant in the Jordanian army"), they are of the forces; else their side is
 * unknown, and they are a group of their own, never the whole toll of the event.
 */
function friendsNamed(figures: FigureClaim[], ledes: ReadonlyMap<string, string>): FigureClaim[] {
  return sidesOfGroup(figures, FRIENDS_TOLL, (f) =>
    SERVING.test(f.said.text) || SERVING.test(ledes.get(f.said.report.articleId) ?? "")
      ? "forces"
      : undefined,
  );
}

const FRIENDS_TOLL = new RegExp(`^(killed|wounded):${FRIENDS}$`);
const OPPONENTS_TOLL = new RegExp(`^(killed|wounded):${OPPONENTS}$`);
/**
 * The tolls of a group named only by its relation to someone (`toll`: friends, opponents) given
 * the side `sideOf` finds; with none found, a group of their own, never the whole toll.
 */
function sidesOfGroup(
  figures: FigureClaim[],
  toll: RegExp,
  sideOf: (f: FigureClaim) => string | undefined,
): FigureClaim[] {
  return figures.map((f) => {
    const harm = toll.exec(f.kind)?.[1];
    if (!harm) return f;
    const side = sideOf(f);
    return side ? { ...f, kind: `${harm}:${side}` } : { ...f, kind: `${harm}:`, part: true };
  });
}

/** An article that tells of smugglers, and one that tells of ISIS or other militants. */
const SMUGGLING_TOLD = /\bsmuggl(?:ers?|ing)\b|\btraffickers?\b/i;
const MILITANTS_TOLD = /\b(?:isis|daesh|islamic state|militants?|jihadists?|terrorists?|insurgents?)\b/i;
/**
 * "I am told that six of the criminals were killed": the dead named by a word of blame are the
 * armed side the forces met, which their sentence, else their article's opening, names: smugglers
 * when it tells of smuggling and of no militants, militants when the other way round. Else their
 * side is unknown, and they are a group of their own, never the whole toll of the event.
 */
function opponentsNamed(figures: FigureClaim[], ledes: ReadonlyMap<string, string>): FigureClaim[] {
  const sideIn = (text: string) => {
    const [smugglers, militants] = [SMUGGLING_TOLD.test(text), MILITANTS_TOLD.test(text)];
    return smugglers && !militants ? "smugglers" : militants && !smugglers ? "militants" : undefined;
  };
  return sidesOfGroup(
    figures,
    OPPONENTS_TOLL,
    (f) => sideIn(f.said.text) ?? sideIn(ledes.get(f.said.report.articleId) ?? ""),
  );
}

/**
 * "The Pentagon told me about 1,500 US troops remain in Kurdistan. The KRG's own figure ... is
 * about 2,500": a figure named as someone's own takes the kind of the one figure the sentence just
 * before it in its article counted, and its owner is the one who speaks it. Dropped when that
 * sentence counts nothing, or more than one thing.
 */
function figuresOfBefore(figures: FigureClaim[]): FigureClaim[] {
  const at = (f: FigureClaim) => `${f.said.report.articleId}#${f.said.report.sentence}`;
  const kinds = new Map<string, Set<string>>();
  const pending = (f: FigureClaim) => f.kind === SAME_AS_BEFORE || f.kind === REJECTING;
  for (const f of figures)
    if (!pending(f) && f.hi > 0) kinds.set(at(f), (kinds.get(at(f)) ?? new Set()).add(f.kind));
  return figures.flatMap((f) => {
    if (f.kind === REJECTING) {
      // The figure rejected was told before, in the same article: the nearest sentence that
      // counted it, by one kind only, names what both count.
      const told = figures.filter(
        (g) =>
          !pending(g) &&
          g.said.report.articleId === f.said.report.articleId &&
          g.said.report.sentence < f.said.report.sentence &&
          g.value === f.rejects,
      );
      const nearest = Math.max(...told.map((g) => g.said.report.sentence));
      const rejectedKinds = new Set(
        told.filter((g) => g.said.report.sentence === nearest).map((g) => g.kind),
      );
      const kind = rejectedKinds.size === 1 ? [...rejectedKinds][0] : undefined;
      if (!kind) return [];
      const { rejects: _rejects, ...rest } = f;
      return [{ ...rest, kind }];
    }
    if (f.kind !== SAME_AS_BEFORE) return [f];
    const before = kinds.get(`${f.said.report.articleId}#${f.said.report.sentence - 1}`);
    const kind = before?.size === 1 ? [...before][0] : f.fallback;
    if (!kind) return [];
    // Those who "remain" are a standing count: a force's or a group's, never a toll or a load.
    if (f.elided && !kind.startsWith("troops") && !kind.startsWith("fighters:")) return [];
    const owner = OWNER_NAME.exec(f.said.text)?.[1];
    const speakers = owner
      ? new Set([...f.said.speakers, fold(owner).replace(/^the /, "")])
      : f.said.speakers;
    // "The figure of 1,140 arrested in 2026 is incorrect. The correct figure is 640": the true
    // figure, with no date of its own, counts over the time of the figure it corrects.
    const corrected = f.disputes
      ? figures.find(
          (g) =>
            g.kind === kind &&
            g.said.report.articleId === f.said.report.articleId &&
            g.said.report.sentence === f.said.report.sentence - 1,
        )
      : undefined;
    const window =
      corrected && !OWN_DATE.some((re) => re.test(f.said.text))
        ? {
            window: corrected.said.window,
            dated: corrected.said.dated,
            ...(corrected.said.period !== undefined ? { period: corrected.said.period } : {}),
          }
        : {};
    return [{ ...f, kind, said: { ...f.said, ...window, speakers } }];
  });
}

/**
 * Conflicts found by claims: figures of one thing that cannot both hold, and denials against what
 * they deny. `used` are the articles with evidence: a conflict needs one claim in one of them.
 */
export function claimConflicts(
  reports: readonly Report[],
  used: Set<string>,
  grader: ClaimGrader,
  weigh: Weigh,
  ledes: ReadonlyMap<string, string> = new Map(),
): Conflict[] {
  const said = sentencesOf(reports, ledes);
  const figures = opponentsNamed(
    friendsNamed(
      forcesNamed(relayedOnce(figuresOfBefore(said.flatMap((s) => figuresIn(s)))), said, ledes),
      ledes,
    ),
    ledes,
  );
  return [
    ...figureConflicts(figures, used, grader, weigh),
    ...detaineeConflicts(figures, used, grader, weigh),
    ...denialConflicts(said, used, grader, weigh),
    ...propositionConflicts(said, used, grader, weigh),
  ];
}

/**
 * The claim conflicts joined to those the older finders show: a claim conflict that shares a
 * sentence with a shown one of its kind adds its claims to it; one that adds nothing is dropped.
 */
/** The toll a conflict is of, by its id: "tolls:wounded:…", "claim:killed:smugglers:…". */
const tollOf = (id: string) => /^(?:tolls|claim):(killed|wounded)\b/.exec(id)?.[1];
const tollsApart = (a: string, b: string) => {
  const [x, y] = [tollOf(a), tollOf(b)];
  return x !== undefined && y !== undefined && x !== y;
};
export function mergeConflicts(shown: Conflict[], found: Conflict[]): Conflict[] {
  const out = shown.map((c) => ({ ...c, claims: [...c.claims] }));
  for (const f of found) {
    // A figure of none is a denial: "no escape took place" set against "17 escaped" joins the box
    // where the older finder already set that denial against the account of the escape.
    // So does a figure of none told by the source of the denial in another of its sentences ("all
    // detainees remained in their cells" after "no detainee escaped"), set against an account the
    // box already holds: one matter, one box. The account's figure may be told in another sentence
    // of its article than the one the box holds ("the breakout at the prison" in a council
    // summary's opening, "at least 40 detainees escaped" further down): the same two articles on
    // the same escape are one dispute.
    const denied = out.find(
      (c) =>
        c.kind === "denial" &&
        f.kind === "figures" &&
        (f.claims.some(
          (y) => y.value === 0 && c.claims.some((x) => x.key === y.key && x.stance === "denies"),
        ) ||
          (/^claim:escaped\b/.test(f.id) &&
            !c.id.startsWith("control:") &&
            f.claims.some(
              (y) =>
                y.value === 0 && c.claims.some((x) => x.articleId === y.articleId && x.stance === "denies"),
            ) &&
            f.claims.some(
              (y) =>
                y.value !== 0 && c.claims.some((x) => x.articleId === y.articleId && x.stance === "asserts"),
            ))),
    );
    if (denied) {
      // A figure told by the source of the denial ("14 rioted, without any escape") is its
      // account, on the side of the denial.
      const denier = (x: ConflictClaim) =>
        denied.claims.some((y) => y.articleId === x.articleId && y.stance === "denies");
      for (const x of f.claims)
        if (!denied.claims.some((y) => y.key === x.key))
          joinClaim(denied, { ...x, stance: x.value === 0 || denier(x) ? "denies" : "asserts" });
      continue;
    }
    const host = out.find(
      (c) =>
        c.kind === f.kind &&
        // A toll of the dead never joins a box of the wounded, whatever sentence they share ("killed
        // five smugglers and wounded others" is read by both).
        !tollsApart(c.id, f.id) &&
        c.claims.some((x) =>
          f.claims.some((y) => y.key === x.key && y.stance === x.stance && y.value === x.value),
        ),
    );
    if (!host) {
      // A box of figures on the same sentences says how many, not who did it or whether it
      // happened: "only two dead ... blamed highway robbers rather than ISIS" is two matters.
      const holds = (c: Conflict) =>
        !(c.kind === "figures" && f.kind === "accounts") &&
        f.claims.every((x) => c.claims.some((y) => y.key === x.key));
      if (!out.some(holds)) out.push(f);
      continue;
    }
    for (const x of f.claims) if (!host.claims.some((y) => y.key === x.key)) joinClaim(host, x);
  }
  return out;
}

/**
 * A claim joining a box whose line was weighed before it came: it takes the side of the claims
 * that hold what it holds (the same stance and figure), doubted with them when the line doubts
 * them.
 */
export function joinClaim(box: Conflict, claim: ConflictClaim): void {
  const doubted = new Set(box.doubted ?? []);
  const mate = box.claims.some(
    (y) => doubted.has(y.key) && y.stance === claim.stance && y.value === claim.value,
  );
  box.claims.push(claim);
  if (mate) box.doubted = [...doubted, claim.key];
}
