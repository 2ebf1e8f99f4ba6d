import { z } from "zod";
import { BriefingOverrides } from "../themes/overrides.js";
import { BriefingSnapshot } from "./changes.js";

/** ULIDs: 48 bits of time then randomness, Crockford base 32, so ids sort by creation time. */
export const BRIEFING_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const BriefingManifest = z.object({
  id: z.string().regex(BRIEFING_ID_PATTERN),
  theme: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  status: z.literal("ready"),
  createdAt: z.string(),
  generator: z.object({ version: z.string(), extractor: z.string() }),
  judgments: z.array(
    z.object({
      id: z.string(),
      /** Null when the reporting does not support a judgment. */
      likelihood: z.string().nullable(),
      probability: z.number().nullable(),
      confidence: z.string().nullable(),
      /** Present when an analyst set the probability: the machine's own (null: it made no judgment). */
      machineProbability: z.number().nullable().optional(),
    }),
  ),
  snapshot: BriefingSnapshot,
  /** The briefing this one was compared with, when it states what changed. */
  previousId: z.string().nullable(),
  /** The day the briefing was made as of, when asked for an earlier day than its making. */
  asOf: z.string().optional(),
  /** The analyst's overrides the briefing was made with, as requested. */
  overrides: BriefingOverrides.optional(),
  pdf: z.object({
    bytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pages: z.number().int().positive(),
    url: z.string(),
    fileName: z.string(),
  }),
});
export type BriefingManifest = z.infer<typeof BriefingManifest>;

/** A file name a person can read: theme, date, short id. */
export function briefingFileName(theme: string, createdAt: Date, id: string): string {
  return `${theme}-${createdAt.toISOString().slice(0, 10)}-${id.slice(-6).toLowerCase()}.pdf`;
}
