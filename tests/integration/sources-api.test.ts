import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AMBUSH,
  CONVOY,
  type FixtureWeb,
  INFILTRATION,
  STRIKES,
  startFixtureWeb,
  storyBody,
  storyTitle,
} from "../support/feed-fixtures.js";
import { startStack, type TestStack } from "../support/stack.js";

let stack: TestStack;
let web: FixtureWeb;
let app: TestStack["app"];

beforeAll(async () => {
  // Past the 2 MiB an article page may take.
  web = await startFixtureWeb({ oversizedBytes: 2.5 * 1024 * 1024 });
  // The real composition root and outbound door, with the fixture web allow-listed on loopback.
  stack = await startStack({ SB_OUTBOUND_ALLOW: new URL(web.origin).host });
  app = stack.app;
});
afterAll(async () => {
  await web?.close();
  await stack?.close();
});

const json = (method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });

/** Asserts a status; a wrong one shows its problem document (a rare 503 under CI load had none). */
async function expectStatus(res: Response, status: number): Promise<void> {
  if (res.status !== status) expect(`${res.status} ${await res.clone().text()}`).toBe(String(status));
}

async function register(body: Record<string, unknown>) {
  const res = await json("POST", "/v1/sources", body);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; reliability: string; reliabilityFrom: string };
}

interface Poll {
  httpStatus: number | null;
  outcome: string;
  items: { new: number; seen: number; copies: number; failed: number };
  failures: { item: string; url: string | null; reason: string }[];
  articleIds: string[];
}
const poll = async (id: string) => {
  const res = await json("POST", `/v1/sources/${id}/poll`);
  expect(res.status).toBe(201);
  return (await res.json()) as Poll;
};
const article = async (id: string) =>
  (await (await app.request(`/v1/articles/${id}`)).json()) as Record<string, unknown>;
const articleKeys = async () => (await stack.keys()).filter((k) => k.startsWith("articles/"));

