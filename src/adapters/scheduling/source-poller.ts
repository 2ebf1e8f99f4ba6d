import { pollDueSources } from "../../core/sources/manage-sources.js";
import type { PollDeps } from "../../core/sources/poll-source.js";
import type { PollRecord } from "../../core/sources/source.js";
import type { Logger } from "../../logger.js";

/** The event the one poller schedule delivers to the job function on AWS. */
export const POLL_SOURCES_EVENT = { job: "poll-sources" } as const;

export const isPollSourcesEvent = (event: unknown): boolean =>
  typeof event === "object" && event !== null && (event as { job?: unknown }).job === POLL_SOURCES_EVENT.job;

/**
 * Polls due sources: every `everyMs` in-process for `npm start`, or once per delivery of the
 * poller schedule on AWS. Ticks never overlap, and a source being polled (by "poll now", say) is
 * skipped by a tick, so one feed is never read twice at once in this process.
 */
export class SourcePoller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollRecord[]> | null = null;
  readonly busy = new Set<string>();

  constructor(
    private readonly deps: () => PollDeps,
    private readonly logger: Logger,
    private readonly everyMs = 60_000,
  ) {}

  /** Polls what is due now; a tick while one runs waits for it and polls nothing more. */
  tick(): Promise<PollRecord[]> {
    if (this.running) return this.running.then(() => []);
    this.running = pollDueSources(this.deps(), this.busy).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(): void {
    this.logger.info("source poller started", { everyMs: this.everyMs });
    const run = () => {
      this.tick()
        .then((polls) => {
          if (polls.length) this.logger.info("sources polled", { polls: polls.length });
        })
        .catch((error: unknown) => this.logger.error("source poll tick failed", { error }));
    };
    run();
    this.timer = setInterval(run, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
