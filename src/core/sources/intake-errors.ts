import { AppError } from "../errors.js";

/**
 * Why an article or feed could not be taken in. The outbound door's refusals keep their names
 * (scheme, blocked-address, too-large, content-type, ...); the rest are intake's own.
 */
export type IntakeReason =
  | "scheme"
  | "credentials"
  | "blocked-address"
  | "dns"
  | "redirects"
  | "too-large"
  | "timeout"
  | "content-type"
  | "network"
  | "http-status"
  | "malformed-feed"
  | "no-article-text"
  | "too-little-text"
  | "invalid-article"
  | "storage";

/** The client's URL cannot be taken in, whatever is tried again: refused, not HTML, no article. */
const REFUSED: readonly IntakeReason[] = [
  "scheme",
  "credentials",
  "blocked-address",
  "dns",
  "too-large",
  "content-type",
  "no-article-text",
  "too-little-text",
  "invalid-article",
  "malformed-feed",
];

export class IntakeError extends AppError {
  override name = "IntakeError";
  constructor(
    readonly reason: IntakeReason,
    message: string,
    readonly httpStatus: number | null = null,
    cause?: unknown,
  ) {
    super(REFUSED.includes(reason) ? "fetch-refused" : "fetch-failed", message, {
      cause,
      details: { reason, ...(httpStatus === null ? {} : { upstreamStatus: httpStatus }) },
    });
  }
}
