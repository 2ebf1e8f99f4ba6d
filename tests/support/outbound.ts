import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import type { OutboundResponse, SafeFetch } from "../../src/adapters/delivery/outbound.js";

/**
 * A stand-in for the outbound door (branch net, src/adapters/net/safe-fetch.ts) with the same
 * contract for what these tests use: http(s) only, no credentials, non-public addresses refused
 * unless allow-listed as host:port, redirects not followed with maxRedirects 0. Replaced by the
 * real createSafeFetch once that branch is merged.
 */
class OutboundRefused extends Error {
  override name = "OutboundRefused";
  constructor(
    readonly reason: string,
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

export function loopbackFetch(allow: readonly string[]): SafeFetch {
  return async (text, request = {}) => {
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new OutboundRefused("scheme", text, `${url.protocol} is not allowed`);
    if (url.username || url.password)
      throw new OutboundRefused("credentials", text, "credentials in the URL");
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const port = url.port || (url.protocol === "https:" ? "443" : "80");
    const addresses = ipaddr.isValid(host)
      ? [host]
      : (await lookup(host, { all: true })).map((a) => a.address);
    for (const address of addresses) {
      const range = ipaddr.process(address).range();
      if (range !== "unicast" && !allow.includes(`${host}:${port}`))
        throw new OutboundRefused("blocked-address", text, `${url.host} resolves to a ${range} address`);
    }
    let res: Response;
    try {
      res = await fetch(url, {
        method: request.method ?? "GET",
        headers: request.headers,
        body: request.body as string | undefined,
        redirect: "manual",
        signal: AbortSignal.timeout(request.timeoutMs ?? 10_000),
      });
    } catch (e) {
      throw new OutboundRefused("network", text, e instanceof Error ? e.message : String(e));
    }
    const body = new Uint8Array(await res.arrayBuffer());
    const response: OutboundResponse = {
      status: res.status,
      headers: res.headers,
      url: text,
      redirects: [],
      body,
      text: () => new TextDecoder().decode(body),
    };
    return response;
  };
}
