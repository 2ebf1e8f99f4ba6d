import { createHash } from "node:crypto";
import { z } from "@hono/zod-openapi";

/**
 * The entity tags of an If-Match header: "*" for any, else the opaque tags of the strong ones
 * (If-Match compares strongly, so a weak tag never matches), undefined without the header.
 */
export function parseIfMatch(header: string | undefined): "*" | string[] | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === "*") return "*";
  return [...header.matchAll(/(W\/)?"([^"]*)"/g)].filter((m) => !m[1]).map((m) => m[2] ?? "");
}

/** An opaque tag as an ETag header value. */
export const entityTag = (opaque: string) => `"${opaque.replace(/"/g, "")}"`;

/** The If-Match request header, for route definitions. */
export const IfMatchHeader = z.object({
  "if-match": z.string().optional().openapi({
    description:
      'An ETag from an earlier read: the write happens only if the resource is still as read, else 412 and nothing is stored. "*" matches any current version.',
    example: '"v3"',
  }),
});

/** The ETag response header, for route definitions. */
export const ETagHeader = {
  ETag: {
    description: "The version read or written; send it back in If-Match to write only over it",
    schema: { type: "string" as const, example: '"v3"' },
  },
};

/**
 * Whether an If-None-Match header names the current tag, so the answer is 304 Not Modified.
 * GET compares weakly (RFC 9110 §13.1.2): `W/"x"` matches `"x"`; "*" matches anything that exists.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return [...header.matchAll(/(?:W\/)?("[^"]*")/g)].some((m) => m[1] === opaque);
}

/** A strong tag from what a JSON answer carries: the same body always has the same tag. */
export const contentTag = (body: unknown) =>
  entityTag(createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 32));

/** The If-None-Match request header, for route definitions. */
export const IfNoneMatchHeader = z.object({
  "if-none-match": z.string().optional().openapi({
    description: "ETags the client already holds: 304 with no body when the current one is among them",
    example: '"3q2-7w"',
  }),
});

/** The 304 answer of a conditional GET, for route definitions. */
export const notModified = {
  304: {
    description: "Not modified: the copy the client holds (If-None-Match) is current",
    headers: {
      ETag: { description: "The current version", schema: { type: "string" as const } },
      "Cache-Control": { description: "As on the 200 answer", schema: { type: "string" as const } },
    },
  },
};
