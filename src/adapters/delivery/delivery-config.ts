import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../../core/deliveries/backoff.js";
import { SECRET_REF_PATTERN } from "../../core/deliveries/delivery.js";
import { secretKey } from "./standard-webhooks.js";

/** Deliveries' settings (README, "Deliveries"). */
export interface DeliveryConfig {
  /** Where `secretRef` is looked up: SB_WEBHOOK_SECRETS locally, SSM under a prefix on AWS. */
  secrets: { kind: "config"; secrets: ReadonlyMap<string, string> } | { kind: "ssm"; prefix: string };
  retry: RetryPolicy;
  /** One webhook exchange, connection to the last byte of the answer. */
  webhookTimeoutMs: number;
  download: {
    /** Base of the links in deliveries (the API's public URL). */
    publicUrl: string;
    ttlSeconds: number;
    /** The HMAC key of the tokens: given, read from SSM, or made at start (links die with the process). */
    key: { kind: "config"; value: string } | { kind: "ssm"; parameter: string } | { kind: "ephemeral" };
  };
  /** `arn:aws:sns:<region>:<account>:<name prefix>`; null where e-mail is not available (locally). */
  emailTopicArnPrefix: string | null;
}

type Env = Record<string, string | undefined>;

const DAY_SECONDS = 86_400;
const SNS_ARN_PREFIX = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,200}$/;
const PARAMETER = /^\/[A-Za-z0-9_.\-/]{1,1000}$/;

/** Reads the SB_WEBHOOK_* / SB_DOWNLOAD_* / SB_EMAIL_* settings, one message per wrong value onto `problems`. */
export function parseDeliveryConfig(
  env: Env,
  defaults: { publicUrl: string },
  problems: string[],
): DeliveryConfig {
  const text = (name: string) => env[name]?.trim() || undefined;
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
    return fallback;
  };

  let secrets: DeliveryConfig["secrets"] = { kind: "config", secrets: new Map() };
  const prefix = text("SB_WEBHOOK_SECRETS_PREFIX");
  const inline = text("SB_WEBHOOK_SECRETS");
  if (prefix) {
    if (!PARAMETER.test(prefix) || !prefix.endsWith("/"))
      problems.push(
        `SB_WEBHOOK_SECRETS_PREFIX=${JSON.stringify(prefix)}: expected an SSM path such as /scenario-brief/webhook-secrets/`,
      );
    secrets = { kind: "ssm", prefix };
  } else if (inline) {
    secrets = { kind: "config", secrets: parseSecrets(inline, problems) };
  }

  const retry: RetryPolicy = {
    baseMs: int("SB_WEBHOOK_RETRY_BASE_MS", DEFAULT_RETRY_POLICY.baseMs, 1, 3_600_000),
    capMs: int("SB_WEBHOOK_RETRY_CAP_MS", DEFAULT_RETRY_POLICY.capMs, 1, 24 * 3_600_000),
    windowMs: int("SB_WEBHOOK_RETRY_WINDOW_MS", DEFAULT_RETRY_POLICY.windowMs, 1, 7 * 24 * 3_600_000),
    maxAttempts: int("SB_WEBHOOK_MAX_ATTEMPTS", DEFAULT_RETRY_POLICY.maxAttempts, 1, 50),
  };

  const publicUrl = text("SB_PUBLIC_URL") ?? defaults.publicUrl;
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(publicUrl))
    problems.push(
      `SB_PUBLIC_URL=${JSON.stringify(publicUrl)}: expected the service's base URL, e.g. https://api.example.org/`,
    );
  const keyText = text("SB_DOWNLOAD_KEY");
  const keyParameter = text("SB_DOWNLOAD_KEY_PARAMETER");
  let key: DeliveryConfig["download"]["key"] = { kind: "ephemeral" };
  if (keyText) {
    if (keyText.length < 32) problems.push("SB_DOWNLOAD_KEY: expected at least 32 characters of random text");
    key = { kind: "config", value: keyText };
  } else if (keyParameter) {
    if (!PARAMETER.test(keyParameter))
      problems.push(
        `SB_DOWNLOAD_KEY_PARAMETER=${JSON.stringify(keyParameter)}: expected an SSM parameter name`,
      );
    key = { kind: "ssm", parameter: keyParameter };
  }

  const arnPrefix = text("SB_EMAIL_TOPIC_ARN_PREFIX") ?? null;
  if (arnPrefix !== null && !SNS_ARN_PREFIX.test(arnPrefix))
    problems.push(
      `SB_EMAIL_TOPIC_ARN_PREFIX=${JSON.stringify(arnPrefix)}: expected arn:aws:sns:<region>:<account>:<topic name prefix>`,
    );

  return {
    secrets,
    retry,
    webhookTimeoutMs: int("SB_WEBHOOK_TIMEOUT_MS", 10_000, 100, 60_000),
    download: {
      publicUrl,
      ttlSeconds: int("SB_DOWNLOAD_TTL_SECONDS", 7 * DAY_SECONDS, 60, 90 * DAY_SECONDS),
      key,
    },
    emailTopicArnPrefix: arnPrefix,
  };
}

/** `{"name":"whsec_…"}`; a problem names the secret, never repeats it. */
function parseSecrets(json: string, problems: string[]): Map<string, string> {
  const secrets = new Map<string, string>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    problems.push('SB_WEBHOOK_SECRETS: not JSON (expected {"name":"whsec_<base64>", …})');
    return secrets;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    problems.push('SB_WEBHOOK_SECRETS: expected a JSON object {"name":"whsec_<base64>", …}');
    return secrets;
  }
  for (const [name, value] of Object.entries(parsed)) {
    if (!SECRET_REF_PATTERN.test(name)) {
      problems.push(
        `SB_WEBHOOK_SECRETS: ${JSON.stringify(name.slice(0, 64))} is not a secret name (letters, digits, _ . -)`,
      );
      continue;
    }
    try {
      if (typeof value !== "string") throw new Error("the value must be a string");
      secretKey(value);
      secrets.set(name, value);
    } catch (e) {
      problems.push(
        `SB_WEBHOOK_SECRETS: the secret '${name}' is not usable: ${e instanceof Error ? e.message : e}`,
      );
    }
  }
  return secrets;
}
