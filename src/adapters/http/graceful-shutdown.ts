import type { Server } from "node:http";
import type { Logger } from "../../logger.js";

export interface Drainable {
  /** Refuse new and queued work (503) from now on. */
  drain(): void;
  /** Resolves once no admitted work runs. */
  idle(): Promise<void>;
}

export interface ShutdownOptions {
  server: Server;
  work: Drainable;
  /** How long admitted work may take to finish before the process stops anyway. */
  graceMs: number;
  /** Releases the rest: browser, worker threads, storage. */
  release(): Promise<void>;
  logger: Logger;
}

const sleep = (ms: number) =>
  new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms).unref());

/**
 * Stops the server in order: stop accepting connections, refuse queued and new work with 503,
 * let the briefings already admitted finish within the grace period, let their answers go out,
 * then release the browser and the store. Resolves when all of that is done.
 */
export async function shutDown(options: ShutdownOptions): Promise<void> {
  const { server, work, logger } = options;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  work.drain();
  server.closeIdleConnections();
  const outcome = await Promise.race([work.idle().then(() => "idle" as const), sleep(options.graceMs)]);
  if (outcome === "timeout") logger.warn("shutdown: grace period over with briefings still running");
  // Answers already being written get a moment to leave; idle keep-alive sockets close now.
  server.closeIdleConnections();
  if ((await Promise.race([closed.then(() => "closed" as const), sleep(2000)])) === "timeout") {
    server.closeAllConnections();
  }
  await options.release();
}
