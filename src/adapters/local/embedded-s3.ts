import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import S3rver from "s3rver";
import {
  conditionalPuts,
  type KoaMiddleware,
  type ObjectMetadataSource,
  requireSignature,
} from "./embedded-s3-guards.js";
import { SigV4Check } from "./sigv4-check.js";

export interface EmbeddedS3 {
  endpoint: string;
  /**
   * The only key pair the server accepts, made at random when it starts: other local processes
   * cannot use the store without it (s3rver alone lets anyone in, signed or not).
   */
  credentials: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void>;
}

/** What s3rver's filesystem store reads on every request, whatever the request. */
interface PerRequestReads {
  getBucket(bucket: string): Promise<unknown>;
  putBucket(bucket: string): Promise<unknown>;
  deleteBucket(bucket: string): Promise<unknown>;
  getSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
  putSubresource(bucket: string, key: string | undefined, resource: { type: string }): Promise<unknown>;
  deleteSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
}

/** The parts of s3rver (a Koa app) that its type declarations leave out. */
interface S3rverInternals {
  middleware: KoaMiddleware[];
  store: ObjectMetadataSource & PerRequestReads;
}

/**
 * s3rver reads, for every request, the bucket's directory (does it exist?) and its CORS and
 * website configurations (two XML files, absent here), and formats a log line even when silent
 * (koa-logger, which also pipes each streamed body through a byte counter). A profile of the
 * briefing bench put these at about a third of the embedded S3's CPU time per request. The
 * store is this process's alone and every change of a bucket or of its configurations goes
 * through it: their reads are remembered until such a change, and the silent log is dropped.
 */
function lighten(internals: S3rverInternals): void {
  const store = internals.store;
  const buckets = new Map<string, Promise<unknown>>();
  const configs = new Map<string, Promise<unknown>>();
  const forget = (bucket: string) => {
    buckets.delete(bucket);
    for (const k of configs.keys()) if (k.startsWith(`${bucket}/`)) configs.delete(k);
  };
  const getBucket = store.getBucket.bind(store);
  store.getBucket = (bucket) => {
    let found = buckets.get(bucket);
    if (!found) {
      found = getBucket(bucket);
      buckets.set(bucket, found);
      // A missing bucket, or a failed read, is asked for again next time.
      found.then(
        (b) => b ?? buckets.delete(bucket),
        () => buckets.delete(bucket),
      );
    }
    return found;
  };
  for (const name of ["putBucket", "deleteBucket"] as const) {
    const original = store[name].bind(store);
    store[name] = (bucket) => {
      forget(bucket);
      return original(bucket).finally(() => forget(bucket));
    };
  }
  const getSubresource = store.getSubresource.bind(store);
  // Only a bucket's own configurations (no key): an object's ACL is read per object.
  store.getSubresource = (bucket, key, type) => {
    if (key !== undefined) return getSubresource(bucket, key, type);
    const at = `${bucket}/${type}`;
    let found = configs.get(at);
    if (!found) {
      found = getSubresource(bucket, key, type);
      configs.set(at, found);
      found.catch(() => configs.delete(at));
    }
    return found;
  };
  const putSubresource = store.putSubresource.bind(store);
  store.putSubresource = (bucket, key, resource) => {
    configs.delete(`${bucket}/${resource.type}`);
    return putSubresource(bucket, key, resource).finally(() => configs.delete(`${bucket}/${resource.type}`));
  };
  const deleteSubresource = store.deleteSubresource.bind(store);
  store.deleteSubresource = (bucket, key, type) => {
    configs.delete(`${bucket}/${type}`);
    return deleteSubresource(bucket, key, type).finally(() => configs.delete(`${bucket}/${type}`));
  };
  // koa-logger's middleware is the named function `logger`; s3rver's own logger (ctx.logger) stays.
  internals.middleware = internals.middleware.filter((m) => m.name !== "logger");
}

/** s3rver's own account registry: its signature check (which it does not finish) looks keys up there. */
interface S3rverAccounts {
  DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
}

/**
 * An S3-protocol server on loopback, for `npm start` and the tests: the code under test talks
 * real S3 over HTTP to it, through the same client it uses against AWS. In front of s3rver's own
 * middleware: Signature Version 4 verified with the SDK's signer (s3rver does not verify V4, and
 * lets unsigned requests through), and S3's conditional PutObject (which s3rver ignores).
 */
export async function startEmbeddedS3(options: {
  directory: string;
  bucket: string;
  port?: number;
}): Promise<EmbeddedS3> {
  await mkdir(options.directory, { recursive: true });
  const credentials = {
    accessKeyId: `LOCAL${randomBytes(8).toString("hex").toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString("base64url"),
  };
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket }],
  });
  // Loaded at run time, not imported: the Lambda bundle replaces s3rver with a stub and must
  // not pull its internals in.
  const accounts = createRequire(import.meta.url)("s3rver/lib/models/account.js") as S3rverAccounts;
  accounts.DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
  const internals = server as unknown as S3rverInternals;
  lighten(internals);
  // Koa composes its middleware when the server starts listening, so these run first.
  internals.middleware.unshift(
    requireSignature(new SigV4Check(credentials)),
    conditionalPuts(internals.store),
  );
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    credentials,
    close: () => server.close(),
  };
}
