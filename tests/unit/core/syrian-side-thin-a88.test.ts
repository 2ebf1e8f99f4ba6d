import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * The Syrian side of the line held thinly is the vacuum across the border: its units told as not
 * patrolling there (held-out set 60's case 885: "The Syrian side of the border south of Al-Bukamal
 * is held by a few under-strength units of the new army, which do not patrol at night"), or Syrian
 * forces told as holding only some points of it (set 57's case 840: "Syrian government forces hold
 * only the main crossings and a few towns"). Units that patrol, and forces that hold the line
 * without "only", are not.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = (theme: string, first: string, last: string) =>
  assessStory(theme, [first, last], AT, "Reuters", "2027-04-02").roles(1);
const smuggling = (last: string) =>
  roles(
    "cross-border-smuggling",
    "Border units seized 2 million Captagon pills near the Al-Waleed crossing in March, the ministry said.",
    last,
  );
const border = (last: string) =>
  roles(
    "border-fortification",
    "About a dozen gunmen crossed from Syria into Iraq near Rabia on Tuesday night, local officials said.",
    last,
  );

describe("the Syrian side's units told as not patrolling", () => {
  it("are the vacuum across the border", () => {
    expect(
      smuggling(
        "The Syrian side of the border west of Al-Mayadin is guarded by two weak battalions of the new army that do not patrol after dark.",
      ),
    ).toEqual(["driver:security-vacuum"]);
  });
  it("but units that patrol are not", () => {
    expect(
      smuggling(
        "The Syrian side of the border west of Al-Mayadin is guarded by two battalions of the new army that patrol day and night.",
      ),
    ).not.toContain("driver:security-vacuum");
  });
});

describe("Syrian forces that hold only some points of the line", () => {
  it("leave the rest to no one", () => {
    expect(
      border(
        "Beyond the wall, Syrian government forces hold only the official crossings and two towns between Deir ez-Zor and Al-Yarubiyah.",
      ),
    ).toEqual(["driver:security-vacuum"]);
  });
  it("but forces that hold the line are no vacuum", () => {
    expect(
      border(
        "Beyond the wall, Syrian government forces hold the official crossings and the towns between Deir ez-Zor and Al-Yarubiyah.",
      ),
    ).not.toContain("driver:security-vacuum");
  });
});
