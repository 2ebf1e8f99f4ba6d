import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type net from "node:net";
import { bare, type Resolved } from "./checked-resolver.js";

export interface PinnedRequest {
  url: URL;
  method: string;
  /** The caller's headers; Host, Content-Length and the door's own are written here. */
  headers: Record<string, string>;
  body: Uint8Array | undefined;
  /** The checked addresses: the only ones the socket may connect to. */
  pinned: readonly Resolved[];
  signal: AbortSignal;
  userAgent: string;
  /** Trust anchors for https when not Node's defaults alone. */
  ca: readonly string[] | undefined;
}

/**
 * One HTTP exchange up to the response headers, its socket pinned to checked addresses. The host
 * name stays the request's own (Host header, TLS SNI and certificate check), while the lookup
 * Node would do is replaced by one that can only answer what was checked: DNS is not asked
 * again, so a rebinding answer has nothing to reach. No agent: no pooled socket from an earlier
 * check is reused.
 */
export function pinnedRequest(r: PinnedRequest): Promise<IncomingMessage> {
  const pinnedLookup = (
    _host: string,
    opts: { all?: boolean; family?: number },
    cb: (err: Error | null, address: string | Resolved[], family?: number) => void,
  ) => {
    const usable = r.pinned.filter((a) => !opts.family || a.family === opts.family);
    const [first] = usable;
    if (!first) return cb(Object.assign(new Error("no checked address"), { code: "ENOTFOUND" }), "");
    if (opts.all) return cb(null, usable);
    cb(null, first.address, first.family);
  };
  const client = r.url.protocol === "https:" ? https : http;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = client.request({
      protocol: r.url.protocol,
      hostname: bare(r.url.hostname),
      port: r.url.port || undefined,
      path: `${r.url.pathname}${r.url.search}`,
      method: r.method,
      headers: {
        ...r.headers,
        host: r.url.host,
        "user-agent": r.userAgent,
        "accept-encoding": "gzip, deflate, br",
        ...(r.body ? { "content-length": String(r.body.byteLength) } : {}),
      },
      agent: false,
      ...(r.ca ? { ca: [...r.ca] } : {}),
      lookup: pinnedLookup as unknown as net.LookupFunction,
      signal: r.signal,
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end(r.body);
  });
}
