import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  type S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { StandardRetryStrategy } from "@smithy/core/retry";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpHandlerOptions, RetryErrorInfo, RetryStrategyV2, RetryToken } from "@smithy/types";
import { currentDeadline, type Deadline } from "../../core/deadline.js";
import { RenderTimeoutError, StorageUnavailableError } from "../../core/errors.js";

const statusOf = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

const isMissing = (e: unknown) => {
  const name = (e as { name?: string }).name;
  return name === "NoSuchKey" || name === "NotFound" || statusOf(e) === 404;
};

/**
 * A conditional write that did not happen: 412, the condition does not hold; 409, a concurrent
 * conditional write to the key is under way (S3 asks to read again); 404, If-Match on a key
 * that is gone.
 */
const isConditionFailure = (e: unknown) => [409, 412, 404].includes(statusOf(e) ?? 0);

/** Below this much time left before the request's deadline, no S3 call or retry is started. */
export const DEADLINE_MARGIN_MS = 100;

/** How long one S3 call may take, and how often it is tried (the first attempt included). */
export interface StorageCallLimits {
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  maxAttempts: number;
}

/**
 * The SDK's standard retries (which errors, what backoff), but none that would start, or sleep,
 * past the current request's deadline: the caller gets the last error instead.
 */
class DeadlineRetryStrategy implements RetryStrategyV2 {
  constructor(private readonly inner: RetryStrategyV2) {}

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(scope);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const deadline = currentDeadline();
    if (!deadline) return this.inner.refreshRetryTokenForRetry(token, errorInfo);
    const spareMs = deadline.remainingMs() - DEADLINE_MARGIN_MS;
    if (spareMs <= 0 || deadline.signal.aborted) throw errorInfo.error;
    let timer: NodeJS.Timeout | undefined;
    const outOfTime = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(errorInfo.error), spareMs);
    });
    try {
      return await Promise.race([this.inner.refreshRetryTokenForRetry(token, errorInfo), outOfTime]);
    } finally {
      clearTimeout(timer);
    }
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token);
  }
}

/**
 * Client settings that bound every S3 call: a connection timeout, a timeout for the answer
 * (throwing, not just warning), the same for a body that stops arriving, and a retry budget that
 * respects the request deadline. Without them an unresponsive store holds requests for minutes.
 */
export function s3CallOptions(
  limits: StorageCallLimits,
): Pick<S3ClientConfig, "requestHandler" | "retryStrategy"> {
  return {
    requestHandler: new NodeHttpHandler({
      connectionTimeout: limits.connectTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: limits.requestTimeoutMs,
    }),
    retryStrategy: new DeadlineRetryStrategy(new StandardRetryStrategy(limits.maxAttempts)),
  };
}

/** Follows `deadline` until released: for a call whose body is read after the request ends. */
function abortUntilAnswered(deadline: Deadline): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort(deadline.signal.reason);
  if (deadline.signal.aborted) abort();
  else deadline.signal.addEventListener("abort", abort, { once: true });
  return { signal: controller.signal, release: () => deadline.signal.removeEventListener("abort", abort) };
}

export interface ListedObject {
  key: string;
  lastModified: Date | undefined;
}

/**
 * The few S3 operations the stores need, with missing keys as `null` and every other failure
 * (refused, timed out, aborted at the request's deadline) as a typed StorageUnavailableError
 * that keeps the SDK error as its cause.
 */
export class S3Objects {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  /**
   * Options for one call: the current deadline's abort signal, if there is a deadline. A call
   * that could not finish in the time left is not started.
   */
  private options(operation: string): HttpHandlerOptions | undefined {
    const deadline = currentDeadline();
    if (!deadline) return undefined;
    const left = deadline.remainingMs();
    if (left < DEADLINE_MARGIN_MS || deadline.signal.aborted) {
      throw new RenderTimeoutError(
        deadline.budgetMs,
        new Error(
          `${operation}: ${Math.max(0, left)} ms left of the request's ${deadline.budgetMs} ms deadline`,
        ),
      );
    }
    return { abortSignal: deadline.signal };
  }

  /**
   * What a failed call means: the request's own time ran out (504), or the store failed to
   * answer in time or at all (503).
   */
  private failure(operation: string, e: unknown): Error {
    if (e instanceof StorageUnavailableError || e instanceof RenderTimeoutError) return e;
    const deadline = currentDeadline();
    if (deadline?.signal.aborted) return new RenderTimeoutError(deadline.budgetMs, e);
    return new StorageUnavailableError(operation, e);
  }

  private async call<T>(
    operation: string,
    run: (options: HttpHandlerOptions | undefined) => Promise<T>,
  ): Promise<T> {
    const options = this.options(operation);
    try {
      return await run(options);
    } catch (e) {
      throw this.failure(operation, e);
    }
  }

  /** Like call, with missing keys as `null`. */
  private async callOrMissing<T>(
    operation: string,
    run: (options: HttpHandlerOptions | undefined) => Promise<T>,
  ): Promise<T | null> {
    const options = this.options(operation);
    try {
      return await run(options);
    } catch (e) {
      if (isMissing(e)) return null;
      throw this.failure(operation, e);
    }
  }

