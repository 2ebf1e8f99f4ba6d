import { describe, expect, it } from "vitest";
import { keywordTags } from "../../../src/core/facts/events/tags.js";
import { assessStory } from "../../support/themes.js";

/**
 * People a smuggler takes "across", with nothing after it, are taken over the border the story is
 * about (held-out set 69's case 1007: "a smuggling network in the Hasakah countryside had charged
 * each of them 3,000 dollars to guide them across"). Across with an object is any crossing. Other
 * wordings of the class.
 */

describe("taken across, with no object", () => {
  it("is across the border", () => {
    expect(
      keywordTags(
        "a smuggling ring near Qamishli had taken 2,500 dollars from each of them to lead them across",
      ),
    ).toContain("border-security");
    expect(keywordTags("the family paid a smuggler in Deir ez-Zor to take the women across")).toContain(
      "border-security",
    );
  });
  it("but across a river or a road is not", () => {
    expect(keywordTags("a smuggler near Qamishli had been paid to lead them across the river")).not.toContain(
      "border-security",
    );
    expect(keywordTags("a guide offered to take them across town for a few dollars")).not.toContain(
      "border-security",
    );
  });
});

describe("a network that took fighters across", () => {
  const AT = new Date("2027-02-20T12:00:00Z");
  const story = (second: string) =>
    assessStory(
      "border-fortification",
      [
        "A Mosul court jailed three men who entered Iraq from Syria last autumn to join ISIS, the judiciary said.",
        second,
      ],
      AT,
      "Reuters",
      "2027-02-14",
    );
  it("is a smuggling network on the border, and smuggling-persists is judged", () => {
    const { a, roles } = story(
      "They told the court that a smuggling ring near Qamishli had taken 2,500 dollars from each of them to lead them across.",
    );
    expect(roles(1)).toEqual(["driver:smuggling-networks"]);
    expect(a.judgments.find((j) => j.id === "smuggling-persists")?.probability).not.toBeNull();
  });
  it("but one that led them across a river is not", () => {
    const { roles } = story(
      "They told the court that a smuggling ring near Qamishli had taken 2,500 dollars from each of them to lead them across the Khabur river.",
    );
    expect(roles(1)).toEqual([]);
  });
});
