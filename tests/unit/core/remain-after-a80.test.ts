import { describe, expect, it } from "vitest";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * A reading the blind analytic set 65 asked for (case 959: "about 2,000 US troops remain in Iraq
 * after the end of the coalition mission in September", against a committee's "no more than
 * 1,200" told six days later), in wording of its own.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const boxes = (first: string) =>
  conflictsOf(
    [
      paragraphsDocument(
        "Think tank on foreign forces in Iraq",
        [first, "The plan also foresees closing one more base in Syria by the end of 2027."],
        "Washington Institute for Near East Policy",
        "2027-02-02",
      ),
      paragraphsDocument(
        "Parliamentary committee on foreign forces",
        [
          "The Security and Defence Committee said on 8 February that no more than 1,500 US military personnel remain in Iraq, all of them in the Kurdistan Region.",
        ],
        "Iraqi News Agency",
        "2027-02-08",
      ),
    ],
    AT,
  )
    .filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => x.value).sort((x, y) => (x ?? 0) - (y ?? 0)));

describe("a count of those who remain after something dated in a month", () => {
  it("is a standing count as told, set against another told days later", () => {
    expect(
      boxes(
        "About 2,500 US troops remain in Iraq after the handover of the Ain al-Asad base in November 2026, most of them in Erbil.",
      ),
    ).toEqual([[1500, 2500]]);
  });

  it("keeps a count of that month, told as such, to that month", () => {
    expect(boxes("About 2,500 US troops were in Iraq in November 2026, most of them in Erbil.")).toEqual([]);
  });
});
