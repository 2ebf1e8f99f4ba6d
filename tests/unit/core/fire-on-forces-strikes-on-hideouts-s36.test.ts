import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { denies } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Roles reviewed against the sign errors of analytic set 26, on real extraction: traffickers who
 * fire on the forces arresting them are armed men in the trade, not a seizure; a state's aircraft
 * striking "hideouts of the terrorists" in the Badia is a strike on the cells, not the cells
 * active; a trench not yet dug is no denial of a fence another source says was cut.
 */

const AT = new Date("2026-12-03T12:00:00Z");

describe("smuggling theme: traffickers firing on the forces", () => {
  it("counts smugglers who opened fire on border guards during arrests as armed-group involvement", () => {
    const doc = sourceDocument(
      "Annual report of the anti-narcotics directorate",
      "The directorate recorded 11 incidents in which smugglers opened fire on border guards during arrest operations on the Syrian border in 2025.",
      "Iraqi Ministry of Interior",
      "2026-11-20",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["driver:armed-group-involvement"]);
  });

  it("leaves border guards who opened fire on smugglers where they were", () => {
    const doc = sourceDocument(
      "Border guards intercept smugglers",
      "Border guards opened fire on a group of smugglers near the Syrian border and seized 40,000 Captagon pills, the ministry said.",
      "Iraqi News Agency",
      "2026-11-20",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).not.toContain("driver:armed-group-involvement");
  });
});

describe("Badia theme: aircraft striking the hideouts of the terrorists", () => {
  it("counts helicopters striking terrorist hideouts near Palmyra as a counter-terrorism strike", () => {
    const doc = sourceDocument(
      "Army repels attack",
      "Army aircraft struck hideouts of the terrorists in the desert north of Palmyra on Tuesday, destroying three vehicles.",
      "SANA",
      "2026-11-25",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });
});

describe("a trench not yet dug is no denial", () => {
  it("reads 'where the trench has not yet been dug' as an absence, not a denial", () => {
    for (const sentenceText of [
      "Commanders also said smugglers continue to use the valleys further south, where the trench has not yet been dug.",
      "North of the crossing the wall is yet to be completed, officers said.",
    ])
      expect(denies({ modality: "negated", sentenceText }), sentenceText).toBe(false);
  });

  it("still reads a fence said to be intact, with no gap cut, as a denial", () => {
    expect(
      denies({
        modality: "negated",
        sentenceText: "The fence is intact along its entire length, and no gap has been cut in it.",
      }),
    ).toBe(true);
    expect(
      denies({
        modality: "negated",
        sentenceText: "The wall has not been breached and the trench has not yet been dug.",
      }),
    ).toBe(true);
  });
});
