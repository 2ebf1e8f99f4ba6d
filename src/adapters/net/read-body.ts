import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";

/**
 * Reads a response body under a byte limit. Compressed bodies (gzip, deflate, br) are decoded as
 * they stream and the limit applies to the decoded bytes, so a small bomb cannot fill memory; the
 * bytes on the wire are held to the same limit. Throws BodyTooLarge as soon as either is crossed.
 */
export class BodyTooLarge extends Error {
  override name = "BodyTooLarge";
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

export class UnsupportedEncoding extends Error {
  override name = "UnsupportedEncoding";
  constructor(readonly encoding: string) {
    super(`the body has an unsupported Content-Encoding '${encoding}'`);
  }
}

export interface ReadBody {
  body: Uint8Array;
  /** Whether the body was decompressed, so Content-Encoding and Content-Length no longer describe it. */
  decoded: boolean;
}

/** Statuses and methods that carry no body, whatever the headers say. */
export function hasNoBody(status: number, method: string): boolean {
  return method === "HEAD" || status === 204 || status === 304 || (status >= 100 && status < 200);
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Unzip | zlib.BrotliDecompress | null {
  // Unzip accepts both gzip and zlib-wrapped deflate; a truncated stream still yields what it held.
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (encoding === "gzip" || encoding === "x-gzip" || encoding === "deflate") return zlib.createUnzip(flush);
  if (encoding === "br") {
    return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  }
  if (encoding === "" || encoding === "identity") return null;
  throw new UnsupportedEncoding(encoding);
}

export async function readBody(res: IncomingMessage, method: string, maxBytes: number): Promise<ReadBody> {
  if (hasNoBody(res.statusCode ?? 0, method)) {
    res.resume();
    return { body: new Uint8Array(0), decoded: false };
  }
  const declared = Number(res.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new BodyTooLarge(maxBytes);
  }
  const encoding = (res.headers["content-encoding"] ?? "").trim().toLowerCase();
  let decoder: ReturnType<typeof decoderFor>;
  try {
    decoder = decoderFor(encoding);
  } catch (e) {
    res.destroy();
    throw e;
  }
  let wire = 0;
  const source: Readable = decoder ?? res;
  if (decoder) {
    res.on("data", (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) decoder.destroy(new BodyTooLarge(maxBytes));
    });
    res.on("error", (e) => decoder.destroy(e));
    res.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new BodyTooLarge(maxBytes);
      chunks.push(chunk);
    }
  } finally {
    res.destroy();
    decoder?.destroy();
  }
  return { body: new Uint8Array(Buffer.concat(chunks, total)), decoded: decoder !== null };
}
