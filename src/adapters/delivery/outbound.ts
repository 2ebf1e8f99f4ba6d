/** What deliveries take from the outbound door (src/adapters/net/safe-fetch.ts). */
import { OutboundRefused } from "../net/safe-fetch.js";

export type { OutboundRequest, OutboundResponse, SafeFetch } from "../net/safe-fetch.js";

/** The door's refusal, if that is what `error` is. */
export function refusalOf(error: unknown): { reason: string; message: string } | null {
  return error instanceof OutboundRefused ? { reason: error.reason, message: error.message } : null;
}
