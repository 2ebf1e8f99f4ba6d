// Before any core module: zod schemas made before @hono/zod-openapi extends zod have no .openapi,
// and the app's route schemas call it on core schemas (src/adapters/http/schemas.ts).
import "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobHandler, type JobOutcome } from "../../src/adapters/scheduling/job-handler.js";
import { LocalScheduler } from "../../src/adapters/scheduling/local-scheduler.js";
import { runDeps } from "../../src/container.js";
import type { ScheduleRun } from "../../src/core/schedules/run.js";
import { createLogger } from "../../src/logger.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * The local scheduler on a controlled clock, firing real runs: real Chromium renders into the
 * embedded S3. Two renders in all; the other runs are duplicates or select no article.
 */
const HOUR = 3_600_000;
const clock = { at: new Date("2025-01-15T02:00:00.000Z"), now: () => new Date(clock.at) };
const logger = createLogger("silent");

let stack: TestStack;
let handleJob: (event: unknown) => Promise<JobOutcome>;
let scheduler: LocalScheduler;
let app: TestStack["app"];

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const manifests = async () =>
  (await stack.keys()).filter((k) => /^briefings\/[^/]+\/manifest\.json$/.test(k));
const runsOf = async (id: string) =>
  ((await (await app.request(`/v1/schedules/${id}/runs`)).json()) as { items: ScheduleRun[] }).items;

beforeAll(async () => {
  stack = await startStack();
  const deps = runDeps({ ...stack.container.components, clock });
  const handler = createJobHandler(deps);
  // Fired in-process, a run is given the configured render timeout, as buildScheduling wires it.
  handleJob = (event) => handler(event, stack.container.config.browser.renderTimeoutMs);
  scheduler = new LocalScheduler({ store: deps.schedules, fire: handleJob, clock, graceMs: HOUR, logger });
  await scheduler.load();
  app = stack.appWith({ clock, jobs: scheduler });
  const res = await post("/v1/articles", {
    title: "Iraq fortifies its Syrian border after the fall of Assad",
    text: corpusText(),
    tags: ["syria", "iraq"],
  });
  expect(res.status).toBe(201);
});
afterAll(() => stack.close());

