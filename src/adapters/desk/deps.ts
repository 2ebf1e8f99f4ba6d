import type { IngestDeps } from "../../core/articles/ingest-article.js";
import type { BriefingStore, Clock, ThemeCatalog } from "../../core/ports.js";
import type { Logger } from "../../logger.js";

/** What the desk's pages use: the same stores and use cases as the API, nothing of its own. */
export interface DeskDeps {
  /** HMAC key for session cookies and CSRF tokens (see deskSessionKey); null: the desk is not configured (503). */
  sessionKey: Buffer | null;
  /** Largest form body, as for the API. */
  maxBodyBytes: number;
  /** PDFs above this many bytes are sent as a redirect to a short-lived S3 URL (Lambda's cap). */
  pdfRedirectBytes: number;
  ingest: IngestDeps;
  briefings: BriefingStore;
  themes: ThemeCatalog;
  clock: Clock;
  logger: Logger;
}
