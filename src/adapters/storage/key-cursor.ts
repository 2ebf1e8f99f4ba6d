import { ValidationError } from "../../core/errors.js";

/**
 * A page cursor that is the last object key listed, opaque to clients (base64url). A cursor is
 * taken back only if it names a key of the listing it came from: under `prefix`, with a name of
 * the listing's form; anything else is the client's mistake.
 */
export const encodeCursor = (key: string): string => Buffer.from(key, "utf8").toString("base64url");

export function decodeCursor(cursor: string, prefix: string, name: RegExp): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!key.startsWith(prefix) || !name.test(key.slice(prefix.length))) {
    throw new ValidationError("The cursor is not one this service gave out.", [
      { path: "cursor", message: "unknown cursor" },
    ]);
  }
  return key;
}
