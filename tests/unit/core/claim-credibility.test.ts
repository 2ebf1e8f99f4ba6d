import { describe, expect, it } from "vitest";
import { claimCredibility } from "../../../src/core/sources/admiralty.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { ConflictClaim } from "../../../src/core/themes/assessment.js";
import { weighClaims } from "../../../src/core/themes/conflicts.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2025-03-05T12:00:00Z");
const theme = themeFixture("isis-prison-escape");
const doc = (title: string, text: string, outlet: string) =>
  sourceDocument(title, text, outlet, "2025-03-01");

const monitorReport = doc(
  "Detainees escape after attack on Hasakah prison",
  "Islamic State fighters attacked the Ghwayran prison in Hasakah on Sunday, and several detainees escaped into nearby neighbourhoods, the Syrian Observatory for Human Rights said.",
  "Syrian Observatory for Human Rights",
);
const wire = doc(
  "Escape from Ghwayran prison",
  "Several detainees escaped from the Ghwayran prison in Hasakah on Sunday after Islamic State fighters attacked it, Kurdish officials told Reuters.",
  "Reuters",
);
const denial = doc(
  "SDF denies escape from Ghwayran prison",
  "The Syrian Democratic Forces denied that any detainees escaped from the Ghwayran prison in Hasakah on Sunday.",
  "Syrian Democratic Forces",
);

describe("credibility is the claim's, not the factor's", () => {
  it("grades a contradicted claim by its standing against the other side, never as confirmed or probably true", () => {
    expect(claimCredibility(2, "B", null)).toBe(2);
    expect(claimCredibility(3, "B", "stronger")).toBe(3);
    expect(claimCredibility(1, "F", "stronger")).toBe(6);
    expect(claimCredibility(2, "B", "even")).toBe(4);
    expect(claimCredibility(3, "A", "weaker")).toBe(5);
  });

  it("prints one grade for a sentence wherever it appears, and a disputed one is neither 1 nor 2", () => {
    const a = assess(theme, [monitorReport, wire, denial], AT);
    const box = a.conflicts.find((c) => c.kind === "denial");
    expect(box).toBeDefined();
    const inEvidence = new Map<string, Set<string>>();
    for (const f of a.factors)
      for (const e of f.evidence) inEvidence.set(e.key, (inEvidence.get(e.key) ?? new Set()).add(e.grade));
    for (const claim of box?.claims ?? []) {
      expect(claim.grade, claim.text).toMatch(/^[A-F][3-6]$/);
      const listed = inEvidence.get(claim.key);
      if (listed) expect([...listed], claim.text).toEqual([claim.grade]);
    }
    for (const grades of inEvidence.values()) expect(grades.size).toBe(1);
    // The denial, one party's word against two independent sources, is the weaker side: improbable.
    const denied = box?.claims.find((c) => c.stance === "denies");
    expect(denied?.grade).toMatch(/5$/);
  });

  it("grades a claim corroborated by another source anywhere, but calls a factor corroborated only when two sources carry it", () => {
    const alone = assess(theme, [monitorReport], AT);
    expect(alone.factors.some((f) => f.corroborated)).toBe(false);
    const two = assess(theme, [monitorReport, wire], AT);
    const cited = two.factors
      .flatMap((f) => f.evidence)
      .filter((e) => e.articleId === monitorReport.article.id);
    expect(cited.length).toBeGreaterThan(0);
    for (const e of cited) expect(e.grade).toBe("C2");
    for (const f of two.factors) if (f.sources < 2) expect(f.corroborated, f.id).toBe(false);
  });
});

describe("the conflict box's line compares grades as they are", () => {
  const claim = (key: string, source: string): ConflictClaim => ({
    key,
    articleId: key,
    sentence: 0,
    text: "",
    source,
    grade: "",
    date: null,
    stance: "figure",
  });
  const report = (key: string, reliability: "B" | "C" | "D" | "F", party = false) =>
    [key, { key, sourceKey: key, grade: { reliability, party } } as unknown as Report] as const;

  it("does not call a B and a C source of similar grade: the B account is better supported", () => {
    const reports = new Map([report("ap", "B"), report("asayish", "C")]);
    const line = weighClaims(
      [
        ["account that 17 escaped", [claim("ap", "Associated Press")]],
        ["account that none escaped", [claim("asayish", "Asayish")]],
      ],
      reports,
    );
    expect(line).not.toMatch(/similar grade/);
    expect(line).toMatch(
      /^The account that 17 escaped is better supported: its source is graded more reliable \(B, usually reliable, against C, fairly reliable\)\.$/,
    );
  });

  it("does not call a source whose reliability cannot be judged (F) graded more reliable than a D source", () => {
    const reports = new Map([report("abstract", "F"), report("state-media", "D")]);
    const line = weighClaims(
      [
        ["account that attacks rose", [claim("abstract", "a conference abstract")]],
        ["account that attacks fell", [claim("state-media", "SANA")]],
      ],
      reports,
    );
    expect(line).not.toMatch(/graded more reliable/);
    expect(line).toBe(
      "The account that attacks rose is the less doubtful, though not well supported: the source of the account that attacks fell is graded not usually reliable (D), while the reliability of the other source cannot be judged (F).",
    );
  });

  it("keeps 'of similar grade' for sources of one grade, and names what offsets a better grade", () => {
    const same = new Map([report("a", "C"), report("b", "C")]);
    expect(
      weighClaims(
        [
          ["first", [claim("a", "A")]],
          ["second", [claim("b", "B")]],
        ],
        same,
      ),
    ).toMatch(/of similar grade/);
    const offset = new Map([report("a", "B"), report("b", "C"), report("c", "C")]);
    const line = weighClaims(
      [
        ["first", [claim("a", "A")]],
        ["second", [claim("b", "B"), claim("c", "C")]],
      ],
      offset,
    );
    expect(line).toMatch(
      /^Neither account is clearly better supported: the source of the first is graded more reliable \(B against C\), but the second is carried by 2 independent sources/,
    );
  });
});
