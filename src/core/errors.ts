/**
 * Typed errors of the domain. Each carries a stable `code`; the HTTP adapter maps codes to
 * statuses in one place (adapters/http/problem.ts). Anything that is not an AppError is a
 * bug or an outage and becomes a bare 500.
 */
export type ErrorCode =
  | "validation"
  | "not-found"
  | "payload-too-large"
  | "unsupported-media-type"
  | "overloaded"
  | "render-timeout"
  | "render-failed"
  | "storage-unavailable"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "precondition-failed"
  | "rate-limited"
  | "browser-unavailable"
  | "fetch-refused"
  | "fetch-failed";

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  /** Extra members for the problem document; must be safe to show a client. */
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details ?? {};
  }
}

export class ValidationError extends AppError {
  override name = "ValidationError";
  constructor(message: string, issues: FieldIssue[] = [], cause?: unknown) {
    super("validation", message, { cause, details: issues.length ? { errors: issues } : {} });
  }
}

export class NotFoundError extends AppError {
  override name = "NotFoundError";
  constructor(what: string, id: string) {
    super("not-found", `${what} '${id}' does not exist.`, { details: { resource: what, id } });
  }
}

export class PayloadTooLargeError extends AppError {
  override name = "PayloadTooLargeError";
  constructor(what: string, limitBytes: number) {
    super("payload-too-large", `${what} is larger than the limit of ${limitBytes} bytes.`, {
      details: { limitBytes },
    });
  }
}

/** A refusal that passes: the client should try again after `retryAfterSeconds` (Retry-After). */
export abstract class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(code: ErrorCode, message: string, retryAfterSeconds: number, cause?: unknown) {
    super(code, message, { cause, details: { retryAfterSeconds } });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class OverloadedError extends RetryLaterError {
  override name = "OverloadedError";
  constructor(message: string, retryAfterSeconds: number) {
    super("overloaded", message, retryAfterSeconds);
  }
}

export class RenderTimeoutError extends AppError {
  override name = "RenderTimeoutError";
  constructor(deadlineMs: number, cause?: unknown) {
    super("render-timeout", `The work did not finish within its deadline of ${deadlineMs} ms.`, { cause });
  }
}

export class RenderFailedError extends AppError {
  override name = "RenderFailedError";
  constructor(message: string, cause?: unknown) {
    super("render-failed", message, { cause });
  }
}

export class StorageUnavailableError extends AppError {
  override name = "StorageUnavailableError";
  constructor(operation: string, cause?: unknown) {
    super("storage-unavailable", `The object store did not answer (${operation}).`, { cause });
  }
}

/** Too many requests from one API key or one client address; try again after `retryAfterSeconds`. */
export class RateLimitedError extends RetryLaterError {
  override name = "RateLimitedError";
  constructor(message: string, retryAfterSeconds: number) {
    super("rate-limited", message, retryAfterSeconds);
  }
}

/**
 * The browser crashed, disconnected, stopped answering or did not start: the render may well
 * succeed on the fresh browser the next attempt launches.
 */
export class BrowserUnavailableError extends RetryLaterError {
  override name = "BrowserUnavailableError";
  constructor(message: string, cause?: unknown, retryAfterSeconds = 2) {
    super("browser-unavailable", message, retryAfterSeconds, cause);
  }
}

/**
 * The write lost to another one: a concurrent save took the version or changed the record first.
 * Nothing was stored; read again and retry.
 */
export class ConflictError extends AppError {
  override name = "ConflictError";
  constructor(message: string) {
    super("conflict", message);
  }
}

/**
 * The client's precondition (If-Match) does not hold: what it read is no longer current. Nothing
 * was stored.
 */
export class PreconditionFailedError extends AppError {
  override name = "PreconditionFailedError";
  constructor(message: string) {
    super("precondition-failed", message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
