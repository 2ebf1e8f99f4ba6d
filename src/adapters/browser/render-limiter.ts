import { currentDeadline } from "../../core/deadline.js";
import { OverloadedError } from "../../core/errors.js";

interface Waiter {
  admit(): void;
  refuse(error: Error): void;
}

/**
 * At most `concurrency` briefings at once and at most `queueLimit` waiting; beyond that the
 * caller is told at once to come back later, before any of its work is done. A waiter whose
 * deadline passes leaves the queue. Once draining (the process is stopping), new callers and
 * waiters are refused and `idle()` tells when the running ones are done.
 */
export class RenderLimiter {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private recentMs = 3000;
  private draining = false;
  private readonly idleWaiters: (() => void)[] = [];

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

  private stopping(): OverloadedError {
    return new OverloadedError("The service is shutting down; try again shortly.", 5);
  }

  private wait(): Promise<void> {
    const deadline = currentDeadline();
    return new Promise<void>((resolve, reject) => {
      // A request whose time ran out in the queue never started: it is refused, not timed out.
      const onTimeout = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(this.busy());
      };
      const waiter: Waiter = {
        admit: () => {
          deadline?.signal.removeEventListener("abort", onTimeout);
          resolve();
        },
        refuse: (error) => {
          deadline?.signal.removeEventListener("abort", onTimeout);
          reject(error);
        },
      };
      if (deadline?.signal.aborted) return onTimeout();
      deadline?.signal.addEventListener("abort", onTimeout, { once: true });
      this.waiting.push(waiter);
    });
  }

  private busy(): OverloadedError {
    return new OverloadedError(
      `The service is busy (${this.active} briefings running, ${this.waiting.length} waiting); try again shortly.`,
      this.retryAfterSeconds(),
    );
  }

  /** Whether a task queued now would likely start too late to finish within `remainingMs`. */
  private wouldMiss(remainingMs: number): boolean {
    const rounds = Math.ceil((this.waiting.length + 1) / this.concurrency);
    return (rounds + 1) * this.recentMs > remainingMs;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.draining) throw this.stopping();
    const deadline = currentDeadline();
    if (this.active >= this.concurrency) {
      // Refused at once: the queue is full, or the wait would eat the request's deadline.
      if (this.waiting.length >= this.queueLimit || (deadline && this.wouldMiss(deadline.remainingMs()))) {
        throw this.busy();
      }
      await this.wait();
      // Admitted late: with less time left than a briefing takes, starting it would only end in
      // a timeout, so the slot goes to the next waiter.
      if (deadline && deadline.remainingMs() < this.recentMs) {
        this.release();
        throw this.busy();
      }
    } else {
      this.active++;
    }
    const started = Date.now();
    try {
      return await task();
    } finally {
      this.recentMs = Math.round(this.recentMs * 0.7 + (Date.now() - started) * 0.3);
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` only drops when none waits.
    if (next) next.admit();
    else {
      this.active--;
      if (this.active === 0) for (const done of this.idleWaiters.splice(0)) done();
    }
  }

  /** Refuses new work and every waiter (503); the running tasks go on. */
  drain(): void {
    this.draining = true;
    for (const waiter of this.waiting.splice(0)) waiter.refuse(this.stopping());
  }

  /** Resolves once no task runs. */
  idle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
