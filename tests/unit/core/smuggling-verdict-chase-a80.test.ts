import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Readings the blind analytic set 65 asked for (case 954: a court's verdict on smugglers of
 * pills, and their arrest after a chase in which a guard was wounded), in wording of their own:
 * real extraction, assessed against the shipped theme.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const verdict =
  "The Nineveh Criminal Court sentenced three men to 15 years in prison for smuggling 400,000 Captagon pills from Syria through the desert near Rabia in May 2026.";
const story = (...sentences: string[]) =>
  assessStory(
    "cross-border-smuggling",
    sentences,
    AT,
    "Supreme Judicial Council of Iraq (media office)",
    "2027-02-10",
  );

describe("a court's verdict on smugglers", () => {
  it("reads a sentence for smuggling a load of drugs over the border as the load caught", () => {
    expect(story(verdict).roles(0)).toEqual(["mitigator:seizures"]);
  });

  it("leaves a verdict on smuggled weapons off the seizures", () => {
    const { roles } = story(
      "The Nineveh Criminal Court sentenced three men to 15 years in prison for smuggling rifles and ammunition from Syria through the desert near Rabia in May 2026.",
    );
    expect(roles(0)).not.toContain("mitigator:seizures");
  });
});

describe("an arrest after a chase", () => {
  it("reads a chase in which a guard was wounded as a clash, and gives the clash judgment", () => {
    const { a, roles } = story(
      verdict,
      "Border police arrested the men after a pursuit in which one policeman was wounded by their gunfire.",
    );
    expect(roles(1)).toEqual(["driver:armed-group-involvement"]);
    expect(a.judgments.find((j) => j.id === "violent-clashes")?.probability).not.toBeNull();
  });

  it("keeps an arrest after a chase with no casualty off the clashes", () => {
    const { roles } = story(verdict, "Border police arrested the men after a pursuit near the border.");
    expect(roles(1)).not.toContain("driver:armed-group-involvement");
  });
});
