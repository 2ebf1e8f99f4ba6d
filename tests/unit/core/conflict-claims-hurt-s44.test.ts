import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * "None of the guards was hurt" denies a guard killed as well as one wounded; "five smugglers and a
 * border guard were killed" counts the guard as one of the forces' dead. Together they make the
 * conflict of two accounts of one clash: no guard harmed, or one killed.
 */

const AT = new Date("2026-12-14T12:00:00Z");
const BASE = collectReports([
  sourceDocument(
    "Border clash",
    "Militants attacked a border post near Al-Qaim on 20 November.",
    "Reuters",
    "2026-11-20",
  ),
])[0];
const readBare = (text: string) =>
  BASE ? claimsOf([{ ...BASE, sentenceText: text, text }]).map((f) => [f.kind, f.lo, f.hi]) : [];
const read = (text: string) =>
  claimsOf(collectReports([sourceDocument("A report", text, "Reuters", "2026-11-20")])).map((f) => [
    f.kind,
    f.lo,
    f.hi,
  ]);

describe("claim reader: 'none of the guards was hurt'", () => {
  it("reads no guard hurt as none of the forces killed and none wounded", () => {
    expect(readBare("The official, who asked not to be named, said none of the guards was hurt.")).toEqual([
      ["killed:forces", 0, 0],
      ["wounded:forces", 0, 0],
    ]);
  });

  it("reads 'nobody was hurt', naming no side, as no wounded only", () => {
    expect(readBare("Nobody was hurt.")).toEqual([["wounded:", 0, 0]]);
    expect(readBare("Our guards did not fire, and none of our staff was hurt.")).toEqual([
      ["wounded:", 0, 0],
    ]);
  });

  it("keeps 'no soldier was wounded' a toll of the wounded only", () => {
    expect(readBare("No soldier was wounded in the exchange.")).toEqual([["wounded:forces", 0, 0]]);
  });
});

describe("claim reader: one of a side joined to a toll by 'a'", () => {
  it("reads 'five smugglers and a border guard were killed' as five smugglers and one of the forces", () => {
    expect(
      read("Five smugglers and a border guard were killed in an armed clash near Al-Qaim on 20 November."),
    ).toEqual([
      ["killed:smugglers", 5, 5],
      ["killed:forces", 1, 1],
    ]);
  });

  it("reads 'two soldiers and a policeman were wounded' as one of the forces wounded", () => {
    expect(read("Two soldiers and a policeman were wounded near Al-Qaim on 20 November.")).toContainEqual([
      "wounded:forces",
      1,
      1,
    ]);
  });

  it("reads no one of 'a' without a plural verb ('two smugglers and a truck was seized')", () => {
    expect(
      read("Two smugglers were arrested and a truck was seized near Al-Qaim on 20 November."),
    ).not.toContainEqual(expect.arrayContaining(["killed:forces"]));
  });
});

describe("conflict: no guard hurt against a guard killed in the same clash", () => {
  it("sets the wire's 'none of the guards was hurt' against the local paper's guard killed", () => {
    const wire = sourceDocument(
      "Iraqi guards kill two smugglers near Al-Qaim",
      "Iraqi border guards killed two smugglers in a clash near the western town of Al-Qaim on the border with Syria, an Iraqi security official said on Saturday. The smugglers opened fire on a border patrol after it stopped a convoy of three pickup trucks coming from the Syrian side at dawn on Friday, the official said. The official, who asked not to be named, said none of the guards was hurt.",
      "Xinhua",
      "2026-12-05",
    );
    const local = sourceDocument(
      "Clash at Al-Qaim",
      "Five smugglers and a border guard were killed in an armed clash near Al-Qaim at dawn on Friday, a source in the Border Forces Command told Baghdad Today. The source said the smugglers belonged to a network protected by an armed faction on the Syrian side.",
      "Baghdad Today",
      "2026-12-05",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [wire, local], AT);
    const denial = a.conflicts.find((c) =>
      c.claims.some((k) => k.articleId === wire.article.id && k.sentence === 2),
    );
    expect(
      denial?.claims.map((k) => [k.articleId === wire.article.id ? "wire" : "local", k.sentence]),
    ).toEqual(
      expect.arrayContaining([
        ["wire", 2],
        ["local", 0],
      ]),
    );
  });
});
