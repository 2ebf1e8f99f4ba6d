import { credibilityOf, formatGrade, RELIABILITY_WEIGHT } from "../sources/admiralty.js";
import type {
  Assessment,
  ClaimStanding,
  Conflict,
  ConflictClaim,
  EvidenceRef,
  FactorResult,
  JudgmentFactor,
  JudgmentResult,
} from "./assessment.js";
import { attributionOf } from "./claim-attribution.js";
import { confidenceOf } from "./confidence.js";
import {
  type BareSentence,
  type ClaimGrader,
  findConflicts,
  SAME_SOURCES,
  unnamedSource,
} from "./conflicts.js";
import { claimGrades } from "./credibility.js";
import { likelihoodOf, logistic, logit } from "./estimative-scale.js";
import { OUTCOME_FLOOR, outcomeReported } from "./outcome.js";
import { type BriefingOverrides, hasOverrides, regrade } from "./overrides.js";
import {
  ageInDays,
  appealOnly,
  articleFrame,
  askedAbout,
  attemptsRecorded,
  attemptsStopped,
  barrierOnlyDestination,
  callForOnly,
  catchGroundsRisk,
  claimRatedFalse,
  conditionOnly,
  crossersOnlyOfPlace,
  documentScope,
  endedAtSite,
  endsHold,
  escapeFromWeather,
  fitsAnyFactor,
  fortifiedThingOnly,
  genericYouOnly,
  haulsRoseOver,
  indexLine,
  inExerciseScenario,
  interceptionBeforeClash,
  denies as isDenial,
  judgedOnly,
  killedInStop,
  lawOrResolve,
  missionOfForceEnds,
  notExamined,
  notTheTradeNow,
  onlyItemLacking,
  ownAttemptDenied,
  ownClause,
  patternFit,
  procedureOnly,
  recalledOnly,
  recorderOnly,
  reinforcesElsewhere,
  returnPledgedOnly,
  riotOnlyOccasion,
  risingTally,
  scantCover,
  seizureAsProof,
  seizuresByPlace,
  smuggledIntoVenue,
  stopsMeasureRise,
  studyTask,
  symbolOnly,
  unclaimedOnly,
  ungroundedReason,
  withdrawsNoForce,
} from "./relevance.js";
import {
  collectReports,
  type Report,
  type ResolvedEntity,
  reportKey,
  type SourceDocument,
} from "./reports.js";
import { REVISES_FIRST, revisedIn } from "./revisions.js";
import { meetsRequirement, trendBasis } from "./sufficiency.js";
import type { Factor, JudgmentRule, Pattern, Theme } from "./theme.js";
import { watchResults } from "./watch.js";

type Role = "driver" | "mitigator";

/** A report that fits one of a factor's patterns, and how well. */
interface Candidate {
  factor: Factor;
  role: Role;
  pushes: Pattern["pushes"];
  fit: number;
  report: Report;
  /** Set when an analyst moved the sentence here: the factor the machine had it under, if any. */
  movedFrom?: string | null;
}

const MODALITY_WEIGHT = { asserted: 1, hypothetical: 0.5, negated: 1 } as const;

/** What a claim the analytic line of its conflict box judges the less supported weighs, of its own weight. */
export const DOUBTED_WEIGHT = 0.5;

/**
 * Each claim's standing in the conflict boxes that hold it: doubted when a box's analytic line
 * prefers another account (in any box: a claim keeps its worst standing), contested when the line
 * leaves the point open. The note names the sources on the other side, for the factor to print
 * beside the claim.
 */
export function claimStandings(conflicts: readonly Conflict[]): Map<string, ClaimStanding> {
  const out = new Map<string, ClaimStanding>();
  for (const c of conflicts) {
    const doubted = new Set(c.doubted ?? []);
    for (const cl of c.claims) {
      const mine = doubted.has(cl.key);
      if (out.get(cl.key)?.doubted && !mine) continue;
      // A claim the line prefers carries no note.
      if (!mine && doubted.size > 0) continue;
      // The other side: the preferred account when this claim is doubted, else the claims that
      // hold otherwise (another stance or figure).
      const others = c.claims.filter((o) =>
        mine ? !doubted.has(o.key) : o.stance !== cl.stance || o.value !== cl.value,
      );
      // "Hadi al-Zubaidi, an MP, disputed the figure" in the same wire story as the commander's
      // figure: when the other side is carried by this claim's own outlet, the outlet contests
      // nothing; the other side is whom its sentence credits (the outlet only when it credits no
      // one). Another outlet's account is named by that outlet, whose grade weighs it.
      const sources = [
        ...new Set(others.map((o) => (o.source === cl.source ? (o.attributedTo ?? o.source) : o.source))),
      ];
      if (sources.length === 0) continue;
      const by = sources.length > 2 ? `${sources.slice(0, 2).join(", ")} and others` : sources.join(" and ");
      out.set(cl.key, {
        doubted: mine,
        note: mine
          ? `weighs half: disputed by ${by}, whose account the conflict box judges better supported`
          : `contested by ${by}; the conflict box leaves the point open, so it keeps its weight`,
      });
    }
  }
  return out;
}

/**
 * Reports lose weight with age on the briefing date: full weight for three months, then halving
 * every horizon (at least half a year). Undated reports weigh as if a little old.
 */
export function ageWeight(ageDays: number | null, horizonDays: number): number {
  if (ageDays === null) return 0.8;
  if (ageDays <= 90) return 1;
  return 0.5 ** ((ageDays - 90) / Math.max(183, horizonDays));
}

/**
 * The words of its sentence up to `reach` characters before a report's text, or null where the
 * text opens the sentence (or is not found in it).
 */
function leadIn(r: Report, reach: number): string | null {
  const at = r.sentenceText.indexOf(r.text);
  return at > 0 ? r.sentenceText.slice(Math.max(0, at - reach), at) : null;
}
/** The rest of its sentence after a report's text, or null where the text is not found in it. */
function tail(r: Report): string | null {
  const at = r.sentenceText.indexOf(r.text);
  return at >= 0 ? r.sentenceText.slice(at + r.text.length) : null;
}
/** A barrier: a wall, berm, fence or trench, told as a countermeasure. */
const isBarrier = (r: Report) => r.kind === "countermeasure" && r.tags.includes("fortification");

/**
 * A fact told inside a concession ("smugglers are still moving fuel ... despite the concrete wall")
 * or as the occasion of another ("raised the level of alert along the border, following an attack
 * on a prison") is the background of its sentence, not what the sentence reports: it fits less
 * well than the main clause, which then decides the sentence's factor. So is one the sentence
 * concedes ("the prison was under our control, though ISIS cells still attacked our checkpoints").
 */
const CONCESSIVE =
  /\b(?:despite|in spite of|notwithstanding|following|in response to|in the wake of|amid|(?:even )?though|although)\b[^,.;]*$/i;
function concessive(r: Report): boolean {
  const before = leadIn(r, 80);
  return before !== null && CONCESSIVE.test(before);
}

/**
 * A barrier or post told as what was crossed ("carry goods over the berm", "slipped through the
 * fence", "a tunnel under the wall") is where the crossing happened, not a barrier that held: it is
 * the background of its sentence, like a concession, and the crossing decides the sentence's factor.
 */
const CROSSED = /\b(?:over|through|under|beneath|past)\s+(?:the|a|an|its|their)?\s*(?:\p{L}+\s+)?$/iu;
function crossed(r: Report): boolean {
  if (r.kind !== "countermeasure") return false;
  const before = leadIn(r, 40);
  return before !== null && CROSSED.test(before);
}

/**
 * A barrier named only as where something happened ("they were stopped near the border wall",
 * "a clash beside the berm", "no Syrian forces have been seen on the other side of the wall") is the place of the sentence's news, not a barrier that held: it is
 * background like a barrier passed through, and the other facts of the sentence decide its factor.
 */
const LOCATED_BY =
  /\b(?:near|beside|by|next to|close to|at the foot of|(?:on|from|to|along|at) (?:the|this|that|its|their) (?:\p{L}+ )?side of)\s+(?:the|a|an|its|their)?\s*(?:\p{L}+\s+)?$/iu;
function locatedBy(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 40);
  return before !== null && LOCATED_BY.test(before);
}

/**
 * A barrier that is the object of a crossing ("armed men cross the wall", "smugglers breached the
 * fence", "climbed the berm", "smugglers pass the wall through a culvert", "bypassed the trench")
 * did not hold: the sentence tells of the crossing, and the barrier is
 * no evidence that the defences work. Unlike a barrier passed over or through, which is the
 * background of a sentence that tells of the crossing in another fact, it counts for nothing;
 * a crossing that failed ("could not cross the wall") still shows the barrier holding.
 */
const CROSSED_BY =
  /\b(?:cross(?:ed|es|ing)?|breach(?:ed|es|ing)?|climb(?:ed|s|ing)?|scal(?:ed|es|ing)|jump(?:ed|s|ing)?|(?:by)?pass(?:ed|es|ing)?|circumvent(?:ed|s|ing)?|evad(?:e|ed|es|ing)|skirt(?:ed|s|ing)?)\s+(?:over\s+)?(?:the|a|an|its|their)?\s*(?:\p{L}+\s+)?$/iu;
/**
 * The same barrier told first, as the antecedent of a relative clause of crossing ("the border is
 * marked only by a berm and a trench, which smugglers cross every week", "a fence that herders
 * climb at night"): it did not hold either; "a wall that smugglers cannot cross" did.
 */
