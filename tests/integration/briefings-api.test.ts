import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { RenderFailedError, StorageUnavailableError } from "../../src/core/errors.js";
import type { BriefingStore } from "../../src/core/ports.js";
import type { Assessment } from "../../src/core/themes/assessment.js";
import { startCanary } from "../support/canary.js";
import { corpusText } from "../support/corpus.js";
import { withOverrides } from "../support/delegate.js";
import { expectPrintedJudgments } from "../support/judgments.js";
import { readPdf } from "../support/pdf.js";
import { sectionsOutOfOrder } from "../support/sections.js";
import { startStack, type TestStack } from "../support/stack.js";

let stack: TestStack;
let articleId: string;

const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  stack = await startStack();
  const res = await stack.app.request(
    "/v1/articles",
    json({ title: "Iraq fortifies its Syrian border after the fall of Assad", text: corpusText() }),
  );
  articleId = ((await res.json()) as { id: string }).id;
});
afterAll(() => stack.close());

interface Manifest {
  id: string;
  theme: string;
  articleIds: string[];
  status: string;
  createdAt: string;
  judgments: {
    id: string;
    likelihood: string | null;
    probability: number | null;
    confidence: string | null;
  }[];
  pdf: { bytes: number; sha256: string; pages: number; url: string; fileName: string };
}

interface OpenApiDoc {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}
type JsonSchema = { $ref?: string; properties?: Record<string, unknown> };

/** A schema of the API description, with a reference to its components followed. */
function resolve(doc: OpenApiDoc, schema: unknown): JsonSchema {
  const s = (schema ?? {}) as JsonSchema;
  if (!s.$ref) return s;
  return (doc.components?.schemas?.[s.$ref.replace("#/components/schemas/", "")] ?? {}) as JsonSchema;
}