describe("sources registry", () => {
  it("refuses bad input with problem documents and stores nothing", async () => {
    const before = await stack.keys();
    for (const body of [
      { url: `${web.origin}/levant/rss.xml`, outlet: "Levant Wire", pollIntervalMinutes: 10 },
      { url: "ftp://example.com/feed.xml", outlet: "Levant Wire" },
      { url: `${web.origin}/levant/rss.xml`, outlet: "" },
      { url: `${web.origin}/levant/rss.xml`, outlet: "Levant Wire", reliability: "Z" },
      { url: `${web.origin}/levant/rss.xml`, outlet: "Levant Wire", extra: true },
    ]) {
      const res = await json("POST", "/v1/sources", body);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
    expect((await json("GET", "/v1/sources/not-an-id")).status).toBe(400);
    expect((await json("GET", "/v1/sources/01JHF3Q9V6X8E2N4R5T7Y9B1C3")).status).toBe(404);
    expect(await stack.keys()).toEqual(before);
  });

  it("grades from the outlet registry, keeps a client's grade, and pages, changes and removes sources", async () => {
    const reuters = await register({ url: `${web.origin}/r.xml`, outlet: "Reuters" });
    expect(reuters).toMatchObject({ reliability: "B", reliabilityFrom: "registry" });
    const unknown = await register({
      url: `${web.origin}/u.xml`,
      outlet: "Some Blog",
      tags: ["Syria", "syria"],
    });
    expect(unknown).toMatchObject({
      reliability: "F",
      reliabilityFrom: "unknown",
      tags: ["syria"],
      pollIntervalMinutes: 60,
    });
    const given = await register({ url: `${web.origin}/g.xml`, outlet: "Reuters", reliability: "C" });
    expect(given).toMatchObject({ reliability: "C", reliabilityFrom: "client" });

    const first = (await (await json("GET", "/v1/sources?limit=2")).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    expect(first.items.map((s) => s.id)).toEqual([reuters.id, unknown.id]);
    const second = (await (await json("GET", `/v1/sources?limit=2&cursor=${first.nextCursor}`)).json()) as {
      items: { id: string }[];
    };
    expect(second.items.map((s) => s.id)).toEqual([given.id]);

    const patched = await json("PATCH", `/v1/sources/${unknown.id}`, {
      outlet: "Associated Press",
      pollIntervalMinutes: 30,
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      outlet: "Associated Press",
      reliability: "B",
      reliabilityFrom: "registry",
      pollIntervalMinutes: 30,
    });
    expect((await json("PATCH", `/v1/sources/${unknown.id}`, { pollIntervalMinutes: 5 })).status).toBe(400);

    for (const s of [reuters, unknown, given])
      expect((await json("DELETE", `/v1/sources/${s.id}`)).status).toBe(204);
    expect((await json("GET", `/v1/sources/${reuters.id}`)).status).toBe(404);
    expect((await stack.keys()).filter((k) => k.includes("sources"))).toEqual([]);
  });
});

describe("polling feeds", () => {
  let levant: string;
  let ambushId: string;

  it("takes in an RSS feed: pages, full content, odd dates, a redirect; each bad item fails with its reason", async () => {
    levant = (await register({ url: `${web.origin}/levant/rss.xml`, outlet: "Levant Wire", tags: ["syria"] }))
      .id;
    const record = await poll(levant);
    expect(record).toMatchObject({
      httpStatus: 200,
      outcome: "ok",
      items: { new: 3, seen: 0, copies: 0, failed: 4 },
    });
    expect(record.failures.map((f) => [f.item, f.reason])).toEqual([
      ["levant-3", "too-little-text"],
      ["levant-4", "content-type"],
      ["levant-6", "too-large"],
      ["levant-7", "no-article-text"],
    ]);
    // The item carrying its full text was not fetched: its page does not exist on the fixture web.
    expect(web.requests).not.toContain("GET /levant/infiltration.html");

    const stored = await Promise.all(record.articleIds.map(article));
    const [ambush, infiltration, convoy] = stored;
    ambushId = String(ambush?.id);
    expect(ambush).toMatchObject({
      title: storyTitle(AMBUSH),
      url: `${web.origin}/levant/ambush.html`,
      source: "Levant Wire",
      byline: "Lina Haddad and Omar Saleh",
      publishedAt: "2025-03-17",
      sourceId: levant,
      tags: ["syria"],
    });
    expect(String(ambush?.text)).toContain("Islamic State militants killed 11 Syrian government soldiers");
    expect(String(ambush?.text)).not.toMatch(/Subscribe|All rights reserved|evil\.example/);
    expect(infiltration).toMatchObject({
      title: storyTitle(INFILTRATION),
      url: `${web.origin}/levant/infiltration.html`,
      byline: "AFP",
      publishedAt: "2025-03-03",
      sourceId: levant,
    });
    expect(String(infiltration?.text).split("\n\n")[0]).toBe(
      storyBody(INFILTRATION).split("\n\n")[0]?.trim(),
    );
    // Redirected, canonical URL without the tracking query; the date from the page's <time>.
    expect(convoy).toMatchObject({
      url: `${web.origin}/levant/convoy.html`,
      publishedAt: "2026-03-12",
      sourceId: levant,
    });
    for (const a of stored) expect(Date.parse(String(a?.fetchedAt))).toBeGreaterThan(Date.now() - 120_000);
    expect(stored.map((a) => a?.reliability ?? null)).toEqual([null, null, null]);

    const keys = await articleKeys();
    expect(keys.filter((k) => k.endsWith("/article.json")).sort()).toEqual(
      record.articleIds.map((id) => `articles/${id}/article.json`).sort(),
    );
    expect(convoy?.title).toBe(storyTitle(CONVOY));
  });

  it("a re-poll asks conditionally and stores nothing; a changed feed re-reads only what changed", async () => {
    const before = await stack.keys();
    const unchanged = await poll(levant);
    expect(unchanged).toMatchObject({
      httpStatus: 304,
      outcome: "not-modified",
      items: { new: 0, seen: 0, copies: 0, failed: 0 },
    });
    expect((await stack.keys()).filter((k) => !k.includes("/polls/") && !k.endsWith("state.json"))).toEqual(
      before.filter((k) => !k.includes("/polls/") && !k.endsWith("state.json")),
    );

    web.touchRss();
    const pages = web.requests.length;
    const again = await poll(levant);
    expect(again).toMatchObject({
      httpStatus: 200,
      outcome: "ok",
      items: { new: 0, seen: 3, copies: 0, failed: 4 },
    });
    // Taken-in items are not fetched again; failed ones are retried.
    const fetched = web.requests.slice(pages);
    expect(fetched).not.toContain("GET /levant/ambush.html");
    expect(fetched).toContain("GET /levant/paywalled.html");
    expect(await articleKeys()).toEqual(before.filter((k) => k.startsWith("articles/")));
  });

  it("stores another outlet's copy of the same wire story once, linked to the original", async () => {
    const desk = (await register({ url: `${web.origin}/desk/atom.xml`, outlet: "Reuters" })).id;
    const before = (await articleKeys()).filter((k) => k.endsWith("/article.json"));
    const record = await poll(desk);
    expect(record).toMatchObject({ httpStatus: 200, items: { new: 1, seen: 0, copies: 1, failed: 0 } });
    const after = (await articleKeys()).filter((k) => k.endsWith("/article.json"));
    expect(after.length).toBe(before.length + 1);
    const original = await article(ambushId);
    expect(original.copies).toEqual([
      {
        url: `${web.origin}/desk/ambush-copy.html`,
        outlet: "Reuters",
        sourceId: desk,
        title: "Desert ambush leaves 11 soldiers dead",
        similarity: expect.any(Number),
        seenAt: expect.any(String),
      },
    ]);
    expect((original.copies as { similarity: number }[])[0]?.similarity).toBeGreaterThan(0.8);
    const captagon = await article(record.articleIds[0] ?? "");
    expect(captagon).toMatchObject({
      source: "Reuters",
      byline: "Omar Fadhil",
      publishedAt: "2025-11-04",
      sourceId: desk,
    });
  });

  it("takes in a JSON Feed, and records a malformed feed as a failed poll", async () => {
    const monitor = (await register({ url: `${web.origin}/monitor/feed.json`, outlet: "Border Monitor" })).id;
    const record = await poll(monitor);
    expect(record.items).toEqual({ new: 1, seen: 0, copies: 0, failed: 0 });
    expect(await article(record.articleIds[0] ?? "")).toMatchObject({
      byline: "Monitor staff",
      publishedAt: "2025-06-01",
      source: "Border Monitor",
    });

    const broken = (await register({ url: `${web.origin}/broken.xml`, outlet: "Broken" })).id;
    const failed = await poll(broken);
    expect(failed).toMatchObject({
      httpStatus: 200,
      outcome: "failed",
      items: { new: 0, seen: 0, copies: 0, failed: 0 },
    });
    expect(failed.failures).toEqual([
      { item: "feed", url: null, reason: "malformed-feed", detail: expect.stringMatching(/malformed/) },
    ]);
    const missing = (await register({ url: `${web.origin}/nowhere.xml`, outlet: "Gone" })).id;
    expect(await poll(missing)).toMatchObject({
      httpStatus: 404,
      outcome: "failed",
      failures: [{ reason: "http-status" }],
    });
  });

  it("keeps the poll history, latest first", async () => {
    const res = await json("GET", `/v1/sources/${levant}/polls?limit=2`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: Poll[]; nextCursor: string | null };
    expect(page.items.map((p) => p.httpStatus)).toEqual([200, 304]);
    expect(page.nextCursor).not.toBeNull();
    const rest = (await (
      await json("GET", `/v1/sources/${levant}/polls?cursor=${page.nextCursor}`)
    ).json()) as { items: Poll[] };
    expect(rest.items.map((p) => p.items.new)).toEqual([3]);
  });
});

describe("POST /v1/articles/import", () => {
  it("imports a page once; a copy answers with its original; refusals store nothing", async () => {
    const created = await json("POST", "/v1/articles/import", {
      url: `${web.origin}/desk/captagon.html?x=1`,
      tags: ["iraq"],
    });
    // Stored already by the Atom poll: same title and text.
    await expectStatus(created, 200);

    const before = await stack.keys();
    const copy = await json("POST", "/v1/articles/import", { url: `${web.origin}/desk/ambush-copy.html` });
    await expectStatus(copy, 200);
    expect(((await copy.json()) as { url: string }).url).toBe(`${web.origin}/levant/ambush.html`);
    expect(await stack.keys()).toEqual(before);

    for (const [url, status, reason] of [
      [`${web.origin}/levant/paywalled.html`, 422, "too-little-text"],
      [`${web.origin}/levant/report.pdf`, 422, "content-type"],
      [`${web.origin}/levant/empty.html`, 422, "no-article-text"],
      [`${web.origin}/nowhere.html`, 502, "http-status"],
    ] as const) {
      const res = await json("POST", "/v1/articles/import", { url });
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ status, reason });
    }
    expect((await json("POST", "/v1/articles/import", { url: "file:///etc/passwd" })).status).toBe(400);
    // Loopback is reachable only at the allow-listed fixture address: any other port is refused.
    const blocked = await json("POST", "/v1/articles/import", { url: "http://127.0.0.1:9/x.html" });
    expect(blocked.status).toBe(422);
    expect(await blocked.json()).toMatchObject({ reason: "blocked-address" });
    const metadata = await json("POST", "/v1/articles/import", {
      url: "http://169.254.169.254/latest/meta-data/",
    });
    expect(await metadata.json()).toMatchObject({ status: 422, reason: "blocked-address" });
    expect(await stack.keys()).toEqual(before);
  });

  it("stores a new page with its URL, outlet, byline, date and fetch time; a known one is found", async () => {
    const res = await json("POST", "/v1/articles/import", { url: `${web.origin}/go/convoy`, tags: ["iraq"] });
    // The convoy story is stored already (RSS poll); the import finds it.
    expect(res.status).toBe(200);
    const before = await articleKeys();
    const fresh = await json("POST", "/v1/articles/import", {
      url: `${web.origin}/desk/strikes.html`,
      tags: ["jordan"],
    });
    await expectStatus(fresh, 201);
    const stored = (await fresh.json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      title: storyTitle(STRIKES),
      url: `${web.origin}/desk/strikes.html`,
      source: "Amman Desk",
      byline: "Desk staff",
      publishedAt: "2025-02-12",
      tags: ["jordan"],
    });
    expect(stored.sourceId).toBeUndefined();
    expect(Date.parse(String(stored.fetchedAt))).toBeGreaterThan(Date.now() - 60_000);
    expect(fresh.headers.get("location")).toBe(`/v1/articles/${stored.id}`);
    expect((await articleKeys()).filter((k) => !before.includes(k)).sort()).toEqual([
      `articles/${stored.id}/article.json`,
      `articles/${stored.id}/facts.json`,
    ]);
  });
});
