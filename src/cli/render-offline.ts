import { writeFile } from "node:fs/promises";
import path from "node:path";
import { BrowserSupervisor } from "../adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions } from "../adapters/browser/launch-options.js";
import { RenderLimiter } from "../adapters/browser/render-limiter.js";
import { MemoryArticleStore, MemoryBriefingStore } from "../adapters/memory/memory-stores.js";
import { CompactFinisher } from "../adapters/pdf/compact-finisher.js";
import { loadRendering } from "../adapters/templates/load-rendering.js";
import { loadConfig } from "../config.js";
import { machineExtractor, systemClock } from "../container.js";
import { ArticleInput } from "../core/articles/article.js";
import { ingestArticle } from "../core/articles/ingest-article.js";
import { inlineComposer } from "../core/briefings/compose-briefing.js";
import { generateBriefing } from "../core/briefings/generate-briefing.js";
import { newUlid } from "../ids.js";
import { VERSION } from "../version.js";
import { readArticle, shorten, TITLE_MAX } from "./articles.js";
import { progressReporter } from "./progress.js";
import { type CliIo, UsageError } from "./registry.js";

/** The package root: templates and settings resolve from here, wherever the command runs. */
const ROOT = path.resolve(import.meta.dirname, "../..");

/** A title for an article file: its first line when that is a short one, else its first words. */
function titleOf(text: string): string {
  const first =
    text
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? "";
  return shorten(first, TITLE_MAX);
}

export interface RenderOptions {
  files: string[];
  theme: string;
  out: string;
  published: string | undefined;
  /** The day the briefing is as of (YYYY-MM-DD); today when absent. */
  asOf?: string | undefined;
  json: boolean;
}

/** `scenario-brief render`, once its arguments are checked: see render.ts. */
export async function renderOffline(options: RenderOptions, io: CliIo): Promise<number> {
  const { theme, out, published } = options;
  const progress = progressReporter(io, options.files.length + 4);
  const config = loadConfig(io.env ?? process.env, ROOT, { servesHttp: false });
  progress.step("loading templates");
  const { themes, renderer, fonts } = await loadRendering({
    templatesDir: config.templatesDir,
    assetsDir: config.assetsDir,
    dissemination: config.dissemination,
  });
  if (!themes.get(theme)) {
    const known = themes
      .list()
      .map((t) => t.id)
      .join(", ");
    throw new UsageError(`unknown theme "${theme}"; themes: ${known}`);
  }
  const texts = await Promise.all(
    options.files.map(async (file) => ({ file, text: await readArticle(file) })),
  );

  const articles = new MemoryArticleStore();
  const briefings = new MemoryBriefingStore();
  const ingest = { articles, extractor: machineExtractor, clock: systemClock };
  const articleIds: string[] = [];
  for (const { file, text } of texts) {
    progress.step(`extracting ${path.basename(file)}`);
    const input = ArticleInput.safeParse({ title: titleOf(text), text, publishedAt: published });
    if (!input.success)
      throw new UsageError(`${file}: ${input.error.issues[0]?.message ?? "not an article"}`);
    articleIds.push((await ingestArticle(ingest, input.data)).article.id);
  }

  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(config.browser.executablePath),
    maxRendersPerBrowser: 1,
  });
  const limiter = new RenderLimiter(1, 0);
  const composer = inlineComposer(themes, renderer);
  const printer = new ChromiumPrinter(supervisor, limiter, { assets: fonts.files });
  try {
    const manifest = await generateBriefing(
      {
        articles,
        themes,
        reliabilities: config.sourceReliability,
        briefings,
        composer: {
          compose: (request) => {
            progress.step("assessing and composing");
            return composer.compose(request);
          },
          assess: (request) => composer.assess(request),
        },
        admission: { run: (task) => task() },
        printer: {
          print: (job) => {
            progress.step("printing with Chromium");
            return printer.print(job);
          },
        },
        finisher: new CompactFinisher(),
        clock: systemClock,
        ids: { briefingId: (at) => newUlid(at.getTime()) },
        version: VERSION,
      },
      { theme, articleIds: [...new Set(articleIds)], ...(options.asOf ? { asOf: options.asOf } : {}) },
      { deadlineMs: config.browser.renderTimeoutMs },
    );
    progress.step(`writing ${out}`);
    const pdf = briefings.pdfs.get(manifest.id);
    if (!pdf) throw new Error("the briefing has no PDF");
    await writeFile(out, pdf);
    progress.done();
    if (options.json) io.stdout(`${JSON.stringify({ ...manifest, file: path.resolve(out) }, null, 2)}\n`);
    else
      io.stdout(
        `${out}: ${manifest.pdf.pages} pages, ${manifest.pdf.bytes} bytes (${manifest.theme}, ${manifest.articleIds.length} article${manifest.articleIds.length === 1 ? "" : "s"})\n`,
      );
    return 0;
  } finally {
    progress.done();
    await supervisor.close();
  }
}
