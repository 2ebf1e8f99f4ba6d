import { readFileSync } from "node:fs";
import path from "node:path";
import { loadRendering } from "../src/adapters/templates/load-rendering.js";
import { type Article, newArticle } from "../src/core/articles/article.js";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import type { FactsDocument } from "../src/core/facts/schema.js";
import { gradeSource } from "../src/core/sources/outlets.js";
import { assess } from "../src/core/themes/assess.js";
import type { Theme } from "../src/core/themes/theme.js";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const REFERENCE_THEME = "isis-prison-escape";
export const REFERENCE_TITLE = "Iraq fortifies its Syrian border";
export const referenceText = () =>
  readFileSync(path.join(ROOT, "tests/fixtures/corpus/000_171affacc770eeff.txt"), "utf8");

/**
 * The reference briefing (isis-prison-escape over the reference article) rendered once: the one
 * HTML every print variant of the bench is measured on.
 */
export async function referenceBriefing() {
  const article = newArticle({ title: REFERENCE_TITLE, text: referenceText() }, new Date());
  const { themes, renderer, fonts } = await loadRendering({
    templatesDir: path.join(ROOT, "templates"),
    assetsDir: undefined,
    dissemination: { marking: "UNCLASSIFIED", handling: "Bench." },
  });
  const theme = themes.get(REFERENCE_THEME);
  if (!theme) throw new Error("theme missing");
  const doc = briefingDoc(theme, article, extractFacts(article));
  return { renderer, fonts, doc, rendered: renderer.render(doc), article, theme };
}

/** A briefing of one article, assessed now, in the shape the renderer takes. */
export function briefingDoc(theme: Theme, article: Article, facts: FactsDocument) {
  const sources = [{ article, facts, grade: gradeSource(article.source, new Map()) }];
  const at = new Date();
  return {
    id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
    theme,
    assessment: assess(theme, sources, at),
    sources,
    generatedAt: at,
    changes: null,
  };
}

/**
 * Stores the reference article on a running server and returns one timed `POST /v1/briefings` of
 * it: the milliseconds to the whole answer, and the manifest it answered with.
 */
export async function referenceBriefingRequest(base: string) {
  const posted = await fetch(`${base}/v1/articles`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: REFERENCE_TITLE, text: referenceText() }),
  });
  const { id } = (await posted.json()) as { id: string };
  const body = JSON.stringify({ theme: REFERENCE_THEME, articleIds: [id] });
  return async () => {
    const t = performance.now();
    const res = await fetch(`${base}/v1/briefings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    if (res.status !== 201) throw new Error(`briefing: ${res.status} ${await res.text()}`);
    const manifest = (await res.json()) as { pdf: { bytes: number } };
    return { ms: performance.now() - t, manifest };
  };
}
