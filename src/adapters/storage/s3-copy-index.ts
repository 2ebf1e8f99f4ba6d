import { Article, type ArticleCopy } from "../../core/articles/article.js";
import { ConflictError } from "../../core/errors.js";
import type { Signature } from "../../core/sources/near-duplicates.js";
import type { CopyIndex, CopyLinks } from "../../core/sources/ports.js";
import type { S3Objects } from "./s3-objects.js";

const signatureKey = (id: string) => `near-duplicates/signatures/${id}.json`;
const bandPrefix = (band: string) => `near-duplicates/bands/${band}/`;
/** A band shared by more articles than this is boilerplate, not a story: its candidates are not read. */
const MAX_BAND_MEMBERS = 50;
const articleKey = (id: string) => `articles/${id}/article.json`;
const unquote = (etag: string) => etag.replace(/^(W\/)?"(.*)"$/, "$2");

/**
 * The near-duplicate index in S3: an empty object per (band, article) so a lookup is one LIST per
 * band and an addition never rewrites what another wrote; each article's signature beside it.
 * The signature is written last: an article is a candidate only once it can be compared.
 */
export class S3CopyIndex implements CopyIndex {
  constructor(private readonly objects: S3Objects) {}

  async candidates(bands: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    const lists = await Promise.all(
      bands.map((b) => this.objects.list(bandPrefix(b), MAX_BAND_MEMBERS).then((r) => ({ b, ...r }))),
    );
    for (const { b, keys } of lists) for (const k of keys) found.add(k.slice(bandPrefix(b).length));
    return [...found];
  }

  async signature(articleId: string): Promise<Signature | null> {
    return (await this.objects.getJson(signatureKey(articleId))) as Signature | null;
  }

  async add(articleId: string, signature: Signature, bands: readonly string[]): Promise<void> {
    await Promise.all(bands.map((b) => this.objects.put(`${bandPrefix(b)}${articleId}`, "", "text/plain")));
    await this.objects.putJson(signatureKey(articleId), signature);
  }
}

/**
 * Copies kept on the original's record, written only over the record as it was read (S3
 * conditional write), so two copies linked at once both stay; the same URL is linked once.
 */
export class S3CopyLinks implements CopyLinks {
  constructor(private readonly objects: S3Objects) {}

  async addCopy(articleId: string, copy: ArticleCopy): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const found = await this.objects.getJsonTagged(articleKey(articleId));
      if (!found) return;
      const article = Article.parse(found.value);
      const copies = article.copies ?? [];
      if (copies.some((c) => c.url === copy.url && c.outlet === copy.outlet)) return;
      const next = { ...article, copies: [...copies, copy] };
      const written = await this.objects.putIfMatch(
        articleKey(articleId),
        JSON.stringify(next),
        "application/json",
        `"${unquote(found.etag)}"`,
      );
      if (written !== null) return;
    }
    throw new ConflictError(`Article '${articleId}' kept changing while a copy was linked to it.`);
  }
}
