import { describe, expect, it } from "vitest";
import { inlineComposer } from "../../../src/core/briefings/compose-briefing.js";
import { generateBriefing } from "../../../src/core/briefings/generate-briefing.js";
import { buildFacts } from "../../support/facts-builder.js";
import { runDeps } from "../schedules/run-deps.js";

const PDF = new Uint8Array([37, 80, 68, 70]);

/** Deps that compose a real assessment and record every write, with a print the test controls. */
function briefingDeps(print: () => Promise<Uint8Array>) {
  const { article, facts } = buildFacts({
    title: "Attack on Ghwayran prison",
    text: "Fighters attacked the Ghwayran prison on Sunday.",
    publishedAt: "2025-01-12",
    facts: [{ kind: "event", span: "Fighters attacked the Ghwayran prison", tags: ["prison-attack"] }],
  });
  const { deps } = runDeps();
  const written: string[] = [];
  return {
    article,
    written,
    deps: {
      ...deps,
      articles: {
        ...deps.articles,
        get: async () => article,
        getCurrentFactsText: async () => JSON.stringify(facts),
      },
      composer: inlineComposer(deps.themes, {
        render: () => ({ html: "<p>briefing</p>", headerHtml: "", footerHtml: "" }),
      }),
      printer: { print },
      finisher: { finish: async (pdf: Uint8Array) => ({ pdf, pages: 1 }) },
      briefings: {
        ...deps.briefings,
        putPdf: async () => void written.push("pdf"),
        stage: async () => void written.push("assessment"),
        discardStaged: async () => void written.push("assessment discarded"),
        putManifest: async () => void written.push("manifest"),
      },
    },
  };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("a briefing's writes", () => {
  it("store the assessment while the PDF prints, not after it, and the manifest last", async () => {
    let endPrint: (pdf: Uint8Array) => void = () => undefined;
    let printing = false;
    const { deps, article, written } = briefingDeps(() => {
      printing = true;
      return new Promise((resolve) => {
        endPrint = resolve;
      });
    });
    const made = generateBriefing(
      deps,
      { theme: "isis-prison-escape", articleIds: [article.id] },
      { deadlineMs: 5000 },
    );
    while (!printing) await tick();
    for (let i = 0; i < 3; i++) await tick();
    // The print has not ended, and the assessment is already on its way to the store.
    expect(written).toEqual(["assessment"]);
    endPrint(PDF);
    await made;
    expect(written).toEqual(["assessment", "pdf", "manifest"]);
  });

  it("a failed print leaves nothing behind: the assessment written meanwhile is discarded", async () => {
    const { deps, article, written } = briefingDeps(async () => {
      await tick();
      throw new Error("the page crashed");
    });
    await expect(
      generateBriefing(deps, { theme: "isis-prison-escape", articleIds: [article.id] }, { deadlineMs: 5000 }),
    ).rejects.toThrow("the page crashed");
    expect(written).toEqual(["assessment", "assessment discarded"]);
  });
});
