import { readFileSync } from "node:fs";
import path from "node:path";
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { RenderLimiter } from "../src/adapters/browser/render-limiter.js";
import { PdfLibFinisher } from "../src/adapters/pdf/pdf-lib-finisher.js";
import { loadEmbeddedFonts } from "../src/adapters/templates/embedded-fonts.js";
import { loadGeography } from "../src/adapters/templates/geography.js";
import { HandlebarsRenderer } from "../src/adapters/templates/handlebars-renderer.js";
import { loadThemes } from "../src/adapters/templates/theme-folder.js";
import { newArticle } from "../src/core/articles/article.js";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import { gradeSource } from "../src/core/sources/outlets.js";
import { assess } from "../src/core/themes/assess.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Where the time of one briefing goes, warm: extraction, assessment, composition (map and
 * charts included) with the HTML behind the renderer port, Chromium printing, PDF finishing. Reported as medians and as shares of the
 * whole, since the machine is shared and absolute times drift between runs.
 */
export async function runPipelineBench(iterations = 8) {
  const root = path.resolve(import.meta.dirname, "..");
  const text = readFileSync(path.join(root, "tests/fixtures/corpus/000_171affacc770eeff.txt"), "utf8");
  const article = newArticle({ title: "Iraq fortifies its Syrian border", text }, new Date());
  const themes = await loadThemes(path.join(root, "templates"));
  const theme = themes.get("isis-prison-escape");
  if (!theme) throw new Error("theme missing");
  const [fonts, geography] = await Promise.all([loadEmbeddedFonts(), loadGeography()]);
  const settings = { dissemination: { marking: "UNCLASSIFIED", handling: "Bench." }, geography };
  const renderer = await HandlebarsRenderer.load(path.join(root, "templates"), [theme.id], fonts, settings);
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(),
    maxRendersPerBrowser: 1000,
  });
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 10));
  const finisher = new PdfLibFinisher();
  await supervisor.warm();

  const stages = {
    extract: [] as number[],
    assess: [] as number[],
    /** The renderer port: composition (citations, charts, map) and the HTML templates. */
    composeHtml: [] as number[],
    print: [] as number[],
    finish: [] as number[],
  };
  let pages = 0;
  for (let i = 0; i < iterations + 2; i++) {
    const t0 = performance.now();
    const facts = extractFacts(article);
    const t1 = performance.now();
    const sources = [{ article, facts, grade: gradeSource(article.source, new Map()) }];
    const at = new Date();
    const doc = {
      id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
      theme,
      assessment: assess(theme, sources, at),
      sources,
      generatedAt: at,
      changes: null,
    };
    const t2 = performance.now();
    const rendered = renderer.render(doc);
    const t3 = performance.now();
    const pdf = await printer.print({ ...rendered, deadlineMs: 60_000 });
    const t4 = performance.now();
    const done = await finisher.finish(pdf, {
      title: "t",
      subject: "s",
      keywords: [],
      author: "a",
      createdAt: new Date(),
    });
    const t5 = performance.now();
    pages = done.pages;
    if (i < 2) continue; // warm-up
    stages.extract.push(t1 - t0);
    stages.assess.push(t2 - t1);
    stages.composeHtml.push(t3 - t2);
    stages.print.push(t4 - t3);
    stages.finish.push(t5 - t4);
  }
  await supervisor.close();
  const medians = Object.fromEntries(
    Object.entries(stages).map(([k, v]) => [k, Number(median(v).toFixed(2))]),
  );
  const total = Object.values(medians).reduce((a, b) => a + b, 0);
  const shares = Object.fromEntries(
    Object.entries(medians).map(([k, v]) => [k, Number((v / total).toFixed(3))]),
  );
  return { iterations, pages, medianMs: medians, totalMs: Number(total.toFixed(1)), shareOfTotal: shares };
}
