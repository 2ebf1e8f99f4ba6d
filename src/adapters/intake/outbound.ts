/**
 * The outbound door's interface (src/adapters/net/safe-fetch.ts, branch `net`), copied until that
 * module lands; then this file re-exports it.
 */
export type RefusalReason =
  | "scheme"
  | "credentials"
  | "blocked-address"
  | "dns"
  | "redirects"
  | "too-large"
  | "timeout"
  | "content-type"
  | "network";

export interface OutboundRequest {
  method?: "GET" | "HEAD" | "POST";
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  accept?: readonly string[];
}

export interface OutboundResponse {
  status: number;
  headers: Headers;
  url: string;
  redirects: readonly string[];
  body: Uint8Array;
  text(): string;
}

export type SafeFetch = (url: string, request?: OutboundRequest) => Promise<OutboundResponse>;

/** Recognised by shape, so the real class (once it lands) and this copy are one. */
export function refusalOf(error: unknown): { reason: RefusalReason; message: string } | null {
  if (error instanceof Error && error.name === "OutboundRefused" && "reason" in error) {
    return { reason: (error as Error & { reason: RefusalReason }).reason, message: error.message };
  }
  return null;
}
