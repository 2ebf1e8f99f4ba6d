/**
 * ICD 203 expressions of likelihood: one row of the scale, used for every judgment so that
 * readers can compare them. Ranges are the directive's own.
 */
export interface LikelihoodBand {
  term: string;
  min: number;
  max: number;
}

export const ICD_203_SCALE: readonly LikelihoodBand[] = [
  { term: "almost no chance", min: 0.01, max: 0.05 },
  { term: "very unlikely", min: 0.05, max: 0.2 },
  { term: "unlikely", min: 0.2, max: 0.45 },
  { term: "roughly even chance", min: 0.45, max: 0.55 },
  { term: "likely", min: 0.55, max: 0.8 },
  { term: "very likely", min: 0.8, max: 0.95 },
  { term: "almost certain", min: 0.95, max: 0.99 },
];

export interface Likelihood {
  term: string;
  probability: number;
  /** e.g. "55–80%" */
  range: string;
}

const pct = (p: number) => String(Math.round(p * 100));

/**
 * The band of a probability, read at the whole percent a briefing prints: 0.199 is printed
 * "about 20%" and so is "unlikely" (20–45%), never "very unlikely" beside a figure on its edge.
 * Ranges are written as the method table writes them ("5–20%").
 */
export function likelihoodOf(probability: number): Likelihood {
  const p = Math.min(0.99, Math.max(0.01, probability));
  const printed = Math.round(p * 100) / 100;
  const band = ICD_203_SCALE.find((b) => printed < b.max) ?? ICD_203_SCALE[ICD_203_SCALE.length - 1];
  if (!band) throw new Error("empty estimative scale");
  return { term: band.term, probability: p, range: `${pct(band.min)}–${pct(band.max)}%` };
}

export const logit = (p: number) => Math.log(p / (1 - p));
export const logistic = (x: number) => 1 / (1 + Math.exp(-x));
