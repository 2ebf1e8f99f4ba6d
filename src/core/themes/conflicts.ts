import { countryOfEntry } from "../facts/entities/country-references.js";
import { extentOf } from "../facts/lexicon/areas.js";
import { LEXICON } from "../facts/lexicon/index.js";
import { matchLexicon } from "../facts/lexicon/matcher.js";
import { WORD_VALUES } from "../facts/quantities/numbers.js";
import { tokenize } from "../facts/text/tokenize.js";
import { RELIABILITY, RELIABILITY_WEIGHT, type Reliability } from "../sources/admiralty.js";
import { fold } from "../text/fold.js";
import { escapeRegExp } from "../text/regexp.js";
import type { Conflict, ConflictClaim } from "./assessment.js";
import { attributionOf } from "./claim-attribution.js";
import {
  ANOTHER_BODY,
  allPresent,
  allWorking,
  areaName,
  careOnly,
  claimConflicts,
  eventsToll,
  figureKindOf,
  joinClaim,
  km,
  mergeConflicts,
  namedApart,
  originOnly,
  saysWhoWasBehind,
  show,
  siteKindsApart,
  UP_TO_FIGURE,
} from "./conflicts-claims.js";
import { denies as isDenial, patternFit, sentenceRatesClaimFalse } from "./relevance.js";
import { articleOfKey, type Report } from "./reports.js";
import { CORRECT_FIGURE, FIRST_FIGURE_WAS, REVISES_LATER } from "./revisions.js";
import type { Factor } from "./theme.js";

const DAY = 86_400_000;
/**
 * Figures (and tolls) compared with each other, in the order reported: every pair may be
 * compared, so a briefing of 25 articles of thousands of figures each is cut to the first ones.
 * Real briefings have far fewer.
 */
const MAX_COMPARED = 400;
/**
 * Sentences read for what a conflict needs (a toll, who was hit, a site held or taken): a flood of
 * hostile sentences is cut to the first ones, so the costly patterns run a bounded number of times.
 */
const MAX_SCANNED = 2_000;
/** Two dated reports further apart than this tell of different events. */
const SAME_EVENT_DAYS = 21;

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / DAY;
}

/**
 * Whether two reports tell of the same event: they share a specific anchor (a facility, a town, a
 * person) and their dates agree. A 2022 assault and a 2020 riot at the same prison are two events.
 */

/**
 * Two sources may place one attack by different towns ("east of Homs", "near Palmyra"): reports of
 * the same kind of event, dated the same day in their own words, within a region's reach, are one.
 */
const NEARBY_KM = 200;
function sameDayNearby(a: Report, b: Report): boolean {
  if (!a.ownDay || !b.ownDay || a.date !== b.date) return false;
  if (!a.tags.some((t) => t !== "casualties" && b.tags.includes(t))) return false;
  return a.points.some((p) => b.points.some((q) => km(p, q) <= NEARBY_KM));
}

/** Days between two own dates, where a date that names only a month spans that month. */
function ownGap(a: Report, b: Report): number | null {
  const span = (r: Report): [number, number] | null => {
    if (!r.date) return null;
    const start = Date.parse(r.date.slice(0, 10));
    if (Number.isNaN(start)) return null;
    if (r.ownDay) return [start, start];
    const d = new Date(start);
    return [start, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)];
  };
  const x = span(a);
  const y = span(b);
  if (!x || !y) return null;
  return Math.max(0, x[0] - y[1], y[0] - x[1]) / DAY;
}

/**
 * Two reports of a standing measure (support given, cameras working) are about the same state of
 * affairs when they name the same force and were published within days of each other: "the SDF
 * is now without American air cover" against "CENTCOM provided air support to SDF partners".
 */
function sameState(a: Report, b: Report): boolean {
  if (a.kind !== "countermeasure" || b.kind !== "countermeasure") return false;
  const forces = (r: Report) =>
    r.entities
      .filter((e) => e.type === "organization" && e.kind !== "media")
      .map((e) => e.lexiconId ?? e.name);
  const theirs = new Set(forces(b));
  if (!forces(a).some((f) => theirs.has(f))) return false;
  const gap = daysApart(a.publishedAt, b.publishedAt);
  return gap !== null && gap <= SAME_EVENT_DAYS;
}

/**
 * "French forces have begun withdrawing from Iraq" and, the next day, "the ministry denies reports
 * that French forces have begun leaving Iraq": a force's departure is a state of that force, and
 * two sources telling of the same force leaving within days tell of one departure, whatever place
 * each names. The force is a body of the lexicon named by both.
 */
function sameForceLeaving(a: Report, b: Report): boolean {
  if (!a.tags.includes("troop-withdrawal") || !b.tags.includes("troop-withdrawal")) return false;
  // "Germany plans to withdraw its soldiers" and "reports that the Bundeswehr will leave Iraq are
  // incorrect": a foreign force is the force of the state it belongs to, so the state named as
  // withdrawing in one and its force named by name in the other are one force. Only for foreign and
  // coalition forces, whose state is never the host country the withdrawal is from; two countries
  // alone are no match (both may be the country left).
  const FOREIGN = new Set(["foreign-military", "coalition"]);
  const forces = (r: Report) =>
    r.own
      .filter((e) => e.type === "organization" && e.kind !== "media" && e.lexiconId)
      .map((e) => e.lexiconId);
  const statesOfForces = (r: Report) =>
    r.own
      .filter((e) => e.type === "organization" && FOREIGN.has(e.kind ?? "") && e.affiliation)
      .map((e) => e.affiliation?.toLowerCase());
  const states = (r: Report) => r.own.filter((e) => e.kind === "country").map((e) => e.name.toLowerCase());
  const theirs = new Set(forces(b));
  const stateOfForce = (x: Report, y: Report) => {
    const named = new Set(states(y));
    return statesOfForces(x).some((s) => named.has(s ?? ""));
  };
  if (!forces(a).some((f) => theirs.has(f)) && !stateOfForce(a, b) && !stateOfForce(b, a)) return false;
  const gap = daysApart(a.publishedAt, b.publishedAt);
  return gap !== null && gap <= SAME_EVENT_DAYS;
}

/**
 * "Officials say militias protect the trade. The Syrian government denies any involvement in the
 * trade.": a story that tells an accusation and, just after it, someone's denial of it sets the two
 * claims against each other, whoever relays them.
 */
const DENIAL_VERB = /\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes)\b/i;
function answers(denial: Report, claim: Report): boolean {
  const gap = denial.sentence - claim.sentence;
  return denial.articleId === claim.articleId && gap > 0 && gap <= 2 && DENIAL_VERB.test(denial.sentenceText);
}

/**
 * A denial about a whole region covers what was reported in one place of it, at the time: "reports
 * that US forces have withdrawn from northeast Syria are false" answers "the Americans have
 * withdrawn from the Qasrak base" published the day before.
 */
function regionCovers(region: Report, place: Report): boolean {
  const gap = daysApart(region.publishedAt, place.publishedAt);
  if (gap === null || gap > SAME_EVENT_DAYS) return false;
  return region.own.some((e) => {
    const box = e.type === "place" && e.lexiconId ? extentOf(e.lexiconId) : undefined;
    return (
      box !== undefined &&
      place.points.some(([lon, lat]) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3])
    );
  });
}

/**
 * Two articles whose ledes tell of the same kind of event on the same day ("killed four smugglers
 * in a clash on the border" on Tuesday, in an army statement and in a wire story the day after)
 * tell of one event, and so do the sentences of each that tell of it without a date of their own.
 */
const SIGNATURE_TAGS = new Set(["casualties", "border-security"]);
function sameStory(a: Report, b: Report): boolean {
  if (!a.story || !b.story || a.articleId === b.articleId || a.story.day !== b.story.day) return false;
  const theirs = new Set(b.story.tags);
  if (a.story.tags.some((t) => !SIGNATURE_TAGS.has(t) && theirs.has(t))) return true;
  // "border guards killed four smugglers ... from Syria" in an army's statement and "six young men
  // from Sweida were killed by Jordanian fire at the border" in a local tally: a deadly clash on
  // the border the same day, each side of the line named by both, is one clash told by both sides.
  return (
    [...SIGNATURE_TAGS].every((t) => a.story?.tags.includes(t) && theirs.has(t)) &&
    [...SIGNATURE_TAGS].every((t) => a.tags.includes(t) && b.tags.includes(t)) &&
    sharedStates(a, b) >= 2
  );
}

/** The states a report names, as countries or as the country a place or body belongs to. */
const statesOf = (r: Report) =>
  new Set(
    r.entities.flatMap((e) => (e.kind === "country" ? [e.name] : e.affiliation ? [e.affiliation] : [])),
  );
const sharedStates = (a: Report, b: Report) => {
  const theirs = statesOf(b);
  return [...statesOf(a)].filter((s) => theirs.has(s)).length;
};

/**
 * Two reports about two named sites (a prison, a camp, a base), neither naming the other's, tell of
 * two events however close the day and the place: an escape from the Ghwayran prison and a count
 * at Al-Hol camp, thirty kilometres apart, told the same day.
 */
const SITE_HEAD = /\b(?:prison|jail|camp|base|airport|dam|field|crossing|checkpoint)$/;
function twoSites(a: Report, b: Report): boolean {
  const sites = (r: Report) => r.anchors.filter((x) => SITE_HEAD.test(x));
  const [sa, sb] = [sites(a), sites(b)];
  return sa.length > 0 && sb.length > 0 && !sa.some((x) => sb.includes(x));
}

export function sameEvent(a: Report, b: Report): boolean {
  // Two reports each dated to its day, days apart, tell of two events however alike: two attacks
  // on one highway three days apart.
  if (a.ownDay && b.ownDay && (daysApart(a.date, b.date) ?? 0) > 1) return false;
  if (!a.anchors.some((x) => b.anchors.includes(x)))
    return !twoSites(a, b) && (sameDayNearby(a, b) || sameStory(a, b));
  const gap = a.ownDate && b.ownDate ? ownGap(a, b) : daysApart(a.publishedAt, b.publishedAt);
  if (a.ownDate !== b.ownDate) {
    // One dated by its own words, the other only by publication: compare those.
    const own = a.ownDate ? a : b;
    const other = a.ownDate ? b : a;
    const g = daysApart(own.date, other.publishedAt);
    return g === null || g <= SAME_EVENT_DAYS;
  }
  return gap === null || gap <= SAME_EVENT_DAYS;
}

/**
 * How well one side of a conflict is supported: its best source, more independent sources, less
 * when a party to the events speaks. The box's assessment line and each claim's credibility
 * (credibility.ts) read the same figure.
 */
export const strengthOf = (claims: readonly ConflictClaim[], reports: ReadonlyMap<string, Report>) => {
  const sources = new Set<string>();
  let best = 0;
  let letter: Reliability = "F";
  let party = false;
  for (const c of claims) {
    const r = reports.get(c.key);
    if (!r) continue;
    sources.add(r.sourceKey);
    if (RELIABILITY_WEIGHT[r.grade.reliability] > best) {
      best = RELIABILITY_WEIGHT[r.grade.reliability];
      letter = r.grade.reliability;
    }
    party ||= r.grade.party;
  }
  return {
    score: best + 0.2 * (sources.size - 1) - (party ? 0.15 : 0),
    sources: sources.size,
    party,
    best,
    letter,
  };
};

const describe = (s: ReturnType<typeof strengthOf>) =>
  `${s.sources === 1 ? "one source" : `${s.sources} independent sources`}${s.party ? ", a party to the events among them" : ""}`;

/**
 * An account the reporting attributes to no one it names: "a security source told AFP", "officials
 * speaking on condition of anonymity", "according to sources". Who said it cannot be checked, nor
 * what they stand to gain.
 */
const UNNAMED_SOURCE = new RegExp(
  [
    String.raw`\bon condition of anonymity\b`,
    String.raw`\b(?:asked|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)\b`,
    String.raw`\bdeclined\s+to\s+be\s+(?:named|identified)\b`,
    String.raw`\bnot\s+authori[sz]ed\s+to\s+(?:speak|talk|brief|comment)\b`,
    String.raw`\b(?:unnamed|anonymous)\s+(?:[\w'’-]+\s+)?(?:sources?|officials?|officers?)\b`,
    String.raw`\b(?:a|an|one|two|three|several|some)\s+(?:[\w'’-]+\s+){0,3}?sources?\b(?=[^.;]{0,80}?\b(?:said|says|say|told|tells|added|confirmed|reported)\b)`,
    String.raw`\baccording\s+to\s+(?:(?:a|an|one|two|three|several|some)\s+)?(?:[\w'’-]+\s+){0,3}?sources?\b`,
    String.raw`\bsources\s+(?:close\s+to\s+[^,.;]{1,40}?\s+)?(?:said|say|told|tell|confirmed|added)\b`,
    // Officials or people "familiar with" talks or a matter: the stock phrase of a source not named.
    String.raw`\b(?:officials?|sources?|people|persons?|diplomats?)\s+(?:directly\s+)?familiar\s+with\s+(?:the|this|that|those|these|their|his|her|its)\b`,
    // Reporting relayed with no source: "I have seen reporting that ...", "there are reports that ...".
    String.raw`\b(?:I|we)\s+(?:have\s+)?(?:seen|read|heard)\s+(?:(?:press|media|news|some)\s+)?(?:reports?|reporting)\b`,
    String.raw`\bthere\s+(?:are|were|have\s+been)\s+(?:(?:press|media|news|unconfirmed)\s+)?reports?\s+that\b`,
  ].join("|"),
  "i",
);
/** Whether a sentence attributes its account to no one it names ("two sources in the government told PAP"). */
export const unnamedSource = (text: string) => UNNAMED_SOURCE.test(text);
/**
 * A later sentence going on with the account of the unnamed sources an earlier one introduced:
 * "The sources said the decision followed ...", "according to the same sources". Only the definite
 * form refers back: "two sources said" opens an account of its own.
 */
export const SAME_SOURCES =
  /\b(?:the|these|those|the\s+same)\s+(?:[\w'’-]+\s+)?sources?\s+(?:also\s+)?(?:said|say|says|told|added|confirmed)\b|\baccording\s+to\s+(?:the|these|those|the\s+same)\s+(?:[\w'’-]+\s+)?sources?\b/i;
/**
 * A side speaking for itself: in its own words ("our forces", "we"), through its statement or
 * spokesman, or as a body of the state or of the forces that says what it did or suffered.
 */
