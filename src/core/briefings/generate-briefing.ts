import { createHash } from "node:crypto";
import { z } from "zod";
import { ArticleId } from "../articles/article.js";
import { NotFoundError } from "../errors.js";
import type {
  ArticleStore,
  BriefingDocument,
  BriefingRenderer,
  BriefingStore,
  Clock,
  IdGenerator,
  PdfFinisher,
  PdfPrinter,
  ThemeCatalog,
} from "../ports.js";
import { gradeSource, type SourceReliabilities } from "../sources/outlets.js";
import { assess } from "../themes/assess.js";
import type { SourceDocument } from "../themes/reports.js";
import { ThemeId } from "../themes/theme.js";
import { changesSince, snapshotOf } from "./changes.js";
import { type BriefingManifest, briefingFileName } from "./manifest.js";

export const MAX_ARTICLES_PER_BRIEFING = 25;

export const BriefingRequest = z.object({
  theme: ThemeId,
  articleIds: z.array(ArticleId).min(1).max(MAX_ARTICLES_PER_BRIEFING),
});
export type BriefingRequest = z.infer<typeof BriefingRequest>;

/** What assessing needs: the articles, the themes and the deployment's source grades. */
export interface AssessDeps {
  articles: ArticleStore;
  themes: ThemeCatalog;
  reliabilities: SourceReliabilities;
}

/** What making a stored briefing needs besides. */
export interface BriefingDeps extends AssessDeps {
  briefings: BriefingStore;
  renderer: BriefingRenderer;
  printer: PdfPrinter;
  finisher: PdfFinisher;
  clock: Clock;
  ids: IdGenerator;
  version: string;
}

async function loadSources(deps: AssessDeps, articleIds: readonly string[]): Promise<SourceDocument[]> {
  const unique = [...new Set(articleIds)];
  return Promise.all(
    unique.map(async (id) => {
      const [article, facts] = await Promise.all([deps.articles.get(id), deps.articles.getFacts(id)]);
      if (!article || !facts) throw new NotFoundError("Article", id);
      return {
        article,
        facts: facts.current,
        grade: gradeSource(article.source, deps.reliabilities, article.reliability ?? null),
      };
    }),
  );
}

/**
 * Everything up to the document the renderer takes: shared by the PDF pipeline and the HTML
 * routes. With `previous`, the document also says what changed since that briefing.
 */
export async function assessBriefing(
  deps: AssessDeps,
  request: BriefingRequest,
  id: string,
  at: Date,
  previous: BriefingManifest | null = null,
): Promise<BriefingDocument> {
  const theme = deps.themes.get(request.theme);
  if (!theme) throw new NotFoundError("Theme", request.theme);
  const sources = await loadSources(deps, request.articleIds);
  const assessment = assess(theme, sources, at);
  const changes = previous ? changesSince(previous, snapshotOf(assessment)) : null;
  return { id, theme, assessment, sources, generatedAt: at, changes };
}

/** The HTML of a briefing: a preview of a new one, or a stored one rendered again from its manifest. */
export async function briefingHtml(
  deps: AssessDeps & Pick<BriefingDeps, "renderer" | "briefings" | "ids" | "clock">,
  source: { request: BriefingRequest } | { manifest: BriefingManifest },
): Promise<string> {
  if ("request" in source) {
    const at = deps.clock.now();
    return deps.renderer.render(await assessBriefing(deps, source.request, deps.ids.briefingId(at), at)).html;
  }
  const m = source.manifest;
  const previous = m.previousId ? await deps.briefings.getManifest(m.previousId) : null;
  const request = { theme: m.theme, articleIds: m.articleIds };
  // The stored assessment is what the PDF said: render it again rather than assess anew, so a
  // theme edited since, or new extraction, cannot make the HTML disagree with the PDF.
  const [stored, theme] = [await deps.briefings.getAssessment(m.id), deps.themes.get(m.theme)];
  if (!stored || !theme)
    return deps.renderer.render(await assessBriefing(deps, request, m.id, new Date(m.createdAt), previous))
      .html;
  const changes = previous ? changesSince(previous, m.snapshot) : null;
  const sources = await loadSources(deps, m.articleIds);
  return deps.renderer.render({
    id: m.id,
    theme,
    assessment: stored,
    sources,
    generatedAt: new Date(m.createdAt),
    changes,
  }).html;
}

/**
 * The use case: articles and a theme in, a stored PDF briefing out. The PDF and the assessment
 * are stored first and the manifest last, once the PDF's digest is known, so a failure at any
 * step leaves no manifest pointing at a missing or partial PDF.
 */
export async function generateBriefing(
  deps: BriefingDeps,
  request: BriefingRequest,
  options: { deadlineMs: number; previous?: BriefingManifest | null },
): Promise<BriefingManifest> {
  const createdAt = deps.clock.now();
  const id = deps.ids.briefingId(createdAt);
  const previous = options.previous ?? null;
  const doc = await assessBriefing(deps, request, id, createdAt, previous);
  const rendered = deps.renderer.render(doc);
  const printed = await deps.printer.print({ ...rendered, deadlineMs: options.deadlineMs });
  const { pdf, pages } = await deps.finisher.finish(printed, {
    title: `${doc.theme.title}: scenario briefing`,
    subject: doc.theme.keyQuestion,
    keywords: ["scenario briefing", request.theme],
    author: "scenario-brief",
    createdAt,
  });
  await deps.briefings.putPdf(id, pdf);
  await deps.briefings.putAssessment(id, doc.assessment);

  const manifest: BriefingManifest = {
    id,
    theme: request.theme,
    title: doc.theme.title,
    articleIds: doc.sources.map((d) => d.article.id),
    status: "ready",
    createdAt: createdAt.toISOString(),
    generator: { version: deps.version, extractor: doc.sources[0]?.facts.extractor.version ?? "none" },
    snapshot: snapshotOf(doc.assessment),
    previousId: previous?.id ?? null,
    judgments: doc.assessment.judgments.map((j) => ({
      id: j.id,
      likelihood: j.likelihood,
      probability: j.probability,
      confidence: j.confidence?.level ?? null,
    })),
    pdf: {
      bytes: pdf.byteLength,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      pages,
      url: `/v1/briefings/${id}/pdf`,
      fileName: briefingFileName(request.theme, createdAt, id),
    },
  };
  await deps.briefings.putManifest(manifest);
  return manifest;
}