const CROSSED_BY_RELATIVE =
  /^\s*(?:(?:and|or)\s+(?:a|an|the)?\s*(?:\p{L}+\s+)?\p{L}+\s*)?,?\s*(?:which|that)\s+((?:[\p{L}'’-]+\s+){0,4}?)(?:cross(?:ed|es|ing)?|breach(?:ed|es|ing)?|climb(?:ed|s|ing)?|scal(?:e|ed|es|ing)|jump(?:ed|s|ing)?|(?:by)?pass(?:ed|es|ing)?|circumvent(?:ed|s|ing)?|evad(?:e|ed|es|ing)|skirt(?:ed|s|ing)?)\b/iu;
function crossedBy(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 40);
  if (before !== null && CROSSED_BY.test(before) && !FAILED_TO.test(before)) return true;
  const relative = CROSSED_BY_RELATIVE.exec(tail(r) ?? "");
  return relative !== null && !FAILED_TO.test(relative[1] ?? "");
}
/**
 * "Shepherds say armed strangers pass the berm nearly every week", "gunmen cross the fence at
 * night": a barrier crossed by armed men tells the crossing, the pressure on the line
 * (ANNOTATION.md rule 2: crossers of unstated outcome). Read only where the crossers are named
 * armed just before the verb and the sentence names no smuggling, which is the trade's own factor.
 */
const ARMED_CROSSERS =
  /\b(?:armed\s+(?:men|strangers|groups?|individuals|people)|gunmen|militants|fighters|jihadists|infiltrators|insurgents)\s+(?:[\p{L}'’-]+\s+){0,2}?$/iu;
const SMUGGLING_WORD =
  /\b(?:smuggl\w*|contraband|goods|fuel|cigarettes|captagon|drugs|pills|livestock|sheep)\b/i;
function crossedByArmed(r: Report): boolean {
  if (!crossedBy(r) || SMUGGLING_WORD.test(r.sentenceText)) return false;
  const before = leadIn(r, 80);
  if (before === null) return false;
  const verb = CROSSED_BY.exec(before);
  return verb !== null && ARMED_CROSSERS.test(before.slice(0, verb.index));
}

/**
 * A barrier that is the object of its own destruction ("ISIS declared the border abolished and
 * bulldozed a section of the berm", "the army demolished parts of the wall") is no barrier in
 * effect: like one crossed, it counts for nothing.
 */
const DESTROYED =
  /\b(?:bulldoz(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|demolish(?:es|ed|ing)?|flatten(?:s|ed|ing)?|raz(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|tore down|torn down|tear(?:s|ing)? down|blew up|blown up|blow(?:s|ing)? up)\s+(?:(?:a|an|the|its|their|part|parts|section|sections|stretch|stretches|length|lengths|portion|portions|of|several|some|two|three)\s+){0,5}(?:\p{L}+\s+)?$/iu;
function destroyed(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 60);
  return before !== null && DESTROYED.test(before);
}
/**
 * A barrier named only as what is not there yet ("smuggling continues through the valleys where
 * the wall has not yet reached") or as the time of another happening ("smuggling fell by a third
 * after the wall was completed") is the background of its sentence: the smuggling or crossing the
 * sentence tells decides its factor, as a concession's main clause does.
 */
const BARRIER_NOT_THERE = /^\s+(?:has|have|had|is|are|was|were|does|do|did)\s+(?:not|never|yet to)\b/i;
const BARRIER_AS_TIME = /\b(?:after|once|until|till|before)\s+(?:the|its|their)\s+(?:\p{L}+\s+)?$/iu;
function barrierAside(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 40);
  return before !== null && (BARRIER_NOT_THERE.test(tail(r) ?? "") || BARRIER_AS_TIME.test(before));
}
/**
 * A barrier told only by what it costs the people it divides ("residents say the new berm has cut
 * them off from relatives on the other side", "the fence separates farmers from their fields") is
 * a grievance against it: it tells nothing of whether the barrier holds against crossers, and
 * counts for nothing, as one crossed does. One that cuts smugglers off from their routes is not this.
 */
const COST_TO_RESIDENTS =
  /^\s+(?:(?:has|have|had|now|also)\s+){0,2}(?:cut|cuts|separated|separates|divided|divides|isolated|isolates|kept|keeps)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:off\s+)?from\s+(?:their\s+|its\s+|the\s+|his\s+|her\s+)?(?:own\s+)?(?:relatives|families|kin|kinsmen|clans?|land|lands|farmland|farmlands|fields|farms|orchards|pastures|grazing|markets?|schools?|clinics?|hospitals?|graves|homes)\b/iu;
/**
 * So is one told by the way of life it hinders: "the wall has also disrupted the movement of
 * nomadic herders", "the berm blocks the seasonal routes of shepherds". One that disrupts the
 * movement of smugglers or fighters holds against crossers and is not this.
 */
const COST_TO_WAY_OF_LIFE =
  /^\s+(?:(?:has|have|had|now|also|badly|seriously|severely)\s+){0,3}(?:disrupt(?:s|ed)?|hamper(?:s|ed)?|block(?:s|ed)?|restrict(?:s|ed)?|curb(?:s|ed)?|hinder(?:s|ed)?|upset|upsets|ended|ends)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:movements?|routes?|migrations?|livelihoods?|grazing|trade|herding|crossings?|visits?)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:herders|herdsmen|shepherds|nomads|bedouins?|farmers|residents|villagers|families|traders|tribes(?:men)?|pastoralists|flocks)\b/iu;
function costToResidents(r: Report): boolean {
  const after = tail(r) ?? "";
  return isBarrier(r) && (COST_TO_RESIDENTS.test(after) || COST_TO_WAY_OF_LIFE.test(after));
}
/**
 * A barrier named only as what talks will weigh the money or the plans for ("will host the
 * minister to discuss the budget for the remaining sections of the wall", "debated funding for the
 * fence") is a barrier not yet there: the talks are the news, and like one crossed it counts for
 * nothing. A barrier named beside talks ("discussed the wall, which now runs 200 km") is not this.
 */
const TALKED_OVER =
  /\b(?:discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing)|review(?:s|ed|ing)?|consider(?:s|ed|ing)?)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\p{L}+\s+){0,2}?(?:budget|funding|financing|cost|costs|money|plans?|proposals?|tender|contracts?)\s+(?:for|of|to\s+build|to\s+complete|on)\s+(?:[\p{L}'’-]+\s+){0,5}?$/iu;
function talkedOver(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 100);
  return before !== null && TALKED_OVER.test(before);
}
/**
 * A barrier named only as what someone describes ("the official described the wall as a barrier
 * that no terrorist will ever be able to cross", "the governor hailed the fence as a shield") is
 * a view of a barrier the article tells elsewhere, not news of one: like one talked over, it counts
 * for nothing. A barrier told with what it is ("the wall, described as the longest, runs 85 km")
 * is not this.
 */
const DESCRIBED_AS =
  /\b(?:describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|tout(?:s|ed|ing)?|prais(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|present(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|call(?:s|ed|ing)?|term(?:s|ed|ing)?)\s+(?:the|a|an|its|their|this|that)\s+(?:\p{L}+\s+)?$/iu;
function describedAs(r: Report): boolean {
  if (!isBarrier(r)) return false;
  const before = leadIn(r, 60);
  return before !== null && DESCRIBED_AS.test(before) && /^\s+as\b/i.test(tail(r) ?? "");
}
/** A crossing that did not happen ("could not cross the wall") shows the barrier holding. */
const FAILED_TO = /\b(?:not|never|no longer|cannot|unable to|fail(?:ed|s)? to|n['’]t)\b/i;

/**
 * A fact that is only a definite noun ("The seizure was one of the largest this year, ... where
 * officials say smuggling has increased") points back at an event the article has already told:
 * it adds nothing of its own, so the other clause of its sentence decides the sentence's factor.
 */
const BACK_REFERENCE = /^(?:the|this|that)\s+\p{L}+$/iu;
const refersBack = (r: Report) => r.kind !== "quantity" && BACK_REFERENCE.test(r.text.trim());

/**
 * An arrest or seizure named only by its participle before a definite noun, as the subject of
 * what the sentence tells ("the arrested smugglers had confessed to working for a network that
 * moves pills to the border", "those detained men told investigators ..."), points back at a
 * measure already told: the sentence's news is what the men said or did, so the measure is its
 * background, as a concession is. A measure told by its verb ("the guards arrested two men") is
 * no such reference.
 */
const MEASURE_AS_ATTRIBUTE =
  /^(?:the|those|these)\s+(?:\p{L}+\s+)?(?:arrested|detained|captured|apprehended)\s+(?:\p{L}+\s+)?(?:smugglers?|men|suspects?|traffickers?|infiltrators?|members?|drivers?|couriers?|gunmen)\s+(?:had|have|has|were|was|are|is|later|also|then|reportedly|allegedly)?\s*(?:confess|admit|told|tell|said|say|reveal|describ|acknowledg|led|lead|work|belong)/iu;
const measureAsAttribute = (r: Report) =>
  r.kind === "countermeasure" &&
  (r.tags.includes("arrest") || r.tags.includes("seizure")) &&
  MEASURE_AS_ATTRIBUTE.test(r.text.trim());

/**
 * A happening named, with a definite article, as what someone was told of ("the SDF had informed
 * Iraqi authorities of the escape within hours and had shared the names of all 17 men, 12 of whom
 * were recaptured") is known already: the sentence's news is the telling and what else it says,
 * so the happening is its background, as a concession is.
 */
const TOLD_OF =
  /\b(?:informed|notified|told|alerted|briefed|apprised|updated|warned)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:of|about|on)\s+$/iu;
function toldOf(r: Report): boolean {
  if (r.kind !== "event" || !/^(?:the|this|that)\s/i.test(r.text)) return false;
  const before = leadIn(r, 60);
  return before !== null && TOLD_OF.test(before);
}

/**
 * Insurgents named only as what intelligence is about ("agreed to keep sharing intelligence on
 * ISIS cells in the valleys", "information about militant networks") are the subject of the
 * cooperation the sentence tells, not news of their presence: the presence is the background of
 * its sentence, as a concession is, and the sharing decides the sentence's factor. Insurgents also
 * told of outside that phrase ("cells have regrouped, and the sides will share intelligence") are news.
 */
const PRESENCE_NOUNS = "(?:cells?|networks?|hideouts?|remnants|militants|jihadists|insurgents|fighters)";
const INTELLIGENCE_ON = new RegExp(
  String.raw`\b(?:intelligence|information|intel|tip-offs?|data)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:on|about|regarding|concerning)\s+(?:the\s+|suspected\s+|remaining\s+|possible\s+)?(?:(?:isis|isil|daesh|is|militant|jihadist|sleeper|insurgent|terrorist)\s+)?${PRESENCE_NOUNS}\b`,
  "iu",
);
const PRESENCE_WORD = new RegExp(String.raw`\b${PRESENCE_NOUNS}\b`, "i");
function presenceAsTopic(r: Report): boolean {
  if (r.kind !== "threat" || r.tags.some((t) => t !== "insurgent-presence")) return false;
  const m = INTELLIGENCE_ON.exec(r.sentenceText);
  if (!m) return false;
  const rest = r.sentenceText.slice(0, m.index) + r.sentenceText.slice(m.index + m[0].length);
  return !PRESENCE_WORD.test(rest);
}

/**
 * A measure that stopped only part of what it met ("a group of about 20 armed ISIS members crossed
 * ... and reached the desert before the army intercepted part of it", "police caught some of
 * them") tells that the rest got through: the happening it met decides the sentence's factor.
 */
const PART_ONLY =
  /\b(?:intercept|stopp|arrest|captur|caught|catch|detain|seiz|kill)\w* (?:only )?(?:part|some|a few|a handful|a third|half|one|two|three) of (?:it|them|the group|the men|the cell|the infiltrators)\b/i;
/**
 * "A group of five smugglers tried to cross and was turned back by the Border Guards, who arrested
 * two of them": a group turned back as a whole went back, not through, and the part arrested is
 * only who was held. Nothing got through, and the stop decides the sentence's factor.
 */
const TURNED_BACK_WHOLE =
  /\b(?:was|were|been|got|being)\s+(?:turned|forced|pushed|driven|sent|chased)\s+back\b|\b(?:turned|forced|pushed|drove|sent|chased)\s+(?:the\s+(?:group|band|men|smugglers|infiltrators)|them|it)\s+back\b/i;
const partOnly = (r: Report) =>
  r.kind === "countermeasure" && PART_ONLY.test(r.sentenceText) && !TURNED_BACK_WHOLE.test(r.sentenceText);

/**
 * A measure whose only effect is told as something short of stopping ("smugglers still cross ...
 * most nights, and the wall has only changed the prices", "the fence only pushed them further
 * east") did not hold: the crossing it failed to stop decides the sentence's factor.
 */
const LIMITED_EFFECT =
  /^[^.;]{0,40}?\b(?:(?:has|have|had) )?only (?:changed|raised|slowed|delayed|shifted|moved|pushed|diverted|displaced|made|added to|increased)\b/i;
function limitedEffect(r: Report): boolean {
  if (r.kind !== "countermeasure") return false;
  const after = tail(r);
  return after !== null && LIMITED_EFFECT.test(after);
}

/**
 * A fact told as what did not change something else ("the end of the mission had not affected
 * operations, and cooperation continues from Erbil", "the closure of the crossing has not reduced
 * the traffic"): the sentence reports that the other thing went on, and the fact named is its
 * background, as a concession is ("despite the end of the mission").
 */
const EFFECT_DENIED =
  /^[^.;]{0,20}?\b(?:had|has|have|did|does|do|would)(?: not|n['’]t| never)(?: yet| really| so far)? (?:affected|affect|changed|change|altered|alter|hampered|hamper|weakened|weaken|impacted|impact|disrupted|disrupt|reduced|reduce|undermined|undermine|hurt|slowed|slow)\b/iu;
function effectDenied(r: Report): boolean {
  const after = tail(r);
  return after !== null && EFFECT_DENIED.test(after);
}

/**
 * A figure that counts parts of a building ("regained control of two wings after detainees
 * rioted", "three dormitories were searched") measures the site, and one that gives how long
 * something lasted ("rioted for nine hours") measures a span of time: neither is a population of
 * detainees, nor anything else a factor weighs, and the sentence goes by what it tells of them. A
 * figure of the men in them ("1,500 men in two wings") is a count of people, and hours that
 * measure a distance ("an hour's drive from the border") are no span something lasted.
 */
const BUILDING_PARTS = /^(?:wings?|wards?|dormitor(?:y|ies)|cell\s?blocks?|floors?)$/i;
const SPAN_OF_TIME = /^(?:minutes?|hours?)$/i;
const LASTED_FOR = /\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+)?$/i;
const countsPartsOrSpan = (r: Report) =>
  r.kind === "quantity" &&
  (BUILDING_PARTS.test(r.unit ?? "") ||
    (SPAN_OF_TIME.test(r.unit ?? "") && LASTED_FOR.test(leadIn(r, 30) ?? "")));

/**
 * A note on what a count covers ("Our count covers only the attacks ISIS claimed, and the real
 * number is probably higher", "the tally relies on open sources", "the figures exclude attacks
 * no one claimed") tells how the count was made, not anything that happened: the attacks it names
 * are the kind counted, told as what the count leaves in or out. A count told by its figure ("our
 * records count 23 attacks", "the tally includes 14 ambushes") is evidence and not this.
 */
const METHOD_NOTE =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:our|the|this|that|these|those|its|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:count|counts|tally|tallies|figures?|data|dataset|database|numbers?|list|estimates?|totals?|records?)\s+(?:(?:covers?|includes?|counts?|records?|reflects?|takes\s+in)\s+only\b|only\s+(?:covers?|includes?|counts?|records?|reflects?)\b|(?:relies|rely|relied|draws?|drew|(?:is|are|was|were)\s+based)\s+(?:only\s+|solely\s+|mainly\s+|largely\s+)?on\b|(?:excludes?|omits?|leaves?\s+out)\b|(?:does|do|did)\s+not\s+(?:include|cover|count)\b)/iu;
const methodNote = (r: Report) => METHOD_NOTE.test(r.sentenceText);

/**
 * What a sentence's own words say of every factor alike: told in a way that fits none (crossed by,
 * destroyed, talked over), or only as background (2) or a reference back (0.5). It depends on the
 * report alone, so it is read once per report, not once per factor.
 */
const readings = new WeakMap<Report, { unfit: boolean; background: number }>();
function readingOf(r: Report): { unfit: boolean; background: number } {
  const known = readings.get(r);
  if (known) return known;
  const unfit =
    crossedBy(r) ||
    destroyed(r) ||
    talkedOver(r) ||
    describedAs(r) ||
    costToResidents(r) ||
    countsPartsOrSpan(r) ||
    methodNote(r);
  const background = unfit
    ? 0
    : (concessive(r) ||
      crossed(r) ||
      locatedBy(r) ||
      barrierAside(r) ||
      partOnly(r) ||
      toldOf(r) ||
      limitedEffect(r) ||
      effectDenied(r) ||
      measureAsAttribute(r) ||
      presenceAsTopic(r)
        ? 2
        : 0) + (refersBack(r) ? 0.5 : 0);
  const reading = { unfit, background };
  readings.set(r, reading);
  return reading;
}

function bestFit(
  factor: Factor,
  r: Report,
  at: Date,
  detail = false,
): { fit: number; pushes: Pattern["pushes"] } | null {
  const reading = readingOf(r);
  if (reading.unfit) return null;
  let best: { fit: number; pushes: Pattern["pushes"] } | null = null;
  const background = reading.background + (detail ? 0.5 : 0);
  for (const p of factor.evidence) {
    const fit = patternFit(p, r, at);
    const f = fit > 0 ? Math.max(0.1, fit - background) : 0;
    if (f > 0 && (!best || f > best.fit)) best = { fit: f, pushes: p.pushes };
  }
  return best;
}

/**
 * A force's withdrawal told as happening, intended or feared, not denied, and not only as the
 * time of something else: "a memorandum ... that keeps the relationship alive after the troops
 * leave" tells of the memorandum, dated by the withdrawal.
 */
const WITHDRAWAL_AS_TIME = /\b(?:after|once|when|until|till|before)\b/;
const tellsWithdrawal = (r: Report) =>
  r.kind !== "quantity" &&
  r.tags.includes("troop-withdrawal") &&
  r.modality !== "negated" &&
  !WITHDRAWAL_AS_TIME.test(ownClause(r)) &&
  // "The end of the mission had not affected operations": the withdrawal is the background of
  // what went on, and the terms the sentence tells are not the withdrawal's.
  !effectDenied(r);
/** Talks or an agreement, and nothing else the sentence's withdrawal does not already tell. */
const termsOfWithdrawal = (r: Report) =>
  r.kind !== "quantity" && r.tags.includes("diplomacy") && !r.tags.includes("troop-withdrawal");

/** For each sentence, the candidate of each factor with the best fit. */
function candidatesBySentence(
  theme: Theme,
  reports: Report[],
  at: Date,
  options: { scopes?: boolean } = {},
): Map<string, Candidate[]> {
  const factors = [
    ...theme.drivers.map((f) => ({ f, role: "driver" as const })),
    ...theme.mitigators.map((f) => ({ f, role: "mitigator" as const })),
  ];
  // A sentence that denies what a factor looks for ("reports of an escape are untrue") is a
  // denial, whatever else it mentions: it goes to the conflict, never to the factor's support.
  const denies = new Set<string>();
  // "The posts facing the town have stood empty and nobody patrols the other side": a negation
  // that tells the ground unheld, in a sentence that asserts the same absence, is that absence
  // told again, not a denial of it.
  // Only the factor that the asserted absence itself fits is spared: the negation still denies
  // the forces it names to any factor that reads them ("reinforcements reached the town, but no
  // units are stationed in the desert").
  const unheldTold = new Map<string, Report[]>();
  for (const x of reports)
    if (x.modality === "asserted" && x.tags.includes("security-vacuum"))
      unheldTold.set(x.key, [...(unheldTold.get(x.key) ?? []), x]);
  const absenceFits = (r: Report, f: Factor) =>
    r.tags.includes("security-vacuum") &&
    (unheldTold.get(r.key) ?? []).some((u) => f.evidence.some((p) => patternFit(p, u, at) > 0));
  // Attempts stopped and counted ("foiled 190 smuggling attempts") were made: no denial.
  // Nor does a stop that killed deny the killing ("foiled an attempt, killing three smugglers").
  // "Covered by a trench and a berm but has no wall": the one item lacking denies none beside it.
  const itemsTold = (r: Report) =>
    reports.some(
      (x) => x.key === r.key && x.kind === r.kind && x.modality === "asserted" && x.text !== r.text,
    );
  for (const r of reports.filter((x) => isDenial(x) && !attemptsStopped(x) && !killedInStop(x))) {
    if (onlyItemLacking(r) && itemsTold(r)) continue;
    for (const { f } of factors) {
      if (absenceFits(r, f)) continue;
      const forPatterns = f.evidence.filter((p) => p.pushes === "for" && !p.modality.includes("negated"));
      if (forPatterns.some((p) => patternFit(p, r, at, { modality: false }) > 0))
        denies.add(`${r.key}|${f.id}`);
    }
  }
  // A figure in a sentence that also tells what happened or was done ("9,000 detainees are held
  // ..., and the security of those facilities remains a priority for the coalition") is a detail
  // of it: the sentence goes by what it tells.
  const told = new Set(reports.filter((r) => r.kind !== "quantity").map((r) => r.key));
  // Talks or an agreement told in a sentence that also tells of a force's withdrawal ("In line
  // with our agreement with the Government of Iraq, we completed the transition of our forces
  // out", "announced its intention to end the mission ..., and talks on a timetable began") are
  // the terms of that withdrawal: the withdrawal decides the sentence's factor.
  const withdrawals = reports.filter(tellsWithdrawal);
  const withdrawing = new Set(withdrawals.map((r) => r.key));
  // "Has reduced its forces in Iraq to fewer than 1,000 troops, most of them at Erbil", "plans to
  // cut the number of US troops in Syria to fewer than 1,000": a count told inside the words of a
  // force's withdrawal is the size the withdrawal leaves, a measure of the cut, and no presence
  // kept that would weigh against it.
  const measuresWithdrawal = (r: Report) =>
    r.kind === "quantity" && withdrawals.some((w) => w.key === r.key && w.text.includes(r.text));
  // "Seventeen detainees escaped on Saturday and five were recaptured by Sunday": a sentence that
  // itself tells the escape is the report of it, and the recapture is its detail. Told on its own
  // ("five of the escapees were recaptured, while the rest are at large"), the recapture is the
  // guard force regaining control.
  const escapeTold = new Set(reports.filter(tellsEscape).map((r) => r.key));
  const weighsKilling = theme.drivers.some((f) =>
    f.evidence.some((p) => p.allTags.includes("casualties") || p.anyTags.includes("casualties")),
  );
  const out = new Map<string, Candidate[]>();
  for (const raw of reports) {
    // "Foiled 41 attempts in November, against 29 in October", "foiled 29 attempts, killing 17
    // smugglers": a count of attempts stopped denies none of them (`attemptsStopped`). Where the
    // count rises, or the stops killed, what the sentence tells of the attempts is asserted.
    // "Have recorded repeated attempts by armed men to approach the wall": the attempts were made.
    const given: Report =
      (attemptsStopped(raw) && risingTally(raw)) || killedInStop(raw) || attemptsRecorded(raw)
        ? { ...raw, modality: "asserted" }
        : raw;
    // "Escort the loads to the wall": the wall is where they go, no fortification of the border.
    const placed = barrierOnlyDestination(given)
      ? { ...given, tags: given.tags.filter((t) => t !== "fortification") }
      : given;
    // "Withdrew from the checkpoints to reinforce the north, leaving them unmanned": the
    // reinforcement is elsewhere, and the sentence tells the area left (`reinforcesElsewhere`).
    const reinforced = reinforcesElsewhere(placed)
      ? { ...placed, tags: placed.tags.filter((t) => t !== "troop-deployment") }
      : placed;
    // "Raised their state of alert along the frontier ... after the riot": the riot at the prison
    // is the occasion of the border measure, not where it was taken (`riotOnlyOccasion`).
    const occasioned = riotOnlyOccasion(reinforced)
      ? { ...reinforced, tags: reinforced.tags.filter((t) => t !== "riot") }
      : reinforced;
    // "Agreed that the mission of the coalition will end by September": a withdrawal agreed.
    const departed: Report = missionOfForceEnds(occasioned)
      ? { ...occasioned, tags: [...occasioned.tags, "troop-withdrawal"] }
      : occasioned;
    // "Most of the seizures were made on the desert tracks south of the crossing": where the hauls
    // are caught tells the routes the trade takes, a standing traffic (a threat of smuggling), not
    // the stopping of one load. "That is twice the 12 million seized last year": hauls that rose
    // over an earlier period's tell the traffic growing, as a rising tally does.
    const traffic = seizuresByPlace(departed) || haulsRoseOver(departed);
    const report: Report = traffic
      ? {
          ...departed,
          kind: "threat",
          tags: [...departed.tags.filter((t) => t !== "seizure" && t !== "arrest"), "smuggling"],
        }
      : crossedByArmed(departed)
        ? {
            ...departed,
            kind: "threat",
            tags: [
              ...new Set([
                ...departed.tags.filter((t) => t !== "fortification"),
                "border-security" as const,
                "infiltration" as const,
              ]),
            ],
          }
        : departed;
    // A list of index terms names subjects without telling anything of them.
    if (indexLine(report)) continue;
    // A happening someone asks about is a question's topic, not a report of it.
    if (askedAbout(report)) continue;
    // What an exercise imagines ("in the scenario, escapees reached the wall") happened nowhere.
    if (inExerciseScenario(report)) continue;
    // A numbered task set to learners ("Exercise 2: explain why a wall alone cannot ...") names
    // a subject of study, not a fact.
    if (studyTask(report)) continue;
    // A crime's penalty in law or a body's resolve against it names a category, not a deed.
    if (lawOrResolve(report)) continue;
    // "Decisions on deployments abroad are taken by the President": who decides, no deployment.
    if (procedureOnly(report)) continue;
    // History decades old, or goods named as smuggled in a sentence about something else.
    if (notTheTradeNow(report)) continue;
    // A departure named only as what a judgement weighs ("was a step toward sovereignty").
    if (judgedOnly(report)) continue;
    // "Families try to escape the cold": shelter from the weather, no breakout.
    if (escapeFromWeather(report)) continue;
    // "At least 20 detainees escaped, two local sources told the site": who told it, no fact.
    if (countsTellers(report)) continue;
    // "He had never tried to escape": one man's conduct, not a site that held its detainees.
    if (ownAttemptDenied(report)) continue;
    // "Posts claiming that aircraft bombed the prison were false": a claim rated false shows nothing.
    if (claimRatedFalse(report)) continue;
    // "Should withdraw its objection to jet purchases": a stand withdrawn, no force.
    if (withdrawsNoForce(report)) continue;
    // "The wall has become a symbol in Iraqi politics": what it stands for, no account of it.
    if (symbolOnly(report)) continue;
    // "Remained in the town until the army restored control": the force's act is the hold's end.
    if (endsHold(report)) continue;
    // "Cameras cover the sectors most used by infiltrators": the crossers describe the place.
    if (crossersOnlyOfPlace(report)) continue;
    // "Patrols recorded 19 attempts by armed men to approach the berm": the recorder, no measure.
    if (recorderOnly(report)) continue;
    // "Will continue its work to return the remaining citizens": a return pledged, not done.
    if (returnPledgedOnly(report)) continue;
    // "No group had claimed the ambush by Monday": the attack already told, referred back to.
    if (unclaimedOnly(report)) continue;
    // "The ambush recalls the dark years when the organisation ruled Palmyra": what it evokes.
    if (recalledOnly(report)) continue;
    // "Fans were caught smuggling flares into the stadium": past a gate, across no border.
    if (smuggledIntoVenue(report)) continue;
    // "The town's new fortified water tower": no line of defence.
    if (fortifiedThingOnly(report)) continue;
    // "Not a wall you build once": a maxim of what a wall is, no wall reported.
    if (genericYouOnly(report)) continue;
    // "Amnesty calls on states to repatriate their nationals": asked for, not done. A call for a
    // force to leave ("called on the government to set a date for the departure of the advisers")
    // is the demand itself, the pressure to withdraw that the call makes, and stays.
    if ((appealOnly(report) || callForOnly(report)) && !demandsDeparture(report)) continue;
    // "If the coalition's funding stopped, half would leave": a supposition, not a report.
    if (conditionOnly(report)) continue;
    // "The OIG did not evaluate the vehicles transferred": an overseer's scope, nothing done.
    if (notExamined(report)) continue;
    // What a piece says it is about, introducing itself, is its scope; the facts follow. It still
    // tells where the story is set (`scopes`).
    if (!options.scopes && documentScope(report)) continue;
    if (termsOfWithdrawal(report) && withdrawing.has(report.key)) continue;
    const detail = report.kind === "quantity" && told.has(report.key);
    // "At least 20 detainees accused of belonging to ISIS escaped from the prison": the count of
    // the escapees is a detail of the escape the sentence tells, and the sentence goes by the
    // escape, not by how many men a site holds (the figure still fits there, as what else the
    // sentence bears on).
    const escapees = detail && report.tags.includes("escape") && escapeTold.has(report.key);
    // "Attempts have risen, with 37 foiled in November": the stopped attempts measure the rise.
    // "Also seized pistols, which proves that the drug trade arms the gangs": proof of the trade.
    // "Likelihood 4, since two drivers were caught selling diesel to smugglers": the ground of a risk.
    // Read once per report: such a catch counts under no mitigator.
    // "Foiled 41 attempts in November, compared with 29 in October": a rising tally is the trend.
    const catchShowsTraffic =
      traffic ||
      stopsMeasureRise(report) ||
      seizureAsProof(report) ||
      catchGroundsRisk(report) ||
      stopShowsRise(report);
    for (const { f, role } of factors) {
      if (report.modality !== "negated" && denies.has(`${report.key}|${f.id}`)) continue;
      if (role === "mitigator" && catchShowsTraffic) continue;
      if (role === "mitigator" && measuresWithdrawal(report)) continue;
      // "Which is watched only by a few police posts": the thinness of the guard, no defence.
      if (role === "mitigator" && scantCover(report)) continue;
      if (role === "mitigator" && isRecapture(report) && escapeTold.has(report.key)) continue;
      // "A riot broke out ..., and our forces ended it within three hours": the outbreak put down
      // in the same sentence is the guard force's control, not pressure on the site (`endedAtSite`).
      if (role === "driver" && endedAtSite(report)) continue;
      // "Intercepted a group of smugglers crossing. The smugglers opened fire ...": where the theme
      // weighs the fight (a factor reads casualties), the interception is the run that led to it.
      if (role === "mitigator" && weighsKilling && interceptionBeforeClash(report)) continue;
      const fitted = bestFit(f, report, at, detail);
      const best = fitted && escapees ? { ...fitted, fit: Math.max(0.1, fitted.fit - 2) } : fitted;
      if (!best) continue;
      const list = out.get(report.key) ?? [];
      const held = list.find((c) => c.factor.id === f.id);
      // Of two facts of one sentence that fit a factor equally, the one told as fact stands for it:
      // "the delegation watched the guards turn back six men trying to cross" is a stop that was
      // seen, though the crossing it stopped was only tried.
      if (held && (held.fit > best.fit || (held.fit === best.fit && !moreCertain(report, held.report))))
        continue;
      const next = { factor: f, role, report, ...best };
      out.set(report.key, held ? list.map((c) => (c === held ? next : c)) : [...list, next]);
    }
  }
  // "Foiled an attempt to smuggle narcotics, killing six smugglers": where the theme weighs the
  // killing itself (a factor whose pattern reads casualties), the stop that killed is a clash, and
  // the stopping yields to it. A theme with no such factor keeps the stop.
  for (const [key, list] of out) {
    const clash = list.some(
      (c) =>
        c.role === "driver" &&
        c.report.tags.includes("casualties") &&
        c.factor.evidence.some(
          (p) =>
            (p.allTags.includes("casualties") || p.anyTags.includes("casualties")) &&
            patternFit(p, c.report, at) > 0,
        ),
    );
    if (!clash) continue;
    const kept = list.filter((c) => !(c.role === "mitigator" && isStop(c.report)));
    if (kept.length < list.length) out.set(key, kept);
  }
  // "On 22 December the command announced it had foiled an attempt to smuggle 4.2 million pills.
  // In a statement on Monday, the army said a count had found 2.6 million, and that the first
  // figure had been an estimate": a figure its own article later says was revised or corrected is
  // the same matter told once, from the revision (the analytic convention's rule 14). The first
  // telling leaves the factor the revision is cited under; the revision stands.
  for (const list of out.values()) {
    const r = list[0]?.report;
    if (!r || !REVISES_FIRST.test(r.sentenceText)) continue;
    for (const back of [1, 2]) {
      const earlierKey = `${r.articleId}#${r.sentence - back}`;
      const earlier = out.get(earlierKey);
      if (!earlier?.some((c) => revisedIn(c.report.sentenceText, r.sentenceText))) continue;
      const factors = new Set(list.map((c) => c.factor.id));
      const kept = earlier.filter((c) => !factors.has(c.factor.id));
      if (kept.length < earlier.length) {
        if (kept.length > 0) out.set(earlierKey, kept);
        else out.delete(earlierKey);
        break;
      }
    }
  }
  return out;
}

/** A force's departure told as what is asked for: a demand to withdraw it, not a withdrawal done. */
const demandsDeparture = (r: Report) => r.tags.includes("troop-withdrawal") && r.modality === "hypothetical";

/** Whether `a` is told with more certainty than `b`: asserted over supposed or denied. */
const moreCertain = (a: Report, b: Report) => a.modality === "asserted" && b.modality !== "asserted";

/** Those a report names as its informants: "two local sources", "three US officials". */
const TELLERS = /\b(?:sources|officials|witnesses|eyewitnesses|diplomats|informants)$/i;
/**
 * "At least 20 detainees escaped ..., two local sources told Ultra Sawt", "according to three
 * officials": a figure that counts who told the story, as the subject of a verb of telling or
 * after "according to", tells nothing of what happened. "Two officials were killed" still counts.
 */
function countsTellers(r: Report): boolean {
  if (r.kind !== "quantity" || !TELLERS.test(r.text.trim())) return false;
  const at = r.sentenceText.indexOf(r.text);
  if (at < 0) return false;
  const after = r.sentenceText.slice(at + r.text.length);
  return (
    /^,?\s+(?:who\s+)?(?:told|said|say|says|reported|confirmed|stated|speaking)\b/i.test(after) ||
    /\baccording to\s+$/i.test(r.sentenceText.slice(0, at))
  );
}

/** An escape told as having happened. */
const tellsEscape = (r: Report) =>
  r.kind === "event" && r.modality === "asserted" && r.tags.includes("escape");

/** Escapees caught again: an arrest of those who escaped. */
const isRecapture = (r: Report) =>
  r.kind === "countermeasure" && r.tags.includes("arrest") && r.tags.includes("escape");

/** A stop: a seizure or an arrest, or the count of one. */
const isStop = (r: Report) =>
  (r.kind === "countermeasure" || r.kind === "quantity") &&
  r.tags.some((t) => t === "seizure" || t === "arrest");

/** A seizure or an arrest told in a tally that rises over an earlier period's (`risingTally`). */
const stopShowsRise = (r: Report) => isStop(r) && risingTally(r);

/**
 * A turn of a transcript, an interview or a vox pop: a line opened by its speaker's label ("Q:",
 * "A:", "MAYOR:", "REPORTER (voice-over):", "Khalid, 41, taxi driver:", "Answer of the
 * Minister:"). The label is short, capitalised and holds no sentence's end.
 */
const TURN_LABEL = /^[\s"'“‘]*[\p{Lu}\d][^:.!?"“”\n]{0,40}:\s+\S/u;

/**
 * A piece that opens by saying it is an interview: "The Media Line spoke by telephone with
 * Commander Hozan Derwish", "said in an interview with". Its turns may carry no labels: the
 * questions end in "?", the answers follow.
 */
const INTERVIEW_INTRO =
  /\b(?:spoke|talked) (?:by (?:tele)?phone |on the (?:tele)?phone |exclusively )?(?:with|to) (?:[\w'’.-]+ ){0,3}?(?:commander|minister|general|colonel|official|spokes(?:man|woman|person)|director|chief|governor|mayor)\b|\bin an? (?:exclusive |telephone |phone )?interview with\b/i;

/**
 * The reports of each article's lede: its first two sentences. In a piece told in labelled turns
 * (two or more), the host's greeting, the introduction of the guest and the questions tell
 * nothing of their own: there the lede also holds the first two turns that report something and
 * ask nothing ("A: A group of eight terrorists approached the wall"), which set the story as a news
 * lede does. So does an interview whose turns carry no labels, told by its opening (INTERVIEW_INTRO).
 */
function ledeReports(reports: Report[]): Report[] {
  const sentencesOf = new Map<string, Map<number, string>>();
  for (const r of reports) {
    const own = sentencesOf.get(r.articleId) ?? new Map<number, string>();
    own.set(r.sentence, r.sentenceText);
    sentencesOf.set(r.articleId, own);
  }
  const turnLede = new Map<string, Set<number>>();
  for (const [articleId, own] of sentencesOf) {
    const ordered = [...own].sort((a, b) => a[0] - b[0]);
    const interview = ordered.some(([n, text]) => n <= 1 && INTERVIEW_INTRO.test(text));
    if (!interview && ordered.filter(([, text]) => TURN_LABEL.test(text)).length < 2) continue;
    const told = ordered.filter(([, text]) => !text.trim().endsWith("?")).slice(0, 2);
    turnLede.set(articleId, new Set(told.map(([n]) => n)));
  }
  return reports.filter((r) => r.sentence <= 1 || turnLede.get(r.articleId)?.has(r.sentence));
}

/** A group told by what it once held: "old ISIS positions", "former Daesh tunnels", "ISIS-era mines". */
const LEGACY_OF_GROUP =
  /\b(?:old|former|abandoned|ex-|disused|leftover)\s+(?:isis|isil|daesh|is|islamic state)\b|\b(?:isis|isil|daesh)[-\s]era\b|\bleft (?:behind )?by (?:isis|isil|daesh|the islamic state)\b/i;

/**
 * The places a theme's patterns name one by one (a border town, a crossing, a desert: not a whole
 * country, not "in:" a country), and the tags its patterns require of every fact they take (all
 * of `allTags`): a site the theme is about, and the terms in which it is about it.
 */
const SITES = new WeakMap<Theme, { sites: Set<string>; terms: Set<string> }>();
function themeSites(theme: Theme): { sites: Set<string>; terms: Set<string> } {
  const known = SITES.get(theme);
  if (known) return known;
  const patterns = [...theme.drivers, ...theme.mitigators].flatMap((f) => f.evidence);
  const sites = new Set(
    patterns.flatMap((p) => p.places.filter((s) => s.startsWith("place/") || s.startsWith("facility/"))),
  );
  const terms = new Set<string>(patterns.flatMap((p) => p.allTags));
  const out = { sites, terms };
  SITES.set(theme, out);
  return out;
}

/** The tag the extractor gives a sentence that tells of a site of a lexicon kind. */
const SITE_TAGS: Readonly<Record<string, readonly string[]>> = {
  camp: ["detention-facility"],
  prison: ["detention-facility"],
};

/** The countries a theme's patterns look for facts in ("country/syria"). */
const COUNTRIES = new WeakMap<Theme, Set<string>>();
function themeCountries(theme: Theme): Set<string> {
  const known = COUNTRIES.get(theme);
  if (known) return known;
  const out = new Set(
    [...theme.drivers, ...theme.mitigators].flatMap((f) =>
      f.evidence.flatMap((p) => p.places.filter((s) => s.startsWith("country/"))),
    ),
  );
  COUNTRIES.set(theme, out);
  return out;
}

/** A theme's own countries: its region's focus and the countries its factors look in. */
const HOMES = new WeakMap<Theme, Set<string>>();
function homeCountries(theme: Theme): Set<string> {
  const known = HOMES.get(theme);
  if (known) return known;
  const out = new Set([
    ...themeCountries(theme),
    ...theme.region.focus.map((name) => `country/${name.toLowerCase().replace(/\s+/g, "-")}`),
  ]);
  HOMES.set(theme, out);
  return out;
}

/**
 * "The United States will withdraw its troops from Niger by June", "Italy will pull its soldiers
 * out of Lebanon": a force withdrawn from a place the lexicon knows outside the theme's region, in
 * a report that names no place of that region (in its sentence, its lede or its setting), is
 * withdrawn from somewhere else and tells nothing of a withdrawal there, whoever's force it is. A
 * place the lexicon does not know ("no longer fly from Qasrak") may lie in the region: it stays.
 */
const WITHDRAWN_FROM =
  /\b(?:from|out of|leave|leaves|leaving|left)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;
function withdrawnElsewhere(theme: Theme, r: Report): boolean {
  if (!r.tags.includes("troop-withdrawal")) return false;
  const home = homeCountries(theme);
  const [west, south, east, north] = theme.region.bbox;
  const inRegion = (e: ResolvedEntity) =>
    (e.type === "place" || e.type === "facility") &&
    ((e.lexiconId !== null && home.has(e.lexiconId)) ||
      (e.coordinates !== null &&
        e.coordinates[0] >= west &&
        e.coordinates[0] <= east &&
        e.coordinates[1] >= south &&
        e.coordinates[1] <= north));
  const elsewhere = r.sentenceNamed.filter(
    (e) => (e.type === "place" || e.type === "facility") && e.lexiconId !== null && !inRegion(e),
  );
  if (elsewhere.length === 0) return false;
  const left = [...r.text.matchAll(WITHDRAWN_FROM)].map((m) => m[1] ?? "");
  if (!left.some((name) => elsewhere.some((e) => name === e.name || name.startsWith(`${e.name} `))))
    return false;
  return ![...r.sentenceNamed, ...r.named, ...r.setting].some(inRegion);
}

/**
 * Whether an article's facts name countries and only countries outside the theme's own (its focus
 * and the countries its factors look in): "Two inmates escaped from Valdice prison ... near the
 * Polish border" is set abroad; a story that names no country is not.
 */
function setAbroad(theme: Theme, own: readonly Report[]): boolean {
  const home = homeCountries(theme);
  const named = own
    .flatMap((r) => r.named.map((e) => e.lexiconId ?? ""))
    .filter((id) => id.startsWith("country/"));
  return named.length > 0 && !named.some((id) => home.has(id));
}

/**
 * Articles whose lede tells nothing the extractor reads as a fact ("Pilgrims will enter Iraq only
 * through the Al-Qaim crossing"), but a later sentence of which bears on the theme by what it
 * names itself ("two brigades of the Border Forces have been deployed along the border in the
 * Al-Qaim sector"): the piece is about the theme, and its lede's places are its setting.
 */
function bearsBelowLede(theme: Theme, reports: Report[], lede: Report[], at: Date): Set<string> {
  const ledeTold = new Set(lede.map((r) => r.articleId));
  const later = reports.filter((r) => !ledeTold.has(r.articleId) && r.setting.length > 0);
  if (later.length === 0) return new Set();
  const own = candidatesBySentence(
    theme,
    later.map((r) => ({ ...r, setting: [] })),
    at,
    { scopes: true },
  );
  return new Set(later.filter((r) => own.has(r.key)).map((r) => r.articleId));
}

/**
 * Reports of articles whose lede bears on the theme, read in the setting the lede gives: a later
 * sentence is also about the places the lede names. An article whose lede is about something else
 * (a football match) lends its later sentences no setting.
 */
function inSetting(theme: Theme, reports: Report[], at: Date): Report[] {
  const lede = ledeReports(reports);
  const onTopic = new Set(candidatesBySentence(theme, lede, at, { scopes: true }).keys());
  // A lede that names a site of a kind the theme is about ("a complaint by residents of Al-Hol
  // camp", "the administration of the camp rejected reports") sets its story at that site, though
  // it tells nothing yet that bears on a factor: later sentences happen there.
  const kinds = new Set(
    [...theme.drivers, ...theme.mitigators].flatMap((f) =>
      f.evidence.flatMap((p) => p.places.filter((s) => s.startsWith("kind:")).map((s) => s.slice(5))),
    ),
  );
  const atSite = (r: Report) => r.named.some((e) => e.type === "facility" && kinds.has(e.kind ?? ""));
  // So does a lede that tells, in the theme's own terms, of a place the theme names by itself ("an
  // inspection team inspected the Al-Qaim border sector"): an inspection, a visit or a tour of a
  // border sector sets the memorandum's findings there, though the visit itself is no evidence.
  const { sites, terms } = themeSites(theme);
  const atNamedPlace = (r: Report) =>
    r.tags.some((t) => terms.has(t)) && r.named.some((e) => e.lexiconId !== null && sites.has(e.lexiconId));
  // So does a lede that tells, by the tag the extractor gives such sites, of a kind of site the
  // theme is about in a country where its patterns look for it ("the Union's support for the
  // detention of detainees in the north-east of Syria"), though it names no one site.
  const countries = themeCountries(theme);
  const siteTags = new Set([...kinds].flatMap((k) => SITE_TAGS[k] ?? []));
  const inCountryOfSite = (r: Report) =>
    r.tags.some((t) => siteTags.has(t)) &&
    r.named.some((e) => e.lexiconId !== null && countries.has(e.lexiconId));
  const articles = new Set(
    lede
      .filter((r) => onTopic.has(r.key) || atSite(r) || atNamedPlace(r) || inCountryOfSite(r))
      .map((r) => r.articleId),
  );
  for (const id of bearsBelowLede(theme, reports, lede, at)) articles.add(id);
  // A sentence that itself names a jihadist group ("our security log records 27 attacks attributed
  // to ISIS cells within 30 kilometres of our teams") is news of the insurgency whatever the lede
  // is about (a vaccination round): it happens in the places the lede sets the piece in. A group
  // named only as what it left behind ("a mine near old ISIS positions") acts in no such news.
  const insurgent = (r: Report) =>
    r.sentenceNamed.some((e) => e.kind === "jihadist") && !LEGACY_OF_GROUP.test(r.sentenceText);
  return reports.map((r) =>
    articles.has(r.articleId) || r.setting.length === 0 || insurgent(r) ? r : { ...r, setting: [] },
  );
}

/**
 * Each sentence under the one factor of the theme it fits best, kept where `allowed` has that
 * factor: a sentence counts once per judgment, and a judgment that does not weigh what a sentence
 * is about does not borrow it under a factor it fits less well.
 */
function assign(bySentence: Map<string, Candidate[]>, allowed: Set<string>): Map<string, Candidate[]> {
  const byFactor = new Map<string, Candidate[]>();
  for (const list of bySentence.values()) {
    const best = [...list].sort((a, b) => b.fit - a.fit || b.factor.weight - a.factor.weight)[0];
    if (!best || !allowed.has(best.factor.id)) continue;
    const held = byFactor.get(best.factor.id);
    if (held) held.push(best);
    else byFactor.set(best.factor.id, [best]);
  }
  return byFactor;
}

/**
 * For each factor, the sentences that fit it but that a judgment does not count under it: those it
 * counts under another of its factors, and those that fit best a factor of another judgment. They
 * address this factor's question, though each is weighed once, where it fits best: the smuggling
 * of fuel by families who trade across the border, counted as pressure of infiltration on it,
 * still tells that smuggling across the border goes on.
 */
function alsoFitting(
  bySentence: Map<string, Candidate[]>,
  assigned: Map<string, Candidate[]>,
): Map<string, Candidate[]> {
  const counted = new Map([...assigned.values()].flat().map((c) => [c.report.key, c.factor.id] as const));
  const out = new Map<string, Candidate[]>();
  for (const [key, list] of bySentence) {
    const under = counted.get(key);
    for (const c of list) {
      if (c.factor.id === under) continue;
      const held = out.get(c.factor.id);
      if (held) held.push(c);
      else out.set(c.factor.id, [c]);
    }
  }
  return out;
}

/** Combined strength of independent reports, 0–1: the best report of each source, combined as noisy-or. */
function strength(items: { weight: number; sourceKey: string }[]): number {
  const bySource = new Map<string, number>();
  for (const i of items) bySource.set(i.sourceKey, Math.max(bySource.get(i.sourceKey) ?? 0, i.weight));
  return 1 - [...bySource.values()].reduce((rest, w) => rest * (1 - w), 1);
}

/** Evidence listed per factor; the corpus's most is 6. */
const MAX_EVIDENCE_PER_FACTOR = 60;

/**
 * An analyst's exclusions and moves, applied to the candidates before any factor is scored: an
 * excluded sentence is no candidate of that factor; a moved one is a candidate of its new factor
 * only, fitting as well as the best fit the machine found for it.
 */
function steer(
  theme: Theme,
  bySentence: Map<string, Candidate[]>,
  byKey: Map<string, Report>,
  o: BriefingOverrides,
  at: Date,
): Map<string, Candidate[]> {
  const out = new Map(bySentence);
  for (const x of o.exclude) {
    const list = out.get(x.sentence);
    if (list)
      out.set(
        x.sentence,
        list.filter((c) => c.factor.id !== x.factor),
      );
  }
  const factors = [
    ...theme.drivers.map((f) => ({ f, role: "driver" as const })),
    ...theme.mitigators.map((f) => ({ f, role: "mitigator" as const })),
  ];
  for (const m of o.move) {
    const target = factors.find((x) => x.f.id === m.to);
    const list = bySentence.get(m.sentence) ?? [];
    const machine = [...list].sort((a, b) => b.fit - a.fit)[0];
    const report = machine?.report ?? byKey.get(m.sentence);
    if (!target || !report) continue;
    const own = bestFit(target.f, report, at);
    out.set(m.sentence, [
      {
        factor: target.f,
        role: target.role,
        report,
        fit: Math.max(own?.fit ?? 0, machine?.fit ?? 1),
        pushes: own?.pushes ?? "for",
        movedFrom: machine?.factor.id ?? null,
      },
    ]);
  }
  return out;
}

/** The sentences of the articles from which the extractor drew no fact. */
function bareSentences(docs: readonly SourceDocument[], reports: readonly Report[]): BareSentence[] {
  const told = new Set(reports.map((r) => r.key));
  return docs.flatMap(({ article, facts }) =>
    facts.sentences
      .filter((s) => !told.has(`${article.id}#${s.index}`))
      .map((s) => ({ articleId: article.id, sentence: s.index, text: s.text })),
  );
}

export function assess(
  theme: Theme,
  machineDocs: readonly SourceDocument[],
  briefingDate: Date,
  overrides?: BriefingOverrides,
): Assessment {
  const at = briefingDate;
  const steered = hasOverrides(overrides) ? overrides : undefined;
  const { sources: docs, machine: machineGrades } = regrade(machineDocs, steered);
  // An article about a film, an exhibition, a match or a history uses the theme's words for
  // something else: none of its sentences is evidence, and it is listed as unused with the reason.
  const framed = new Map(
    docs.flatMap((d) => {
      const frame = articleFrame(d);
      return frame ? [[d.article.id, frame] as const] : [];
    }),
  );
  // An article none of whose facts involves a security actor, a detention facility or a base uses
  // the theme's words as metaphors (a "jailbreak" rally, storks "infiltrating" a province): it is
  // not used either, with the reason.
  const collected = collectReports(docs.filter((d) => !framed.has(d.article.id)));
  const reportsOf = new Map<string, Report[]>();
  for (const r of collected) {
    const list = reportsOf.get(r.articleId);
    if (list) list.push(r);
    else reportsOf.set(r.articleId, [r]);
  }
  // Only an article whose words fit some factor needs that reason: one that fits none (a weather
  // report) is plainly one that "reports nothing that bears on any factor".
  const topic = theme.topic;
  for (const d of docs) {
    if (framed.has(d.article.id)) continue;
    const own = reportsOf.get(d.article.id) ?? [];
    const fits = (r: Report) => fitsAnyFactor(theme, r, at);
    if (!own.some(fits)) continue;
    const reason = ungroundedReason(own, fits);
    if (reason) framed.set(d.article.id, `the article reports no security events: ${reason}`);
    else if (topic) {
      // A where-topic's kind of site is a site the lexicon places when the article is set abroad: a
      // prison named only by its head noun ("escaped from Valdice prison", in a story that names the
      // Czech Republic and Poland and neither Syria nor Iraq) is in another country. In a story that
      // names no country, or one of the theme's own, such a prison stays a prison of the theme.
      const known = topic.where && setAbroad(theme, own);
      const onTopic = (r: Report) =>
        fits(r) && topic.patterns.some((p) => patternFit(p, r, at, { known }) > 0);
      // A topic of places and parties asks only where the article's facts happen: that it tells
      // security events is already known, and "they fired at the gate" in a letter from a prison
      // in Hasakah happened there, whoever "they" are. A topic of kinds asks its own facts to be
      // grounded: a clash of another kind grounds none of them.
      const off = topic.where ? !own.some(onTopic) : ungroundedReason(own, onTopic, false) !== null;
      if (off)
        framed.set(
          d.article.id,
          topic.where
            ? `the article reports nothing on ${topic.about}: the events it tells happen in other places, among other parties, and its words for this theme are used of those`
            : `the article reports nothing on ${topic.about}: the security events it tells are of another kind, and its words for this theme are used of something else`,
        );
    }
  }
  const newsDocs = framed.size > 0 ? docs.filter((d) => !framed.has(d.article.id)) : docs;
  const reports = inSetting(
    theme,
    collected.filter((r) => !framed.has(r.articleId) && !withdrawnElsewhere(theme, r)),
    at,
  );
  const byKey = new Map(reports.map((r) => [r.key, r]));
  const machineBySentence = candidatesBySentence(theme, reports, at);
  const bySentence = steered ? steer(theme, machineBySentence, byKey, steered, at) : machineBySentence;
  const allFactors = [...theme.drivers, ...theme.mitigators];
  const roleOf = new Map<string, Role>([
    ...theme.drivers.map((f) => [f.id, "driver"] as const),
    ...theme.mitigators.map((f) => [f.id, "mitigator"] as const),
  ]);

  const weightOf = (r: Report) =>
    MODALITY_WEIGHT[r.modality] *
    RELIABILITY_WEIGHT[r.grade.reliability] *
    ageWeight(ageInDays(r, at), theme.horizonDays);
  /** The items a factor cites: all of them, or the strongest MAX_EVIDENCE_PER_FACTOR, in order. */
  const cited = (items: Candidate[]) => {
    if (items.length <= MAX_EVIDENCE_PER_FACTOR) return items;
    const byWeight = [...items].sort((a, b) => weightOf(b.report) - weightOf(a.report));
    const keep = new Set(byWeight.slice(0, MAX_EVIDENCE_PER_FACTOR));
    return items.filter((c) => keep.has(c));
  };
  // Who each sentence's quotes credit: the originator a claim is attributed to, beside its outlet.
  const speakersAt = new Map<string, string[]>();
  for (const d of docs)
    for (const q of d.facts.quotes) {
      const key = reportKey({ articleId: d.article.id, sentence: q.sentence });
      speakersAt.set(key, [...(speakersAt.get(key) ?? []), q.speaker.name]);
    }
  const grader: ClaimGrader = {
    claim(r: Report, stance: ConflictClaim["stance"]): ConflictClaim {
      const attributedTo = attributionOf(r.sentenceText, speakersAt.get(r.key) ?? [], r.source);
      return {
        key: r.key,
        articleId: r.articleId,
        sentence: r.sentence,
        text: r.sentenceText,
        source: r.source,
        grade: formatGrade({
          reliability: r.grade.reliability,
          credibility: credibilityOf(1, r.grade.reliability),
        }),
        date: r.publishedAt,
        stance,
        ...(attributedTo ? { attributedTo } : {}),
      };
    },
  };
  const found = findConflicts(
    allFactors,
    reports,
    new Set(bySentence.keys()),
    at,
    grader,
    bareSentences(newsDocs, reports),
  );

  // A figure a conflict box sets against another of the same thing ("Four people were killed in
  // the clash near Al-Bukamal" against the ministry's "killing two of them"; a body's own count of
  // a camp against the administration's) tells the same matter: where its rival counts under a
  // factor and it fits none of its own, it counts there too, beside it. The box weighs the two
  // figures; the factor is told by both accounts, each the only telling its source gives.
  for (const c of found) {
    // One figure against one: a box of three or more may hold a count of something else beside them.
    if (c.kind !== "figures" || c.claims.length !== 2) continue;
    const rivals = c.claims.flatMap((x) => bySentence.get(x.key) ?? []);
    const best = [...rivals].sort((a, b) => b.fit - a.fit || b.factor.weight - a.factor.weight)[0];
    if (!best) continue;
    for (const x of c.claims) {
      const r = byKey.get(x.key);
      if (!r || bySentence.has(x.key)) continue;
      bySentence.set(x.key, [{ ...best, report: r, movedFrom: undefined }]);
    }
  }
  const relevant = [...bySentence.values()].flat().map((c) => c.report);
  // Credibility is the claim's, computed once: the same sentence carries one grade under every
  // factor, in the evidence lists and in the conflict boxes.
  const grades = claimGrades(relevant, byKey, found);
  const conflicts = found.map((c) => ({
    ...c,
    claims: c.claims.map((cl) => {
      const r = byKey.get(cl.key);
      return r
        ? {
            ...cl,
            grade: formatGrade({ reliability: r.grade.reliability, credibility: grades.credibilityOf(r) }),
          }
        : cl;
    }),
  }));
  // Where a conflict box's analytic line prefers one account, the claims of the other weigh less
  // in the factors they feed, and say why; where it leaves the point open, they keep their weight
  // and are shown as contested.
  const standings = claimStandings(conflicts);
  // An account of unnamed sources stands or falls as one: a later sentence of its article that
  // goes on with what "the sources said" is part of the doubted claim, and weighs as it does.
  for (const [key, st] of [...standings]) {
    const r = byKey.get(key);
    if (!st.doubted || !r || !unnamedSource(r.sentenceText)) continue;
    for (const o of reports)
      if (
        o.articleId === r.articleId &&
        o.sentence > r.sentence &&
        !standings.has(o.key) &&
        SAME_SOURCES.test(o.sentenceText)
      )
        standings.set(o.key, {
          doubted: true,
          note: st.note.replace(
            /^weighs half: /,
            "weighs half: told by the same unnamed sources as a claim ",
          ),
        });
  }
  const countedWeight = (r: Report) => weightOf(r) * (standings.get(r.key)?.doubted ? DOUBTED_WEIGHT : 1);
  const corroborationOf = grades.corroborationOf;
  /**
   * A factor is corroborated when two independent sources carry it and one of its claims is
   * confirmed by another source. Two sources on opposite sides of a conflict box (a broadcaster's
   * 212 arrests and the ministry's correction to 121) are two accounts of one figure at odds, not
   * two sources that carry the factor: a pair counts only when neither disputes the other's claim.
   */
  const corroborates = (items: Candidate[]) =>
    items.some((a) =>
      items.some(
        (b) =>
          a.report.sourceKey !== b.report.sourceKey &&
          !grades.disputedBy(a.report.key, b.report.sourceKey) &&
          !grades.disputedBy(b.report.key, a.report.sourceKey),
      ),
    ) && items.some((c) => corroborationOf(c.report) >= 2 && !grades.disputed(c.report.key));
  const ref = (c: Candidate): EvidenceRef => {
    const r = c.report;
    const corroboration = corroborationOf(r);
    return {
      key: r.key,
      articleId: r.articleId,
      sentence: r.sentence,
      factId: r.factId,
      text: r.text,
      sentenceText: r.sentenceText,
      source: r.source,
      grade: formatGrade({
        reliability: r.grade.reliability,
        credibility: grades.credibilityOf(r),
      }),
      reliability: r.grade.reliability,
      corroboration,
      modality: r.modality,
      pushes: c.pushes,
      date: r.date,
      ageDays: ageInDays(r, at),
      weight: Number(countedWeight(r).toFixed(3)),
      ...(c.movedFrom !== undefined ? { movedFrom: c.movedFrom } : {}),
      ...(standings.has(r.key) ? { standing: standings.get(r.key) } : {}),
    };
  };
  const effectOf = (factor: Factor, role: Role, items: Candidate[]) => {
    const side = (pushes: Pattern["pushes"]) =>
      strength(
        items
          .filter((c) => c.pushes === pushes)
          .map((c) => ({ weight: countedWeight(c.report), sourceKey: c.report.sourceKey })),
      );
    return (role === "driver" ? 1 : -1) * factor.weight * (side("for") - side("against"));
  };

  // Theme-wide: each sentence under the one factor it fits best.
  const global = assign(bySentence, new Set(allFactors.map((f) => f.id)));
  // A gap is read from the same matching as the evidence: a factor some sentence fits is reported
  // on, even when each such sentence counts under another factor it fits better ("ISIS cells
  // ambushed a patrol" counts as an attack, yet the cells are not unreported).
  const fitted = new Set([...bySentence.values()].flatMap((list) => list.map((c) => c.factor.id)));
  // Nor is a factor unreported when a source of the briefing tells that what it weighs did not
  // happen or is only asked for, feared or planned: "no infiltration has been recorded", "we call
  // on the countries to take their nationals back". Such a sentence is no evidence for the factor,
  // yet "No reporting in the sources on infiltration" would be false. Only patterns of things that
  // happen are read so (a pattern of a denial read the other way would turn an escape into
  // control), and only in articles the briefing uses, so that an article set aside (a software
  // advisory's "sandbox escape") still leaves its gaps.
  const usedForEvidence = new Set([...bySentence.values()].flat().map((c) => c.report.articleId));
  const toldOtherwise = (f: Factor) =>
    reports.some(
      (r) =>
        r.modality !== "asserted" &&
        usedForEvidence.has(r.articleId) &&
        f.evidence.some(
          (p) => p.modality.includes("asserted") && patternFit(p, r, at, { modality: false }) > 0,
        ),
    );
  // Nor when a sentence of such an article fits it in the setting its lede gives: an article used
  // as evidence is about the places its lede names, even where the lede itself (a notice welcoming
  // pilgrims through a crossing) fits no factor and so lends its sentences no setting as evidence.
  // "Smugglers use routes around the crossing" is reporting on smuggling networks, counted or not.
  // The sentences a gap is checked against, read once for every factor that has no evidence
  // (askedAbout folds each sentence: per factor, it made a briefing of many sources quadratic).
  let settled: Report[] | undefined;
  const toldInSetting = (f: Factor) => {
    settled ??= collected.filter((r) => usedForEvidence.has(r.articleId) && !indexLine(r) && !askedAbout(r));
    return settled.some((r) => f.evidence.some((p) => patternFit(p, r, at) > 0));
  };
  const factors: FactorResult[] = allFactors.map((f) => {
    const role = roleOf.get(f.id) ?? "driver";
    const items = global.get(f.id) ?? [];
    const sources = new Set(items.map((c) => c.report.sourceKey)).size;
    return {
      id: f.id,
      label: f.label,
      role,
      weight: f.weight,
      effect: round(effectOf(f, role, items)),
      // The strongest evidence, at most MAX_EVIDENCE_PER_FACTOR items: the effect above weighs
      // every item; a briefing cites a handful, and a flood of sentences cannot make it cite more.
      evidence: cited(items).map(ref),
      sources,
      corroborated: corroborates(cited(items)),
      gap:
        items.length === 0 && !fitted.has(f.id) && !toldOtherwise(f) && !toldInSetting(f)
          ? (f.gap ?? gapLine(f.label))
          : null,
      ...(steered
        ? { excluded: steered.exclude.filter((x) => x.factor === f.id).map((x) => x.sentence) }
        : {}),
    };
  });

  const judgments = theme.judgments.map((rule) =>
    overruled(
      judge(rule, { theme, bySentence, at, effectOf, weightOf, conflicts, corroborates, reports }),
      steered,
    ),
  );

  // An article is used when a factor cites it or a conflict box weighs one of its claims: the
  // briefing cannot set an article aside as bearing on nothing and print its figure against
  // another source's.
  const usedArticles = new Set([
    ...[...bySentence.values()].flat().map((c) => c.report.articleId),
    ...conflicts.flatMap((c) => c.claims.map((cl) => cl.articleId)),
  ]);
  const newestRelevant = newest(relevant.map((r) => r.publishedAt ?? r.date));
  const newestAge = newestRelevant ? ageInDays({ date: newestRelevant }, at) : null;
  // A signpost shown only by a claim that another source disputes is contested, not observed.
  // Only a denial disputes that something happened: figures and accounts of who was hit that
  // disagree still agree that the attack took place.
  const disputed = new Set(
    conflicts.filter((c) => c.kind === "denial").flatMap((c) => c.claims.map((x) => x.key)),
  );
  const counted = (id: string) =>
    (global.get(id) ?? [])
      .filter((c) => c.pushes === "for" && c.report.modality !== "negated")
      .map((c) => c.report.key);
  const watched = watchResults({ theme, reports, at, counted, disputed });
  return {
    themeId: theme.id,
    briefingDate: at.toISOString().slice(0, 10),
    horizonDays: theme.horizonDays,
    judgments,
    factors,
    conflicts,
    unused: docs
      .filter((d) => !usedArticles.has(d.article.id))
      .map((d) => ({
        articleId: d.article.id,
        reason: framed.get(d.article.id) ?? "reports nothing that bears on any factor of this theme",
      })),
    signposts: watched.signposts,
    indicators: watched.indicators,
    sources: docs.map((d) => ({
      ...(machineGrades.has(d.article.id) ? { override: machineGrades.get(d.article.id) } : {}),
      articleId: d.article.id,
      title: d.article.title,
      source: d.article.source ?? "Unattributed",
      sourceKey: reports.find((r) => r.articleId === d.article.id)?.sourceKey ?? `article:${d.article.id}`,
      reliability: d.grade.reliability,
      reason: d.grade.reason,
      publishedAt: d.article.publishedAt,
      url: d.article.url,
      used: usedArticles.has(d.article.id),
    })),
    newestRelevant,
    stale: newestAge !== null && newestAge > theme.horizonDays,
    ...(steered ? { overrides: steered } : {}),
  };
}

/** The analyst's probability in place of the machine's, which is kept beside it with the reason. */
function overruled(j: JudgmentResult, o: BriefingOverrides | undefined): JudgmentResult {
  const set = o?.judgments.find((x) => x.id === j.id);
  if (!set) return j;
  const l = likelihoodOf(set.probability);
  return {
    ...j,
    probability: set.probability,
    likelihood: l.term,
    range: l.range,
    confidence: j.confidence ?? {
      level: "low",
      reasons: ["the machine made no judgment on this reporting: the probability is the analyst's alone"],
    },
    reasons: j.probability === null ? [] : j.reasons,
    override: {
      machine: { probability: j.probability, likelihood: j.likelihood, range: j.range, reasons: j.reasons },
      reason: set.reason,
    },
  };
}

interface JudgeContext {
  theme: Theme;
  bySentence: Map<string, Candidate[]>;
  at: Date;
  effectOf: (factor: Factor, role: Role, items: Candidate[]) => number;
  weightOf: (r: Report) => number;
  conflicts: Assessment["conflicts"];
  corroborates: (items: Candidate[]) => boolean;
  /** Every report of the articles not set aside, to find a judgment's outcome already reported. */
  reports: readonly Report[];
}

function judge(rule: JudgmentRule, ctx: JudgeContext): JudgmentResult {
  const { theme, at } = ctx;
  const weighed = [
    ...rule.drivers.flatMap((id) =>
      theme.drivers.filter((f) => f.id === id).map((f) => ({ f, role: "driver" as Role })),
    ),
    ...rule.mitigators.flatMap((id) =>
      theme.mitigators.filter((f) => f.id === id).map((f) => ({ f, role: "mitigator" as Role })),
    ),
  ];
  const assigned = assign(ctx.bySentence, new Set(weighed.map((w) => w.f.id)));
  const factors: JudgmentFactor[] = weighed.map(({ f, role }) => {
    const items = assigned.get(f.id) ?? [];
    return {
      id: f.id,
      role,
      effect: round(ctx.effectOf(f, role, items)),
      evidence: items.map((c) => c.report.key),
    };
  });
  const reports = [...assigned.values()].flat().map((c) => c.report);
  const newestDate = newest(reports.map((r) => r.publishedAt ?? r.date));
  const newestAge = newestDate ? ageInDays({ date: newestDate }, at) : null;
  const stale = newestAge !== null && newestAge > theme.horizonDays;
  const base = {
    id: rule.id,
    statement: rule.statement,
    baseRate: rule.baseline,
    factors,
    sources: new Set(reports.map((r) => r.sourceKey)).size,
    newest: newestDate,
    stale,
  };
  const unmet = meetsRequirement(
    rule.requires,
    assigned,
    alsoFitting(ctx.bySentence, assigned),
    ctx.reports,
    (p, r) => patternFit(p, r, at) > 0,
    // An event of the group's factors that its sentence denies ("no clashes were reported").
    (ids, r) =>
      r.kind === "event" &&
      isDenial(r) &&
      [...theme.drivers, ...theme.mitigators].some(
        (f) => ids.includes(f.id) && f.evidence.some((p) => patternFit(p, r, at, { modality: false }) > 0),
      ),
  );
  if (unmet.length > 0) {
    return {
      ...base,
      probability: null,
      likelihood: null,
      range: null,
      confidence: null,
      reasons: unmet,
    };
  }
  const logOdds = factors.reduce((sum, f) => sum + f.effect, logit(rule.baseline));
  // The outcome already reported within the window, by a source no other contradicts, holds the
  // judgment at "likely" or above (a conflict over the very event leaves it to the factors).
  const disputed = new Set(ctx.conflicts.flatMap((c) => c.claims.map((cl) => cl.key)));
  const observed = outcomeReported(rule, ctx.reports, at, theme.horizonDays, disputed);
  const weighedP = logistic(logOdds);
  const floored = observed.length > 0 && weighedP < OUTCOME_FLOOR;
  const keys = new Set(reports.map((r) => r.key));
  const factorIds = new Set(weighed.map((w) => w.f.id));
  const conflicts = ctx.conflicts.filter(
    (c) => (c.factor !== null && factorIds.has(c.factor)) || c.claims.some((cl) => keys.has(cl.key)),
  ).length;
  const evidenced = factors.filter((f) => f.evidence.length > 0);
  const corroborated = evidenced.filter((f) => ctx.corroborates(assigned.get(f.id) ?? [])).length;
  const confidence = confidenceOf({
    sources: reports.map((r) => ({ key: r.sourceKey, reliability: r.grade.reliability })),
    evidencedFactors: evidenced.length,
    corroboratedFactors: corroborated,
    conflicts,
    newestAgeDays: newestAge,
    horizonDays: theme.horizonDays,
    ...(rule.requires.periods
      ? {
          trendSources: trendBasis(rule.requires, assigned, ctx.reports).basis.map((r) => ({
            key: r.sourceKey,
            reliability: r.grade.reliability,
          })),
        }
      : {}),
  });
  // "Almost no chance" and "almost certain" say the reporting all but settles the question: below
  // high confidence the estimate is held within "very unlikely" and "very likely".
  const p = floored ? OUTCOME_FLOOR : weighedP;
  const held = confidence.level === "high" ? p : Math.min(UNSETTLED_MAX, Math.max(UNSETTLED_MIN, p));
  const likelihood = likelihoodOf(held);
  const moved = [...factors]
    .filter((f) => f.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const label = (id: string) => [...theme.drivers, ...theme.mitigators].find((f) => f.id === id)?.label ?? id;
  return {
    ...base,
    probability: Number(likelihood.probability.toFixed(3)),
    likelihood: likelihood.term,
    range: likelihood.range,
    confidence,
    reasons: [
      ...(floored
        ? [
            `held at ${likelihood.term} because the sources already report ${rule.outcome?.about ?? "the outcome"}`,
          ]
        : []),
      ...(held !== p
        ? [`held at ${likelihood.term}: the reporting is not strong enough to settle the question either way`]
        : []),
      ...moved
        .slice(0, 3)
        .map(
          (f) =>
            `${f.effect > 0 ? "raised" : "lowered"} by ${lowerFirst(label(f.id))} (${f.effect > 0 ? "+" : "−"}${Math.abs(f.effect).toFixed(2)})`,
        ),
    ],
    ...(observed.length > 0 ? { outcomeReported: observed } : {}),
  };
}

/**
 * The probabilities an estimate below high confidence is held between: the least printed "very
 * unlikely" (5%) and the most printed "very likely" (94%), never an extreme band of the scale.
 */
const UNSETTLED_MIN = 0.05;
const UNSETTLED_MAX = 0.94;
const round = (x: number) => Number(x.toFixed(3));
const newest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1) ?? null;

/**
 * The gap line of a factor that no source reports on and whose theme gives no line of its own: "No
 * reporting in the sources on a drawdown of US forces." A label that is itself a negation ("No
 * regular forces holding the desert", "Lack of border patrols") cannot follow "on": "no reporting on
 * no regular forces" is ungrammatical and reads as a double negative. Such a label is named as the
 * factor it is, in quotation marks.
 */
export function gapLine(label: string): string {
  if (/^(?:no|not|none of|lack of|absence of|without|neither)\s/i.test(label.trim()))
    return `No reporting in the sources on the factor \u201c${label.trim()}\u201d.`;
  return `No reporting in the sources on ${lowerFirst(label)}.`;
}

/** Lower-cases a leading word only when it is not a name or an acronym ("A drawdown", not "SDF"). */
export const lowerFirst = (s: string) =>
  /^(A|An|[A-Z][a-z]+)\b/.test(s) && !/^(Iraq|Syria|Turk|Kurd|Israel|Iran|Russia|Jordan|ISIS|Islamic)/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
