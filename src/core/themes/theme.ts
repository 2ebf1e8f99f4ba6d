import { z } from "zod";
import { FACT_KINDS } from "../facts/schema.js";

/** Theme ids double as folder names and URL segments. */
export const THEME_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Which evidence a factor looks for: facts carrying any of `tags`, or whose text says any of `terms`. */
const Matcher = z
  .object({
    tags: z.array(z.string().min(1)).default([]),
    terms: z.array(z.string().min(2)).default([]),
    kinds: z.array(z.enum(FACT_KINDS)).optional(),
    includeQuotes: z.boolean().default(true),
  })
  .refine((m) => m.tags.length + m.terms.length > 0, "needs at least one of tags or terms");

export const Factor = z.object({
  id: z.string().regex(THEME_ID_PATTERN),
  label: z.string().min(3),
  /** Shift in log-odds this factor gives a judgment when the sources assert it. */
  weight: z.number().positive().max(3),
  match: Matcher,
  /** How a gap is worded when no source reports on this factor. */
  gap: z.string().min(3).optional(),
});

export const JudgmentRule = z.object({
  id: z.string().regex(THEME_ID_PATTERN),
  /** What is judged likely or not, phrased to follow "It is <likely> that ...". */
  statement: z.string().min(10),
  /** Probability before any reporting is weighed, from the theme author's base rate. */
  baseline: z.number().gt(0.01).lt(0.99),
  baselineRationale: z.string().min(10),
  drivers: z.array(z.string()).default([]),
  mitigators: z.array(z.string()).default([]),
});

export const Scenario = z.object({
  name: z.string().min(3),
  description: z.string().min(10),
  signposts: z.array(z.string().min(3)).min(1),
});

export const Theme = z
  .object({
    id: z.string().regex(THEME_ID_PATTERN),
    title: z.string().min(3),
    keyQuestion: z.string().min(10).endsWith("?"),
    horizon: z.string().min(3),
    summary: z.string().min(10),
    region: z.object({
      /** [west, south, east, north] in degrees: the map frame. */
      bbox: z
        .tuple([
          z.number().min(-180).max(180),
          z.number().min(-90).max(90),
          z.number().min(-180).max(180),
          z.number().min(-90).max(90),
        ])
        .refine(
          ([w, s, e, n]) => w < e && s < n,
          "must be [west, south, east, north] with west < east and south < north",
        ),
      /** Countries the map draws as the subject (Natural Earth names). */
      focus: z.array(z.string()).default([]),
    }),
    drivers: z.array(Factor).min(1),
    mitigators: z.array(Factor).default([]),
    judgments: z.array(JudgmentRule).min(1),
    scenarios: z.array(Scenario).min(1),
    indicators: z.array(z.string().min(3)).min(1),
    assumptions: z.array(z.string().min(3)).min(1),
  })
  .superRefine((theme, ctx) => {
    const factorIds = (list: { id: string }[]) => new Set(list.map((f) => f.id));
    const drivers = factorIds(theme.drivers);
    const mitigators = factorIds(theme.mitigators);
    theme.judgments.forEach((j, i) => {
      for (const [field, known] of [
        ["drivers", drivers],
        ["mitigators", mitigators],
      ] as const) {
        j[field].forEach((id, k) => {
          if (!known.has(id)) {
            ctx.addIssue({
              code: "custom",
              path: ["judgments", i, field, k],
              message: `refers to ${field.slice(0, -1)} '${id}', which the theme does not define`,
            });
          }
        });
      }
    });
  });

export type Factor = z.infer<typeof Factor>;
export type JudgmentRule = z.infer<typeof JudgmentRule>;
export type Theme = z.infer<typeof Theme>;
