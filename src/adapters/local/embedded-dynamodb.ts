import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";

export interface EmbeddedDynamoDb {
  endpoint: string;
  /** dynalite checks no signature; the client signs with these placeholders all the same. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void>;
}

/**
 * A DynamoDB-protocol server (dynalite) on loopback, for `npm start` and the tests: the article
 * index talks real DynamoDB over HTTP to it, through the same client it uses against AWS. With a
 * directory its tables persist there (LevelDB, which one process at a time may open); without,
 * they live in memory.
 */
export async function startEmbeddedDynamoDb(options: {
  directory?: string | undefined;
  port?: number;
}): Promise<EmbeddedDynamoDb> {
  if (options.directory) await mkdir(options.directory, { recursive: true });
  // Loaded at run time, not imported: the Lambda bundle replaces dynalite with a stub and must
  // not pull LevelDB in.
  const { default: dynalite } = await import("dynalite");
  const server = dynalite({
    ...(options.directory ? { path: options.directory } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections?.();
      }),
  };
}