describe("briefings: rendered by Chromium, stored in S3, downloaded over HTTP", () => {
  let manifest: Manifest;

  it("renders the isis-prison-escape briefing from the reference article", async () => {
    const res = await stack.app.request(
      "/v1/briefings",
      json({ theme: "isis-prison-escape", articleIds: [articleId] }),
    );
    expect(res.status).toBe(201);
    manifest = (await res.json()) as Manifest;
    expect(manifest).toMatchObject({
      id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      theme: "isis-prison-escape",
      articleIds: [articleId],
      status: "ready",
      pdf: {
        url: `/v1/briefings/${manifest.id}/pdf`,
        fileName: expect.stringMatching(/^isis-prison-escape-\d{4}-\d{2}-\d{2}-[0-9a-z]{6}\.pdf$/),
      },
    });
    expect(res.headers.get("location")).toBe(`/v1/briefings/${manifest.id}`);
    expect(await stack.keys()).toEqual(
      expect.arrayContaining([
        `briefings/${manifest.id}/briefing.pdf`,
        `briefings/${manifest.id}/assessment.json`,
        `briefings/${manifest.id}/manifest.json`,
      ]),
    );
  });

  it("streams the PDF whose digest and size the manifest records", async () => {
    const res = await stack.app.request(manifest.pdf.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${manifest.pdf.fileName}"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.byteLength).toBe(manifest.pdf.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);

    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(manifest.pdf.pages);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.title).toBe("ISIS detainee escapes in northeast Syria: scenario briefing");
    expect(pdf.text).toContain(
      "How likely are mass escapes of ISIS detainees from prisons and camps in northeast Syria, and what would they mean for Iraq?",
    );
    // Facts from the article, not from the template.
    for (const fact of [
      "Al-Hol",
      "Safaa al-Aasm",
      "Siamand Ali",
      "Hamid al-Shatari",
      "Palmyra",
      "stop the flow of terrorists",
    ]) {
      expect(pdf.text).toContain(fact);
    }
    // Sections in order, and the running footer on every page.
    expect(sectionsOutOfOrder(pdf.text)).toEqual([]);
    pdf.pageTexts.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pdf.pages}`);
      expect(text).toContain(manifest.id);
    });
  });

  it("redirects large PDFs to a short-lived S3 URL (Lambda's 6 MB response cap)", async () => {
    const res = await stack.appWith({ pdfRedirectBytes: 1000 }).request(manifest.pdf.url);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toContain(`/briefings/${manifest.id}/briefing.pdf?`);
    expect(location).toMatch(/X-Amz-Expires=300/);
    const direct = await fetch(location);
    expect(direct.status).toBe(200);
    const bytes = new Uint8Array(await direct.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.pdf.sha256);
  });

  it("states each key judgment with its ICD 203 term and probability, and confidence in a sentence of its own", async () => {
    const pdf = await readPdf(
      new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer()),
    );
    const judged = manifest.judgments.filter((j) => j.probability !== null);
    // The reference article bears on the prisons, not on the detainees or the border: one judgment, one not.
    expect(judged.map((j) => j.id)).toEqual(["mass-escape"]);
    expectPrintedJudgments(pdf.text, judged);
    // A judgment the reporting cannot carry says so, with no term and no probability.
    const none = [
      ...pdf.text.matchAll(/No judgment: the reporting does not address this question — whether ([^.]+)\./g),
    ];
    expect(none).toHaveLength(manifest.judgments.length - judged.length);
    expect(none[0]?.[1]).toMatch(/escaped detainees would reach Iraq/);
    expect(none[0]?.[1]).not.toMatch(/\b(likely|unlikely|even chance|almost certain|no chance)\b|%/);
    const confidence = [
      ...pdf.text.matchAll(/Confidence in this judgment is (low|moderate|high): ([^.]+)\./g),
    ];
    expect(confidence.map(([, level]) => level)).toEqual(judged.map((j) => j.confidence));
    for (const [, , reason] of confidence) {
      expect(reason).not.toMatch(/\b(likely|unlikely|even chance|almost certain|no chance)\b/);
    }
  });

  it("returns the manifest and lists briefings newest first", async () => {
    const second = (await (
      await stack.app.request("/v1/briefings", json({ theme: "isis-prison-escape", articleIds: [articleId] }))
    ).json()) as Manifest;
    expect(second.id > manifest.id).toBe(true);
    expect(await (await stack.app.request(`/v1/briefings/${manifest.id}`)).json()).toEqual(manifest);
    const page = (await (await stack.app.request("/v1/briefings?limit=1")).json()) as {
      items: Manifest[];
      nextCursor: string;
    };
    expect(page.items.map((m) => m.id)).toEqual([second.id]);
    const next = (await (
      await stack.app.request(`/v1/briefings?limit=1&cursor=${page.nextCursor}`)
    ).json()) as {
      items: Manifest[];
    };
    expect(next.items.map((m) => m.id)).toEqual([manifest.id]);
  });

  it("serves the briefing as data: judgments, factors with their evidence, conflicts, unused articles", async () => {
    const res = await stack.app.request(`/v1/briefings/${manifest.id}/assessment`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const a = (await res.json()) as Assessment;
    expect(a.themeId).toBe("isis-prison-escape");
    // The judgments the manifest records, with the reasons behind them.
    expect(a.judgments.map((j) => [j.id, j.probability, j.likelihood, j.confidence?.level ?? null])).toEqual(
      manifest.judgments.map((j) => [j.id, j.probability, j.likelihood, j.confidence]),
    );
    for (const j of a.judgments) {
      expect(j).toEqual(
        expect.objectContaining({
          statement: expect.any(String),
          baseRate: expect.any(Number),
          reasons: expect.any(Array),
        }),
      );
      expect(j.reasons.length).toBeGreaterThan(0);
    }
    const none = a.judgments.find((j) => j.id === "reach-iraq");
    expect(none).toMatchObject({ probability: null, likelihood: null, confidence: null });
    expect(none?.reasons.join(" ")).toMatch(/does not address/);
    // Factors with their role and effect; evidence keyed articleId#sentence, in the article's words.
    expect(a.factors.length).toBeGreaterThan(0);
    for (const f of a.factors) {
      expect(["driver", "mitigator"]).toContain(f.role);
      expect(typeof f.label).toBe("string");
      expect(typeof f.effect).toBe("number");
    }
    const evidence = a.factors.flatMap((f) => f.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.articleId).toBe(articleId);
      expect(e.key).toBe(`${articleId}#${e.sentence}`);
      expect(e.sentence).toEqual(expect.any(Number));
      expect(e.text.length).toBeGreaterThan(0);
      expect(e.grade).toMatch(/^[A-F][1-6]$/);
    }
    // What the PDF cites is what the data says: the reference article's own words.
    expect(evidence.some((e) => e.sentenceText.includes("stop the flow of terrorists"))).toBe(true);
    expect(a.conflicts).toEqual([]);
    expect(a.unused).toEqual([]);
  });

  it("lists an off-topic article as unused in the assessment, and makes no judgment", async () => {
    const res = await stack.app.request(
      "/v1/briefings",
      json({
        theme: "isis-prison-escape",
        article: {
          title: "Iraq edge Syria in Basra qualifier",
          text: "Iraq beat Syria 2-1 in a World Cup qualifier in Basra on Friday. The coach said the team had attacked well.",
          source: "Agence France-Presse",
        },
      }),
    );
    expect(res.status).toBe(201);
    const m = (await res.json()) as Manifest;
    expect(
      m.judgments.every((j) => j.probability === null && j.likelihood === null && j.confidence === null),
    ).toBe(true);
    const a = (await (await stack.app.request(`/v1/briefings/${m.id}/assessment`)).json()) as Assessment;
    expect(a.unused).toEqual([{ articleId: m.articleIds[0], reason: expect.any(String) }]);
    expect(a.judgments.every((j) => j.probability === null)).toBe(true);
    expect(a.factors.every((f) => f.evidence.length === 0)).toBe(true);
  });

  it("sets a report against its denial in the assessment's conflicts", async () => {
    const post = async (article: Record<string, string>) =>
      ((await (await stack.app.request("/v1/articles", json(article))).json()) as { id: string }).id;
    const escaped = await post({
      title: "Detainees escape from Ghwayran prison",
      text: "Dozens of ISIS detainees escaped from the Ghwayran prison in Hasakah on Monday, local residents said.",
      source: "Local radio",
    });
    const denied = await post({
      title: "SDF denies escape",
      text: "The Syrian Democratic Forces said on Tuesday that no detainees escaped from the Ghwayran prison in Hasakah.",
      source: "SDF press office",
    });
    const m = (await (
      await stack.app.request(
        "/v1/briefings",
        json({ theme: "isis-prison-escape", articleIds: [escaped, denied] }),
      )
    ).json()) as Manifest;
    const a = (await (await stack.app.request(`/v1/briefings/${m.id}/assessment`)).json()) as Assessment;
    expect(a.conflicts).toHaveLength(1);
    const [conflict] = a.conflicts;
    expect(conflict?.topic).toMatch(/escape/i);
    expect(
      conflict?.claims
        .map((c) => ({ articleId: c.articleId, stance: c.stance, source: c.source }))
        .sort((x, y) => x.stance.localeCompare(y.stance)),
    ).toEqual([
      { articleId: escaped, stance: "asserts", source: "Local radio" },
      { articleId: denied, stance: "denies", source: "SDF press office" },
    ]);
    for (const c of conflict?.claims ?? []) {
      expect(c.sentence).toEqual(expect.any(Number));
      expect(c.text).toMatch(/detainees escaped from the Ghwayran prison/);
    }
  });

  it("makes a briefing as of an earlier day: reporting aged from that day, the day printed and recorded", async () => {
    const post = async (article: Record<string, string>) =>
      ((await (await stack.app.request("/v1/articles", json(article))).json()) as { id: string }).id;
    const dated = await post({
      title: "Iraq fortifies its Syrian border (as filed)",
      text: corpusText(),
      publishedAt: "2025-01-06",
      source: "Reuters",
    });
    const briefing = async (asOf?: string) => {
      const res = await stack.app.request(
        "/v1/briefings",
        json({ theme: "isis-prison-escape", articleIds: [dated], ...(asOf ? { asOf } : {}) }),
      );
      expect(res.status).toBe(201);
      const m = (await res.json()) as Manifest & { asOf?: string };
      const a = (await (await stack.app.request(`/v1/briefings/${m.id}/assessment`)).json()) as Assessment;
      return { m, a };
    };
    const then = await briefing("2025-01-20");
    const now = await briefing();
    expect(then.m.asOf).toBe("2025-01-20");
    expect(now.m).not.toHaveProperty("asOf");
    expect(then.a.briefingDate).toBe("2025-01-20");
    expect(now.a.briefingDate).toBe(new Date().toISOString().slice(0, 10));
    // Two weeks old then; older than the six-month horizon today, which lowers confidence and says so.
    expect(then.a.stale).toBe(false);
    expect(now.a.stale).toBe(true);
    const reasons = (a: Assessment) => a.judgments.flatMap((j) => j.confidence?.reasons ?? []).join(" ");
    expect(reasons(now.a)).toMatch(/older than the 6-month horizon/);
    expect(reasons(then.a)).not.toMatch(/older than the/);
    const text = (
      await readPdf(new Uint8Array(await (await stack.app.request(then.m.pdf.url)).arrayBuffer()))
    ).text;
    expect(text).toContain("20 January 2025");
    // Made later than the day it is as of, and says so: no one takes it for a briefing of that day.
    expect(text).toMatch(/as of this day; made \d{1,2} [A-Z][a-z]+ 20\d\d/);
    const today = (
      await readPdf(new Uint8Array(await (await stack.app.request(now.m.pdf.url)).arrayBuffer()))
    ).text;
    expect(today).not.toContain("as of this day");
  });

  it("refuses a briefing as of a day to come, or before an article was published, and stores nothing", async () => {
    const before = (
      (await (await stack.app.request("/v1/briefings?limit=100")).json()) as { items: unknown[] }
    ).items.length;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const future = await stack.app.request(
      "/v1/briefings",
      json({ theme: "isis-prison-escape", articleIds: [articleId], asOf: tomorrow }),
    );
    expect(future.status).toBe(400);
    expect(future.headers.get("content-type")).toBe("application/problem+json");
    expect(((await future.json()) as { errors: { path: string }[] }).errors).toEqual([
      { path: "asOf", message: expect.stringContaining("is after today") },
    ]);
    const dated = (
      (await (
        await stack.app.request(
          "/v1/articles",
          json({
            title: "Published later",
            text: corpusText(),
            publishedAt: "2025-03-01",
            source: "Reuters",
          }),
        )
      ).json()) as { id: string }
    ).id;
    const early = await stack.app.request(
      "/v1/briefings",
      json({ theme: "isis-prison-escape", articleIds: [articleId, dated], asOf: "2025-02-01" }),
    );
    expect(early.status).toBe(400);
    expect(((await early.json()) as { errors: { path: string; message: string }[] }).errors).toEqual([
      { path: "articleIds.1", message: `${dated} was published 2025-03-01, after 2025-02-01` },
    ]);
    // As of today (no asOf), an article dated a day ahead passes (a time zone east of UTC); one
    // dated weeks ahead is a wrong date, and the briefing would print reporting after its own date.
    const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const postDated = async (publishedAt: string) =>
      (
        (await (
          await stack.app.request(
            "/v1/articles",
            json({ title: `Dated ${publishedAt}`, text: corpusText(), publishedAt, source: "Reuters" }),
          )
        ).json()) as { id: string }
      ).id;
    const weeksAhead = await postDated(ahead(30));
    const later = await stack.app.request(
      "/v1/briefings",
      json({ theme: "isis-prison-escape", articleIds: [articleId, weeksAhead] }),
    );
    expect(later.status).toBe(400);
    expect(later.headers.get("content-type")).toBe("application/problem+json");
    expect(((await later.json()) as { errors: { path: string; message: string }[] }).errors).toEqual([
      { path: "articleIds.1", message: `${weeksAhead} was published ${ahead(30)}, after today` },
    ]);
    const malformed = await stack.app.request(
      "/v1/briefings",
      json({ theme: "isis-prison-escape", articleIds: [articleId], asOf: "2025-02-30" }),
    );
    expect(malformed.status).toBe(400);
    const after = (
      (await (await stack.app.request("/v1/briefings?limit=100")).json()) as { items: unknown[] }
    ).items.length;
    expect(after).toBe(before);
  });

  it("answers 404 for a briefing it does not have and 400 for a malformed id, as problems", async () => {
    const unknown = await stack.app.request("/v1/briefings/01JHF3Q9V6X8E2N4R5T7Y9B1C3/assessment");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(/01JHF3Q9V6X8E2N4R5T7Y9B1C3/);
    const malformed = await stack.app.request("/v1/briefings/not-a-ulid/assessment");
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toBe("application/problem+json");
  });

  it("takes an inline article, stores it, and renders it", async () => {
    const article = {
      title: "SDF repels attack on Ghwayran prison",
      text: "Fighters of the Syrian Democratic Forces (SDF) repelled an ISIS attack on the Ghwayran prison in Hasakah on Sunday, the SDF said. No detainees escaped.",
      publishedAt: "2025-02-10",
      source: "Wire A",
    };
    const res = await stack.app.request("/v1/briefings", json({ theme: "isis-prison-escape", article }));
    expect(res.status).toBe(201);
    const m = (await res.json()) as Manifest;
    expect(m.articleIds).toHaveLength(1);
    expect((await stack.app.request(`/v1/articles/${m.articleIds[0]}`)).status).toBe(200);
  });

  it("prints article HTML as text: no script runs and nothing is fetched", async () => {
    const canary = await startCanary();
    try {
      const title = `<img src="${canary.url}/title.png"><script>document.write("EXE" + "CUTED")</script>`;
      const res = await stack.app.request(
        "/v1/briefings",
        json({ theme: "isis-prison-escape", article: { title, text: corpusText() } }),
      );
      expect(res.status).toBe(201);
      const m = (await res.json()) as Manifest;
      const pdf = await readPdf(new Uint8Array(await (await stack.app.request(m.pdf.url)).arrayBuffer()));
      expect(pdf.text).toContain('document.write("EXE" + "CUTED")');
      expect(pdf.text).not.toContain("EXECUTED");
      expect(canary.hits).toEqual([]);
    } finally {
      await canary.close();
    }
  });

  describe("failures store nothing, or at least no manifest", () => {
    const briefingKeys = async () =>
      (await stack.keys()).filter((k) => k.startsWith("briefings/") || k.startsWith("index/briefings/"));

    it("unknown theme, unknown article, bad ids and bad bodies → 4xx problems", async () => {
      const before = await stack.keys();
      const cases: [RequestInit, number, RegExp][] = [
        [json({ theme: "no-such-theme", articleIds: [articleId] }), 404, /Theme 'no-such-theme'/],
        [json({ theme: "no-such-theme", article: { title: "t", text: "x" } }), 404, /Theme/],
        [
          json({ theme: "isis-prison-escape", articleIds: ["0000000000000000"] }),
          404,
          /Article '0000000000000000'/,
        ],
        [json({ theme: "isis-prison-escape", articleIds: ["../../etc"] }), 400, /article id/],
        [json({ theme: "isis-prison-escape" }), 400, /either articleIds/],
        [json({ theme: "isis-prison-escape", articleIds: [] }), 400, /articleIds/],
      ];
      for (const [init, status, detail] of cases) {
        const res = await stack.app.request("/v1/briefings", init);
        expect(res.status, String(init.body)).toBe(status);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
      }
      expect((await stack.app.request("/v1/briefings/not-a-ulid")).status).toBe(400);
      expect((await stack.app.request("/v1/briefings/01JHF3Q9V6X8E2N4R5T7Y9B1C3")).status).toBe(404);
      expect((await stack.app.request("/v1/briefings/01JHF3Q9V6X8E2N4R5T7Y9B1C3/pdf")).status).toBe(404);
      expect(await stack.keys()).toEqual(before);
    });

    it("a Chromium failure leaves nothing behind", async () => {
      const before = await briefingKeys();
      const app = stack.appWith({
        printer: {
          print: () => Promise.reject(new RenderFailedError("Chromium could not print the briefing.")),
        },
      });
      const res = await app.request(
        "/v1/briefings",
        json({ theme: "isis-prison-escape", articleIds: [articleId] }),
      );
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ title: "Rendering failed" });
      expect(await briefingKeys()).toEqual(before);
    });

    it("an S3 failure while storing the PDF leaves no manifest", async () => {
      const before = await briefingKeys();
      const real = stack.container.components.briefings;
      const failing = withOverrides<BriefingStore>(real, {
        putPdf: () => Promise.reject(new StorageUnavailableError("put briefing.pdf")),
      });
      const res = await stack
        .appWith({ briefings: failing })
        .request("/v1/briefings", json({ theme: "isis-prison-escape", articleIds: [articleId] }));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await briefingKeys()).toEqual(before);
    });

    it("an S3 failure while storing the assessment leaves no manifest", async () => {
      const before = await briefingKeys();
      const real = stack.container.components.briefings;
      const failing = withOverrides<BriefingStore>(real, {
        stage: () => Promise.reject(new StorageUnavailableError("put assessment.json")),
      });
      const res = await stack
        .appWith({ briefings: failing })
        .request("/v1/briefings", json({ theme: "isis-prison-escape", articleIds: [articleId] }));
      expect(res.status).toBe(503);
      const added = (await briefingKeys()).filter((k) => !before.includes(k));
      expect(added.filter((k) => k.endsWith("manifest.json") || k.startsWith("index/"))).toEqual([]);
    });

    it("a render past its deadline → 504, nothing stored", async () => {
      const before = await briefingKeys();
      const res = await stack
        .appWith({ renderTimeoutMs: 1 })
        .request("/v1/briefings", json({ theme: "isis-prison-escape", articleIds: [articleId] }));
      expect(res.status).toBe(504);
      expect(await briefingKeys()).toEqual(before);
    });

    it("a full queue → 503 with Retry-After, decided before any of the refused request's work", async () => {
      const store = stack.container.components.articles;
      const reads: string[] = [];
      const articles = withOverrides(store, {
        get: (id: string) => {
          reads.push(id);
          return store.get(id);
        },
      });
      const app = stack.appWith({ admission: new RenderLimiter(1, 0), articles });
      const body = json({ theme: "isis-prison-escape", articleIds: [articleId] });
      const [a, b] = await Promise.all([
        app.request("/v1/briefings", body),
        app.request("/v1/briefings", body),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([201, 503]);
      const busy = a.status === 503 ? a : b;
      expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(busy.headers.get("content-type")).toBe("application/problem+json");
      // Only the admitted request read its article: the refusal cost nothing.
      expect(reads).toEqual([articleId]);
    });
  });

  it("lists themes, documents every route, and reports health", async () => {
    const themes = (await (await stack.app.request("/v1/themes")).json()) as {
      items: { id: string; keyQuestion: string }[];
    };
    expect(themes.items).toContainEqual(
      expect.objectContaining({ id: "isis-prison-escape", keyQuestion: expect.stringMatching(/\?$/) }),
    );
    expect((await stack.app.request("/v1/themes/isis-prison-escape")).status).toBe(200);
    expect((await stack.app.request("/v1/themes/nope")).status).toBe(404);

    const doc = (await (await stack.app.request("/openapi.json")).json()) as OpenApiDoc;
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    // The briefing as data is described, with the fields a client reads.
    const assessmentOp = doc.paths["/v1/briefings/{id}/assessment"]?.get as {
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
    };
    const described = resolve(doc, assessmentOp.responses["200"]?.content?.["application/json"]?.schema);
    expect(Object.keys(described.properties ?? {})).toEqual(
      expect.arrayContaining(["judgments", "factors", "conflicts", "unused"]),
    );
    expect(Object.keys(assessmentOp.responses)).toEqual(expect.arrayContaining(["200", "400", "404"]));
    expect(routes.sort()).toEqual(
      [
        "GET /healthz",
        "GET /readyz",
        "GET /v1/articles",
        "POST /v1/articles",
        "GET /v1/articles/{id}",
        "GET /v1/articles/{id}/facts",
        "PUT /v1/articles/{id}/facts",
        "GET /v1/themes",
        "GET /v1/themes/{id}",
        "GET /v1/briefings",
        "POST /v1/briefings",
        "GET /v1/briefings/{id}",
        "GET /v1/briefings/{id}/pdf",
        "GET /v1/briefings/{id}/html",
        "GET /v1/briefings/{id}/assessment",
        "POST /v1/briefings/preview",
        "GET /v1/schedules",
        "POST /v1/schedules",
        "GET /v1/schedules/{id}",
        "PATCH /v1/schedules/{id}",
        "DELETE /v1/schedules/{id}",
        "POST /v1/schedules/{id}/run",
        "GET /v1/schedules/{id}/runs",
        "POST /v1/assessments/preview",
        "GET /v1/briefings/{id}/deliveries",
        "POST /v1/briefings/{id}/deliveries/{n}/retry",
        "GET /v1/download",
        "POST /v1/articles/import",
        "GET /v1/sources",
        "POST /v1/sources",
        "GET /v1/sources/{id}",
        "PATCH /v1/sources/{id}",
        "DELETE /v1/sources/{id}",
        "POST /v1/sources/{id}/poll",
        "GET /v1/sources/{id}/polls",
      ].sort(),
    );

    const health = await stack.app.request("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await stack.app.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      store: { status: "up" },
      browser: { status: "up" },
    });
  });
});
