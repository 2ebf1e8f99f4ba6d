import type { RunPoint } from "../../../core/briefings/compose-briefing.js";
import { RELIABILITY } from "../../../core/sources/admiralty.js";
import type { Assessment, JudgmentResult } from "../../../core/themes/assessment.js";
import type { SourceDocument } from "../../../core/themes/reports.js";
import type { Theme } from "../../../core/themes/theme.js";
import { probabilityChart } from "../probability-chart.js";
import type { CitationIndex } from "./citations.js";
import { labelOf } from "./compose-factors.js";
import { capitalize, formatDate } from "./format.js";

/** How an analyst's overrides and a schedule's history read in the briefing. */

const pct = (p: number) => `${Math.round(p * 100)}%`;
const machineText = (m: { probability: number | null; likelihood: string | null }) =>
  m.probability === null || m.likelihood === null ? "no judgment" : `${pct(m.probability)} (${m.likelihood})`;

/** The line under a judgment an analyst adjusted; null for the machine's own. */
export function adjustmentOf(j: JudgmentResult) {
  if (!j.override || j.probability === null) return null;
  return {
    machine: machineText(j.override.machine),
    analyst: `${pct(j.probability)} (${j.likelihood ?? ""})`,
    reason: j.override.reason,
  };
}

/** The method table's result cell: the machine's value beside the analyst's when they differ. */
export function methodResult(j: JudgmentResult) {
  // With no judgment the table below still shows what the reporting weighed, so say why no
  // result came of it: the effects printed there are not a probability.
  const own =
    j.probability === null
      ? `no judgment${j.reasons.length ? ` (${j.reasons.join("; ")})` : ""}`
      : pct(j.probability);
  if (!j.override) return { result: own, machine: null, analyst: null, reason: null };
  return {
    result: own,
    machine: j.override.machine.probability === null ? "no judgment" : pct(j.override.machine.probability),
    analyst: own,
    reason: j.override.reason,
  };
}

/** Every override the briefing was made with, in words, with citations to the sentences named. */
export function adjustmentsView(
  a: Assessment,
  theme: Theme,
  docs: ReadonlyMap<string, SourceDocument>,
  cite: CitationIndex,
) {
  const o = a.overrides;
  if (!o) return null;
  const label = labelOf(theme);
  const statement = new Map(theme.judgments.map((j) => [j.id, j.statement]));
  const title = (articleId: string) => docs.get(articleId)?.article.title ?? articleId;
  const judgments = a.judgments.flatMap((j) => {
    const adj = adjustmentOf(j);
    return adj ? [{ statement: capitalize(statement.get(j.id) ?? j.id), ...adj }] : [];
  });
  const evidence = [
    ...o.exclude.map((x) => ({
      action: "Excluded from",
      factor: label(x.factor),
      cite: cite.citeKey(x.sentence),
    })),
    ...o.move.map((m) => {
      const moved = a.factors.flatMap((f) => f.evidence).find((e) => e.key === m.sentence);
      return {
        action: moved?.movedFrom ? `Moved from ${label(moved.movedFrom)} to` : "Counted under",
        factor: label(m.to),
        cite: cite.citeKey(m.sentence),
      };
    }),
  ];
  const grades = a.sources.flatMap((s) =>
    s.override
      ? [
          {
            title: title(s.articleId),
            source: s.source,
            machine: `${s.override.reliability} (${RELIABILITY[s.override.reliability]})`,
            analyst: `${s.reliability} (${RELIABILITY[s.reliability]})`,
            reason: o.grades.find((g) => g.articleId === s.articleId)?.reason ?? null,
          },
        ]
      : [],
  );
  return { judgments, evidence, grades, count: judgments.length + evidence.length + grades.length };
}

/** The probability chart of a scheduled briefing: the earlier runs and this one, once there are two. */
export function historyChart(history: RunPoint[] | undefined, a: Assessment, theme: Theme, at: Date) {
  if (!history || history.length === 0) return null;
  const points: RunPoint[] = [
    ...history,
    {
      briefingId: "",
      at: at.toISOString(),
      judgments: a.judgments.map((j) => ({ id: j.id, probability: j.probability })),
    },
  ];
  const label = (iso: string) => formatDate(iso.slice(0, 10)).replace(/ ([A-Z][a-z]{2})[a-z]* \d{4}$/, " $1");
  const sameDay = new Set(points.map((p) => p.at.slice(0, 10))).size < points.length;
  const svg = probabilityChart({
    title: `Probability of each judgment across the last ${points.length} runs, on the ICD 203 scale`,
    runs: points.map((p) => ({ label: sameDay ? `${label(p.at)} ${p.at.slice(11, 16)}` : label(p.at) })),
    series: theme.judgments.map((rule) => ({
      id: rule.id,
      label: capitalize(rule.statement.replace(/\.$/, "")),
      values: points.map((p) => p.judgments.find((j) => j.id === rule.id)?.probability ?? null),
    })),
  });
  return svg ? { svg, runs: points.length } : null;
}
