import { describe, expect, it } from "vitest";
import { LocalScheduler } from "../../../src/adapters/scheduling/local-scheduler.js";
import type { JobEvent } from "../../../src/core/schedules/ports.js";
import { createLogger } from "../../../src/logger.js";
import { fixedClock, MemoryScheduleStore } from "./fakes.js";
import { SCHEDULE_ID, taggedSchedule } from "./run-deps.js";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

function setup(options: { graceMs?: number; fail?: boolean } = {}) {
  const store = new MemoryScheduleStore();
  const clock = fixedClock("2025-01-14T05:00:00.000Z");
  const fired: JobEvent[] = [];
  const scheduler = new LocalScheduler({
    store,
    clock,
    graceMs: options.graceMs ?? HOUR,
    logger: createLogger("silent"),
    fire: async (event) => {
      fired.push(event);
      if (options.fail) throw new Error("render failed");
    },
  });
  return { store, clock, fired, scheduler };
}

describe("the local scheduler, on a controlled clock", () => {
  it("fires a schedule at its time, once", async () => {
    const { scheduler, fired } = setup();
    await scheduler.load();
    await scheduler.create(taggedSchedule());
    expect(await scheduler.tick(at("2025-01-14T05:59:59Z"))).toEqual([]);
    expect(await scheduler.tick(at("2025-01-14T06:00:00Z"))).toEqual([
      { scheduleId: SCHEDULE_ID, scheduledTime: "2025-01-14T06:00:00.000Z", trigger: "schedule" },
    ]);
    expect(await scheduler.tick(at("2025-01-14T06:00:30Z"))).toEqual([]);
    expect(await scheduler.tick(at("2025-01-15T06:00:10Z"))).toHaveLength(1);
    expect(fired.map((e) => e.scheduledTime)).toEqual([
      "2025-01-14T06:00:00.000Z",
      "2025-01-15T06:00:00.000Z",
    ]);
  });

  it("on start, fires a run missed within the grace period once, and not one missed before it", async () => {
    const within = setup();
    await within.store.put(taggedSchedule());
    await within.scheduler.load(at("2025-01-14T06:40:00Z"));
    expect(await within.scheduler.tick(at("2025-01-14T06:40:00Z"))).toEqual([
      { scheduleId: SCHEDULE_ID, scheduledTime: "2025-01-14T06:00:00.000Z", trigger: "catch-up" },
    ]);
    expect(await within.scheduler.tick(at("2025-01-14T06:41:00Z"))).toEqual([]);

    const beyond = setup();
    await beyond.store.put(taggedSchedule());
    await beyond.scheduler.load(at("2025-01-14T07:30:00Z"));
    expect(await beyond.scheduler.tick(at("2025-01-14T07:30:00Z"))).toEqual([]);
    expect(await beyond.scheduler.tick(at("2025-01-15T06:00:00Z"))).toHaveLength(1);
  });

  it("fires several missed fire times as one run, the latest", async () => {
    const { store, scheduler } = setup({ graceMs: 6 * HOUR });
    await store.put(
      taggedSchedule({ cron: null, rate: "every hour", rateStartsAt: "2025-01-14T00:00:00.000Z" }),
    );
    await scheduler.load(at("2025-01-14T05:30:00Z"));
    expect(await scheduler.tick(at("2025-01-14T05:30:00Z"))).toEqual([
      { scheduleId: SCHEDULE_ID, scheduledTime: "2025-01-14T05:00:00.000Z", trigger: "catch-up" },
    ]);
  });

  it("pausing stops it; resuming does not fire what fell due while paused", async () => {
    const { scheduler, clock } = setup();
    await scheduler.load();
    await scheduler.create(taggedSchedule());
    await scheduler.update(taggedSchedule({ enabled: false }));
    expect(await scheduler.tick(at("2025-01-14T06:00:00Z"))).toEqual([]);
    clock.at = at("2025-01-14T06:30:00Z");
    await scheduler.update(taggedSchedule({ enabled: true }));
    expect(await scheduler.tick(at("2025-01-14T06:31:00Z"))).toEqual([]);
    expect(await scheduler.tick(at("2025-01-15T06:00:00Z"))).toHaveLength(1);
  });

  it("a removed schedule fires no more; a failed run is logged and the next still fires", async () => {
    const { scheduler, fired } = setup({ fail: true });
    await scheduler.load();
    await scheduler.create(taggedSchedule());
    expect(await scheduler.tick(at("2025-01-14T06:00:00Z"))).toHaveLength(1);
    expect(await scheduler.tick(at("2025-01-15T06:00:00Z"))).toHaveLength(1);
    await scheduler.remove(SCHEDULE_ID);
    expect(await scheduler.tick(at("2025-01-16T06:00:00Z"))).toEqual([]);
    expect(fired).toHaveLength(2);
  });

  it("in production a timer ticks at the next fire time", async () => {
    const store = new MemoryScheduleStore();
    const base = Date.parse("2025-01-14T05:59:59.700Z");
    const started = Date.now();
    const clock = { now: () => new Date(base + (Date.now() - started)) };
    await store.put(taggedSchedule());
    const fired: JobEvent[] = [];
    const scheduler = new LocalScheduler({
      store,
      clock,
      graceMs: 0,
      logger: createLogger("silent"),
      fire: async (event) => {
        fired.push(event);
      },
    });
    await scheduler.start();
    await new Promise((r) => setTimeout(r, 700));
    await scheduler.stop();
    expect(fired).toEqual([
      { scheduleId: SCHEDULE_ID, scheduledTime: "2025-01-14T06:00:00.000Z", trigger: "schedule" },
    ]);
  });
});
