import type { ArticleIndex, ArticleStore } from "../ports.js";
import { indexEntryOf } from "./article-index.js";

const PAGE = 100;

/**
 * Puts the index entries of every stored article: for articles stored before the index existed,
 * or whose index write failed after their S3 write. Idempotent, so it can run again at any time;
 * it reads every article (S3 is the source of truth), so it is a maintenance task, not a request.
 */
export async function rebuildIndex(
  articles: Pick<ArticleStore, "list">,
  index: Pick<ArticleIndex, "put">,
  progress: (indexed: number) => void = () => undefined,
): Promise<number> {
  let indexed = 0;
  let cursor: string | undefined;
  do {
    const page = await articles.list({ limit: PAGE, cursor });
    await Promise.all(page.items.map((a) => index.put(indexEntryOf(a))));
    indexed += page.items.length;
    progress(indexed);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return indexed;
}