  async exists(key: string): Promise<boolean> {
    const found = await this.callOrMissing(`head ${key}`, (o) =>
      this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }), o),
    );
    return found !== null;
  }

  /**
   * The deadline bounds the wait for the answer, not the streaming of the body to a client,
   * which may go on after the request's handler has returned; a stalled body times out.
   */
  async getStream(key: string): Promise<{ body: ReadableStream<Uint8Array>; bytes: number } | null> {
    this.options(`get ${key}`);
    const deadline = currentDeadline();
    const link = deadline ? abortUntilAnswered(deadline) : null;
    try {
      const out = await this.callOrMissing(`get ${key}`, () =>
        this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: key }),
          link ? { abortSignal: link.signal } : undefined,
        ),
      );
      if (!out?.Body) return null;
      return { body: out.Body.transformToWebStream(), bytes: out.ContentLength ?? 0 };
    } finally {
      link?.release();
    }
  }

  /** The object's text as stored, unparsed. */
  /** One GetObject, its body read as text (undefined when it has none). */
  private async readObject(
    key: string,
    options: HttpHandlerOptions | undefined,
  ): Promise<{ text: string | undefined; etag: string }> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }), options);
    return { text: await out.Body?.transformToString("utf-8"), etag: out.ETag ?? "" };
  }

  async getText(key: string): Promise<string | null> {
    return this.callOrMissing(`get ${key}`, async (o) => (await this.readObject(key, o)).text ?? null);
  }

  async getJson(key: string): Promise<unknown | null> {
    const found = await this.getJsonTagged(key);
    return found === null ? null : found.value;
  }

  /** The object's JSON and its ETag, for a later conditional write (putIfMatch). */
  async getJsonTagged(key: string): Promise<{ value: unknown; etag: string } | null> {
    return this.callOrMissing(`get ${key}`, async (o) => {
      const { text, etag } = await this.readObject(key, o);
      return text === undefined ? null : { value: JSON.parse(text), etag };
    });
  }

  put(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    return this.call(`put ${key}`, async (o) => {
      await this.send(key, body, contentType, {}, o);
    });
  }

  /** put, resolving to the new object's ETag. */
  putTagged(key: string, body: Uint8Array | string, contentType: string): Promise<string> {
    return this.call(`put ${key}`, (o) => this.send(key, body, contentType, {}, o));
  }

  putJson(key: string, value: unknown): Promise<void> {
    return this.put(key, JSON.stringify(value), "application/json");
  }

  private async send(
    key: string,
    body: Uint8Array | string,
    contentType: string,
    condition: { IfNoneMatch?: string; IfMatch?: string },
    options: HttpHandlerOptions | undefined,
  ): Promise<string> {
    // A Uint8Array has a known length; an empty string would be sent as a stream of unknown length.
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    const out = await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ...condition,
      }),
      options,
    );
    return out.ETag ?? "";
  }

  /**
   * Writes only if no object has the key (S3 conditional write, `If-None-Match: *`): the new
   * ETag, or null when the key is taken, or a concurrent write to it won.
   */
  putIfAbsent(key: string, body: Uint8Array | string, contentType: string): Promise<string | null> {
    return this.call(`put ${key}`, async (o) => {
      try {
        return await this.send(key, body, contentType, { IfNoneMatch: "*" }, o);
      } catch (e) {
        if (isConditionFailure(e)) return null;
        throw e;
      }
    });
  }

  /**
   * Replaces the object only if it still has `etag` (S3 conditional write, `If-Match`): the new
   * ETag, or null when it changed, went, or a concurrent write to it won.
   */
  putIfMatch(
    key: string,
    body: Uint8Array | string,
    contentType: string,
    etag: string,
  ): Promise<string | null> {
    return this.call(`put ${key}`, async (o) => {
      try {
        return await this.send(key, body, contentType, { IfMatch: etag }, o);
      } catch (e) {
        if (isConditionFailure(e)) return null;
        throw e;
      }
    });
  }

  /** putIfAbsent for JSON: true when this call wrote it. */
  async putJsonIfAbsent(key: string, value: unknown): Promise<boolean> {
    return (await this.putIfAbsent(key, JSON.stringify(value), "application/json")) !== null;
  }

  /** Deleting a missing key is not an error in S3, nor here. */
  delete(key: string): Promise<void> {
    return this.call(`delete ${key}`, async (o) => {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }), o);
    });
  }

  /**
   * Keys under `prefix`, ascending, after `startAfter`. ListObjects (v1) with a marker rather
   * than v2: every page here resumes after a key we already hold, which v1 does natively, and
   * s3rver cannot mint v2 continuation tokens on Node 17+ (it ciphers them with DES).
   */
  async list(prefix: string, limit: number, startAfter?: string): Promise<{ keys: string[]; more: boolean }> {
    const { objects, more } = await this.listObjects(prefix, limit, startAfter);
    return { keys: objects.map((o) => o.key), more };
  }

  /** list, with each object's last-modified time. */
  listObjects(
    prefix: string,
    limit: number,
    startAfter?: string,
  ): Promise<{ objects: ListedObject[]; more: boolean }> {
    return this.call(`list ${prefix}`, async (o) => {
      const out = await this.client.send(
        new ListObjectsCommand({ Bucket: this.bucket, Prefix: prefix, MaxKeys: limit, Marker: startAfter }),
        o,
      );
      return {
        objects: (out.Contents ?? []).flatMap((c) =>
          c.Key ? [{ key: c.Key, lastModified: c.LastModified }] : [],
        ),
        more: Boolean(out.IsTruncated),
      };
    });
  }

  /** A short-lived URL that downloads the object directly from S3. */
  presignGet(key: string, expiresInSeconds: number, contentDisposition: string): Promise<string> {
    return this.call(`presign ${key}`, () =>
      getSignedUrl(
        this.client,
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ResponseContentDisposition: contentDisposition,
        }),
        { expiresIn: expiresInSeconds },
      ),
    );
  }

  /** The health check's probe: one HeadBucket, however many objects the bucket holds. */
  ping(): Promise<void> {
    return this.call("head bucket", async (o) => {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), o);
    });
  }
}
