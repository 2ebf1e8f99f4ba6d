import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { StorageUnavailableError } from "../../core/errors.js";

const isMissing = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === "NoSuchKey" || err.name === "NotFound" || err.$metadata?.httpStatusCode === 404;
};

/**
 * The few S3 operations the stores need, with missing keys as `null` and every other failure
 * as a typed StorageUnavailableError that keeps the SDK error as its cause.
 */
export class S3Objects {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      throw new StorageUnavailableError(operation, e);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw new StorageUnavailableError(`head ${key}`, e);
    }
  }

  async getStream(key: string): Promise<{ body: ReadableStream<Uint8Array>; bytes: number } | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!out.Body) return null;
      return { body: out.Body.transformToWebStream(), bytes: out.ContentLength ?? 0 };
    } catch (e) {
      if (isMissing(e)) return null;
      throw new StorageUnavailableError(`get ${key}`, e);
    }
  }

  async getJson(key: string): Promise<unknown | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const text = await out.Body?.transformToString("utf-8");
      return text === undefined ? null : JSON.parse(text);
    } catch (e) {
      if (isMissing(e)) return null;
      throw new StorageUnavailableError(`get ${key}`, e);
    }
  }

  put(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    // A Uint8Array has a known length; an empty string would be sent as a stream of unknown length.
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    return this.call(`put ${key}`, async () => {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }),
      );
    });
  }

  putJson(key: string, value: unknown): Promise<void> {
    return this.put(key, JSON.stringify(value), "application/json");
  }

  /**
   * Writes only if no object has the key (S3 conditional write); false when one exists. Servers
   * without conditional writes (s3rver) always write, so callers look before they leap too.
   */
  async putJsonIfAbsent(key: string, value: unknown): Promise<boolean> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: JSON.stringify(value),
          ContentType: "application/json",
          IfNoneMatch: "*",
        }),
      );
      return true;
    } catch (e) {
      // 412: the key exists; 409: a concurrent conditional write to it won.
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 412 || status === 409) return false;
      throw new StorageUnavailableError(`put ${key}`, e);
    }
  }

  /** Deleting a missing key is not an error in S3, nor here. */
  delete(key: string): Promise<void> {
    return this.call(`delete ${key}`, async () => {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    });
  }

  /**
   * Keys under `prefix`, ascending, after `startAfter`. ListObjects (v1) with a marker rather
   * than v2: every page here resumes after a key we already hold, which v1 does natively, and
   * s3rver cannot mint v2 continuation tokens on Node 17+ (it ciphers them with DES).
   */
  list(prefix: string, limit: number, startAfter?: string): Promise<{ keys: string[]; more: boolean }> {
    return this.call(`list ${prefix}`, async () => {
      const out = await this.client.send(
        new ListObjectsCommand({ Bucket: this.bucket, Prefix: prefix, MaxKeys: limit, Marker: startAfter }),
      );
      return {
        keys: (out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])),
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

  ping(): Promise<void> {
    return this.call("head bucket", async () => {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    });
  }
}
