import type { Article } from "../../core/articles/article.js";
import { indexEntryOf } from "../../core/articles/article-index.js";
import type { FactsDocument } from "../../core/facts/schema.js";
import type { ArticleIndex, ArticleStore } from "../../core/ports.js";

/**
 * An article store that keeps the article index current: every save (an ingest, an import, the
 * inline articles of a briefing) writes the article to S3 first, then its index entries.
 *
 * S3 is the source of truth. If the index write fails after the S3 write, the save fails (the
 * caller sees a storage error and retries; ingesting an article that is already stored puts its
 * entries again, which repairs it), and `scenario-brief index rebuild` re-indexes everything
 * stored. The other order would leave index entries naming articles that were never stored.
 */
export class IndexedArticleStore implements ArticleStore {
  constructor(
    private readonly inner: ArticleStore,
    private readonly index: Pick<ArticleIndex, "put">,
  ) {}

  get = (id: string) => this.inner.get(id);
  list: ArticleStore["list"] = (page) => this.inner.list(page);
  getFacts = (id: string) => this.inner.getFacts(id);
  getCurrentFactsText = (id: string) => this.inner.getCurrentFactsText(id);
  putAnalystFacts: ArticleStore["putAnalystFacts"] = (...args) => this.inner.putAnalystFacts(...args);

  async save(article: Article, facts: FactsDocument): Promise<void> {
    await this.inner.save(article, facts);
    await this.index.put(indexEntryOf(article));
  }
}
