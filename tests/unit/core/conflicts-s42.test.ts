import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicting reporting, on short texts written for these tests: a talk show's speaker labels, a
 * fact-check's claim and verdict, a denial that points back with a pronoun, a court report's
 * prosecution and defence, armed protection paid for against "no armed groups operate", and a
 * stretch of border without a wall against a wall said complete.
 */

const AT = new Date("2026-12-12T12:00:00Z");
/** The sentence pairs (article#sentence, sorted) each conflict of the assessment sets against each other. */
const pairs = (a: Assessment) =>
  a.conflicts.map((c) => [...new Set(c.claims.map((x) => `${x.articleId}#${x.sentence}`))].sort());
const has = (a: Assessment, ...keys: string[]) => pairs(a).some((p) => keys.every((k) => p.includes(k)));

describe("a denial that points back with a pronoun, in a transcript", () => {
  const show = paragraphsDocument(
    "Evening panel",
    [
      "Presenter: Welcome to the programme, where we discuss the desert road tonight.",
      "Samir Haddad: On Tuesday, farmers showed me pictures of the ISIS banner hung on the water tower of Al-Sukhnah for a whole morning.",
      "Presenter: The governor of Homs denied that this evening and said the pictures were taken last year.",
      "Samir Haddad: ISIS cells move between Jabal al-Bishri and the villages east of Al-Sukhnah and set up checkpoints on the road at night.",
    ],
    "Panel TV",
    "2026-12-10",
  );
  it("sets the labelled speaker's account against the governor's denial", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [show], AT);
    expect(has(a, `${show.article.id}#1`, `${show.article.id}#2`)).toBe(true);
  });
  it("reads no pointing back in 'denied that the banner was hung' (a clause, not a pronoun)", () => {
    const plain = paragraphsDocument(
      "Evening panel",
      [
        "Samir Haddad: On Tuesday, farmers showed me pictures of the ISIS banner hung on the water tower of Al-Sukhnah.",
        "Presenter: The governor said the road to Palmyra reopened and denied that tourists were turned back.",
      ],
      "Panel TV",
      "2026-12-10",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [plain], AT);
    expect(has(a, `${plain.article.id}#0`, `${plain.article.id}#1`)).toBe(false);
  });
});

describe("a fact-check's claim and its verdict", () => {
  it("are two accounts of one article", () => {
    const check = paragraphsDocument(
      "Fact-check",
      [
        "Claim: A clip posted on Telegram shows militants smuggling 200 rifles across the border from Syria into Iraq at the Al-Qaim crossing this week.",
        "Verdict: False; the clip was recorded in 2018 in Yemen and shows rifles at a market.",
      ],
      "Checker",
      "2026-12-06",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [check], AT);
    expect(has(a, `${check.article.id}#0`, `${check.article.id}#1`)).toBe(true);
  });
});

describe("a court report's prosecution and defence", () => {
  const court = paragraphsDocument(
    "Court report",
    [
      "The criminal court on Sunday began hearing the case of five men accused of smuggling 800,000 Captagon pills from Syria into Jordan near the Jaber crossing.",
      "According to the indictment, a patrol stopped the men on the night of 2 October and gunmen escorting the load opened fire on the soldiers.",
      "Lawyer Hani Saleh told the judges that his clients were drivers hired for the night and that no shot was fired by any of them.",
    ],
    "Amman Daily",
    "2026-12-01",
  );
  it("sets the shots the indictment tells of against the defence's 'no shot was fired', weeks apart in one article", () => {
    const a = assess(themeFixture("cross-border-smuggling"), [court], AT);
    expect(has(a, `${court.article.id}#1`, `${court.article.id}#2`)).toBe(true);
  });
});

describe("armed protection paid for, against no armed groups on that side", () => {
  it("sets 'pays an armed group for protection' against 'no armed groups operate'", () => {
    const court = paragraphsDocument(
      "Court report",
      [
        "The criminal court heard the case of five men accused of smuggling 800,000 Captagon pills from Syria into Jordan.",
        "An officer told the court that the gang pays a local armed faction for protection on the Syrian side of the border.",
      ],
      "Amman Daily",
      "2026-12-01",
    );
    const ministry = paragraphsDocument(
      "Statement",
      [
        "The ministry seized 300,000 Captagon pills in Daraa near the border with Jordan.",
        "The ministry affirms that no armed groups operate on the Syrian side of the border with Jordan.",
      ],
      "Ministry",
      "2026-12-04",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [court, ministry], AT);
    expect(has(a, `${court.article.id}#1`, `${ministry.article.id}#1`)).toBe(true);
  });
});

describe("a stretch of border with no wall, against a wall said complete", () => {
  it("reads 'the trench has not yet been matched by a wall' as a gap", () => {
    const roundup = paragraphsDocument(
      "Weekly",
      [
        "Around 20 armed men crossed from Syria into Iraq near Al-Baaj on the night of 3 December, according to local sources.",
        "Local officials said they crossed along a section where the trench has not yet been matched by a concrete wall.",
      ],
      "Consultancy",
      "2026-12-09",
    );
    const state = paragraphsDocument(
      "Border",
      [
        "The Border Forces Command denied on Monday that armed men had crossed from Syria into Nineveh near Al-Baaj.",
        "The commander said the concrete wall along the Al-Baaj sector was completed in the summer.",
      ],
      "State Agency",
      "2026-12-07",
    );
    const a = assess(themeFixture("border-fortification"), [roundup, state], AT);
    expect(has(a, `${roundup.article.id}#1`, `${state.article.id}#1`)).toBe(true);
  });
});
