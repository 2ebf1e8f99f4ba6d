import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): a body's own name written after a state's possessive ("Jordan's Ministry of
 * Health", "Peru's Ministry of Foreign Affairs") is spelled so in the text: that spelling is one of
 * the body's, and a possessor the gazetteer does not know keeps the ministry off the story country's.
 */

/** Sentences that make Iraq the story's country. */
const IRAQI_STORY =
  "Iraqi forces in Anbar and Nineveh said the border with Syria was calm on Tuesday. Iraq closed the Mosul road for a day.";

const aliasesOf = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.filter((e) => [e.name, ...e.aliases].includes(name));

describe("a body written after a state's possessive", () => {
  it("keeps 'Iraq's Ministry of Interior' as a spelling of the Iraqi ministry", () => {
    const doc = extract(
      `${IRAQI_STORY} Iraq's Ministry of Interior said on Wednesday that six men had been detained near Rutba.`,
    );
    const found = aliasesOf(doc, "Iraq's Ministry of Interior");
    expect(found.map((e) => e.lexiconId)).toEqual(["org/iraqi-interior-ministry"]);
  });

  it("gives the speaker of a report its possessive spelling", () => {
    const doc = extract(
      `${IRAQI_STORY} Iraq's Ministry of Interior said on Wednesday that six men had been detained near Rutba.`,
    );
    const quote = doc.quotes.find((q) => /six men/.test(q.text));
    const speaker = doc.entities.find((e) => e.id === quote?.speaker.entityId);
    expect(speaker?.aliases).toContain("Iraq's Ministry of Interior");
  });

  it("does not make an unknown state's ministry the story country's", () => {
    const doc = extract(
      `${IRAQI_STORY} Peru's Ministry of Foreign Affairs said one of its citizens had been hurt in the blast.`,
    );
    expect(doc.entities.some((e) => e.lexiconId === "org/iraqi-foreign-ministry")).toBe(false);
    expect(aliasesOf(doc, "Peru's Ministry of Foreign Affairs")).toHaveLength(1);
  });

  it("adds no possessive spelling for a person's possessive", () => {
    const doc = extract(
      `${IRAQI_STORY} Colonel Hadi Salman's Rapid Response Division said on Wednesday it had cleared two villages.`,
    );
    expect(doc.entities.flatMap((e) => e.aliases).some((a) => a.includes("Salman's"))).toBe(false);
  });
});
