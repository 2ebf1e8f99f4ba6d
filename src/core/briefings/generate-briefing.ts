import { createHash } from "node:crypto";
import { z } from "zod";
import { ARTICLE_ID_PATTERN } from "../articles/article.js";
import { NotFoundError } from "../errors.js";
import type {
  ArticleStore,
  BriefingRenderer,
  BriefingStore,
  Clock,
  IdGenerator,
  PdfFinisher,
  PdfPrinter,
  ThemeCatalog,
} from "../ports.js";
import { reliabilityOf, type SourceReliabilities } from "../sources/admiralty.js";
import { assess } from "../themes/assess.js";
import { type BriefingSnapshot, changesSince, snapshotOf } from "./changes.js";
import { type BriefingView, composeBriefing, type Dissemination } from "./compose.js";
import { collectEvidence, type SourceDocument } from "./evidence.js";
import { briefingFileName } from "./format.js";
import type { BriefingManifest } from "./manifest.js";
import type { Geography } from "./map.js";

export const MAX_ARTICLES_PER_BRIEFING = 25;

export const BriefingRequest = z.object({
  theme: z.string().min(1).max(64),
  articleIds: z
    .array(z.string().regex(ARTICLE_ID_PATTERN, "must be an article id (16 hex characters)"))
    .min(1)
    .max(MAX_ARTICLES_PER_BRIEFING),
});
export type BriefingRequest = z.infer<typeof BriefingRequest>;

export interface BriefingDeps {
  articles: ArticleStore;
  briefings: BriefingStore;
  themes: ThemeCatalog;
  renderer: BriefingRenderer;
  printer: PdfPrinter;
  finisher: PdfFinisher;
  clock: Clock;
  ids: IdGenerator;
  reliabilities: SourceReliabilities;
  dissemination: Dissemination;
  geography: Geography;
  /** How long one render may take, in milliseconds. */
  renderDeadlineMs: number;
  version: string;
}

type ViewDeps = Pick<BriefingDeps, "articles" | "themes" | "reliabilities" | "dissemination" | "geography">;

async function loadSources(deps: ViewDeps, articleIds: readonly string[]): Promise<SourceDocument[]> {
  const unique = [...new Set(articleIds)];
  return Promise.all(
    unique.map(async (id) => {
      const [article, facts] = await Promise.all([deps.articles.get(id), deps.articles.getFacts(id)]);
      if (!article || !facts) throw new NotFoundError("Article", id);
      return {
        article,
        facts: facts.current,
        reliability: reliabilityOf(article.source, deps.reliabilities),
      };
    }),
  );
}

/**
 * Everything up to the HTML: shared by the PDF pipeline and the HTML routes. With `previous`,
 * the view also says what changed since that briefing.
 */
export async function buildBriefingView(
  deps: ViewDeps,
  request: BriefingRequest,
  id: string,
  at: Date,
  previous: BriefingManifest | null = null,
): Promise<{ view: BriefingView; docs: SourceDocument[]; snapshot: BriefingSnapshot }> {
  const theme = deps.themes.get(request.theme);
  if (!theme) throw new NotFoundError("Theme", request.theme);
  const docs = await loadSources(deps, request.articleIds);
  const assessment = assess(theme, collectEvidence(docs));
  const view = composeBriefing({
    id,
    assessment,
    docs,
    generatedAt: at,
    dissemination: deps.dissemination,
    geography: deps.geography,
  });
  const snapshot = snapshotOf(view);
  return { view: previous ? { ...view, changes: changesSince(previous, snapshot) } : view, docs, snapshot };
}

/** The HTML of a briefing: a preview of a new one, or a stored one rendered again from its manifest. */
export async function briefingHtml(
  deps: ViewDeps & Pick<BriefingDeps, "renderer" | "briefings" | "ids" | "clock">,
  source: { request: BriefingRequest } | { manifest: BriefingManifest },
): Promise<string> {
  if ("request" in source) {
    const at = deps.clock.now();
    const { view } = await buildBriefingView(deps, source.request, deps.ids.briefingId(at), at);
    return deps.renderer.render(source.request.theme, view).html;
  }
  const m = source.manifest;
  const previous = m.previousId ? await deps.briefings.getManifest(m.previousId) : null;
  const request = { theme: m.theme, articleIds: m.articleIds };
  const { view } = await buildBriefingView(deps, request, m.id, new Date(m.createdAt), previous);
  return deps.renderer.render(m.theme, view).html;
}

/**
 * The use case: articles and a theme in, a stored PDF briefing out. The manifest is written
 * last, after the PDF is stored and its digest known, so a failure at any step leaves no
 * manifest pointing at a missing or partial PDF.
 */
export async function generateBriefing(
  deps: BriefingDeps,
  request: BriefingRequest,
  options: { previous?: BriefingManifest | null } = {},
): Promise<BriefingManifest> {
  const createdAt = deps.clock.now();
  const id = deps.ids.briefingId(createdAt);
  const previous = options.previous ?? null;
  const { view, docs, snapshot } = await buildBriefingView(deps, request, id, createdAt, previous);
  const rendered = deps.renderer.render(request.theme, view);
  const printed = await deps.printer.print({ ...rendered, deadlineMs: deps.renderDeadlineMs });
  const { pdf, pages } = await deps.finisher.finish(printed, {
    title: `${view.meta.title}: scenario briefing`,
    subject: view.meta.keyQuestion,
    keywords: ["scenario briefing", request.theme, ...view.locations.slice(0, 5).map((l) => l.name)],
    author: "scenario-brief",
    createdAt,
  });
  await deps.briefings.putPdf(id, pdf);

  const manifest: BriefingManifest = {
    id,
    theme: request.theme,
    title: view.meta.title,
    articleIds: docs.map((d) => d.article.id),
    status: "ready",
    createdAt: createdAt.toISOString(),
    generator: { version: deps.version, extractor: docs[0]?.facts.extractor.version ?? "none" },
    snapshot,
    previousId: previous?.id ?? null,
    judgments: view.keyJudgments.map((j) => ({
      id: j.id,
      likelihood: j.term,
      probability: j.probability,
      confidence: j.confidence,
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
