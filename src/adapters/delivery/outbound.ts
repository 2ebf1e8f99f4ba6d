/**
 * The outbound door's interface (src/adapters/net/safe-fetch.ts on branch `net`), copied until
 * that branch lands; then this file re-exports it.
 */
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

/** An OutboundRefused, recognised by shape so either copy of the class matches. */
export function refusalOf(error: unknown): { reason: string; message: string } | null {
  if (error instanceof Error && error.name === "OutboundRefused" && "reason" in error)
    return { reason: String((error as { reason: unknown }).reason), message: error.message };
  return null;
}
