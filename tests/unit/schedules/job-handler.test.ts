import { describe, expect, it } from "vitest";
import { createJobHandler, RetryableRunError } from "../../../src/adapters/scheduling/job-handler.js";
import type { IndexPage } from "../../../src/core/articles/article-index.js";
import { inlineComposer } from "../../../src/core/briefings/compose-briefing.js";
import { StorageUnavailableError } from "../../../src/core/errors.js";
import type { PrintJob } from "../../../src/core/ports.js";
import { buildFacts } from "../../support/facts-builder.js";
import { DEADLINE_MS, runDeps, SCHEDULE_ID, taggedSchedule } from "./run-deps.js";

const event = { scheduleId: SCHEDULE_ID, scheduledTime: "2025-01-14T06:00:00Z" };

describe("the job handler: the entry point of a scheduled run", () => {
  it("takes EventBridge's payload and runs the schedule", async () => {
    const { deps } = runDeps();
    await deps.schedules.put(taggedSchedule());
    const handle = createJobHandler(deps);
    expect(await handle(event, DEADLINE_MS)).toMatchObject({
      kind: "ran",
      run: { scheduledTime: "2025-01-14T06:00:00.000Z", trigger: "schedule", status: "no-articles" },
    });
  });

  it("a duplicate delivery does nothing, even while the first is still running", async () => {
    let release: (page: IndexPage) => void = () => undefined;
    let lists = 0;
    const { deps } = runDeps(() => {
      lists++;
      return new Promise((resolve) => {
        release = resolve;
      });
    });
    await deps.schedules.put(taggedSchedule());
    const handle = createJobHandler(deps);
    const first = handle(event, DEADLINE_MS);
    const second = handle({ ...event, scheduledTime: "2025-01-14T09:00:00+03:00" }, DEADLINE_MS);
    await new Promise((r) => setTimeout(r, 20));
    release({ ids: [], more: false, nextCursor: null });
    expect(await first).toMatchObject({ kind: "ran" });
    expect(await second).toMatchObject({ kind: "duplicate" });
    expect(await handle(event, DEADLINE_MS)).toMatchObject({ kind: "duplicate" });
    expect(lists).toBe(1);
    expect(deps.scheduleRuns.runs.size).toBe(1);
  });

  it("throws after recording a transient failure, so the Lambda invocation is retried", async () => {
    const { deps } = runDeps(async () => {
      throw new StorageUnavailableError("article index Query");
    });
    await deps.schedules.put(taggedSchedule());
    const handle = createJobHandler(deps);
    await expect(handle(event, DEADLINE_MS)).rejects.toThrow(RetryableRunError);
    expect([...deps.scheduleRuns.runs.values()]).toEqual([
      expect.objectContaining({ status: "failed", error: expect.objectContaining({ retryable: true }) }),
    ]);
  });

  it("drops a malformed event with a logged reason: retrying it cannot help", async () => {
    const { deps, logged } = runDeps();
    const handle = createJobHandler(deps);
    for (const bad of [
      {},
      { scheduleId: "../../etc", scheduledTime: "2025-01-14T06:00:00Z" },
      { scheduleId: SCHEDULE_ID, scheduledTime: "<aws.scheduler.scheduled-time>" },
      "not an object",
    ]) {
      expect(await handle(bad, DEADLINE_MS)).toMatchObject({ kind: "rejected", reason: expect.any(String) });
    }
    expect(logged.filter((l) => l.level === "error")).toHaveLength(4);
  });

  it("does nothing for a schedule deleted since (an orphan delivery)", async () => {
    const { deps } = runDeps();
    expect(await createJobHandler(deps)(event, DEADLINE_MS)).toEqual({
      kind: "skipped",
      reason: "schedule-missing",
    });
  });

  it("gives the render the deadline its delivery carries", async () => {
    const { article, facts } = buildFacts({
      title: "Attack on Ghwayran prison",
      text: "Fighters attacked the Ghwayran prison on Sunday.",
      publishedAt: "2025-01-12",
      facts: [{ kind: "event", span: "Fighters attacked the Ghwayran prison", tags: ["prison-attack"] }],
    });
    const { deps } = runDeps();
    const printed: PrintJob[] = [];
    const stored: string[] = [];
    let ids = 0;
    const rendering = {
      ...deps,
      articles: {
        ...deps.articles,
        get: async () => article,
        getFacts: async () => ({ current: facts, machine: facts, versions: [] }),
        getCurrentFactsText: async () => JSON.stringify(facts),
      },
      composer: inlineComposer(deps.themes, {
        render: () => ({ html: "<p>briefing</p>", headerHtml: "", footerHtml: "" }),
      }),
      printer: {
        print: async (job: PrintJob) => {
          printed.push(job);
          return new Uint8Array([37, 80, 68, 70]);
        },
      },
      finisher: { finish: async (pdf: Uint8Array) => ({ pdf, pages: 1 }) },
      ids: { briefingId: () => `01JHF3Q9V6X8E2N4R5T7Y9B1D${ids++}` },
      briefings: {
        ...deps.briefings,
        putPdf: async (id: string) => void stored.push(`${id}/pdf`),
        stage: async (id: string) => void stored.push(`${id}/assessment`),
        putManifest: async (m: { id: string }) => void stored.push(`${m.id}/manifest`),
      },
    };
    await deps.schedules.put(taggedSchedule({ articles: { ids: [article.id] } }));
    const handle = createJobHandler(rendering);

    expect(await handle(event, 4321)).toMatchObject({ kind: "ran", run: { status: "succeeded" } });
    expect(await handle({ ...event, scheduledTime: "2025-01-15T06:00:00Z" }, DEADLINE_MS)).toMatchObject({
      kind: "ran",
      run: { status: "succeeded" },
    });
    // The print gets what remains of each delivery's own deadline.
    const [first, second] = printed.map((j) => j.deadlineMs);
    expect(first).toBeGreaterThan(DEADLINE_MS);
    expect(first).toBeLessThanOrEqual(4321);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThanOrEqual(DEADLINE_MS);
    // The assessment and the PDF are stored (in either order) before the manifest that vouches for both.
    expect(stored.slice(0, 2).sort()).toEqual([
      "01JHF3Q9V6X8E2N4R5T7Y9B1D0/assessment",
      "01JHF3Q9V6X8E2N4R5T7Y9B1D0/pdf",
    ]);
    expect(stored[2]).toBe("01JHF3Q9V6X8E2N4R5T7Y9B1D0/manifest");
  });
});
