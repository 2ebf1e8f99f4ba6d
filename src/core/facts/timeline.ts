import type { Fact } from "./schema.js";

/**
 * "… was attacked by gunmen. Three soldiers were killed.": a toll that another fact of the article
 * carries as its outcome, on the same day, is printed with that fact, not as a row of its own.
 */
export function tollOfAnother(f: Fact, facts: readonly Fact[]): boolean {
  // A toll of two sentences holds the facts of both.
  const inside = (o: Fact) =>
    o.outcome !== undefined &&
    (o.outcome.sentence === f.sentence || (f.start >= o.outcome.start && f.end <= o.outcome.end));
  return facts.some((o) => o !== f && inside(o) && o.date?.value === f.date?.value);
}

/** A timeline row's words: the fact's label, then, as a sentence of its own, the toll told after it. */
export function withOutcome(label: string, f: Fact): string {
  if (!f.outcome) return label;
  const stop = /[.!?]["”’]?$/.test(label.trim()) ? "" : ".";
  return `${label.trim()}${stop} ${f.outcome.text}.`;
}
