import { PayloadTooLargeError } from "../errors.js";
import type { FactsDocument } from "../facts/schema.js";
import type { ArticleIndex, ArticleStore, Clock, FactExtractor } from "../ports.js";
import { type Article, type ArticleInput, MAX_ARTICLE_TEXT_BYTES, newArticle } from "./article.js";
import { indexEntryOf } from "./article-index.js";

export interface IngestDeps {
  articles: ArticleStore;
  extractor: FactExtractor;
  clock: Clock;
  /**
   * When set, an article sent again has its index entries put again (idempotent): a retry after
   * a save whose index write failed repairs the index.
   */
  index?: Pick<ArticleIndex, "put"> | undefined;
}

/** An article ready to store: its facts are extracted, nothing is written yet. */
export interface PreparedArticle {
  article: Article;
  facts: FactsDocument;
}

/**
 * Finds the article if it is stored already, or builds it and extracts its facts without storing
 * anything: a briefing over an inline article stores it only once the briefing is done.
 */
export async function prepareArticle(
  deps: IngestDeps,
  input: ArticleInput,
): Promise<{ existing: Article } | { prepared: PreparedArticle }> {
  if (new TextEncoder().encode(input.text).byteLength > MAX_ARTICLE_TEXT_BYTES) {
    throw new PayloadTooLargeError("The article text", MAX_ARTICLE_TEXT_BYTES);
  }
  const draft = newArticle(input, deps.clock.now());
  const existing = await deps.articles.get(draft.id);
  if (existing) return { existing };

  const facts = await deps.extractor.extract(draft);
  // A dateline in the text ("date 2025-01-14 ...") stands in for a missing publication date.
  const article = { ...draft, publishedAt: draft.publishedAt ?? facts.article.publishedAt };
  return {
    prepared: {
      article,
      facts: { ...facts, article: { ...facts.article, publishedAt: article.publishedAt } },
    },
  };
}

/**
 * Stores an article and the facts derived from it. Idempotent: the id comes from the content,
 * so an article sent again is found, not stored a second time.
 */
export async function ingestArticle(
  deps: IngestDeps,
  input: ArticleInput,
): Promise<{ created: boolean; article: Article }> {
  const found = await prepareArticle(deps, input);
  if ("existing" in found) {
    await deps.index?.put(indexEntryOf(found.existing));
    return { created: false, article: found.existing };
  }
  await deps.articles.save(found.prepared.article, found.prepared.facts);
  return { created: true, article: found.prepared.article };
}
