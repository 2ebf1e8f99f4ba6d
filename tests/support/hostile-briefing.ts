import path from "node:path";
import { loadGeography } from "../../src/adapters/templates/geography.js";
import { HandlebarsRenderer } from "../../src/adapters/templates/handlebars-renderer.js";
import { loadThemes } from "../../src/adapters/templates/theme-folder.js";
import { newArticle } from "../../src/core/articles/article.js";
import { extractFacts } from "../../src/core/facts/extract-facts.js";
import type { FactsDocument } from "../../src/core/facts/schema.js";
import type { BriefingDocument, ThemeCatalog } from "../../src/core/ports.js";
import { gradeSource } from "../../src/core/sources/outlets.js";
import { assess } from "../../src/core/themes/assess.js";
import type { SourceDocument } from "../../src/core/themes/reports.js";

/**
 * The steps of a briefing after extraction, without Chromium: assess, compose the view and
 * render the HTML, as `assessBriefing` and the renderer do. For timing hostile articles.
 */

const TEMPLATES = path.resolve(import.meta.dirname, "../../templates");
export const HOSTILE_AT = new Date("2025-03-10T00:00:00Z");

export interface BriefingKit {
  themes: ThemeCatalog;
  renderer: HandlebarsRenderer;
}

/** Every shipped theme and a renderer for all of them (fonts left out: they are only inlined). */
export async function loadBriefingKit(): Promise<BriefingKit> {
  const themes = await loadThemes(TEMPLATES);
  const renderer = await HandlebarsRenderer.load(
    TEMPLATES,
    themes.list().map((t) => t.id),
    "",
    { dissemination: { marking: "UNCLASSIFIED", handling: "Test." }, geography: await loadGeography() },
  );
  return { themes, renderer };
}

/** The facts of a hostile article, extracted as ingestion does. */
export function hostileFacts(
  text: string,
  id = "0123456789abcdef",
  title = "Hostile article",
): FactsDocument {
  return extractFacts({ id, title, text, publishedAt: "2025-03-05", source: "Reuters" });
}

/** A source document for already extracted facts, under article id `id` (16 hex digits). */
export function hostileSource(text: string, facts: FactsDocument, id = "0123456789abcdef"): SourceDocument {
  const article = {
    ...newArticle(
      { title: facts.article.title, text, publishedAt: "2025-03-05", source: "Reuters" },
      new Date(0),
    ),
    id,
  };
  return {
    article,
    facts: { ...facts, article: { ...facts.article, id } },
    grade: gradeSource("Reuters", new Map()),
  };
}

/** Assess, compose and render one briefing of `sources` against theme `themeId`; the HTML's length. */
export function renderBriefing(kit: BriefingKit, themeId: string, sources: SourceDocument[]): number {
  const theme = kit.themes.get(themeId);
  if (!theme) throw new Error(`no theme ${themeId}`);
  const doc: BriefingDocument = {
    id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
    theme,
    assessment: assess(theme, sources, HOSTILE_AT),
    sources,
    generatedAt: HOSTILE_AT,
    changes: null,
  };
  const { html, headerHtml, footerHtml } = kit.renderer.render(doc);
  return html.length + headerHtml.length + footerHtml.length;
}