const OWN_VOICE = /\b(?:our|we)\b/i;
const OFFICIAL_VOICE =
  /\b(?:the|a|its|their|in\s+a)\s+(?:[\w'’-]+\s+)?statement\b|\bspokes(?:man|woman|person)\b|\bcommuniqu[eé]\b|\b(?:ministry|command|army|military|police|administration|authorities)\s+(?:said|says|announced|stated|added)\b/i;
/** Losses of the forces ("two guards were killed", "one member of the forces was lightly wounded", "our ranks"). */
const FORCES = String.raw`(?:soldiers?|troops?|guards?|police(?:men)?|personnel|servicemen|officers?|members?\s+of\s+(?:the|our|its|their)\s+(?:[\w'’-]+\s+){0,2}?forces|our\s+(?:men|ranks|forces|heroes|comrades|fighters))`;
const FORCES_LOSS = new RegExp(
  String.raw`\b${FORCES}\b[^.;]{0,60}?\b(?:killed|wounded|injured|martyred|dead|hurt|casualties|losses)\b|\b(?:killing|wounding|injuring|killed|wounded)\s+(?:[\w'’-]+\s+){0,3}?${FORCES}\b|\b(?:no|not\s+a\s+single|without(?:\s+any)?)\s+(?:casualties|losses)\b`,
  "i",
);
/** An escape from custody, or those held said all there ("all inmates were present at the count"). */
const CUSTODY_LOSS =
  /\b(?:escaped|escapes?|escapees?|broke\s+out|breakout|at\s+large|unaccounted\s+for)\b|\b(?:inmates?|detainees?|prisoners?)\b[^.;]{0,40}?\b(?:present|accounted\s+for)\b/i;
/** Ground said lost or kept ("was never out of our control", "what was published about its fall"). */
const GROUND_LOSS =
  /\b(?:out\s+of|outside|lost|lose|losing)\s+(?:our|its|their)\s+(?:[\w'’-]+\s+)?control\b|\b(?:its|the\s+town's|the\s+village's)\s+fall\b|\b(?:fell|fallen)\s+to\b/i;
/** A side's claim of the losses it says it inflicted ("ISIS claimed", "said it had killed 30 soldiers"). */
const INFLICTED =
  /\b(?:claimed|claims|boasted)\b[^.;]{0,80}?\b(?:kill\w*|dead|casualties|destroyed)\b|\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:it|they|its|their)\s+(?:[\w'’-]+\s+)?(?:had\s+|have\s+|has\s+)?(?:killed|destroyed|eliminated|neutrali[sz]ed)\b|\b(?:we|our\s+(?:[\w'’-]+\s+)?(?:forces|fighters|men|troops|units))\s+(?:have\s+|had\s+)?(?:killed|eliminated|neutrali[sz]ed|destroyed)\b|\bAmaq\b/i;

type Interest = "losses" | "custody" | "ground" | "inflates" | null;
const INTEREST_NOTE: Record<NonNullable<Interest>, string> = {
  losses: "is a party's count of its own losses, which it has reason to play down",
  custody: "is the account of the party that holds the detainees, which has reason to play down an escape",
  ground: "is the account of the party that held the ground, which has reason to deny losing it",
  inflates: "is a party's claim of the losses it inflicted, which it has reason to inflate",
};
/**
 * Whether a side's account serves the one who gives it: a party counting its own losses or an
 * escape from its own custody at the lowest figure (or denying them), or a party claiming the
 * highest toll of what it inflicted. Such an account is weighed as a party's, whatever its outlet.
 */
function interestOf(
  claims: readonly ConflictClaim[],
  reports: ReadonlyMap<string, Report>,
  lowest: boolean,
  highest: boolean,
): Interest {
  const texts = claims.map((c) => reports.get(c.key)?.sentenceText ?? c.text);
  if (texts.length === 0) return null;
  const party = claims.some((c, i) => {
    const t = texts[i] ?? "";
    return reports.get(c.key)?.grade.party || OWN_VOICE.test(t) || OFFICIAL_VOICE.test(t);
  });
  if (lowest && party && texts.every((t) => FORCES_LOSS.test(t))) return "losses";
  if (lowest && party && texts.every((t) => CUSTODY_LOSS.test(t) || FORCES_LOSS.test(t))) return "custody";
  if (lowest && party && texts.every((t) => GROUND_LOSS.test(t))) return "ground";
  if (highest && texts.every((t) => INFLICTED.test(t))) return "inflates";
  return null;
}
const onlyUnnamed = (claims: readonly ConflictClaim[], reports: ReadonlyMap<string, Report>) =>
  claims.length > 0 && claims.every((c) => UNNAMED_SOURCE.test(reports.get(c.key)?.sentenceText ?? c.text));

/**
 * The figure a side gives, for the order of the sides: a denial gives none, an account of what it
 * denies one.
 */
const sideValue = (claims: readonly ConflictClaim[]) => {
  const vs = claims
    .map((c) => (c.stance === "denies" ? 0 : c.stance === "asserts" ? 1 : c.value))
    .filter((v) => v !== undefined);
  return vs.length === claims.length && vs.length > 0 ? Math.min(...(vs as number[])) : null;
};

/** One side of a conflict: what it holds, the reports that hold it, and their stance. */
interface Side {
  label: string;
  reports: readonly Report[];
  /** An account asserts unless it denies. */
  stance?: ConflictClaim["stance"];
}

/**
 * A conflict between sides of reports: each report a claim graded with its side's stance, in the
 * order of the sides, and the analytic line that weighs them.
 */
function sidedConflict(
  grader: ClaimGrader,
  head: { id: string; kind: Conflict["kind"]; topic: string; factor?: string | null },
  sides: readonly Side[],
): Conflict {
  const graded = sides.map((side): [string, ConflictClaim[]] => [
    side.label,
    side.reports.map((r) => grader.claim(r, side.stance ?? "asserts")),
  ]);
  return {
    id: head.id,
    kind: head.kind,
    topic: head.topic,
    factor: head.factor ?? null,
    claims: graded.flatMap(([, claims]) => claims),
    ...weighSides(graded, new Map(sides.flatMap((side) => side.reports).map((r) => [r.key, r]))),
  };
}

/** The analytic line under a conflict: which account is better supported, and why. */
export function weighClaims(sides: [string, ConflictClaim[]][], reports: Map<string, Report>): string {
  return weighSides(sides, reports).analysis;
}

/**
 * The analytic line under a conflict and what it decides: when it judges one account better
 * supported (or the less doubtful), the claims of every other account are `doubted`, and the
 * factors they feed weigh them less; when it leaves the point open, no claim is doubted and both
 * accounts keep their weight, shown as contested.
 */
export function weighSides(
  sides: [string, ConflictClaim[]][],
  reports: Map<string, Report>,
): Pick<Conflict, "analysis" | "doubted"> {
  const values = sides.map(([, claims]) => sideValue(claims));
  const known = values.filter((v): v is number => v !== null);
  const ordered = known.length === values.length && known.length >= 2;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const interests = sides.map(([, claims], i) => {
    const v = values[i] ?? null;
    const alone = (x: number) => known.filter((k) => k === x).length === 1;
    return ordered && v !== null
      ? interestOf(claims, reports, v === min && alone(min), v === max && alone(max))
      : null;
  });
  const scored = sides.map(([name, claims], i) => {
    const s = strengthOf(claims, reports);
    // A party's self-serving account counts as a party's, whoever carries it.
    const party = s.party || interests[i] !== null;
    return { name, ...s, party, score: s.score - (party && !s.party ? 0.15 : 0) };
  });
  const relayed = relayNote(sides, reports);
  const fixed = correctedBy(sides, reports);
  const own = fixed ? null : ownWord(sides, reports);
  // One outlet relaying two originators, neither with a stake the line must weigh: the grades are
  // the outlet's, the same for both, so the line says who each account comes from instead.
  const open = relayed && interests.every((x) => x === null);
  const judged = fixed
    ? {
        line: fixed.revision
          ? `The ${fixed.name} is better supported: it is the later revision by ${bodyInProse(fixed.source)}, which says the first figure was ${/^(?:estimate|approximation|error)$/.test(fixed.revision) ? `an ${fixed.revision}` : fixed.revision}.`
          : `The ${fixed.name} is better supported: it is the later correction by ${bodyInProse(fixed.source)}, which names the other ${fixed.what} as wrong.`,
        preferred: fixed.name,
      }
    : own
      ? {
          line: `The ${own.name} is better supported: it is the on-record word of ${bodyInProse(own.source)}, a body of the government whose own decision is in question, against sources the reporting does not name, whatever the outlets' grades. A government may still deny a decision it has not yet announced.`,
          preferred: own.name,
        }
      : open
        ? null
        : verdict([...scored].sort((x, y) => y.score - x.score));
  const line = judged
    ? judged.line
    : `Neither account is better supported: ${relayed}, and its grade cannot choose between them. The point stays open until an independent source reports on it.`;
  const preferred = judged?.preferred ?? null;
  const doubted = preferred
    ? sides.filter(([name]) => name !== preferred).flatMap(([, claims]) => claims.map((c) => c.key))
    : [];
  const notes = [
    // Once the line has chosen on other grounds (a later revision, a body's own word), the relay
    // only says who each account comes from; "its grade cannot choose" would read against the verdict.
    ...(relayed && !line.includes(relayed)
      ? [preferred ? relayed : `${relayed}, and its grade cannot choose between them`]
      : []),
    ...sides.flatMap(([name, claims], i) => [
      ...(interests[i] ? [`the ${name} ${INTEREST_NOTE[interests[i] ?? "losses"]}`] : []),
      ...(onlyUnnamed(claims, reports) && !own
        ? [`the ${name} rests on a source the reporting does not name`]
        : []),
    ]),
  ];
  const analysis = notes.length > 0 ? `${line} To weigh: ${notes.join("; ")}.` : line;
  return doubted.length > 0 ? { analysis, doubted } : { analysis };
}

/**
 * Of two figures, the one a later account gives as the correct one, naming the other as wrong:
 * "the number ... is 121, not 212", "stands at 40 and not 65 as first reported". A correction
 * that names the figure it replaces answers it; the first figure's source has not disputed it.
 */
function correctedBy(
  sides: [string, ConflictClaim[]][],
  reports: Map<string, Report>,
): { name: string; source: string; revision: string | null; what: "figure" | "account" } | null {
  if (sides.length !== 2) return null;
  const forms = (v: number) => [String(v), v.toLocaleString("en-US")];
  for (const [i, [name, claims]] of sides.entries()) {
    const other = sides[1 - i]?.[1] ?? [];
    const latestOther = Math.max(...other.map((c) => Date.parse(reports.get(c.key)?.publishedAt ?? "") || 0));
    for (const c of claims) {
      const r = reports.get(c.key);
      if (!r?.publishedAt) continue;
      // An account, not a figure, corrects only in words that name the reports it answers:
      // "contrary to earlier reports that he had died".
      if (c.value === undefined && !DEATH_REPORTS_ANSWERED.test(r.sentenceText)) continue;
      // Later: published after every account of the other figure, or told after each of them in
      // the one article that carries both (a bulletin relaying a figure and its revision).
      const later =
        Date.parse(r.publishedAt) > latestOther ||
        other.every((o) => {
          const q = reports.get(o.key);
          return q !== undefined && q.articleId === r.articleId && q.sentence < r.sentence;
        });
      if (!later) continue;
      const names =
        (c.value === undefined && DEATH_REPORTS_ANSWERED.test(r.sentenceText)) ||
        other.some(
          (o) =>
            o.value !== undefined &&
            forms(o.value).some((f) =>
              new RegExp(String.raw`\b(?:not|rather than|instead of)\s+(?:the\s+)?${f}(?!\d|,\d)`, "i").test(
                r.sentenceText,
              ),
            ),
        );
      const source = c.source ?? r.source ?? "";
      // "The correct figure is 640", after the figure it replaces was called wrong: a correction's
      // own words, the figure it replaces named before it.
      // A correction relayed by an outlet is its originator's, as a revision is ("On Monday the
      // ministry corrected the figure, saying that ...", in a newspaper).
      if (names || CORRECT_FIGURE.test(r.sentenceText))
        return {
          name,
          source: c.attributedTo ?? source,
          revision: null,
          what: c.value === undefined ? "account" : "figure",
        };
      if (c.value === undefined) continue;
      // "... and that the first figure had been an estimate": the later figure revises the first.
      // A revision relayed by an outlet is its originator's ("the Armed Forces said that ...").
      const revision = FIRST_FIGURE_WAS.exec(r.sentenceText)?.[1];
      if (revision)
        return { name, source: c.attributedTo ?? source, revision: revision.toLowerCase(), what: "figure" };
    }
  }
  return null;
}

/** A decision or a plan: "will withdraw", "plans to", "a decision has been taken", "decided to". */
const PLAN =
  /\b(?:will\s+\w+|(?:is|are)\s+to\s+\w+|plans?\s+to|planning\s+to|intends?\s+to|decided\s+to|decision\s+(?:to|has|had|was|is))\b/i;

/** The countries, by name, that the entities a text names stand for (see countryOfEntry). */
function countriesOf(text: string): string[] {
  return matchLexicon(tokenize(text)).flatMap((m) => countryOfEntry(m.entry) ?? []);
}

/**
 * A government's on-record word on its own decision against unnamed sources' account of it: one
 * side rests only on sources the reporting does not name and tells of a decision or plan ("Poland
 * will withdraw ..., two sources in the government told the agency"); the other is the statement
 * of a public body (an official source, speaking in its own name) of the very country whose
 * decision it is, the first the account names ("Poland", not the "Iraq" it leaves). The named
 * body can be held to its word and knows its own plans; the unnamed cannot be checked. That
 * decides the line whatever the outlets' grades. Nothing when the body is another country's
 * ("Iraq's ministry denies that US forces will leave"), or the account names its source.
 */
function ownWord(
  sides: [string, ConflictClaim[]][],
  reports: ReadonlyMap<string, Report>,
): { name: string; source: string } | null {
  if (sides.length !== 2) return null;
  const textOf = (c: ConflictClaim) => reports.get(c.key)?.sentenceText ?? c.text;
  for (const [i, [name, claims]] of sides.entries()) {
    const [, others] = sides[1 - i] ?? [];
    if (!others || !onlyUnnamed(others, reports) || !others.some((c) => PLAN.test(textOf(c)))) continue;
    const bodies = claims.map((c) => reports.get(c.key));
    if (
      bodies.length === 0 ||
      bodies.some((r) => r?.grade.kind !== "official" || UNNAMED_SOURCE.test(r.sentenceText))
    )
      continue;
    const source = bodies[0]?.source ?? "";
    const mine = new Set(countriesOf(source));
    if (mine.size > 0 && others.every((c) => mine.has(countriesOf(textOf(c))[0] ?? "")))
      return { name, source };
  }
  return null;
}

/** A state body's own word that can follow a country's name in an outlet's label. */
const BODY_HEAD =
  /^(?:Ministry|Ministries|Department|Office|Government|Embassy|Council|Presidency|Parliament|Cabinet|Armed Forces|Army|Navy|Air Force|Defence|Defense|Foreign|Interior|National|Federal|Joint|Border|Security|Military|General Staff|Chancellery|Prime Minister)\b/;
const COUNTRY_NAMES = LEXICON.filter((e) => e.kind === "country")
  .map((e) => e.name)
  .sort((a, b) => b.length - a.length);

/**
 * An outlet's label for a state body, put into running prose: a label written as the country's
 * name before the body's ("Poland Ministry of National Defence") reads as the country's body
 * ("Poland's Ministry of National Defence"; "the United States' ..." after a name ending in s). Any
 * other label, an outlet named after a country ("Syria Direct") among them, is printed as it is,
 * without the register in brackets the label may end with.
 */
export function bodyInProse(label: string): string {
  // "Iraqi Ministry of Migration and Displacement (statement)": the register an outlet's label
  // gives in lower case (statement, analysis, written answer) says what kind of text it is, not
  // who acts; prose that has the body correct or decide names the body alone. An acronym in
  // brackets ("(SOHR)") is part of the name and stays.
  const source = label.replace(/\s*\((?=[a-z])[^()]*\)\s*$/, "");
  for (const name of COUNTRY_NAMES) {
    if (!source.startsWith(`${name} `)) continue;
    const rest = source.slice(name.length + 1);
    if (BODY_HEAD.test(rest)) return `${name}${name.endsWith("s") ? "'" : "'s"} ${rest}`;
    break;
  }
  // "Iraqi Ministry of Interior", "US Embassy in Baghdad": a body named by its own common noun,
  // after at most a few qualifying words, takes "the" in running prose ("the later correction by
  // the Iraqi Ministry of Interior"); a proper name ("Syria Direct", "Al-Iraqiya") does not.
  return INSTITUTION.test(source) ? `the ${source}` : source;
}
/** A state body's label led by its institution's common noun, after at most three qualifying words. */
const INSTITUTION =
  /^(?!the\s)(?:[A-Z][\w'’.-]*\s+){0,3}?(?:Ministry|Department|Embassy|Consulate|Office|Government|Presidency|Parliament|Cabinet|Council|Command|Armed Forces|Army|Navy|Air Force|General Staff|Chancellery)\b/;

/**
 * One outlet relaying different originators ("a UN monitoring team report put the number at up to
 * 3,000"; "a senior official told me … fewer than 800"): the outlet's grade is the same for both
 * accounts and cannot choose between them. Says who each account comes from (the caller adds that
 * the grade cannot choose, unless the line chose on other grounds); nothing when the accounts come
 * from several outlets or an account's originator is not named.
 */
function relayNote(sides: [string, ConflictClaim[]][], reports: ReadonlyMap<string, Report>): string | null {
  const outlets = new Set(
    sides.flatMap(([, claims]) => claims.map((c) => reports.get(c.key)?.sourceKey ?? c.source)),
  );
  const origins = sides.map(([, claims]) => {
    const named = new Set(claims.map((c) => c.attributedTo));
    return named.size === 1 ? [...named][0] : undefined;
  });
  const outlet = sides[0]?.[1][0]?.source;
  if (outlets.size !== 1 || !outlet || origins.some((o) => !o) || new Set(origins).size < origins.length)
    return null;
  const each = sides.map(([name], i) => `the ${name} to ${bodyInProse(origins[i] ?? "")}`);
  return `both come through one source, ${outlet}, which attributes ${each.join(" and ")}`;
}

type Scored = ReturnType<typeof strengthOf> & { name: string };

/**
 * Why the better-graded of two accounts is preferred, in the grades' own words. A source whose
 * reliability cannot be judged (F) is weighed above one known to be unreliable (D, E), but it is
 * not "graded more reliable": the line says that the other source is the doubtful one, and that
 * the preferred account is only the less doubtful.
 */
function gradedReason(graded: Scored, other: Scored): { lead: string; why: string } {
  if (graded.letter === "F")
    return {
      lead: `The ${graded.name} is the less doubtful, though not well supported`,
      why: `the source of the ${other.name} is graded ${RELIABILITY[other.letter]} (${other.letter}), while the reliability of the other source cannot be judged (F)`,
    };
  return {
    lead: `The ${graded.name} is better supported`,
    why: `its source is graded more reliable (${graded.letter}, ${RELIABILITY[graded.letter]}, against ${other.letter}, ${RELIABILITY[other.letter]})`,
  };
}

/** The line that weighs two accounts, and the name of the account it prefers (null: none). */
function verdict(scored: Scored[]): { line: string; preferred: string | null } {
  const [first, second] = scored;
  if (!first || !second) return { line: "Only one account is reported.", preferred: null };
  if (first.score - second.score < 0.15) {
    if (first.best === second.best)
      return {
        line: `Neither account is better supported: the ${first.name} rests on ${describe(first)} and the ${second.name} on ${describe(second)}, of similar grade. The point stays open until an independent source reports on it.`,
        preferred: null,
      };
    // Grades a letter or more apart are not similar (B against C): the better-graded account is
    // better supported unless the other is carried by more sources or the better-graded source
    // is a party to the events.
    const graded = first.best > second.best ? first : second;
    const other = graded === first ? second : first;
    if (other.sources <= graded.sources && (!graded.party || other.party)) {
      // F is no grade on the scale but the want of one: a source whose reliability cannot be
      // judged is not a letter below a fairly reliable one, and the grades, this close, cannot
      // choose between a known source and an unknown one. Only a source graded usually reliable
      // or better (B, A) outweighs an ungraded one, on the scores.
      if (other.letter === "F")
        return {
          line: `Neither account is better supported: the source of the ${graded.name} is graded ${RELIABILITY[graded.letter]} (${graded.letter}) and the reliability of the source of the ${other.name} cannot be judged (F), so the grades cannot choose between them. The point stays open until an independent source reports on it.`,
          preferred: null,
        };
      const { lead, why } = gradedReason(graded, other);
      return { line: `${lead}: ${why}.`, preferred: graded.name };
    }
    const offset =
      other.sources > graded.sources
        ? `the ${other.name} is carried by ${describe(other)}`
        : `the ${graded.name} comes from a party to the events`;
    const grades =
      graded.letter === "F"
        ? `the source of the ${other.name} is graded ${RELIABILITY[other.letter]} (${other.letter})`
        : `the source of the ${graded.name} is graded more reliable (${graded.letter} against ${other.letter})`;
    return {
      line: `Neither account is clearly better supported: ${grades}, but ${offset}. The point stays open until an independent source reports on it.`,
      preferred: null,
    };
  }
  if (first.sources <= second.sources && first.best > second.best) {
    const { lead, why } = gradedReason(first, second);
    return { line: `${lead}: ${why}.`, preferred: first.name };
  }
  const why =
    first.sources > second.sources
      ? `it is carried by ${describe(first)} against ${describe(second)}`
      : `the ${second.name} comes from a party to the events`;
  return { line: `The ${first.name} is better supported: ${why}.`, preferred: first.name };
}

export interface ClaimGrader {
  claim(r: Report, stance: ConflictClaim["stance"]): ConflictClaim;
}

/**
 * Groups of items, each joining the first group that holds an item the same as it. `part`, when
 * given, must be equal for any two items that are the same (null: the same as none): groups are
 * then looked for only among those of the item's part, so many items of many kinds do not cost
 * every item a look at every group.
 */
function groupBy<T>(xs: T[], same: (a: T, b: T) => boolean, part: (x: T) => string | null = () => ""): T[][] {
  const groups: T[][] = [];
  const byPart = new Map<string, T[][]>();
  for (const x of xs) {
    const key = part(x);
    const mine = key === null ? undefined : byPart.get(key);
    const g = mine?.find((gr) => gr.some((y) => same(x, y)));
    if (g) {
      g.push(x);
      continue;
    }
    const group = [x];
    groups.push(group);
    if (key === null) continue;
    if (mine) mine.push(group);
    else byPart.set(key, [group]);
  }
  return groups;
}

const FOILED = /\b(?:foiled|thwarted|prevented|averted|intercepted)\b/i;
const NEGATED =
  /\b(?:not|no|never|none|nobody|nothing|den(?:y|ies|ied|ying)|untrue|false|fabricated|baseless|unfounded)\b|n['’]t\b/i;
const ATTEMPT = /\b(?:tried|trying|tries|attempt(?:s|ed|ing)?)\b/i;
/**
 * "Trucks still cross at night, wall or no wall": "X or no X" is concessive (whether or not there
 * is X), no denial of X. A sentence whose only negation is that idiom denies nothing.
 */
const CONCESSIVE = /\b([a-z][\w'’-]*)\s+or\s+no\s+\1\b/i;
const onlyConcessive = (r: Report) =>
  CONCESSIVE.test(r.sentenceText) &&
  !NEGATED.test(r.sentenceText.replace(new RegExp(CONCESSIVE.source, "gi"), ""));

/**
 * "Residents should not approach the wall or the trench", "do not touch suspicious objects": a
 * negated instruction forbids an act and denies nothing of what it names, so a sentence whose only
 * negation is a prohibition is no denial.
 */
const PROHIBITION =
  /\b(?:(?:should|must|shall|need|ought to)\s+not|shouldn['’]t|mustn['’]t|(?:^|[,;:]\s*|\b(?:please|and|to)\s+)(?:do\s+not|don['’]t|never))\s+(?:\w+\s+)?(?:approach|touch|go|come|enter|use|travel|leave|walk|drive|move|gather|open|stand|cross|share|believe|listen|panic)\b/gi;
const NEGATION_CUE =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|untrue|false|fabricated|baseless|unfounded|without)\b|n['’]t\b/i;
const onlyProhibition = (r: Report) =>
  r.sentenceText.search(PROHIBITION) >= 0 && !NEGATION_CUE.test(r.sentenceText.replace(PROHIBITION, " "));

/**
 * "Denies reports that members of the General Security service took part in the smuggling
 * attempt", "denied that police officers were involved in the escape": a denial of someone's part
 * in an event grants the event (told as "the" one) and denies only who took part. It answers an
 * account that names that party, never one that tells of the event alone. The party's name (its
 * capitalised words, else its last word) is what such an account must carry.
 */
const PART_DENIED =
  /\bden(?:y|ies|ied|ying)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|accusations?)\s+(?:[^.;]{0,60}?\s)?)?that\s+([^,.;]{3,80}?)\s+(?:took part|take part|takes part|participated|were involved|was involved|had (?:a|any) (?:hand|role|part)|played (?:a|any) (?:part|role)|were behind|was behind)\s+in\s+the\b(?:\s+([^,.;]{3,60}?)(?=\s+(?:on|at|near|along|last|this|in)\b|[,.;]|$))?/i;
function partyDenied(d: Report): string[] | null {
  const party = PART_DENIED.exec(d.sentenceText)?.[1];
  if (!party) return null;
  const names = party.match(/\b[A-Z][\w'’-]+/g)?.filter((w) => !/^(?:The|A|An|Some|Its|Their)$/.test(w));
  return names?.length ? names : [party.split(/\s+/).at(-1) ?? party];
}
const namesParty = (a: Report, party: readonly string[]) =>
  party.every((w) => new RegExp(`\\b${escapeRegExp(w)}`, "i").test(a.sentenceText));

/**
 * "A 35-kilometre section has neither wall nor trench" and "a brigade was sent to cover the section
 * without a wall": a report that names a thing only as lacking ("without a wall", "with no fence")
 * tells of its absence as the denial does, and agrees with it. The things a sentence names as
 * absent, and whether every mention of one of them in another sentence is as absent too.
 */
const ABSENT_CUE = String.raw`\b(?:without|with no|lacking|lacks|neither|nor|no)\s+(?:an?\s+|any\s+)?`;
const ABSENT = new RegExp(String.raw`${ABSENT_CUE}([a-z]{4,}?)s?\b`, "gi");
const absentIn = (text: string) => new Set([...text.matchAll(ABSENT)].map((m) => (m[1] ?? "").toLowerCase()));
function tellsAbsentToo(a: Report, d: Report): boolean {
  const absent = absentIn(a.sentenceText);
  const count = (re: string) => [...a.sentenceText.matchAll(new RegExp(re, "gi"))].length;
  return [...absentIn(d.sentenceText)].some(
    (w) => absent.has(w) && count(String.raw`\b${w}s?\b`) === count(String.raw`${ABSENT_CUE}${w}s?\b`),
  );
}

/**
 * "None of the infiltrators reached the villages behind the wall": a denial of a group's further
 * step grants the group (and the attempt it tells of) and denies only that step. It answers an
 * account of that step ("two infiltrators reached the villages"), told with the same verb, never
 * one of the attempt alone ("militants tried to infiltrate").
 */
const NONE_OF =
  /\b(?:none|not one|not a single one|neither) of (?:the|them|these|those|its|their|our)\b(?:\s+[\w'’-]+){0,2}?\s+(?:(?:was|were|has|have|had|been|is|are|did|could)\s+)*([a-z]{3,}?)(?:ed|d)\b/i;
function stepDeniedOnly(a: Report, d: Report): boolean {
  const verb = NONE_OF.exec(d.sentenceText)?.[1];
  return verb !== undefined && !new RegExp(String.raw`\b${verb}`, "i").test(a.sentenceText);
}

/**
 * "The Syrian authorities have not yet deployed a regular force on their side of the border": a
 * denial placed on one party's side of a border speaks of that party's forces only. It answers an
 * account of forces of that party (or of its country), never one of the other side's towers and
 * battalions, nor one that names no party at all (two measures, one on each side of the line).
 */
const THEIR_SIDE = /\b(?:on|along|at)\s+(?:their|its)\s+(?:own\s+)?side\s+of\s+the\s+(?:border|frontier)\b/i;
export function otherSide(a: Report, d: Report): boolean {
  if (!THEIR_SIDE.test(d.sentenceText)) return false;
  const theirs = [...partiesOf(d)];
  if (theirs.length === 0) return false;
  const mine = partiesOf(a);
  return !theirs.some((p) => mine.has(p));
}

/**
 * "The government has still not deployed a regular unit east of Resafa": a denial bounded to one
 * side of a place denies nothing of what its account places elsewhere ("reinforcements have taken
 * over the checkpoints on the road" the patrol held, west of the town). Only where the place has
 * coordinates and every place the account names (else its story's lede) lies off that side.
 */
const QUARTER_OF =
  /\b(north|south|east|west)(?:-?(east|west))?\s+of\s+(?:the\s+)?(?:(?:town|village|city|camp)\s+of\s+)?((?:al-|el-)?[A-Z][\w'’-]*)/g;
const QUARTER_MARGIN = 0.1;
export function otherQuarter(a: Report, d: Report): boolean {
  // An account that names no place of its own is where its story's lede set it.
  const where =
    a.points.length > 0
      ? a.points
      : a.setting.flatMap((e) => (e.coordinates ? [e.coordinates as [number, number]] : []));
  if (where.length === 0) return false;
  const quarters = [...d.sentenceText.matchAll(QUARTER_OF)];
  if (quarters.length !== 1) return false;
  const [, first, second, name] = quarters[0] as RegExpMatchArray;
  const folded = fold(name ?? "").replace(/^(?:al|el) /, "");
  const place = d.entities.find(
    (e) =>
      (e.type === "place" || e.type === "facility") &&
      e.coordinates &&
      [e.name, e.surface ?? ""].some((n) => fold(n).replace(/^(?:al|el) /, "") === folded),
  );
  const at = place?.coordinates;
  if (!at) return false;
  const sides = [first, second].filter(Boolean).map((x) => (x as string).toLowerCase());
  // "A concrete wall now runs along the whole stretch east of Rabia": the account names that side.
  const sideNamed = `${sides.join("")} of`;
  if (
    [...a.sentenceText.matchAll(QUARTER_OF)].some((m) =>
      m[0].toLowerCase().replace(/-/g, "").startsWith(sideNamed),
    )
  )
    return false;
  const onSide = ([lon, lat]: [number, number]) =>
    sides.every((side) =>
      side === "east"
        ? lon > at[0] + QUARTER_MARGIN
        : side === "west"
          ? lon < at[0] - QUARTER_MARGIN
          : side === "north"
            ? lat > at[1] + QUARTER_MARGIN
            : lat < at[1] - QUARTER_MARGIN,
    );
  return !where.some(onSide);
}

/**
 * A source that gives no answer ("did not say how many people are held", "declined to say whether
 * any arrests were made", "gave no figure") is silent on the matter, which denies nothing of it.
 */
const SILENT =
  /\b(?:(?:did|does|would|could|will)\s+not|didn't|wouldn't|declined\s+to|refused\s+to)\s+(?:say|specify|disclose|give|comment|confirm\s+or\s+deny|reveal|detail)\b|\bgave\s+no\s+(?:figure|number|details|toll)\b/i;
/** A silence, unless the sentence also denies in so many words ("denied it and would not comment further"). */
const silent = (r: Report) => SILENT.test(r.sentenceText) && !DENIAL_VERB.test(r.sentenceText);
/** Assertions against their denials: a negated report that a factor's patterns would count if asserted. */
function denials(factors: readonly Factor[], reports: Report[], at: Date, grader: ClaimGrader): Conflict[] {
  const out: Conflict[] = [];
  const byKey = new Map(reports.map((r) => [r.key, r]));
  const seen = new Set<string>();
  const counted = new Set(
    reports.filter((r) => r.kind === "quantity").map((r) => `${r.articleId}#${r.sentence}`),
  );
  for (const factor of factors) {
    const patterns = factor.evidence.filter((p) => p.pushes === "for" && p.modality.includes("asserted"));
    const patternsWithPlans = patterns.filter((p) => p.modality.includes("hypothetical"));
    const asserted = reports.filter(
      (r) => r.modality === "asserted" && patterns.some((p) => patternFit(p, r, at) > 0),
    );
    // A denial need not repeat the place ("no detainee escaped from the prison", in a press
    // conference whose opening names no prison): what it denies is read from its kind, tags and
    // actors, and it is set only against an account of the same event (shared facility or town,
    // dates that agree), which is what places it.
    const fits = (r: Report, places: boolean) =>
      patterns.some((p) => patternFit(p, r, at, { modality: false, places }) > 0);
    const denied = reports.filter(
      (r) => isDenial(r) && !onlyConcessive(r) && !silent(r) && !onlyProhibition(r) && fits(r, false),
    );
    // "Reports that the United States has decided to withdraw its forces are inaccurate": a source
    // that rates the reports of a matter false denies the matter, whether or not the extractor
    // read a negation in it. Such a denial answers the reports whatever they said of it, a plan
    // too ("plans to pull all troops out", read hypothetical), where the factor counts a plan.
    const rated = reports
      .filter(
        (r) =>
          r.modality !== "hypothetical" &&
          sentenceRatesClaimFalse(r) &&
          fits(r, false) &&
          // "Claims that some 900 soldiers remain are inaccurate" denies a figure: the figure
          // finders set it against the other account's figure.
          !counted.has(`${r.articleId}#${r.sentence}`),
      )
      .map((r): Report => ({ ...r, modality: "negated" }));
    const ratedKeys = new Set(rated.map((r) => r.key));
    const planned = reports.filter(
      (r) => r.modality === "hypothetical" && patternsWithPlans.some((p) => patternFit(p, r, at) > 0),
    );
    // "Foiled an attempt by 12 women to escape on Sunday night" answers "60 escaped on Sunday
    // night": an attempt stopped, told with no word of negation, denies only an account of that
    // attempt succeeding on its day, never that smuggling goes on ("has foiled 61 attempts").
    const foiledOnly = (d: Report) => FOILED.test(d.sentenceText) && !NEGATED.test(d.sentenceText);
    const succeeded = (a: Report, d: Report) =>
      a.kind === "event" && dayOf(a) !== null && dayOf(a) === dayOf(d);
    for (const d of [...rated, ...denied]) {
      if (seen.has(d.key)) continue;
      const placed = fits(d, true);
      const party = partyDenied(d);
      const against = dedupe(
        (ratedKeys.has(d.key) ? [...asserted, ...planned] : asserted).filter(
          (a) =>
            a.key !== d.key &&
            // Reports rated false deny only what they told: "posts claiming that aircraft bombed
            // the prison were false" answers no account of a drone sent over the city.
            (!ratedKeys.has(d.key) || sameMatter(d, a)) &&
            (placed || a.anchors.some((x) => d.anchors.includes(x)) || answers(d, a)) &&
            // "Foiled an attempt to smuggle" agrees with "smugglers tried to cross": both tell of an attempt.
            !(FOILED.test(d.sentenceText) && ATTEMPT.test(a.sentenceText)) &&
            (!foiledOnly(d) || succeeded(a, d)) &&
            (!party || namesParty(a, party)) &&
            !tellsAbsentToo(a, d) &&
            !stepDeniedOnly(a, d) &&
            !otherSide(a, d) &&
            !otherQuarter(a, d) &&
            !(FELL.test(d.sentenceText) && !FELL.test(a.sentenceText)) &&
            !beforeRunningTally(a, d) &&
            !partOnlyDenied(a, d) &&
            !otherMeasure(a, d) &&
            ((a.sourceKey !== d.sourceKey &&
              (sameEvent(a, d) || sameState(a, d) || sameForceLeaving(a, d) || regionCovers(d, a))) ||
              answers(d, a)),
        ),
      );
      if (against.length === 0) continue;
      seen.add(d.key);
      // A second denial of the same reports joins their conflict rather than opening another.
      const assertKeys = against
        .map((a) => a.key)
        .sort()
        .join("|");
      const joined = out.find(
        (c) =>
          c.factor === factor.id &&
          c.claims
            .filter((x) => x.stance === "asserts")
            .map((x) => x.key)
            .sort()
            .join("|") === assertKeys,
      );
      if (joined) {
        joined.claims.push(grader.claim(d, "denies"));
        Object.assign(
          joined,
          { doubted: undefined },
          weighSides(
            [
              ["report", joined.claims.filter((c) => c.stance === "asserts")],
              ["denial", joined.claims.filter((c) => c.stance === "denies")],
            ],
            byKey,
          ),
        );
        continue;
      }
      // Named by where the reported event happened, not where the denial was issued.
      const topicPlace = placeOf([...against, d]);
      out.push(
        sidedConflict(
          grader,
          {
            id: `denial:${factor.id}:${d.key}`,
            kind: "denial",
            topic: `${factor.label}${topicPlace ? ` (${topicPlace.name})` : ""}`,
            factor: factor.id,
          },
          [
            { label: "report", reports: against },
            { label: "denial", reports: [d], stance: "denies" },
          ],
        ),
      );
    }
  }
  return out;
}

/**
 * "The new army has not yet deployed regular units to much of the desert": a denial scoped to much
 * or most of an area grants the rest, so it denies no account of units in a part of it ("a new
 * division has taken over security in the Palmyra and Al-Sukhnah sectors"); it answers only an
 * account of the whole area ("deployed across the entire desert", "throughout the Badia").
 */
const PART_SCOPE =
  /\b(?:not|never|no|yet to|has yet|have yet)\b[^.;]{0,80}?\b(?:to|in|into|across|over|of)\s+(?:much|most|large parts?|many parts|parts|the bulk)\s+of\b/i;
const WHOLE_SCOPE =
  /\b(?:the\s+(?:entire|whole)|all\s+of\s+the|every\s+part\s+of|throughout|across\s+the\s+(?:entire|whole))\b/i;
const partOnlyDenied = (a: Report, d: Report) =>
  PART_SCOPE.test(d.sentenceText) && !WHOLE_SCOPE.test(a.sentenceText);
/**
 * "Nobody has been caught so far": a denial that an arrest was made answers an account of an
 * arrest, never one of guards doubled or checkpoints set up, which fit the same factor but tell
 * another measure.
 */
const otherMeasure = (a: Report, d: Report) =>
  d.kind === "countermeasure" && d.tags.includes("arrest") && !a.tags.includes("arrest");
/**
 * "SDF patrols have set up checkpoints on every road since dawn, and nobody has been caught so
 * far": a denial told as a running tally ("so far", "yet", "until now") covers the search it
 * tells, from the story's day on; it denies no account of a day before the denial was published
 * ("our forces arrested two men near the prison fence on 20 December").
 */
const RUNNING_TALLY = /\b(?:so far|as yet|yet|until now|up to now|to date|as of now)\b/i;
function beforeRunningTally(a: Report, d: Report): boolean {
  if (!RUNNING_TALLY.test(d.sentenceText) || !a.ownDay || !a.date || !d.publishedAt) return false;
  const gap = daysApart(a.date, d.publishedAt);
  return gap !== null && a.date.slice(0, 10) < d.publishedAt.slice(0, 10) && gap >= 2;
}

/** A test of a report's sentence, made once a sentence. */
function sentenceTest(re: RegExp): (r: Report) => boolean {
  const memo = new Map<string, boolean>();
  return (r) => {
    let v = memo.get(r.key);
    if (v === undefined) {
      v = re.test(r.sentenceText);
      memo.set(r.key, v);
    }
    return v;
  };
}

/** "Denied on Monday that the air force had carried out any strike": a denial of a reported proposition. */
const DENIES_THAT =
  /\b(?:den(?:ied|ies|y|ying)|rejected|dismissed|refuted)\b[^.]{0,40}?\b(?:that|reports?|claims?|allegations?|accounts?)\b/i;

/**
 * A denial whose subject points back at the speaker before it ("The source denied reports ...")
 * goes on with that speaker's account: it denies something else than what the speaker just said.
 */
const CONTINUES =
  /^\W*(?:the (?:same )?(?:source|sources|official|officials|spokesman|spokeswoman|spokesperson|statement|ministry|command|army)|he|she|they|it)\b/i;
/** Tags that say little of what a report is about. */
const GENERIC_TAGS = new Set(["casualties", "border-security", "insurgent-presence"]);
/**
 * Whether a denial is about the matter of an account: the extractor read nothing of what it
 * denies (no tags), or it read a kind of matter the account tells of too ("ISIS members who
 * escaped had entered Iraq" denies no report that the Syrian side is unstable).
 */
const sameMatter = (denial: Report, account: Report) => {
  const tags = denial.tags.filter((t) => !GENERIC_TAGS.has(t));
  return tags.length === 0 || tags.some((t) => account.tags.includes(t));
};

/** The parties a report names: lexicon entries, and the country a named force belongs to. */
const partiesOf = (r: Report) =>
  new Set(
    r.entities
      .filter((e) => e.kind !== "media" && e.type !== "place" && e.type !== "facility")
      .flatMap((e) => [
        e.lexiconId ?? e.name.toLowerCase(),
        ...(e.affiliation ? [`country:${e.affiliation.toLowerCase()}`] : []),
      ])
      .concat(r.entities.filter((e) => e.kind === "country").map((e) => `country:${e.name.toLowerCase()}`)),
  );

/**
 * An account and, within two sentences of it in the same article, a party's denial that the
 * extractor did not read as one ("Accounts said Jordanian aircraft had bombed the house of a
 * smuggler. A Jordanian military source denied that the air force had carried out any strike"):
 * the denial names a party the account names (Jordan), is dated within a day of it, and the
 * account fits a factor of the theme as asserted.
 */
function rebuttals(
  factors: readonly Factor[],
  reports: Report[],
  at: Date,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
  { used }: Reading,
): Conflict[] {
  const out: Conflict[] = [];
  // A sentence holds many reports: each is read once.
  const deniesThat = sentenceTest(DENIES_THAT);
  // Denials by sentence: an account looks only at the two sentences after it.
  const denialsOf = new Map<string, Report[]>();
  const unread = bare.filter((b) => used.has(b.articleId) && DENIES_THAT.test(b.text));
  for (const r of [...reports, ...bareReports(reports, unread)]) {
    if (!used.has(r.articleId) || r.modality === "negated" || !deniesThat(r)) continue;
    const list = denialsOf.get(r.key);
    if (!list) denialsOf.set(r.key, [r]);
    else if (list.length < 8) list.push(r);
  }
  if (denialsOf.size === 0) return out;
  const seen = new Set<string>();
  // What the account is about: the first factor it fits as asserted, else (an event of an article
  // that bears on the theme) the event itself.
  const factorOf = (a: Report) =>
    factors.find((f) =>
      f.evidence.some(
        (p) => p.pushes === "for" && p.modality.includes("asserted") && patternFit(p, a, at) > 0,
      ),
    ) ?? null;
  for (const a of reports) {
    const theirs = [1, 2].flatMap((k) => denialsOf.get(`${a.articleId}#${a.sentence + k}`) ?? []);
    if (theirs.length === 0 || a.modality !== "asserted" || deniesThat(a)) continue;
    if (a.kind !== "event" && a.kind !== "threat") continue;
    {
      const d = theirs.find(
        (x) =>
          !CONTINUES.test(x.sentenceText) &&
          sameMatter(x, a) &&
          x.sentence > a.sentence &&
          x.sentence - a.sentence <= 2 &&
          !seen.has(`${a.key}|${x.key}`) &&
          (daysApart(dayOf(x) ?? x.date, dayOf(a) ?? a.date) ?? 0) <= 1 &&
          [...partiesOf(x)].some((p) => partiesOf(a).has(p)),
      );
      if (!d) continue;
      const factor = factorOf(a);
      if (!factor && a.tags.length === 0) continue;
      seen.add(`${a.key}|${d.key}`);
      const place = placeOf([a]);
      const what = factor ? factor.label : `Whether ${a.text.replace(/^(?:that|had|have|has)\s+/i, "")}`;
      out.push(
        sidedConflict(
          grader,
          {
            id: `denial:${factor?.id ?? "event"}:${d.key}`,
            kind: "denial",
            topic: `${what}${place ? ` (${place.name})` : ""}`,
            factor: factor?.id ?? null,
          },
          [
            { label: "report", reports: [a] },
            { label: "denial", reports: [d], stance: "denies" },
          ],
        ),
      );
    }
  }
  return out;
}

const singular = (unit: string | undefined) => (unit ?? "").replace(/s$/, "");

const dedupe = (rs: Report[]) => [...new Map(rs.map((r) => [r.key, r])).values()];

/** One report a sentence, what it tells before its figures: a sentence's event carries its story's day. */
function onePerSentence(rs: readonly Report[]): Report[] {
  const bySentence = new Map<string, Report>();
  for (const r of rs) {
    const held = bySentence.get(r.key);
    if (!held || (held.kind === "quantity" && r.kind !== "quantity")) bySentence.set(r.key, r);
  }
  return [...bySentence.values()];
}

/** A facility or town that two articles of a group both name: where accounts agree the event was. */
const sharedPlaceOf = (reports: readonly Report[]) =>
  reports
    .flatMap((r) => r.entities)
    .find(
      (e) =>
        (e.type === "facility" || (e.type === "place" && e.kind !== "country")) &&
        new Set(reports.filter((r) => r.entities.some((x) => x.id === e.id)).map((r) => r.articleId)).size >=
          2,
    );

/**
 * The facility or town (listed or not) a group of reports is about, to name their conflict by;
 * never one a report's own sentence names only as where a crossing set out from or where people
 * were conveyed afterwards ("the wounded soldier had been flown to Amman"): no scene of the event.
 */
function placeOf(reports: readonly Report[]) {
  const places = reports
    .flatMap((r) => r.entities)
    .filter(
      (e) =>
        (e.type === "facility" || (e.type === "place" && e.kind !== "country")) &&
        !reports.some((r) => careOnly(r.sentenceText, e.name)) &&
        !reports.some((r) => {
          const folded = fold(r.sentenceText);
          const name = fold(e.name).replace(/^(?:al|el|the) /, "");
          return ` ${folded} `.includes(` ${name} `) && originOnly(folded, name);
        }),
    );
  // "Ambushed a convoy on the Palmyra–Deir ez-Zor road near Al-Shula": a town that only names a
  // road's end is not where anything on the road happened.
  return places.find((e) => !reports.some((r) => roadEndOnly(r.sentenceText, e.name))) ?? places[0];
}

/**
 * Whether every mention of `name` in `text` stands in a road's name between two towns ("the
 * Palmyra–Deir ez-Zor road", "the Baghdad-Samarra highway"): an end of the road, not its place.
 */
function roadEndOnly(text: string, name: string): boolean {
  let seen = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + name.length, at + name.length + 40);
    if (!(ROAD_FROM.test(after) || (/[–—-]$/.test(before) && ROAD_NOUN_AFTER.test(after)))) return false;
    seen = true;
  }
  return seen;
}
const ROAD_NOUNS = "(?:road|highway|motorway|expressway)";
/** After a road's first town: a dash, the other town, the road's noun ("–Deir ez-Zor road"). */
const ROAD_FROM = new RegExp(
  String.raw`^[–—-](?:al-|el-|ez-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:ez-|al-|el-)?[\p{L}'’-]+)??(?:\s+(?:ez-|al-|el-)?[\p{L}'’-]+)??\s+${ROAD_NOUNS}\b`,
  "u",
);
/** After a road's last town: the road's noun (" road", " highway"). */
const ROAD_NOUN_AFTER = new RegExp(String.raw`^\s+${ROAD_NOUNS}\b`);

/**
 * Where a conflict's event was, as a title says it: a town or a site is "at" its name; an area (a
 * desert, a mountain range, a governorate) is "in" it, with "the" before a name that ends in a
 * common noun of land ("in the Syrian Desert", "in the Hamrin Mountains", "in Kirkuk").
 */
const AREA_KINDS = new Set(["region", "governorate"]);
export function atPlace(e: { name: string; surface?: string; kind: string | null }): string {
  // A town or site as the article spelled it ("at Al-Shula", not the lexicon's "Al-Shoula").
  return AREA_KINDS.has(e.kind ?? "") ? `in ${areaName(e.name)}` : `at ${e.surface ?? e.name}`;
}

/**
 * Reports of one thing whose figures disagree by a fifth or more, as a conflict with one side per
 * figure; null when they agree.
 */
function disagreement(
  group: readonly Report[],
  figureOf: (r: Report) => number,
  conflict: { id: string; topic: string; side: (v: number) => string },
  grader: ClaimGrader,
  tolerance = 0.2,
): Conflict | null {
  const values = group.map(figureOf);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi === 0 || (hi - lo) / hi < tolerance) return null;
  const claims = group.map((r, i) => ({ ...grader.claim(r, "figure"), value: values[i] ?? 0 }));
  const sides = [...new Set(values)]
    .sort((x, y) => y - x)
    .map((v): [string, ConflictClaim[]] => [conflict.side(v), claims.filter((c) => c.value === v)]);
  return {
    id: conflict.id,
    kind: "figures",
    topic: conflict.topic,
    factor: null,
    claims,
    ...weighSides(sides, new Map(group.map((r) => [r.key, r]))),
  };
}

/** Figures for the same quantity that cannot both be right (over 500 dead against about 370). */
function figures(reports: Report[], relevantKeys: Set<string>, grader: ClaimGrader): Conflict[] {
  // Figures in sentences that bear on the theme, or that count the dead and wounded.
  const casualtyKeys = new Set(reports.filter((r) => r.tags.includes("casualties")).map((r) => r.key));
  // And figures of the same thing as one of those, in the same article: "about 1,500 US troops
  // remain in Syria ... But the SDF commander put the number at fewer than 800".
  const what = (r: Report) => `${r.articleId}|${singular(r.unit)}|${r.measures ?? ""}`;
  const relevantWhat = new Set(
    reports.filter((r) => r.kind === "quantity" && relevantKeys.has(r.key)).map(what),
  );
  // A figure in a sentence that tells of a period ("131 ISIS attacks in the Syrian desert between
  // the beginning of April and the end of September") is a tally over that period.
  const periodOf = new Map<string, Report>();
  for (const r of reports)
    if (r.kind !== "quantity" && r.ownDate && (r.period || (!r.ownDay && SPAN.test(r.sentenceText))))
      periodOf.set(r.key, r);
  const asTally = (r: Report): Report => {
    // "70 attacks in the first half of 2026, ... against 35 attacks in the third quarter": each
    // figure's own period, told just after it, before the next figure.
    const own = r.kind === "quantity" ? periodAfter(r) : null;
    if (own) return { ...r, period: true, date: own, ownDate: true, ownDay: false };
    const p = r.period ? undefined : periodOf.get(r.key);
    return p ? { ...r, period: true, date: p.date, ownDate: true, ownDay: false } : r;
  };
  const quantities = reports
    .filter(
      (r) =>
        r.kind === "quantity" &&
        r.value !== undefined &&
        r.unit &&
        (relevantKeys.has(r.key) || casualtyKeys.has(r.key) || relevantWhat.has(what(r))),
    )
    .slice(0, MAX_COMPARED)
    .map(asTally)
    .map(withSentenceDays(reports));
  const sameQuantity = (a: Report, b: Report) =>
    singular(a.unit) === singular(b.unit) &&
    // One sentence does not contradict itself: "1,000 US troops remain, down from roughly 2,000".
    a.key !== b.key &&
    // Two sentences of one article are two accounts only when each says whose figure it gives
    // ("He added that about 1,000 ...", "The representative of Russia said ... closer to 2,000"):
    // an analyst's "cells of ten to twenty fighters" and his "about forty fighters entered" are not.
    (a.articleId !== b.articleId || relayed(a, b)) &&
    // A tally over a period is not the count of one event in it.
    a.period === b.period &&
    (a.period ? sameTally(a, b) : sameEvent(a, b)) &&
    sameMeasure(a, b) &&
    // What the claim reader says each figure counts must agree: people a camp holds are not
    // people who left it, one seizure is not a tally of ten months.
    figureKindOf(a) === figureKindOf(b);
  // Only figures of one unit and one measure can be the same quantity.
  const part = (r: Report) => {
    const head = headOf(r);
    return head === undefined ? null : `${singular(r.unit)}|${head}`;
  };
  const latest = latestFigures(quantities, (a, b) => part(a) !== null && part(a) === part(b));
  return groupBy(latest, sameQuantity, part).flatMap((group) => {
    const found = disagreement(
      group,
      (r) => r.value ?? 0,
      {
        id: `figures:${group[0]?.key ?? ""}`,
        topic: figureTopic(group),
        side: (v) => `figure of ${v.toLocaleString("en-GB")}`,
      },
      grader,
    );
    return found ? [found] : [];
  });
}

/** Whether a figure counts actions against someone ("17 operations against ISIS"). */
const againstOf = (r: Report) => {
  const at = r.sentenceText.indexOf(r.text);
  const after = at < 0 ? "" : r.sentenceText.slice(at + r.text.length, at + r.text.length + 40);
  return (
    /^\s*(?:[\w'’-]+\s+){0,2}?(?:against|targeting|on)\b/i.test(after) ||
    /\b(?:against|targeting)\b/i.test(r.text)
  );
};

const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
/** Months told as a span: "between the beginning of April and the end of September", "from May to July". */
const SPAN = new RegExp(
  String.raw`\b(?:between|from) (?:the (?:beginning|start|end|middle) of )?(?:${MONTH})\b[^.]{0,40}?\b(?:and|to|until) (?:the (?:beginning|start|end|middle) of )?(?:${MONTH})\b`,
  "i",
);

/**
 * Two sources' tallies of one kind over one period: both dated by their own words to periods that
 * start within a month of each other, told within two months of each other, in one region (places
 * within a region's reach, or places not named). ISW's "88 attacks in the Badia between April and
 * September" and SOHR's "131 attacks in the Syrian desert" in the same months are one quantity; a
 * tally since January and one since July are not.
 */
const MONTHS = MONTH.split("|");
const PERIOD_AFTER = new RegExp(
  String.raw`\b(?:(first (?:half|six months))|(second half|last six months)|(first|second|third|fourth) quarter|(?:between|from) (?:the (?:beginning|start|middle) of )?(${MONTH}))\b`,
  "i",
);
/**
 * The start (ISO date) of the period a figure is told over, when the words just after it name
 * one before any other figure: "35 attacks in the third quarter, from July to September" starts
 * in July; the year is the one named there, else in the sentence, else of publication.
 */
function periodAfter(r: Report): string | null {
  const at = r.sentenceText.indexOf(r.text);
  if (at < 0) return null;
  const rest = r.sentenceText.slice(at + r.text.length);
  // Up to the next figure that is not a year.
  const next = /\b(?!(?:19|20)\d\d\b)\d/.exec(rest);
  const window = rest.slice(0, Math.min(next?.index ?? rest.length, 120));
  const m = PERIOD_AFTER.exec(window);
  if (!m) return null;
  const quarter = ["first", "second", "third", "fourth"].indexOf((m[3] ?? "").toLowerCase());
  const month = m[1]
    ? 1
    : m[2]
      ? 7
      : quarter >= 0
        ? quarter * 3 + 1
        : MONTHS.indexOf((m[4] ?? "").toLowerCase()) + 1;
  const year =
    /\b((?:19|20)\d\d)\b/.exec(window)?.[1] ??
    /\b((?:19|20)\d\d)\b/.exec(r.sentenceText)?.[1] ??
    r.publishedAt?.slice(0, 4);
  if (!year || month < 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-01`;
}

/** Places a report's own words name, by lexicon entry. */
const ownPlaces = (r: Report) =>
  r.own.filter((e) => e.type === "place" && e.kind !== "country" && e.lexiconId).map((e) => e.lexiconId);

function sameTally(a: Report, b: Report): boolean {
  if (a.sourceKey === b.sourceKey || !a.ownDate || !b.ownDate) return false;
  // "38 operations by ISIS cells" and "17 operations against ISIS" count what two sides did.
  if (againstOf(a) !== againstOf(b)) return false;
  const start = daysApart(a.date, b.date);
  const told = daysApart(a.publishedAt, b.publishedAt);
  if (start === null || start > 31 || (told !== null && told > 60)) return false;
  // Both name the same region in their own words ("in the Badia", "in the Syrian desert"), whatever
  // the article's dateline or the places around them.
  const theirs = ownPlaces(b);
  if (ownPlaces(a).some((x) => theirs.includes(x))) return true;
  if (a.anchors.some((x) => b.anchors.includes(x))) return true;
  if (a.points.length === 0 || b.points.length === 0) return true;
  return a.points.some((p) => b.points.some((q) => km(p, q) <= NEARBY_KM));
}

/** A word or phrase with its first letter in capitals, as a title opens: "Pills seized". */
const capital = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
const DURATION = /^(hour|minute|day|week|month)s?$/;
/** What a group of figures counts, named for a reader: "How long it lasted, in hours, at Al-Shaddadi". */
function figureTopic(group: readonly Report[]): string {
  const first = group[0];
  const place = placeOf(group);
  const at = place ? ` ${atPlace(place)}` : "";
  const unit = first?.unit ?? "";
  if (DURATION.test(unit)) return `How long it lasted${at}, in ${unit.replace(/s?$/, "s")}`;
  // headOf already reads what the sentence says happened to the figure ("nine ... were killed").
  const head = first ? headOf(first) : undefined;
  const toll = head ? TOLL_OF_HEAD[head] : undefined;
  if (toll) return `${TOLL_TOPICS[toll]}${at}`;
  const what = measuresNamed(group) ?? unit;
  return what ? `${capital(what)}${at}` : `A figure${at}`;
}

/** A possessive or demonstrative that points back to a noun of another sentence: "its", "those". */
const POINTS_BACK = /^(?:its|their|his|her|our|my|your|these|those|this|that)\s+/i;

/**
 * What a group of figures counts, told so that it stands on its own in a topic line: "86 of its
 * citizens" and "112 citizens of the Kyrgyz Republic" count citizens, and the topic names them by
 * the account that says whose they are, not by the "its" that points back to a sentence the box
 * does not print. Where every account points back, the pointer is dropped ("its citizens" →
 * "citizens").
 */
function measuresNamed(group: readonly Report[]): string | undefined {
  const told = group.map((r) => r.measures).filter((m): m is string => m !== undefined && m !== "");
  return told.find((m) => !POINTS_BACK.test(m)) ?? told[0]?.replace(POINTS_BACK, "");
}

/** The count a figure's head word stands for. */
const TOLL_OF_HEAD: Partial<Record<string, Toll>> = {
  killed: "killed",
  dead: "killed",
  deaths: "killed",
  wounded: "wounded",
  injured: "wounded",
  escaped: "escaped",
  crossed: "crossed",
};

/**
 * A state's people counted as its "citizens" or "nationals" (flown home, returned, held abroad)
 * are a head of their own, as families are: "86 of its citizens" and "112 citizens of the
 * Republic" count the same thing.
 */
const HEAD =
  /\b(killed|dead|deaths|wounded|injured|escaped|detainees|prisoners|fighters|families|people|citizens|nationals|pills|tons?|hours?|minutes?|attacks|operations)\b/;
const heads = new WeakMap<Report, string | undefined>();
/** The word a figure counts ("killed", "fighters"), read once per report. */
function headOf(r: Report): string | undefined {
  if (heads.has(r)) return heads.get(r);
  // What the sentence says happened to that many: "37 detainees escaped", "nine ... were killed".
  const told = (Object.keys(TOLLS) as Toll[]).find(
    (t) => r.value !== undefined && tollIn(r.sentenceText, t) === r.value,
  );
  if (told) {
    heads.set(r, told);
    return told;
  }
  const found = HEAD.exec(`${r.measures ?? ""} ${r.text} ${r.unit ?? ""}`.toLowerCase())?.[1];
  // "an hour" and "two hours" count the same thing.
  const head = found && /^(hours|minutes|tons)$/.test(found) ? found.slice(0, -1) : found;
  heads.set(r, head);
  return head;
}
function sameMeasure(a: Report, b: Report): boolean {
  const ha = headOf(a);
  return ha !== undefined && ha === headOf(b);
}

const NUMBER_WORDS = WORD_VALUES;
// "1,400" but not the comma after "in 2019, killed".
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
const QUALIFIER = String.raw`(?:about|around|some|nearly|at least|more than|over)?\s*`;
/** Words between a figure and its verb: "Nine members of the SDF and the Asayish (guards) were killed". */
const BETWEEN = String.raw`(?:(?!(?:were|was|while|but)\b)[\w'’(),-]+\s+){0,16}?`;
/** How badly someone was hurt, said between the verb and the participle ("was seriously wounded"). */
const DEGREE = String.raw`(?:lightly|slightly|mildly|moderately|seriously|severely|critically|gravely|badly)`;
const BEFORE_VERB = String.raw`\b${NUM}\s+${BETWEEN}(?:were|was|had been|have been|are|is)?\s*`;
/**
 * A fact box's or an infographic's labelled line, the count after the label that names it:
 * "Smugglers killed: nine", "Soldiers wounded: 2". The label opens the sentence.
 */
const LABELLED = (participles: string) =>
  new RegExp(String.raw`^\s*(?:[\w'’-]+\s+){0,3}?(?:${participles})\s*:\s*${QUALIFIER}${NUM}\b`, "i");
/** Patterns that read how many were killed, wounded, escaped or recaptured, from a sentence. */
/** Those who carried out an attack, named by their part in it. */
const ATTACKERS = /(?:attackers|assailants|raiders)\b/;
/**
 * A toll of none, told of whom it counts: "no guards were killed", "no guard was killed or
 * wounded", "none of the soldiers was hurt", "nobody was killed". The figure is "no", "none of
 * the", "not a single", "nobody" or "no one"; the participle may follow another ("killed or
 * wounded"), so a denial of both tells a toll of none for each.
 */
const NONE_TOLL = (participles: string) =>
  new RegExp(
    String.raw`\b(no(?!\s+(?:more|less|fewer|longer)\b)|none of the|not a single|nobody|no one)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:guards?|soldiers?|troops|police(?:men)?|officers?|personnel|servicemen|members?|fighters?|civilians?|detainees?|prisoners?|inmates?|people|residents?|villagers?|staff|workers?|one)\s+)?(?:was|were|had been|has been|have been)\s+(?:(?:killed|wounded|injured|hurt|harmed)\s+or\s+)?(?:${participles})\b`,
    "i",
  );
const ZERO_FIGURE = /^(?:no|none of the|not a single|nobody|no one)$/i;
const TOLLS = {
  killed: [
    new RegExp(`${BEFORE_VERB}(?:killed|martyred|dead)`, "i"),
    new RegExp(String.raw`\bkill(?:ed|ing)\s+${QUALIFIER}${NUM}\b`, "i"),
    new RegExp(String.raw`\bdeaths? of\s+${QUALIFIER}${NUM}\b`, "i"),
    new RegExp(String.raw`\b(?:death toll|toll)\b[^.]{0,40}?\b${NUM}\b`, "i"),
    // "She counted more than 30 bodies of soldiers brought in".
    new RegExp(String.raw`\b${NUM}\s+bodies\b`, "i"),
    LABELLED("killed|dead|martyred"),
    NONE_TOLL("killed|martyred"),
    // "No member of our forces lost his life", "three soldiers lost their lives": a death told
    // as a life lost.
    new RegExp(
      String.raw`\b(${NUM.slice(1, -1)}|no(?!\s+(?:more|less|fewer|longer)\b)|none of the|not a single|nobody|no one)\s+(?:(?!(?:were|was|while|but|and)\b)[\w'’(),-]+\s+){0,6}?(?:(?:has|have|had)\s+)?lost\s+(?:his|her|their)\s+li(?:fe|ves)\b`,
      "i",
    ),
  ],
  wounded: [
    // A degree adverb may stand between the verb and the participle: "was lightly wounded".
    new RegExp(`${BEFORE_VERB}(?:${DEGREE}\\s+)?(?:wounded|injured)`, "i"),
    new RegExp(String.raw`\b(?:wounding|injuring)\s+${QUALIFIER}${NUM}\b`, "i"),
    LABELLED("wounded|injured"),
    NONE_TOLL("wounded|injured|hurt"),
  ],
  escaped: [
    new RegExp(String.raw`\b${NUM}\s+${BETWEEN}(?:escaped|fled|broke out)\b`, "i"),
    // "No detainee had escaped from the prison", "none of the inmates escaped": a toll of none.
    /\b(no(?!\s+(?:more|less|fewer|longer)\b)|none of the|not a single|nobody|no one)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:detainees?|prisoners?|inmates?|suspects?|one)\s+)?(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:escaped|fled|broke out)\b/i,
    new RegExp(String.raw`\bescape of\s+${QUALIFIER}${NUM}\b`, "i"),
    new RegExp(
      String.raw`\bnumber of (?:escapees|escaped (?:detainees|prisoners|inmates)|fugitives|those who escaped)\s+(?:at|to|as|was|is|stood at|reached)\s+${QUALIFIER}${NUM}\b`,
      "i",
    ),
    // "Seven residents of the annex were unaccounted for after the incident": gone from the camp.
    new RegExp(
      String.raw`\b${NUM}\s+${BETWEEN}(?:were|was|are|is|remain(?:ed|s)?)\s+(?:still\s+)?(?:unaccounted for|missing)\b`,
      "i",
    ),
  ],
  recaptured: [
    new RegExp(
      String.raw`\b${NUM}\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|had been|have been)\s+(?:recaptured|re-arrested|caught)`,
      "i",
    ),
    new RegExp(String.raw`\b(?:recaptured|re-arrested)\s+${QUALIFIER}${NUM}\b`, "i"),
  ],
  // The attackers' own dead are a count of their own: "four of the attackers were killed".
  attackersKilled: [
    new RegExp(
      String.raw`\b${NUM}\s+(?:of\s+)?(?:the\s+|their\s+)?${ATTACKERS.source}\s+(?:were|was|had been|have been)\s+(?:killed|dead)`,
      "i",
    ),
    new RegExp(
      String.raw`\bkill(?:ed|ing)\s+${QUALIFIER}${NUM}\s+(?:of\s+)?(?:the\s+)?${ATTACKERS.source}`,
      "i",
    ),
  ],
  // How many carried out an attack: "about 60 ISIS fighters on motorcycles took part in the
  // attack", "the attacking terrorists, about 20 of them".
  attackers: [
    new RegExp(
      String.raw`\b${NUM}\s+${BETWEEN}(?:took part in|carried out|launched|took part)\s+(?:the\s+|an?\s+)?attack`,
      "i",
    ),
    new RegExp(
      String.raw`\battacking\s+(?:terrorists|militants|fighters|gunmen|jihadists),?\s+${QUALIFIER}${NUM}\s+of\s+them\b`,
      "i",
    ),
  ],
  // How many crossed a border: "about 20 ISIS members crossed into Iraqi territory", "not a single
  // infiltrator set foot on Iraqi soil" (none), "crossed alone" (one), "had crossed with eleven
  // other men" (twelve).
  crossed: [
    new RegExp(
      String.raw`\b${NUM}\s+${BETWEEN}(?:had\s+|have\s+)?(?:crossed|infiltrated|slipped across|sneaked across)\b`,
      "i",
    ),
    /\b(not a single|no)\s+(?:[\w'’-]+\s+){0,2}?(?:terrorists?|infiltrators?|fighters?|militants?|members?|gunmen|one)\s+(?:has\s+|had\s+|have\s+)?(?:(?:managed|been able) to\s+)?(?:cross(?:ed)?|set foot|entered|infiltrated)\b/i,
    /\bcrossed\s+(?:the border\s+|into [\w'’-]+\s+)?(alone)\b/i,
    new RegExp(String.raw`\bcrossed\s+(?:[\w'’-]+\s+){0,4}?with\s+${NUM}\s+(?<others>other|more)\b`, "i"),
  ],
} as const;
/** Which facts tell each count: the dead and wounded in violent events, escapes, recaptures. */
const TOLL_TAGS: Record<keyof typeof TOLLS, string | null> = {
  killed: "casualties",
  wounded: "casualties",
  escaped: "escape",
  recaptured: "arrest",
  attackersKilled: "casualties",
  crossed: "border-security",
  attackers: null,
};
const TOLL_TOPICS: Record<keyof typeof TOLLS, string> = {
  killed: "The number killed",
  wounded: "The number wounded",
  escaped: "The number who escaped",
  recaptured: "The number recaptured",
  attackersKilled: "The number of attackers killed",
  crossed: "The number who crossed the border",
  attackers: "The number of attackers",
};
type Toll = keyof typeof TOLLS;
/** How a side of a toll conflict is named: "the figure of 3 attackers killed". */
const TOLL_WORDS: Record<Toll, string> = {
  killed: "killed",
  wounded: "wounded",
  escaped: "escaped",
  recaptured: "recaptured",
  attackersKilled: "attackers killed",
  crossed: "crossed",
  attackers: "attackers",
};

const numberOf = (s: string) =>
  ZERO_FIGURE.test(s) ? 0 : (NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, "")));

/** How many a sentence reports killed (or wounded), if it says. */
/** A word each toll's patterns need: a cheap look before the costly ones. */
const TOLL_HINTS: Record<Toll, RegExp> = {
  killed: /kill|martyr|dead|death|toll|bodies|lost (?:his|her|their) li/i,
  wounded: /wound|injur/i,
  escaped: /escap|fled|broke out|fugitive|unaccounted|missing/i,
  recaptured: /recaptur|re-arrest|caught/i,
  attackersKilled: /attackers|assailants|raiders/i,
  crossed: /cross|infiltrat|set foot|slipped|sneaked/i,
  attackers: /took part|carried out|launched|attacking/i,
};
const GLOBAL_TOLLS = Object.fromEntries(
  Object.entries(TOLLS).map(([toll, res]) => [toll, res.map((re) => new RegExp(re.source, "gi"))]),
) as Record<Toll, RegExp[]>;
export function tollIn(sentence: string, toll: Toll = "killed"): number | null {
  return tollOf(sentence, toll)?.value ?? null;
}

/** Whose dead a toll counts: the forces attacked, the militants, or people of no side. */
type Victims = "forces" | "militants" | "smugglers" | "civilians";
const VICTIMS: [Victims, RegExp][] = [
  // "killed four smugglers": the smugglers' dead are never the toll of the forces that met them.
  ["smugglers", /^(?:[\w'’-]+\s+){0,2}?(?:smugglers?|traffickers?)\b/i],
  [
    "militants",
    /^(?:[\w'’-]+\s+){0,3}?(?:militants?|jihadists?|insurgents?|terrorists?|gunmen|(?:members? of|from) the cell|cell members?|attackers?|assailants?)\b/i,
  ],
  [
    "forces",
    /^(?:[\w'’-]+\s+){0,4}?(?:soldiers?|troops?|guards?|police(?:men)?|security|personnel|servicemen|army|forces|officers?)\b/i,
  ],
  [
    "civilians",
    /^(?:[\w'’-]+\s+){0,3}?(?:civilians?|shepherds?|farmers?|children|women|residents?|villagers?)\b/i,
  ],
];

const CORRECTED = /\b(?:correction|an earlier version|should have (?:said|read))\b/i;
/** How many a crossing figure counts: none, one who went alone, or that many others and him. */
const crossedOf = (figure: string, others: boolean) =>
  /^(?:not a single|no)$/i.test(figure)
    ? 0
    : /^alone$/i.test(figure)
      ? 1
      : numberOf(figure) + (others ? 1 : 0);

/** A figure as the object of a verb of harm just before it: "killed four", "wounding at least two". */
const OBJECT_OF_TOLL_VERB = new RegExp(
  String.raw`\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot dead|arrested|arresting|captured|capturing)\s+${QUALIFIER}$`,
  "i",
);
const CLOCK_TIME = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g;
const DAY_OF_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:${MONTH})\b)`, "gi");
/** The toll a sentence reports, and whose dead it counts when the words after the figure say. */
function tollOf(told: string, toll: Toll): { value: number; victims: Victims | null } | null {
  return firstTollOf(told, toll)?.result ?? null;
}

/**
 * Every toll a sentence reports, in the order `tollOf` reads them, one per kind of victim: "Two of
 * our soldiers were wounded and three of the terrorists were killed, and no member of our forces
 * lost his life" counts three militants and no soldier killed.
 */
function tollsOf(told: string, toll: Toll): { value: number; victims: Victims | null }[] {
  const out: { value: number; victims: Victims | null }[] = [];
  let rest = told;
  for (let i = 0; i < 3; i++) {
    const found = firstTollOf(rest, toll);
    if (!found) break;
    if (!out.some((o) => o.victims === found.result.victims)) out.push(found.result);
    // Only a toll of another side, later in the sentence, is read next.
    if (found.result.victims === null || found.end >= rest.length) break;
    rest = " ".repeat(found.end) + rest.slice(found.end);
  }
  return out;
}

function firstTollOf(
  told: string,
  toll: Toll,
): { result: { value: number; victims: Victims | null }; end: number } | null {
  if (!TOLL_HINTS[toll].test(told)) return null;
  // A clock time ("16:00 The Internal Security Forces said three guards were killed", a live
  // blog's entry) is no figure: blanked, so that the toll after it is read in its place.
  // So is a day of the month ("the ambush on 9 December, in which nine members ... were killed"):
  // blanked too, or the figure read from it would take in the toll after it.
  const sentence = told
    .replace(CLOCK_TIME, (t) => " ".repeat(t.length))
    .replace(DAY_OF_MONTH, (t) => " ".repeat(t.length));
  // A correction's standing toll is its last ("an earlier version said four were killed; the
  // ministry later gave the toll as two killed"): the withdrawn one is read no more.
  const corrected = CORRECTED.test(sentence);
  for (const re of GLOBAL_TOLLS[toll]) {
    const matches = [...sentence.matchAll(re)];
    for (const m of corrected ? matches.reverse() : matches) {
      // "On 18 November, gunmen fired ... and one guard was killed": a day of the month is no toll.
      const from = (m.index ?? 0) + m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length;
      if (m[1] && new RegExp(String.raw`^\s+(?:${MONTH})\b`, "i").test(sentence.slice(from))) continue;
      // The attackers' dead are not the toll of the attack ("Three of the attackers were killed").
      if ((toll === "killed" || toll === "wounded") && ATTACKERS.test(m[0])) continue;
      // "Two relatives of the dead told Reuters": the dead are a noun there, not a count.
      if (/\bthe\s+dead$/i.test(m[0])) continue;
      if (!m[1]) continue;
      // "killed four smugglers and wounded others": the figure is the object of the verb before
      // it, and the participle after it is a second verb, of others, with no figure of its own.
      if (
        re.source.startsWith(String.raw`\b${NUM}`) &&
        OBJECT_OF_TOLL_VERB.test(sentence.slice(0, m.index ?? 0))
      )
        continue;
      const end = (m.index ?? 0) + m[0].length;
      if (toll === "crossed" || toll === "attackers")
        return { result: { value: crossedOf(m[1], m.groups?.others !== undefined), victims: null }, end };
      // A labelled line names whom it counts before the figure ("Soldiers killed: two").
      const after = re.source.startsWith("^")
        ? m[0]
        : sentence.slice((m.index ?? 0) + m[0].indexOf(m[1]) + m[1].length).trimStart();
      const victims = VICTIMS.find(([, test]) => test.test(after))?.[0] ?? null;
      return { result: { value: numberOf(m[1]), victims }, end };
    }
  }
  return null;
}

/**
 * Two sentences of one article that each say who gives their figure ("the SDF said five detainees
 * escaped", "SOHR put the number of escapees at 37"): the article relays two sources. A letters
 * page relays its readers so: "Samira Hadi writes from Ramadi that ...", "He adds that ..." (a
 * reader's letter summed up in the present; "the source added" goes on with one source's account).
 */
const ATTRIBUTED =
  /\b(?:said|says|according to|put|puts|told|reported|estimated|counted|documented|writes|wrote)\b|\b(?:he|she) adds that\b/i;
const relayed = (a: Report, b: Report) =>
  a.articleId === b.articleId &&
  a.sentence !== b.sentence &&
  ATTRIBUTED.test(a.sentenceText) &&
  ATTRIBUTED.test(b.sentenceText) &&
  !(ownVoice(a) && ownVoice(b)) &&
  !SEPARATE.test(a.sentenceText) &&
  !SEPARATE.test(b.sentenceText) &&
  !namedAgain(a.sentenceText, b.sentenceText) &&
  !namedAgain(b.sentenceText, a.sentenceText);

/**
 * A monitor's sentence that names the monitor itself as its speaker, by its name, the acronym in
 * brackets after it or its initials ("SOHR sources said", "according to SOHR sources", "SOHR has
 * documented", in an article of the Syrian Observatory for Human Rights): the outlet's own account. Two such sentences of one article are one account told twice,
 * never two originators it relays, whatever each says of the dead.
 */
function ownVoice(r: Report): boolean {
  return ownVoicePattern(r.source ?? "")?.test(r.sentenceText) ?? false;
}

/**
 * The pattern of a source's own voice, built once per source: `relayed` tests every pair of a
 * group's reports, and a pattern compiled per test would be compiled for each of them.
 */
const ownVoices = new Map<string, RegExp | null>();
function ownVoicePattern(source: string): RegExp | null {
  const known = ownVoices.get(source);
  if (known !== undefined) return known;
  const names = [
    ...[...source.matchAll(/\(([^)]{2,60})\)/g)].map((m) => m[1] ?? ""),
    source.replace(/\s*\([^)]*\)\s*/g, " ").trim(),
    ...(source.match(/\b[A-Z]{3,}\b/g) ?? []),
    // Its initials: "Syrian Observatory for Human Rights" signs its sentences "SOHR".
    (source.replace(/\s*\([^)]*\)\s*/g, " ").match(/\b[A-Z]/g) ?? []).join(""),
  ].filter((n) => n.length >= 3);
  const name = `(?:${names.map(escapeRegExp).join("|")})`;
  const pattern =
    names.length === 0
      ? null
      : new RegExp(
          String.raw`\baccording to\s+(?:the\s+)?${name}\b|\b${name}(?:['’]s)?(?:\s+[\w'’-]+){0,2}?\s+(?:(?:have|has|had|also)\s+)*(?:said|says|reported|documented|told|counted|estimated|recorded)\b`,
          "i",
        );
  if (ownVoices.size >= 1024) ownVoices.clear();
  ownVoices.set(source, pattern);
  return pattern;
}

/**
 * "According to the same workers", "the same sources said": a speaker named again by pointing
 * back. When the other sentence names that speaker ("Camp workers told our team"), the two are
 * one source's account told in two sentences, not two accounts the article relays.
 */
const SPEAKER_NOUN = String.raw`(sources?|officials?|workers?|witness(?:es)?|residents?|officers?|guards?|spokes(?:man|woman|person)|activists?|monitors?|doctors?|medics?|relatives?|famil(?:y|ies)|commanders?|police|people|tribesm[ae]n|drivers?|smugglers?|survivors?|detainees?|soldiers?)`;
const SAME_SPEAKER = new RegExp(
  String.raw`\b(?:according to|said|says|told|added)\s+(?:the\s+)?same\s+(?:[a-z]+\s+)?${SPEAKER_NOUN}\b|\bthe\s+same\s+(?:[a-z]+\s+)?${SPEAKER_NOUN}\s+(?:said|says|told|added|reported)\b`,
  "gi",
);
/** The noun a speaker is named by, singular: "workers" and "worker", "families" and "family". */
const speakerStem = (n: string) =>
  n
    .toLowerCase()
    .replace(/(?:es|s)$/, "")
    .replace(/i$/, "");
export function namedAgain(pointing: string, other: string): boolean {
  const nouns = [...pointing.matchAll(SAME_SPEAKER)].map((m) => speakerStem(m[1] ?? m[2] ?? ""));
  return nouns.some((n) => n.length >= 3 && new RegExp(String.raw`\b${n}\w{0,3}\b`, "i").test(other));
}

/**
 * A sentence that tells of another event than its article's ("Jordan reported killing three
 * smugglers in a separate clash on 2 November"): its figures are not a source's account of the story.
 */
const SEPARATE =
  /\b(?:separate|another|earlier|previous|different|unrelated)\s+(?:[\w'’-]+\s+)?(?:clash|clashes|attack|attacks|incident|ambush|raid|operation|gunfight|firefight|exchange|escape)\b/i;

function latestFigures(rs: Report[], same: (a: Report, b: Report) => boolean = () => true): Report[] {
  const revisions = rs.filter((r) => REVISES_LATER.test(r.sentenceText));
  return rs.filter((r) => !revisions.some((q) => revisedBy(r, q) && same(r, q)));
}

/**
 * Whether `q` revises `r`'s figure: a later sentence of its article, or the same outlet's article
 * published no earlier (a write-through "revising an earlier figure" after its flash; `same` then
 * holds the two to one event).
 */
const revisedBy = (r: Report, q: Report) =>
  q.articleId === r.articleId
    ? q.sentence > r.sentence
    : q.sourceKey === r.sourceKey &&
      r.publishedAt !== null &&
      q.publishedAt !== null &&
      q.publishedAt >= r.publishedAt;

/**
 * A figure told in a sentence that dates what it tells to a day ("killed two smugglers ... late
 * Thursday, 6 November") is of that day's event: it takes the day of the sentence's dated report.
 */
function withSentenceDays(all: readonly Report[]): (r: Report) => Report {
  const days = new Map<string, Report>();
  for (const r of all) if (r.ownDay && r.date && !days.has(r.key)) days.set(r.key, r);
  return (r) => {
    const d = r.ownDate ? undefined : days.get(r.key);
    return d ? { ...r, date: d.date, ownDate: true, ownDay: true } : r;
  };
}

/**
 * Two attributed tolls of one article ("killing at least seven …, two security sources said";
 * "Syria's interior ministry put the toll at five dead"; "SOHR said eight … had been killed") are
 * sources' accounts of the story the article tells, unless each is dated to its own day, days
 * apart ("A week earlier, a roadside bomb killed two …"). A statement's own day may follow the
 * event's by one.
 */
const oneAccountRelayed = (a: Report, b: Report) =>
  relayed(a, b) && !(a.ownDay && b.ownDay && (daysApart(a.date, b.date) ?? 0) > 1);

/**
 * What the conflict finders read of the assessment, once: the sentences that bear on the theme,
 * the articles they are in, and each article's story.
 */
interface Reading {
  relevantKeys: Set<string>;
  used: Set<string>;
  storyOfArticle: Map<string, Report["story"]>;
}

function readingOf(reports: readonly Report[], relevantKeys: Set<string>): Reading {
  const storyOfArticle = new Map<string, Report["story"]>();
  for (const r of reports)
    if (r.story && !storyOfArticle.has(r.articleId)) storyOfArticle.set(r.articleId, r.story);
  return {
    relevantKeys,
    used: new Set([...relevantKeys].map(articleOfKey)),
    storyOfArticle,
  };
}

/**
 * A count over a whole month ("The department received 64 bodies in November, against 58 in
 * October"), in a sentence that names no day: a register's tally of many events, never the toll of
 * one event set against another account of it.
 */
const MONTH_TALLY =
  /^(?![\s\S]*\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?![\s\S]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?!\d))[\s\S]*\b(?:in|during|throughout|over)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** Tolls of one event that disagree (two guards killed against one; six wounded against four). */
function tolls(reports: Report[], reading: Reading, grader: ClaimGrader, toll: Toll): Conflict[] {
  // Tolls in sentences that bear on the theme, and in the other sentences of articles that do: a
  // story tells its toll in a sentence of its own ("Six other soldiers were wounded"). The other
  // side may be in an article that bears on nothing else of the theme (a monitor's one-line "about
  // 20 ISIS members crossed"): every toll is read, and a group needs one side in a used article.
  const { used, storyOfArticle } = reading;
  const dayOfSentence = withSentenceDays(reports);
  // A figure told in a sentence of its own is of its story: it takes the story its article's
  // facts are told in, so that it can be set against another story's account of the same day.
  const events = onePerSentence(
    reports.filter(
      // A figure in a sentence that tells a toll is that toll's, tagged or not ("The source said
      // that three soldiers were martyred").
      (r) => TOLL_TAGS[toll] === null || r.tags.includes(TOLL_TAGS[toll] ?? "") || r.kind === "quantity",
    ),
  )
    .slice(0, MAX_SCANNED)
    // "The attacks killed 17 people": a toll of several events, never one event's.
    .filter(
      (r) =>
        !r.period &&
        !MONTH_TALLY.test(r.sentenceText) &&
        !eventsToll(r.sentenceText) &&
        tollIn(r.sentenceText, toll) !== null,
    )
    .map((r) =>
      r.kind === "quantity" && !r.story && !r.ownDate
        ? { ...r, story: storyOfArticle.get(r.articleId) ?? null }
        : r,
    )
    .map(dayOfSentence)
    .slice(0, MAX_COMPARED);
  // Tolls of two articles whose stories are told on days apart are of two events, however alike.
  const storiesApart = (a: Report, b: Report) =>
    a.articleId !== b.articleId && (daysApart(dayOf(a), dayOf(b)) ?? 0) > 1;
  // Soldiers killed and militants killed are two counts, never one in dispute. A sentence that
  // counts both sides' dead is set against another account by the side that account counts.
  const read = new Map<Report, { value: number; victims: Victims | null }[]>();
  const tollsIn = (r: Report) => {
    let found = read.get(r);
    if (!found) {
      found = tollsOf(r.sentenceText, toll);
      read.set(r, found);
    }
    return found;
  };
  const victims = (r: Report) => tollsIn(r).map((t) => t.victims);
  const sameVictims = (a: Report, b: Report) => {
    const [va, vb] = [victims(a), victims(b)];
    if (va.length === 0 || vb.length === 0) return true;
    return va.some((x) => vb.some((y) => x === null || y === null || x === y));
  };
  const oneHappening = (a: Report, b: Report) =>
    !storiesApart(a, b) &&
    !namedApart(a, b) &&
    !siteKindsApart(a, b) &&
    sameVictims(a, b) &&
    (sameEvent(a, b) || oneAccountRelayed(a, b));
  // An article's revision stands for its earlier figures; another article's, for one happening.
  const latest = latestFigures(events, (r, q) => r.articleId === q.articleId || oneHappening(r, q));
  const same = (a: Report, b: Report) =>
    a.key !== b.key && (a.sourceKey !== b.sourceKey || relayed(a, b)) && oneHappening(a, b);
  return groupBy(latest, same).flatMap((group) => {
    if (!group.some((r) => used.has(r.articleId))) return [];
    if (
      new Set(group.map((r) => r.sourceKey)).size < 2 &&
      !group.some((a) => group.some((b) => relayed(a, b)))
    )
      return [];
    const place = placeOf(group);
    // When an account counts both sides' dead, the group is compared on a side every account
    // counts: the first on which they disagree.
    const valueFor = (r: Report, v: Victims | undefined) => {
      const all = tollsIn(r);
      return (all.find((t) => v !== undefined && t.victims === v) ?? all[0])?.value ?? 0;
    };
    const shared = (["forces", "militants", "smugglers", "civilians"] as const).filter((v) =>
      group.every((r) => victims(r).some((x) => x === v || x === null)),
    );
    const counted = shared.find((v) => new Set(group.map((r) => valueFor(r, v))).size > 1) ?? shared[0];
    const countedToll = (r: Report) => valueFor(r, counted);
    const named =
      (toll === "killed" || toll === "wounded") && counted && group.some((r) => victims(r).includes(counted))
        ? counted
        : undefined;
    const found = disagreement(
      group,
      countedToll,
      {
        id: `tolls:${toll}:${group[0]?.key ?? ""}`,
        // "17 soldiers killed" against "no member of our forces lost his life": a toll compared on
        // one side that an account names is that side's toll, and its box says whose dead they are,
        // as a claim's toll does ("The number killed (forces)").
        topic: `${TOLL_TOPICS[toll]}${named ? ` (${named})` : ""}${place ? ` ${atPlace(place)}` : ""}`,
        side: (v) => `figure of ${show(v)} ${TOLL_WORDS[toll]}`,
      },
      grader,
    );
    return found ? [found] : [];
  });
}

/**
 * Who the dead or the taken were, told by a source: fighters (ISIS members, "terrorists",
 * infiltrators), smugglers, or people of no side. "Armed smugglers" are smugglers.
 */
const WHO = [
  [
    "fighters",
    /\b(?:gunmen|militants?|terrorists?|infiltrators?|remnants of (?:the )?(?:isis|is|daesh)|(?:isis|is|daesh) (?:officials?|members?|operatives?|fighters?|militants?|commanders?|leaders?|planners?|cells?)|senior isis)\b/i,
  ],
  ["smugglers", /\b(?:smugglers?|traffickers?)\b/i],
  [
    "civilians",
    /\b(?:civilians?|shepherds?|farmers?|unarmed|truffle (?:hunters?|traders?|pickers?)|no known links|children)\b/i,
  ],
] as const;
type Who = (typeof WHO)[number][0];
const WHO_LABEL: Record<Who, string> = {
  fighters: "fighters",
  smugglers: "smugglers",
  civilians: "civilians",
};

/**
 * A kind of armed people denied of the dead: "they were not smugglers", "none of them was a
 * militant", "were neither smugglers nor fighters".
 */
const NOT_OF_KIND =
  /\b(?:(?:were|was|are|is)\s+(?:not|never|neither)|none of them (?:was|were))\s+(?:an?\s+|the\s+)?(?:armed\s+)?(?:smugglers?|traffickers?|gunmen|militants?|terrorists?|infiltrators?|fighters?)\b(?:\s+(?:or|nor)\s+(?:armed\s+)?(?:smugglers?|traffickers?|gunmen|militants?|terrorists?|infiltrators?|fighters?)\b)?/gi;
const NOT_OF_KIND_ONE = new RegExp(NOT_OF_KIND.source, "i");
/**
 * ISIS named as the doer ("nine attacks by ISIS cells", "ISIS cells carried out their attacks
 * mostly at night", "ISIS cells use the caves as bases"): who attacked, never who was killed.
 */
const DOERS =
  /\b(?:attacks?|ambush(?:es)?|raids?|operations?|assaults?)\s+(?:carried out\s+|launched\s+)?by\s+(?:the\s+)?(?:isis|is|daesh)\s+(?:cells?|fighters?|militants?|members?)\b|\b(?:isis|is|daesh)\s+(?:cells?|fighters?|militants?)\s+(?:have\s+|had\s+|also\s+|still\s+){0,2}(?:carried out|carry out|carries out|use|uses|used|move|moves|moved|launched|launch|launches|attacked|attack|ambushed|staged|operate|operates|operated|targeted|target|targets)\b/gi;
/**
 * Habitual aspect: what has gone on for a long time or goes on as a rule, not one event. So does
 * what is done at a frequency ("smugglers use the same gap every week", "cross twice a month").
 */
const HABITUAL =
  /\b(?:for (?:months|years|weeks|decades)|(?:has|have) long|usually|typically|routinely|regularly|as a rule|(?:every|each) (?:single )?(?:day|night|week|month|year)|(?:once|twice|three times|several times|many times) a (?:day|night|week|month|year))\b/i;

/** The day a report tells of: its own, or its story's. */
const dayOf = (r: Report) => (r.ownDay ? r.date : (r.story?.day ?? null));

/**
 * Accounts of one deadly event that disagree on who was hit: the army's "armed smugglers" against
 * the tribes' "shepherds", CENTCOM's "senior ISIS official" against SOHR's "civilians, a man and
 * his son", a command's "ISIS infiltrators" against relatives' "cigarette smugglers". People are
 * described in the sentences that tell of the deaths and the two around them.
 */
function accounts(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const deaths = new Set(
    reports.filter((r) => r.tags.includes("casualties")).map((r) => `${r.articleId}#${r.sentence}`),
  );
  const nearDeaths = (r: Report) =>
    [-2, -1, 0, 1, 2].some((d) => deaths.has(`${r.articleId}#${r.sentence + d}`));
  /**
   * The one kind of people a sentence says were hit; a sentence that names two kinds says neither.
   * A kind denied ("they were not smugglers and carried no drugs") is no account that they were of
   * it: denying that the dead were smugglers or fighters says they were of no side.
   */
  const sideOf = (r: Report): Who | null => {
    const text = r.sentenceText.replace(NOT_OF_KIND, " ").replace(DOERS, " ");
    const kinds = WHO.filter(([, re]) => re.test(text)).map(([k]) => k);
    if (kinds.length === 0 && text !== r.sentenceText && NOT_OF_KIND_ONE.test(r.sentenceText))
      return "civilians";
    return kinds.length === 1 ? (kinds[0] ?? null) : null;
  };
  // A tally over a period, and the sentence that goes on from it ("SOHR has documented 38
  // operations since January. The operations killed 44 members of government forces and nine
  // civilians"), tell of many events, not of this one.
  // A tally told by its months ("131 attacks between the beginning of April and the end of
  // September, in which 214 soldiers and civilians were killed") is one too.
  const tallies = new Set(
    reports
      .filter((r) => r.period || (!r.ownDay && SPAN.test(r.sentenceText)))
      .map((r) => `${r.articleId}#${r.sentence}`),
  );
  // What goes on habitually ("smugglers have for months been charging ... to take women out")
  // is the background of the event, not an account of who it hit.
  const told = (r: Report) =>
    !tallies.has(`${r.articleId}#${r.sentence}`) &&
    !tallies.has(`${r.articleId}#${r.sentence - 1}`) &&
    !HABITUAL.test(r.sentenceText);
  const candidates = onePerSentence(reports.filter((x) => used.has(x.articleId) && told(x) && nearDeaths(x)))
    .slice(0, MAX_SCANNED)
    .filter((x) => sideOf(x) !== null)
    .slice(0, MAX_COMPARED);
  // Deaths are told by the story a report belongs to, or by its own sentence ("killing six
  // smugglers" in a story the extractor tagged as a seizure).
  const deadly = (r: Report) =>
    (r.story?.tags.includes("casualties") ?? false) || deaths.has(`${r.articleId}#${r.sentence}`);
  const sameDeaths = (a: Report, b: Report) =>
    dayOf(a) !== null &&
    dayOf(a) === dayOf(b) &&
    deadly(a) &&
    deadly(b) &&
    !a.points.some((p) => b.points.length > 0 && b.points.every((q) => km(p, q) > NEARBY_KM));
  // Deaths told of on two different days are two events, however alike.
  const sameDay = (a: Report, b: Report) => dayOf(a) === null || dayOf(b) === null || dayOf(a) === dayOf(b);
  // "Two of the terrorists were killed ... Preliminary information indicates that the group belongs
  // to ISIS": one article saying twice, of the deaths of one day, who was hit tells one account
  // in two sentences, both of it.
  const oneAccount = (a: Report, b: Report) =>
    dayOf(a) !== null &&
    dayOf(a) === dayOf(b) &&
    sideOf(a) === sideOf(b) &&
    Math.abs(a.sentence - b.sentence) <= 4;
  const same = (a: Report, b: Report) =>
    a.key !== b.key &&
    sameDay(a, b) &&
    (a.articleId === b.articleId
      ? relayed(a, b) || oneAccount(a, b)
      : sameEvent(a, b) || sameStory(a, b) || sameDeaths(a, b));
  return groupBy(candidates, same).flatMap((group) => {
    const sides = WHO.map(([who]) => [who, group.filter((r) => sideOf(r) === who)] as const).filter(
      ([, rs]) => rs.length > 0,
    );
    if (sides.length < 2) return [];
    const place = sharedPlaceOf(group);
    const names = sides.map(([who]) => WHO_LABEL[who]);
    return [
      sidedConflict(
        grader,
        {
          id: `accounts:${group[0]?.key ?? ""}`,
          kind: "accounts",
          topic: `Who was killed${place ? ` near ${place.name}` : ""}: ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`,
        },
        sides.map(([who, rs]) => ({ label: `account that they were ${WHO_LABEL[who]}`, reports: rs })),
      ),
    ];
  });
}

/** Armed people, or the forces they met, by the noun that names them. */
const SHOOTERS =
  "(smugglers?|traffickers?|gunmen|militants?|attackers?|infiltrators?|assailants?|guards?|soldiers?|troops|police(?:men)?)";
/** "The command says the smugglers fired first", "the gunmen opened fire first". */
const FIRED_FIRST = new RegExp(
  String.raw`\b${SHOOTERS}\b[^.;:!?]{0,40}?\b(?:fired|opened fire|shot|started (?:the )?shooting|started the firefight)\s+first\b`,
  "i",
);
/** "The smugglers, who were not armed, ran back", "the guards did not fire", "the gunmen carried no weapons". */
const DID_NOT_FIRE = new RegExp(
  String.raw`\b${SHOOTERS}\b(?:,\s+who)?\s+(?:(?:was|were|are|is)\s+(?:not\s+armed|unarmed)|carried no (?:weapons|arms|guns)|had no (?:weapons|arms|guns)|(?:did not|didn['’]t|never) (?:fire|shoot|open fire)|never fired)\b`,
  "i",
);
/** The people named, in the plural: "smuggler" and "smugglers" are one, as are "gunman" and "gunmen". */
const shooterNoun = (n: string) => {
  const low = n.toLowerCase();
  if (/(?:man|men)$/.test(low)) return low.replace(/man$/, "men");
  return low === "police" || low.endsWith("s") ? low : `${low}s`;
};

/** Who a sentence says fired first ("smuggler"), or says did not fire, or null. */
function firstFire(r: Report): { who: string; fired: boolean } | null {
  if (QUESTION.test(r.sentenceText)) return null;
  const first = FIRED_FIRST.exec(r.sentenceText);
  const not = DID_NOT_FIRE.exec(r.sentenceText);
  if (first && not) return null;
  const m = first ?? not;
  return m?.[1] ? { who: shooterNoun(m[1]), fired: first !== null } : null;
}

/**
 * Who fired first in one deadly incident, as two sources tell it: "the command says the smugglers
 * fired first" against "survivors said the smugglers, who were not armed, ran back": the same people
 * told as the first to shoot by one account and as unarmed, or as not firing, by another. The two
 * sentences come from two sources and tell of the same event or story, or of deaths on one day.
 */
function whoFiredFirst(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const candidates = onePerSentence(reports.filter((x) => used.has(x.articleId)))
    .slice(0, MAX_SCANNED)
    .filter((x) => firstFire(x) !== null)
    .slice(0, MAX_COMPARED);
  const deadly = (r: Report) => r.story?.tags.includes("casualties") ?? r.tags.includes("casualties");
  const sameIncident = (a: Report, b: Report) =>
    sameEvent(a, b) ||
    sameStory(a, b) ||
    (dayOf(a) !== null && dayOf(a) === dayOf(b) && deadly(a) && deadly(b));
  const out: Conflict[] = [];
  for (const fired of candidates.filter((r) => firstFire(r)?.fired)) {
    const who = firstFire(fired)?.who;
    const denied = candidates.filter((r) => {
      const claim = firstFire(r);
      return (
        claim !== null &&
        !claim.fired &&
        claim.who === who &&
        r.sourceKey !== fired.sourceKey &&
        sameIncident(fired, r)
      );
    });
    if (denied.length === 0) continue;
    const place = sharedPlaceOf([fired, ...denied]);
    out.push(
      sidedConflict(
        grader,
        {
          id: `first-fire:${fired.key}`,
          kind: "accounts",
          topic: `Who fired first${place ? ` near ${place.name}` : ""}: the ${who} or the other side`,
        },
        [
          { label: `account that the ${who} fired first`, reports: [fired] },
          { label: `account that the ${who} did not fire`, reports: denied },
        ],
      ),
    );
  }
  return out;
}

/**
 * An operation said to have passed without a shot: "the seizure took place without any exchange of
 * fire", "no shots were fired", "not a single shot was fired".
 */
const NO_FIRE =
  /\b(?:without (?:any |an |a single )?(?:exchange of fire|shots? (?:being |having been )?fired|firing a (?:single )?shot|a (?:single )?shot (?:being )?fired)|no (?:shots?|bullets?) (?:was|were|had been|have been) fired|not (?:a|one) (?:single )?(?:shot|bullet) (?:was|had been) fired|no (?:exchange of fire|clash(?:es)?|firefight|gunfight) (?:took place|occurred|happened))\b/i;
/** A fight told: "an exchange of fire that lasted half an hour", "our forces clashed with them". */
const FIRE =
  /\b(?:(?:an |the )?exchange of fire (?:that |which )?(?:lasted|went on|continued)|exchanged fire|(?:clashed|fought) with (?:them|the (?:smugglers|gunmen|infiltrators|attackers|militants|traffickers))|(?:firefight|gunfight|gun battle) (?:that |which )?(?:lasted|went on|continued))\b/i;
/**
 * Whether an operation came to a fight, as two sources tell it: "the seizure took place without
 * any exchange of fire" against "one smuggler was killed ... in an exchange of fire that lasted half
 * an hour", or "no shots were fired" against "our forces clashed with them for more than an hour".
 * The two come from two sources and tell of the same event or story, or of one day within a
 * region's reach; a sentence the extractor drew no fact from is read too.
 */
function firefight(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const sideOf = (r: Report) => {
    if (QUESTION.test(r.sentenceText)) return null;
    const [none, fight] = [NO_FIRE.test(r.sentenceText), FIRE.test(r.sentenceText)];
    return none === fight ? null : none ? "none" : "fight";
  };
  const unread = bare.filter((b) => used.has(b.articleId) && (NO_FIRE.test(b.text) || FIRE.test(b.text)));
  const candidates = onePerSentence([...reports, ...bareReports(reports, unread)])
    .slice(0, MAX_SCANNED)
    .filter((r) => sideOf(r) !== null)
    .slice(0, MAX_COMPARED);
  const where = (r: Report) =>
    r.points.length > 0 ? r.points : r.setting.flatMap((e) => (e.coordinates ? [e.coordinates] : []));
  const sameIncident = (a: Report, b: Report) =>
    sameEvent(a, b) ||
    sameStory(a, b) ||
    (dayOf(a) !== null &&
      dayOf(a) === dayOf(b) &&
      where(a).some((p) => where(b).some((q) => km(p, q) <= NEARBY_KM)));
  const out: Conflict[] = [];
  for (const none of candidates.filter((r) => sideOf(r) === "none")) {
    const fights = candidates.filter(
      (f) => sideOf(f) === "fight" && f.sourceKey !== none.sourceKey && sameIncident(none, f),
    );
    if (fights.length === 0 || ![none, ...fights].some((r) => used.has(r.articleId))) continue;
    const place = sharedPlaceOf([none, ...fights]);
    out.push(
      sidedConflict(
        grader,
        {
          id: `firefight:${none.key}`,
          kind: "denial",
          topic: `Whether shots were exchanged${place ? ` near ${place.name}` : ""}`,
        },
        [
          { label: "account of an exchange of fire", reports: fights },
          { label: "account that no shot was fired", reports: [none], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/** Who the dead of a riot or an attack on a prison were: its guards, or the detainees. */
const CUSTODY = [
  ["guards", /\b(?:guards?|guard force|wardens?|jailers?|prison (?:staff|officers?|police))\b/i],
  ["detainees", /\b(?:detainees?|prisoners?|inmates?)\b/i],
] as const;
type Custody = (typeof CUSTODY)[number][0];

/**
 * The same dead of one event, told as guards by one account and as detainees by another: "Two
 * members of the guard force were martyred after rioters attacked them" against "Two detainees
 * were killed when guards opened fire". Only the words that say who was killed count (the
 * figure and its noun, up to the verb), and only tolls of the same number: two guards and three
 * detainees killed may both be true.
 */
function custody(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const [subjectOf] = GLOBAL_TOLLS.killed;
  if (!subjectOf) return [];
  const read = (r: Report): { who: Custody; n: number } | null => {
    for (const m of r.sentenceText.matchAll(subjectOf)) {
      if (!m[1] || ATTACKERS.test(m[0])) continue;
      const kinds = CUSTODY.filter(([, re]) => re.test(m[0])).map(([k]) => k);
      const [who] = kinds;
      return kinds.length === 1 && who ? { who, n: numberOf(m[1]) } : null;
    }
    return null;
  };
  const candidates = onePerSentence(
    reports.filter(
      (x) =>
        used.has(x.articleId) &&
        !x.period &&
        (x.tags.includes("detention-facility") || x.tags.includes("riot") || x.tags.includes("casualties")),
    ),
  )
    .slice(0, MAX_SCANNED)
    .filter((x) => read(x) !== null)
    .slice(0, MAX_COMPARED);
  const atDetention = (r: Report) =>
    r.tags.includes("detention-facility") ||
    r.tags.includes("riot") ||
    r.story?.tags.includes("riot") === true;
  const same = (a: Report, b: Report) =>
    a.key !== b.key &&
    a.sourceKey !== b.sourceKey &&
    read(a)?.n === read(b)?.n &&
    (atDetention(a) || atDetention(b)) &&
    (sameEvent(a, b) || sameStory(a, b));
  return groupBy(candidates, same).flatMap((group) => {
    const sides = CUSTODY.map(([who]) => [who, group.filter((r) => read(r)?.who === who)] as const).filter(
      ([, rs]) => rs.length > 0,
    );
    if (sides.length < 2) return [];
    const place = sharedPlaceOf(group);
    return [
      sidedConflict(
        grader,
        {
          id: `custody:${group[0]?.key ?? ""}`,
          kind: "accounts",
          topic: `Who was killed${place ? ` at ${place.name}` : ""}: guards or detainees`,
        },
        sides.map(([who, rs]) => ({ label: `account that they were ${who}`, reports: rs })),
      ),
    ];
  });
}

const QUESTION = /\?["”’)]*\s*$/;
/**
 * A post, prison or town said to have fallen, been held or been retaken: it changed hands. The
 * attackers said to be "still in the town" the next morning held it.
 */
const FELL =
  /\b(?:held (?:the|its) (?:[\w'’-]+ ){0,3}?(?:post|position|prison|base|checkpoint|village|town|city|neighbou?rhoods?|districts?|quarters?|municipal building|headquarters|building|compound|station)|(?:stormed|entered|overran|seized|captured|took) the (?:town|village|city) of|held (?:parts?|most|much|some) of (?:it|the (?:town|village|city))|(?:stormed|entered|overran) the (?:[\w'’-]+ ){0,2}?(?:neighbou?rhoods?|districts?|quarters?) of the (?:town|village|city)|overr[au]n (?:the )?(?:post|position|prison|base|checkpoint|village|town)|(?:took|taken|taking) control of|(?:town|village|city|post|position|prison|base|checkpoint) (?:was|were|had been|has been) (?:taken|seized|captured|overrun|stormed) by|(?:fell|had fallen|has fallen) to (?:the )?(?:isis|daesh|attackers|militants|terrorists|insurgents|gunmen|jihadists|fighters)|seized (?:the )?(?:post|position|prison|base|checkpoint)|(?:gunmen|attackers|assailants|militants|jihadists|terrorists|insurgents|isis|daesh|cells?)\b[^.;]{0,40}?\b(?:took|taken|taking) over (?:(?:a|an|the|several|two|three|some) )?(?:[\w'’-]+ ){0,2}?(?:posts?|positions?|checkpoints?|stations?|buildings?|neighbou?rhoods?|districts?|village|town|base|prison)|controlled (?:the|that) (?:area|town|village|post|neighbou?rhood|district) for|regain(?:ed|ing)? control|retook|retaken|(?:fighters|militants|gunmen|attackers|assailants|jihadists|insurgents|terrorists)\b[^.;]{0,20}?\b(?:entered|stormed|overran) the (?:[\w'’-]+ ){0,2}?(?:town|village|city|neighbou?rhoods?|districts?|quarters?)|(?:fighters|militants|gunmen|attackers|assailants|jihadists|insurgents|terrorists) (?:were|was|are|is|remained|remain) still (?:in|inside) the (?:town|village|city))\b/i;
/**
 * Said to have held: the attackers never got in ("no IS fighter had entered the village", "was
 * driven off after an hour-long clash, without entering the town", "reports that the terrorists
 * seized the town are fabrications").
 */
const HELD =
  /\b(?:den(?:ied|ies|y|ying) (?:[\w'’-]+ ){0,10}?(?:had |have |has )?(?:taken|took|seized|entered|stormed) (?:control|the (?:post|position|prison|base|town|village|city))|remain(?:ed|s)? in the hands of(?! (?:the )?(?:isis|daesh|organi[sz]ation|militants|insurgents|jihadists|terrorists|gunmen|attackers|fighters|cells?)\b)|retain(?:ed|s)? (?:full )?control|never lost control|never (?:out of|outside) (?:[\w'’-]+ ){0,2}?control|remain(?:ed|s)? (?:in|under) (?:full )?control|(?:is|was|are|were) under (?:the )?(?:full|complete|total) control(?! of (?:the )?(?:isis|daesh|attackers|militants|terrorists|insurgents|gunmen))|(?:without|not) (?:the (?:terrorists|attackers|militants|assailants) )?being able to (?:enter|reach|take|storm)|failed to (?:enter|take|breach|storm)|never (?:entered|reached|fell|fallen)|did not (?:enter|reach)|no (?:(?:isis|is|daesh|single|one) )?(?:fighters?|militants?|gunmen|attackers?|terrorists?|jihadists?|insurgents?|members?) (?:(?:of [\w'’-]+ )?(?:had |has |have |ever )?)(?:entered|reached|got into|set foot in)|repelled|repulsed|(?:was|were|had been|been) (?:driven|beaten|fought) (?:off|back)|(?:reports?|claims?|rumou?rs?|allegations?) that [^.;]{0,60}?\b(?:seized|took|taken|entered|stormed|captured|overran|overrun)\b[^.;]{0,40}?\b(?:are|were|is|was) (?:all |mere |pure )?(?:false|untrue|baseless|unfounded|incorrect|inaccurate|lies|fabricat(?:ed|ions?))|without (?:entering|reaching|getting into|breaching)|(?:fully |quickly )?secured within (?:hours|minutes|an hour|the hour))\b/i;

/** What kind of site a sentence says fell or held: a town (or a part of it), a post, a prison... */
const SITES: [string, RegExp][] = [
  ["town", /\b(?:town|village|city|neighbou?rhoods?|districts?|quarters?)\b/i],
  ["post", /\b(?:posts?|positions?|checkpoints?|silos|base|headquarters|municipal building)\b/i],
  ["prison", /\b(?:prison|detention (?:centre|center|facility)|camp)\b/i],
];
/**
 * Whether two sentences of one article can be about the same site: "took control of the silos and
 * two checkpoints" and "did not enter the town itself" are both true at once. A sentence that
 * names no kind of site ("the attack was repelled") may be about any.
 */
function sameSite(a: Report, b: Report): boolean {
  const kinds = (r: Report) => SITES.filter(([, re]) => re.test(r.sentenceText)).map(([k]) => k);
  const [x, y] = [kinds(a), kinds(b)];
  return x.length === 0 || y.length === 0 || x.some((k) => y.includes(k));
}

/** A sentence of an article from which the extractor drew no fact. */
export interface BareSentence {
  articleId: string;
  sentence: number;
  text: string;
}

/**
 * Sentences with no fact of their own, read as reports of the story of their article: "a military
 * source told state media that the attack was repelled" relays an account of the event the
 * sentences around it tell. Each borrows what places and dates it from the nearest report before
 * it in its article (or, at the lede, after it), with its own text.
 */
function bareReports(reports: readonly Report[], bare: readonly BareSentence[]): Report[] {
  if (bare.length === 0) return [];
  // Per article, the first report of each sentence, and those sentences in order.
  const bySentence = new Map<string, Report>();
  const told = new Map<string, number[]>();
  for (const r of reports) {
    if (bySentence.has(r.key)) continue;
    bySentence.set(r.key, r);
    const list = told.get(r.articleId);
    if (list) list.push(r.sentence);
    else told.set(r.articleId, [r.sentence]);
  }
  for (const list of told.values()) list.sort((x, y) => x - y);
  // Per article, the specific places its reports are anchored on, with where they lie.
  const sites = new Map<string, Map<string, [number, number] | null>>();
  for (const r of reports) {
    const of = sites.get(r.articleId) ?? new Map<string, [number, number] | null>();
    sites.set(r.articleId, of);
    for (const e of r.entities) {
      const name = fold(e.name);
      if ((e.type === "place" || e.type === "facility") && r.anchors.includes(name) && !of.has(name))
        of.set(name, e.coordinates ?? null);
    }
  }
  // "Day two, Al-Qaryatayn: the town was taken": a bare sentence that names a place its article
  // anchors elsewhere is about that place, not about the one its neighbour tells of.
  const ownSites = (b: BareSentence) => {
    const text = ` ${fold(b.text)} `;
    return [...(sites.get(b.articleId) ?? [])].filter(([name]) => {
      const bare = name.replace(/^(?:al|el|the) /, "");
      return bare.length >= 3 && (text.includes(` ${name} `) || text.includes(` ${bare} `));
    });
  };
  return bare.slice(0, MAX_SCANNED).flatMap((b) => {
    const list = told.get(b.articleId) ?? [];
    // The last sentence told before this one, else the first after it.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < b.sentence) lo = mid + 1;
      else hi = mid;
    }
    const at = lo > 0 ? list[lo - 1] : list[lo];
    const near = at === undefined ? undefined : bySentence.get(`${b.articleId}#${at}`);
    if (!near) return [];
    const { value: _v, unit: _u, measures: _m, ...rest } = near;
    const own = ownSites(b);
    return [
      {
        ...rest,
        ...(own.length > 0
          ? {
              anchors: own.map(([name]) => name),
              points: own.flatMap(([, point]) => (point ? [point] : [])),
            }
          : {}),
        key: `${b.articleId}#${b.sentence}`,
        sentence: b.sentence,
        factId: `${near.factId}~${b.sentence}`,
        text: b.text,
        sentenceText: b.text,
        kind: "event" as const,
        modality: "asserted" as const,
        period: false,
        ownDate: false,
        ownDay: false,
        date: near.story?.day ?? near.publishedAt,
        // A sentence read for its words alone does not tell of the story its neighbour tells of:
        // "reports of further base closures are inaccurate" after "the consolidation was
        // completed on Thursday" denies closures over the weeks before, not on Thursday only.
        story: null,
      },
    ];
  });
}

/**
 * Whether a post, prison or town changed hands: "the attackers held the post for several hours"
 * or "SDF reinforcements regained control of the prison" against "without the terrorists being
 * able to enter the point" or "our forces retained full control of the centre", for one event.
 * Sentences the extractor drew no fact from are read too: a relayed "the attack was repelled" is
 * often one.
 */
function control(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  // "denied reports that the terrorists had taken control of the post" says it held.
  const sideOf = (r: Report) =>
    HELD.test(r.sentenceText) ? "held" : FELL.test(r.sentenceText) ? "fell" : null;
  const unread = bare.filter((b) => used.has(b.articleId) && (HELD.test(b.text) || FELL.test(b.text)));
  const all = [...reports, ...bareReports(reports, unread)];
  // The account of the fall may be in an article that bears on nothing else of the theme (a blog's
  // one story of the town entered): every report is read, and a conflict needs one side in a used
  // article.
  // A question asserts nothing: the host's "the ministry says it was repelled, does it not?" is
  // no account of the ministry's, nor a second source for it.
  const candidates = onePerSentence(all)
    .slice(0, MAX_SCANNED)
    .filter((x) => sideOf(x) !== null && !QUESTION.test(x.sentenceText))
    .slice(0, MAX_COMPARED);
  // One article may relay the other side: "a military source told state media that the attack was
  // repelled" after its own "the attackers held the post".
  const relays = (a: Report, b: Report) =>
    a.articleId === b.articleId &&
    (ATTRIBUTED.test(a.sentenceText) || ATTRIBUTED.test(b.sentenceText)) &&
    sameSite(a, b);
  // Told of the same day, within a region's reach: "ISIS fighters entered the eastern
  // neighbourhoods of the town on Sunday" against "did not enter the town itself, and withdrew
  // towards the Al-Kawm valley" in a story of that Sunday's attack.
  // A sentence that names no place of its own is where its story is set.
  const where = (r: Report) =>
    r.points.length > 0 ? r.points : r.setting.flatMap((e) => (e.coordinates ? [e.coordinates] : []));
  const sameDayNear = (a: Report, b: Report) =>
    dayOf(a) !== null &&
    dayOf(a) === dayOf(b) &&
    where(a).some((p) => where(b).some((q) => km(p, q) <= NEARBY_KM));
  const same = (a: Report, b: Report) =>
    a.key !== b.key &&
    (a.sourceKey !== b.sourceKey
      ? sameEvent(a, b) || sameStory(a, b) || sameDayNear(a, b)
      : relays(a, b) && sideOf(a) !== sideOf(b));
  // Each account that the site held, with the accounts of its fall that tell of the same event:
  // a chain of likenesses ("the silos were taken" is of the same attack as "entered the town")
  // does not put an account against one it does not answer. Denials of the same accounts are one.
  const byFell = new Map<string, Report[]>();
  for (const h of candidates.filter((r) => sideOf(r) === "held")) {
    const fell = candidates.filter((f) => sideOf(f) === "fell" && same(h, f));
    if (fell.length === 0) continue;
    const key = fell.map((f) => f.key).join("|");
    byFell.set(key, [...(byFell.get(key) ?? fell), h]);
  }
  return [...byFell.values()].flatMap((group) => {
    if (!group.some((r) => used.has(r.articleId))) return [];
    const fell = group.filter((r) => sideOf(r) === "fell");
    const held = group.filter((r) => sideOf(r) === "held");
    if (fell.length === 0 || held.length === 0) return [];
    const place = sharedPlaceOf(group);
    // Named in the labels too: "the account that it held" could be read as the attackers holding it.
    const site = place ? place.name : "the site";
    return [
      sidedConflict(
        grader,
        {
          id: `control:${group[0]?.key ?? ""}`,
          kind: "denial",
          topic: `Whether ${place ? place.name : "the site attacked"} fell to the attackers`,
        },
        [
          { label: `account that ${site} fell or was retaken`, reports: fell },
          { label: `account that ${site} held out`, reports: held, stance: "denies" },
        ],
      ),
    ];
  });
}

/** "But the SDF commander put the number at fewer than 800": a figure given against one just told. */
const RESTATES =
  /\b(?:put|puts|putting|gave|gives|giving|estimated|estimates|placed|places)\s+the\s+(?:number|figure|total|count|toll|tally)\s+at\b/i;
/**
 * "Washington withdrew about 3,000 American troops": a figure a withdrawal, move or cut governs
 * counts what left, so a later "puts the number at 1,200" of the force is no second count of it.
 */
const MOVED_FIGURE = new RegExp(
  String.raw`\b(?:withdr\w+|pull(?:s|ed|ing)?\s+out|redeploy\w*|relocat\w+|evacuat\w+|mov(?:e|es|ed|ing)|cut|cuts|reduc\w+)${UP_TO_FIGURE}`,
  "i",
);
const countsAMove = (r: Report) => {
  const at = r.sentenceText.indexOf(r.text);
  return at > 0 && MOVED_FIGURE.test(r.sentenceText.slice(0, at));
};
function restatements(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const quantities = reports
    .filter((r) => r.kind === "quantity" && r.value !== undefined && used.has(r.articleId))
    .slice(0, MAX_SCANNED);
  return quantities.flatMap((b) => {
    if (!RESTATES.test(b.sentenceText)) return [];
    const a = quantities
      .filter(
        (x) =>
          x.articleId === b.articleId &&
          x.sentence < b.sentence &&
          b.sentence - x.sentence <= 3 &&
          singular(x.unit) === singular(b.unit) &&
          x.measures === b.measures &&
          !countsAMove(x) &&
          // A count of nothing named is no count of the same thing; a toll restates a toll.
          (x.unit !== undefined || x.measures !== undefined) &&
          (!/\btoll\b/i.test(b.sentenceText) || tollIn(x.sentenceText) !== null),
      )
      .at(-1);
    if (!a) return [];
    const measures = measuresNamed([a, b]);
    const found = disagreement(
      [a, b],
      (r) => r.value ?? 0,
      {
        id: `figures:${a.key}`,
        topic: `${measures ? capital(measures) : "The figure"}: two counts`,
        side: (v) => `figure of ${v.toLocaleString("en-GB")}`,
      },
      grader,
    );
    return found ? [found] : [];
  });
}

/** "not 1.2 million", "not the 300": a figure denied. */
const NOT_FIGURE = new RegExp(
  String.raw`\bnot\s+(?:the\s+|about\s+)?(?:\d|(?:${Object.keys(WORD_VALUES).join("|")})\b)`,
  "i",
);

/**
 * A figure named by its value and denied ("about 900 personnel, not 2,500 as reported") answers the
 * report of that value told of the same place within days, however each names it: "Erbil air base"
 * in one and "Erbil" in the other lie at one point. The denial names the figure it answers, so the
 * place and the days need not say it is one event as two unrelated reports' would.
 */
const SAME_PLACE_KM = 25;
function samePlaceDays(a: Report, b: Report): boolean {
  const gap = daysApart(a.publishedAt, b.publishedAt);
  if (gap === null || gap > SAME_EVENT_DAYS || twoSites(a, b)) return false;
  return a.points.some((p) => b.points.some((q) => km(p, q) <= SAME_PLACE_KM));
}

/**
 * A figure given against another source's: "about 40,000 at most, not 1.2 million" answers the
 * 1.2 million pills another source reported of the same event, whatever the extractor took the
 * corrected figure to count. The figure it corrects says what is counted; a toll corrected ("three
 * men were killed, not two") is read by the toll finder.
 */
function corrections(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  // Either side may be in an article that bears on nothing else of the theme.
  const quantities = reports
    .filter((r) => r.kind === "quantity" && r.value !== undefined)
    .slice(0, MAX_SCANNED);
  const notFigure = sentenceTest(NOT_FIGURE);
  // The figures of each sentence that sets one figure against another ("..., not 1.2 million").
  const bySentence = new Map<string, Report[]>();
  for (const r of quantities) {
    if (!notFigure(r)) continue;
    const list = bySentence.get(r.key);
    if (!list) bySentence.set(r.key, [r]);
    else if (list.length < 12) list.push(r);
  }
  const out: Conflict[] = [];
  for (const given of [...bySentence.values()].flat()) {
    if (tollIn(given.sentenceText) !== null) continue;
    // The figure that opens the sentence's count: "received 1,160 people in 298 families from the
    // camp on Monday, not 1,850 as some media reported" corrects the count the clause is about,
    // told first, however far its details run before the "not".
    const first = (bySentence.get(given.key) ?? []).reduce((a, b) =>
      b.sentenceText.indexOf(b.text) < a.sentenceText.indexOf(a.text) ? b : a,
    );
    for (const denied of bySentence.get(given.key) ?? []) {
      if (denied === given || denied.value === given.value) continue;
      const [g, d] = [escapeRegExp(given.text), escapeRegExp(denied.text)];
      const against = new RegExp(
        String.raw`${g}[^.;]{0,25}?\bnot\s+(?:the\s+)?${d}\b|\bnot\s+(?:the\s+)?${d}[^.;]{0,10}?\bbut\s+${g}`,
        "i",
      );
      const clause = new RegExp(String.raw`${g}[^.;]{0,80}?,\s*not\s+(?:the\s+)?${d}\b`, "i");
      if (!against.test(given.sentenceText) && !(given === first && clause.test(given.sentenceText)))
        continue;
      const theirs = quantities.find(
        (x) =>
          x.sourceKey !== given.sourceKey &&
          x.value === denied.value &&
          x.unit !== undefined &&
          (used.has(x.articleId) || used.has(given.articleId)) &&
          (sameEvent(x, given) || samePlaceDays(x, given)),
      );
      if (!theirs) continue;
      const found = disagreement(
        [theirs, given],
        (r) => r.value ?? 0,
        {
          id: `figures:${theirs.key}:${given.key}`,
          topic: figureTopic([theirs]),
          side: (v) => `figure of ${v.toLocaleString("en-GB")}`,
        },
        grader,
      );
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * The writer's own finding, set against a figure the writer has just credited to someone else:
 * "Our own count of tenders suggests ...", "Our own estimate ... is", "By our count", "We estimate".
 */
const OWN_FINDING =
  /\b(?:our\s+own\s+(?:count|estimate|tally|reckoning|calculation|analysis|review|research|assessment|figures?)|our\s+(?:count|estimate|tally|reckoning|calculation)|by\s+our\s+(?:own\s+)?(?:count|estimate|reckoning|calculation)|we\s+(?:estimate|count|reckon|calculate)|we\s+have\s+(?:counted|estimated|calculated))\b/i;

/**
 * A grader that credits a figure given as the writer's own finding to the writer, so that a box
 * of one outlet's two figures says the outlet gives both accounts ("attributes the figure of 600 km
 * to the Border Guards Command and the figure of 350 km to the writer's own count").
 */
function creditingWriter(grader: ClaimGrader): ClaimGrader {
  return {
    claim: (r, stance) => {
      const claim = grader.claim(r, stance);
      const finding = OWN_FINDING.exec(r.sentenceText)?.[0];
      if (!finding || claim.attributedTo) return claim;
      const noun = /\b(estimate|reckoning|calculation|analysis|review|research|assessment)/i.exec(
        finding,
      )?.[1];
      return { ...claim, attributedTo: `the writer's own ${noun?.toLowerCase() ?? "count"}` };
    },
  };
}
/**
 * "Iraqi officials say no more than 500 ISIS fighters remain in Iraq. Our own estimate ... is
 * between 1,500 and 2,000 fighters": an analysis that quotes a body's figure and gives its own
 * count of the same thing, in the next sentence or the one after, relays two accounts, as two
 * sources' figures are. The quoted figure is credited to a body the sentence names (not the
 * outlet); the two count one unit and disagree by a fifth or more. The same writer's figures
 * told without that turn ("500 fighters in Anbar, 300 in Kirkuk") are one account.
 */
function ownFindings(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const quantities = reports
    .filter((r) => r.kind === "quantity" && r.value !== undefined && r.unit && used.has(r.articleId))
    .slice(0, MAX_SCANNED);
  const out: Conflict[] = [];
  for (const own of quantities) {
    if (!OWN_FINDING.test(own.sentenceText)) continue;
    const quoted = quantities
      .filter(
        (q) =>
          q.articleId === own.articleId &&
          q.sentence < own.sentence &&
          own.sentence - q.sentence <= 2 &&
          singular(q.unit) === singular(own.unit) &&
          !OWN_FINDING.test(q.sentenceText) &&
          attributionOf(q.sentenceText, [], q.source) !== undefined,
      )
      .at(-1);
    if (!quoted) continue;
    const found = disagreement(
      [quoted, own],
      (r) => r.value ?? 0,
      {
        id: `figures:${quoted.key}:${own.key}`,
        // Where the quoted figure puts most of them is no place of the writer's count.
        topic: `${capital(measuresNamed([quoted, own]) ?? quoted.unit ?? "The figure")}: a figure the writer quotes and its own`,
        side: (v) => `figure of ${v.toLocaleString("en-GB")}`,
      },
      creditingWriter(grader),
    );
    if (found) out.push(found);
  }
  return out;
}

const WHOLE = /\b(?:the\s+)?(?:entire|whole|full|all(?:\s+of)?(?:\s+the)?)\s+$/i;
/**
 * "430 of the 618 kilometres", "31 kilometres of the 44-kilometre sector": a part told before its
 * whole, its unit said with the part or with the whole.
 */
const PART = new RegExp(
  String.raw`\b${NUM}\s+(?:(?:km|kms|kilomet(?:er|re)s|miles|met(?:er|re)s)\s+)?(?:out\s+)?of\s+(?:the\s+)?$`,
  "i",
);
/** A part told as a rough figure: "about 430 of the 618 kilometres", "nearly half of its border". */
const ROUGH_PART =
  /\b(?:about|around|some|roughly|nearly|almost|approximately|close to|more than|over|under|less than|fewer than|barely|just over|just under)\s+(?:\S+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$/i;
/**
 * Two exact parts of one whole ("31 kilometres of the 44-kilometre sector" against "38 kilometres
 * of the 44-kilometre sector") disagree by less than rounded figures must: a tenth of the larger.
 */
const roughPart = (r: Report) => {
  const at = r.sentenceText.indexOf(r.text);
  if (at < 0) return true;
  const before = r.sentenceText.slice(Math.max(0, at - 40), at);
  // A share ("half of its border") is rough; the whole ("the entire 618 km") or a count of it is exact.
  return (
    ROUGH_PART.test(r.sentenceText.slice(Math.max(0, at - 60), at)) ||
    (!WHOLE.test(before) && !PART.test(before))
  );
};
/** "Covers the entire border from Rabia to the frontier, 618 kilometres in all": the whole restated. */
const WHOLE_BEFORE = /\b(?:the\s+)?(?:entire|whole)\s+[^,.;]{1,80},\s*$/i;
const IN_ALL = /^\s*(?:[\w-]+\s+){0,2}?(?:in all|in total|altogether)\b/i;
/** "About half of its 600-kilometre border": a share of the whole, as a fraction. */
const SHARES: Record<string, number> = {
  half: 1 / 2,
  "a third": 1 / 3,
  "one third": 1 / 3,
  "two thirds": 2 / 3,
  "a quarter": 1 / 4,
  "one quarter": 1 / 4,
  "three quarters": 3 / 4,
};
const SHARE = new RegExp(
  String.raw`\b(${Object.keys(SHARES).join("|")})\s+of\s+(?:the|its|their|his|her)\s+$`,
  "i",
);
/** Two wholes are one when equal, or within rounding ("its 600-kilometre border" and "618 kilometres"). */
const sameWhole = (a: number, b: number) => Math.abs(a - b) <= 0.05 * Math.max(a, b);
/** What a whole measures, without what of: "length of border" and "length" are one measure. */
const measureHead = (m: string | undefined) => (m ?? "").split(/\s+of\s+/)[0] ?? "";

/** The part of a whole a figure is told as ("430 of the 618 kilometres", "the entire 618 km"), or null. */
function portionOf(r: Report): number | null {
  const at = r.sentenceText.indexOf(r.text);
  if (at < 0 || r.value === undefined) return null;
  const before = r.sentenceText.slice(Math.max(0, at - 40), at);
  if (WHOLE.test(before)) return r.value;
  const after = r.sentenceText.slice(at + r.text.length);
  if (IN_ALL.test(after) && WHOLE_BEFORE.test(r.sentenceText.slice(Math.max(0, at - 120), at)))
    return r.value;
  const part = PART.exec(before);
  if (part?.[1]) return numberOf(part[1]);
  const share = SHARE.exec(before)?.[1];
  return share ? Math.round(r.value * (SHARES[share.toLowerCase()] ?? 0)) : null;
}

/**
 * How much of one whole two sources say something covers: "the wall now covers the entire 618
 * kilometres of the border" against "only about 430 of the 618 kilometres of the border have a
 * concrete wall". The whole (its figure, unit and what it measures) names the thing; the
 * sentences must tell of one matter (a tag in common) and be published within weeks.
 */
function portions(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const tagsOf = new Map<string, Set<string>>();
  for (const r of reports) {
    const tags = tagsOf.get(r.key) ?? new Set<string>();
    for (const t of r.tags) if (t !== "casualties") tags.add(t);
    tagsOf.set(r.key, tags);
  }
  // One account may be in an article that bears on nothing else of the theme.
  const wholes = reports
    .filter((r) => r.kind === "quantity" && r.value !== undefined && r.unit)
    .slice(0, MAX_SCANNED)
    .filter((r) => portionOf(r) !== null)
    .slice(0, MAX_COMPARED);
  const same = (a: Report, b: Report) => {
    const gap = daysApart(a.publishedAt, b.publishedAt);
    const theirs = tagsOf.get(b.key) ?? new Set<string>();
    return (
      a.sourceKey !== b.sourceKey &&
      a.value !== undefined &&
      b.value !== undefined &&
      sameWhole(a.value, b.value) &&
      singular(a.unit) === singular(b.unit) &&
      measureHead(a.measures) === measureHead(b.measures) &&
      gap !== null &&
      gap <= SAME_EVENT_DAYS &&
      [...(tagsOf.get(a.key) ?? [])].some((t) => theirs.has(t))
    );
  };
  return groupBy(wholes, same).flatMap((group) => {
    const whole = group[0];
    if (!whole || group.length < 2 || !group.some((r) => used.has(r.articleId))) return [];
    const found = disagreement(
      group,
      (r) => portionOf(r) ?? 0,
      {
        id: `portions:${whole.key}`,
        topic: `What part of the ${whole.text.replace(/^(?:the|about|some)\s+/i, "")} is covered`,
        side: (v) => `figure of ${v.toLocaleString("en-GB")} of ${whole.value?.toLocaleString("en-GB")}`,
      },
      grader,
      group.some(roughPart) ? 0.2 : 0.1,
    );
    return found ? [found] : [];
  });
}

/** The units a line built along a border is measured in. */
const LENGTH_UNITS = "(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)";
/** A length: a token that is one of those units. */
const LENGTH_UNIT = new RegExp(`^${LENGTH_UNITS}$`, "i");
/** A line built to stop crossings, by its head noun: walls, fences, berms, trenches. */
const LINE = String.raw`(wall|fence|barrier|berm|trench|ditch|embankment)s?`;
/**
 * The lines whose length `extents` compares: the built ones (LINE), and a system or network that
 * watches a border ("the radar and camera system ... is operational along 160 km", "70 km of the
 * new surveillance system is working"), read so only in a sentence that tells of surveillance.
 */
const EXTENT_LINE = String.raw`(wall|fence|barrier|berm|trench|ditch|embankment|system|network)s?`;
const WATCHING_LINE = /^(?:system|network|camera|radar|sensor)$/;
/**
 * Devices that watch a border, whose reach is told as the length they cover ("thermal cameras
 * cover 350 km"), read only where no line above is named ("a radar and camera system" is a system).
 */
const DEVICE_LINE_WORDS = String.raw`(camera|radar|sensor)s?`;
const DEVICE_LINE = /^(?:camera|radar|sensor)$/;
/**
 * "The wall ... now covers 400 km", "the fence stretches for 30 miles": the line and a verb of
 * extent, then the figure. So is the line said to lie along the figure ("the completion of the
 * concrete wall along 520 kilometres of the common border").
 */
const extentPattern = (line: string) =>
  new RegExp(
    String.raw`\b${line}\b(?:(?![.;:!?]|\b(?:and|but|while)\b)[^])*?\b(?:covers?|covered|covering|stretch(?:es|ed)?|extends?|extended|runs?|ran|spans?|spanned|measures?|measured|reach(?:es|ed)?|totals?|totall?ed|along)\s+(?:[\w'’-]+\s+){0,3}?$`,
    "i",
  );
const EXTENT = extentPattern(EXTENT_LINE);
const DEVICE_EXTENT = extentPattern(DEVICE_LINE_WORDS);

/** The extractor's measure of a line's length: "length of the concrete wall". */
const LENGTH_OF = new RegExp(
  String.raw`^length of (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?${EXTENT_LINE}$`,
  "i",
);
/**
 * The line named right after its length, when the extractor kept no line in the measure: "has
 * completed 370 kilometres of a concrete wall", "120 km of new fence".
 */
const LINE_AFTER = new RegExp(
  String.raw`^\s+of\s+(?:(?:the|a|an|its|their|new|concrete|steel|earth|border)\s+){0,3}${EXTENT_LINE}\b`,
  "i",
);
/** A figure's words up to its unit of length: "about 250 kilometres" of "about 250 kilometres of the wall". */
const FIGURE_AND_UNIT = new RegExp(String.raw`^\D*?\d[\d,.]*\s*${LENGTH_UNITS}\b`, "i");
/** A length to come is no length built: "will be 620 km long", "is planned to run 600 km". */
const PLANNED =
  /\b(?:will|would|shall|to) be (?:built|completed|finished|extended|\d[\d,]*\s*(?:km|kilomet(?:er|re)s?|miles?) long)\b|\b(?:planned|expected|due|set) to\b|\bplans? to\b/i;
/**
 * How far a wall, fence or trench runs, as two sources put it at one time: "the wall ... now covers
 * 400 km of the 618-km frontier" (the command) against "the wall on the Syrian frontier covers
 * barely 250 km" (an MP). A line's length is a state, not an event: two figures of the same kind of
 * line and unit are one quantity when published within weeks, from two sources, on one matter (a
 * tag in common) and one stretch of border (their articles' places within a region's reach, or one
 * naming none). A figure that names the line it measures by a compound ("the 618-km frontier") is
 * the length of that, and one told as part of a whole ("430 of the 618 km") is read by portions.
 */
function extents(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const lineOf = (r: Report): string | null => {
    if (r.value === undefined || !LENGTH_UNIT.test(r.unit ?? "") || /\d\s*-\s*[a-z]/i.test(r.text))
      return null;
    const at = r.sentenceText.indexOf(r.text);
    // "Cameras now cover the entire 600 kilometres of the border": a line said to cover a whole
    // runs that whole's length; a part of it ("430 of the 618 kilometres") is read by portions.
    const portion = portionOf(r);
    if (at < 0 || (portion !== null && portion !== r.value)) return null;
    // "a concrete wall 620 kilometres long", "480 kilometres of the wall completed": the figure the
    // extractor reads as the line's length, unless the length is one planned.
    // The line is read after the figure and its unit, wherever the extractor's text ends: "about
    // 250 kilometres of the concrete wall planned along ..." keeps the line in the figure's text.
    const figureEnd = at + (FIGURE_AND_UNIT.exec(r.text)?.[0].length ?? r.text.length);
    const m =
      EXTENT.exec(r.sentenceText.slice(0, at)) ??
      DEVICE_EXTENT.exec(r.sentenceText.slice(0, at)) ??
      (PLANNED.test(r.sentenceText)
        ? null
        : (LENGTH_OF.exec(r.measures ?? "") ?? LINE_AFTER.exec(r.sentenceText.slice(figureEnd))));
    const line = m?.[1]?.toLowerCase();
    if (!line || (WATCHING_LINE.test(line) && !tagsOf.get(r.key)?.has("surveillance"))) return null;
    return `${line}|${singular(r.unit).toLowerCase().slice(0, 1)}`;
  };
  const pointsOf = new Map<string, [number, number][]>();
  const tagsOf = new Map<string, Set<string>>();
  for (const r of reports) {
    pointsOf.set(r.articleId, [...(pointsOf.get(r.articleId) ?? []), ...r.points]);
    const tags = tagsOf.get(r.key) ?? new Set<string>();
    for (const t of r.tags) if (t !== "casualties") tags.add(t);
    tagsOf.set(r.key, tags);
  }
  const lengths = reports
    .filter((r) => r.kind === "quantity")
    .slice(0, MAX_SCANNED)
    .filter((r) => lineOf(r) !== null)
    .slice(0, MAX_COMPARED);
  const same = (a: Report, b: Report) => {
    const gap = daysApart(a.publishedAt, b.publishedAt);
    const [pa, pb] = [pointsOf.get(a.articleId) ?? [], pointsOf.get(b.articleId) ?? []];
    const theirs = tagsOf.get(b.key) ?? new Set<string>();
    return (
      (a.sourceKey !== b.sourceKey || disputedWithin(a, b)) &&
      lineOf(a) === lineOf(b) &&
      gap !== null &&
      gap <= SAME_EVENT_DAYS &&
      [...(tagsOf.get(a.key) ?? [])].some((t) => theirs.has(t)) &&
      (pa.length === 0 || pb.length === 0 || pa.some((p) => pb.some((q) => km(p, q) <= NEARBY_KM)))
    );
  };
  return groupBy(lengths, same, lineOf).flatMap((group) => {
    const first = group[0];
    if (!first || group.length < 2 || !group.some((r) => used.has(r.articleId))) return [];
    const line = (lineOf(first) ?? "").split("|")[0];
    const found = disagreement(
      group,
      (r) => r.value ?? 0,
      {
        id: `extents:${first.key}`,
        topic: DEVICE_LINE.test(line ?? "")
          ? `Length of border the ${line}s cover, in ${first.unit}`
          : `How far the ${line} runs, in ${first.unit}`,
        side: (v) => `figure of ${v.toLocaleString("en-GB")} ${first.unit}`,
      },
      creditingWriter(grader),
    );
    return found ? [found] : [];
  });
}

/**
 * "Hadi al-Zubaidi disputed the figure, saying that less than 250 kilometres had been finished",
 * after the commander's 410 km: one article that sets a second speaker's figure against the first,
 * a sentence telling the later figure as a dispute of the earlier, gives two accounts, as two
 * sources' figures are. Two sentences of one account told on are not (no dispute told).
 */
const DISPUTE =
  /\b(?:disput(?:ed|es|ing)|contest(?:ed|s|ing)|contradict(?:ed|s|ing)|challeng(?:ed|es|ing)|reject(?:ed|s|ing)|question(?:ed|s|ing))\s+(?:the|this|that|these|those|his|her|their|its)\s+(?:(?:official|government|army|ministry)\s+)?(?:figures?|numbers?|counts?|tally|tallies|estimates?|claims?)\b/i;
function disputedWithin(a: Report, b: Report): boolean {
  if (a.articleId !== b.articleId || a.sentence === b.sentence) return false;
  const later = a.sentence > b.sentence ? a : b;
  return DISPUTE.test(later.sentenceText) || creditedApart(a, b);
}

/**
 * "Iraq's Ministry of Interior says that 380 kilometres of wall now stand ..." and then "Our review
 * of satellite imagery finds a continuous wall along only about 215 kilometres": one article that
 * credits one figure to a body it names and gives another as its own finding, or credits the two
 * to two bodies, relays two accounts, as two sources' figures are.
 */
function creditedApart(a: Report, b: Report): boolean {
  const [one, two] = [a, b].map((r) => attributionOf(r.sentenceText, [], r.source)?.toLowerCase());
  return (one !== undefined || two !== undefined) && one !== two;
}

/**
 * A line said finished along a whole stretch of border: "the concrete wall is complete along the
 * whole Anbar sector", "the fence has been completed along the entire border". The head noun names
 * the line.
 */
const LINE_COMPLETE = new RegExp(
  String.raw`\b${LINE}\b[^.;:!?]{0,40}?\b(?:(?:is|was|are|were|has been|have been|had been|now)\s+(?:now\s+|fully\s+|already\s+)?(?:complete|completed|finished)\b[^.;:!?]{0,20}?\b(?:along|across|on|over|for)\s+(?:the\s+|its\s+)?(?:whole|entire|full|all of the)|(?:now\s+|already\s+|fully\s+)?(?:covers|covered|runs|ran|stretches|stretched|extends|extended)\s+(?:along\s+|across\s+|over\s+)?(?:the\s+|its\s+)?(?:whole|entire|full|all)\s+(?:of\s+the\s+|length\s+of\s+the\s+)?(?:[\w'’-]+\s+){0,3}?(?:sector|border|frontier|stretch|line|strip|boundary))\b`,
  "i",
);
/**
 * A stretch of it said to have no such line: "a stretch of about 11 kilometres still has no wall",
 * "a 9-km section remains without a fence", "the wall has not been built along a 20 km stretch".
 */
const LENGTH_WORDS = String.raw`(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+|almost\s+|over\s+|more than\s+)?\d[\d,.]*[\s-]*(?:km|kms|kilomet(?:er|re)s?|miles?)`;
const LINE_GAP = [
  new RegExp(
    String.raw`\b(?:stretch|section|segment|gap|part|portion|length)\s+of\s+${LENGTH_WORDS}\b[^.;:!?]{0,40}?\b(?:(?:still\s+)?(?:has|have|had)\s+no\s+${LINE}|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:without\s+(?:a\s+|any\s+)?${LINE}|un(?:walled|fenced)))\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b${LENGTH_WORDS}\s+(?:stretch|section|segment|gap|part|portion)\b[^.;:!?]{0,40}?\b(?:(?:still\s+)?(?:has|have|had)\s+no\s+${LINE}|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:without\s+(?:a\s+|any\s+)?${LINE}|un(?:walled|fenced)))\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b${LINE}\b[^.;:!?]{0,30}?\b(?:has|have|had|is|was)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:built|completed|finished|erected)\s+(?:along|on|across|over|for)\s+(?:a|an|the)\s+${LENGTH_WORDS}\b`,
    "i",
  ),
  // "cut through the fence at a point where the concrete wall has not yet been built", "crossed at a
  // spot where there is still no wall": one place of the border told without the line.
  new RegExp(
    String.raw`\b(?:at|through|in)\s+(?:a|one|the)\s+(?:point|spot|place|section|stretch|gap|part|location)\s+where\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:${LINE}\s+(?:has|have|had|is|was)(?:\s+not|n['’]t|\s+yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:built|completed|finished|erected|put up)|there\s+(?:is|was)\s+(?:still\s+)?no\s+(?:[\w'’-]+\s+)?${LINE})\b`,
    "i",
  ),
];
/** The line a sentence says is complete ("wall"), or one it says a stretch lacks, or null. */
function lineClaim(r: Report): { line: string; complete: boolean } | null {
  const s = r.sentenceText;
  if (QUESTION.test(s)) return null;
  const whole = LINE_COMPLETE.exec(s);
  const gap = LINE_GAP.map((re) => re.exec(s)).find((m) => m !== null);
  if (whole && gap) return null;
  const m = whole ?? gap;
  const line = m?.slice(1).find((g) => g !== undefined);
  return m && line ? { line: line.toLowerCase(), complete: whole !== null } : null;
}

/**
 * Whether a border line is finished, as two sources tell it at one time: "the concrete wall is
 * complete along the whole Anbar sector, from Al-Qaim to the Jordanian border" (the Border Forces
 * commander) against "south of Husaybah, a stretch of about 11 kilometres still has no wall"
 * (satellite imagery). A stretch without the line contradicts the line told complete along the
 * whole of a sector, when both tell of the same kind of line, come from two sources published within
 * weeks and tell of one stretch of border (their articles' places within a region's reach).
 */
function lineGaps(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const pointsOf = new Map<string, [number, number][]>();
  for (const r of reports) pointsOf.set(r.articleId, [...(pointsOf.get(r.articleId) ?? []), ...r.points]);
  const candidates = onePerSentence(
    reports.filter((r) => used.has(r.articleId) && r.modality !== "hypothetical"),
  )
    .slice(0, MAX_SCANNED)
    .filter((r) => lineClaim(r) !== null)
    .slice(0, MAX_COMPARED);
  const out: Conflict[] = [];
  for (const whole of candidates.filter((r) => lineClaim(r)?.complete)) {
    const line = lineClaim(whole)?.line;
    const gaps = candidates.filter((g) => {
      const claim = lineClaim(g);
      const gap = daysApart(whole.publishedAt, g.publishedAt);
      const [pa, pb] = [pointsOf.get(whole.articleId) ?? [], pointsOf.get(g.articleId) ?? []];
      return (
        claim !== null &&
        !claim.complete &&
        claim.line === line &&
        g.sourceKey !== whole.sourceKey &&
        gap !== null &&
        gap <= SAME_EVENT_DAYS &&
        (pa.length === 0 || pb.length === 0 || pa.some((p) => pb.some((q) => km(p, q) <= NEARBY_KM)))
      );
    });
    if (gaps.length === 0) continue;
    const place = sharedPlaceOf([whole, ...gaps]);
    out.push(
      sidedConflict(
        grader,
        {
          id: `line-gaps:${whole.key}`,
          kind: "accounts",
          topic: `Whether the ${line}${place ? ` near ${place.name}` : ""} is complete`,
        },
        [
          { label: `account that the ${line} is complete`, reports: [whole] },
          { label: `account of a stretch without the ${line}`, reports: gaps },
        ],
      ),
    );
  }
  return out;
}

/**
 * How many of a country's troops remain in another, as each source puts it now: "Fewer than 500 US
 * troops now remain in Syria" against "US forces remain in Syria ..., and their number is
 * approximately 1,000", or told in the present ("About 900 US troops are in Syria", "1,500 US
 * troops are still in Syria today", "2,500 US personnel will remain in the Kurdistan Region"; "were in" is the past and is not read). Only the first figure counts ("down from about 2,000 at the start of 2025"
 * is the past), and two sources' figures are one quantity when they name the same force and
 * country and were published within two months of each other.
 */
const PRESENCE = [
  new RegExp(
    String.raw`\b${NUM}\s+(?:more\s+)?([A-Z][\w-]*)\s+(?:troops|soldiers|forces|personnel)\s+(?:now\s+|still\s+)?(?:(?:will|would)\s+(?:still\s+)?remain|remain(?:s|ed)?|are|is)\s+(?:now\s+|still\s+)?(?:deployed\s+|stationed\s+|based\s+)?in\s+(?:the\s+)?([A-Z][\w-]*)`,
  ),
  new RegExp(
    String.raw`\b([A-Z][\w-]*)\s+(?:troops|soldiers|forces|personnel)\s+(?:now\s+|still\s+)?remain(?:s|ed)?\s+in\s+([A-Z][\w-]*)\b[^.]{0,80}?\b(?:their|the)\s+(?:number|total|strength)\s+(?:is|stands at|stood at|was)\s+(?:approximately|about|around|some|roughly|nearly|fewer than|less than|more than)?\s*${NUM}`,
  ),
];
/**
 * A state's force told by what the state keeps or cuts it to: "The United States will retain a
 * force of approximately 2,500 personnel in Iraq", "The United States has reduced its forces in
 * Iraq to fewer than 1,000 troops". The figure is the force there now or planned to stay, as in
 * "2,500 US troops remain in Iraq"; a figure it was cut from ("from 2,500") is not read.
 */
const STATE = String.raw`(?:the\s+)?(United\s+States|U\.S\.|[A-Z][\w-]*)`;
const ABOUT = String.raw`(?:(?:approximately|about|around|some|roughly|nearly|fewer\s+than|less\s+than|more\s+than|up\s+to|under|below|just\s+under)\s+)?`;
const KEPT_OR_CUT = [
  new RegExp(
    String.raw`\b${STATE}\s+(?:will\s+|would\s+|is\s+to\s+|plans\s+to\s+|intends\s+to\s+|is\s+set\s+to\s+)?(?:retain|retains|retained|keep|keeps|kept|maintain|maintains|maintained)\s+(?:a\s+(?:force|contingent|presence)\s+of\s+)?${ABOUT}${NUM}\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|personnel)\s+in\s+(?:the\s+)?([A-Z][\w-]*)`,
  ),
  new RegExp(
    String.raw`\b${STATE}\s+(?:has\s+|have\s+|had\s+)?(?:reduced|cut|lowered|trimmed|drawn\s+down)\s+(?:its|their)\s+(?:forces|troops|presence|contingent)\s+in\s+([A-Z][\w-]*)\s+to\s+${ABOUT}${NUM}\b`,
  ),
];
/**
 * A row of a table or a list that gives a force's count after its label: "US personnel in the
 * Kurdistan Region, 2,000.", "Turkish troops in Syria: about 3,000". The row is what follows a
 * caption ("Table 2, personnel supported by this action:"), and its figure ends the sentence.
 */
const PRESENCE_ROW = new RegExp(
  String.raw`(?:^|[:;]\s*)([A-Z][\w.-]*)\s+(?:troops|soldiers|forces|personnel)\s+in\s+(?:the\s+)?([A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}\s*[,:]\s*${ABOUT}${NUM}\s*\.?\s*$`,
);
const presenceRow = (text: string): { n: number; who: string; where: string } | null => {
  const m = PRESENCE_ROW.exec(text);
  return m?.[1] && m[2] && m[3] ? { n: numberOf(m[3]), who: whoOf(m[1]), where: m[2].toLowerCase() } : null;
};
/**
 * "United States", "U.S." and "US" name one state, as the adjective before "troops" does, and as
 * its command for the region does ("CENTCOM maintains about 1,500 troops in the Kurdistan Region").
 */
const whoOf = (w: string) => {
  const x = w.toLowerCase().replace(/\s+/g, " ");
  return x === "united states" || x === "u.s." || x === "american" || x === "centcom" ? "us" : x;
};
const presenceOf = (text: string): { n: number; who: string; where: string } | null => {
  const [first, second] = PRESENCE;
  const a = first?.exec(text);
  if (a?.[1] && a[2] && a[3]) return { n: numberOf(a[1]), who: whoOf(a[2]), where: a[3].toLowerCase() };
  const b = second?.exec(text);
  if (b?.[1] && b[2] && b[3]) return { n: numberOf(b[3]), who: whoOf(b[1]), where: b[2].toLowerCase() };
  const [kept, cut] = KEPT_OR_CUT;
  const c = kept?.exec(text);
  if (c?.[1] && c[2] && c[3]) return { n: numberOf(c[2]), who: whoOf(c[1]), where: c[3].toLowerCase() };
  const d = cut?.exec(text);
  if (d?.[1] && d[2] && d[3]) return { n: numberOf(d[3]), who: whoOf(d[1]), where: d[2].toLowerCase() };
  return null;
};
/** The nouns a count of a force is in: "US troops", "Turkish soldiers". */
const FORCE_UNITS = new Set(["troops", "soldiers", "forces", "personnel"]);
/** The country a place lies in ("Kurdistan Region" in Iraq), else the place: its first word, lower case. */
const countryOf = (e: Report["entities"][number]): string =>
  ((e.kind !== "country" && e.affiliation) || e.name).split(/\s+/)[0]?.toLowerCase() ?? "";
/**
 * An interview's answer that counts what its question asked of: "How many US troops are left in
 * Iraq and Syria?" answered "About 1,500 in the Kurdistan Region, and fewer than 1,000 in Syria".
 * The extractor reads the answer's bare figure as a count of the force the question named (its
 * measure, "US troops", taken from the question); the answer's first figure, opening it, is that
 * force in the country the place it names lies in.
 */
function answeredPresence(r: Report): { n: number; who: string; where: string } | null {
  if (r.kind !== "quantity" || r.value === undefined || !r.unit || !FORCE_UNITS.has(r.unit)) return null;
  // A bare figure ("About 1,500"), opening its sentence: its measure was not told beside it.
  const words = (r.measures ?? "").split(/\s+/);
  if (words.at(-1) !== r.unit || r.sentenceText.includes(r.measures ?? "")) return null;
  if (!r.sentenceText.replace(/^[^\p{L}\p{N}]*/u, "").startsWith(r.text)) return null;
  // "US troops", "more United States troops": the state the force is of, named before its noun.
  const state = words.slice(words[0]?.toLowerCase() === "more" ? 1 : 0, -1).join(" ");
  const place = r.own.find((e) => e.type === "place" || e.type === "facility");
  if (!/^[A-Z]/.test(state) || !place) return null;
  return { n: r.value, who: whoOf(state), where: countryOf(place) };
}
/**
 * A document's text against its own table: "About 2,500 US personnel will remain in the Kurdistan
 * Region" and, in the same notification, the row "US personnel in the Kurdistan Region, 2,000". One
 * source states two figures for one force, a discrepancy the reader must see, as two sources'
 * figures are; two sentences of running text are one account told on.
 */
const ownTable = (a: Report, b: Report) =>
  a.articleId === b.articleId &&
  a.sentence !== b.sentence &&
  (presenceRow(a.sentenceText) === null) !== (presenceRow(b.sentenceText) === null);
function presence(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  // Per sentence, the first figure that answers a question of a force's count.
  const answered = new Map<string, { n: number; who: string; where: string }>();
  for (const r of reports) {
    const a = answered.has(r.key) ? null : answeredPresence(r);
    if (a) answered.set(r.key, a);
  }
  const told = (r: Report) =>
    (/remain|retain|keep|kept|maintain|reduced|cut|lowered|trimmed|drawn|\b(?:are|is)\b/.test(r.sentenceText)
      ? presenceOf(r.sentenceText)
      : null) ??
    answered.get(r.key) ??
    presenceRow(r.sentenceText) ??
    null;
  const candidates = onePerSentence(reports)
    .slice(0, MAX_SCANNED)
    .filter((r) => told(r) !== null)
    .slice(0, MAX_COMPARED);
  const same = (a: Report, b: Report) => {
    const [x, y] = [told(a), told(b)];
    const apart = daysApart(a.publishedAt, b.publishedAt);
    return (
      (a.sourceKey !== b.sourceKey || ownTable(a, b)) &&
      x !== null &&
      y !== null &&
      x.who === y.who &&
      x.where === y.where &&
      apart !== null &&
      apart <= 60
    );
  };
  return groupBy(candidates, same).flatMap((group) => {
    if (group.length < 2 || !group.some((r) => used.has(r.articleId))) return [];
    const first = group[0] ? told(group[0]) : null;
    const found = disagreement(
      group,
      (r) => told(r)?.n ?? 0,
      {
        id: `presence:${group[0]?.key ?? ""}`,
        topic: first
          ? `How many ${first.who === "us" ? "US" : capital(first.who)} troops remain in ${capital(first.where)}`
          : "How many troops remain",
        side: (v) => `figure of ${v.toLocaleString("en-GB")}`,
      },
      grader,
    );
    return found ? [found] : [];
  });
}

/** A site said to be left, or said to be still held by the force that was there. */
// A departure under way is one told too: "have begun leaving the Harir air base", "are pulling out of".
const SITE_LEFT = new RegExp(
  String.raw`\b(?:(?:has|have|had) been (?:abandoned|evacuated|vacated|handed over)|abandoned|(?:(?:has|have|had) (?:begun|started)|began|started|are|is|were|was) (?:leaving|vacating|evacuating|withdrawing from|pulling out of|departing from)|(?:has|have|had) (?:evacuated|vacated)|(?:withdrew|withdrawn|pulled out|departed) from|completed (?:the |their |its |his |her |our )?(?:departure|withdrawal|pull-?out|evacuation) from|handover of|handed (?:[\w'’-]+ ){0,4}?over|(?:(?:has|have|had) )?left (?!at\b|in\b|on\b|behind\b|inside\b|there\b)(?:the )?(?:[\w'’-]+ ){0,3}?(?:base|air ?base|garrison|camp)\b|(?:are|is|were|was|have|has) (?:all |now |long )?gone from|(?<!\b(?:will|would|to|may|might|could|can|shall|should|must|not|never) )withdraws? from|completion of (?:the )?(?:[\w'’-]+ ){0,2}?(?:departure|withdrawal|pull-?out|evacuation) from|left (?:on )?(?:\d{1,2} (?:${MONTH})|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b`,
  "i",
);
const SITE_KEPT =
  /\b(?:(?:team|unit|troops|forces|soldiers|personnel|contingent|advis[eo]rs) (?:still )?remain(?:s|ed)? there|continue[sd]? to (?:operate|be stationed|be based) (?:from|at|in)|(?:are|is|were|was) still (?:stationed |based |deployed |present )?(?:at|inside)\b|still (?:use|uses|using|operate (?:from|at|out of)|operates (?:from|at|out of)|occupy|occupies|fly from|flies from)\b|remain(?:s|ed)? (?:stationed |deployed )?at the|reports? that [^.]{0,60}\b(?:abandoned|evacuated|vacated|emptied)\b[^.]{0,20}\b(?:are|is|were|was) (?:false|untrue|baseless|incorrect|inaccurate|unfounded))\b/i;
const LEFT_DENIED =
  /\b(?:(?:has|have|had) (?:not|never) been (?:abandoned|evacuated|vacated|handed over)|(?:has|have|had|did) (?:not|never) (?:evacuated?|vacated?|withdr[ae]wn? from|pulled out of|left|hand(?:ed)? (?:[\w'’-]+ ){0,4}?over)|nothing (?:has |had )?(?:been )?handed over)\b/i;
/**
 * "Some Iraqi MPs keep saying that US soldiers are still at Ain al-Asad": an account relayed from
 * others, set against the article's own ("the last US unit left Ain al-Asad in September, in a
 * ceremony I attended"): two voices in one article.
 */
const RELAYS =
  /\b(?:say|says|said|saying|claim|claims|claimed|claiming|insist|insists|insisted|insisting|allege|alleges|alleged|alleging|maintain|maintains|maintained)\s+that\b/i;
const twoVoices = (kept: Report, left: Report) =>
  kept.articleId === left.articleId && RELAYS.test(kept.sentenceText) && !RELAYS.test(left.sentenceText);
/**
 * Whether a force left a base: "the garrison at Al-Tanf has been abandoned" against "US forces
 * continue to operate from the Al-Tanf Garrison, and reports that the garrison has been abandoned
 * are false", from two sources published within two months. The base is a facility a report
 * names, found in the other sentence by its name without its kind ("Al-Tanf"); a sentence the
 * extractor drew no fact from is read too.
 */
function siteLeft(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  // The bases named anywhere, by the words that name them in running text.
  const bases = new Map<string, string>();
  const places = new Map<string, string>();
  for (const r of reports)
    for (const e of r.entities)
      if (e.type === "facility") {
        const short = e.name.replace(/\s+(?:garrison|base|air base|airbase|camp)$/i, "").trim();
        if (short.length >= 4) bases.set(e.lexiconId ?? e.name, short);
      } else if (e.type === "place" && e.name.length >= 4) places.set(e.lexiconId ?? e.name, e.name);
  // A place the text names as a base ("the Tal Baydar base", "the Tal Baydar and Qasrak bases"):
  // the site of a force, though the lexicon knows only the village. Each place is read once,
  // against the briefing's sentences together.
  if (places.size > 0) {
    const text = [...new Set(reports.map((r) => r.sentenceText))].join("\n");
    for (const [id, name] of [...places].slice(0, MAX_SCANNED)) {
      if (bases.has(id)) continue;
      const asBase = new RegExp(
        String.raw`\b${escapeRegExp(name)}(?: and (?:the )?[\w'’-]+(?: [\w'’-]+)?)? (?:air ?)?(?:bases?|garrison)\b`,
        "i",
      );
      if (asBase.test(text)) bases.set(id, name);
    }
  }
  // "US forces remain at Al-Tanf": kept, when what they remain at is a base (not "in Syria").
  const remainAt = new Map(
    [...new Set(bases.values())].map((short) => [
      short,
      new RegExp(
        // "remain in the Kurdistan Region, at Erbil air base and Harir": the base of a list of them.
        // "remain at Erbil Air Base and at the Harir base": the later base of a list, each with its "at".
        String.raw`\bremain(?:s|ed)? (?:stationed |deployed )?(?:in [^.;,]{1,40}, )?(?:at|in) (?:the )?(?:[\w'’-]+ ){0,4}?(?:and (?:at |in )?(?:the )?)?${escapeRegExp(short)}\b`,
        "i",
      ),
    ]),
  );
  const remainsAt = (short: string, text: string) => remainAt.get(short)?.test(text) ?? false;
  // "Ain al-Asad has not been handed over", "nothing has been handed over": a departure denied is
  // the site kept.
  const keepsAll = (text: string) => SITE_KEPT.test(text) || LEFT_DENIED.test(text);
  const keeps = (text: string) =>
    keepsAll(text) || [...remainAt.keys()].some((short) => remainsAt(short, text));
  const basesOf = (r: Report) =>
    [...bases]
      .filter(([, short]) => r.sentenceText.toLowerCase().includes(short.toLowerCase()))
      .map(([id]) => id);
  // The bases a sentence says a force keeps: those it says the force remains at, else every base it
  // names when its words keep a site or deny a departure.
  const keptOf = (r: Report) => {
    const named = basesOf(r);
    const at = named.filter((id) => remainsAt(bases.get(id) ?? "", r.sentenceText));
    return at.length > 0 ? at : keepsAll(r.sentenceText) ? named : [];
  };
  // The bases a sentence says were left: those it names, but for one it says a force remains at
  // ("the Americans are gone from Harir, and only a handful of liaison officers remain at Erbil").
  const leftOf = (r: Report) =>
    SITE_LEFT.test(r.sentenceText) && !keepsAll(r.sentenceText)
      ? basesOf(r).filter((id) => !remainsAt(bases.get(id) ?? "", r.sentenceText))
      : [];
  const unread = bare.filter((b) => keeps(b.text) || SITE_LEFT.test(b.text));
  const candidates = onePerSentence([...reports, ...bareReports(reports, unread)])
    .slice(0, MAX_SCANNED)
    .filter((r) => keptOf(r).length > 0 || leftOf(r).length > 0)
    .slice(0, MAX_COMPARED);
  if (candidates.length < 2) return [];
  // The base in dispute: of those left that another account keeps, the one the departure names
  // first ("left the Harir base north of Erbil" is of Harir, Erbil being where it lies).
  const siteOf = (left: Report, mine: string[], kept: Report[]) => {
    const text = left.sentenceText.toLowerCase();
    const held = mine.filter((id) => kept.some((k) => keptOf(k).includes(id)));
    const at = (id: string) => text.indexOf((bases.get(id) ?? "").toLowerCase());
    return [...held].sort((a, b) => at(a) - at(b))[0] ?? "";
  };
  // One account's sentences that the base was left, set against the same accounts that it is
  // kept, are one box: "the last US troops left the Harir base" and "the Americans are gone from
  // Harir", both from one outlet's sources.
  const boxes = new Map<string, { site: string; left: Report[]; kept: Report[] }>();
  for (const left of candidates) {
    const mine = leftOf(left);
    if (mine.length === 0) continue;
    const kept = candidates.filter((k) => {
      const told = daysApart(k.publishedAt, left.publishedAt);
      return (
        k !== left &&
        (k.sourceKey !== left.sourceKey || twoVoices(k, left)) &&
        told !== null &&
        told <= 60 &&
        keptOf(k).some((b) => mine.includes(b))
      );
    });
    if (kept.length === 0 || ![left, ...kept].some((r) => used.has(r.articleId))) continue;
    const site = siteOf(left, mine, kept);
    const key = `${site}|${left.sourceKey}|${kept.map((r) => r.key).join("|")}`;
    const box = boxes.get(key);
    if (box) box.left.push(left);
    else boxes.set(key, { site, left: [left], kept });
  }
  const out: Conflict[] = [];
  for (const { site, left, kept } of boxes.values()) {
    out.push(
      sidedConflict(
        grader,
        {
          id: `site:${left[0]?.key ?? ""}`,
          kind: "denial",
          topic: `Whether ${bases.get(site) ?? "the base"} has been left`,
        },
        [
          { label: "account that it was left", reports: left },
          { label: "account that it is still held", reports: kept, stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * A party that rejects the accusations a named accuser made against it ("Kata'ib Hezbollah on
 * Tuesday rejected the accusations made against it by the US Treasury"), with its own words of
 * having no part ("We have nothing to do with this trade"), set against the accuser's sentences
 * that name the party: the accuser is found as the source of another article of the briefing.
 */
const REJECTS_ACCUSER =
  /^(?:[\w'’.,-]+\s+){0,6}?(?:rejected|denied|dismissed|refuted|rejects|denies|dismisses|refutes)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:accusations?|allegations?|charges?|claims?)\s+(?:(?:made|levelled|leveled|brought)\s+)?against\s+(?:it|them|him|her)\s+by\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)/;
/**
 * The party that rejects: the name that opens the sentence ("Kata'ib Hezbollah on Tuesday
 * rejected", "Asa'ib Ahl al-Haq rejected").
 */
const CAPITAL_WORD = String.raw`(?:[A-Z][\w'’-]*|(?:al|el|ad|ash|as|az|bin|ibn|abu)-[A-Z][\w'’-]*)`;
const OPENING_NAME = new RegExp(String.raw`^((?:(?:${CAPITAL_WORD}|of|al|bin)\s+){0,4}${CAPITAL_WORD})\s`);
const NO_PART =
  /\b(?:(?:have|has|had) nothing to do with|(?:have|has|had|played) no (?:part|role|hand|involvement) in|(?:are|is|was|were) not involved in|no (?:links?|connection|ties) (?:to|with))\b/i;
/** How long before its rejection an accusation may have been made. */
const ACCUSED_DAYS = 30;
function rejectedAccusations(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const rejecting = bare.filter((b) => REJECTS_ACCUSER.test(b.text));
  if (rejecting.length === 0 && !reports.some((r) => REJECTS_ACCUSER.test(r.sentenceText))) return [];
  const withNoPart = bare.filter((b) => NO_PART.test(b.text));
  const all = onePerSentence([...reports, ...bareReports(reports, [...rejecting, ...withNoPart])]);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const r of all) {
    const m = REJECTS_ACCUSER.exec(r.sentenceText);
    const party = OPENING_NAME.exec(r.sentenceText)?.[1];
    if (!m?.[1] || !party) continue;
    const accuser = fold(m[1])
      .split(" ")
      .filter((w) => w.length >= 2);
    const name = fold(party);
    if (accuser.length === 0 || name.length < 4) continue;
    // The party's own words that it had no part, in the two sentences after; else the rejection.
    const denial =
      all.find(
        (d) =>
          d.articleId === r.articleId &&
          d.sentence > r.sentence &&
          d.sentence - r.sentence <= 2 &&
          NO_PART.test(d.sentenceText),
      ) ?? r;
    const told = Date.parse(r.publishedAt ?? "");
    if (Number.isNaN(told)) continue;
    const accusations = all.filter((a) => {
      if (a.articleId === r.articleId || a.modality !== "asserted") return false;
      const source = fold(a.sourceKey.replace(/^source:/, ""));
      if (!accuser.every((w) => ` ${source} `.includes(` ${w} `))) return false;
      const made = Date.parse(a.publishedAt ?? "");
      if (Number.isNaN(made) || made > told + DAY || told - made > ACCUSED_DAYS * DAY) return false;
      return ` ${fold(a.sentenceText)} `.includes(` ${name} `);
    });
    if (accusations.length === 0 || ![denial, ...accusations].some((x) => used.has(x.articleId))) continue;
    const key = [...accusations, denial].map((x) => x.key).join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      sidedConflict(
        grader,
        {
          id: `rejected:${denial.key}`,
          kind: "denial",
          topic: `Whether ${party} took part, as accused by ${m[1]}`,
        },
        [
          { label: "accusation", reports: accusations },
          { label: "denial", reports: [denial], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * A denial of a named party's part in an event ("denies reports that members of the General
 * Security service took part in the smuggling attempt on 18 December") set against another
 * source's sentence that names the party, told of the same day and published before the denial or
 * a day after ("Two of the dead carried identity cards of the General Security service"). Only a
 * party named in capitals is sought: a common noun ("police officers") names no one in particular.
 */
function deniedParts(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const capitalised = (r: Report) => {
    const party = partyDenied(r);
    return party?.every((w) => /^[A-Z]/.test(w)) ? party : null;
  };
  const denying = onePerSentence([
    ...reports.filter((r) => PART_DENIED.test(r.sentenceText)),
    ...bareReports(
      reports,
      bare.filter((b) => PART_DENIED.test(b.text)),
    ),
  ]).flatMap((r) => {
    const party = capitalised(r);
    return party ? [{ d: r, party }] : [];
  });
  if (denying.length === 0) return [];
  const naming = bare.filter(
    (b) => denying.some(({ party }) => party.every((w) => b.text.includes(w))) && !NEGATION_CUE.test(b.text),
  );
  const all = onePerSentence([...reports, ...bareReports(reports, naming)]);
  const out: Conflict[] = [];
  for (const { d, party } of denying) {
    const told = Date.parse(d.publishedAt ?? "");
    const day = dayOf(d);
    if (Number.isNaN(told)) continue;
    const accounts = all.filter((a) => {
      if (a.articleId === d.articleId || a.sourceKey === d.sourceKey || a.modality !== "asserted")
        return false;
      if (NEGATION_CUE.test(a.sentenceText) || !namesParty(a, party)) return false;
      const made = Date.parse(a.publishedAt ?? "");
      if (Number.isNaN(made) || made > told + DAY || told - made > ACCUSED_DAYS * DAY) return false;
      const when = Date.parse((dayOf(a) ?? a.date ?? "").slice(0, 10));
      return !day || (!Number.isNaN(when) && Math.abs(when - Date.parse(day.slice(0, 10))) <= DAY);
    });
    if (accounts.length === 0 || ![d, ...accounts].some((x) => used.has(x.articleId))) continue;
    const m = PART_DENIED.exec(d.sentenceText);
    out.push(
      sidedConflict(
        grader,
        {
          id: `part:${d.key}`,
          kind: "denial",
          topic: `Whether ${m?.[1] ?? party.join(" ")} took part${m?.[2] ? ` in the ${m[2]}` : ""}`,
        },
        [
          { label: "account", reports: accounts },
          { label: "denial", reports: [d], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

// A closure paid for or ordered is one to come: "is awarded a ... contract for base closure,
// retrograde of equipment and environmental restoration at Harir Air Base".
const WILL_CLOSE =
  /\b(?:will|would|is to|is set to|is due to|is going to)\s+(?:be\s+)?(?:closed?|shut(?:\s+down)?)\b|\b(?:contract|order|tender|funding)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:the\s+)?(?:base\s+)?closure\b/i;
// The force staying at a base keeps it: "US troops will stay at the Harir base beyond 2026".
const KEPT_OPEN =
  /\b(?:will|would|plans?\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+to)\s+(?:keep|leave)\s+(?:[\w'’-]+\s+){1,6}?open\b|\b(?:will|would)\s+(?:remain|stay)\s+open\b|\b(?:troops|forces|soldiers|personnel|advis[eo]rs)\s+(?:will|would)\s+(?:stay|remain)\s+(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:air\s+)?(?:base|airbase|garrison)\b/i;
const REPORTED_ONLY = /\b(?:reports?|claims?|rumou?rs?|suggestions?)\s+(?:[^.;]{0,40}?\s)?that\s+[^.;]*$/i;
const closes = (text: string) => {
  const m = WILL_CLOSE.exec(text);
  return m !== null && !KEPT_OPEN.test(text) && !REPORTED_ONLY.test(text.slice(0, m.index));
};
const SITE_DAYS = 60;
const NAMED_BASE =
  /\b((?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})\s+(?:[Aa]ir\s+)?(?:[Bb]ase|[Aa]irbase|[Gg]arrison)\b/g;
/**
 * Whether a base is to close: "the base will close for good when we hand it over" against "the
 * coalition will keep Harir air base open into next year, rejecting reports that the base would
 * close this winter", from two sources published within two months. A closure the sentence
 * reports only to reject ("reports that the base would close") is no account of it closing. The
 * base is a facility a report names, found in each sentence by its name without its kind; a
 * sentence the extractor drew no fact from is read too.
 */
function siteClosing(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const unread = bare.filter((b) => closes(b.text) || KEPT_OPEN.test(b.text));
  if (unread.length === 0 && !reports.some((r) => closes(r.sentenceText) || KEPT_OPEN.test(r.sentenceText)))
    return [];
  const bases = new Set<string>();
  for (const r of reports)
    for (const e of r.entities)
      if (e.type === "facility" && /\b(?:base|air ?base|garrison)$/i.test(e.name)) {
        const short = e.name.replace(/\s+(?:garrison|base|air base|airbase)$/i, "").trim();
        if (short.length >= 4) bases.add(short);
      }
  const all = onePerSentence([...reports, ...bareReports(reports, unread)]).slice(0, MAX_SCANNED);
  // A base the lexicon lacks, or one named only in sentences the extractor drew no fact from, is
  // named in capitals before its kind: "Harir air base", "the Tal Baydar base".
  for (const r of all)
    if (closes(r.sentenceText) || KEPT_OPEN.test(r.sentenceText))
      for (const m of r.sentenceText.matchAll(NAMED_BASE))
        if ((m[1] ?? "").length >= 4) bases.add(m[1] ?? "");
  if (bases.size === 0) return [];
  const basesOf = (r: Report) =>
    [...bases].filter((b) => new RegExp(String.raw`\b${escapeRegExp(b)}\b`, "i").test(r.sentenceText));
  const out: Conflict[] = [];
  for (const shut of all.filter((r) => closes(r.sentenceText))) {
    const named = basesOf(shut);
    if (named.length === 0) continue;
    const open = all.filter((k) => {
      const told = daysApart(k.publishedAt, shut.publishedAt);
      return (
        k.sourceKey !== shut.sourceKey &&
        told !== null &&
        told <= SITE_DAYS &&
        KEPT_OPEN.test(k.sentenceText) &&
        basesOf(k).some((b) => named.includes(b))
      );
    });
    if (open.length === 0 || ![shut, ...open].some((r) => used.has(r.articleId))) continue;
    const base = named.find((b) => open.some((k) => basesOf(k).includes(b))) ?? named[0] ?? "";
    out.push(
      sidedConflict(grader, { id: `closing:${shut.key}`, kind: "denial", topic: `Whether ${base} closes` }, [
        { label: "account that it closes", reports: [shut] },
        { label: "account that it stays open", reports: open, stance: "denies" },
      ]),
    );
  }
  return out;
}

/** A border crossing said to have kept working, or said to have been shut, at the time told. */
const CROSSING_OPEN =
  /\b(?:continued to (?:operate|function|work)|(?:remained|remains|stayed|stays) open|(?:operat(?:ed|ing|es)|function(?:ed|ing|s)) normally|(?:was|were|has|have) never (?:been )?closed|(?:was|were) not closed)\b/i;
const CROSSING_SHUT =
  /\b(?:(?:was|were|has been|had been|have been|remained|remains|is|are) (?:then |temporarily |briefly |fully |completely )?(?:closed|shut)(?! (?:since|from|until) \d{4})|closed the crossing)\b/i;
/** What traffic a sentence says the state is for: "closed to cargo", "for passengers and cargo". */
const TRAFFIC: [string, RegExp][] = [
  ["cargo", /\b(?:cargo|freight|trucks?|lorries|goods|trade)\b/i],
  ["people", /\b(?:passengers?|travell?ers|people|civilians|pedestrians)\b/i],
];
/**
 * Whether a crossing stayed open: "the Jaber crossing continued to operate normally for passengers
 * and cargo" (the army) against "the crossing was then closed to cargo for 48 hours" (a freight
 * company), from two sources published within days. The crossing is one a sentence names, or, for
 * "the crossing", the one crossing its article names; traffic named on both sides must overlap
 * (closed to cargo and open to travellers can both be true). A reopening is no account of it open.
 */
const CROSSING_DAYS = 3;
/** Two posts this close face each other across the border: one crossing (Jaber and Nassib, 2.4 km). */
const TWIN_POSTS_KM = 5;
/** Where each crossing of the lexicon is, by its folded name and aliases, with and without "crossing". */
const CROSSING_POINTS = new Map<string, [number, number]>(
  LEXICON.filter((e) => e.kind === "crossing" && e.coordinates).flatMap((e) =>
    [e.name, ...e.aliases].map((n) => [fold(n), e.coordinates as [number, number]] as const),
  ),
);
/**
 * The crossings a report's sentence tells of: those it names among the crossings its article
 * names or is anchored on, else its article's one crossing ("the crossing").
 */
function crossingsOf(reports: readonly Report[]): (r: Report) => string[] {
  const crossings = new Map<string, Map<string, string>>();
  for (const r of reports) {
    const of = crossings.get(r.articleId) ?? new Map<string, string>();
    crossings.set(r.articleId, of);
    const names = [
      ...r.entities.filter((e) => e.type === "facility" && e.kind === "crossing").map((e) => fold(e.name)),
      ...r.anchors.filter((a) => / crossing$/.test(a)),
    ];
    for (const name of names) of.set(name, name.replace(/ (?:border )?crossing$/, ""));
  }
  return (r) => {
    const of = [...(crossings.get(r.articleId) ?? [])];
    const text = ` ${fold(r.sentenceText)} `;
    const named = of.filter(([, name]) => text.includes(` ${name} `)).map(([id]) => id);
    return named.length > 0 ? named : of.length === 1 ? of.map(([id]) => id) : [];
  };
}
/** One crossing, or its two posts facing each other across the border (Jaber and Nassib). */
const sameCrossing = (a: string, b: string) => {
  const [p, q] = [CROSSING_POINTS.get(a), CROSSING_POINTS.get(b)];
  return a === b || (p !== undefined && q !== undefined && km(p, q) <= TWIN_POSTS_KM);
};
function crossingState(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const sideOf = (text: string) =>
    !/\bcrossings?\b/i.test(text) || /\breopen/i.test(text)
      ? null
      : CROSSING_OPEN.test(text)
        ? "open"
        : CROSSING_SHUT.test(text)
          ? "shut"
          : null;
  const whichOf = crossingsOf(reports);
  const unread = bare.filter((b) => sideOf(b.text) !== null);
  const candidates = onePerSentence([...reports, ...bareReports(reports, unread)])
    .slice(0, MAX_SCANNED)
    .filter((r) => sideOf(r.sentenceText) !== null)
    .slice(0, MAX_COMPARED);
  if (candidates.length < 2) return [];
  const trafficOf = (r: Report) => TRAFFIC.filter(([, re]) => re.test(r.sentenceText)).map(([t]) => t);
  const dayOfState = (r: Report) => (r.ownDate ? r.date : r.publishedAt);
  const out: Conflict[] = [];
  for (const shut of candidates.filter((r) => sideOf(r.sentenceText) === "shut")) {
    const mine = whichOf(shut);
    if (mine.length === 0) continue;
    const open = candidates.filter((o) => {
      const gap = daysApart(dayOfState(o), dayOfState(shut));
      const [x, y] = [trafficOf(o), trafficOf(shut)];
      return (
        sideOf(o.sentenceText) === "open" &&
        o.sourceKey !== shut.sourceKey &&
        gap !== null &&
        gap <= CROSSING_DAYS &&
        whichOf(o).some((c) => mine.some((m) => sameCrossing(c, m))) &&
        (x.length === 0 || y.length === 0 || x.some((t) => y.includes(t)))
      );
    });
    if (open.length === 0 || ![shut, ...open].some((r) => used.has(r.articleId))) continue;
    out.push(
      sidedConflict(
        grader,
        { id: `crossing:${shut.key}`, kind: "denial", topic: "Whether the crossing was closed" },
        [
          { label: "account that it was closed", reports: [shut] },
          { label: "account that it stayed open", reports: open, stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/** A crossing or its traffic stopped for a time, told just before the time: "was halted for". */
const CLOSED_FOR =
  /\b(?:closed|shut|suspended|halted|stopped|blocked|closure|suspension|halt)\b(?:(?!\b(?:and|but|while|after|before|until)\b)[^.;]){0,60}?\bfor\s+(?:(?:at least|only|just|about|around|some|nearly|more than|over|up to|no more than|less than|under)\s+)?$/i;
const HOURS_IN: Record<string, number> = { minute: 1 / 60, hour: 1, day: 24, night: 24, week: 168 };
/** A stretch of time as the range of hours it allows: "at least 72 hours" [72, ∞), "six hours only" [6, 6]. */
function hoursOf(r: Report): { lo: number; hi: number; hours: number } | null {
  const unit = singular(r.unit).toLowerCase();
  const per = HOURS_IN[unit];
  const at = r.sentenceText.indexOf(r.text);
  if (per === undefined || r.value === undefined || at < 0) return null;
  const before = r.sentenceText.slice(Math.max(0, at - 100), at);
  const told = `${before.slice(-24)} ${r.text}`.toLowerCase();
  const after = r.sentenceText.slice(at + r.text.length, at + r.text.length + 12).toLowerCase();
  // The qualifier the extractor kept in the figure's text ("at least 72 hours") ends the words before it.
  const qualifier =
    /^(?:at least|only|just|about|around|some|nearly|more than|over|up to|no more than|less than|under)\s+/i.exec(
      r.text,
    )?.[0] ?? "";
  if (!CLOSED_FOR.test(`${before}${qualifier}`)) return null;
  const hours = r.value * per;
  if (/\b(?:at least|more than|over)\b/.test(told) && !/^\s*only\b/.test(after))
    return { lo: hours, hi: Number.POSITIVE_INFINITY, hours };
  if (/\b(?:up to|no more than|less than|under)\b/.test(told)) return { lo: 0, hi: hours, hours };
  if (/\b(?:about|around|some|nearly)\b/.test(told)) return { lo: hours * 0.8, hi: hours * 1.25, hours };
  return { lo: hours, hi: hours, hours };
}
/**
 * How long a crossing was closed, as two sources put it: "the crossing is expected to remain closed
 * to cargo for at least 72 hours" (a port agent) against "cargo traffic at the crossing was halted
 * for six hours only" (the customs authority), published within days of each other, of one crossing
 * (see crossingsOf). The two stretches conflict when the ranges they allow do not meet, a fifth
 * apart: "at least three days" and "72 hours" agree.
 */
function closureLengths(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const whichOf = crossingsOf(reports);
  const stretches = reports
    .filter((r) => r.kind === "quantity" && /^(?:minute|hour|day|night|week)s?$/.test(r.unit ?? ""))
    .slice(0, MAX_SCANNED)
    .filter(
      (r) =>
        /\bcrossings?\b|\bborder (?:post|gate)\b/i.test(r.sentenceText) &&
        hoursOf(r) !== null &&
        whichOf(r).length > 0,
    )
    .slice(0, MAX_COMPARED);
  const apart = (a: Report, b: Report) => {
    const [x, y] = [hoursOf(a), hoursOf(b)];
    return x !== null && y !== null && (x.hi < y.lo * 0.8 || y.hi < x.lo * 0.8);
  };
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const a of stretches) {
    const against = stretches.filter((b) => {
      const gap = daysApart(a.publishedAt, b.publishedAt);
      return (
        b.sourceKey !== a.sourceKey &&
        gap !== null &&
        gap <= CROSSING_DAYS &&
        whichOf(b).some((c) => whichOf(a).some((m) => sameCrossing(c, m))) &&
        apart(a, b)
      );
    });
    if (against.length === 0 || ![a, ...against].some((r) => used.has(r.articleId))) continue;
    const group = dedupe([a, ...against]);
    const key = group
      .map((r) => r.key)
      .sort()
      .join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const found = disagreement(
      group,
      (r) => hoursOf(r)?.hours ?? 0,
      {
        id: `closure:${a.key}`,
        topic: "How long the crossing was closed, in hours",
        side: (v) => `figure of ${v.toLocaleString("en-GB")} hours`,
      },
      grader,
      0,
    );
    if (found) out.push(found);
  }
  return out;
}

/** Words for forces leaving a country or region, as a verb or a noun. */
const DEPARTURE =
  "(?:leave|leaves|leaving|depart|departs|departure|withdraw|withdraws|withdrawal|pull-?out|pull out|exit|drawdown)";
/** Who leaves: forces, troops, advisers or personnel of a foreign force. */
const LEAVERS = /\b(?:forces|troops|soldiers|advis[eo]rs|trainers|personnel|military mission|coalition)\b/i;
/**
 * A date for the departure said to be agreed or set: "the two sides agreed that the remaining
 * coalition advisers would leave the Kurdistan Region by September 2027", "set September 2026 as
 * the date for the withdrawal", "a timetable ... ending in 2026".
 */
const DATE_SET = new RegExp(
  String.raw`\b(?:agreed|agree|set|fixed|announced|signed|approved)\b[^.;]{0,120}?\b${DEPARTURE}\b[^.;]{0,80}?\b(?:by|before|no later than|in|at the end of|by the end of|until)\s+(?:(?:the end of|mid-?|early|late)\s*)?(?:(?:${MONTH})\s+)?20\d\d\b`,
  "i",
);
/**
 * No date for the departure: "the two leaders did not set a date for the departure of remaining
 * US forces", "no timetable has been agreed for the withdrawal", "no date was set for their exit".
 */
const NO_DATE = new RegExp(
  String.raw`\b(?:(?:did|do|does|have|has|had)\s+not|didn['’]t|haven['’]t|hasn['’]t|never|not yet)\s+(?:yet\s+)?(?:set|agreed?(?:\s+on)?|fixed|fix|announced?|discussed)\s+(?:a|any)\s+(?:[\w'’-]+\s+)?(?:date|timetable|timeline|deadline|schedule)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${DEPARTURE}\b|\bno\s+(?:[\w'’-]+\s+)?(?:date|timetable|timeline|deadline|schedule)\s+(?:for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?${DEPARTURE}\s+)?(?:has|had|was|is|have)\s+(?:yet\s+)?(?:been\s+)?(?:set|agreed|fixed|announced)\b`,
  "i",
);
/**
 * Whether a date was set for forces to leave: one account that a date was agreed ("the remaining
 * coalition advisers would leave ... by September 2027"), another that none was ("did not set a
 * date for the departure of remaining US forces"), from two sources published within a fortnight:
 * two readouts of one call, or a statement and its denial.
 */
function departureDate(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const candidates = onePerSentence(reports)
    .slice(0, MAX_SCANNED)
    .filter((r) => LEAVERS.test(r.sentenceText))
    .map((r) => ({ r, noDate: NO_DATE.test(r.sentenceText) }))
    .filter(({ r, noDate }) => noDate || DATE_SET.test(r.sentenceText))
    .slice(0, MAX_COMPARED);
  const set = candidates.filter((c) => !c.noDate).map((c) => c.r);
  const none = candidates.filter((c) => c.noDate).map((c) => c.r);
  const out: Conflict[] = [];
  for (const a of set) {
    const b = none.filter((n) => {
      const told = daysApart(n.publishedAt, a.publishedAt);
      return n.sourceKey !== a.sourceKey && told !== null && told <= 14;
    });
    if (b.length === 0 || ![a, ...b].some((r) => used.has(r.articleId))) continue;
    out.push(
      sidedConflict(
        grader,
        {
          id: `departure-date:${a.key}`,
          kind: "denial",
          topic: "Whether a date was set for the forces to leave",
        },
        [
          { label: "account that a date was set", reports: [a] },
          { label: "account that no date was set", reports: b, stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * "Reports that coalition forces are withdrawing from eastern Syria are inaccurate": reports of a
 * force leaving a region called false. The region is the words after the departure.
 */
const DEPARTURE_DENIED =
  /\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?)\s+(?:that\s+)?[^.;]{0,60}?\b(?:forces|troops|soldiers|advis[eo]rs|personnel)\s+(?:are|is|were|was|will|would|have|has|had)?\s*(?:be\s+|been\s+|begun\s+|started\s+)?(?:withdrawing|leaving|pulling out of|departing from|withdrawn from|leave|withdraw|pull out of|depart from)\s+(?:from\s+)?(?:the\s+)?([^.;,]{3,40}?)\s+(?:are|is|were|was)\s+(?:(?:completely|entirely|simply|totally|wholly)\s+)?(?:inaccurate|false|untrue|baseless|unfounded|incorrect|wrong|lies|fabricated)\b/i;
/** A force told as leaving, or about to leave, somewhere: "will leave eastern Syria", "have begun pulling out of". */
const DEPARTING =
  /\b(?:will|would|are to|is to|(?:is|are) set to|plans? to|(?:is|are) planning to|(?:have|has|had) (?:begun|started)|began|started|are|is)\s+(?:to\s+)?(?:leav(?:e|ing)|withdraw(?:ing)? from|pull(?:ing)? out of|evacuat(?:e|ing)|depart(?:ing)? from)\b/i;
/**
 * Whether a force is leaving a region: "American forces have begun evacuating the base and will
 * leave eastern Syria entirely by the spring" (a channel's sources) against "reports that coalition
 * forces are withdrawing from eastern Syria are inaccurate" (the coalition), from two sources
 * published within a fortnight. The departure must name the region the denial names, in its words.
 */
function departureDenied(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const regionOf = (r: Report) => DEPARTURE_DENIED.exec(r.sentenceText)?.[1]?.trim() ?? null;
  const denials = onePerSentence(reports)
    .slice(0, MAX_SCANNED)
    .filter((r) => used.has(r.articleId) && regionOf(r) !== null);
  if (denials.length === 0) return [];
  const unread = bare.filter((b) => LEAVERS.test(b.text) && DEPARTING.test(b.text));
  const departures = onePerSentence([...reports, ...bareReports(reports, unread)])
    .slice(0, MAX_SCANNED)
    .filter((r) => LEAVERS.test(r.sentenceText) && DEPARTING.test(r.sentenceText) && regionOf(r) === null)
    .slice(0, MAX_COMPARED);
  const out: Conflict[] = [];
  for (const d of denials) {
    const region = fold(regionOf(d) ?? "").replace(/^the /, "");
    if (region.length < 4) continue;
    const told = departures.filter((a) => {
      const gap = daysApart(a.publishedAt, d.publishedAt);
      return (
        a.sourceKey !== d.sourceKey &&
        gap !== null &&
        gap <= 14 &&
        ` ${fold(a.sentenceText)} `.includes(` ${region} `)
      );
    });
    if (told.length === 0) continue;
    out.push(
      sidedConflict(
        grader,
        { id: `departure:${d.key}`, kind: "denial", topic: `Whether the forces are leaving ${regionOf(d)}` },
        [
          { label: "account that they are leaving", reports: told },
          { label: "account that they are not", reports: [d], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * "This contradicts the report of the Ministry of Interior to Parliament last year, which stated
 * that the camera network covered the entire border", "the finding is at odds with the army's claim
 * that ...": a sentence that sets what its article just told against another body's account, and
 * relays that account. The two are two accounts of one matter: the sentence before, and the
 * account the contradicting sentence relays.
 */
const CONTRADICTS =
  /^\W*(?:this|that|these|it|the (?:finding|findings|figure|figures|count|result|results|account))\s+(?:\w+\s+)?(?:contradicts|contradicted|is at odds with|was at odds with|runs counter to|is inconsistent with|was inconsistent with|conflicts with|belies)\s+(?:[^.;]{0,100}?)(?:,\s*(?:which|who)\s+(?:had\s+)?(?:stated|said|claimed|reported|asserted|put|told)|\b(?:claim|claims|statement|assertion|report|account)\s+that)\b/i;
function contradicted(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const all = onePerSentence([
    ...reports,
    ...bareReports(
      reports,
      bare.filter((b) => CONTRADICTS.test(b.text)),
    ),
  ]);
  const byKey = new Map(all.map((r) => [r.key, r]));
  const out: Conflict[] = [];
  for (const r of all) {
    if (!CONTRADICTS.test(r.sentenceText) || !used.has(r.articleId)) continue;
    const before = byKey.get(`${r.articleId}#${r.sentence - 1}`);
    if (before?.modality !== "asserted" || QUESTION.test(before.sentenceText)) continue;
    const place = placeOf([before, r]);
    const words = before.sentenceText.split(/\s+/);
    const snippet = words.slice(0, 14).join(" ");
    out.push(
      sidedConflict(
        grader,
        {
          id: `contradicted:${r.key}`,
          kind: "accounts",
          topic: `Whether it is so: "${snippet}${words.length > 14 ? " …" : ""}"${place ? ` (${place.name})` : ""}`,
        },
        [
          { label: "account told first", reports: [before] },
          { label: "account it contradicts", reports: [r] },
        ],
      ),
    );
  }
  return out;
}

/** Someone said to have died, in a report's words: "he had died", "the soldier was killed". */
const DIED = String.raw`(?:had\s+|has\s+)?(?:died|been\s+killed|was\s+killed|were\s+killed|was\s+dead|were\s+dead|is\s+dead|are\s+dead)`;
const WHO_DIED = String.raw`(?:he|she|they|the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)`;
const FALSE_WORD = String.raw`(?:wrong|false|untrue|incorrect|inaccurate|mistaken|unfounded|baseless)`;
/**
 * A later account that answers earlier reports of a death: "in a stable condition in hospital,
 * contrary to earlier reports that he had died", "unlike initial reports that the guard was
 * killed", "earlier reports of his death were wrong", "reports that she had been killed are false".
 */
const DEATH_REPORTS_ANSWERED = new RegExp(
  [
    String.raw`\b(?:contrary\s+to|unlike)\s+(?:the\s+)?(?:(?:earlier|initial|previous|first|some|other|several)\s+)?(?:media\s+)?reports?\s+that\s+${WHO_DIED}\s+${DIED}\b`,
    String.raw`\b(?:the\s+)?(?:(?:earlier|initial|previous|first)\s+)?reports?\s+(?:of\s+(?:his|her|their|the\s+[\w'’-]+['’]s?)\s+deaths?|that\s+${WHO_DIED}\s+${DIED})\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:all\s+)?${FALSE_WORD}\b`,
  ].join("|"),
  "i",
);
const TELLS_DEATH = /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+killed\b|\bdied\b/i;
/**
 * An early report of a death and another outlet's later account that answers it: "a soldier was
 * killed in the clash this morning, residents said" and, the next day, the army's "the soldier is
 * in a stable condition in hospital, contrary to earlier reports that he had died". The later
 * account names the report it answers; the early one is the other outlet's telling of a death in
 * the story the later article tells, published no later. An outlet answering its own report has
 * revised it (ANNOTATION.md rule 14): no box.
 */
function deathReportsAnswered(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const answering = onePerSentence([
    ...reports,
    ...bareReports(
      reports,
      bare.filter((b) => DEATH_REPORTS_ANSWERED.test(b.text)),
    ),
  ]).filter((r) => DEATH_REPORTS_ANSWERED.test(r.sentenceText));
  if (answering.length === 0) return [];
  const deaths = onePerSentence(reports.slice(0, MAX_SCANNED)).filter(
    (x) => x.kind !== "quantity" && x.modality === "asserted" && TELLS_DEATH.test(x.sentenceText),
  );
  return answering.flatMap((r) => {
    // The story the later article tells, by its own dates where it gives them: a clash of another
    // night is another event, whatever the day the article was published.
    const told = reports.filter((x) => x.articleId === r.articleId && x.kind !== "quantity");
    const dated = told.filter((x) => x.ownDate);
    const story = dated.length > 0 ? dated : told;
    const early = deaths.filter(
      (x) =>
        x.sourceKey !== r.sourceKey &&
        x.articleId !== r.articleId &&
        (used.has(x.articleId) || used.has(r.articleId)) &&
        x.publishedAt !== null &&
        r.publishedAt !== null &&
        x.publishedAt.slice(0, 10) <= r.publishedAt.slice(0, 10) &&
        story.some((o) => sameEvent(o, x)),
    );
    // The first telling of each other article.
    const first = [...new Map(early.map((x) => [x.articleId, x])).values()];
    if (first.length === 0) return [];
    const place = placeOf([...first, r]);
    return [
      sidedConflict(
        grader,
        {
          id: `death-answered:${r.key}`,
          kind: "accounts",
          topic: `Whether the death reported first happened${place ? ` (${place.name})` : ""}`,
        },
        [
          { label: "early report of a death", reports: first },
          { label: "later account that answers it", reports: [r], stance: "denies" },
        ],
      ),
    ];
  });
}

/**
 * What a load was, by its class: the words an account uses for drugs or for arms, and the words a
 * denial uses for the class it says the load was not ("cigarettes, not narcotics").
 */
const CARGO_CLASSES: [string, RegExp, RegExp][] = [
  [
    "drugs",
    /^(?:narcotics|drugs|captagon|pills|hashish|cannabis|cocaine|heroin|crystal meth|methamphetamine|amphetamines?)$/i,
    /\b(?:narcotics|drugs|captagon|(?:captagon |amphetamine )?pills|hashish|cannabis|cocaine|heroin|crystal meth|methamphetamine|amphetamines?)\b/i,
  ],
  [
    "arms",
    /^(?:weapons|arms|ammunition|munitions|explosives|rifles|rockets|missiles)$/i,
    /\b(?:weapons|arms|ammunition|munitions|explosives|rifles|rockets|missiles|grenades)\b/i,
  ],
];
/** What carries a load: a denial and an account of one load name the same carrier. */
const CARRIER =
  /\b(trucks?|lorr(?:y|ies)|tankers?|vehicles?|cars?|boats?|containers?|shipments?|consignments?)\b/i;
const carrierOf = (text: string) =>
  (CARRIER.exec(text)?.[1] ?? "").toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
/**
 * "The three trucks carried undeclared cigarettes, not narcotics": a load told as one thing and
 * not another denies an account that the load was the other ("some of the trucks carried Captagon
 * pills"). The class denied is the word after "not" (or "rather than", "instead of").
 */
const LOAD_NOT =
  /\b(?:carried|carrying|carries|contained|containing|contains|held|holding|loaded with|laden with|transporting|transported|was|were)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:,\s*|\s+)(?:and\s+)?(?:not|rather than|instead of)\s+(?:any\s+)?([a-z]+(?:\s+meth)?)\b/i;
/**
 * What a load was: an account that a load was of a class (drugs, arms), and another source's that
 * the same carriers, at a place both name, carried something else and not that class, published
 * within a month of each other.
 */
function loadContents(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const all = onePerSentence(reports).slice(0, MAX_SCANNED);
  // The places a sentence names, read from all its reports (one may tell only where a load went).
  const anchorsOf = new Map<string, Set<string>>();
  for (const r of reports)
    for (const x of r.anchors) anchorsOf.set(r.key, (anchorsOf.get(r.key) ?? new Set()).add(x));
  const out: Conflict[] = [];
  for (const d of all) {
    const named = LOAD_NOT.exec(d.sentenceText)?.[1];
    if (!named) continue;
    const cls = CARGO_CLASSES.find(([, word]) => word.test(named));
    const carrier = carrierOf(d.sentenceText);
    if (!cls || !carrier) continue;
    const told = all.filter((a) => {
      if (a.sourceKey === d.sourceKey || a.modality !== "asserted" || a.key === d.key) return false;
      if (!cls[2].test(a.sentenceText) || carrierOf(a.sentenceText) !== carrier) return false;
      // Two accounts that both say what the load was not agree on it.
      if (LOAD_NOT.test(a.sentenceText)) return false;
      if (![...(anchorsOf.get(a.key) ?? [])].some((x) => anchorsOf.get(d.key)?.has(x))) return false;
      const apart = daysApart(a.publishedAt, d.publishedAt);
      return apart !== null && apart <= 30;
    });
    if (told.length === 0 || ![d, ...told].some((r) => used.has(r.articleId))) continue;
    const place = placeOf([...told, d]);
    const carriers = carrier.endsWith("y") ? `${carrier.slice(0, -1)}ies` : `${carrier}s`;
    out.push(
      sidedConflict(
        grader,
        {
          id: `load:${d.key}`,
          kind: "denial",
          topic: `What the ${carriers} carried${place ? ` (${place.name})` : ""}`,
        },
        [
          { label: `account that they carried ${cls[0]}`, reports: told },
          { label: `account that they carried no ${cls[0]}`, reports: [d], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * A denial aimed at what is said on social media: "Reports on social media that the coalition is
 * withdrawing from Ain al-Asad are false", or "There has been no change to our posture" right after
 * "The Department is aware of reports on social media about the movement of US forces". The
 * accounts it answers are those published on social media or an online forum (the outlet's label
 * says so: an X thread, a Facebook page, a Telegram channel, a forum) in the week before the
 * denial, in their sentences that tell of forces leaving (departures, a base emptied, a drawdown);
 * where the denial names a site or town, only those that name it too.
 */
const ON_SOCIAL = /\b(?:reports?|claims?|posts?|rumou?rs?|allegations?)\b[^.;]{0,60}?\bon social media\b/i;
const CALLED_FALSE =
  /\b(?:are|is|were|was)\s+(?:completely\s+|entirely\s+|simply\s+)?(?:false|untrue|baseless|unfounded|fabricated|incorrect|inaccurate|wrong)\b/i;
const NO_CHANGE =
  /^\W*(?:there\s+(?:has|have|had)\s+been\s+no\s+(?:change|withdrawal|drawdown|reduction)\b|no\s+(?:change|withdrawal|drawdown)\s+(?:has|have)\s+(?:taken place|occurred|been made)\b)/i;
const SOCIAL_OUTLET =
  /(?:^X\b|\bX\s*\(|\b(?:Twitter|Facebook|Telegram|TikTok|Instagram|YouTube|social media|online forum|forum)\b)/;
const FORCES_LEAVING =
  /\b(?:departures?|departed|(?<!\b(?:are|is|were|was|be|been)\s+)left|leaving|withdraw(?:s|n|ing|al)?|withdrew|drawdown|pulled out|pulling out|emptied)\b/i;
const FORCES_MOVING = /\b(?:movements?|moving|posture|withdraw\w*|drawdown|departures?|redeploy\w*)\b/i;
function socialMediaDenials(
  reports: Report[],
  { used }: Reading,
  grader: ClaimGrader,
  bare: readonly BareSentence[],
): Conflict[] {
  const all = onePerSentence([...reports, ...bareReports(reports, bare)]).slice(0, MAX_SCANNED);
  const textOf = new Map(all.map((r) => [r.key, r.sentenceText]));
  // Only a denial about forces moving: "reports on social media that the prison was attacked are
  // false" answers no post about departures.
  const denials = all.filter((d) => {
    if (!used.has(d.articleId)) return false;
    if (ON_SOCIAL.test(d.sentenceText) && CALLED_FALSE.test(d.sentenceText))
      return FORCES_LEAVING.test(d.sentenceText);
    const before = textOf.get(`${d.articleId}#${d.sentence - 1}`) ?? "";
    return NO_CHANGE.test(d.sentenceText) && ON_SOCIAL.test(before) && FORCES_MOVING.test(before);
  });
  const out: Conflict[] = [];
  for (const d of denials) {
    // The sites and towns the denial names, by the words it uses; an account names one when its own
    // sentence has those words (a sentence with no fact of its own borrows no place here).
    const named = d.sentenceNamed
      .filter((e) => (e.type === "place" || e.type === "facility") && e.kind !== "country")
      .map((e) => fold(e.surface ?? e.name).replace(/^(?:al|el|the) /, ""))
      .filter((n) => n.length >= 3 && ` ${fold(d.sentenceText)} `.includes(` ${n} `));
    const accounts = all.filter((a) => {
      if (a.sourceKey === d.sourceKey || !SOCIAL_OUTLET.test(a.source) || a.modality === "negated")
        return false;
      if (!a.publishedAt || !d.publishedAt || a.publishedAt > d.publishedAt) return false;
      const gap = daysApart(a.publishedAt, d.publishedAt);
      if (gap === null || gap > 7 || !FORCES_LEAVING.test(a.sentenceText)) return false;
      const own = ` ${fold(a.sentenceText)} `;
      return named.length === 0 || named.some((n) => own.includes(` ${n} `));
    });
    if (accounts.length === 0) continue;
    out.push(
      sidedConflict(
        grader,
        {
          id: `social:${d.key}`,
          kind: "denial",
          topic: "Whether the forces are leaving, as posted on social media",
        },
        [
          {
            label: "account posted on social media",
            reports: accounts.sort((x, y) => x.sentence - y.sentence).slice(0, 4),
          },
          { label: "denial", reports: [d], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * "No attack took place, and Coalition personnel were not affected": a denial that names neither
 * a place nor a day, told as the whole answer to an attack (a strike, a drone, a bomb: its tags,
 * or its ACLED type of remote violence). Nothing in it says which attack it
 * answers, so it is set against an attack only when the story holds one and no other: a single
 * attack, told by another source as done, in the week before the denial was published. A story
 * with two attacks leaves it unpaired (nothing says which one is denied).
 */
const BARE_ATTACK_DENIAL =
  /^\W*(?:there (?:was|were|has been|had been) )?no (?:(?:such|drone|rocket|missile|militia|armed) )?(?:attacks?|strikes?|assaults?)(?: (?:took place|has taken place|had taken place|occurred|happened|was carried out|were carried out))?\b(?! (?:on|at|in|near|against|by|from|since)\b)/i;
const ATTACK_TAGS = new Set(["airstrike", "drone", "insurgent-attack", "cross-border-attack"]);
function bareAttackDenials(reports: Report[], { used }: Reading, grader: ClaimGrader): Conflict[] {
  const denials = onePerSentence(
    reports.filter(
      (r) =>
        r.kind === "event" &&
        r.modality === "negated" &&
        used.has(r.articleId) &&
        BARE_ATTACK_DENIAL.test(r.sentenceText) &&
        !r.ownDay &&
        r.sentenceNamed.every((e) => e.type !== "place" && e.type !== "facility" && e.kind !== "country"),
    ),
  );
  if (denials.length === 0) return [];
  const out: Conflict[] = [];
  for (const d of denials) {
    const attacks = onePerSentence(
      reports.filter((a) => {
        if (a.kind !== "event" || a.modality !== "asserted" || a.sourceKey === d.sourceKey) return false;
        const attack =
          a.tags.some((t) => ATTACK_TAGS.has(t)) ||
          a.codes?.acled?.eventType === "Explosions/Remote violence";
        if (!attack || !a.ownDay || !a.date || !d.publishedAt) return false;
        const before = daysApart(a.date, d.publishedAt);
        return before !== null && a.date <= d.publishedAt && before <= 7;
      }),
    );
    const [a, ...others] = attacks;
    if (!a || others.length > 0) continue;
    out.push(
      sidedConflict(
        grader,
        {
          id: `bare-denial:${d.key}`,
          kind: "denial",
          topic: `Whether ${a.text.replace(/^(?:that|had|have|has)\s+/i, "")}`,
        },
        [
          { label: "report", reports: [a] },
          { label: "denial", reports: [d], stance: "denies" },
        ],
      ),
    );
  }
  return out;
}

/**
 * "Ain al-Asad was handed over and hosts no foreign forces" against "about 1,000 US personnel
 * remained at Ain al-Asad", read once as the base left (and its stay denied) and once as the
 * presence (and its end denied): one matter told from either side. A box of denial (or of a figure
 * and its denial) whose asserting articles are another's denying ones, and the other way round,
 * sharing a claim that it holds on the other side, is that box: its claims join the first with
 * their stances turned. A figure told against its denial is its box's assertion.
 */
function mirroredBoxesJoined(conflicts: Conflict[]): Conflict[] {
  const sideOf = (x: ConflictClaim) => (x.stance === "denies" ? "denies" : "asserts");
  const articles = (c: Conflict, side: "asserts" | "denies") =>
    [...new Set(c.claims.filter((x) => sideOf(x) === side).map((x) => x.articleId))].sort().join("|");
  const disputed = (c: Conflict) =>
    c.kind === "denial" || (c.kind === "figures" && articles(c, "denies") !== "");
  const out: Conflict[] = [];
  for (const c of conflicts) {
    const mirror = disputed(c)
      ? out.find(
          (o) =>
            disputed(o) &&
            (o.kind === "denial" || c.kind === "denial") &&
            articles(o, "denies") !== "" &&
            articles(c, "denies") !== "" &&
            articles(c, "asserts") === articles(o, "denies") &&
            articles(o, "asserts") === articles(c, "denies") &&
            c.claims.some((x) => o.claims.some((y) => y.key === x.key && sideOf(y) !== sideOf(x))),
        )
      : undefined;
    if (!mirror) {
      out.push(c);
      continue;
    }
    // Turned to the other side, a figure is a figure only in a box of figures.
    const turned = (x: ConflictClaim): ConflictClaim => {
      const { value, ...rest } = x;
      if (sideOf(x) === "asserts") return { ...rest, stance: "denies" };
      return mirror.kind === "figures" && value !== undefined
        ? { ...rest, value, stance: "figure" }
        : { ...rest, stance: "asserts" };
    };
    const joined = { ...mirror, claims: [...mirror.claims] };
    for (const x of c.claims) if (!joined.claims.some((y) => y.key === x.key)) joinClaim(joined, turned(x));
    out[out.indexOf(mirror)] = joined;
  }
  return out;
}

/**
 * One dispute, one box. Two finders may set the same account against the same source's denials,
 * each reading a different sentence of it: a departure from a base "reported as untrue" (read by
 * the denial of a factor) and "about 200 personnel remain at the base" (read as the base kept).
 * Boxes of denial that share an asserted claim and whose denials come from the same articles are
 * one box, holding every claim of both, under the topic of the finder that names the matter
 * (a factor's name says only where the dispute bears).
 */
function oneBoxPerDispute(conflicts: Conflict[]): Conflict[] {
  const asserted = (c: Conflict) => new Set(c.claims.filter((x) => x.stance === "asserts").map((x) => x.key));
  const denying = (c: Conflict) =>
    [...new Set(c.claims.filter((x) => x.stance === "denies").map((x) => x.articleId))].sort().join("|");
  const out: Conflict[] = [];
  for (const c of conflicts) {
    const host =
      c.kind === "denial"
        ? out.find((o) => {
            if (o.kind !== "denial" || denying(o) === "" || denying(o) !== denying(c)) return false;
            const mine = asserted(c);
            return [...asserted(o)].some((k) => mine.has(k));
          })
        : undefined;
    if (!host) {
      out.push({ ...c, claims: [...c.claims] });
      continue;
    }
    for (const x of c.claims) if (!host.claims.some((y) => y.key === x.key)) joinClaim(host, x);
    if (host.factor !== null && c.factor === null) {
      // The matter's own topic and account of which side is better supported, the factor kept.
      host.topic = c.topic;
      host.analysis = c.analysis;
      host.doubted = c.doubted;
      host.id = c.id;
    } else host.factor ??= c.factor;
  }
  return out;
}

export function findConflicts(
  factors: readonly Factor[],
  reports: Report[],
  relevantKeys: Set<string>,
  at: Date,
  grader: ClaimGrader,
  bare: readonly BareSentence[] = [],
): Conflict[] {
  const reading = readingOf(reports, relevantKeys);
  const found = [
    ...denials(factors, reports, at, grader),
    ...figures(reports, relevantKeys, grader),
    ...(
      ["killed", "wounded", "escaped", "recaptured", "attackersKilled", "crossed", "attackers"] as const
    ).flatMap((toll) => tolls(reports, reading, grader, toll)),
    ...accounts(reports, reading, grader),
    ...custody(reports, reading, grader),
    ...whoFiredFirst(reports, reading, grader),
    ...firefight(reports, reading, grader, bare),
    ...control(reports, reading, grader, bare),
    ...restatements(reports, reading, grader),
    ...presence(reports, reading, grader),
    ...siteLeft(reports, reading, grader, bare),
    ...siteClosing(reports, reading, grader, bare),
    ...crossingState(reports, reading, grader, bare),
    ...closureLengths(reports, reading, grader),
    ...corrections(reports, reading, grader),
    ...portions(reports, reading, grader),
    ...extents(reports, reading, grader),
    ...lineGaps(reports, reading, grader),
    ...rebuttals(factors, reports, at, grader, bare, reading),
    ...rejectedAccusations(reports, reading, grader, bare),
    ...deniedParts(reports, reading, grader, bare),
    ...departureDate(reports, reading, grader),
    ...departureDenied(reports, reading, grader, bare),
    ...bareAttackDenials(reports, reading, grader),
    ...socialMediaDenials(reports, reading, grader, bare),
    ...loadContents(reports, reading, grader),
    ...contradicted(reports, reading, grader, bare),
    ...deathReportsAnswered(reports, reading, grader, bare),
  ];
  // A toll read from the words and the same toll read as a figure are one conflict.
  const seen = new Set<string>();
  const kept = found.filter((c) => {
    // The same sentences with different figures (nine killed, eleven wounded) are two conflicts.
    const key = c.claims
      .map((x) => `${x.key}:${x.value ?? ""}`)
      .sort()
      .join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A toll read from the words and the same figures read as quantities, one of them without a
  // sentence the other holds (a correction read by one finder only), are one conflict: the box
  // whose claims another figures box holds, each with the same figure, adds nothing.
  const holds = (big: Conflict, small: Conflict) =>
    big !== small &&
    big.kind === "figures" &&
    small.kind === "figures" &&
    big.claims.length > small.claims.length &&
    small.claims.every((x) => big.claims.some((y) => y.key === x.key && y.value === x.value));
  const whole = oneBoxPerDispute(kept.filter((c) => !kept.some((o) => holds(o, c))));
  // Claims read the same way whatever finder would have looked: figures and denials the finders
  // above miss join the conflict they belong to, or stand as their own.
  const worded = bare.filter(
    (b) =>
      saysWhoWasBehind(b.text) ||
      ANOTHER_BODY.test(b.text) ||
      allPresent(b.text) ||
      allWorking(b.text) ||
      // "Claims that the point was taken are lies": a denial in the noun for a falsehood.
      /\b(?:are|is|were|was)\s+(?:all\s+)?(?:lies|fabrications?)\b/i.test(b.text) ||
      /\d|\?\s*$|\b(?:den(?:y|ies|ied|ying)|false|untrue|baseless|unfounded|inaccurate|incorrect|groundless|never|not one|no|nobody|no one|none|not a single|did not|failed)\b/i.test(
        b.text,
      ),
  );
  // Each article's opening sentence, which may date the story its later sentences tell.
  const ledes = new Map<string, string>();
  for (const x of [...reports.map((r) => ({ ...r, text: r.sentenceText })), ...bare])
    if (x.sentence === 0 && !ledes.has(x.articleId)) ledes.set(x.articleId, x.text);
  const claimed = claimConflicts(
    [...reports, ...bareReports(reports, worded)],
    reading.used,
    creditingWriter(grader),
    weighSides,
    ledes,
  );
  const merged = mergeConflicts(whole, claimed);
  // Last, a figure the writer quotes against its own, where no finder above has boxed the pair:
  // one that has keeps its topic and line.
  const boxed = (c: Conflict) =>
    merged.some((m) => c.claims.every((x) => m.claims.some((y) => y.key === x.key && y.value === x.value)));
  return mirroredBoxesJoined([...merged, ...ownFindings(reports, reading, grader).filter((c) => !boxed(c))]);
}
