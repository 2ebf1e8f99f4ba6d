/**
 * Admiralty (NATO) grading: the reliability of a source (A-F) and the credibility of a piece
 * of information (1-6), kept apart as the system intends.
 */
export const RELIABILITY = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
} as const;

export const CREDIBILITY = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
} as const;

export type Reliability = keyof typeof RELIABILITY;
export type Credibility = keyof typeof CREDIBILITY;

export interface Grade {
  reliability: Reliability;
  credibility: Credibility;
}

/**
 * How much a report from a source of this reliability moves a judgment. A source that cannot
 * be judged (F) is discounted, but less than one known to be unreliable.
 */
export const RELIABILITY_WEIGHT: Record<Reliability, number> = {
  A: 1,
  B: 0.9,
  C: 0.8,
  D: 0.6,
  E: 0.4,
  F: 0.7,
};

export const formatGrade = (g: Grade) => `${g.reliability}${g.credibility}`;

/**
 * Credibility of one piece of information from the number of independent sources carrying it.
 * A single report can only be judged when its source can: "possibly true" from a source of
 * known reliability, "cannot be judged" otherwise.
 */
export function credibilityOf(independentSources: number, reliability: Reliability): Credibility {
  if (independentSources >= 3) return 1;
  if (independentSources === 2) return 2;
  return reliability === "F" ? 6 : 3;
}

/** How a claim in a conflict box stands against the other side. */
export type Dispute = "stronger" | "even" | "weaker";

/**
 * Credibility of a claim, given its corroboration and whether another source contradicts it.
 * Information contradicted by other information is never "confirmed" nor "probably true":
 * the weaker side of a conflict is improbable (5); when neither side is better supported, each is
 * doubtful (4); the better-supported side is at best possibly true (3), or cannot be judged (6)
 * when its source cannot be.
 */
export function claimCredibility(
  independentSources: number,
  reliability: Reliability,
  dispute: Dispute | null,
): Credibility {
  const base = credibilityOf(independentSources, reliability);
  if (dispute === "weaker") return 5;
  if (dispute === "even") return 4;
  if (dispute === "stronger") return Math.max(base, 3) as Credibility;
  return base;
}

/** Parses "Reuters=A,Al-Hurra=C" (the SOURCE_RELIABILITY setting). */
export function parseSourceReliabilities(spec: string): Map<string, Reliability> {
  const map = new Map<string, Reliability>();
  for (const part of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*=\s*([A-F])$/i.exec(part);
    if (!m?.[1] || !m[2]) throw new Error(`'${part}' is not NAME=LETTER with a letter from A to F`);
    map.set(m[1].trim().toLowerCase(), m[2].toUpperCase() as Reliability);
  }
  return map;
}
