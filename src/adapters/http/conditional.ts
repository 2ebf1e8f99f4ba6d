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
