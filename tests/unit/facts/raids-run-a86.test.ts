import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * Raids a force "has run" or "ran" are raids carried out, as those it "runs" or "conducted" are:
 * Iraqi units that have run raids without coalition help can hold on their own. Held-out set 68's
 * case 1000 lost "Iraqi counter-terrorism units have run night raids without coalition help since
 * the summer" (no fact at all, and its unnamed force was then read as the SDF the sentence before
 * named); other units, places and times here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const operation = (text: string) =>
  extractFacts({ id: "t", title: "t", text }).facts.some(
    (f) => f.kind === "countermeasure" && f.tags?.includes("counter-terrorism"),
  );

describe("raids a force has run", () => {
  it.each([
    "Iraqi special forces have run dawn raids on hideouts in the Makhmour hills since October.",
    "The Iraqi army ran raids in the Anbar desert every week last autumn.",
  ])("are an operation carried out: %s", (text) => {
    expect(operation(text)).toBe(true);
  });

  it("and Iraqi units that have run them alone are Iraqi capacity", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "Iraqi special forces have run dawn raids on hideouts in the Makhmour hills without US help since October.",
      ],
      AT,
      "Reuters",
      "2027-02-20",
    );
    expect(roles(0)).toContain("mitigator:iraqi-capacity");
  });

  it("and Iraqi counter-terrorism forces are Iraq's Counter-Terrorism Service, not a force named before", () => {
    const text =
      "Iraqi counter-terrorism forces have run raids in the Makhmour hills without US help since October.";
    const f = extractFacts({ id: "t", title: "t", text });
    expect(f.entities.map((e) => e.lexiconId)).toContain("org/iraqi-cts");
    const { roles } = assessStory(
      "coalition-withdrawal",
      ["In Raqqa, the SDF has lost much of its coalition support, a commander said.", text],
      AT,
      "Reuters",
      "2027-02-20",
    );
    expect(roles(1)).toContain("mitigator:iraqi-capacity");
  });

  it("but raids ISIS cells have run on army posts are their attacks", () => {
    expect(operation("ISIS cells have run night raids on army posts in Kirkuk since the summer.")).toBe(
      false,
    );
  });
});
