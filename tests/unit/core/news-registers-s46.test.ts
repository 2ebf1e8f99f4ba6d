import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { barrierOnlyDestination } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings of news registers met in blind set 40, on short texts written for these tests: a wall
 * named only as where loads are taken, an armed escort sent with the loads, fewer patrols on the
 * Syrian side.
 */

const AT = new Date("2026-12-18T12:00:00Z");

describe("a barrier named only as where someone takes something", () => {
  it("is a landmark of the route, no fortification", () => {
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "A militia sends its own gunmen to escort the trucks to the wall every night.",
      }),
    ).toBe(true);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "The herders drove their sheep towards the berm at dawn.",
      }),
    ).toBe(true);
  });
  it("keeps a barrier built, named apart from the route, or reached by attackers", () => {
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "Engineers added two kilometres to the wall near Rabia in November.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "Smugglers drove to the wall, which now runs along the whole sector.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["fortification"],
        sentenceText: "All five gunmen were killed before they reached the wall.",
      }),
    ).toBe(false);
    expect(
      barrierOnlyDestination({
        tags: ["border-security"],
        sentenceText: "They escorted the loads to the wall.",
      }),
    ).toBe(false);
  });
  it("cites an armed escort to the wall as armed groups in the trade, not as a barrier", () => {
    const doc = paragraphsDocument(
      "Interview",
      [
        "A smuggler says he drives a truck of pills across the desert near Rabia from Syria three nights a week.",
        "An armed faction on the Syrian side takes 300 dollars from every truck and sends its own gunmen to escort the loads to the wall.",
      ],
      "Agence France-Presse",
      "2026-12-09",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toEqual(["driver:armed-group-involvement"]);
  });
});

describe("fewer patrols on the Syrian side", () => {
  it("is a security vacuum there", () => {
    const doc = paragraphsDocument(
      "Interview",
      [
        "A smuggler says he drives a truck of pills across the desert near Rabia from Syria three nights a week.",
        "Business has grown, he said, because fewer patrols watch the Syrian side since the Kurdish-led forces moved men to the front.",
      ],
      "Agence France-Presse",
      "2026-12-09",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 1)).toContain("driver:security-vacuum");
  });
});
