import { z } from "@hono/zod-openapi";
import { BriefingOverridesSchema } from "./schemas.js";

/** The stored assessment of a briefing as the API describes it (src/core/themes/assessment.ts). */

const Grade = z
  .string()
  .regex(/^[A-F][1-6]$/)
  .openapi({ example: "B2", description: "Admiralty grade" });
const Key = z.string().openapi({ example: "3f9a0c1d2b4e5f60#7", description: "articleId#sentence" });

const Evidence = z.object({
  key: Key,
  articleId: z.string(),
  sentence: z.number().int(),
  factId: z.string(),
  text: z.string(),
  sentenceText: z.string(),
  source: z.string(),
  grade: Grade,
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
  corroboration: z.number().int(),
  modality: z.enum(["asserted", "hypothetical", "negated"]),
  pushes: z.enum(["for", "against"]),
  date: z.string().nullable(),
  ageDays: z.number().int().nullable(),
  weight: z.number(),
  movedFrom: z.string().nullable().optional().openapi({
    description: "Present when an analyst moved the sentence here: the machine's factor (null: none)",
  }),
  standing: z.object({ doubted: z.boolean(), note: z.string() }).optional().openapi({
    description:
      "Present when a conflict box holds the claim: doubted (weighs less) when the box's line prefers another account, contested otherwise",
  }),
});

const Reliability = z.enum(["A", "B", "C", "D", "E", "F"]);

const Judgment = z.object({
  id: z.string(),
  statement: z.string(),
  baseRate: z.number(),
  probability: z.number().nullable().openapi({ description: "null when no judgment is made" }),
  likelihood: z.string().nullable().openapi({ description: "ICD 203 term; null when no judgment is made" }),
  range: z.string().nullable(),
  confidence: z
    .object({ level: z.enum(["low", "moderate", "high"]), reasons: z.array(z.string()) })
    .nullable(),
  reasons: z.array(z.string()),
  factors: z.array(
    z.object({
      id: z.string(),
      role: z.enum(["driver", "mitigator"]),
      effect: z.number(),
      evidence: z.array(Key),
    }),
  ),
  sources: z.number().int(),
  newest: z.string().nullable(),
  stale: z.boolean(),
  override: z
    .object({
      machine: z.object({
        probability: z.number().nullable(),
        likelihood: z.string().nullable(),
        range: z.string().nullable(),
        reasons: z.array(z.string()),
      }),
      reason: z.string(),
    })
    .optional()
    .openapi({
      description:
        "Present when an analyst set the probability: probability/likelihood above are the analyst's, the machine's are kept here",
    }),
  outcomeReported: z.array(Key).optional().openapi({
    description:
      "Present when undisputed sources already report the judgment's outcome within the reporting window: the judgment is then at least likely",
  }),
});

const Claim = z.object({
  key: Key,
  articleId: z.string(),
  sentence: z.number().int(),
  text: z.string(),
  source: z.string(),
  grade: Grade,
  date: z.string().nullable(),
  stance: z.enum(["asserts", "denies", "figure"]),
  value: z.number().optional(),
});

const Watch = z.object({
  scenario: z.string().nullable(),
  text: z.string(),
  observed: z.array(Key),
  contested: z.array(Key),
});

export const AssessmentSchema = z
  .object({
    themeId: z.string(),
    briefingDate: z.string(),
    horizonDays: z.number().int(),
    judgments: z.array(Judgment),
    factors: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        role: z.enum(["driver", "mitigator"]),
        weight: z.number(),
        effect: z.number(),
        evidence: z.array(Evidence),
        sources: z.number().int(),
        corroborated: z.boolean(),
        gap: z.string().nullable(),
        excluded: z
          .array(Key)
          .optional()
          .openapi({ description: "Sentences an analyst excluded from this factor" }),
      }),
    ),
    conflicts: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["denial", "figures", "accounts"]),
        topic: z.string(),
        factor: z.string().nullable(),
        claims: z.array(Claim),
        analysis: z.string(),
        doubted: z
          .array(Key)
          .optional()
          .openapi({ description: "Claims of the accounts the analytic line judges less supported" }),
      }),
    ),
    unused: z.array(z.object({ articleId: z.string(), reason: z.string() })),
    signposts: z.array(Watch),
    indicators: z.array(Watch),
    sources: z.array(
      z.object({
        articleId: z.string(),
        title: z.string(),
        source: z.string(),
        sourceKey: z.string(),
        reliability: z.enum(["A", "B", "C", "D", "E", "F"]),
        reason: z.string(),
        publishedAt: z.string().nullable(),
        url: z.string().nullable(),
        used: z.boolean(),
        override: z
          .object({ reliability: Reliability, reason: z.string() })
          .optional()
          .openapi({ description: "Present when an analyst regraded the source: the machine's grade" }),
      }),
    ),
    newestRelevant: z.string().nullable(),
    stale: z.boolean(),
    overrides: BriefingOverridesSchema.optional(),
  })
  .openapi("Assessment");
