import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Verbal accounts in a phone-in: callers' sentences repeat neither the place nor the day, which
 * the programme's opening gives ("your calls about the shooting on the border on Thursday night").
 * Each is set against the army's account of that night: the dead, the load, who the men were.
 * Real extractor output of short texts written for these tests.
 */

const AT = new Date("2026-10-25T12:00:00Z");
const between = (a: Assessment, x: string, y: string) =>
  a.conflicts.filter(
    (c) => c.claims.some((k) => k.articleId === x) && c.claims.some((k) => k.articleId === y),
  );

// Friday 16 October 2026: the clash at dawn, after Thursday night.
const army = sourceDocument(
  "Army: five smugglers killed in clash on the north-eastern border",
  "The Jordanian Armed Forces said on Friday that border guards in the Eastern Military Region clashed at dawn with a group of armed smugglers trying to cross from Syria, killing five of them and wounding others.\n\nA military source said the smugglers were protected by armed men linked to Iran-backed militias in southern Syria.\n\nThe army said its forces seized 1.8 million Captagon pills left behind by the group as it fled back into Syrian territory.",
  "Roya News",
  "2026-10-16",
);
const phoneIn = (opening: string) =>
  sourceDocument(
    "Your Voice: callers on the shooting on the Jordanian border",
    `PRESENTER: Good evening, and welcome to Your Voice, where tonight we are taking your calls about the shooting on the Jordanian border ${opening}.\n\nCALLER (Abu Khaled): We heard the firing from about three in the morning, and in the morning two bodies were brought back to the camp by their relatives.\n\nCALLER (Abu Khaled): They were young men from the camp who carry loads for the traders, not fighters from any militia.\n\nCALLER (Umm Ahmad): My cousin works with the traders, and he says the load that was lost was about 500,000 pills, not the millions the Jordanians announced.`,
    "Radio Al-Kul (phone-in programme, transcript)",
    "2026-10-17",
  );

describe("conflicts: callers' accounts of the night the programme's opening names", () => {
  const radio = phoneIn("on Thursday night");
  const a = assess(themeFixture("cross-border-smuggling"), [army, radio], AT);
  const found = between(a, army.article.id, radio.article.id);

  it("sets the callers' two bodies against the army's five killed", () => {
    expect(
      found.some((c) => /killed/i.test(c.topic) && c.claims.some((k) => /two bodies/.test(k.text))),
    ).toBe(true);
  });

  it("sets the load the traders 'lost' against the pills the army seized", () => {
    expect(found.some((c) => /pills/.test(c.topic))).toBe(true);
  });

  it("sets 'not fighters from any militia' against 'protected by armed men linked to ... militias'", () => {
    expect(
      found.some(
        (c) =>
          c.kind === "accounts" &&
          c.claims.some((k) => /linked to Iran-backed militias/.test(k.text) && k.stance === "asserts") &&
          c.claims.some((k) => /not fighters from any militia/.test(k.text) && k.stance === "denies"),
      ),
    ).toBe(true);
  });

  it("does not date the callers to the army's night when the opening names another day", () => {
    // An opening about a shooting a week before: "last Monday" is 5 October, not the clash of 16 October.
    const other = phoneIn("last Monday");
    const b = assess(themeFixture("cross-border-smuggling"), [army, other], AT);
    expect(
      between(b, army.article.id, other.article.id).filter(
        (c) => /killed/i.test(c.topic) && c.claims.some((k) => /two bodies/.test(k.text)),
      ),
    ).toEqual([]);
  });
});
