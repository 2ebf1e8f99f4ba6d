import { z } from "zod";
import type { Assessment } from "../themes/assessment.js";

/**
 * What a briefing concluded, kept in its manifest so a later briefing can say what changed: ids
 * and numbers only, so rewording a template or a theme label cannot change what "what changed"
 * reports.
 */
const SnapshotV2 = z.object({
  version: z.literal(2),
  judgments: z.array(
    z.object({
      id: z.string(),
      probability: z.number().nullable(),
      factors: z.array(z.object({ id: z.string(), effect: z.number() })),
    }),
  ),
  /** Cited evidence as `articleId#sentence`. */
  evidence: z.array(z.string()),
  conflicts: z.array(z.string()),
});

/** Snapshots written before version 2 held display text; only their judgment numbers carry over. */
const SnapshotV1 = z
  .object({ judgments: z.array(z.object({ id: z.string(), probability: z.number() })) })
  .transform((old) => ({
    version: 2 as const,
    judgments: old.judgments.map((j) => ({ id: j.id, probability: j.probability, factors: [] })),
    evidence: [],
    conflicts: [],
  }));

export const BriefingSnapshot = z.union([SnapshotV2, SnapshotV1]);
export type BriefingSnapshot = z.infer<typeof SnapshotV2>;

export interface JudgmentChange {
  id: string;
  from: number | null;
  to: number | null;
  /** Percentage points, null when either side made no judgment. */
  change: number | null;
  /** Factors whose effect on this judgment moved, largest first. */
  factors: { id: string; from: number; to: number }[];
}

export interface ChangeSummary {
  previousId: string;
  since: string;
  judgments: JudgmentChange[];
  newEvidence: string[];
  newConflicts: string[];
  nothingChanged: boolean;
}

export function snapshotOf(a: Assessment): BriefingSnapshot {
  return {
    version: 2,
    judgments: a.judgments.map((j) => ({
      id: j.id,
      probability: j.probability,
      factors: j.factors.map((f) => ({ id: f.id, effect: f.effect })),
    })),
    evidence: [...new Set(a.factors.flatMap((f) => f.evidence.map((e) => e.key)))],
    conflicts: a.conflicts.map((c) => c.id),
  };
}

const MOVE = 0.005;

/** Every judgment with its previous and current probability (moves within a band included), and what moved it. */
export function changesSince(
  previous: { id: string; createdAt: string; snapshot: BriefingSnapshot },
  current: BriefingSnapshot,
): ChangeSummary {
  const before = new Map(previous.snapshot.judgments.map((j) => [j.id, j]));
  const judgments = current.judgments.map((j): JudgmentChange => {
    const old = before.get(j.id);
    const from = old?.probability ?? null;
    const to = j.probability;
    const effects = new Map((old?.factors ?? []).map((f) => [f.id, f.effect]));
    const movedFactors = j.factors
      .map((f) => ({ id: f.id, from: effects.get(f.id) ?? 0, to: f.effect }))
      .filter((f) => Math.abs(f.to - f.from) >= MOVE)
      .sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from));
    return {
      id: j.id,
      from,
      to,
      change: from !== null && to !== null ? Math.round((to - from) * 1000) / 10 : null,
      factors: movedFactors,
    };
  });
  const added = (now: string[], then: string[]) => {
    const seen = new Set(then);
    return now.filter((x) => !seen.has(x));
  };
  const newEvidence = added(current.evidence, previous.snapshot.evidence);
  const newConflicts = added(current.conflicts, previous.snapshot.conflicts);
  const moved = judgments.some((j) => j.from !== j.to && (j.change === null || Math.abs(j.change) >= 0.5));
  return {
    previousId: previous.id,
    since: previous.createdAt.slice(0, 10),
    judgments,
    newEvidence,
    newConflicts,
    nothingChanged: !moved && newEvidence.length === 0 && newConflicts.length === 0,
  };
}
