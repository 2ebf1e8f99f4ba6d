import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/core/themes/assessment.js";
import { readPdf } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * Issue 9 end to end, through the API, the embedded S3 server and real Chromium: an off-topic
 * article gets a one-page "No judgment" briefing, a report and its denial become a conflict box,
 * and the stored assessment says the same as the PDF.
 */

let stack: TestStack;
const ANALYSIS = path.resolve(import.meta.dirname, "../fixtures/analysis/articles");
const post = (url: string, body: unknown) =>
  stack.app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function article(slug: string, dir = ANALYSIS): Promise<string> {
  const a = JSON.parse(readFileSync(path.join(dir, `${slug}.json`), "utf8"));
  const res = await post("/v1/articles", a);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function briefing(theme: string, articleIds: string[]) {
  const res = await post("/v1/briefings", { theme, articleIds });
  expect(res.status).toBe(201);
  const manifest = (await res.json()) as {
    id: string;
    judgments: { id: string; probability: number | null; likelihood: string | null }[];
    pdf: { url: string; pages: number };
  };
  const pdf = await readPdf(new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer()));
  const assessment = (await (
    await stack.app.request(`/v1/briefings/${manifest.id}/assessment`)
  ).json()) as Assessment;
  return { manifest, pdf, assessment };
}

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe("judgments that follow from the evidence, in the PDF and the API", () => {
  it("answers a football report asked about prison escapes with one page of 'No judgment'", async () => {
    const id = await article("basra-football");
    const { manifest, pdf, assessment } = await briefing("isis-prison-escape", [id]);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("No judgment: the reporting does not address this question");
    expect(pdf.text).toContain("Articles not used");
    // No estimative term or probability anywhere, and no footballers listed as actors.
    expect(pdf.text).not.toMatch(
      /\b(very unlikely|unlikely|likely|roughly even chance|almost certain)\s*\(/i,
    );
    expect(pdf.text).not.toContain("Actors");
    expect(manifest.judgments.every((j) => j.probability === null && j.likelihood === null)).toBe(true);
    expect(assessment.unused.map((u) => u.articleId)).toEqual([id]);
    expect(assessment.judgments.every((j) => j.probability === null && j.confidence === null)).toBe(true);
  });

  it("folds each off-topic article's reason into its source row, so a long reason still leaves one page", async () => {
    const dir = path.resolve(import.meta.dirname, "../fixtures/analysis-heldout20/articles");
    // One article whose reason runs to four lines: the separate "Articles not used" list put the
    // sources table onto a second, near-empty page.
    const ids = [
      await article("weather-outlook-arctic-breakout-north-iraq", dir),
      await article("euphrates-kayak-expedition-crosses-border", dir),
      await article("philately-journal-mandate-border-covers", dir),
    ];
    const one = await briefing("isis-prison-escape", ids.slice(0, 1));
    expect(one.pdf.pages).toBe(1);
    const three = await briefing("isis-prison-escape", ids);
    expect(three.assessment.unused.map((u) => u.articleId).sort()).toEqual([...ids].sort());
    expect(three.pdf.pages).toBeLessThanOrEqual(2);
    for (const { pdf, assessment } of [one, three]) {
      const flat = pdf.text.replace(/\s+/g, " ");
      expect(flat).toContain("Articles not used");
      // Each source row carries its own reason, not a generic "bears on no factor".
      for (const u of assessment.unused)
        expect(flat).toContain(`not used: ${u.reason.replace(/\s+/g, " ").slice(0, 50)}`);
      expect(flat).not.toContain("bears on no factor");
    }
  });

  it("sets a monitor's report of escapes against the SDF's denial, each with its grade", async () => {
    const sohr = await article("sohr-shaddadi-escape");
    const sdf = await article("sdf-shaddadi-statement");
    const { manifest, pdf, assessment } = await briefing("isis-prison-escape", [sohr, sdf]);
    const denial = assessment.conflicts.find((c) => c.kind === "denial");
    // The SDF denies twice: "no detainee escaped" and "all detainees remained in their cells".
    expect(denial?.claims.map((c) => c.stance).sort()).toEqual(["asserts", "asserts", "denies", "denies"]);
    expect(denial?.claims.filter((c) => c.stance === "denies").map((c) => c.articleId)).toEqual([sdf, sdf]);
    expect(pdf.text).toContain("Conflicting reporting");
    expect(pdf.text).toMatch(/report and denial/i);
    expect(pdf.text).toMatch(/denies: We affirm that no detainee escaped/);
    expect(pdf.text).toContain(denial?.analysis.slice(0, 40) ?? "—");
    // The denial is not cited as evidence that detainees escaped.
    const escapes = assessment.factors.find((f) => f.id === "escape-reported")?.evidence ?? [];
    expect(escapes.some((e) => e.articleId === sdf)).toBe(false);
    // The probability is printed beside its term, and the figure matches the stored assessment.
    const judged = assessment.judgments.find((j) => j.probability !== null);
    expect(judged).toBeDefined();
    expect(pdf.text).toContain(`about ${Math.round((judged?.probability ?? 0) * 100)}%`);
    // The stored briefing's HTML is rendered from the stored assessment: it says what the PDF says.
    const html = await (await stack.app.request(`/v1/briefings/${manifest.id}/html`)).text();
    expect(html).toContain(`about ${Math.round((judged?.probability ?? 0) * 100)}%`);
    expect(html).toContain("Report and denial");
    // Outlets are graded from the registry, with the reason printed.
    expect(assessment.sources.find((s) => s.articleId === sohr)?.reliability).toBe("C");
    expect(pdf.text).toMatch(/monitor with a network of informants/);
  });

  it("answers 404 for the assessment of an unknown briefing, as a problem document", async () => {
    const res = await stack.app.request("/v1/briefings/01JHF3Q9V6X8E2N4R5T7Y9B1C3/assessment");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
  });
});
