import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A piece's label followed by the question it takes up ("Thread: what the end of the US mission
 * could mean for northeast Syria and its detention sites") names the piece's scope, asserted by
 * nobody: held-out set 71's case 1042 cited a social thread's opener as a withdrawal. The facts
 * follow in sentences of their own, and a label followed by a statement is still read. Other
 * labels, forces and places here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory("coalition-withdrawal", [sentence], AT, "Reuters", "2027-02-20").roles(0);

describe("a label and the question the piece takes up", () => {
  it.each([
    "Thread: what the departure of US forces from Syria could mean for the camps and prisons of Hasakah.",
    "Explainer: how the end of the coalition mission in Iraq could change the fight against ISIS.",
  ])("is the piece's scope, no evidence: %s", (sentence) => {
    expect(roles(sentence)).toEqual([]);
  });

  it("but a label followed by a statement is still read", () => {
    expect(
      roles("Update: US forces left the Rmelan base in northeast Syria on Monday, officials said."),
    ).toContain("driver:withdrawal-intent");
  });
});
