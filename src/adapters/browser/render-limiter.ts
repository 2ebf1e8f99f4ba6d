import { OverloadedError } from "../../core/errors.js";

/**
 * At most `concurrency` renders at once and at most `queueLimit` waiting; beyond that the
 * caller is told to come back later rather than piling work onto a busy browser.
 */
export class RenderLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private recentMs = 3000;

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  get stats() {
    return { active: this.active, queued: this.waiting.length, concurrency: this.concurrency };
  }

  /** Seconds until a slot is likely free, from the recent render time and the queue ahead. */
  private retryAfterSeconds(): number {
    const rounds = Math.ceil((this.waiting.length + 1) / this.concurrency);
    return Math.max(1, Math.ceil((rounds * this.recentMs) / 1000));
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) {
        throw new OverloadedError(
          `The renderer is busy (${this.active} rendering, ${this.waiting.length} waiting); try again shortly.`,
          this.retryAfterSeconds(),
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.recentMs = Math.round(this.recentMs * 0.7 + (Date.now() - started) * 0.3);
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` only drops when none waits.
      if (next) next();
      else this.active--;
    }
  }
}
