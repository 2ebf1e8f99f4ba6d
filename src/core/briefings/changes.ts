import { z } from "zod";
import type { BriefingView } from "./compose.js";
import { formatDate } from "./format.js";

/** What a briefing said, kept in its manifest so a later briefing can say what changed. */
export const BriefingSnapshot = z.object({
  judgments: z.array(
    z.object({ id: z.string(), statement: z.string(), likelihood: z.string(), probability: z.number() }),
  ),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  /** Cited evidence, as "article#sentence: text", so the same sentence matches across runs. */
  facts: z.array(z.string()),
});
export type BriefingSnapshot = z.infer<typeof BriefingSnapshot>;

export interface ChangeSummary {
  since: string;
  previousId: string;
  movedJudgments: { statement: string; from: string; to: string; direction: "up" | "down" }[];
  newFacts: string[];
  newActors: string[];
  newPlaces: string[];
  nothingChanged: boolean;
}

export function snapshotOf(view: BriefingView): BriefingSnapshot {
  return {
    judgments: view.keyJudgments.map((j) => ({
      id: j.id,
      statement: j.statement,
      likelihood: j.term,
      probability: j.probability,
    })),
    actors: view.actors.map((a) => a.name),
    places: view.locations.map((l) => l.name),
    facts: view.evidence.map((e) => e.quote),
  };
}

/** Differences that matter to a reader: judgments whose term moved, and what is new. */
export function changesSince(
  previous: { id: string; createdAt: string; snapshot: BriefingSnapshot },
  current: BriefingSnapshot,
): ChangeSummary {
  const before = new Map(previous.snapshot.judgments.map((j) => [j.id, j]));
  const movedJudgments = current.judgments.flatMap((j) => {
    const old = before.get(j.id);
    if (!old || old.likelihood === j.likelihood) return [];
    return [
      {
        statement: j.statement,
        from: old.likelihood,
        to: j.likelihood,
        direction: j.probability > old.probability ? ("up" as const) : ("down" as const),
      },
    ];
  });
  const added = (now: string[], then: string[]) => {
    const seen = new Set(then);
    return now.filter((x) => !seen.has(x));
  };
  const newFacts = added(current.facts, previous.snapshot.facts);
  const newActors = added(current.actors, previous.snapshot.actors);
  const newPlaces = added(current.places, previous.snapshot.places);
  return {
    since: formatDate(previous.createdAt.slice(0, 10)),
    previousId: previous.id,
    movedJudgments,
    newFacts,
    newActors,
    newPlaces,
    nothingChanged: movedJudgments.length + newFacts.length + newActors.length + newPlaces.length === 0,
  };
}
