import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 54, helper f48 (held-out analytic set 48): readings of the assessment that set 48
 * showed missing, tested on texts written for these tests.
 */

const citedAt = (a: Assessment, sentence: number) =>
  a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === sentence).map(() => `${f.role}:${f.id}`));

describe("a story whose lede names only places the lexicon does not know", () => {
  const badia = themeFixture("isis-badia-insurgency");
  const at = new Date("2026-11-20T12:00:00Z");
  const story = (third: string) =>
    sourceDocument(
      "Gunmen at Ain al-Ghurab",
      `Residents of Ain al-Ghurab say armed men came to the village water station on Sunday night. The local commander said his men raided three hideouts in the hills east of Tell Sawwan on Tuesday and killed two members of a cell. ${third}`,
      "Local TV",
      "2026-11-18",
    );

  it("reads its unknown villages where the article's known places all lie (one country)", () => {
    const a = assess(badia, [story("The nearest hospital is in Palmyra, sixty kilometres away.")], at);
    expect(citedAt(a, 1)).toEqual(["mitigator:counter-terrorism-strikes"]);
  });

  it("lends no country when the article's known places lie in two countries", () => {
    const a = assess(
      badia,
      [story("The wounded were taken to Palmyra and then on to a hospital in Mosul.")],
      at,
    );
    expect(citedAt(a, 1)).toEqual([]);
  });

  it("lends no place from a national capital, named for its government", () => {
    const a = assess(badia, [story("The council is still waiting for an answer from Damascus.")], at);
    expect(citedAt(a, 1)).toEqual([]);
  });
});

describe("smugglers protected by an armed group", () => {
  it("counts smugglers protected or backed by 'an armed group' or 'a militia' as armed-group involvement", () => {
    for (const text of [
      "A sheikh said the cigarette smugglers across the border in Syria are protected by an armed group that shoots at strangers.",
      "Jordanian officers said the drug smugglers on the Syrian side of the border were backed by a militia based near Daraa.",
    ]) {
      const doc = sourceDocument("Report", text, "Associated Press", "2026-11-26");
      const a = assess(themeFixture("cross-border-smuggling"), [doc], new Date("2026-11-28T12:00:00Z"));
      expect(
        a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === 0).map(() => `${f.role}:${f.id}`)),
        text,
      ).toContain("driver:armed-group-involvement");
    }
  });
});
