import { z } from "zod";
import { TAGS } from "../facts/events/tags.js";
import { FACT_KINDS, MODALITIES } from "../facts/schema.js";

/** Lowercase words joined by hyphens: theme ids double as folder names and URL segments. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Factor and judgment ids, inside a theme. */
const Id = z.string().regex(SLUG);

/** The one schema of a theme id, wherever one is read (theme.json, a request, a schedule, a path). */
export const ThemeId = z
  .string()
  .max(64)
  .regex(SLUG, "must be a theme id: lowercase words joined by hyphens");

/**
 * Picks entities out of a fact or its sentence: a lexicon id ("org/isis", "facility/al-hol-camp"),
 * a lexicon kind ("kind:camp", "kind:jihadist"), an entity type ("type:person"), a place inside a
 * country ("in:Syria") or an entity affiliated to one ("of:Syrian Democratic Forces").
 */
export const Selector = z
  .string()
  .regex(
    /^(kind:[a-z-]+|type:(person|organization|place|facility)|in:.+|of:.+|[a-z]+\/[a-z0-9-]+)$/,
    "must be a lexicon id (org/isis) or kind:, type:, in: or of: followed by a value",
  );

/**
 * What one kind of fact must be to bear on a factor, and which way it pushes. A pattern is
 * structural: it names a type (tags from the extractor's vocabulary, ACLED or CAMEO codes) and
 * may require actors, places, a modality and an age. Words may narrow a match, never make one.
 */
const PatternFields = z.object({
  kinds: z.array(z.enum(FACT_KINDS)).min(1),
  /** At least one of these tags. */
  anyTags: z.array(z.enum(TAGS)).default([]),
  /** All of these tags. */
  allTags: z.array(z.enum(TAGS)).default([]),
  /** None of these tags: what looks alike and is not. */
  noneTags: z.array(z.enum(TAGS)).default([]),
  /** ACLED event type, or "type/sub-event type". */
  acled: z.array(z.string().min(3)).default([]),
  /** CAMEO code prefixes ("18" covers 180–186). */
  cameo: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  /** Some entity of the fact or its sentence must be one of these actors. */
  actors: z.array(Selector).default([]),
  /** Actors that rule the fact out ("type:person" keeps out quotes of a speaker). */
  notActors: z.array(Selector).default([]),
  /** Some entity of the fact or its sentence must be one of these places or facilities. */
  places: z.array(Selector).default([]),
  modality: z.array(z.enum(MODALITIES)).default(["asserted"]),
  /** Actors and places must be the fact's own, not merely named in its sentence. */
  own: z.boolean().default(false),
  /** Narrows: the fact's sentence must contain one of these words. Never enough on its own. */
  words: z.array(z.string().min(2)).default([]),
  /**
   * Narrows: none of these words in the fact's own clause (its words and the verb just before
   * them). A presence "reduced" or guards "moved to the front lines" do not show the presence;
   * an attack "repelled" shows the defence, not the attack. Never makes a match.
   */
  notWords: z.array(z.string().min(2)).default([]),
  /** Facts older than this when their article reported them (history it recalls) do not show the factor. */
  maxAgeDays: z.number().int().positive().optional(),
  /** "for": the fact shows the factor is at work; "against": it shows the factor is not. */
  pushes: z.enum(["for", "against"]).default("for"),
});

export const Pattern = PatternFields.refine(
  (p) =>
    p.anyTags.length + p.allTags.length + p.acled.length + p.cameo.length > 0 ||
    (p.kinds.every((k) => k === "quantity") && p.actors.length + p.places.length > 0),
  "needs a type: anyTags, allTags, acled or cameo, or for figures an actor or place (words alone never make a match)",
);

/**
 * A pattern of a theme's topic is asked only of a fact that already fits a factor, so it may say
 * only where or among whom the theme's facts happen (places in Syria, the SDF's forces): what
 * type of fact it is, the factor has said. It still needs a type, an actor or a place.
 */
const TopicPattern = PatternFields.refine(
  (p) =>
    p.anyTags.length +
      p.allTags.length +
      p.acled.length +
      p.cameo.length +
      p.actors.length +
      p.places.length >
    0,
  "needs a type, an actor or a place (words alone never make a match)",
);

export const Factor = z.object({
  id: Id,
  label: z.string().min(3),
  /** Shift in log-odds this factor gives a judgment when fully shown by the sources. */
  weight: z.number().positive().max(3),
  evidence: z.array(Pattern).min(1),
  /** How a gap is worded when no source reports on this factor. */
  gap: z.string().min(3).optional(),
});

/** Evidence a judgment needs before it is made: one report in each group, and for trends two periods. */
export const Requirement = z.object({
  /** Each group: factor ids of which at least one must be shown by a relevant report. */
  groups: z
    .array(
      z.object({
        factors: z.array(Id).min(1),
        about: z.string().min(5),
        /**
         * Reports that address the group's question though they show none of its factors: the
         * SDF "holding 9,000 detainees" a US exit "would expose" tells of the SDF and its
         * detention sites, which an analyst weighs, even where no factor takes the sentence.
         */
        addressedBy: z.array(Pattern).default([]),
        /**
         * Reports that, though counted under the group's factors, do not answer its question:
         * armed groups levying fees on smuggled loads take part in the trade, but tell nothing of
         * clashes between smugglers and border forces.
         */
        notAddressedBy: z.array(Pattern).default([]),
      }),
    )
    .min(1),
  /** Trend judgments: the relevant reports must cover this many distinct periods. */
  periods: z.number().int().min(2).optional(),
});

