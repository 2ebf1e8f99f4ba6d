import { ValidationError } from "../../core/errors.js";
import type { Page, PageRequest } from "../../core/ports.js";
import type { S3Objects } from "./s3-objects.js";

// S3 lists keys in ascending order only; an inverted timestamp in the key makes the newest
// entry come first, so a page is one list call and the cursor is the last key seen.
const MAX_MS = 9_999_999_999_999;

export class NewestFirstIndex {
  private readonly prefix: string;

  constructor(
    private readonly objects: S3Objects,
    kind: string,
  ) {
    this.prefix = `index/${kind}/`;
  }

  private key(at: Date, id: string): string {
    return `${this.prefix}${String(MAX_MS - at.getTime()).padStart(13, "0")}-${id}`;
  }

  add(at: Date, id: string): Promise<void> {
    return this.objects.put(this.key(at, id), "", "text/plain");
  }

  remove(at: Date, id: string): Promise<void> {
    return this.objects.delete(this.key(at, id));
  }

  private decodeCursor(cursor: string): string {
    const key = Buffer.from(cursor, "base64url").toString("utf8");
    if (!key.startsWith(this.prefix) || !/^\d{13}-[0-9A-Za-z]+$/.test(key.slice(this.prefix.length))) {
      throw new ValidationError("The cursor is not one this service gave out.", [
        { path: "cursor", message: "unknown cursor" },
      ]);
    }
    return key;
  }

  async page(request: PageRequest): Promise<Page<string>> {
    const startAfter = request.cursor ? this.decodeCursor(request.cursor) : undefined;
    const { keys, more } = await this.objects.list(this.prefix, request.limit, startAfter);
    const last = keys[keys.length - 1];
    return {
      items: keys.map((k) => k.slice(k.indexOf("-", this.prefix.length) + 1)),
      nextCursor: more && last ? Buffer.from(last, "utf8").toString("base64url") : null,
    };
  }
}
