import type { RunPoint } from "../briefings/compose-briefing.js";
import type { BriefingStore } from "../ports.js";
import type { ScheduleRunStore } from "./ports.js";

/** Runs drawn in a scheduled briefing's probability chart, this one included. */
export const MAX_CHART_RUNS = 12;

/**
 * The judgments of a schedule's latest successful runs before `before` (all of them when absent),
 * oldest first: the points of its probability chart. Read from the manifests the runs made, which
 * keep each judgment's probability as a number.
 */
export async function runHistory(
  deps: { scheduleRuns: ScheduleRunStore; briefings: Pick<BriefingStore, "getManifest"> },
  scheduleId: string,
  options: { before?: Date; max?: number } = {},
): Promise<RunPoint[]> {
  const max = options.max ?? MAX_CHART_RUNS;
  const runs = await deps.scheduleRuns.list(scheduleId, { limit: 100 });
  const chosen = runs.items
    .filter(
      (r) =>
        r.status === "succeeded" &&
        r.briefingId !== null &&
        (!options.before || Date.parse(r.scheduledTime) < options.before.getTime()),
    )
    .slice(0, max);
  const points = await Promise.all(
    chosen.map(async (r): Promise<RunPoint | null> => {
      const m = r.briefingId ? await deps.briefings.getManifest(r.briefingId) : null;
      return m
        ? {
            briefingId: m.id,
            at: r.scheduledTime,
            judgments: m.judgments.map((j) => ({ id: j.id, probability: j.probability })),
          }
        : null;
    }),
  );
  return points.filter((p): p is RunPoint => p !== null).reverse();
}
