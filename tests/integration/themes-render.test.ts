import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ICD_203_SCALE } from "../../src/core/themes/estimative-scale.js";
import { corpusText } from "../support/corpus.js";
import { expectPrintedJudgments } from "../support/judgments.js";
import { readPdf } from "../support/pdf.js";
import { SECTIONS, sectionsOutOfOrder } from "../support/sections.js";
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
  const manifest = (await res.json()) as {
    id: string;
    pdf: { url: string; pages: number };
    judgments: { id: string; likelihood: string | null; probability: number | null }[];
  };
  const html = await (await stack.app.request(`/v1/briefings/${manifest.id}/html`)).text();
  const pdf = await readPdf(new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer()));
  return { manifest, html, pdf };
}

function checkBriefing({ pdf, html, manifest }: Awaited<ReturnType<typeof render>>) {
  const lower = pdf.text.toLowerCase();
  expect(sectionsOutOfOrder(pdf.text)).toEqual([]);
  // Every key judgment the reporting carries has one term of the one ICD 203 row, its range and
  // the probability beside it; every other one says why no judgment is made.
  const judged = manifest.judgments.filter((j) => j.probability !== null);
  expect(judged.length).toBeGreaterThanOrEqual(1);
  expectPrintedJudgments(pdf.text, judged);
  expect([
    ...pdf.text.matchAll(/No judgment: the reporting does not address this question — whether /g),
  ]).toHaveLength(manifest.judgments.length - judged.length);
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
    it(`${theme}: from the six evaluation articles`, async () => {
      checkBriefing(await render(theme, evaluation));
    });
  }

  it("isis-prison-escape from all evaluation articles together: sources merge and corroborate", async () => {
    const result = await render("isis-prison-escape", [reference, ...evaluation]);
    checkBriefing(result);
    expect(result.pdf.text).toContain("7 sources");
    // Actors from several articles appear once, with their mentions summed.
    // (The actors table prints a name's Arabic script beside it when the lexicon knows it.)
    const sdfRows =
      result.pdf.text.match(/Syrian Democratic Forces[^A-Za-z0-9]*Organization — — (\d+)/g) ?? [];
    expect(sdfRows).toHaveLength(1);
    expect(Number(sdfRows[0]?.match(/(\d+)$/)?.[1])).toBeGreaterThanOrEqual(EVALUATION.length);
    expect(result.pdf.text).toMatch(/corroborated/);
  });

  it("shows a contradiction between sources instead of merging it away", async () => {
    const escaped = await post(
      "Detainees escape from Ghwayran prison",
      "Dozens of ISIS detainees escaped from the Ghwayran prison in Hasakah on Monday, local residents said.",
      "Local radio",
    );
    const denied = await post(
      "SDF denies escape",
      "The Syrian Democratic Forces said on Tuesday that no detainees escaped from the Ghwayran prison in Hasakah.",
      "SDF press office",
    );
    const { pdf } = await render("isis-prison-escape", [escaped, denied]);
    expect(pdf.text).toContain("The sources conflict on 1 point; each is set out below.");
    // One box: the report and its denial side by side, each with its source (and whom the source
    // cites, when not itself), grade and words.
    expect(pdf.text).toMatch(
      /report and denial Escapes, or warnings of escapes, at detention sites \(Ghwayran prison\)/i,
    );
    expect(pdf.text).toMatch(
      /Local radio citing local residents [A-F][1-6] date unknown reports: Dozens of ISIS detainees escaped from the Ghwayran prison/,
    );
    expect(pdf.text).toMatch(
      /SDF press office [A-F][1-6] date unknown denies: The Syrian Democratic Forces said on Tuesday that no detainees escaped/,
    );
    expect(pdf.text).toMatch(/Assessment: [^.]*(better supported|stays open)/);
  });

  it("prints names with diacritics and Arabic script", async () => {
    const id = await post(
      "حميد الشطري في دمشق — al-Shaṭarī visits Damascus",
      "The head of Iraqi intelligence, Hamid al-Shatari (حميد الشطري), travelled to Damascus on Monday. Officials at Al Ḩawl camp reported no escapes.",
      "Al-Ḩurra",
    );
    const { pdf } = await render("isis-prison-escape", [id]);
    // NFKC: pdf.js gives composed Latin and Arabic presentation forms (shaped glyphs).
    const text = pdf.text.normalize("NFKC");
    expect(text).toContain("al-Shaṭarī".normalize("NFKC"));
    expect(text).toContain("Al-Ḩurra".normalize("NFKC"));
    // Right-to-left runs come out in visual order, and pdf.js maps some shaped glyphs back to
    // their dotless or Farsi twins (sheen as seen, yeh as Farsi yeh): the dot-free letters of
    // the name must be there as written. (pdftotext reads "حميد الشطري" whole; so do eyes.)
    const arabic = text.replace(/[^\u0600-\u06FF]/g, "");
    expect(arabic.length).toBeGreaterThanOrEqual(12);
    for (const letter of "حمدالطر") expect(arabic).toContain(letter);
  });

  it("says so plainly when the sources say nothing on a theme", async () => {
    const quiet = await post(
      "Weather",
      "Heavy rain fell on Erbil on Tuesday. Markets in the city were calm.",
      "Weather desk",
    );
    const res = await stack.app.request("/v1/briefings", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ theme: "cross-border-smuggling", articleIds: [quiet] }),
    });
    expect(res.status).toBe(201);
    const manifest = (await res.json()) as {
      pdf: { url: string };
      judgments: { probability: number | null }[];
    };
    expect(manifest.judgments.every((j) => j.probability === null)).toBe(true);
    const pdf = await readPdf(
      new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer()),
    );
    // One short page that says so: no estimative term, no probability, the article listed as not used.
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain("No judgment: the reporting does not address this question.");
    expect(pdf.text.replace(/\s+/g, " ")).toMatch(
      /Articles not used\..*Weather ?not used: reports nothing that bears.*Weather desk/,
    );
    expect(pdf.text).not.toMatch(/We judge (it|that)|\d+%\)/);
    const withoutQuestion = pdf.text.replace(/How likely [^?]*\?/g, "");
    for (const term of TERMS) expect(withoutQuestion).not.toMatch(new RegExp(`\\b${term}\\b`, "i"));
  });
});
