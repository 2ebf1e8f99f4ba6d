import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Two tolls of one clash on Jordan's frontier (set 69's 1010, in wording of its own): an army's
 * "killed six smugglers ... on the northern border with Syria" names only the country across the
 * line, and a local network's "four youths from a hamlet in the southern countryside of Daraa were
 * killed by Jordanian fire" names a place of that country and tells who the dead were in a chain of
 * phrases before its verb. A country holds its places, and the phrases say who was counted, so the
 * two tolls of one day are set side by side. Real extractor output of short texts.
 */

const AT = new Date("2026-03-10T12:00:00Z");
const army = () =>
  sourceDocument(
    "Army kills six smugglers",
    `The army said its troops killed six smugglers in a clash on the northern border with Syria before dawn on 3 March. The smugglers fled back across the border, leaving 800,000 Captagon pills behind.`,
    "Al-Mamlaka (Jordanian television)",
    "2026-03-04",
  );
const network = (when: string, lead = "") =>
  sourceDocument(
    "Four youths killed near the Jordanian border",
    `${lead}Four youths from a hamlet in the southern countryside of Daraa were killed by Jordanian fire near the frontier${when}, relatives told Horan Free Network. Their funeral will be held on Friday.`,
    "Horan Free Network (local news network)",
    "2026-03-04",
  );
const tollBoxes = (docs: ReturnType<typeof sourceDocument>[]) =>
  assess(themeFixture("cross-border-smuggling"), docs, AT)
    .conflicts.filter((c) => c.kind === "figures")
    .map((c) => c.claims.map((x) => [x.articleId, x.value]));

describe("conflicts: a toll told of a country's border against a toll told of a place of it", () => {
  it("sets the army's six dead against the network's four of the same day", () => {
    const a = army();
    const b = network(" on 3 March");
    expect(tollBoxes([a, b])).toEqual([
      [
        [a.article.id, 6],
        [b.article.id, 4],
      ],
    ]);
  });

  it("does not set a toll of another day against it", () => {
    expect(tollBoxes([army(), network(" on 27 February")])).toEqual([]);
  });

  it("does not set a toll told of a place of another country against it", () => {
    const iraqi = sourceDocument(
      "Four youths killed near the Iraqi border",
      "Four youths from a hamlet in the countryside of Al-Qaim were killed by border guard fire near the frontier on 3 March, relatives told Horan Free Network.",
      "Horan Free Network (local news network)",
      "2026-03-04",
    );
    expect(tollBoxes([army(), iraqi])).toEqual([]);
  });

  it("does not set a toll told of last month against it", () => {
    expect(tollBoxes([army(), network("", "Last month, ")])).toEqual([]);
  });
});
