import { ApiKeysParameterError, RefreshingApiKeys } from "../adapters/keys/refreshing-api-keys.js";
import { ssmParameterReader } from "../adapters/keys/ssm-parameter-reader.js";
import { ConfigError, loadConfig } from "../config.js";
import { buildContainer, type Container, type ContainerOverrides } from "../container.js";
import { createLogger, type Logger, logLevelFrom } from "../logger.js";

/** How long a warm environment uses the keys it read before reading them again. */
const DEFAULT_KEYS_TTL_MS = 60_000;

export interface ColdStart {
  container: Container;
  /** The HTTP function's keys, refreshed from SSM; absent when they came from API_KEYS itself. */
  keys?: RefreshingApiKeys;
}

function keysTtlMs(env: NodeJS.ProcessEnv): number {
  const raw = env.API_KEYS_TTL_MS?.trim();
  if (!raw) return DEFAULT_KEYS_TTL_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1000 || n > 3_600_000) {
    throw new ConfigError([
      `API_KEYS_TTL_MS=${JSON.stringify(raw)}: expected a whole number from 1000 to 3600000`,
    ]);
  }
  return n;
}

/**
 * The API keys live in an SSM SecureString named by API_KEYS_PARAMETER, never in the function's
 * template. They are read before anything else (so config can refuse a service without keys), then
 * again every API_KEYS_TTL_MS (60 s) while the environment stays warm: a revoked key stops working
 * within that time.
 */
async function resolveApiKeys(
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<RefreshingApiKeys | undefined> {
  const name = env.API_KEYS_PARAMETER?.trim();
  if (!name || env.API_KEYS) return undefined;
  const keys = new RefreshingApiKeys({
    parameter: name,
    ttlMs: keysTtlMs(env),
    read: ssmParameterReader({ timeoutMs: 2000 }),
    warn: (message, extra) => logger.warn(message, extra),
  });
  env.API_KEYS = await keys.load();
  return keys;
}

/**
 * Built once per Lambda execution environment and reused by every warm invocation. The job function
 * (`servesHttp: false`) reads no keys.
 */
export async function coldStart(
  env: NodeJS.ProcessEnv = process.env,
  options: { servesHttp: boolean; logger?: Logger; launchBrowser?: ContainerOverrides["launchBrowser"] } = {
    servesHttp: true,
  },
): Promise<ColdStart> {
  // The handlers pass Powertools' logger (adapters/observability/powertools.ts).
  const logger = options.logger ?? createLogger(logLevelFrom(env.LOG_LEVEL, "info"));
  try {
    const keys = options.servesHttp ? await resolveApiKeys(env, logger) : undefined;
    const container = await buildContainer(
      loadConfig(env, process.cwd(), { servesHttp: options.servesHttp }),
      { logger, ...(options.launchBrowser ? { launchBrowser: options.launchBrowser } : {}) },
    );
    return { container, keys };
  } catch (e) {
    // Fail the cold start loudly: a half-configured service must not answer requests.
    const known = e instanceof ConfigError || e instanceof ApiKeysParameterError;
    logger.error(known ? e.message : "cold start failed", { error: e });
    throw e;
  }
}
