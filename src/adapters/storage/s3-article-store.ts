import { Article, type ArticleSummary, summarize } from "../../core/articles/article.js";
import { FactsDocument } from "../../core/facts/schema.js";
import type { ArticleStore, Page, PageRequest, StoredFacts } from "../../core/ports.js";
import { NewestFirstIndex } from "./newest-first-index.js";
import type { S3Objects } from "./s3-objects.js";

const articleKey = (id: string) => `articles/${id}/article.json`;
const machineFactsKey = (id: string) => `articles/${id}/facts.json`;
const analystPrefix = (id: string) => `articles/${id}/facts/`;
// The version and the time it was saved live in the key, so listing the keys lists the history.
const analystKey = (id: string, version: number, savedAt: Date) =>
  `${analystPrefix(id)}analyst-${String(version).padStart(6, "0")}-${savedAt.toISOString().replace(/[-:.]/g, "")}.json`;
const ANALYST_KEY = /analyst-(\d{6})-(\d{8}T\d{6})(\d{3})Z\.json$/;

function versionOf(key: string): { version: number; savedAt: string } | null {
  const m = ANALYST_KEY.exec(key);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const t = m[2];
  const iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.${m[3]}Z`;
  return { version: Number(m[1]), savedAt: iso };
}

export class S3ArticleStore implements ArticleStore {
  private readonly index: NewestFirstIndex;

  constructor(private readonly objects: S3Objects) {
    this.index = new NewestFirstIndex(objects, "articles");
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

  private async analystVersions(id: string): Promise<string[]> {
    const keys: string[] = [];
    let startAfter: string | undefined;
    for (;;) {
      const { keys: batch, more } = await this.objects.list(analystPrefix(id), 1000, startAfter);
      keys.push(...batch);
      startAfter = batch[batch.length - 1];
      if (!more || !startAfter) return keys;
    }
  }

  async getFacts(id: string): Promise<StoredFacts | null> {
    const raw = await this.objects.getJson(machineFactsKey(id));
    if (raw === null) return null;
    const machine = FactsDocument.parse(raw);
    const keys = await this.analystVersions(id);
    const newestKey = keys[keys.length - 1];
    const newest = newestKey ? await this.objects.getJson(newestKey) : null;
    const versions = keys.map(versionOf).filter((v) => v !== null);
    return { machine, current: newest ? FactsDocument.parse(newest) : machine, versions };
  }

  async putAnalystFacts(id: string, facts: FactsDocument, savedAt: Date): Promise<number> {
    const keys = await this.analystVersions(id);
    const version = keys.length + 1;
    await this.objects.putJson(analystKey(id, version, savedAt), facts);
    return version;
  }
}
