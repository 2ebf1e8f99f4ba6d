import { Article, type ArticleSummary, summarize } from "../../core/articles/article.js";
import { ConflictError, PreconditionFailedError } from "../../core/errors.js";
import { FactsDocument } from "../../core/facts/schema.js";
import type { ArticleStore, Page, PageRequest, StoredFacts } from "../../core/ports.js";
import { NewestFirstIndex } from "./newest-first-index.js";
import type { ListedObject, S3Objects } from "./s3-objects.js";
import { ImmutableTextCache } from "./text-cache.js";

const articleKey = (id: string) => `articles/${id}/article.json`;
const machineFactsKey = (id: string) => `articles/${id}/facts.json`;
const analystPrefix = (id: string) => `articles/${id}/facts/`;
// One key per version number, created only if absent (a conditional write), so two saves can
// never both store "version 3": the second finds the key taken. The time of saving is the
// object's own (listed with the key). Keys written before also carry the time they were saved
// (analyst-000003-20250114T093000123Z.json) and are still read.
const analystKey = (id: string, version: number) =>
  `${analystPrefix(id)}analyst-${String(version).padStart(6, "0")}.json`;
const ANALYST_KEY = /analyst-(\d{6})(?:-(\d{8}T\d{6})(\d{3})Z)?\.json$/;

interface AnalystVersion {
  key: string;
  version: number;
  savedAt: string;
}

function versionOf(object: ListedObject): AnalystVersion | null {
  const m = ANALYST_KEY.exec(object.key);
  if (!m?.[1]) return null;
  const t = m[2];
  const savedAt =
    t && m[3]
      ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${m[3]}Z`
      : (object.lastModified?.toISOString() ?? "");
  return { key: object.key, version: Number(m[1]), savedAt };
}

/** Memory for the machine's facts of recent articles: a few dozen typical articles. */
const MACHINE_FACTS_CACHE_BYTES = 16 * 1024 * 1024;

export class S3ArticleStore implements ArticleStore {
  private readonly index: NewestFirstIndex;
  /**
   * The machine's facts of an article are written once, with it, and never replaced (an
   * analyst's edit is a new version under its own key; the article record itself is not cached,
   * since copies are linked onto it later). Every briefing over an article reads them: after the
   * first, from memory instead of S3.
   */
  private readonly machineFacts = new ImmutableTextCache(MACHINE_FACTS_CACHE_BYTES);

  constructor(private readonly objects: S3Objects) {
    this.index = new NewestFirstIndex(objects, "articles");
  }

  private async machineFactsText(id: string): Promise<string | null> {
    const key = machineFactsKey(id);
    const cached = this.machineFacts.get(key);
    if (cached !== undefined) return cached;
    const text = await this.objects.getText(key);
    if (text !== null) this.machineFacts.set(key, text);
    return text;
  }

  async get(id: string): Promise<Article | null> {
    const raw = await this.objects.getJson(articleKey(id));
    return raw === null ? null : Article.parse(raw);
  }

  async save(article: Article, facts: FactsDocument): Promise<void> {
    // Facts before the record and the record before the index: whatever is visible is complete.
    await this.objects.putJson(machineFactsKey(article.id), facts);
    await this.objects.putJson(articleKey(article.id), article);
    await this.index.add(new Date(article.createdAt), article.id);
  }

  async list(request: PageRequest): Promise<Page<ArticleSummary>> {
    const page = await this.index.page(request);
    const articles = await Promise.all(page.items.map((id) => this.get(id)));
    return {
      items: articles.filter((a): a is Article => a !== null).map(summarize),
      nextCursor: page.nextCursor,
    };
  }

  /** Analyst versions, oldest first (by version number, then by key). */
  private async analystVersions(id: string): Promise<AnalystVersion[]> {
    const versions: AnalystVersion[] = [];
    let startAfter: string | undefined;
    for (;;) {
      const { objects, more } = await this.objects.listObjects(analystPrefix(id), 1000, startAfter);
      versions.push(...objects.map(versionOf).filter((v) => v !== null));
      startAfter = objects[objects.length - 1]?.key;
      if (!more || !startAfter) return versions.sort((a, b) => a.version - b.version);
    }
  }

  async getFacts(id: string): Promise<StoredFacts | null> {
    // Both are needed: read together, not one round trip after the other.
    const [text, versions] = await Promise.all([this.machineFactsText(id), this.analystVersions(id)]);
    if (text === null) return null;
    const machine = FactsDocument.parse(JSON.parse(text));
    const newestKey = versions[versions.length - 1]?.key;
    const newest = newestKey ? await this.objects.getJson(newestKey) : null;
    return {
      machine,
      current: newest ? FactsDocument.parse(newest) : machine,
      versions: versions.map(({ version, savedAt }) => ({ version, savedAt })),
    };
  }

  async getCurrentFactsText(id: string): Promise<string | null> {
    // Every briefing waits for this read. Most articles have no analyst version, so the
    // machine's facts are asked for alongside the listing instead of one round trip after it;
    // an article with versions pays one GET for nothing.
    const machine = this.machineFactsText(id);
    machine.catch(() => undefined); // read below only if no version supersedes it
    const versions = await this.analystVersions(id);
    const newestKey = versions[versions.length - 1]?.key;
    return newestKey ? this.objects.getText(newestKey) : machine;
  }

  /** The time of saving is the object's own (`savedAt` is kept for the port's other stores). */
  async putAnalystFacts(
    id: string,
    facts: FactsDocument,
    _savedAt: Date,
    ifVersion?: readonly number[],
  ): Promise<number> {
    const versions = await this.analystVersions(id);
    const newest = versions[versions.length - 1]?.version ?? 0;
    if (ifVersion && !ifVersion.includes(newest)) {
      throw new PreconditionFailedError(
        `Version ${newest} is the newest version of these facts, not the one the request names (If-Match); read them again.`,
      );
    }
    const version = newest + 1;
    const written = await this.objects.putIfAbsent(
      analystKey(id, version),
      JSON.stringify(facts),
      "application/json",
    );
    if (written === null) {
      const message = `Another save took version ${version} of these facts first; nothing was stored. Read them again and retry.`;
      throw ifVersion ? new PreconditionFailedError(message) : new ConflictError(message);
    }
    return version;
  }
}
