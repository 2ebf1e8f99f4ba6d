import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { Sha256 } from "@smithy/core/checksum";
import { HttpRequest } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";

/** Why a request was refused, in S3's own error codes (all answered with 403). */
export type SignatureFault = {
  code: "AccessDenied" | "InvalidAccessKeyId" | "SignatureDoesNotMatch";
  message: string;
};

export interface SignedRequest {
  method: string;
  /** The path and query exactly as received (`req.url`), still percent-encoded. */
  url: string;
  headers: IncomingHttpHeaders;
}

const AUTH_QUERY = new Set([
  "x-amz-algorithm",
  "x-amz-credential",
  "x-amz-date",
  "x-amz-expires",
  "x-amz-signedheaders",
  "x-amz-signature",
  "x-amz-security-token",
]);
const ALGORITHM = "AWS4-HMAC-SHA256";
const MAX_SKEW_MS = 15 * 60_000;

const denied = (message: string): SignatureFault => ({ code: "AccessDenied", message });
const mismatch: SignatureFault = {
  code: "SignatureDoesNotMatch",
  message: "The request signature we calculated does not match the signature you provided.",
};

/** `20250114T093000Z` → Date, or null. */
function amzDate(value: string | undefined): Date | null {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** The query as the signer wants it: decoded names and values, repeated names as arrays. */
function parseQuery(raw: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const part of raw.split("&")) {
    if (!part) continue;
    const eq = part.indexOf("=");
    const name = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
    const prior = query[name];
    query[name] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return query;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
};

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Verifies an S3 request's Signature Version 4, in the Authorization header or in the query
 * (presigned URLs), by signing the request again with the AWS SDK's own signer and the one key
 * pair this server knows. Returns null when the signature is right, else why it is not.
 *
 * The payload is taken at the hash the client declared (x-amz-content-sha256), as S3 does for
 * the signature itself; the body is not hashed again here.
 */
export class SigV4Check {
  constructor(private readonly credentials: { accessKeyId: string; secretAccessKey: string }) {}

  async check(req: SignedRequest, now = new Date()): Promise<SignatureFault | null> {
    const q = req.url.indexOf("?");
    const path = q < 0 ? req.url : req.url.slice(0, q);
    const query = parseQuery(q < 0 ? "" : req.url.slice(q + 1));
    const authorization = header(req.headers, "authorization");
    const presigned = Object.keys(query).some((k) => k.toLowerCase() === "x-amz-signature");
    if (authorization && presigned) return denied("Only one authentication mechanism is allowed.");
    if (authorization) return this.checkHeader(req, path, query, authorization, now);
    if (presigned) return this.checkQuery(req, path, query, now);
    return denied("Anonymous requests are not allowed; sign the request (AWS Signature Version 4).");
  }

  private scope(credential: string | undefined, date: Date): { region: string } | SignatureFault {
    const [accessKeyId, day, region, service, terminator, ...rest] = (credential ?? "").split("/");
    if (!accessKeyId || !day || !region || service !== "s3" || terminator !== "aws4_request" || rest.length) {
      return denied("The credential scope is malformed.");
    }
    if (!sameText(accessKeyId, this.credentials.accessKeyId)) {
      return {
        code: "InvalidAccessKeyId",
        message: "The AWS Access Key Id you provided does not exist in our records.",
      };
    }
    if (day !== date.toISOString().slice(0, 10).replace(/-/g, "")) {
      return denied("The credential scope date does not match the request date.");
    }
    return { region };
  }

  private signer(region: string) {
    // As the S3 client signs: paths are not escaped a second time, payload hash in a header.
    return new SignatureV4({
      credentials: this.credentials,
      region,
      service: "s3",
      sha256: Sha256,
      uriEscapePath: false,
      applyChecksum: true,
    });
  }

  private request(req: SignedRequest, path: string, query: HttpRequest["query"], signed: string[]) {
    const headers: Record<string, string> = {};
    for (const name of signed) {
      const value = header(req.headers, name);
      if (value !== undefined) headers[name] = value.trim().replace(/\s+/g, " ");
    }
    const host = headers.host ?? header(req.headers, "host") ?? "";
    const colon = host.lastIndexOf(":");
    return new HttpRequest({
      method: req.method,
      protocol: "http:",
      hostname: colon > 0 ? host.slice(0, colon) : host,
      port: colon > 0 ? Number(host.slice(colon + 1)) : undefined,
      path,
      query,
      headers,
    });
  }

  private async checkHeader(
    req: SignedRequest,
    path: string,
    query: Record<string, string | string[]>,
    authorization: string,
    now: Date,
  ): Promise<SignatureFault | null> {
    const m =
      /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
        authorization.trim(),
      );
    if (!m) return denied("Only AWS Signature Version 4 (AWS4-HMAC-SHA256) is accepted.");
    const [, credential, signedList, signature] = m as unknown as [string, string, string, string];
    const date = amzDate(header(req.headers, "x-amz-date"));
    if (!date) return denied("AWS authentication requires a valid x-amz-date header.");
    if (Math.abs(now.getTime() - date.getTime()) > MAX_SKEW_MS) {
      return denied("The difference between the request time and the current time is too large.");
    }
    if (!header(req.headers, "x-amz-content-sha256")) {
      return denied("Missing required header for this request: x-amz-content-sha256.");
    }
    const scope = this.scope(credential, date);
    if ("code" in scope) return scope;
    const signed = signedList.split(";");
    if (!signed.includes("host")) return denied("The host header must be signed.");
    const resigned = await this.signer(scope.region).sign(this.request(req, path, query, signed), {
      signingDate: date,
      signableHeaders: new Set(signed),
    });
    const expected = /Signature=([0-9a-f]{64})$/.exec(resigned.headers.authorization ?? "")?.[1] ?? "";
    return sameText(expected, signature) ? null : mismatch;
  }

  private async checkQuery(
    req: SignedRequest,
    path: string,
    query: Record<string, string | string[]>,
    now: Date,
  ): Promise<SignatureFault | null> {
    const auth = new Map<string, string>();
    const rest: Record<string, string | string[]> = {};
    let payloadName: string | undefined;
    for (const [name, value] of Object.entries(query)) {
      const lower = name.toLowerCase();
      if (AUTH_QUERY.has(lower)) auth.set(lower, String(value));
      else if (lower === "x-amz-content-sha256") payloadName = name;
      else rest[name] = value;
    }
    if (auth.get("x-amz-algorithm") !== ALGORITHM) return denied(`X-Amz-Algorithm must be ${ALGORITHM}.`);
    if (auth.has("x-amz-security-token")) return denied("Session tokens are not accepted here.");
    const date = amzDate(auth.get("x-amz-date"));
    const expires = Number(auth.get("x-amz-expires"));
    if (!date || !Number.isInteger(expires) || expires < 1 || expires > 604_800) {
      return denied("X-Amz-Date and X-Amz-Expires (1 to 604800 seconds) are required.");
    }
    if (now.getTime() > date.getTime() + expires * 1000) return denied("Request has expired.");
    if (date.getTime() - now.getTime() > MAX_SKEW_MS) return denied("Request is not yet valid.");
    const scope = this.scope(auth.get("x-amz-credential"), date);
    if ("code" in scope) return scope;
    const signed = (auth.get("x-amz-signedheaders") ?? "").split(";").filter(Boolean);
    if (!signed.includes("host")) return denied("The host header must be signed.");
    const request = this.request(req, path, rest, signed);
    // The payload hash travels in the query (the S3 presigner hoists it there) or is unsigned.
    const payloadHeader = payloadName ?? "x-amz-content-sha256";
    request.headers[payloadHeader] = payloadName ? String(query[payloadName]) : "UNSIGNED-PAYLOAD";
    const presigned = await this.signer(scope.region).presign(request, {
      signingDate: date,
      expiresIn: expires,
      signableHeaders: new Set(signed),
      // Signed headers stay headers; an unsigned payload hash is neither hoisted nor signed.
      unhoistableHeaders: new Set(payloadName ? signed : [...signed, payloadHeader]),
      ...(payloadName ? {} : { unsignableHeaders: new Set([payloadHeader]) }),
    });
    const expected = String(presigned.query?.["X-Amz-Signature"] ?? "");
    return sameText(expected, auth.get("x-amz-signature") ?? "") ? null : mismatch;
  }
}
