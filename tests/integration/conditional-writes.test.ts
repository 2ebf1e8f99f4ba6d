import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusText } from "../support/corpus.js";
import { startStack, type TestStack } from "../support/stack.js";

// Concurrent writers over the real stack (embedded S3 with conditional puts): a loser gets 409
// or 412 and stores nothing; no version number is ever saved twice.

let stack: TestStack;
let articleId: string;
let facts: Record<string, unknown>;

beforeAll(async () => {
  stack = await startStack({ SCHEDULER: "local" });
  const res = await stack.app.request("/v1/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      title: "Iraq fortifies its Syrian border after the fall of Assad",
      text: corpusText(),
      tags: ["syria"],
    }),
  });
  articleId = ((await res.json()) as { id: string }).id;
  const machine = (await (await stack.app.request(`/v1/articles/${articleId}/facts`)).json()) as {
    facts: Record<string, unknown> & { entities: unknown[] };
  };
  facts = { ...machine.facts, entities: machine.facts.entities.slice(0, 2), quotes: [], facts: [] };
});
afterAll(() => stack.close());

const putFacts = (headers: Record<string, string> = {}) =>
  stack.app.request(`/v1/articles/${articleId}/facts`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(facts),
  });

const versionKeys = async () =>
  (await stack.keys()).filter((k) => k.startsWith(`articles/${articleId}/facts/`));

async function expectProblem(res: Response, statuses: number[]) {
  expect(statuses).toContain(res.status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as { status: number; type: string };
  expect(body.type).toMatch(res.status === 409 ? "/problems/conflict" : "/problems/precondition-failed");
}

describe("analyst fact versions under concurrent saves", () => {
  it("gives concurrent saves distinct consecutive versions, or 409 to the losers, never a duplicate", async () => {
    const before = (await versionKeys()).length;
    const results = await Promise.all(Array.from({ length: 8 }, () => putFacts()));
    const won: number[] = [];
    for (const res of results) {
      if (res.status === 200) won.push(((await res.json()) as { version: number }).version);
      else await expectProblem(res, [409]);
    }
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(new Set(won).size).toBe(won.length);
    const got = (await (await stack.app.request(`/v1/articles/${articleId}/facts`)).json()) as {
      versions: { version: number }[];
    };
    const numbers = got.versions.map((v) => v.version);
    // Exactly the winners were stored: 1..n, each once.
    expect(numbers).toEqual(Array.from({ length: before + won.length }, (_, i) => i + 1));
    expect(await versionKeys()).toHaveLength(before + won.length);
  });

  it("honours If-Match: the current ETag saves, a stale one is 412 and stores nothing", async () => {
    const read = await stack.app.request(`/v1/articles/${articleId}/facts`);
    const etag = read.headers.get("etag");
    expect(etag).toMatch(/^"v\d+"$/);
    const saved = await putFacts({ "if-match": etag ?? "" });
    expect(saved.status).toBe(200);
    const next = saved.headers.get("etag");
    expect(next).not.toBe(etag);

    const keys = await versionKeys();
    await expectProblem(await putFacts({ "if-match": etag ?? "" }), [412]);
    await expectProblem(await putFacts({ "if-match": '"not-a-version"' }), [412]);
    await expectProblem(await putFacts({ "if-match": `W/${next}` }), [412]);
    expect(await versionKeys()).toEqual(keys);
    expect((await putFacts({ "if-match": "*" })).status).toBe(200);
  });

  it("of concurrent saves over the same ETag, exactly one wins; the rest get 412", async () => {
    const etag = (await stack.app.request(`/v1/articles/${articleId}/facts`)).headers.get("etag") ?? "";
    const keys = await versionKeys();
    const results = await Promise.all(Array.from({ length: 6 }, () => putFacts({ "if-match": etag })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const res of results.filter((r) => r.status !== 200)) await expectProblem(res, [412]);
    expect(await versionKeys()).toHaveLength(keys.length + 1);
  });
});

describe("schedule edits under concurrent changes", () => {
  let scheduleId: string;
  const patch = (body: unknown, headers: Record<string, string> = {}) =>
    stack.app.request(`/v1/schedules/${scheduleId}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const read = async () => {
    const res = await stack.app.request(`/v1/schedules/${scheduleId}`);
    return {
      etag: res.headers.get("etag") ?? "",
      body: (await res.json()) as { name: string; enabled: boolean },
    };
  };

  beforeAll(async () => {
    const res = await stack.app.request("/v1/schedules", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Morning brief",
        theme: "isis-prison-escape",
        articles: { tag: "syria", latest: 1 },
        cron: "0 6 * * *",
        timezone: "Asia/Baghdad",
        enabled: false,
      }),
    });
    expect(res.status).toBe(201);
    scheduleId = ((await res.json()) as { id: string }).id;
  });

  it("serves an ETag, honours a current If-Match and refuses a stale one with 412, changing nothing", async () => {
    const first = await read();
    expect(first.etag).toMatch(/^"[^"]+"$/);
    const renamed = await patch({ name: "Renamed" }, { "if-match": first.etag });
    expect(renamed.status).toBe(200);
    const etag = renamed.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(etag).not.toBe(first.etag);
    expect((await read()).etag).toBe(etag);

    await expectProblem(await patch({ name: "Stale" }, { "if-match": first.etag }), [412]);
    const del = await stack.app.request(`/v1/schedules/${scheduleId}`, {
      method: "DELETE",
      headers: { "if-match": first.etag },
    });
    await expectProblem(del, [412]);
    expect((await read()).body.name).toBe("Renamed");
  });

  it("of concurrent edits, one wins and the others get 409 (412 with If-Match); none is lost silently", async () => {
    const { etag } = await read();
    const names = Array.from({ length: 6 }, (_, i) => `Edit ${i}`);
    const results = await Promise.all(names.map((name) => patch({ name })));
    const winners = results.filter((r) => r.status === 200);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    for (const res of results.filter((r) => r.status !== 200)) await expectProblem(res, [409]);
    // The stored name is the last winner's; every 200 was really written in turn.
    const stored = await read();
    const winnerNames = await Promise.all(
      winners.map(async (r) => ((await r.json()) as { name: string }).name),
    );
    expect(winnerNames).toContain(stored.body.name);

    const again = await Promise.all(names.map((name) => patch({ name }, { "if-match": stored.etag })));
    expect(again.filter((r) => r.status === 200)).toHaveLength(1);
    for (const res of again.filter((r) => r.status !== 200)) await expectProblem(res, [412]);
    expect(etag).not.toBe(stored.etag);
  });
});

describe("the embedded S3's conditional puts", () => {
  it("lets exactly one of concurrent If-None-Match: * puts on one key through", async () => {
    const s3 = stack.container.embeddedS3;
    if (!s3) throw new Error("expects the embedded S3 server");
    const client = new S3Client({
      region: "us-east-1",
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: s3.credentials,
    });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          client.send(
            new PutObjectCommand({
              Bucket: stack.container.config.storage.bucket,
              Key: "race/once.json",
              Body: String(i),
              IfNoneMatch: "*",
            }),
          ),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected") expect(r.reason).toMatchObject({ $metadata: { httpStatusCode: 412 } });
      }
      expect((await stack.keys()).filter((k) => k.startsWith("race/"))).toEqual(["race/once.json"]);
    } finally {
      client.destroy();
    }
  });
});
