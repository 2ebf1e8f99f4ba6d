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
import { composeBriefing } from "../src/core/briefings/compose.js";
import { collectEvidence } from "../src/core/briefings/evidence.js";
import { extractFacts } from "../src/core/facts/extract-facts.js";
import { assess } from "../src/core/themes/assess.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Where the time of one briefing goes, warm: extraction, assessment and composition (map
 * included), HTML, Chromium printing, PDF finishing. Reported as medians and as shares of the
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
  const renderer = await HandlebarsRenderer.load(path.join(root, "templates"), [theme.id], fonts);
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(),
    maxRendersPerBrowser: 1000,
  });
  const printer = new ChromiumPrinter(supervisor, new RenderLimiter(1, 10));
  const finisher = new PdfLibFinisher();
  await supervisor.warm();

  const stages = {
    extract: [] as number[],
    assessCompose: [] as number[],
    html: [] as number[],
    print: [] as number[],
    finish: [] as number[],
  };
  let pages = 0;
  for (let i = 0; i < iterations + 2; i++) {
    const t0 = performance.now();
    const facts = extractFacts(article);
    const t1 = performance.now();
    const docs = [{ article, facts, reliability: "F" as const }];
    const view = composeBriefing({
      id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
      assessment: assess(theme, collectEvidence(docs)),
      docs,
      generatedAt: new Date(),
      dissemination: { marking: "UNCLASSIFIED", handling: "Bench." },
      geography,
    });
    const t2 = performance.now();
    const rendered = renderer.render(theme.id, view);
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
    stages.assessCompose.push(t2 - t1);
    stages.html.push(t3 - t2);
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