export const JudgmentRule = z.object({
  id: Id,
  /** What is judged likely or not, phrased to follow "It is <likely> that ...". */
  statement: z.string().min(10),
  /** Probability before any reporting is weighed, from the theme author's base rate. */
  baseline: z.number().gt(0.01).lt(0.99),
  baselineRationale: z.string().min(10),
  drivers: z.array(Id).default([]),
  mitigators: z.array(Id).default([]),
  requires: Requirement,
  /**
   * What the judgment forecasts, as reporting would show it has happened ("ISIS holds a town for
   * more than a day"). When an undisputed source reports it within the reporting window, the
   * judgment is at least "likely": the outcome already observed is no "very unlikely" event.
   */
  outcome: z
    .object({
      about: z.string().min(5),
      shownBy: z.array(Pattern).min(1),
      /** The outcome is a state held for more than a day: a brief hold does not show it. */
      lastingMoreThanADay: z.boolean().optional(),
    })
    .optional(),
});

/** A signpost or indicator, and the reporting that would show it. */
export const Watch = z.object({
  text: z.string().min(3),
  shownBy: z.array(Pattern).min(1),
  /**
   * Factors whose counted evidence (what pushes for them) shows it too: a signpost that is what a
   * factor looks for ("deployments of new government forces") is observed by the very sentences
   * the briefing cites under that factor, matched the same way.
   */
  factors: z.array(Id).default([]),
});

export const Scenario = z.object({
  name: z.string().min(3),
  description: z.string().min(10),
  signposts: z.array(Watch).min(1),
});

/**
 * Figures in fixed theme text would be printed whatever the sources say, and the sources can
 * contradict them; numbers in prose come from cited evidence. Years name events and may stay.
 */
const NO_FIGURES = /\d/;
const withoutYears = (s: string) => s.replace(/\b(19|20)\d{2}\b/g, "");
const prose = (min: number) =>
  z
    .string()
    .min(min)
    .refine((s) => !NO_FIGURES.test(withoutYears(s)), "states a figure: figures come from cited evidence");

export const Theme = z
  .object({
    id: ThemeId,
    title: z.string().min(3),
    keyQuestion: z.string().min(10).endsWith("?"),
    horizon: z.string().min(3),
    /** The horizon in days, counted from the briefing date. */
    horizonDays: z.number().int().min(7).max(1100),
    summary: prose(10),
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
    /**
     * What a theme about a border is about, when its factors' words are also said of things far
     * from one: an article bears on the theme only if a fact that fits a factor, with its own
     * security participant, also fits one of `patterns` ("a student smuggled a phone into an exam
     * hall", arrested by the police, is crime but nothing crosses a border). So does a theme about
     * some places' prisons, whose words are as true of a jailbreak in another country: the fact
     * must also be set in the theme's countries or involve its parties (`where`). `about` names it
     * in the reason printed for the article left unused.
     */
    topic: z
      .object({
        about: z.string().min(5),
        patterns: z.array(TopicPattern).min(1),
        /**
         * The patterns say only where the theme's facts happen or among whom: any fact that fits a
         * factor and a pattern keeps the article, whether or not its own sentence names who acted.
         */
        where: z.boolean().default(false),
      })
      .optional(),
    drivers: z.array(Factor).min(1),
    mitigators: z.array(Factor).default([]),
    judgments: z.array(JudgmentRule.extend({ baselineRationale: prose(10) })).min(1),
    scenarios: z.array(Scenario.extend({ description: prose(10) })).min(1),
    indicators: z.array(Watch).min(1),
    assumptions: z.array(z.string().min(3)).min(1),
  })
  .superRefine((theme, ctx) => {
    const ids = (list: { id: string }[]) => new Set(list.map((f) => f.id));
    const drivers = ids(theme.drivers);
    const mitigators = ids(theme.mitigators);
    for (const id of drivers) {
      if (mitigators.has(id))
        ctx.addIssue({
          code: "custom",
          path: ["mitigators"],
          message: `'${id}' is both a driver and a mitigator`,
        });
    }
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
      const weighed = new Set([...j.drivers, ...j.mitigators]);
      j.requires.groups.forEach((g, gi) => {
        g.factors.forEach((id, k) => {
          if (!weighed.has(id))
            ctx.addIssue({
              code: "custom",
              path: ["judgments", i, "requires", "groups", gi, "factors", k],
              message: `requires '${id}', which this judgment does not weigh`,
            });
        });
      });
    });
    const watches = [
      ...theme.scenarios.flatMap((s, si) =>
        s.signposts.map((w, wi) => [w, ["scenarios", si, "signposts", wi]] as const),
      ),
      ...theme.indicators.map((w, wi) => [w, ["indicators", wi]] as const),
    ];
    for (const [w, path] of watches)
      w.factors.forEach((id, k) => {
        if (!drivers.has(id) && !mitigators.has(id))
          ctx.addIssue({
            code: "custom",
            path: [...path, "factors", k],
            message: `refers to factor '${id}', which the theme does not define`,
          });
      });
  });

export type Pattern = z.infer<typeof Pattern>;
export type Factor = z.infer<typeof Factor>;
export type JudgmentRule = z.infer<typeof JudgmentRule>;
export type Watch = z.infer<typeof Watch>;
export type Theme = z.infer<typeof Theme>;
