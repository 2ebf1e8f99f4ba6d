import { type Article, ArticleInput, articleIdFor, normalizeArticleText } from "../articles/article.js";
import { type IngestDeps, ingestArticle } from "../articles/ingest-article.js";
import { PayloadTooLargeError } from "../errors.js";
import { IntakeError } from "./intake-errors.js";
import { bandKeys, nearDuplicate, signatureOf } from "./near-duplicates.js";
import type { CopyIndex, CopyLinks, FetchedArticle } from "./ports.js";

export interface TakeInDeps extends IngestDeps {
  copyIndex: CopyIndex;
  copyLinks: CopyLinks;
}

/** Where an article read from the web came from, and what it is filed under. */
export interface Provenance {
  outlet: string | null;
  sourceId?: string;
  tags: readonly string[];
  /** Only a grade a client gave: the outlet registry is applied when the briefing grades the source. */
  reliability?: Article["reliability"];
  /** The feed's date when the page gives none. */
  fallbackDate?: string | null;
}

export type TakenIn =
  | { kind: "new"; article: Article }
  | { kind: "seen"; article: Article }
  | { kind: "copy"; article: Article; similarity: number };

function inputOf(fetched: FetchedArticle, from: Provenance): ArticleInput {
  const parsed = ArticleInput.safeParse({
    title: fetched.title,
    text: fetched.text,
    ...((fetched.publishedAt ?? from.fallbackDate)
      ? { publishedAt: fetched.publishedAt ?? from.fallbackDate }
      : {}),
    ...(from.outlet ? { source: from.outlet } : {}),
    url: fetched.url,
    ...(from.reliability ? { reliability: from.reliability } : {}),
    tags: [...from.tags],
    ...(fetched.byline ? { byline: fetched.byline.slice(0, 300) } : {}),
    fetchedAt: fetched.fetchedAt,
    ...(from.sourceId ? { sourceId: from.sourceId } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IntakeError(
      "invalid-article",
      `the article read from ${fetched.url} is not a valid article: ${issue?.path.join(".")} ${issue?.message}`,
    );
  }
  return parsed.data;
}

/**
 * Stores an article read from the web, once: an article already stored (same title and text) is
 * seen; a near-duplicate of a stored one (another outlet's copy of the same wire story) is linked
 * to it as a copy and not stored again; anything else is stored with its facts and indexed for
 * the copies to come. Nothing is written until the article is known to be new or a copy.
 */
export async function takeIn(deps: TakeInDeps, fetched: FetchedArticle, from: Provenance): Promise<TakenIn> {
  const input = inputOf(fetched, from);
  const id = articleIdFor(input.title, input.text);
  const signature = signatureOf(normalizeArticleText(input.text));
  const bands = bandKeys(signature);
  const stored = await deps.articles.get(id);
  if (stored) {
    // Heals an index entry lost to a failure after the article was saved.
    if (!(await deps.copyIndex.signature(id))) await deps.copyIndex.add(id, signature, bands);
    return { kind: "seen", article: stored };
  }

  const original = await findOriginal(deps, id, signature, bands);
  if (original) {
    await deps.copyLinks.addCopy(original.article.id, {
      url: input.url ?? null,
      outlet: input.source ?? null,
      ...(from.sourceId ? { sourceId: from.sourceId } : {}),
      title: input.title,
      similarity: Math.round(original.similarity * 1000) / 1000,
      seenAt: fetched.fetchedAt,
    });
    const linked = (await deps.articles.get(original.article.id)) ?? original.article;
    return { kind: "copy", article: linked, similarity: original.similarity };
  }

  let result: Awaited<ReturnType<typeof ingestArticle>>;
  try {
    result = await ingestArticle(deps, input);
  } catch (e) {
    if (e instanceof PayloadTooLargeError) throw new IntakeError("too-large", e.message, null, e);
    throw e;
  }
  await deps.copyIndex.add(result.article.id, signature, bands);
  return { kind: result.created ? "new" : "seen", article: result.article };
}

async function findOriginal(
  deps: TakeInDeps,
  id: string,
  signature: ReturnType<typeof signatureOf>,
  bands: readonly string[],
): Promise<{ article: Article; similarity: number } | null> {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of await deps.copyIndex.candidates(bands)) {
    if (candidate === id) continue;
    const other = await deps.copyIndex.signature(candidate);
    if (!other) continue;
    const verdict = nearDuplicate(signature, other);
    if (verdict.copy && (!best || verdict.similarity > best.similarity))
      best = { id: candidate, similarity: verdict.similarity };
  }
  if (!best) return null;
  const article = await deps.articles.get(best.id);
  return article ? { article, similarity: best.similarity } : null;
}
