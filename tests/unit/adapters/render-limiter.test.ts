import { describe, expect, it } from "vitest";
import { RenderLimiter } from "../../../src/adapters/browser/render-limiter.js";
import { OverloadedError } from "../../../src/core/errors.js";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe("RenderLimiter", () => {
  it("runs at most `concurrency` tasks at once and queues the rest in order", async () => {
    const limiter = new RenderLimiter(2, 5);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limiter.run(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.stats).toEqual({ active: 2, queued: 1, concurrency: 2 });
    gates[0]?.resolve();
    await runs[0];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve();
    gates[2]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limiter.stats).toEqual({ active: 0, queued: 0, concurrency: 2 });
  });

  it("refuses work when the queue is full, with a Retry-After estimate", async () => {
    const limiter = new RenderLimiter(1, 1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const second = limiter.run(() => Promise.resolve());
    const third = limiter.run(() => Promise.resolve());
    await expect(third).rejects.toBeInstanceOf(OverloadedError);
    await expect(third).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    gate.resolve();
    await Promise.all([first, second]);
    expect(limiter.stats.active).toBe(0);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = new RenderLimiter(1, 0);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
