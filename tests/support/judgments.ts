import { expect } from "vitest";
import { ICD_203_SCALE } from "../../src/core/themes/estimative-scale.js";

/**
 * Checks the key judgments a PDF prints against its manifest: each judgment made reads "We judge
 * it <term> (<range>; about N%)" (or "that there is a <term>") with the term's own ICD 203 range
 * and the manifest's probability inside it, in the manifest's order.
 */
export function expectPrintedJudgments(
  text: string,
  judged: readonly { likelihood: string | null; probability: number | null }[],
): void {
  const printed = [
    ...text.matchAll(/We judge (?:it |that there is (?:a )?)([a-z ]+?) \((\d+)–(\d+)%; about (\d+)%\) that/g),
  ];
  expect(printed.map(([, term]) => term)).toEqual(judged.map((j) => j.likelihood));
  printed.forEach(([, term, min, max, about], i) => {
    const band = ICD_203_SCALE.find((b) => b.term === term);
    expect(band).toBeDefined();
    expect([Number(min), Number(max)]).toEqual([
      Math.round((band?.min ?? 0) * 100),
      Math.round((band?.max ?? 0) * 100),
    ]);
    expect(Number(about)).toBe(Math.round((judged[i]?.probability ?? 0) * 100));
    expect(Number(about)).toBeGreaterThanOrEqual(Number(min));
    expect(Number(about)).toBeLessThanOrEqual(Number(max));
  });
}
