import { describe, expect, it } from "vitest";
import { cachedProbe } from "../../../src/adapters/http/routes/health.js";

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("cachedProbe", () => {
  it("shares one in-flight probe among concurrent callers", async () => {
    let calls = 0;
    const pending = deferred<string>();
    const probe = cachedProbe(() => {
      calls++;
      return pending.promise;
    }, 3000);
    const all = Promise.all([probe(), probe(), probe()]);
    expect(calls).toBe(1);
    pending.resolve("up");
    expect(await all).toEqual(["up", "up", "up"]);
    expect(calls).toBe(1);
  });

  it("reuses a result for the window after it settles, then probes again", async () => {
    let now = 0;
    let calls = 0;
    const probe = cachedProbe(
      async () => ++calls,
      3000,
      () => now,
    );
    expect(await probe()).toBe(1);
    now = 2999;
    expect(await probe()).toBe(1);
    now = 3000;
    expect(await probe()).toBe(2);
  });

  it("caches failures too, so a down dependency is not hammered", async () => {
    let now = 0;
    let calls = 0;
    const probe = cachedProbe(
      () => {
        calls++;
        return Promise.reject(new Error("down"));
      },
      1000,
      () => now,
    );
    await expect(probe()).rejects.toThrow("down");
    await expect(probe()).rejects.toThrow("down");
    expect(calls).toBe(1);
    now = 1000;
    await expect(probe()).rejects.toThrow("down");
    expect(calls).toBe(2);
  });

  it("times the window from when the probe settled, not when it started", async () => {
    let now = 0;
    let calls = 0;
    const pending = deferred<number>();
    const probe = cachedProbe(
      () => {
        calls++;
        return calls === 1 ? pending.promise : Promise.resolve(calls);
      },
      1000,
      () => now,
    );
    const first = probe();
    now = 5000;
    pending.resolve(1);
    expect(await first).toBe(1);
    now = 5999;
    expect(await probe()).toBe(1);
    expect(calls).toBe(1);
  });
});
