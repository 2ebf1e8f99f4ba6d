import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type AppError, type ErrorCode, isAppError, RetryLaterError } from "../../core/errors.js";

/** RFC 9457 problem details, the one shape every error response takes. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  [extension: string]: unknown;
}

const STATUS: Record<ErrorCode, { status: ContentfulStatusCode; title: string }> = {
  validation: { status: 400, title: "The request is not valid" },
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  overloaded: { status: 503, title: "Service busy" },
  "browser-unavailable": { status: 503, title: "Renderer unavailable" },
  "storage-unavailable": { status: 503, title: "Storage unavailable" },
  "render-timeout": { status: 504, title: "Rendering timed out" },
  "render-failed": { status: 500, title: "Rendering failed" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "fetch-refused": { status: 422, title: "The URL cannot be taken in" },
  "fetch-failed": { status: 502, title: "The page or feed could not be fetched" },
};

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: "validation",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  409: "conflict",
  412: "precondition-failed",
  413: "payload-too-large",
  415: "unsupported-media-type",
  429: "rate-limited",
};

export const problemType = (code: string) => `/problems/${code}`;

function fromAppError(e: AppError) {
  const { status, title } = STATUS[e.code];
  return { code: e.code, status, title, detail: e.message, extra: e.details };
}

function fromHttpException(e: HTTPException) {
  const code = HTTP_CODES[e.status] ?? "error";
  const title = code === "error" ? "Error" : STATUS[code as ErrorCode].title;
  const detail =
    e.status === 415
      ? "This endpoint takes a body of the Content-Type its documentation gives (see /openapi.json)."
      : e.message || title;
  return { code, status: e.status as ContentfulStatusCode, title, detail, extra: {} };
}

/**
 * The problem document for a known error answered outside the app (by the Node server itself,
 * before a request reaches Hono), so every refusal has the same shape.
 */
export function problemDocument(e: AppError, instance: string, requestId?: string): Problem {
  const { status, title } = STATUS[e.code];
  return {
    type: problemType(e.code),
    title,
    status,
    detail: e.message,
    instance,
    ...(requestId ? { requestId } : {}),
    ...e.details,
  };
}

/**
 * Maps any thrown value to a problem response. Known errors say what went wrong; anything else
 * is logged in full and answered with a bare 500 that leaks nothing.
 */
export function problemResponse(c: Context, error: unknown, log: (e: unknown, p: Problem) => void): Response {
  const known = isAppError(error)
    ? fromAppError(error)
    : error instanceof HTTPException
      ? fromHttpException(error)
      : null;
  const p = known ?? {
    code: "internal",
    status: 500 as const,
    title: "Internal server error",
    detail: "Something went wrong on our side; the request id identifies it in our logs.",
    extra: {},
  };
  const problem: Problem = {
    type: problemType(p.code),
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: c.req.path,
    requestId: c.get("requestId"),
    ...p.extra,
  };
  // A refusal under load is the gate working, not a failure: logging each would flood the log
  // exactly when the service is busiest.
  if (!known || (p.status >= 500 && p.code !== "overloaded")) log(error, problem);
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (error instanceof RetryLaterError) headers["retry-after"] = String(error.retryAfterSeconds);
  else if (p.code === "storage-unavailable") headers["retry-after"] = "5";
  return c.body(JSON.stringify(problem), p.status, headers);
}
