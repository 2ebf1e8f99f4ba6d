import type { OutboundRequest, OutboundResponse, SafeFetch } from "../../src/adapters/intake/outbound.js";

/**
 * A stand-in for the outbound door (branch net) in tests, until it lands: the same interface and
 * refusals (scheme, redirects, too-large, content-type) over loopback, with no address checks.
 */
function refused(reason: string, url: string, message: string): Error {
  return Object.assign(new Error(`Outbound request refused (${reason}): ${message}`), {
    name: "OutboundRefused",
    reason,
    url,
  });
}

export function loopbackFetch(): SafeFetch {
  return async (url: string, request: OutboundRequest = {}): Promise<OutboundResponse> => {
    const maxBytes = request.maxBytes ?? 5 * 1024 * 1024;
    const redirects: string[] = [];
    let current = url;
    for (let hop = 0; ; hop++) {
      if (!/^https?:/.test(current)) throw refused("scheme", current, "not http(s)");
      const res = await fetch(current, { headers: request.headers ?? {}, redirect: "manual" });
      if ([301, 302, 303, 307, 308].includes(res.status)) {
        const location = res.headers.get("location");
        if (!location || hop >= (request.maxRedirects ?? 5))
          throw refused("redirects", current, "too many redirects");
        current = new URL(location, current).href;
        redirects.push(current);
        await res.arrayBuffer();
        continue;
      }
      const length = Number(res.headers.get("content-length") ?? 0);
      if (length > maxBytes) throw refused("too-large", current, `${length} bytes`);
      const type = (res.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (res.status >= 200 && res.status < 300 && request.accept && !request.accept.includes(type)) {
        await res.arrayBuffer();
        throw refused("content-type", current, `media type ${type || "(none)"} is not accepted`);
      }
      const body = new Uint8Array(await res.arrayBuffer());
      if (body.byteLength > maxBytes) throw refused("too-large", current, `${body.byteLength} bytes`);
      return {
        status: res.status,
        headers: res.headers,
        url: current,
        redirects,
        body,
        text: () => new TextDecoder().decode(body),
      };
    }
  };
}
