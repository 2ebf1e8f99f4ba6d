import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/themes/assessment.js";
import { corpusText } from "../support/corpus.js";
import { readPdf, savePagePngs } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * Analyst overrides over the API: checked strictly, applied in the assessment, stored with the
 * request, printed in the PDF by real Chromium; and a schedule's probability chart once it has run twice.
 */

const SHOTS = path.resolve(".scratch-workbench");
let stack: TestStack;
let articleId: string;
let machine: Assessment;

const post = (url: string, body: unknown) =>
  stack.app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Generous deadlines: the shared test machine may be busy; these tests are about behaviour, not speed.
  stack = await startStack({ RENDER_TIMEOUT_MS: "120000", CPU_TASK_BUDGET_MS: "120000" });
  const res = await post("/v1/articles", {
    title: "Iraq fortifies its Syrian border after the fall of Assad",
    text: corpusText(),
    publishedAt: "2025-01-14",
    source: "Reuters",
  });
  expect(res.status).toBe(201);
  articleId = ((await res.json()) as { id: string }).id;
  const preview = await post("/v1/assessments/preview", {
    theme: "isis-prison-escape",
    articleIds: [articleId],
  });
  expect(preview.status).toBe(200);
  machine = (await preview.json()) as Assessment;
});
afterAll(() => stack?.close());

const judged = () => {
  const j = machine.judgments.find((x) => x.probability !== null);
  if (!j) throw new Error("the reference article gives no judgment");
  return j;
};
const cited = () => {
  const f = machine.factors.find((x) => x.evidence.length > 0);
  if (!f) throw new Error("the reference article gives no cited factor");
  return f;
};

