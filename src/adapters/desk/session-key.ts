import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Config } from "../../config.js";

/**
 * The key desk cookies are signed with. DESK_SESSION_SECRET when configured (every Lambda
 * environment must agree on it; the stack passes it from SSM like the API keys). Without one: on
 * Lambda, a key derived from the API keys in force (their SHA-256 hashes come from the SSM
 * SecureString), so every environment agrees and rotating the keys ends every session; locally,
 * random per process, so a restart signs everyone out.
 */
export function deskSessionKey(config: Pick<Config, "desk" | "onLambda" | "apiKeys">): Buffer {
  if (config.desk.sessionSecret) return createHash("sha256").update(config.desk.sessionSecret).digest();
  if (config.onLambda && config.apiKeys.length > 0) {
    const hashes = config.apiKeys.map((k) => k.hash.toString("hex")).sort();
    return createHmac("sha256", "scenario-brief desk session").update(hashes.join(",")).digest();
  }
  return randomBytes(32);
}
