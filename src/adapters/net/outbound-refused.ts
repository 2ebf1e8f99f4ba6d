/**
 * Why the outbound door refused, and the checks a URL fails on its own (scheme, credentials).
 * Messages name the origin only: paths and queries may carry secrets (webhook tokens).
 */
export type RefusalReason =
  | "scheme" // not http/https
  | "credentials" // user:pass@ in the URL
  | "blocked-address" // resolves to a loopback/private/link-local/CGNAT/multicast/IPv6-local/metadata/unspecified/reserved address
  | "dns" // host does not resolve
  | "redirects" // more than maxRedirects, or a redirect without a usable Location
  | "too-large" // body beyond maxBytes (Content-Length or while streaming)
  | "timeout" // whole exchange exceeded timeoutMs
  | "content-type" // media type not in `accept`
  | "network"; // connection reset, TLS failure, etc.

export class OutboundRefused extends Error {
  override name = "OutboundRefused";
  readonly reason: RefusalReason;
  /** The URL refused (the hop that failed, after redirects), without any user:password. */
  readonly url: string;

  /** `message` names the origin only: paths and queries may carry secrets (webhook tokens). */
  constructor(reason: RefusalReason, url: URL | string, message: string, cause?: unknown) {
    super(`Outbound request refused (${reason}): ${message}`, cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.url = withoutCredentials(url);
  }
}

export function withoutCredentials(url: URL | string): string {
  try {
    const u = new URL(String(url));
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return "(not a URL)";
  }
}

/** What a refusal message may show of a URL: its origin, never path, query or credentials. */
export function where(url: URL): string {
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : `a ${url.protocol} URL`;
}

/** Scheme and credentials: what can be refused from the URL alone. */
export function checkUrl(raw: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (e) {
    // Only a redirect's Location is parsed against a base; a bad one is an unusable redirect.
    if (base)
      throw new OutboundRefused("redirects", base, `${where(base)} redirected to an unusable Location`);
    throw new OutboundRefused("scheme", "", "not an absolute http(s) URL", e);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundRefused("scheme", url, `${where(url)} is not http or https`);
  }
  if (url.username || url.password) {
    throw new OutboundRefused("credentials", url, `${where(url)} carries a user name or password`);
  }
  return url;
}
