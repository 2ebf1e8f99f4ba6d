import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, case 939): a person said to have "no link to the smugglers" is told innocent
 * of the trade; the sentence reports no smuggling, and denies none. Other wordings than the fixture's.
 */

const smuggling = (text: string) =>
  extract(text).facts.filter((f) => f.kind === "threat" && f.tags?.includes("smuggling"));

describe("no link to the smugglers", () => {
  it("reads no smuggling threat, asserted or denied, in a person's having no ties to smugglers", () => {
    for (const text of [
      "Three men died in the shooting near Jaber, one of them a truck driver with no ties to the traffickers, his brother said.",
      "A farmer who had no connection with the smugglers was among the wounded, villagers said.",
    ])
      expect(smuggling(text), text).toEqual([]);
  });

  it("still reads smugglers who move pills across the border", () => {
    expect(
      smuggling("Smugglers with links to the militias move pills across the border near Jaber every week.")
        .length,
    ).toBeGreaterThan(0);
  });
});