describe("scheduled briefings, fired by the local scheduler on a controlled clock", () => {
  let scheduleId: string;
  let firstBriefing: string;

  it("fires at 06:00 Baghdad time and stores a real briefing", async () => {
    const res = await post("/v1/schedules", {
      name: "Morning brief: ISIS detention",
      theme: "isis-prison-escape",
      articles: { tag: "syria", latest: 3, sinceDays: 7 },
      cron: "0 6 * * *",
      timezone: "Asia/Baghdad",
    });
    expect(res.status).toBe(201);
    const schedule = (await res.json()) as { id: string; nextFireTimes: string[] };
    scheduleId = schedule.id;
    expect(schedule.nextFireTimes[0]).toBe("2025-01-15T03:00:00.000Z");

    clock.at = new Date("2025-01-15T02:59:59.000Z");
    expect(await scheduler.tick(clock.now())).toEqual([]);
    clock.at = new Date("2025-01-15T03:00:20.000Z");
    expect(await scheduler.tick(clock.now())).toEqual([
      { scheduleId, scheduledTime: "2025-01-15T03:00:00.000Z", trigger: "schedule" },
    ]);

    const [run] = await runsOf(scheduleId);
    expect(run).toMatchObject({
      scheduledTime: "2025-01-15T03:00:00.000Z",
      trigger: "schedule",
      status: "succeeded",
      startedAt: "2025-01-15T03:00:20.000Z",
      finishedAt: "2025-01-15T03:00:20.000Z",
      previousBriefingId: null,
      error: null,
    });
    firstBriefing = run?.briefingId ?? "";
    const manifest = await (await app.request(`/v1/briefings/${firstBriefing}`)).json();
    expect(manifest).toMatchObject({
      theme: "isis-prison-escape",
      previousId: null,
      articleIds: run?.articleIds,
    });
    expect(await stack.keys()).toEqual(
      expect.arrayContaining([`schedules/${scheduleId}.json`, `briefings/${firstBriefing}/briefing.pdf`]),
    );
  });

  it("a duplicate delivery of the same fire time makes no second briefing", async () => {
    const before = await manifests();
    const outcome = await handleJob({ scheduleId, scheduledTime: "2025-01-15T06:00:00+03:00" });
    expect(outcome).toMatchObject({ kind: "duplicate", run: { briefingId: firstBriefing } });
    expect(await manifests()).toEqual(before);
    expect(await runsOf(scheduleId)).toHaveLength(1);
  });

  it("the next day's briefing says what changed since the first", async () => {
    const res = await post("/v1/articles", {
      title: "Islamic State fighters storm Syrian prison holding thousands of suspected militants",
      text: corpusText("001_ghwayran-prison-attack"),
      publishedAt: "2025-01-15",
      tags: ["syria"],
    });
    expect(res.status).toBe(201);
    clock.at = new Date("2025-01-16T03:00:30.000Z");
    expect(await scheduler.tick(clock.now())).toHaveLength(1);

    const runs = await runsOf(scheduleId);
    expect(runs.map((r) => [r.scheduledTime, r.status])).toEqual([
      ["2025-01-16T03:00:00.000Z", "succeeded"],
      ["2025-01-15T03:00:00.000Z", "succeeded"],
    ]);
    const second = runs[0] as ScheduleRun;
    expect(second.previousBriefingId).toBe(firstBriefing);
    expect(second.articleIds).toHaveLength(2);
    const manifest = (await (await app.request(`/v1/briefings/${second.briefingId}`)).json()) as {
      previousId: string;
      pdf: { url: string };
    };
    expect(manifest.previousId).toBe(firstBriefing);

    const pdf = await readPdf(new Uint8Array(await (await app.request(manifest.pdf.url)).arrayBuffer()));
    // Headings may be set in capitals by the print styles.
    const text = pdf.text.toLowerCase();
    expect(text).toContain("what changed since");
    expect(text).toContain(`compared with briefing ${firstBriefing.toLowerCase()}`);
    expect(pdf.text).toContain("Ghwayran");
  });

  it("after a restart, a fire time missed within the grace period runs once; before it, not at all", async () => {
    clock.at = new Date("2025-01-16T03:10:00.000Z");
    const res = await post("/v1/schedules", {
      name: "Nothing tagged this",
      theme: "isis-prison-escape",
      articles: { tag: "no-such-tag", latest: 2, sinceDays: 3 },
      cron: "30 6 * * *",
      timezone: "Asia/Baghdad",
    });
    const quiet = ((await res.json()) as { id: string }).id;
    // The process stops here; a new one starts at 03:55 UTC, 25 minutes after 06:30 in Baghdad.
    const before = await manifests();
    clock.at = new Date("2025-01-16T03:55:00.000Z");
    const restarted = new LocalScheduler({
      store: stack.container.components.schedules,
      fire: handleJob,
      clock,
      graceMs: HOUR,
      logger,
    });
    await restarted.load();
    expect(await restarted.tick(clock.now())).toEqual([
      // 06:00 in Baghdad fell in the grace period too: it ran before the stop, so it is a duplicate.
      { scheduleId, scheduledTime: "2025-01-16T03:00:00.000Z", trigger: "catch-up" },
      { scheduleId: quiet, scheduledTime: "2025-01-16T03:30:00.000Z", trigger: "catch-up" },
    ]);
    expect(await restarted.tick(new Date("2025-01-16T03:56:00.000Z"))).toEqual([]);
    expect(await manifests()).toEqual(before);
    expect(await runsOf(scheduleId)).toHaveLength(2);

    // The selector matched nothing: recorded with its reason, not a silent success or a crash.
    expect(await runsOf(quiet)).toEqual([
      expect.objectContaining({
        scheduledTime: "2025-01-16T03:30:00.000Z",
        trigger: "catch-up",
        status: "no-articles",
        reason: "no stored article is tagged 'no-such-tag' within the last 3 days",
        briefingId: null,
        error: null,
      }),
    ]);

    clock.at = new Date("2025-01-16T05:00:00.000Z");
    const late = new LocalScheduler({
      store: stack.container.components.schedules,
      fire: handleJob,
      clock,
      graceMs: HOUR,
      logger,
    });
    await late.load();
    expect(await late.tick(clock.now())).toEqual([]);
  });
});
