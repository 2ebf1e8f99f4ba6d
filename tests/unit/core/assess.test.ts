import { describe, expect, it } from "vitest";
import { newArticle } from "../../../src/core/articles/article.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { gradeSource } from "../../../src/core/sources/outlets.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import type { SourceDocument } from "../../../src/core/themes/reports.js";
import { Theme } from "../../../src/core/themes/theme.js";
import { themeFixture } from "../../support/themes.js";

/** The assessment on real extractor output: relevance, sufficiency, time, conflicts and grades. */

const theme = themeFixture("isis-prison-escape");

function source(title: string, text: string, outlet: string, publishedAt = "2025-03-01"): SourceDocument {
  const article = newArticle({ title, text, publishedAt, source: outlet }, new Date("2025-03-02T00:00:00Z"));
  return {
    article,
    facts: extractFacts({ id: article.id, title, text, publishedAt, source: outlet }),
    grade: gradeSource(outlet, new Map()),
  };
}

const judgment = (a: Assessment, id: string) => {
  const j = a.judgments.find((x) => x.id === id);
  if (!j) throw new Error(`no judgment ${id}`);
  return j;
};
const citedUnder = (a: Assessment, articleId: string) =>
  a.factors.flatMap((f) =>
    f.evidence.filter((e) => e.articleId === articleId).map(() => `${f.role}:${f.id}`),
  );

const AT = new Date("2025-03-05T12:00:00Z");

const football = source(
  "Iraq edge Syria in Basra qualifier",
  "Iraq beat Syria 2-1 in a World Cup qualifier in Basra on Friday. The striker broke through the defensive wall in the second half. The coach said the team had attacked well and would travel to Amman next week.",
  "Agence France-Presse",
);

const escapeReport = source(
  "Detainees escape after attack on Hasakah prison",
  "Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday, and several detainees escaped into nearby neighbourhoods, the Syrian Observatory for Human Rights said. The Syrian Democratic Forces sent reinforcements to the prison.",
  "Syrian Observatory for Human Rights",
);

const denial = source(
  "SDF denies escape from Ghwayran prison",
  "The Syrian Democratic Forces denied that any detainees escaped from the Ghwayran prison in Hasakah on Sunday. SDF units retained full control of the prison, a spokesman said.",
  "Syrian Democratic Forces",
);

