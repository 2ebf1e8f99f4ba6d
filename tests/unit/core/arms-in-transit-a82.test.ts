import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Set 66 (case 969, ANNOTATION.md rule 7), in wording of its own: weapons found with drugs on
 * people crossing the border are a load moving across it (weapons-flow), as weapons seized with
 * drugs "coming from" Syria are; arms seized with drugs and nothing said of their crossing stay
 * the seizure.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const story = (...sentences: string[]) =>
  assessStory("cross-border-smuggling", sentences, AT, "Jordanian Senate (minutes of session)", "2027-02-20");

describe("arms found with drugs on people crossing the border", () => {
  it("reads them as weapons moving across the border", () => {
    const { roles } = story(
      "A senator said that hand grenades and pistols were found with hashish on four men crossing from Syria near Ruwaished in January.",
    );
    expect(roles(0)).toEqual(["driver:weapons-flow"]);
  });

  it("keeps arms seized with drugs, their crossing untold, as the seizure (guard)", () => {
    const { roles } = story(
      "A senator said that hand grenades and pistols were found with hashish in a car searched at a checkpoint near Ruwaished in January.",
    );
    expect(roles(0)).toEqual(["mitigator:seizures"]);
  });
});
