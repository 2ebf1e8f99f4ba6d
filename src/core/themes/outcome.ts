import { patternFit } from "./relevance.js";
import type { Report } from "./reports.js";
import type { JudgmentRule } from "./theme.js";

/**
 * The lowest probability a judgment keeps when the sources already report its outcome in the
 * reporting window: the floor of "likely" on the ICD 203 scale. A forecast that a town will be held
 * for more than a day, made while an undisputed source tells that a town was held for two days,
 * cannot read "very unlikely": what happened within the window shows the capability and the intent
 * the judgment asks about, whatever the factors weigh.
 */
export const OUTCOME_FLOOR = 0.55;

const DAYS = 86_400_000;
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|\d+)`;

/** A stated duration longer than one day: "for two days", "for over a day", "for a week", "for 36 hours". */
const LONGER_THAN_A_DAY = new RegExp(
  String.raw`\bfor (?:more than|over|at least|nearly|almost|about|some) (?:a|one) (?:full )?day\b|\bfor (?:more than |over |at least |nearly |almost |about |some )?${COUNT} (?:full )?(?:days|nights|weeks|months)\b|\bfor (?:a|one|several) (?:week|month)s?\b|\b(?:evening|afternoon|night|end) of the (?:following|next|second) day\b`,
  "i",
);
const HOURS = /\bfor (?:more than |over |at least |nearly |almost |about |some )?(\d+) hours\b/i;
/** A hold told as brief: "briefly took control", "secured within hours", "for a few hours". */
const BRIEF =
  /\b(?:briefly|momentarily|within (?:an? |a few |several |\d+ )?hours?|for (?:an? |a few |several |two |three |\d+ )?hours?)\b/i;
/** A hold still going on when the source wrote: "have held the village since", "remains in the hands of". */
const ONGOING =
  /\b(?:ha(?:s|ve) (?:since )?(?:held|controlled|occupied|kept)\b[^.;]*\bsince\b|(?:still|continue to) (?:hold|holds|held|control|controls|controlled|occupy|occupies)\b|remain(?:s|ed)? (?:still )?in the hands of\b|(?:ha(?:s|ve)|had) been (?:in the hands of|under the control of)\b)/i;

/**
 * Whether a report tells that the state it reports lasted more than a day: a stated duration
 * ("controlled the area for two days", "held it until the evening of the following day"), or a
 * state still going on when the source wrote, begun more than a day before ("have held the village
 * since an assault on 19 November", published on the 24th). A hold told as brief or counted in
 * hours under a day does not.
 */
export function lastedMoreThanADay(
  r: Pick<Report, "sentenceText" | "date" | "ownDate" | "publishedAt">,
): boolean {
  const text = r.sentenceText;
  const hours = HOURS.exec(text);
  if (hours) return Number(hours[1]) > 24;
  if (LONGER_THAN_A_DAY.test(text)) return true;
  if (BRIEF.test(text)) return false;
  if (!ONGOING.test(text) || !r.ownDate || !r.date || !r.publishedAt) return false;
  const began = Date.parse(`${r.date.slice(0, 10)}T00:00:00Z`);
  const told = Date.parse(`${r.publishedAt.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(began) && !Number.isNaN(told) && told - began > DAYS;
}

/**
 * The sentences that report a judgment's outcome as having happened within the reporting window
 * (the theme's horizon before the briefing date), asserted, told as one occurrence rather than a
 * tally over a period, and undisputed: no other source denies or contradicts them in a conflict. Empty when the judgment declares no outcome.
 */
export function outcomeReported(
  rule: Pick<JudgmentRule, "outcome">,
  reports: readonly Report[],
  at: Date,
  horizonDays: number,
  disputed: ReadonlySet<string>,
): string[] {
  const outcome = rule.outcome;
  if (!outcome) return [];
  const keys = new Set<string>();
  for (const r of reports) {
    // A tally over a period ("dozens killed on the border in recent years") is no dated occurrence.
    if (r.modality !== "asserted" || r.period || disputed.has(r.key) || keys.has(r.key)) continue;
    if (!r.date) continue;
    const age = (at.getTime() - Date.parse(`${r.date.slice(0, 10)}T00:00:00Z`)) / DAYS;
    if (Number.isNaN(age) || age < 0 || age > horizonDays) continue;
    if (!outcome.shownBy.some((p) => patternFit(p, r, at) > 0)) continue;
    if (outcome.lastingMoreThanADay && !lastedMoreThanADay(r)) continue;
    keys.add(r.key);
  }
  return [...keys];
}
