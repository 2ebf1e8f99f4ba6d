import { workerData } from "node:worker_threads";
import type { Article } from "../../core/articles/article.js";
import { type ComposeRequest, composeBriefing } from "../../core/briefings/compose-briefing.js";
import { extractFacts } from "../../core/facts/extract-facts.js";
import { loadRendering, type RenderingSetup } from "../templates/load-rendering.js";

/** The CPU-bound steps a worker thread runs, so the server's event loop never does. */
export type CpuTask = { kind: "extract"; article: Article } | { kind: "compose"; request: ComposeRequest };

// Each worker loads its own themes and renderer once, on its first composition.
let rendering: ReturnType<typeof loadRendering> | null = null;

export default async function runTask(task: CpuTask): Promise<unknown> {
  if (task.kind === "extract") return extractFacts(task.article);
  rendering ??= loadRendering(workerData as RenderingSetup);
  const { themes, renderer } = await rendering;
  return composeBriefing(themes, renderer, task.request);
}
