import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A statement that answers reports with its own account of the event, told as "what happened",
 * repeating neither the day nor the place: "What happened was a failed attempt by three gunmen to
 * approach the wall, and all three were killed" against a border force's "Six infiltrators were
 * killed" on the night it dates. The account told as what happened is of the event the reports
 * tell; the same words told as a plain statement, with no day or place, are of no event a box can
 * name. Real extractor output of short texts.
 */

const AT = new Date("2026-10-12T12:00:00Z");
const theme = themeFixture("border-fortification");
const orders = sourceDocument(
  "Weekly orders of the 2nd Region",
  "Orders of the week for the units of the 2nd Region of the Border Forces. Item 1: On the night of 3 October a group of about 20 armed militants crossed the border strip from Syria west of Rutba and was engaged by the 5th Battalion. Item 2: Six infiltrators were killed and two were arrested in the pursuit, while the rest withdrew towards the Syrian side.",
  "Iraqi Border Forces Command, 2nd Region (published orders)",
  "2026-10-06",
);
const statement = (account: string) =>
  sourceDocument(
    "MP statement on border reports",
    `The office of a member of parliament issued the following statement on reports circulating in some media outlets. No breach of the line occurred, and the tribes who guard it with the army would have known at once. ${account} The wall and the trench have closed the desert for the first time.`,
    "Office of a member of the Council of Representatives (press statement)",
    "2026-10-07",
  );
const tolls = (account: string) =>
  assess(theme, [orders, statement(account)], AT).conflicts.filter((c) =>
    c.claims.some((x) => x.value === 6),
  );

describe("conflicts: an account told as what happened, against the reports it answers", () => {
  it("sets the statement's three killed against the orders' six", () => {
    const boxes = tolls(
      "What happened was a failed attempt by three gunmen to approach the wall, and all three were killed by the army before they reached it.",
    );
    expect(boxes.map((c) => c.claims.map((x) => x.value))).toEqual([[6, 3]]);
  });

  it("does not place a plain statement with no day or place at the reported event", () => {
    expect(
      tolls(
        "A failed attempt by three gunmen to approach the wall ended when all three were killed by the army before they reached it.",
      ),
    ).toEqual([]);
  });

  it("does not box an account of what happened that gives the same toll", () => {
    expect(
      tolls(
        "What happened was a failed attempt by six gunmen to approach the wall, and all six were killed by the army before they reached it.",
      ),
    ).toEqual([]);
  });
});
