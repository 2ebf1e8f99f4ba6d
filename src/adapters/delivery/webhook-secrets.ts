import type { ParameterReader } from "../keys/refreshing-api-keys.js";

/** Finds a webhook's signing secret by its name (`secretRef`); null when there is none by that name. */
export type SecretSource = (ref: string) => Promise<string | null>;

/** Locally: the secrets given in configuration (SB_WEBHOOK_SECRETS). */
export const configSecrets =
  (secrets: ReadonlyMap<string, string>): SecretSource =>
  async (ref) =>
    secrets.get(ref) ?? null;

/**
 * On AWS: an SSM SecureString `<prefix><ref>` (the functions may read nothing else), kept for
 * `ttlMs` so a run with many deliveries reads each secret once and a rotated one takes over soon.
 */
export function ssmSecrets(
  read: ParameterReader,
  prefix: string,
  ttlMs: number,
  now = () => Date.now(),
): SecretSource {
  const cache = new Map<string, { value: string | null; at: number }>();
  return async (ref) => {
    const hit = cache.get(ref);
    if (hit && now() - hit.at < ttlMs) return hit.value;
    const value = await read(`${prefix}${ref}`);
    cache.set(ref, { value, at: now() });
    return value;
  };
}
