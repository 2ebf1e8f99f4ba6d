import { containsTerm, fold } from "../text/fold.js";
import type { Report, ResolvedEntity } from "./reports.js";
import type { Pattern } from "./theme.js";

const DAY = 86_400_000;

/** A report's sentence folded once, however many patterns with words look at it. */
const foldedSentences = new WeakMap<object, string>();
function foldedSentence(r: Pick<Report, "sentenceText">): string {
  let folded = foldedSentences.get(r);
  if (folded === undefined) {
    folded = fold(r.sentenceText);
    foldedSentences.set(r, folded);
  }
  return folded;
}

/**
 * The fact's own clause, folded: its words, the two words before them and the two after them in
 * its sentence, so the verb that governs a fact read as a noun phrase ("repelled | the attack",
 * "as | agreed with") and what a figure is of ("40 operations | against ISIS") count, while the
 * other clauses of the sentence do not.
 */
export function ownClause(r: Pick<Report, "text" | "sentenceText">): string {
  const at = r.text ? r.sentenceText.indexOf(r.text) : -1;
  if (at < 0) return fold(r.text || r.sentenceText);
  const before = r.sentenceText.slice(0, at).trim().split(/\s+/).slice(-2).join(" ");
  const after = r.sentenceText
    .slice(at + r.text.length)
    .split(/[,;:.]/)[0]
    ?.trim()
    .split(/\s+/)
    .slice(0, 2)
    .join(" ");
  return fold(`${before} ${r.text} ${after ?? ""}`);
}

/** Words that negate what a sentence reports; "without" negates only a circumstance of it. */
const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|den(?:y|ies|ied|ying)|refut\w*|reject\w*|dismiss\w*|untrue|false|fabricated|baseless|unfounded|without)\b|n['’]t\b/gi;

/**
 * Whether a negated report denies what its sentence reports. "Carried out 380 operations against
 * ISIS hideouts without coalition air support" negates the support, not the operations: a
 * sentence whose only negation is "without" denies nothing, and its negated fact is no denial.
 */
export function denies(r: Pick<Report, "modality" | "sentenceText">): boolean {
  if (r.modality !== "negated") return false;
  const cues = r.sentenceText.match(NEGATION) ?? [];
  return cues.length === 0 || cues.some((c) => c.toLowerCase() !== "without");
}

/** Days between what a report tells of and the briefing date; null when undated. */
export function ageInDays(report: Pick<Report, "date">, briefingDate: Date): number | null {
  if (!report.date) return null;
  const at = Date.parse(`${report.date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((briefingDate.getTime() - at) / DAY));
}

function selects(selector: string, e: ResolvedEntity): boolean {
  const colon = selector.indexOf(":");
  if (colon < 0) return e.lexiconId === selector;
  const what = selector.slice(0, colon);
  const value = selector.slice(colon + 1);
  switch (what) {
    case "kind":
      return e.kind === value;
    case "type":
      return e.type === value;
    case "in":
      return (
        (e.type === "place" || e.type === "facility") &&
        [e.name, e.affiliation].some((n) => n && fold(n) === fold(value))
      );
    case "of":
      return (
        (e.type === "person" || e.type === "organization") &&
        [e.affiliation, e.name].some((n) => n && fold(n) === fold(value))
      );
    default:
      return false;
  }
}

const anySelected = (selectors: readonly string[], entities: readonly ResolvedEntity[]) =>
  selectors.some((s) => entities.some((e) => selects(s, e)));

function typeMatches(p: Pattern, r: Report): boolean {
  if (p.allTags.some((t) => !r.tags.includes(t))) return false;
  if (p.anyTags.length > 0 && !p.anyTags.some((t) => r.tags.includes(t))) return false;
  if (p.noneTags.some((t) => r.tags.includes(t))) return false;
  if (p.acled.length + p.cameo.length === 0) return true;
  const acled = r.codes?.acled;
  const cameo = r.codes?.cameo?.code;
  return (
    p.acled.some(
      (a) => acled && (a === acled.eventType || a === `${acled.eventType}/${acled.subEventType ?? ""}`),
    ) || p.cameo.some((c) => cameo?.startsWith(c) === true)
  );
}

/**
 * How specifically a report fits a pattern, or 0 when it does not: one point for the type and one
 * for each further condition met, so that a sentence goes to the factor that describes it best.
 * `modality: false` ignores the pattern's modality (to find denials of what the pattern shows).
 */
export function patternFit(
  p: Pattern,
  r: Report,
  briefingDate: Date,
  options: { modality?: boolean; places?: boolean } = {},
): number {
  if (!p.kinds.includes(r.kind)) return 0;
  if ((options.modality ?? true) && !p.modality.includes(r.modality)) return 0;
  if (!typeMatches(p, r)) return 0;
  const entities = p.own ? r.own : r.entities;
  if (p.actors.length > 0 && !anySelected(p.actors, entities)) return 0;
  // What rules a fact out must be named in its own sentence: an actor borrowed from the sentences
  // before it ("Iraqi accents" two sentences earlier) may say who acted, never who did not.
  if (p.notActors.length > 0 && anySelected(p.notActors, p.own ? r.own : r.named)) return 0;
  // A place the sentence does not name but the story is set in fits, less well than one it names.
  let setting = 0;
  if ((options.places ?? true) && p.places.length > 0 && !anySelected(p.places, entities)) {
    if (p.own || !anySelected(p.places, r.setting)) return 0;
    setting = 0.5;
  }
  if (p.words.length > 0) {
    const folded = foldedSentence(r);
    if (!p.words.some((w) => containsTerm(folded, w))) return 0;
  }
  if (p.notWords.length > 0) {
    const clause = ownClause(r);
    if (p.notWords.some((w) => containsTerm(clause, w))) return 0;
  }
  if (p.maxAgeDays !== undefined) {
    // How old the fact was when reported: history an article recalls is background, while the
    // age of the reporting itself is weighed against the briefing date elsewhere.
    const age = ageInDays(
      r,
      r.publishedAt ? new Date(`${r.publishedAt.slice(0, 10)}T00:00:00Z`) : briefingDate,
    );
    if (age !== null && age > p.maxAgeDays) return 0;
  }
  const conditions =
    Number(p.allTags.length > 0) +
    Number(p.acled.length + p.cameo.length > 0) +
    Number(p.actors.length > 0) +
    Number(p.places.length > 0) +
    Number(p.words.length > 0) +
    p.noneTags.length * 0.1;
  return 1 + conditions - setting;
}
