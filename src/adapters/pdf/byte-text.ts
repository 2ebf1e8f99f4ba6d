/**
 * A file's bytes read as text, one character a byte (latin1), without decoding the whole file
 * into one string. Decoding a 400 KB PDF at once allocates a string of 400 KB in V8's large-object
 * space, fresh pages every time: on the reference briefing that was about a third of the finish's
 * CPU (3.2 ms of ~10), while the finish reads only the cross-reference table, the trailer and the
 * dictionaries, never the streams' data. Searches run on the bytes (Buffer's indexOf), and only
 * the slices asked for are decoded, each small.
 *
 * Each method means what String's method of the same name means on the decoded text.
 */
export class ByteText {
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.byteLength;
  }

  /** The byte at `at`; NaN outside the file, as String's charCodeAt. */
  charCodeAt(at: number): number {
    return at >= 0 && at < this.bytes.byteLength ? (this.bytes[at] as number) : Number.NaN;
  }

  /** String's slice: negative ends count from the end, ends are clamped to the file. */
  slice(from: number, to = this.length): string {
    const n = this.length;
    const start = from < 0 ? Math.max(n + from, 0) : Math.min(from, n);
    const end = to < 0 ? Math.max(n + to, 0) : Math.min(to, n);
    return end > start ? this.bytes.toString("latin1", start, end) : "";
  }

  /** String's indexOf (a position below 0 searches from 0, unlike Buffer's, which counts from the end). */
  indexOf(search: string, from = 0): number {
    return this.bytes.indexOf(search, Math.max(from, 0), "latin1");
  }

  /** String's lastIndexOf: the last match starting at or before `from` (below 0: at 0). */
  lastIndexOf(search: string, from = Number.POSITIVE_INFINITY): number {
    const at = Math.max(Math.min(from, this.length), 0);
    return this.bytes.lastIndexOf(search, at, "latin1");
  }

  /** String's startsWith at `at`. */
  startsWith(search: string, at = 0): boolean {
    const start = Math.max(at, 0);
    return start + search.length <= this.length && this.slice(start, start + search.length) === search;
  }
}
