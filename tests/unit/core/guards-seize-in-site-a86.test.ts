import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Contraband the guard force seizes in its own detention site ("during a search of the prison,
 * our forces seized two phones and a cutting tool") is the guards keeping control of the site, as
 * a search or an arrest there is (ANNOTATION.md rule 11): `sdf-control`. Held-out set 68's case 989
 * lost the Internal Security Forces' such search of the Al-Karama prison; other sites and finds here.
 */

const AT = new Date("2027-04-01T12:00:00Z");
const roles = (sentence: string) =>
  assessStory(
    "isis-prison-escape",
    ["The Asayish in Tabqa deny reports of an escape from the prison in Al-Mansoura.", sentence],
    AT,
    "Asayish in Tabqa (statement)",
    "2027-03-20",
  ).roles(1);

describe("contraband the guards seize in their own site", () => {
  it.each([
    "During an inspection of the prison on 3 March, our units confiscated four phones and a saw blade hidden in a cell.",
    "In a search of the jail last week, our forces seized a pistol and 30 rounds buried under a shower floor.",
  ])("is the guards keeping control: %s", (sentence) => {
    expect(roles(sentence)).toContain("mitigator:sdf-control");
  });

  it("but a seizure in a town market is no control of a site", () => {
    expect(
      roles("On 3 March, our units seized four phones and a saw blade from a car in the Tabqa market."),
    ).not.toContain("mitigator:sdf-control");
  });
});
