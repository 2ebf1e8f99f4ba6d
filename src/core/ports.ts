/**
 * The ports of the core: what it needs from the outside world, in its own terms.
 * Adapters under src/adapters implement them; nothing here knows about S3, HTTP or Chromium.
 */
import type { Article, ArticleSummary } from "./articles/article.js";
import type { IndexedArticle, IndexPage, IndexQuery } from "./articles/article-index.js";
import type { ChangeSummary } from "./briefings/changes.js";
import type { ComposedBriefing, ComposeRequest, RunPoint } from "./briefings/compose-briefing.js";
import type { BriefingManifest } from "./briefings/manifest.js";
import type { FactsDocument } from "./facts/schema.js";
import type { Assessment } from "./themes/assessment.js";
import type { SourceDocument } from "./themes/reports.js";
import type { Theme } from "./themes/theme.js";

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new briefing id; ids made later sort after ids made earlier. */
  briefingId(at: Date): string;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface StoredFacts {
  /** The document currently in force: the newest analyst version, else the machine's. */
  current: FactsDocument;
  machine: FactsDocument;
  /** Analyst versions, oldest first. */
  versions: { version: number; savedAt: string }[];
}

export interface ArticleStore {
  get(id: string): Promise<Article | null>;
  /** Stores a new article and its machine facts (the caller has checked the id is free). */
  save(article: Article, facts: FactsDocument): Promise<void>;
  list(page: PageRequest): Promise<Page<ArticleSummary>>;
  getFacts(id: string): Promise<StoredFacts | null>;
  /**
   * The facts in force (the newest analyst version, else the machine's) as the stored JSON text,
   * unparsed: a briefing hands it to a worker thread, which parses and checks it there, so a
   * large document never costs the event loop a parse.
   */
  getCurrentFactsText(id: string): Promise<string | null>;
  /**
   * Saves an analyst version of the facts as the next version; the machine's version stays.
   * Returns the version number. With `ifVersion`, saves only if the newest version is one of
   * those (0: none yet), else PreconditionFailedError; a concurrent save that takes the same
   * version first makes this one fail (ConflictError, or PreconditionFailedError with
   * `ifVersion`) and store nothing.
   */
  putAnalystFacts(
    id: string,
    facts: FactsDocument,
    savedAt: Date,
    ifVersion?: readonly number[],
  ): Promise<number>;
}

/**
 * Selection of articles by source, tag and time window that reads only what it selects: the
 * stored articles are never listed or read to answer it.
 */
export interface ArticleIndex {
  /** Idempotent: putting the same article again changes nothing. */
  put(entry: IndexedArticle): Promise<void>;
  /** A page of matching ids, newest first, and whether more match. */
  select(query: IndexQuery): Promise<IndexPage>;
  /** How many articles match (the limit and cursor are ignored): reads every matching index entry. */
  count(query: IndexQuery): Promise<number>;
}

export interface StoredPdf {
  body: ReadableStream<Uint8Array>;
  bytes: number;
}

export interface BriefingStore {
  putPdf(id: string, pdf: Uint8Array): Promise<void>;
  /**
   * Written last, and alone: a manifest only ever exists for a PDF that is fully stored, and it is
   * what makes the briefing visible (in listings too).
   */
  putManifest(manifest: BriefingManifest): Promise<void>;
  /**
   * What can be written before the PDF exists, written while it prints: the assessment behind the
   * briefing and its place in the listing. Neither shows until the manifest vouches for them.
   */
  stage(id: string, createdAt: Date, assessment: Assessment): Promise<void>;
  /** Removes what `stage` wrote for a briefing that failed before its manifest; none there is no error. */
  discardStaged(id: string, createdAt: Date): Promise<void>;
  getAssessment(id: string): Promise<Assessment | null>;
  getManifest(id: string): Promise<BriefingManifest | null>;
  openPdf(id: string): Promise<StoredPdf | null>;
  /** A short-lived URL from which the PDF downloads without passing through this service. */
  pdfDownloadUrl(id: string, fileName: string, expiresInSeconds: number): Promise<string>;
  list(page: PageRequest): Promise<Page<BriefingManifest>>;
}

export interface PrintJob {
  html: string;
  /** Small HTML documents Chromium repeats on every page. */
  headerHtml: string;
  footerHtml: string;
  /** Milliseconds from now after which the render is abandoned. */
  deadlineMs: number;
}

export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  /** Readies what the first print needs (a browser, a page) ahead of it, where a printer can. */
  openAhead?(): Promise<void>;
}

export interface PdfDocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  author: string;
  createdAt: Date;
}

export interface PdfFinisher {
  /** Adds metadata (and what else printing cannot) and reports the page count. */
  finish(pdf: Uint8Array, info: PdfDocumentInfo): Promise<{ pdf: Uint8Array; pages: number }>;
}

export interface RenderedBriefing {
  html: string;
  headerHtml: string;
  footerHtml: string;
}

/** What the renderer turns into a document: the assessment and what it was made from. */
export interface BriefingDocument {
  id: string;
  theme: Theme;
  assessment: Assessment;
  sources: readonly SourceDocument[];
  generatedAt: Date;
  /** When it was made, if a later day than `generatedAt`: a briefing as of an earlier day says so. */
  madeAt?: Date;
  /** Set when the briefing is compared with an earlier one (scheduled runs). */
  changes: ChangeSummary | null;
  /** Earlier runs of its schedule, oldest first (scheduled runs with at least one before). */
  history?: RunPoint[];
}

export interface BriefingRenderer {
  render(doc: BriefingDocument): RenderedBriefing;
}

export interface ThemeCatalog {
  list(): Theme[];
  get(id: string): Theme | undefined;
}

export interface FactExtractor {
  readonly version: string;
  /** CPU-bound: a server runs it off its event loop, within the current deadline. */
  extract(article: Article): Promise<FactsDocument>;
}

/**
 * Assessment and rendering to HTML: the CPU-bound middle of a briefing. A server runs it off its
 * event loop, within the current deadline.
 */
export interface BriefingComposer {
  compose(request: ComposeRequest): Promise<ComposedBriefing>;
  /** The assessment alone, nothing rendered: a preview. */
  assess(request: ComposeRequest): Promise<Assessment>;
}

/**
 * The gate in front of expensive work: runs a task when a slot is free, queues a few, and refuses
 * the rest at once (OverloadedError), before any of their work is done.
 */
export interface Admission {
  run<T>(task: () => Promise<T>): Promise<T>;
}
