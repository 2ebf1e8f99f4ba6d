import { describe, expect, it } from "vitest";
import { newArticle } from "../../../src/core/articles/article.js";
import { ValidationError } from "../../../src/core/errors.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { gradeSource } from "../../../src/core/sources/outlets.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import {
  BriefingOverrides,
  type BriefingOverridesInput,
  checkOverrides,
} from "../../../src/core/themes/overrides.js";
import type { SourceDocument } from "../../../src/core/themes/reports.js";
import { corpusText } from "../../support/corpus.js";
import { themeFixture } from "../../support/themes.js";

/** An analyst's overrides, applied as a thin layer over the machine's assessment of the reference article. */

const theme = themeFixture("isis-prison-escape");
const AT = new Date("2025-01-20T12:00:00Z");
const title = "Iraq fortifies its Syrian border after the fall of Assad";
const article = newArticle(
  { title, text: corpusText(), publishedAt: "2025-01-14", source: "Reuters" },
  new Date("2025-01-15T00:00:00Z"),
);
const reference: SourceDocument = {
  article,
  facts: extractFacts({
    id: article.id,
    title,
    text: corpusText(),
    publishedAt: "2025-01-14",
    source: "Reuters",
  }),
  grade: gradeSource("Reuters", new Map()),
};
const machine = assess(theme, [reference], AT);
const overrides = (o: BriefingOverridesInput) => BriefingOverrides.parse(o);
const steered = (o: BriefingOverridesInput) => assess(theme, [reference], AT, overrides(o));
const factor = (a: Assessment, id: string) => {
  const f = a.factors.find((x) => x.id === id);
  if (!f) throw new Error(`no factor ${id}`);
  return f;
};
const judged = machine.judgments.find((j) => j.probability !== null);
const cited = machine.factors.find((f) => f.evidence.length > 0 && f.effect !== 0);

describe("overrides: the machine's assessment without them is untouched", () => {
  it("carries no override fields when none are given, or when the lists are empty", () => {
    expect(JSON.stringify(machine)).not.toMatch(/"override|"overrides"|"excluded"|"movedFrom"/);
    expect(steered({})).toEqual(machine);
  });
  it("the reference article gives at least one judgment and one cited factor to steer", () => {
    expect(judged).toBeDefined();
    expect(cited).toBeDefined();
  });
});

describe("overrides: exclusions and moves act before the factors are scored", () => {
  it("a sentence excluded from a factor is no longer cited under it and the factor's effect is recomputed", () => {
    if (!cited) throw new Error("no cited factor");
    const key = cited.evidence[0]?.key ?? "";
    const a = steered({ exclude: [{ sentence: key, factor: cited.id }] });
    const after = factor(a, cited.id);
    expect(after.evidence.map((e) => e.key)).not.toContain(key);
    expect(after.excluded).toEqual([key]);
    if (cited.evidence.length === 1) expect(after.effect).toBe(0);
    for (const j of a.judgments)
      expect(j.factors.find((f) => f.id === cited.id)?.evidence ?? []).not.toContain(key);
    expect(a.overrides?.exclude).toEqual([{ sentence: key, factor: cited.id }]);
  });

  it("a sentence moved to another factor is cited there, marked with the factor the machine had it under", () => {
    if (!cited) throw new Error("no cited factor");
    const key = cited.evidence[0]?.key ?? "";
    const to = [...theme.drivers, ...theme.mitigators].find((f) => f.id !== cited.id)?.id ?? "";
    const a = steered({ move: [{ sentence: key, to }] });
    expect(factor(a, cited.id).evidence.map((e) => e.key)).not.toContain(key);
    const moved = factor(a, to).evidence.find((e) => e.key === key);
    expect(moved?.movedFrom).toBe(cited.id);
  });
});

describe("overrides: grades and judgments", () => {
  it("a source regraded for the briefing is weighed by the analyst's grade, with the machine's kept", () => {
    const a = steered({ grades: [{ articleId: article.id, reliability: "E", reason: "partisan outlet" }] });
    const s = a.sources[0];
    expect(s?.reliability).toBe("E");
    expect(s?.override).toEqual({
      reliability: machine.sources[0]?.reliability,
      reason: machine.sources[0]?.reason,
    });
    expect(s?.reason).toContain("partisan outlet");
    const weights = a.factors.flatMap((f) => f.evidence.map((e) => e.weight));
    const before = machine.factors.flatMap((f) => f.evidence.map((e) => e.weight));
    expect(weights.reduce((x, y) => x + y, 0)).toBeLessThan(before.reduce((x, y) => x + y, 0));
    expect(a.factors.flatMap((f) => f.evidence).every((e) => e.reliability === "E")).toBe(true);
  });

  it("a judgment set by the analyst takes the analyst's probability and term, and keeps the machine's beside it", () => {
    if (!judged) throw new Error("no judgment");
    const a = steered({
      judgments: [{ id: judged.id, probability: 0.12, reason: "SDF reinforced the camp" }],
    });
    const j = a.judgments.find((x) => x.id === judged.id);
    expect(j).toMatchObject({ probability: 0.12, likelihood: "very unlikely", range: "5–20%" });
    expect(j?.override).toEqual({
      machine: {
        probability: judged.probability,
        likelihood: judged.likelihood,
        range: judged.range,
        reasons: judged.reasons,
      },
      reason: "SDF reinforced the camp",
    });
    // The factors and confidence are the machine's: the analyst changed the number, not the evidence.
    expect(j?.factors).toEqual(judged.factors);
    expect(j?.confidence).toEqual(judged.confidence);
  });
});

describe("overrides: checked against the theme and the sources", () => {
  const issues = (o: BriefingOverridesInput) => {
    try {
      checkOverrides(theme, [reference], overrides(o));
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return ((e as ValidationError).details.errors as { path: string }[]).map((x) => x.path);
    }
  };
  it("names each unknown factor, judgment, article and sentence", () => {
    expect(
      issues({
        exclude: [{ sentence: `${article.id}#9999`, factor: "no-such-factor" }],
        move: [{ sentence: `0123456789abcdef#1`, to: "sdf-control" }],
        grades: [{ articleId: "0123456789abcdef", reliability: "B" }],
        judgments: [{ id: "no-such-judgment", probability: 0.5, reason: "because" }],
      }),
    ).toEqual([
      "overrides.exclude.0.sentence",
      "overrides.exclude.0.factor",
      "overrides.move.0.sentence",
      "overrides.grades.0.articleId",
      "overrides.judgments.0.id",
    ]);
  });
  it("refuses the same override given twice and accepts a sound set", () => {
    if (!judged || !cited) throw new Error("nothing to steer");
    const j = { id: judged.id, probability: 0.5, reason: "x" };
    expect(issues({ judgments: [j, j] })).toEqual(["overrides.judgments.1.id"]);
    expect(
      issues({ judgments: [j], exclude: [{ sentence: cited.evidence[0]?.key ?? "", factor: cited.id }] }),
    ).toEqual([]);
  });
  it("requires a non-empty reason for a judgment override", () => {
    const r = BriefingOverrides.safeParse({
      judgments: [{ id: "mass-escape", probability: 0.5, reason: "  " }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["judgments", 0, "reason"]);
  });
});
