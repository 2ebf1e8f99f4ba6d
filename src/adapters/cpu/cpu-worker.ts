import { workerData } from "node:worker_threads";
import type { Article } from "../../core/articles/article.js";
import {
  assessSources,
  type ComposeRequest,
  composeBriefing,
} from "../../core/briefings/compose-briefing.js";
import { isAppError } from "../../core/errors.js";
import { extractFacts } from "../../core/facts/extract-facts.js";
import { loadRendering, type RenderingSetup } from "../templates/load-rendering.js";

/** The CPU-bound steps a worker thread runs, so the server's event loop never does. */
export type CpuTask =
  | { kind: "extract"; article: Article }
  | { kind: "compose"; request: ComposeRequest }
  | { kind: "assess"; request: ComposeRequest };

/**
 * A typed error crosses back to the main thread as data: structured cloning keeps an Error's
 * message but not its class, code or details, which decide the HTTP answer.
 */
export interface CpuAppError {
  appError: { code: string; message: string; details: Record<string, unknown> };
}

// Each worker loads its own themes and renderer once, on its first composition.
let rendering: ReturnType<typeof loadRendering> | null = null;

export default async function runTask(task: CpuTask): Promise<unknown> {
  if (task.kind === "extract") return extractFacts(task.article);
  rendering ??= loadRendering(workerData as RenderingSetup);
  const { themes, renderer } = await rendering;
  try {
    if (task.kind === "assess") return assessSources(themes, task.request);
    return composeBriefing(themes, renderer, task.request);
  } catch (e) {
    if (isAppError(e)) return { appError: { code: e.code, message: e.message, details: e.details } };
    throw e;
  }
}
