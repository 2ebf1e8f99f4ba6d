import { createHmac } from "node:crypto";

/**
 * Signing in the manner of Standard Webhooks (standardwebhooks.com): the secret is `whsec_` and
 * base64 key bytes; the signature is `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`.
 */
const PREFIX = "whsec_";

export class WebhookSecretError extends Error {
  override name = "WebhookSecretError";
}

/** The key bytes of a `whsec_…` secret. The message never repeats the secret. */
export function secretKey(secret: string): Buffer {
  const text = secret.trim();
  if (!text.startsWith(PREFIX)) throw new WebhookSecretError("a webhook secret must start with whsec_");
  const b64 = text.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64))
    throw new WebhookSecretError("a webhook secret is whsec_ and base64");
  const key = Buffer.from(b64, "base64");
  if (key.length < 24 || key.length > 64)
    throw new WebhookSecretError("a webhook secret's key must be 24 to 64 bytes");
  return key;
}

export function webhookSignature(key: Buffer, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/** The three headers of a signed message (an unsigned one has no webhook-signature). */
export function webhookHeaders(
  key: Buffer | null,
  id: string,
  timestampSeconds: number,
  body: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    "webhook-id": id,
    "webhook-timestamp": String(timestampSeconds),
  };
  if (key) headers["webhook-signature"] = webhookSignature(key, id, timestampSeconds, body);
  return headers;
}
