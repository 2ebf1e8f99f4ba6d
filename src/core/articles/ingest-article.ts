import { PayloadTooLargeError } from "../errors.js";
import type { ArticleStore, Clock, FactExtractor } from "../ports.js";
import { type Article, type ArticleInput, MAX_ARTICLE_TEXT_BYTES, newArticle } from "./article.js";

export interface IngestDeps {
  articles: ArticleStore;
  extractor: FactExtractor;
  clock: Clock;
}

/**
 * Stores an article and the facts derived from it. Idempotent: the id comes from the content,
 * so an article sent again is found, not stored a second time.
 */
export async function ingestArticle(
  deps: IngestDeps,
  input: ArticleInput,
): Promise<{ created: boolean; article: Article }> {
  if (new TextEncoder().encode(input.text).byteLength > MAX_ARTICLE_TEXT_BYTES) {
    throw new PayloadTooLargeError("The article text", MAX_ARTICLE_TEXT_BYTES);
  }
  const draft = newArticle(input, deps.clock.now());
  const existing = await deps.articles.get(draft.id);
  if (existing) return { created: false, article: existing };

  const facts = deps.extractor.extract(draft);
  // A dateline in the text ("date 2025-01-14 ...") stands in for a missing publication date.
  const article = { ...draft, publishedAt: draft.publishedAt ?? facts.article.publishedAt };
  await deps.articles.save(article, {
    ...facts,
    article: { ...facts.article, publishedAt: article.publishedAt },
  });
  return { created: true, article };
}
