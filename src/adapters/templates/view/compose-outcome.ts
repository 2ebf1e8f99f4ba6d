import type { Assessment } from "../../../core/themes/assessment.js";
import type { Theme } from "../../../core/themes/theme.js";

/**
 * The BLUF lines for judgments whose outcome the sources already report within the window: a
 * reader told "likely" must also be told the thing forecast has already happened, or the estimate
 * reads as a guess about something the evidence shows.
 */
export function outcomeLines(
  a: Pick<Assessment, "judgments">,
  theme: Pick<Theme, "judgments" | "horizon">,
): string[] {
  // The window looked back over is as long as the one the judgments look ahead to.
  const past = theme.horizon.replace(/^next\s+/i, "");
  return a.judgments.flatMap((j) => {
    const about = theme.judgments.find((r) => r.id === j.id)?.outcome?.about;
    if (!about || j.probability === null || !j.outcomeReported?.length) return [];
    const n = j.outcomeReported.length;
    return [
      `The sources already report ${about} in the past ${past} (${n === 1 ? "one sentence" : `${n} sentences`}, undisputed).`,
    ];
  });
}
