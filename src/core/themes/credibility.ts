import { type Credibility, claimCredibility, type Dispute } from "../sources/admiralty.js";
import type { Conflict, ConflictClaim } from "./assessment.js";
import { sameEvent, strengthOf } from "./conflicts.js";
import type { Report } from "./reports.js";

/** Reports of one source compared when looking for corroboration of a report. */
const MAX_COMPARED_PER_SOURCE = 200;

/** The side of a conflict a claim is on: the denial against the report, one figure against another. */
function sideOf(c: ConflictClaim, kind: Conflict["kind"]): string {
  if (kind === "denial") return c.stance;
  if (kind === "figures") return `${c.value ?? ""}`;
  // Accounts (who did it, who holds a place): each source tells its own.
  return c.source;
}

const WORSE: Record<Dispute, number> = { stronger: 0, even: 1, weaker: 2 };

/**
 * How each claim in a conflict box stands against the other side: "weaker" when the other side is
 * better supported (a better-graded source, or more independent sources), "even" when neither is,
 * "stronger" otherwise. A claim in several boxes keeps its worst standing.
 */
export function disputesOf(
  conflicts: readonly Conflict[],
  reports: ReadonlyMap<string, Report>,
): Map<string, { dispute: Dispute; against: Set<string> }> {
  const out = new Map<string, { dispute: Dispute; against: Set<string> }>();
  for (const c of conflicts) {
    const sides = new Map<string, ConflictClaim[]>();
    for (const claim of c.claims) {
      const side = sideOf(claim, c.kind);
      sides.set(side, [...(sides.get(side) ?? []), claim]);
    }
    if (sides.size < 2) continue;
    const support = new Map([...sides].map(([side, claims]) => [side, strengthOf(claims, reports)]));
    for (const [side, claims] of sides) {
      const mine = support.get(side);
      if (!mine) continue;
      const others = [...support].filter(([s]) => s !== side).map(([, v]) => v);
      const rival = others.reduce((a, b) => (b.score > a.score ? b : a));
      // The box's analytic line decides when it prefers an account (it may weigh more than the
      // grades: a government's on-record word on its own decision against unnamed sources).
      const doubted = new Set(c.doubted ?? []);
      const dispute: Dispute =
        doubted.size > 0
          ? claims.some((x) => doubted.has(x.key))
            ? "weaker"
            : "stronger"
          : rival.score - mine.score >= 0.15 || (rival.best > mine.best && rival.sources >= mine.sources)
            ? "weaker"
            : mine.score - rival.score >= 0.15 || (mine.best > rival.best && mine.sources >= rival.sources)
              ? "stronger"
              : "even";
      const against = new Set(
        [...sides]
          .filter(([s]) => s !== side)
          .flatMap(([, cl]) => cl.map((x) => reports.get(x.key)?.sourceKey ?? x.source)),
      );
      for (const claim of claims) {
        const held = out.get(claim.key);
        if (!held) out.set(claim.key, { dispute, against });
        else {
          if (WORSE[dispute] > WORSE[held.dispute]) held.dispute = dispute;
          for (const a of against) held.against.add(a);
        }
      }
    }
  }
  return out;
}

export interface ClaimGrades {
  /** Independent sources reporting the same event as this claim, its own included. */
  corroborationOf(r: Report): number;
  credibilityOf(r: Report): Credibility;
  /** Whether a source on the other side of a conflict box disputes the claim. */
  disputed(key: string): boolean;
  /** Whether the given source stands on the other side of a conflict box from the claim. */
  disputedBy(key: string, sourceKey: string): boolean;
}

/**
 * Credibility as a property of the claim, computed once for the briefing: the independent sources
 * that report the same event anywhere in the relevant reporting (not only under one factor), less
 * those that dispute it, and the claim's standing in any conflict box. The same sentence then
 * carries the same grade under every factor, in the evidence lists and in the conflict boxes.
 */
export function claimGrades(
  relevant: readonly Report[],
  reports: ReadonlyMap<string, Report>,
  conflicts: readonly Conflict[],
): ClaimGrades {
  const bySource = new Map<string, Report[]>();
  const bySentence = new Map<string, Report[]>();
  const seen = new Set<string>();
  for (const r of relevant) {
    if (seen.has(`${r.key}|${r.factId}`)) continue;
    seen.add(`${r.key}|${r.factId}`);
    for (const [map, k] of [
      [bySource, r.sourceKey],
      [bySentence, r.key],
    ] as const) {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
  }
  const disputes = disputesOf(conflicts, reports);
  const memo = new Map<string, number>();
  const corroborationOf = (r: Report) => {
    const known = memo.get(r.key);
    if (known !== undefined) return known;
    const against = disputes.get(r.key)?.against;
    // The claim is the sentence: any of its facts may be the one another source also reports.
    const facts = bySentence.get(r.key) ?? [r];
    let n = 1;
    for (const [sourceKey, list] of bySource) {
      // A source that disputes the claim tells of the same event, but does not corroborate it.
      if (sourceKey === r.sourceKey || against?.has(sourceKey)) continue;
      // A source's first reports suffice to find the same event; a hostile flood of sentences
      // from one source cannot make each comparison scan all of them.
      if (
        list
          .slice(0, MAX_COMPARED_PER_SOURCE)
          .some((o) => !disputes.get(o.key)?.against.has(r.sourceKey) && facts.some((f) => sameEvent(f, o)))
      )
        n++;
    }
    memo.set(r.key, n);
    return n;
  };
  return {
    corroborationOf,
    credibilityOf: (r) =>
      claimCredibility(corroborationOf(r), r.grade.reliability, disputes.get(r.key)?.dispute ?? null),
    disputed: (key) => disputes.has(key),
    disputedBy: (key, sourceKey) => disputes.get(key)?.against.has(sourceKey) ?? false,
  };
}
