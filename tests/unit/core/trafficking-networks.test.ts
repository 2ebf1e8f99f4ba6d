import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

/** A trafficking network's trade, told beside an arrest, is news of the trade (set 11 198, set 9 169). */

const AT = new Date("2026-11-30T12:00:00Z");

describe("a network that moves illicit goods", () => {
  it("reads the trade of a network, ring or gang as smuggling, whatever its verb of conveyance", () => {
    for (const text of [
      "They work for a network that moves drugs from Albukamal to Anbar every week.",
      "Police said the gang ships captagon from the south to the border.",
    ]) {
      const facts = extract(text).facts.filter((f) => f.tags?.includes("smuggling"));
      expect(facts.length, text).toBeGreaterThan(0);
    }
    expect(
      extract("The army moved weapons to the front line.").facts.filter((f) => f.tags?.includes("smuggling")),
    ).toEqual([]);
  });

  it("counts an arrest sentence that reports a network's weekly trade as smuggling, not a seizure", () => {
    const doc = sourceDocument(
      "Security Media Cell posts",
      "Border Forces seized 42 kg of hashish in the Al-Qaim sector, hidden in a truck from the Syrian side.\n\nThe driver and his assistant were arrested, and the investigation found that they work for a network that moves drugs from Albukamal to Anbar every week.",
      "Iraqi Security Media Cell",
      "2026-11-20",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:smuggling-reported"]);
  });
});
