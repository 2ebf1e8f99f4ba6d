import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSET_ORIGIN } from "../../src/adapters/templates/font-assets.js";
import { corpusText } from "../support/corpus.js";
import { startStack, type TestStack } from "../support/stack.js";

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  stack.app.request("/v1/articles", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const reference = {
  title: "Iraq fortifies its Syrian border after the fall of Assad",
  text: corpusText(),
  source: "Al-Hurra",
  tags: ["syria", "iraq"],
};

async function expectProblem(res: Response, status: number, detail: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    status,
    type: expect.stringMatching(/^\/problems\//),
    title: expect.any(String),
  });
  expect(String(body.detail)).toMatch(detail);
  return body;
}

describe("articles over HTTP, stored in S3", () => {
  it("stores an article with its facts, and a repeat post returns the same id and stores nothing", async () => {
    const first = await post(reference);
    expect(first.status).toBe(201);
    const article = (await first.json()) as { id: string; publishedAt: string; tags: string[] };
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(first.headers.get("location")).toBe(`/v1/articles/${article.id}`);
    // The "date 2025-01-14" prefix stands in for the missing publication date.
    expect(article.publishedAt).toBe("2025-01-14");
    expect(article.tags).toEqual(["syria", "iraq"]);

    const keys = await stack.keys();
    expect(keys).toEqual(
      expect.arrayContaining([`articles/${article.id}/article.json`, `articles/${article.id}/facts.json`]),
    );

    const again = await post(reference);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(article.id);
    expect(await stack.keys()).toEqual(keys);

    const got = await stack.app.request(`/v1/articles/${article.id}`);
    expect(got.status).toBe(200);
    expect(((await got.json()) as { text: string }).text).toBe(reference.text.trim());
  });

  it("takes a feed's date-time as publishedAt and keeps the day the publisher wrote, in its own offset", async () => {
    for (const [publishedAt, day] of [
      ["2026-11-30T14:15:00Z", "2026-11-30"],
      ["2026-11-30T23:40:00+03:00", "2026-11-30"],
      ["2026-12-01T00:30:00.250-05:00", "2026-12-01"],
    ] as const) {
      const res = await post({
        title: `Dated ${publishedAt}`,
        text: "Gunmen attacked a checkpoint near Rutba on Sunday night.",
        publishedAt,
      });
      expect(res.status).toBe(201);
      const article = (await res.json()) as { id: string; publishedAt: string };
      expect(article.publishedAt).toBe(day);
      const facts = (await (await stack.app.request(`/v1/articles/${article.id}/facts`)).json()) as {
        facts: { article: { publishedAt: string } };
      };
      expect(facts.facts.article.publishedAt).toBe(day);
    }
  });

  it("takes text/plain with the title in the query", async () => {
    const res = await post("Militants attacked a checkpoint near Al-Qaim on Sunday.", {
      "content-type": "text/plain; charset=utf-8",
    });
    await expectProblem(res, 400, /title/);
    const ok = await stack.app.request(
      "/v1/articles?title=Checkpoint%20attack&publishedAt=2025-02-02&tags=iraq,anbar",
      {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "Militants attacked a checkpoint near Al-Qaim on Sunday.",
      },
    );
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      title: "Checkpoint attack",
      publishedAt: "2025-02-02",
      tags: ["iraq", "anbar"],
    });
  });

  it("lists articles newest first, a page at a time with a cursor", async () => {
    for (const n of [1, 2, 3]) {
      const res = await post({ title: `Paging test ${n}`, text: `Article number ${n} about the border.` });
      expect(res.status).toBe(201);
      await new Promise((r) => setTimeout(r, 5));
    }
    const page1 = await stack.app.request("/v1/articles?limit=2");
    const body1 = (await page1.json()) as { items: { title: string; text?: string }[]; nextCursor: string };
    expect(body1.items.map((a) => a.title)).toEqual(["Paging test 3", "Paging test 2"]);
    expect(body1.items[0]).not.toHaveProperty("text");
    expect(body1.nextCursor).toEqual(expect.any(String));
    const page2 = await stack.app.request(`/v1/articles?limit=2&cursor=${body1.nextCursor}`);
    const body2 = (await page2.json()) as { items: { title: string }[] };
    expect(body2.items[0]?.title).toBe("Paging test 1");
  });

  it("serves the facts, and keeps an analyst's correction as a new version beside the machine's", async () => {
    const created = (await (await post(reference)).json()) as { id: string };
    const res = await stack.app.request(`/v1/articles/${created.id}/facts`);
    expect(res.status).toBe(200);
    const machine = (await res.json()) as {
      origin: string;
      version: number;
      facts: { entities: { name: string }[] };
    };
    expect(machine).toMatchObject({ origin: "machine", version: 0 });
    expect(machine.facts.entities.length).toBeGreaterThan(5);

    const corrected = {
      ...machine.facts,
      entities: machine.facts.entities.slice(0, 3),
      quotes: [],
      facts: [],
    };
    const preview = async () => {
      const res = await stack.app.request("/v1/briefings/preview", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ theme: "isis-prison-escape", articleIds: [created.id] }),
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      // The printer's fonts come from memory at an origin no reader's browser can reach: the
      // HTML a reader gets carries them inline, as its content security policy requires.
      expect(html).toContain("data:font/woff2;base64,");
      expect(html).not.toContain(`url(${ASSET_ORIGIN}`);
      // The briefing id and time differ per render; the rest is the facts' doing.
      return html.replace(/[0-9A-HJKMNP-TV-Z]{26}|\d{1,2} \w+ \d{4}, \d{2}:\d{2}( UTC)?/g, "");
    };
    const onMachineFacts = await preview();
    const put = await stack.app.request(`/v1/articles/${created.id}/facts`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(corrected),
    });
    expect(put.status).toBe(200);
    // Briefings from now on read the analyst's version.
    expect(await preview()).not.toEqual(onMachineFacts);
    expect(await put.json()).toMatchObject({ origin: "analyst", version: 1 });

    const current = (await (await stack.app.request(`/v1/articles/${created.id}/facts`)).json()) as {
      origin: string;
      versions: unknown[];
      facts: { entities: unknown[] };
    };
    expect(current).toMatchObject({
      origin: "analyst",
      versions: [{ version: 1, savedAt: expect.any(String) }],
    });
    expect(current.facts.entities).toHaveLength(3);
    const kept = (await (
      await stack.app.request(`/v1/articles/${created.id}/facts?origin=machine`)
    ).json()) as {
      origin: string;
    };
    expect(kept.origin).toBe("machine");

    const bad = {
      ...corrected,
      quotes: [
        {
          id: "q",
          speaker: { entityId: "nobody", name: "X" },
          text: "t",
          kind: "direct",
          sentence: 0,
          start: 0,
          end: 999999,
        },
      ],
    };
    const before = await stack.keys();
    const refused = await stack.app.request(`/v1/articles/${created.id}/facts`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(bad),
    });
    const problem = await expectProblem(refused, 400, /do not fit/);
    expect(JSON.stringify(problem.errors)).toMatch(/quotes\.0\.speaker\.entityId/);
    expect(await stack.keys()).toEqual(before);
  });

  it("treats HTML and script in the text as text", async () => {
    const text = 'The spokesman said <script>alert("x")</script> the camp <b>was</b> calm.';
    const res = await post({ title: "<img src=x onerror=alert(1)>", text });
    expect(res.status).toBe(201);
    const article = (await res.json()) as { id: string; title: string; text: string };
    expect(article.text).toBe(text);
    expect(article.title).toBe("<img src=x onerror=alert(1)>");
  });

  describe("bad input gets a problem document and stores nothing", () => {
    let before: string[];
    beforeAll(async () => {
      before = await stack.keys();
    });
    afterAll(async () => {
      expect(await stack.keys()).toEqual(before);
    });

    it("malformed JSON → 400", async () => {
      await expectProblem(await post('{"title": "x", "text": '), 400, /Malformed JSON/);
    });
    it("wrong content type → 415", async () => {
      await expectProblem(await post("<xml/>", { "content-type": "application/xml" }), 415, /Content-Type/);
    });
    it("body over 1 MiB → 413", async () => {
      const huge = JSON.stringify({ title: "big", text: "a ".repeat(600_000) });
      await expectProblem(await post(huge), 413, /larger than the limit of 1048576 bytes/);
    });
    it("article text over 200 KiB → 413", async () => {
      await expectProblem(await post({ title: "long", text: "word ".repeat(45_000) }), 413, /article text/);
    });
    it("empty or whitespace text → 400 naming the field", async () => {
      const body = await expectProblem(await post({ title: "t", text: "   \n " }), 400, /text/);
      expect(body.errors).toEqual([{ path: "text", message: "must contain some text" }]);
    });
    it("binary content → 400", async () => {
      await expectProblem(
        await post({ title: "bin", text: "PK\u0003\u0004\u0000\u0000garbage" }),
        400,
        /binary/,
      );
    });
    it("unknown fields and bad dates → 400", async () => {
      await expectProblem(
        await post({ title: "t", text: "x", publishedAt: "2025-13-45" }),
        400,
        /publishedAt/,
      );
      // A day that does not exist, a date-time with no offset (which day it is depends on where it
      // was written), and prose are all refused.
      for (const publishedAt of [
        "2026-02-30",
        "2026-11-30T14:15:00",
        "30 November 2026",
        "2026-11-30T25:00Z",
      ]) {
        const body = await expectProblem(
          await post({ title: "t", text: "x", publishedAt }),
          400,
          /publishedAt/,
        );
        expect(body.errors).toContainEqual({ path: "publishedAt", message: expect.any(String) });
      }
      await expectProblem(await post({ title: "t", text: "x", colour: "red" }), 400, /request body/);
    });
    it("an id that does not match the pattern → 400; an unknown one → 404", async () => {
      await expectProblem(await stack.app.request("/v1/articles/..%2F..%2Fbriefings"), 400, /article id/);
      await expectProblem(await stack.app.request("/v1/articles/0123456789abcdef"), 404, /does not exist/);
    });
    it("a cursor we did not give out → 400", async () => {
      const forged = Buffer.from("briefings/../secret").toString("base64url");
      await expectProblem(await stack.app.request(`/v1/articles?cursor=${forged}`), 400, /cursor/);
    });
    it("an unknown route → 404 problem", async () => {
      await expectProblem(await stack.app.request("/v2/nothing"), 404, /GET \/v2\/nothing/);
    });
  });
});
