import { AsyncLocalStorage } from "node:async_hooks";
import { setMaxListeners } from "node:events";

/**
 * The time a request has left. One deadline covers the whole request: reads, composition,
 * rendering and storage. It travels with the async context, so a storage call deep in a store
 * can honour it without every signature growing a parameter.
 */
export interface Deadline {
  /** Milliseconds since the epoch at which the request's answer is due. */
  readonly dueAt: number;
  /** The budget the deadline was set with, for error messages. */
  readonly budgetMs: number;
  /** Aborts when the deadline passes. */
  readonly signal: AbortSignal;
  remainingMs(): number;
}

const storage = new AsyncLocalStorage<Deadline>();

export function createDeadline(budgetMs: number, now = Date.now()): Deadline {
  const dueAt = now + budgetMs;
  const signal = AbortSignal.timeout(Math.max(1, budgetMs));
  // Every storage call and queue wait of the request listens to it; dozens are normal.
  setMaxListeners(1000, signal);
  return {
    dueAt,
    budgetMs,
    signal,
    remainingMs: () => dueAt - Date.now(),
  };
}

/** Runs `task` with `deadline` as the current one. */
export function withDeadline<T>(deadline: Deadline, task: () => Promise<T>): Promise<T> {
  return storage.run(deadline, task);
}

/** The deadline of the request this code runs for, if any. */
export function currentDeadline(): Deadline | undefined {
  return storage.getStore();
}
