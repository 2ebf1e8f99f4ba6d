/** The outbound door, as intake sees it: its interface, and its refusals recognised. */
import { OutboundRefused, type RefusalReason } from "../net/safe-fetch.js";

export type { OutboundRequest, OutboundResponse, RefusalReason, SafeFetch } from "../net/safe-fetch.js";

export function refusalOf(error: unknown): { reason: RefusalReason; message: string } | null {
  return error instanceof OutboundRefused ? { reason: error.reason, message: error.message } : null;
}
