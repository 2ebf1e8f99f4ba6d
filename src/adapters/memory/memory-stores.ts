import type { Article, ArticleSummary } from "../../core/articles/article.js";
import type { BriefingManifest } from "../../core/briefings/manifest.js";
import type { FactsDocument } from "../../core/facts/schema.js";
import type {
  ArticleStore,
  BriefingStore,
  Page,
  PageRequest,
  StoredFacts,
  StoredPdf,
} from "../../core/ports.js";
import type { Assessment } from "../../core/themes/assessment.js";

/**
 * Stores that live in one process's memory, for the CLI's offline render: nothing is kept after
 * the command ends, so nothing needs S3. The service never uses them (DESIGN: one storage path).
 */
function pageOf<T>(all: T[], request: PageRequest): Page<T> {
  const start = request.cursor ? Number(request.cursor) : 0;
  const items = all.slice(start, start + request.limit);
  return { items, nextCursor: start + request.limit < all.length ? String(start + request.limit) : null };
}

export class MemoryArticleStore implements ArticleStore {
  private readonly articles = new Map<string, { article: Article; facts: StoredFacts }>();

  async get(id: string) {
    return this.articles.get(id)?.article ?? null;
  }
  async save(article: Article, facts: FactsDocument) {
    this.articles.set(article.id, { article, facts: { current: facts, machine: facts, versions: [] } });
  }
  async list(request: PageRequest): Promise<Page<ArticleSummary>> {
    const all = [...this.articles.values()].map(({ article: { text: _text, ...summary } }) => summary);
    return pageOf(all.reverse(), request);
  }
  async getFacts(id: string) {
    return this.articles.get(id)?.facts ?? null;
  }
  async getCurrentFactsText(id: string) {
    const facts = this.articles.get(id)?.facts.current;
    return facts ? JSON.stringify(facts) : null;
  }
  async putAnalystFacts(id: string, facts: FactsDocument, savedAt: Date): Promise<number> {
    const stored = this.articles.get(id);
    if (!stored) throw new Error(`no article ${id}`);
    const version = stored.facts.versions.length + 1;
    stored.facts = {
      ...stored.facts,
      current: facts,
      versions: [...stored.facts.versions, { version, savedAt: savedAt.toISOString() }],
    };
    return version;
  }
}

export class MemoryBriefingStore implements BriefingStore {
  readonly pdfs = new Map<string, Uint8Array>();
  private readonly manifests = new Map<string, BriefingManifest>();
  private readonly assessments = new Map<string, Assessment>();

  async putPdf(id: string, pdf: Uint8Array) {
    this.pdfs.set(id, pdf);
  }
  async putManifest(manifest: BriefingManifest) {
    this.manifests.set(manifest.id, manifest);
  }
  async stage(id: string, _createdAt: Date, assessment: Assessment) {
    this.assessments.set(id, assessment);
  }
  async discardStaged(id: string) {
    this.assessments.delete(id);
  }
  async getAssessment(id: string) {
    return this.assessments.get(id) ?? null;
  }
  async getManifest(id: string) {
    return this.manifests.get(id) ?? null;
  }
  async openPdf(id: string): Promise<StoredPdf | null> {
    const pdf = this.pdfs.get(id);
    if (!pdf) return null;
    return { body: new Blob([new Uint8Array(pdf)]).stream(), bytes: pdf.byteLength };
  }
  async pdfDownloadUrl(): Promise<string> {
    throw new Error("an in-memory briefing has no download URL");
  }
  async list(request: PageRequest) {
    return pageOf([...this.manifests.values()].reverse(), request);
  }
}
