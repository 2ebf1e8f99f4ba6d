import { mkdir } from "node:fs/promises";
import S3rver from "s3rver";

export interface EmbeddedS3 {
  endpoint: string;
  /** s3rver accepts any credentials; these keep the SDK from looking for real ones. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void>;
}

/**
 * An S3-protocol server on loopback, for `npm start` and the tests: the code under test talks
 * real S3 over HTTP to it, through the same client it uses against AWS.
 */
export async function startEmbeddedS3(options: {
  directory: string;
  bucket: string;
  port?: number;
}): Promise<EmbeddedS3> {
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    close: () => server.close(),
  };
}
