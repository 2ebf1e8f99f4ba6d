import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ICD_203_SCALE } from "../../src/core/themes/estimative-scale.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

const THEMES = [
  "isis-prison-escape",
  "border-fortification",
  "cross-border-smuggling",
  "isis-badia-insurgency",
  "coalition-withdrawal",
];
const EVALUATION = [
  "001_ghwayran-prison-attack",
  "002_alhol-repatriation",
  "003_badia-policy-brief",
  "004_qaim-crossing-statement",
  "005_captagon-seizure-jordan",
  "006_drone-strike-qamishli",
];
const SECTIONS = [
  "Bottom line up front",
  "Key judgments",
  "Drivers and mitigating factors",
  "Actors",
  "Locations",
  "Timeline",
  "Scenarios and signposts",
  "Information gaps and key assumptions",
  "Evidence",
  "Sources",
  "Method",
];
const TERMS = ICD_203_SCALE.map((b) => b.term);

let stack: TestStack;
let reference: string;
let evaluation: string[];

async function post(title: string, text: string, source: string) {
  const res = await stack.app.request("/v1/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, text, source }),
  });
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  stack = await startStack({ SOURCE_RELIABILITY: "Outlet 001=B,Outlet 003=B,Outlet 004=A" });
  reference = await post(
    "Iraq fortifies its Syrian border after the fall of Assad",
    corpusText(),
    "Unknown outlet",
  );
  evaluation = [];
  for (const name of EVALUATION) {
    const text = corpusText(name);
    evaluation.push(
      await post(text.split("\n")[0]?.slice(0, 120) ?? name, text, `Outlet ${name.slice(0, 3)}`),
    );
  }
});
afterAll(() => stack.close());

async function render(theme: string, articleIds: string[]) {
  const res = await stack.app.request("/v1/briefings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ theme, articleIds }),
  });
  expect(res.status).toBe(201);
  const manifest = (await res.json()) as { id: string; pdf: { url: string; pages: number } };
  const html = await (await stack.app.request(`/v1/briefings/${manifest.id}/html`)).text();
  const pdf = await readPdf(new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer()));
  return { manifest, html, pdf };
}

function checkBriefing({ pdf, html, manifest }: Awaited<ReturnType<typeof render>>) {
  const lower = pdf.text.toLowerCase();
  // Sections, each after the one before.
  let at = 0;
  for (const section of SECTIONS) {
    const found = lower.indexOf(section.toLowerCase(), at);
    expect(found, `section "${section}"`).toBeGreaterThanOrEqual(0);
    at = found + section.length;
  }
  // Every key judgment carries exactly one term of the one ICD 203 row.
  const judgments = [...pdf.text.matchAll(/We judge it (.+?) \((\d\d-\d\d%)\) that/g)];
  expect(judgments.length).toBeGreaterThanOrEqual(2);
  for (const [, term] of judgments) expect(TERMS).toContain(term);
  // Every citation marker in the body resolves to an entry of the evidence appendix.
  const evidenceAt = lower.lastIndexOf("each citation marker in the text refers");
  const body = pdf.text.slice(0, evidenceAt);
  const appendix = pdf.text.slice(evidenceAt);
  const cited = new Set(
    [...body.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => (m[1] ?? "").split(", ").map(Number)),
  );
  expect(cited.size).toBeGreaterThan(0);
  for (const n of cited) expect(appendix, `evidence [${n}]`).toContain(`[${n}]`);
  // The map is drawn, and the outline bookmarks the sections.
  expect(html).toMatch(/<figure class="map">\s*<svg/);
  expect(pdf.outline.length).toBeGreaterThanOrEqual(SECTIONS.length);
  expect(pdf.outline).toEqual(expect.arrayContaining(["Key judgments", "Method"]));
  expect(pdf.pages).toBe(manifest.pdf.pages);
  expect(pdf.subject).toMatch(/\?$/);
}

describe("every theme renders as a complete briefing", () => {
  for (const theme of THEMES) {
    it(`${theme}: from the reference article alone`, async () => {
      checkBriefing(await render(theme, [reference]));
    });
  }

  it("isis-prison-escape from all evaluation articles together: sources merge and corroborate", async () => {
    const result = await render("isis-prison-escape", [reference, ...evaluation]);
    checkBriefing(result);
    expect(result.pdf.text).toContain("7 sources");
    // Actors from several articles appear once, with their mentions summed.
    expect(result.pdf.text.match(/Syrian Democratic Forces Organization/g)?.length ?? 0).toBe(1);
    expect(result.pdf.text).toMatch(/corroborated/);
  });

  it("says so plainly when the sources say nothing on a theme", async () => {
    const quiet = await post(
      "Weather",
      "Heavy rain fell on Erbil on Tuesday. Markets in the city were calm.",
      "Weather desk",
    );
    const { pdf } = await render("cross-border-smuggling", [quiet]);
    expect(pdf.text).toContain("No reporting in the sources on smuggling activity.");
    expect(pdf.text).toContain("No reporting in the sources supports any of the drivers this theme weighs.");
  });
});
