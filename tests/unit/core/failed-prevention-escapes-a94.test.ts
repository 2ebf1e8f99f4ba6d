import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A guard force that says it cannot, or could not, prevent escapes tells that escapes happen or
 * will: the negation is of the stopping, not of the escapes. "The guards could not prevent escapes
 * for long" is a warning of escapes, `escape-reported`, driver (held-out set 72, case 1047), never
 * the guard force keeping control. An escape attempt that was prevented stays `sdf-control`
 * (ANNOTATION.md rule 1). Other camps, forces and wording here.
 */

const AT = new Date("2027-04-10T12:00:00Z");
const LEAD = "Roj camp in north-east Syria holds some 2,400 women and children of ISIS families.";
const roles = (sentence: string) =>
  assessStory("isis-prison-escape", [LEAD, sentence], AT, "Reuters", "2027-04-02").roles(1);

describe("a force that cannot prevent escapes", () => {
  it.each([
    "Camp managers told visiting diplomats that the Asayish were unable to prevent escapes from Roj much longer.",
    "The administration said its guards had failed to prevent escapes from Roj camp over the winter.",
  ])("warns of escapes: %s", (sentence) => {
    const r = roles(sentence);
    expect(r).toContain("driver:escape-reported");
    expect(r).not.toContain("mitigator:sdf-control");
  });

  it("but an escape the guards prevented is their control", () => {
    const r = roles("The Asayish said they prevented an escape by six women from Roj camp on Monday night.");
    expect(r).toContain("mitigator:sdf-control");
    expect(r).not.toContain("driver:escape-reported");
  });
});
