import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * The SDF (or the YPG) told to have lost coalition or US funding is the SDF losing its coalition
 * backing, the theme's `sdf-exposure`, and gives sdf-detention-strain its ground. Held-out set 68's
 * case 1000 lost "the SDF has lost coalition funding for a third of its guard positions"; other
 * forces, shares and posts here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const story = (sentence: string) =>
  assessStory(
    "coalition-withdrawal",
    ["The last US soldiers left the Harir air base in January, the Pentagon said.", sentence],
    AT,
    "Reuters",
    "2027-02-20",
  );

describe("the SDF told to have lost coalition funding", () => {
  it.each([
    "In the Hasakah countryside, the YPG has lost coalition funding for half of its checkpoints.",
    "The SDF has lost US funding for a quarter of its patrols, a commander said.",
  ])("is the SDF losing its coalition backing: %s", (sentence) => {
    const { a, roles } = story(sentence);
    expect(roles(1)).toContain("driver:sdf-exposure");
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });

  it("but another force that lost coalition funding is not the SDF's exposure", () => {
    expect(
      story("Iraqi army units have lost coalition funding for a third of their posts.").roles(1),
    ).not.toContain("driver:sdf-exposure");
  });
});
