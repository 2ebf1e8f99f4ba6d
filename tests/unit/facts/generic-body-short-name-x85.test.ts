import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * The bare name of a service after one country's body was named in full (set 70's "Syrian
 * Civil Defence" then "Civil Defence: 11 dead", helper x85), on text written for these tests.
 */

const orgNames = (doc: ReturnType<typeof extract>) =>
  doc.entities.filter((e) => e.type === "organization").map((e) => e.name);

describe("'the Syrian Civil Defence' ... 'Civil Defence'", () => {
  it("is one body", () => {
    const doc = extract(
      "Fire swept through a bakery in Jisr al-Shughur on Sunday. The Syrian Civil Defence said its crews pulled four people from the rubble. Civil Defence later put the toll at six.",
      "2027-05-10",
    );
    expect(orgNames(doc)).toContain("Syria Civil Defence");
    expect(orgNames(doc)).not.toContain("Civil Defence");
  });

  it("guard: with no country's body named, the bare name stays the general service", () => {
    const doc = extract(
      "Fire swept through a bakery in Basra on Sunday. Civil Defence crews pulled four people from the rubble, the provincial council said.",
      "2027-05-10",
    );
    expect(orgNames(doc)).toContain("Civil Defence");
  });
});
