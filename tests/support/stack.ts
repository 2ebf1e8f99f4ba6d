import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { createApp } from "../../src/adapters/http/app.js";
import { loadConfig } from "../../src/config.js";
import {
  appDeps,
  buildContainer,
  type Components,
  type Container,
  type ContainerOverrides,
} from "../../src/container.js";
import { createLogger } from "../../src/logger.js";

export interface TestStack {
  app: ReturnType<typeof createApp>;
  container: Container;
  /** Every key in the bucket, read over the S3 protocol: what is really stored. */
  keys(): Promise<string[]>;
  /** A new app over the same container, with some of its components replaced. */
  appWith(overrides: Partial<Components>): ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/**
 * The real stack on loopback: an embedded S3 server in a temporary folder and the bundled
 * Chromium (launched on first render), wired by the same composition root as `npm start`.
 */
export async function startStack(
  env: Record<string, string> = {},
  overrides: ContainerOverrides = {},
): Promise<TestStack> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "scenario-brief-test-"));
  // The embedded store shares two cores with the suite's workers and Chromium: a loaded machine
  // once kept it from answering a GET within the product's 1 s connect / 5 s request limits (made
  // for S3 itself), and a briefing test failed on "storage unavailable". Tests give it more time;
  // a test that sets these itself (the storage-failure tests) still wins.
  const config = loadConfig(
    { DATA_DIR: dataDir, S3_CONNECT_TIMEOUT_MS: "5000", S3_REQUEST_TIMEOUT_MS: "30000", ...env },
    process.cwd(),
  );
  const container = await buildContainer(config, { logger: createLogger("silent"), ...overrides });
  const endpoint = container.embeddedS3?.endpoint;
  if (!endpoint) throw new Error("the test stack expects the embedded S3 server");
  const s3 = new S3Client({
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    // The embedded server accepts only the key pair it generated at start.
    credentials: container.embeddedS3?.credentials,
  });
  return {
    app: createApp(container.http),
    container,
    appWith: (overrides) => createApp(appDeps({ ...container.components, ...overrides })),
    async keys() {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: config.storage.bucket }));
      return (out.Contents ?? []).map((o) => o.Key ?? "").sort();
    },
    async close() {
      s3.destroy();
      await container.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
