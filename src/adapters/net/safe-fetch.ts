import tls from "node:tls";
import { checkedResolver, systemLookup } from "./checked-resolver.js";
import { normalizeAllowEntry } from "./outbound-allow.js";
import { checkUrl, OutboundRefused, where } from "./outbound-refused.js";
import { pinnedRequest } from "./pinned-request.js";
import { BodyTooLarge, readBody, UnsupportedEncoding } from "./read-body.js";
import { accepts, charsetDecoder, mediaType, toHeaders } from "./response-parts.js";

export { blockedAddress } from "./blocked-address.js";
export { OutboundRefused, type RefusalReason } from "./outbound-refused.js";

/**
 * The service's only outbound door (feeds, imported pages, webhooks). It reaches public http(s)
 * addresses only: the host is resolved here, every answer is checked, and the socket is pinned to
 * the answers that passed, so a second, different DNS answer (rebinding) is never used. Redirects
 * are followed by hand and each hop is checked again. Time, size, redirects and media types are
 * bounded. Bodies may arrive compressed (gzip, deflate, br): they are decoded as they stream, and
 * maxBytes bounds the decoded bytes.
 */

export interface OutboundRequest {
  method?: "GET" | "HEAD" | "POST"; // default GET
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  maxBytes?: number; // default 5 MiB
  timeoutMs?: number; // default 10_000, covers redirects and body
  maxRedirects?: number; // default 5; 0 = return the 3xx response as is
  accept?: readonly string[]; // media types allowed for 2xx bodies (e.g. ["text/html","application/xhtml+xml"]); absent = any
}

export interface OutboundResponse {
  status: number; // non-2xx statuses are returned, not thrown
  headers: Headers;
  url: string; // final URL after redirects
  /** Each URL a redirect led to, in order (the last is `url` when any were followed). */
  redirects: readonly string[];
  body: Uint8Array;
  text(): string; // body decoded with the charset of Content-Type, else UTF-8
}

export type SafeFetch = (url: string, request?: OutboundRequest) => Promise<OutboundResponse>;

export interface SafeFetchOptions {
  userAgent: string; // e.g. "scenario-brief/<version> (+https://github.com/…)"
  /** "host:port" entries let through even though they resolve to a blocked address (test fixtures on loopback). Empty by default. */
  allow?: readonly string[];
  /** Resolver, injectable for tests of DNS answers; default dns.promises.lookup(host, { all: true, verbatim: true }). */
  lookup?: (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;
  /** Extra trust anchors for https (PEM), added to Node's own; for a private CA or a test fixture's certificate. */
  ca?: readonly string[];
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const MAX_TIMER_MS = 2 ** 31 - 1;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers the door writes itself, or that only make sense hop by hop. */
const OWN_HEADERS = new Set([
  "host",
  "user-agent",
  "accept-encoding",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "upgrade",
]);
/** Credentials that must not follow a redirect to another origin (as browsers do). */
const ORIGIN_BOUND = ["authorization", "cookie", "proxy-authorization"];

export function createSafeFetch(options: SafeFetchOptions): SafeFetch {
  const resolve = checkedResolver(
    options.lookup ?? systemLookup,
    new Set((options.allow ?? []).map(normalizeAllowEntry)),
  );
  const userAgent = options.userAgent;
  // Setting `ca` replaces Node's roots, so extra anchors are added to them, never instead of them.
  const ca = options.ca?.length ? [...tls.rootCertificates, ...options.ca] : undefined;

  return async function safeFetch(rawUrl, request = {}) {
    const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // A caller's bug, not a refusal: NaN or a negative limit would quietly mean "no limit", and a
    // timer beyond 2^31-1 ms fires at once.
    if (!(maxBytes >= 0 && Number.isFinite(maxBytes))) throw new RangeError("maxBytes must be a number >= 0");
    if (!(Number.isInteger(maxRedirects) && maxRedirects >= 0 && maxRedirects <= 100)) {
      throw new RangeError("maxRedirects must be a whole number from 0 to 100");
    }
    if (!(timeoutMs >= 0 && timeoutMs <= MAX_TIMER_MS)) {
      throw new RangeError(`timeoutMs must be a number from 0 to ${MAX_TIMER_MS}`);
    }
    let url = checkUrl(rawUrl);
    let method: string = request.method ?? "GET";
    let body = typeof request.body === "string" ? Buffer.from(request.body) : request.body;
    let headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (!OWN_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    const redirects: string[] = [];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error("outbound deadline")), timeoutMs);
    try {
      for (;;) {
        const pinned = await resolve(url, controller.signal);
        const signal = controller.signal;
        const res = await pinnedRequest({ url, method, headers, body, pinned, signal, userAgent, ca });
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status) && maxRedirects > 0) {
          res.destroy();
          if (redirects.length >= maxRedirects) {
            throw new OutboundRefused(
              "redirects",
              url,
              `${where(url)} redirected more than ${maxRedirects} times`,
            );
          }
          const location = res.headers.location;
          if (!location)
            throw new OutboundRefused("redirects", url, `${where(url)} redirected without a Location`);
          const next = checkUrl(location, url);
          if (status === 303 ? method !== "HEAD" : status !== 307 && status !== 308 && method === "POST") {
            method = "GET";
            body = undefined;
            const { "content-type": _type, ...rest } = headers;
            headers = rest;
          }
          if (next.origin !== url.origin) {
            headers = Object.fromEntries(Object.entries(headers).filter(([n]) => !ORIGIN_BOUND.includes(n)));
          }
          redirects.push(next.href);
          url = next;
          continue;
        }
        const responseHeaders = toHeaders(res);
        const contentType = responseHeaders.get("content-type");
        if (request.accept && status >= 200 && status < 300 && status !== 204) {
          const type = mediaType(contentType);
          if (!accepts(request.accept, type)) {
            res.destroy();
            throw new OutboundRefused(
              "content-type",
              url,
              `${where(url)} answered ${type || "without a media type"}, expected ${request.accept.join(", ")}`,
            );
          }
        }
        const read = await readBody(res, method, maxBytes);
        if (read.decoded) {
          responseHeaders.delete("content-encoding");
          responseHeaders.delete("content-length");
        }
        const decoder = charsetDecoder(contentType);
        return {
          status,
          headers: responseHeaders,
          url: url.href,
          redirects,
          body: read.body,
          text: () => decoder.decode(read.body),
        };
      }
    } catch (e) {
      if (e instanceof OutboundRefused) throw e;
      if (controller.signal.aborted) {
        throw new OutboundRefused("timeout", url, `${where(url)} took longer than ${timeoutMs} ms`, e);
      }
      if (e instanceof BodyTooLarge) {
        throw new OutboundRefused("too-large", url, `${where(url)} sent a body over ${maxBytes} bytes`);
      }
      if (e instanceof UnsupportedEncoding)
        throw new OutboundRefused("network", url, `${where(url)}: ${e.message}`);
      const code = (e as { code?: string }).code;
      throw new OutboundRefused("network", url, `${where(url)} failed${code ? ` (${code})` : ""}`, e);
    } finally {
      clearTimeout(timer);
    }
  };
}
