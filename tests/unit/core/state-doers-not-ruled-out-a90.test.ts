import { describe, expect, it } from "vitest";
import { factorsBySentence, themeFixture } from "../../support/themes.js";

/**
 * Set 70's case 1028 (helper a90), on text written for these tests: a measure whose own words
 * name its doers as a state's force ("army battalions and local tribesmen have taken over the
 * posts") is not ruled out by the ISIS fighters the sentence before named as a raid's target.
 */
const AT = new Date("2027-04-01T12:00:00Z");
const theme = themeFixture("isis-badia-insurgency");
const citedUnder = (text: string) =>
  factorsBySentence(theme, AT, {
    title: "Clearance update",
    text,
    outlet: "Some Demining Group",
    publishedAt: "2027-03-28",
  });

describe("a state force's measure after a sentence that names ISIS", () => {
  it("cites army battalions taking over the road's posts as new forces", () => {
    const cited = citedUnder(
      "Deminers cleared 30 hectares near Palmyra in February, the group said. Government troops raided caves in Jabal al-Bishri on 2 March and killed three ISIS fighters, local officials said. Since February, army battalions and local tribesmen have taken over the posts on the road from Palmyra to Al-Sukhnah.",
    );
    expect(cited.get(2)).toBe("new-forces");
  });

  it("guard: posts taken over by 'they', the ISIS fighters of the sentence before, are no new forces", () => {
    const cited = citedUnder(
      "Deminers cleared 30 hectares near Palmyra in February, the group said. ISIS fighters were seen moving through Jabal al-Bishri on 2 March, local officials said. Since February, they have taken over the posts on the road from Palmyra to Al-Sukhnah.",
    );
    expect(cited.get(2)).not.toBe("new-forces");
  });

  it("cites government forces that now garrison the desert towns as new forces", () => {
    const cited = citedUnder(
      "Deminers cleared 30 hectares near Palmyra in February, the group said. ISIS cells ambushed a bus near Al-Sukhnah on 2 March, local officials said. Since the winter, government forces now garrison Palmyra and Al-Sukhnah with several thousand troops.",
    );
    expect(cited.get(2)).toBe("new-forces");
  });
});
