import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import type { ParameterReader } from "../keys/refreshing-api-keys.js";

/** Fewer characters than this in the secret or the parameter, and it is not a key. */
const MIN_KEY_CHARS = 32;

/**
 * The key desk cookies are signed with, decided once at start:
 * - DESK_SESSION_SECRET when configured;
 * - else, when DESK_SESSION_KEY_PARAMETER names an SSM SecureString (the stack sets it on Lambda),
 *   its value, read once at cold start, so every environment agrees;
 * - else, locally, random per process (a restart signs everyone out);
 * - null on Lambda when neither gives a key (the parameter is missing or too short): the desk then
 *   answers 503 "not configured". It never derives a key from anything else (the API keys' hashes
 *   are readable by whoever reads their parameter, who could then forge sessions).
 * A failing SSM read (other than "not found") throws: the cold start fails and is tried again.
 */
export async function deskSessionKey(
  config: Pick<Config, "desk" | "onLambda">,
  read: ParameterReader,
  logger: Pick<Logger, "error">,
): Promise<Buffer | null> {
  const { sessionSecret, sessionKeyParameter } = config.desk;
  if (sessionSecret) return createHash("sha256").update(sessionSecret).digest();
  if (sessionKeyParameter) {
    const value = (await read(sessionKeyParameter))?.trim();
    if (value && value.length >= MIN_KEY_CHARS) return createHash("sha256").update(value).digest();
    logger.error(
      `the desk's session key parameter ${sessionKeyParameter} is missing or shorter than ${MIN_KEY_CHARS} characters; the desk answers 503 until it is created`,
    );
    return null;
  }
  // On Lambda without either (the job function, or a stack without the setting): no desk.
  return config.onLambda ? null : randomBytes(32);
}
