import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Article } from "../../core/articles/article.js";
import type { ComposedBriefing, ComposeRequest } from "../../core/briefings/compose-briefing.js";
import { currentDeadline } from "../../core/deadline.js";
import { AppError, type ErrorCode, OverloadedError, RenderTimeoutError } from "../../core/errors.js";
import type { FactsDocument } from "../../core/facts/schema.js";
import type { BriefingComposer, FactExtractor } from "../../core/ports.js";
import type { Assessment } from "../../core/themes/assessment.js";
import type { RenderingSetup } from "../templates/load-rendering.js";
import type { CpuAppError, CpuTask } from "./cpu-worker.js";

export interface CpuPoolOptions {
  threads: number;
  /** Tasks waiting for a thread beyond this are refused with 503. */
  queueLimit: number;
  /** The most one task may take, whatever time its request has left. */
  taskBudgetMs: number;
  extractorVersion: string;
  rendering: RenderingSetup;
}

/**
 * The worker file next to this module: `.js` when built, `.ts` when run from source. From
 * source the threads need the TypeScript loader the main thread runs under (tsx), which they
 * inherit from the command line under `tsx` but not under the test runner.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  // V8's flags (npm start sets --max-semi-space-size and --no-regexp-tier-up) hold for every
  // thread of the process already, and a worker started with them on its own command line
  // refuses to start.
  const inherited = process.execArgv.filter((a) => !V8_FLAG.test(a));
  const js = new URL("./cpu-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return { filename: js.href, execArgv: inherited };
  const ts = new URL("./cpu-worker.ts", import.meta.url).href;
  const hasTsx = inherited.some((a) => a.includes("tsx"));
  return { filename: ts, execArgv: hasTsx ? inherited : [...inherited, "--import", "tsx"] };
}

const V8_FLAG =
  /^--(max-semi-space-size|max-old-space-size|min-semi-space-size|(no-)?regexp-tier-up|trace-opt|trace-deopt)(=|$)/;

const isAbort = (e: unknown) => (e as { name?: string } | null)?.name === "AbortError";

/**
 * Extraction and composition on worker threads, so a hostile article cannot hold the event loop
 * (health checks, downloads and refusals keep answering). Every task runs within the current
 * request's deadline and the pool's own budget; a task past either is cancelled, which ends the
 * thread running it, and a new thread takes its place.
 */
export class CpuPool implements FactExtractor, BriefingComposer {
  readonly version: string;
  private readonly pool: Piscina;

  constructor(private readonly options: CpuPoolOptions) {
    this.version = options.extractorVersion;
    const entry = workerEntry();
    this.pool = new Piscina({
      filename: entry.filename,
      execArgv: entry.execArgv,
      minThreads: 1,
      maxThreads: options.threads,
      maxQueue: options.queueLimit,
      idleTimeout: 60_000,
      workerData: options.rendering,
    });
  }

  extract(article: Article): Promise<FactsDocument> {
    return this.run({ kind: "extract", article }) as Promise<FactsDocument>;
  }

  compose(request: ComposeRequest): Promise<ComposedBriefing> {
    return this.run({ kind: "compose", request }) as Promise<ComposedBriefing>;
  }

  assess(request: ComposeRequest): Promise<Assessment> {
    return this.run({ kind: "assess", request }) as Promise<Assessment>;
  }

  private async run(task: CpuTask): Promise<unknown> {
    const deadline = currentDeadline();
    const budget = Math.min(this.options.taskBudgetMs, deadline?.remainingMs() ?? Number.POSITIVE_INFINITY);
    if (budget <= 0) throw new RenderTimeoutError(deadline?.budgetMs ?? this.options.taskBudgetMs);
    const timeout = AbortSignal.timeout(budget);
    const signal = deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout;
    try {
      const result = await this.pool.run(task, { signal });
      const failed = (result as Partial<CpuAppError> | null)?.appError;
      if (failed) throw new AppError(failed.code as ErrorCode, failed.message, { details: failed.details });
      return result;
    } catch (e) {
      if (isAbort(e)) throw new RenderTimeoutError(Math.round(budget), e);
      if (e instanceof Error && /queue is at limit/i.test(e.message)) {
        throw new OverloadedError("Every worker thread is busy and the queue is full; try again shortly.", 1);
      }
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
