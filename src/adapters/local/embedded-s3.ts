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

/** The parts of s3rver (a Koa app) that its type declarations leave out. */
interface S3rverInternals {
  middleware: KoaMiddleware[];
  store: ObjectMetadataSource;
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
