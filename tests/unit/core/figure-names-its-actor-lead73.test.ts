import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A figure that a factor reads only by who it is about (no type of happening to read) bears on it
 * only when its own sentence names them: a survey's share of households that "cut meals" is no
 * figure of the US force a paragraph before. Short texts written for this test (held-out set 6's
 * NRC field report showed it once the extractor read "per cent").
 */

const AT = new Date("2027-02-01T12:00:00Z");

describe("a figure read by who it is about", () => {
  it("does not take the US as its actor from a country the sentence before names as a place", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "This field report is based on 40 interviews our staff held in Anbar in January.",
        "Iraq and the United States opened talks in January on ending the coalition mission in Iraq.",
        "Schools in the area reopened in October after repairs.",
        "Residents of the Ramadi camps told our team they expect the camps to be closed the day the Americans leave.",
        "Needs in the city are acute: 70 per cent of households we surveyed had cut meals in the previous month.",
      ],
      AT,
      "Aid agency field report",
      "2027-01-20",
    );
    expect(roles(4)).not.toContain("driver:withdrawal-intent");
  });

  it("still reads a US force cut told with its figure", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "This field report is based on 40 interviews our staff held in Anbar in January.",
        "Residents of Ramadi told our team that power cuts now last most of the day.",
        "Iraq and the United States opened talks in January on ending the US military mission in Iraq.",
        "The United States has cut its force in Iraq by 40 per cent since the summer, officials said.",
      ],
      AT,
      "Aid agency field report",
      "2027-01-20",
    );
    expect(roles(3)).toContain("driver:withdrawal-intent");
  });
});
