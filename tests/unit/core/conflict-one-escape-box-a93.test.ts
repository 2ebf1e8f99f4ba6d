import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * One escape, one box (set 8, case 149): a council summary tells of "the riot and breakout at the
 * prison" in its opening and gives "at least 25 detainees" escaped further down; the party that
 * runs the prison calls claims that dozens fled false and says nobody got out. The denial of the
 * breakout and the figure of none against 25 are one dispute between the same two articles, so the
 * box of figures joins the box of the denial even where the figure is told in another sentence of
 * the account than the one the denial was set against. Real extractor output of short texts.
 */

const AT = new Date("2026-03-20T12:00:00Z");
const council = (site = "the prison") =>
  sourceDocument(
    "Security Council briefed on Tal Tamr prison breakout",
    `The Security Council met on Monday to discuss the situation in northeast Syria after the riot and breakout at the central prison in Tal Tamr on the night of 3 March. Assistant Secretary-General Omar Lindqvist told the Council that at least 25 detainees escaped from ${site}, which holds about 1,900 men accused of ISIS membership some 20 kilometres from the Iraqi border. He added that three guards were wounded when detainees seized the gate.`,
    "UN Meetings Coverage and Press Releases",
    "2026-03-10",
  );
const command = sourceDocument(
  "SDF General Command statement on Tal Tamr prison",
  "The SDF General Command said the situation at the central prison in Tal Tamr was under control after a riot on the night of 3 March. Claims circulated by some outlets that dozens of detainees fled are false. Nobody got out, and every detainee has been counted by name, the statement said.",
  "SDF General Command press office",
  "2026-03-05",
);
const escapeBoxes = (site?: string) =>
  assess(themeFixture("isis-prison-escape"), [council(site), command], AT).conflicts.filter((c) =>
    c.claims.some((x) => x.articleId === command.article.id && x.stance === "denies"),
  );

describe("conflicts: a breakout denied and its figure of none are one box", () => {
  it("holds the council's breakout and its 25 against the command's denial and its none", () => {
    const [box, ...rest] = escapeBoxes();
    expect(rest).toEqual([]);
    expect(
      box?.claims
        .map((x) => `${x.articleId === command.article.id ? "command" : "council"}#${x.sentence}`)
        .sort(),
    ).toEqual(["command#1", "command#2", "council#0", "council#1"]);
  });

  it("keeps the wounded guards, another matter of the same articles, in a box of their own", () => {
    const hurt = sourceDocument(
      "SDF General Command statement on Tal Tamr prison",
      "The SDF General Command said the situation at the central prison in Tal Tamr was under control after a riot on the night of 3 March. Claims circulated by some outlets that dozens of detainees fled are false. Nobody got out, and every detainee has been counted by name, the statement said. One guard was lightly wounded during the riot.",
      "SDF General Command press office",
      "2026-03-05",
    );
    const boxes = assess(themeFixture("isis-prison-escape"), [council(), hurt], AT).conflicts;
    const wounded = boxes.filter((c) => c.claims.some((x) => x.value === 3));
    expect(wounded.map((c) => c.claims.map((x) => x.value).sort())).toEqual([[1, 3]]);
    expect(boxes.filter((c) => c.claims.some((x) => x.value === 25)).map((c) => c.claims.length)).toEqual([
      4,
    ]);
  });
});
