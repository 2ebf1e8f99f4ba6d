import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/**
 * Session 63 (x63): a ministry named without its country in its name takes the country the text gives it,
 * not the country the story leads with, on texts written for these tests.
 */

/** Sentences that make Iraq the story's country by a clear margin. */
const IRAQI_STORY =
  "Iraqi forces in Anbar and Nineveh said the border with Syria was calm on Tuesday. Iraq closed the Mosul road for a day.";

describe("a ministry whose country the text gives", () => {
  it("leaves 'Denmark's Ministry of Foreign Affairs' Denmark's in a story about Iraq", () => {
    const doc = extract(
      `${IRAQI_STORY} Denmark's Ministry of Foreign Affairs said it had raised its travel warning.`,
    );
    expect(doc.entities.some((e) => e.lexiconId === "org/iraqi-foreign-ministry")).toBe(false);
    expect(entityNamed(doc, "Ministry of Foreign Affairs")?.affiliation).toBe("Denmark");
  });

  it("reads 'the Ministry of Foreign Affairs in Amman' as Jordan's", () => {
    const doc = extract(
      `${IRAQI_STORY} The Ministry of Foreign Affairs in Amman said it had raised its travel warning.`,
    );
    expect(doc.entities.some((e) => e.lexiconId === "org/jordanian-foreign-ministry")).toBe(true);
    expect(doc.entities.some((e) => e.lexiconId === "org/iraqi-foreign-ministry")).toBe(false);
  });

  it("still reads a bare 'Ministry of Foreign Affairs' as the story country's", () => {
    const doc = extract(
      `${IRAQI_STORY} The Ministry of Foreign Affairs said it had summoned the Turkish envoy.`,
    );
    expect(doc.entities.some((e) => e.lexiconId === "org/iraqi-foreign-ministry")).toBe(true);
  });
});
