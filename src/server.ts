import { createApp } from "./adapters/http/app.js";
import { shutDown } from "./adapters/http/graceful-shutdown.js";
import { startNodeServer } from "./adapters/http/node-server.js";
import { ConfigError, loadConfig } from "./config.js";
import { buildContainer } from "./container.js";
import { createLogger, logLevelFrom } from "./logger.js";

/** The local server: the same app as on Lambda, with an embedded S3 and the bundled Chromium. */
async function main() {
  const logger = createLogger(logLevelFrom(process.env.LOG_LEVEL, "info"));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }

  const container = await buildContainer(config, { logger });
  const app = createApp(container.http);
  const server = startNodeServer(
    {
      fetch: app.fetch,
      hostname: config.http.host,
      port: config.http.port,
      maxBodyBytes: config.http.maxBodyBytes,
    },
    (info) => {
      const url = `http://${info.address.includes(":") ? `[${info.address}]` : info.address}:${info.port}`;
      const storage = container.embeddedS3
        ? `embedded S3 at ${container.embeddedS3.endpoint} (data in ${config.storage.kind === "embedded" ? config.storage.directory : ""})`
        : `S3 bucket ${config.storage.bucket}`;
      const index = container.articleIndex.embedded
        ? `embedded DynamoDB at ${container.articleIndex.embedded.endpoint} (data in ${config.articleIndex.kind === "embedded" ? config.articleIndex.directory : ""})`
        : `DynamoDB table ${config.articleIndex.table}`;
      console.log(
        `scenario-brief listening on ${url}\n  storage: ${storage}\n  article index: ${index}\n  API description: ${url}/openapi.json`,
      );
    },
  );

  if (config.apiKeys.length === 0) {
    logger.warn("authentication is off: no API_KEYS configured, so the server listens on loopback only");
  }
  // Unpack and start Chromium now, so the first briefing does not pay for it.
  container.supervisor.warm().catch((e: unknown) => logger.error("browser did not start", { error: e }));
  // Locally, schedules fire in this process (on AWS, EventBridge Scheduler fires them). Missed
  // fire times within SCHEDULE_GRACE_MINUTES run once now.
  container.scheduling.local
    ?.start()
    .catch((e: unknown) => logger.error("local scheduler did not start", { error: e }));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn("second signal: stopping now", { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info("shutting down: finishing the briefings in flight", {
      signal,
      graceMs: config.shutdownGraceMs,
    });
    shutDown({
      server,
      work: container.admission,
      graceMs: config.shutdownGraceMs,
      release: () => container.close(),
      logger,
    })
      .catch((e: unknown) => logger.error("shutdown did not finish cleanly", { error: e }))
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
