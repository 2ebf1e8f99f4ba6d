import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { ConfigError, loadConfig } from "../config.js";
import { buildContainer, type Container } from "../container.js";
import { createLogger, logLevelFrom } from "../logger.js";

/**
 * The API keys live in an SSM SecureString named by API_KEYS_PARAMETER, never in the function's
 * template; they are read once per execution environment, into API_KEYS.
 */
async function resolveApiKeys(env: NodeJS.ProcessEnv): Promise<void> {
  const name = env.API_KEYS_PARAMETER?.trim();
  if (!name || env.API_KEYS) return;
  const ssm = new SSMClient({});
  try {
    const out = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    env.API_KEYS = out.Parameter?.Value ?? "";
  } finally {
    ssm.destroy();
  }
}

/** Built once per Lambda execution environment and reused by every warm invocation. */
export async function coldStart(env: NodeJS.ProcessEnv = process.env): Promise<Container> {
  const logger = createLogger(logLevelFrom(env.LOG_LEVEL, "info"));
  try {
    await resolveApiKeys(env);
    return await buildContainer(loadConfig(env), { logger });
  } catch (e) {
    // Fail the cold start loudly: a half-configured service must not answer requests.
    logger.error(e instanceof ConfigError ? e.message : "cold start failed", { error: e });
    throw e;
  }
}
