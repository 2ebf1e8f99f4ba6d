import { describe, expect, it } from "vitest";
import { StorageUnavailableError } from "../../../src/core/errors.js";
import type { ScheduleRun } from "../../../src/core/schedules/run.js";
import { runSchedule } from "../../../src/core/schedules/run-schedule.js";
import { DEADLINE_MS, runDeps, SCHEDULE_ID, taggedSchedule } from "./run-deps.js";

const SIX = new Date("2025-01-14T06:00:00.000Z");
const scheduled = {
  scheduleId: SCHEDULE_ID,
  scheduledTime: SIX,
  trigger: "schedule" as const,
  deadlineMs: DEADLINE_MS,
};

describe("a run of a schedule", () => {
  it("records 'no-articles' with the reason when the selection matches nothing", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(taggedSchedule({ articles: { tag: "syria", latest: 3, sinceDays: 7 } }));
    const outcome = await runSchedule(deps, scheduled);
    expect(outcome).toEqual({
      kind: "ran",
      run: {
        scheduleId: SCHEDULE_ID,
        scheduledTime: "2025-01-14T06:00:00.000Z",
        trigger: "schedule",
        status: "no-articles",
        attempt: 1,
        startedAt: "2025-01-14T06:00:05.000Z",
        finishedAt: "2025-01-14T06:00:05.000Z",
        theme: "isis-prison-escape",
        articleIds: [],
        matched: 0,
        used: 0,
        briefingId: null,
        previousBriefingId: null,
        reason: "no stored article is tagged 'syria' within the last 7 days",
        error: null,
      },
    });
    expect(await deps.scheduleRuns.get(SCHEDULE_ID, SIX)).toEqual(
      outcome.kind === "ran" ? outcome.run : null,
    );
  });

  it("does nothing for a fire time already run, however it is spelled", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(taggedSchedule());
    await runSchedule(deps, scheduled);
    const again = await runSchedule(deps, {
      ...scheduled,
      scheduledTime: new Date("2025-01-14T09:00:00+03:00"),
    });
    expect(again).toMatchObject({ kind: "duplicate", run: { status: "no-articles", attempt: 1 } });
    expect(deps.scheduleRuns.runs.size).toBe(1);
  });

  it("skips a paused schedule's fire times, but runs it when asked by hand", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(taggedSchedule({ enabled: false }));
    expect(await runSchedule(deps, scheduled)).toEqual({ kind: "skipped", reason: "paused" });
    expect(deps.scheduleRuns.runs.size).toBe(0);
    expect(await runSchedule(deps, { ...scheduled, trigger: "manual" })).toMatchObject({
      kind: "ran",
      run: { trigger: "manual", status: "no-articles" },
    });
  });

  it("skips a schedule that no longer exists (an orphan EventBridge delivery)", async () => {
    const { deps } = runDeps();
    expect(await runSchedule(deps, scheduled)).toEqual({ kind: "skipped", reason: "schedule-missing" });
  });

  it("records a transient failure as retryable, and a redelivery runs it again", async () => {
    let calls = 0;
    const { deps } = runDeps(async () => {
      calls++;
      if (calls === 1) throw new StorageUnavailableError("article index Query");
      return { ids: [], more: false, nextCursor: null };
    });
    await deps.schedules.put(taggedSchedule());
    const first = await runSchedule(deps, scheduled);
    expect(first).toMatchObject({
      kind: "ran",
      run: {
        status: "failed",
        attempt: 1,
        error: {
          code: "storage-unavailable",
          message: expect.stringMatching(/object store/),
          retryable: true,
        },
      },
    });
    const second = await runSchedule(deps, scheduled);
    expect(second).toMatchObject({ kind: "ran", run: { status: "no-articles", attempt: 2, error: null } });
  });

  it("does not retry a failure that would only repeat (an unknown theme)", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(
      taggedSchedule({ theme: "retired-theme", articles: { ids: ["0123456789abcdef"] } }),
    );
    const first = await runSchedule(deps, scheduled);
    expect(first).toMatchObject({
      kind: "ran",
      run: {
        status: "failed",
        error: { code: "not-found", retryable: false },
        articleIds: ["0123456789abcdef"],
      },
    });
    expect(await runSchedule(deps, scheduled)).toMatchObject({ kind: "duplicate" });
  });

  it("takes over a run left 'running' by a process that died, not one still in progress", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(taggedSchedule());
    const abandoned: ScheduleRun = {
      scheduleId: SCHEDULE_ID,
      scheduledTime: SIX.toISOString(),
      trigger: "schedule",
      status: "running",
      attempt: 1,
      startedAt: "2025-01-14T06:00:01.000Z",
      finishedAt: null,
      theme: "isis-prison-escape",
      articleIds: [],
      briefingId: null,
      previousBriefingId: null,
      reason: null,
      error: null,
    };
    await deps.scheduleRuns.put(abandoned);
    expect(await runSchedule(deps, scheduled)).toMatchObject({
      kind: "duplicate",
      run: { status: "running" },
    });
    deps.clock.at = new Date("2025-01-14T06:20:00.000Z");
    expect(await runSchedule(deps, scheduled)).toMatchObject({
      kind: "ran",
      run: { status: "no-articles", attempt: 2 },
    });
  });
});