describe("overrides: strict validation, nothing stored", () => {
  it("answers 400 problem+json naming each unknown factor, judgment and sentence, and stores nothing", async () => {
    const before = await stack.keys();
    const res = await post("/v1/briefings", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      overrides: {
        exclude: [{ sentence: `${articleId}#9999`, factor: "no-such-factor" }],
        judgments: [{ id: "no-such-judgment", probability: 0.3, reason: "because" }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual([
      "overrides.exclude.0.sentence",
      "overrides.exclude.0.factor",
      "overrides.judgments.0.id",
    ]);
    expect(await stack.keys()).toEqual(before);
  });

  it("refuses a judgment override without a reason, and a probability off the scale", async () => {
    const res = await post("/v1/assessments/preview", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      overrides: { judgments: [{ id: judged().id, probability: 1.5, reason: "" }] },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["overrides.judgments.0.probability", "overrides.judgments.0.reason"]),
    );
  });
});

/** The machine's probability for the judged judgment with these overrides (and no judgment override). */
async function machineWith(overrides: unknown): Promise<number | null | undefined> {
  const res = await post("/v1/assessments/preview", {
    theme: "isis-prison-escape",
    articleIds: [articleId],
    overrides,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as Assessment).judgments.find((x) => x.id === judged().id)?.probability;
}

describe("overrides: applied, stored with the request, printed", () => {
  const reason = "SDF reinforcements reached al-Hol after this report";
  let manifest: {
    id: string;
    overrides?: unknown;
    judgments: { id: string; probability: number | null; machineProbability?: number | null }[];
  };

  it("the preview shows the exclusion and the analyst's judgment beside the machine's", async () => {
    const f = cited();
    const key = f.evidence[0]?.key ?? "";
    const res = await post("/v1/assessments/preview", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      overrides: {
        exclude: [{ sentence: key, factor: f.id }],
        judgments: [{ id: judged().id, probability: 0.1, reason }],
      },
    });
    expect(res.status).toBe(200);
    const a = (await res.json()) as Assessment;
    const after = a.factors.find((x) => x.id === f.id);
    expect(after?.evidence.map((e) => e.key)).not.toContain(key);
    expect(after?.excluded).toEqual([key]);
    const j = a.judgments.find((x) => x.id === judged().id);
    expect(j).toMatchObject({ probability: 0.1, likelihood: "very unlikely" });
    // The machine's value kept is the machine's on the steered evidence: the exclusion applies first.
    const excludedOnly = await machineWith({ exclude: [{ sentence: key, factor: f.id }] });
    expect(j?.override).toMatchObject({ machine: { probability: excludedOnly }, reason });
  });

  it("a briefing made with overrides keeps them in its manifest and its assessment, and prints them", async () => {
    const f = cited();
    const overrides = {
      exclude: [{ sentence: f.evidence[0]?.key ?? "", factor: f.id }],
      move: [],
      grades: [{ articleId, reliability: "C", reason: "wire copy not confirmed locally" }],
      judgments: [{ id: judged().id, probability: 0.1, reason }],
    };
    const res = await post("/v1/briefings", {
      theme: "isis-prison-escape",
      articleIds: [articleId],
      overrides,
    });
    expect(res.status).toBe(201);
    manifest = (await res.json()) as typeof manifest;
    expect(manifest.overrides).toEqual(overrides);
    const mj = manifest.judgments.find((x) => x.id === judged().id);
    const steeredMachine = await machineWith({ exclude: overrides.exclude, grades: overrides.grades });
    expect(mj).toMatchObject({ probability: 0.1, machineProbability: steeredMachine });

    const stored = (await (
      await stack.app.request(`/v1/briefings/${manifest.id}/assessment`)
    ).json()) as Assessment;
    expect(stored.overrides).toEqual(overrides);
    expect(stored.sources[0]).toMatchObject({
      reliability: "C",
      override: { reliability: machine.sources[0]?.reliability },
    });

    const pdf = new Uint8Array(
      await (await stack.app.request(`/v1/briefings/${manifest.id}/pdf`)).arrayBuffer(),
    );
    const file = path.join(SHOTS, "override-briefing.pdf");
    writeFileSync(file, pdf);
    savePagePngs(file, path.join(SHOTS, "override-briefing"));
    const { text } = await readPdf(pdf);
    expect(text).toContain("Analyst adjustments");
    expect(text).toMatch(/analyst-adjusted/i);
    expect(text).toContain(reason);
    expect(text).toContain("wire copy not confirmed locally");
    const machinePct = `${Math.round((steeredMachine ?? 0) * 100)}%`;
    expect(text).toMatch(new RegExp(`machine result ${machinePct}; analyst result 10%`));
  });
});

describe("the probability chart in a scheduled briefing", () => {
  it("appears in the PDF of the second run, not the first", async () => {
    const created = await post("/v1/schedules", {
      name: "Chart check",
      theme: "isis-prison-escape",
      articles: { ids: [articleId] },
      cron: "0 6 * * *",
      timezone: "UTC",
      enabled: false,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const texts: string[] = [];
    for (const n of [1, 2]) {
      const run = await post(`/v1/schedules/${id}/run`, {});
      expect(run.status).toBe(201);
      const { briefingId, status } = (await run.json()) as { briefingId: string; status: string };
      expect(status).toBe("succeeded");
      const pdf = new Uint8Array(
        await (await stack.app.request(`/v1/briefings/${briefingId}/pdf`)).arrayBuffer(),
      );
      const file = path.join(SHOTS, `scheduled-run-${n}.pdf`);
      writeFileSync(file, pdf);
      savePagePngs(file, path.join(SHOTS, `scheduled-run-${n}`), { first: 1, last: 2 });
      texts.push((await readPdf(pdf)).text);
    }
    expect(texts[0]).not.toContain("Judgments across runs");
    expect(texts[1]).toContain("Judgments across runs");
    expect(texts[1]).toContain("last 2 runs of this schedule");
    // The chart's bands are the ICD 203 scale's, printed as text in the PDF.
    expect(texts[1]).toContain("roughly even chance");
  });
});
