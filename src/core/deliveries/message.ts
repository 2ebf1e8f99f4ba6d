import { type ChangeSummary, changesSince, type JudgmentChange } from "../briefings/changes.js";
import type { BriefingManifest } from "../briefings/manifest.js";
import type { Assessment } from "../themes/assessment.js";

export interface MessageJudgment {
  id: string;
  statement: string | null;
  likelihood: string | null;
  probability: number | null;
  confidence: string | null;
  /** Against the previous briefing of the schedule; null when there is none. */
  change: JudgmentChange | null;
}

/** The body of a webhook (JSON) and the substance of an e-mail. */
export interface BriefingMessage {
  type: "briefing.ready";
  /** The bottom line, in one line of plain text. */
  bluf: string;
  briefing: BriefingManifest;
  judgments: MessageJudgment[];
  changes: ChangeSummary | null;
  download: { url: string; expiresAt: string };
}

const percent = (p: number) => `${Math.round(p * 100)}%`;

function blufOf(manifest: BriefingManifest, judgments: MessageJudgment[]): string {
  const first = judgments.find((j) => j.probability !== null) ?? judgments[0];
  if (!first) return `${manifest.title}: no judgments.`;
  if (first.probability === null || first.likelihood === null)
    return `${manifest.title}: no judgment; the reporting does not address this question.`;
  const what = first.statement ?? first.id;
  return `${manifest.title}: ${what}: ${first.likelihood} (${percent(first.probability)}).`;
}

/** What a delivery says: the manifest, the judgments with their numbers and what changed, the link. */
export function briefingMessage(
  manifest: BriefingManifest,
  assessment: Assessment | null,
  previous: BriefingManifest | null,
  download: { url: string; expiresAt: string },
): BriefingMessage {
  const changes = previous ? changesSince(previous, manifest.snapshot) : null;
  const statements = new Map((assessment?.judgments ?? []).map((j) => [j.id, j.statement]));
  const judgments = manifest.judgments.map((j) => ({
    id: j.id,
    statement: statements.get(j.id) ?? null,
    likelihood: j.likelihood,
    probability: j.probability,
    confidence: j.confidence,
    change: changes?.judgments.find((c) => c.id === j.id) ?? null,
  }));
  return {
    type: "briefing.ready",
    bluf: blufOf(manifest, judgments),
    briefing: manifest,
    judgments,
    changes,
    download,
  };
}

/** The e-mail text: BLUF, judgments, what changed, link. Plain text: SNS e-mail is plain text. */
export function messageText(m: BriefingMessage): string {
  const lines = [`BLUF: ${m.bluf}`, "", "Key judgments:"];
  for (const j of m.judgments) {
    const estimate = j.probability === null ? "no judgment" : `${j.likelihood} (${percent(j.probability)})`;
    const moved =
      j.change?.change != null && j.change.change !== 0
        ? `, ${j.change.change > 0 ? "+" : ""}${j.change.change} points since ${m.changes?.since}`
        : "";
    lines.push(
      `- ${j.statement ?? j.id}: ${estimate}${j.confidence ? `; ${j.confidence} confidence` : ""}${moved}`,
    );
  }
  if (m.changes?.nothingChanged) lines.push("", `Nothing material changed since ${m.changes.since}.`);
  lines.push("", `Download the PDF (link valid until ${m.download.expiresAt}):`, m.download.url);
  return lines.join("\n");
}
