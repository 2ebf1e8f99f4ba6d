import type { IncomingMessage } from "node:http";

/** Reading a response's headers: its media type, the accept check, the charset of its text. */

/** "text/html; charset=utf-8" → "text/html"; "" when absent. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

// Whether `type` is one of `accept`: exactly, by a "type/*" wildcard, or "*/*"; case-insensitive.
export function accepts(accept: readonly string[], type: string): boolean {
  return accept.some((a) => {
    const want = a.trim().toLowerCase();
    if (want === "*/*" || want === type) return true;
    return want.endsWith("/*") && type.startsWith(want.slice(0, -1));
  });
}

/** A decoder for the charset Content-Type names; UTF-8 when it names none or one TextDecoder does not know. */
export function charsetDecoder(contentType: string | null): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "")?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8");
  } catch {
    return new TextDecoder("utf-8");
  }
}

/** The response's headers as a fetch Headers, repeated ones kept (Set-Cookie). */
export function toHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] ?? "", raw[i + 1] ?? "");
    } catch {
      // A header value Headers cannot hold (control bytes, non-Latin-1) is dropped, not fatal.
    }
  }
  return headers;
}
