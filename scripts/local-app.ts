import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "../src/adapters/http/app.js";
import { loadConfig } from "../src/config.js";
import { buildContainer, type ContainerOverrides } from "../src/container.js";
import { createLogger } from "../src/logger.js";

/**
 * The whole product in process over a scratch data directory, for scripts that render briefings
 * through the real stack: the app, a JSON POST, and `close` (stops it and removes the data).
 */
export async function localApp(prefix: string, overrides: ContainerOverrides = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), {
    logger: createLogger("warn"),
    ...overrides,
  });
  const app = createApp(container.http);
  const post = (url: string, body: unknown) =>
    app.request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const close = async () => {
    await container.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { app, post, close, container };
}
