import { createHmac, timingSafeEqual } from "node:crypto";
import type { LinkIssuer } from "../../core/deliveries/ports.js";
import { AppError } from "../../core/errors.js";

/**
 * Download tokens: `<payload>.<mac>`, both base64url; the payload is `<briefingId>.<expires>`
 * (Unix seconds), the MAC an HMAC-SHA256 of it under the service's download key. A link carries
 * one briefing and an end; it needs no API key and no AWS credentials, so it outlives the run that
 * made it (a presigned S3 URL dies with the Lambda role's session).
 */
export const DOWNLOAD_PATH = "/v1/download";
const CONTEXT = "scenario-brief download v1";

export class DownloadTokenError extends AppError {
  override name = "DownloadTokenError";
  constructor(code: "unauthorized" | "forbidden", message: string) {
    super(code, message);
  }
}

const mac = (key: Buffer, payload: string) =>
  createHmac("sha256", key).update(`${CONTEXT}\n${payload}`).digest("base64url");

export function signDownloadToken(key: Buffer, briefingId: string, expiresAt: Date): string {
  const payload = Buffer.from(`${briefingId}.${Math.floor(expiresAt.getTime() / 1000)}`).toString(
    "base64url",
  );
  return `${payload}.${mac(key, payload)}`;
}

/**
 * The briefing the token is for, if it is genuine, unexpired and for `briefingId`: a tampered or
 * malformed token is 401, an expired one 401, a genuine one for another briefing 403.
 */
export function checkDownloadToken(key: Buffer, token: string, briefingId: string, now: Date): void {
  const [payload, given, extra] = token.split(".");
  if (!payload || !given || extra !== undefined)
    throw new DownloadTokenError("unauthorized", "The download token is not valid.");
  const expected = Buffer.from(mac(key, payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
    throw new DownloadTokenError("unauthorized", "The download token is not valid.");
  const [id, expires] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  if (!id || !expires || !/^\d+$/.test(expires))
    throw new DownloadTokenError("unauthorized", "The download token is not valid.");
  if (Number(expires) * 1000 <= now.getTime())
    throw new DownloadTokenError(
      "unauthorized",
      "The download link has expired; ask for the briefing again.",
    );
  if (id !== briefingId)
    throw new DownloadTokenError("forbidden", "The download token is for another briefing.");
}

/** The key, read once when first needed (SSM on AWS, configuration locally). */
export type DownloadKey = () => Promise<Buffer>;

export function linkIssuer(options: { key: DownloadKey; publicUrl: string; ttlSeconds: number }): LinkIssuer {
  const base = options.publicUrl.replace(/\/+$/, "");
  return {
    async link(briefingId, issuedAt) {
      const expiresAt = new Date(issuedAt.getTime() + options.ttlSeconds * 1000);
      const token = signDownloadToken(await options.key(), briefingId, expiresAt);
      const query = new URLSearchParams({ briefing: briefingId, token });
      return { url: `${base}${DOWNLOAD_PATH}?${query}`, expiresAt: expiresAt.toISOString() };
    },
  };
}

/** Caches a key source's answer; a failed read is tried again next time. */
export function onceKey(read: () => Promise<Buffer>): DownloadKey {
  let pending: Promise<Buffer> | undefined;
  return () => {
    pending ??= read().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
}
