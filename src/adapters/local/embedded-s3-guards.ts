import type { IncomingMessage } from "node:http";
import type { SigV4Check } from "./sigv4-check.js";

/** The little of a Koa context the guards use (s3rver is a Koa app). */
export interface KoaContext {
  req: IncomingMessage;
  method: string;
  status: number;
  type: string;
  body: unknown;
  set(name: string, value: string): void;
}
export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

/** What the conditional-put guard needs from s3rver's store. */
export interface ObjectMetadataSource {
  /** Resolves to the object's metadata, `etag` quoted; rejects with code ENOENT when missing. */
  getMetadata(bucket: string, key: string): Promise<{ etag?: string }>;
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );

/** Answers as S3 does: an XML error document with S3's error code. */
function refuse(ctx: KoaContext, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.type = "application/xml";
  ctx.set("x-amz-error-code", code);
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
}

/** Every request must carry a valid Signature Version 4; the rest get 403, as from S3. */
export function requireSignature(check: SigV4Check): KoaMiddleware {
  return async (ctx, next) => {
    const fault = await check.check({
      method: ctx.method,
      url: ctx.req.url ?? "/",
      headers: ctx.req.headers,
    });
    if (fault) return refuse(ctx, 403, fault.code, fault.message);
    await next();
  };
}

/** Bucket and key of an object request on a path-style URL, or null for bucket/service requests. */
function objectOf(url: string): { bucket: string; key: string; query: string } | null {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const m = /^\/([^/]+)\/(.+)$/.exec(path);
  if (!m?.[1] || !m[2]) return null;
  try {
    return {
      bucket: decodeURIComponent(m[1]),
      key: decodeURIComponent(m[2]),
      query: q < 0 ? "" : url.slice(q + 1),
    };
  } catch {
    return null;
  }
}

/** Entity tags of an If-Match / If-None-Match header, unquoted; "*" stays "*". */
const entityTags = (value: string) =>
  value
    .split(",")
    .map((t) =>
      t
        .trim()
        .replace(/^W\//, "")
        .replace(/^"(.*)"$/, "$1"),
    )
    .filter(Boolean);

/** Runs one task per key at a time, in arrival order. */
class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

/**
 * S3's conditional PutObject, which s3rver ignores: `If-None-Match: *` writes only when no
 * object has the key, `If-Match: <etag>` only when the object is there and unchanged; anything
 * else is 412 PreconditionFailed and nothing is written. Every write or delete of one key runs
 * alone, so the check and the write are one step for every client of this server.
 */
export function conditionalPuts(store: ObjectMetadataSource): KoaMiddleware {
  const lock = new KeyedLock();
  return async (ctx, next) => {
    const target = ctx.method === "PUT" || ctx.method === "DELETE" ? objectOf(ctx.req.url ?? "/") : null;
    if (!target) return next();
    await lock.run(`${target.bucket}/${target.key}`, async () => {
      const ifNoneMatch = ctx.req.headers["if-none-match"];
      const ifMatch = ctx.req.headers["if-match"];
      if (ctx.method === "PUT" && (ifNoneMatch !== undefined || ifMatch !== undefined)) {
        const etag = await store.getMetadata(target.bucket, target.key).then(
          (m) => (m.etag ?? "").replace(/^"(.*)"$/, "$1"),
          (e: { code?: string }) => {
            if (e.code === "ENOENT") return null;
            throw e;
          },
        );
        const failed =
          (ifNoneMatch !== undefined && (entityTags(ifNoneMatch).includes("*") ? etag !== null : true)) ||
          (ifMatch !== undefined &&
            (etag === null || !entityTags(ifMatch).some((t) => t === "*" || t === etag)));
        if (failed) {
          return refuse(
            ctx,
            412,
            "PreconditionFailed",
            "At least one of the pre-conditions you specified did not hold",
          );
        }
      }
      await next();
    });
  };
}