describe("assess: relevance is structural", () => {
  it("gives no judgment, and lists the article as not used, when nothing bears on the question", () => {
    const a = assess(theme, [football], AT);
    for (const j of a.judgments) {
      expect(j.probability).toBeNull();
      expect(j.likelihood).toBeNull();
      expect(j.confidence).toBeNull();
      expect(j.reasons.join(" ")).toMatch(/does not address/);
    }
    expect(a.unused.map((u) => u.articleId)).toEqual([football.article.id]);
    expect(a.factors.every((f) => f.evidence.length === 0)).toBe(true);
  });

  it("does not count a riot breaking through a prison's internal walls as Iraq's border defences", () => {
    const riot = source(
      "Riot at Hasakah prison",
      "Inmates rioted at the Ghwayran prison in Hasakah on Saturday, breaking through internal walls and setting fire to blankets. Guards regained control after six hours.",
      "Associated Press",
    );
    const a = assess(theme, [riot], AT);
    expect(citedUnder(a, riot.article.id)).not.toContain("mitigator:iraqi-border-defences");
    expect(citedUnder(a, riot.article.id)).toContain("driver:prison-attacks");
  });

  it("counts repatriations from Al-Hol as a mitigator only, never as a driver", () => {
    const repatriation = source(
      "Iraq repatriates families from Al-Hol",
      "Iraq repatriated 650 people from the Al-Hol camp to the Jeddah-1 camp in Nineveh on Tuesday, the Ministry of Migration said.",
      "Iraqi News Agency",
    );
    const a = assess(theme, [repatriation], AT);
    const roles = citedUnder(a, repatriation.article.id);
    expect(roles).toContain("mitigator:repatriation");
    expect(roles.filter((r) => r.startsWith("driver:"))).toEqual([]);
  });

  it("cites a sentence at most once per judgment, under the factor it fits best", () => {
    const a = assess(theme, [escapeReport, denial], AT);
    for (const j of a.judgments) {
      const keys = j.factors.flatMap((f) => f.evidence);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("assess: conflicts, grades and confidence", () => {
  it("sets a report of escapes against its denial, with each source's grade and an analytic line", () => {
    const a = assess(theme, [escapeReport, denial], AT);
    const conflict = a.conflicts.find((c) => c.kind === "denial");
    expect(conflict).toBeDefined();
    const stances = conflict?.claims.map((c) => [c.source, c.stance]);
    expect(stances).toContainEqual(["Syrian Observatory for Human Rights", "asserts"]);
    expect(stances).toContainEqual(["Syrian Democratic Forces", "denies"]);
    expect(conflict?.claims.every((c) => /^[A-F][1-6]$/.test(c.grade))).toBe(true);
    expect(conflict?.analysis).toMatch(/better supported/);
    // The denial is not counted as if it reported an escape.
    const escapes = a.factors.find((f) => f.id === "escape-reported")?.evidence ?? [];
    expect(escapes.map((e) => e.articleId)).not.toContain(denial.article.id);
  });

  it("grades known outlets from the registry and unknown ones F, and lets the article's own grade win", () => {
    expect(gradeSource("Reuters", new Map()).reliability).toBe("B");
    expect(gradeSource("SOHR", new Map()).reliability).toBe("C");
    expect(gradeSource("SANA", new Map()).reason).toMatch(/state media/);
    expect(gradeSource("Desert Dispatch Blog", new Map()).reliability).toBe("F");
    expect(gradeSource("Reuters", new Map([["reuters", "A"]])).reliability).toBe("A");
    expect(gradeSource("Reuters", new Map(), "D").reliability).toBe("D");
  });

  it("reaches high confidence with three reliable, independent, recent sources that agree", () => {
    const text = (n: string) =>
      `Turkish drones struck Syrian Democratic Forces positions near Hasakah on Sunday, killing four fighters, ${n} reported. Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday, and several detainees escaped.`;
    const wires = ["Reuters", "Associated Press", "Agence France-Presse"].map((o) =>
      source(`Strikes on SDF (${o})`, text(o), o),
    );
    const j = judgment(assess(theme, wires, AT), "mass-escape");
    expect(j.probability).not.toBeNull();
    expect(j.confidence?.level).toBe("high");
    const one = judgment(assess(theme, [wires[0] as SourceDocument], AT), "mass-escape");
    expect(one.confidence?.level).not.toBe("high");
    expect(j.probability ?? 0).toBeGreaterThan(one.probability ?? 1);
  });
});

describe("assess: time", () => {
  it("weighs reporting by its age on the briefing date and flags reporting older than the horizon", () => {
    const fresh = assess(theme, [escapeReport], AT);
    const later = assess(theme, [escapeReport], new Date("2030-03-05T12:00:00Z"));
    const p = (a: Assessment) => judgment(a, "mass-escape").probability ?? 0;
    const base = judgment(fresh, "mass-escape").baseRate;
    expect(fresh.stale).toBe(false);
    expect(later.stale).toBe(true);
    expect(judgment(later, "mass-escape").stale).toBe(true);
    expect(Math.abs(p(later) - base)).toBeLessThan(Math.abs(p(fresh) - base));
    expect(judgment(later, "mass-escape").confidence?.reasons.join(" ")).toMatch(/older than the .*horizon/);
  });
});

describe("theme schema", () => {
  const base = themeFixture("isis-prison-escape");
  it("refuses a factor pattern that only has words", () => {
    const bad = structuredClone(base) as unknown as { drivers: { evidence: unknown[] }[] };
    (bad.drivers[0] as { evidence: unknown[] }).evidence = [{ kinds: ["event"], words: ["escape"] }];
    expect(Theme.safeParse(bad).success).toBe(false);
  });

  it("refuses figures in fixed theme prose, which the sources could contradict", () => {
    const bad = { ...structuredClone(base), summary: "Some 9,000 ISIS fighters are held in SDF prisons." };
    const result = Theme.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/figure/);
  });

  it("refuses a requirement on a factor the judgment does not weigh", () => {
    const bad = structuredClone(base);
    (bad.judgments[1] as { requires: { groups: { factors: string[]; about: string }[] } }).requires.groups = [
      { factors: ["repatriation"], about: "something else" },
    ];
    expect(Theme.safeParse(bad).success).toBe(false);
  });
});
