import { describe, expect, it } from "vitest";
import { lastSentenceRoles } from "../../support/themes.js";

/**
 * A unit's tally of infiltrators arrested is its record of stops (ANNOTATION.md rules 3 and 11;
 * held-out set 48's case 713: "Under his command, the battalion stopped 38 crossing attempts since
 * January and arrested 17 infiltrators"): when the arrests are told only as a count (the measure
 * read as a supposition, "41 crossing attempts stopped and 23 infiltrators arrested"), the count is
 * the interdiction. A tally of infiltrators recorded, not arrested, is the
 * pressure.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = lastSentenceRoles(
  "border-fortification",
  [
    "The Command of the Fourth Border Region mourns Major Salwa Hassan, commander of the 4th Border Company, who died on 1 April.",
    "She fell while her company repelled armed men who tried to cross from Syrian territory near Akashat at night.",
    "No member of the group reached Iraqi soil, and no soldier of the company was captured.",
  ],
  AT,
  "2027-04-02",
);

describe("a unit's tally of infiltrators arrested", () => {
  it("is the interdiction", () => {
    expect(
      roles("The company's record since March: 41 crossing attempts stopped and 23 infiltrators arrested."),
    ).toEqual(["mitigator:interdictions"]);
    expect(
      roles(
        "Her company's tally for the winter was 41 crossing attempts stopped and 23 infiltrators arrested.",
      ),
    ).toEqual(["mitigator:interdictions"]);
  });
  it("but infiltrators only recorded are the pressure", () => {
    expect(
      roles(
        "The company's record since March: 41 crossing attempts and 23 infiltrators seen approaching the berm.",
      ),
    ).not.toContain("mitigator:interdictions");
  });
});
