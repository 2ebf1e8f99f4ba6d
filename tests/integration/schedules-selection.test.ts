// Before any core module: zod schemas made before @hono/zod-openapi extends zod have no .openapi.
import "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newArticle } from "../../src/core/articles/article.js";
import { MAX_ARTICLES_PER_BRIEFING } from "../../src/core/briefings/generate-briefing.js";
import type { ScheduleRun } from "../../src/core/schedules/run.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * Schedules that select by source, tag and time window, run over the local stack: articles are
 * stored through the store the feeds and imports use (S3 on the embedded server, the index on
 * the embedded dynalite), and the runs select through the index.
 */
const SOURCE_A = "01JHF3Q9V6X8E2N4R5T7Y9B1A0";
const SOURCE_B = "01JHF3Q9V6X8E2N4R5T7Y9B1B0";
const clock = { at: new Date("2025-01-20T05:00:00.000Z"), now: () => new Date(clock.at) };
const HOUR = 3_600_000;

let stack: TestStack;
let app: TestStack["app"];
/** Ids by name, to state what each run must select. */
const ids = new Map<string, string>();

const post = async (path: string, body?: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** Stores an article as a feed poll would: from a source, at a time, through the indexed store. */
async function store(name: string, sourceId: string | null, hoursAgo: number, tags: string[]) {
  const at = new Date(clock.at.getTime() - hoursAgo * HOUR);
  const article = {
    ...newArticle(
      {
        title: `Report ${name}`,
        text: `Fighters attacked the Ghwayran prison in Hasakah (report ${name}). The SDF said the guards held.`,
        tags,
      },
      at,
    ),
    ...(sourceId ? { sourceId } : {}),
  };
  const { components } = stack.container;
  await components.articles.save(article, await components.extractor.extract(article));
  ids.set(name, article.id);
}

async function scheduleAndRun(articles: unknown): Promise<ScheduleRun> {
  const res = await post("/v1/schedules", {
    name: "Selection",
    theme: "isis-prison-escape",
    articles,
    cron: "0 6 * * *",
    enabled: false,
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const run = await post(`/v1/schedules/${id}/run`);
  expect(run.status).toBe(201);
  return (await run.json()) as ScheduleRun;
}

beforeAll(async () => {
  stack = await startStack();
  app = stack.appWith({ clock });
  // Source A: 30 articles within the last 3 days (one every two hours), 3 older ones.
  for (let n = 0; n < 30; n++) await store(`a${n}`, SOURCE_A, 1 + 2 * n, n % 4 === 0 ? ["syria"] : []);
  for (let n = 0; n < 3; n++) await store(`a-old${n}`, SOURCE_A, 24 * 5 + n, ["syria"]);
  // Source B: two recent, one tagged.
  await store("b0", SOURCE_B, 3.5, ["syria"]);
  await store("b1", SOURCE_B, 10.5, []);
  // Posted by hand, no source.
  await store("hand", null, 2.5, ["syria"]);
}, 120_000);
afterAll(() => stack.close());

describe("schedules selecting by source, tag and window over the local stack", () => {
  it("by sources, tag and window: exactly the matching articles, newest first", async () => {
    const run = await scheduleAndRun({ sources: [SOURCE_A, SOURCE_B], tag: "syria", sinceDays: 3 });
    const want = ["a0", "b0", "a4", "a8", "a12", "a16", "a20", "a24", "a28"].map((n) => ids.get(n));
    expect(run).toMatchObject({ status: "succeeded", articleIds: want, matched: 9, used: 9 });
    const manifest = await (await app.request(`/v1/briefings/${run.briefingId}`)).json();
    expect(manifest).toMatchObject({ articleIds: want });
  }, 120_000);

  it("more than a briefing can take: uses the newest and records how many matched", async () => {
    const run = await scheduleAndRun({ sources: [SOURCE_A], sinceDays: 3 });
    const newest = Array.from({ length: MAX_ARTICLES_PER_BRIEFING }, (_, n) => ids.get(`a${n}`));
    expect(run).toMatchObject({
      status: "succeeded",
      articleIds: newest,
      matched: 30,
      used: MAX_ARTICLES_PER_BRIEFING,
    });
    const runs = (await (await app.request(`/v1/schedules/${run.scheduleId}/runs`)).json()) as {
      items: ScheduleRun[];
    };
    expect(runs.items[0]).toMatchObject({ matched: 30, used: MAX_ARTICLES_PER_BRIEFING });
  }, 120_000);

  it("a source and tags within one day: what matches, else a no-articles run with its reason", async () => {
    const run = await scheduleAndRun({
      sources: [SOURCE_B],
      tags: ["syria", "iraq"],
      latest: 5,
      sinceDays: 1,
    });
    // b0 (3.5 hours ago) is in the window and tagged syria.
    expect(run).toMatchObject({ status: "succeeded", articleIds: [ids.get("b0")], matched: 1, used: 1 });
    const none = await scheduleAndRun({ sources: [SOURCE_B], tag: "iraq", latest: 5, sinceDays: 1 });
    expect(none).toMatchObject({
      status: "no-articles",
      articleIds: [],
      matched: 0,
      reason: `no stored article from source ${SOURCE_B} is tagged 'iraq' within the last 1 day`,
    });
  }, 120_000);

  it("the API description carries the selection by source and the run's matched and used", async () => {
    const run = (await (await app.request("/openapi.json")).json()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(Object.keys(run.components.schemas.ScheduleRun?.properties ?? {})).toEqual(
      expect.arrayContaining(["matched", "used", "articleIds"]),
    );
    // The schedule's selection, wherever the document puts it, names sources and tags.
    const doc = JSON.stringify(run);
    expect(doc).toMatch(/"sources":\{"type":"array"/);
    expect(doc).toMatch(/"tags":\{"type":"array"/);
  });

  it("refuses a selection naming a source that is not a source id", async () => {
    const res = await post("/v1/schedules", {
      name: "Bad",
      theme: "isis-prison-escape",
      articles: { sources: ["feed-1"], sinceDays: 3 },
      cron: "0 6 * * *",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(await res.json())).toMatch(/must be a source id/);
  });
});
