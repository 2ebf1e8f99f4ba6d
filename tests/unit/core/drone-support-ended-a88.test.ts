import { describe, expect, it } from "vitest";
import { lastSentenceRoles } from "../../support/themes.js";

/**
 * The end of the coalition's air support to the border units is the coalition drawing down
 * (held-out set 69's case 1008: "The end of US drone support from Al-Asad has left the border units
 * with fewer eyes over the desert gaps"). The same support still given is not, nor an end told as
 * a supposition.
 */

const AT = new Date("2027-02-20T12:00:00Z");
const roles = lastSentenceRoles(
  "border-fortification",
  [
    "Iraqi engineers finished 30 kilometres of wall near Rabia in January, the ministry said.",
    "Cells of ISIS in the Syrian badia still try to push small groups of fighters towards Anbar.",
  ],
  AT,
  "2027-02-14",
);

describe("the coalition's support to the border ended", () => {
  it("is the coalition drawing down", () => {
    expect(
      roles(
        "The end of US drone flights from Ain al-Asad has left the border brigades with fewer eyes over the gaps in the wall.",
      ),
    ).toEqual(["driver:coalition-drawdown"]);
    expect(
      roles(
        "The suspension of US drone flights from Ain al-Asad has left the border brigades with fewer eyes over the gaps in the berm.",
      ),
    ).toEqual(["driver:coalition-drawdown"]);
  });
  it("but the same support still given is not", () => {
    expect(
      roles(
        "US drone flights from Ain al-Asad still give the border brigades eyes over the gaps in the wall.",
      ),
    ).not.toContain("driver:coalition-drawdown");
  });
});
