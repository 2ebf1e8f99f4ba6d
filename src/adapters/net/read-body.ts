import type { IncomingMessage } from "node:http";
import { finished } from "node:stream";
import zlib from "node:zlib";

/**
 * Reads a response body under a byte limit. Compressed bodies (gzip, deflate, br) are decoded as
 * they stream and the limit applies to the decoded bytes, so a small bomb cannot fill memory; the
 * bytes on the wire are held to the same limit. A compressed body cut short is an error, not a
 * shorter text: what is stored must be what was sent.
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
  /** Whether the body was sent compressed, so Content-Encoding and Content-Length no longer describe it. */
  decoded: boolean;
}

/** Statuses and methods that carry no body, whatever the headers say. */
export function hasNoBody(status: number, method: string): boolean {
  return method === "HEAD" || status === 204 || status === 304 || (status >= 100 && status < 200);
}

type Coding = "gzip" | "deflate" | "br" | null;

function coding(header: string | undefined): Coding {
  const encoding = (header ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return "gzip";
  if (encoding === "deflate" || encoding === "br") return encoding;
  if (encoding === "" || encoding === "identity") return null;
  throw new UnsupportedEncoding(encoding);
}

/** "deflate" means zlib-wrapped, but some servers send it raw; the first two bytes tell which. */
function decoderFor(
  kind: Exclude<Coding, null>,
  first: Buffer,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress {
  if (kind === "gzip") return zlib.createGunzip();
  if (kind === "br") return zlib.createBrotliDecompress();
  const [cmf = 0, flg] = first;
  const wrapped = (cmf & 0x0f) === 8 && (flg === undefined || ((cmf << 8) | flg) % 31 === 0);
  return wrapped ? zlib.createInflate() : zlib.createInflateRaw();
}

export function readBody(res: IncomingMessage, method: string, maxBytes: number): Promise<ReadBody> {
  if (hasNoBody(res.statusCode ?? 0, method)) {
    res.resume();
    return Promise.resolve({ body: new Uint8Array(0), decoded: false });
  }
  return new Promise<ReadBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let wire = 0;
    let decoder: ReturnType<typeof decoderFor> | null = null;
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      res.destroy();
      decoder?.destroy();
      reject(e);
    };
    const done = (kind: Coding) => {
      if (settled) return;
      settled = true;
      resolve({ body: new Uint8Array(Buffer.concat(chunks, total)), decoded: kind !== null });
    };
    const take = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(new BodyTooLarge(maxBytes));
      else chunks.push(chunk);
    };
    let kind: Coding;
    try {
      kind = coding(res.headers["content-encoding"]);
    } catch (e) {
      return fail(e);
    }
    const declared = Number(res.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) return fail(new BodyTooLarge(maxBytes));
    res.on("data", (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) return fail(new BodyTooLarge(maxBytes));
      if (!kind) return take(chunk);
      if (!decoder) {
        const created = decoderFor(kind, chunk);
        created.on("data", take);
        created.on("error", fail);
        created.on("end", () => done(kind));
        decoder = created;
      }
      decoder.write(chunk);
    });
    // finished() also reports a connection closed before the body was complete.
    finished(res, (error) => {
      if (error) fail(error);
      else if (decoder) decoder.end();
      else done(kind);
    });
  });
}
