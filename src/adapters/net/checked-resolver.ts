import dns from "node:dns";
import net from "node:net";
import { blockedAddress, blockedHostname } from "./blocked-address.js";
import { allowKey } from "./outbound-allow.js";
import { OutboundRefused, where } from "./outbound-refused.js";

export type Resolved = { address: string; family: 4 | 6 };
export type Lookup = (host: string) => Promise<Resolved[]>;

export const systemLookup: Lookup = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** "[::1]" → "::1": URL hostnames bracket IPv6, sockets and lookups do not. */
export function bare(hostname: string): string {
  return hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const family = (address: string): 4 | 6 => (net.isIP(address) === 6 ? 6 : 4);

/**
 * The addresses a socket may use for a URL. A literal address is judged as it is; a name is
 * refused outright when it names a metadata service or this machine, and otherwise resolved
 * once, every answer judged, and refused when any one is blocked (a name that answers with one
 * public and one private address is a rebinding attempt waiting for its moment). An allow-listed
 * host:port skips the judging, never the resolving.
 */
export function checkedResolver(lookup: Lookup, allow: ReadonlySet<string>) {
  return async function resolve(url: URL, signal: AbortSignal): Promise<Resolved[]> {
    const host = bare(url.hostname);
    const allowed = allow.has(allowKey(url));
    if (net.isIP(host)) {
      const blocked = allowed ? null : blockedAddress(host);
      if (blocked) throw new OutboundRefused("blocked-address", url, `${where(url)} is a ${blocked} address`);
      return [{ address: host, family: family(host) }];
    }
    const named = allowed ? null : blockedHostname(host);
    if (named) throw new OutboundRefused("blocked-address", url, `${where(url)} names a ${named} host`);
    let answers: Resolved[];
    try {
      answers = await abortable(lookup(host), signal);
    } catch (e) {
      if (signal.aborted) throw e;
      throw new OutboundRefused("dns", url, `${where(url)} does not resolve`, e);
    }
    if (!answers.length) throw new OutboundRefused("dns", url, `${where(url)} has no addresses`);
    for (const a of answers) {
      const blocked = allowed ? (net.isIP(a.address) ? null : "invalid") : blockedAddress(a.address);
      if (blocked) {
        throw new OutboundRefused("blocked-address", url, `${where(url)} resolves to a ${blocked} address`);
      }
    }
    return answers.map((a) => ({ address: a.address, family: family(a.address) }));
  };
}
