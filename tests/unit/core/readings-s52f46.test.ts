import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 52's readings found on the forty-sixth held-out set. The tests use invented wordings of
 * the same classes, never the set's sentences.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const story = (theme: string, sentences: string[], outlet = "Associated Press") =>
  assessStory(theme, sentences, AT, outlet, "2026-12-15");

describe("a story about one leader of ISIS: his followers and he himself stand for the group", () => {
  const LEDE =
    "The Treasury has sanctioned a senior ISIS commander who runs the group's networks east of Palmyra.";

  it("reads attacks by the men under his command as the group's attacks, with their two periods", () => {
    const { a, roles } = story("isis-badia-insurgency", [
      LEDE,
      "Fighters loyal to his command carried out 40 attacks in the Homs desert between 1 July and 31 December 2025, against 22 between 1 January and 30 June 2025.",
    ]);
    expect(roles(1)).toContain("driver:attacks-reported");
    expect(a.judgments.find((j) => j.id === "tempo-rises")?.probability).not.toBeNull();
  });

  it("reads an ambush by his men, and his taking in escaped detainees, as the group's", () => {
    const { roles } = story("isis-badia-insurgency", [
      LEDE,
      "Last week his men ambushed a supply convoy near Al-Sukhnah, killing five drivers.",
      "He is thought to have taken in several fighters who fled from a prison in Hasakah this year.",
    ]);
    expect(roles(1)).toContain("driver:attacks-reported");
    expect(roles(2)).toContain("driver:detainee-reinforcement");
  });

  it("does not lend the group to followers in a story about someone else", () => {
    const { roles } = story("isis-badia-insurgency", [
      "A tribal sheikh from Al-Sukhnah has been named head of the new provincial council.",
      "Last week his men ambushed a supply convoy near the town, killing five drivers.",
    ]);
    expect(roles(1)).not.toContain("driver:attacks-reported");
  });

  it("no longer reads 'he' as the leader once another person is named", () => {
    const { roles } = story("isis-badia-insurgency", [
      LEDE,
      "The group's cells have grown bolder since the summer.",
      "Colonel Samir Haddad, who commands the army in Palmyra, spoke to reporters.",
      "He is thought to have taken in several fighters who fled from a prison in Hasakah this year.",
    ]);
    expect(roles(3)).not.toContain("driver:detainee-reinforcement");
  });
});

describe("escape attempts counted by an outside teller", () => {
  const LEDE = "Al-Hol camp in Hasakah still holds about 20,000 people, most of them women and children.";

  it("reads a count of escape attempts foiled, told by a foreign agency, as a warning of escapes", () => {
    const { roles } = story("isis-prison-escape", [
      LEDE,
      "An FBI report to Congress states that camp guards thwarted at least nine escape attempts by families in the first half of the year.",
    ]);
    expect(roles(1)).toContain("driver:escape-reported");
    expect(roles(1)).not.toContain("mitigator:sdf-control");
  });

  it("still reads one attempt foiled, or the guards' own count, as control kept", () => {
    const one = story("isis-prison-escape", [
      LEDE,
      "Camp guards foiled an attempt by eight women to escape from the camp on Friday night, a security official said.",
    ]);
    expect(one.roles(1)).not.toContain("driver:escape-reported");
    const own = story("isis-prison-escape", [
      LEDE,
      "The Asayish said their units had foiled eleven escape attempts at the camp since the summer.",
    ]);
    expect(own.roles(1)).not.toContain("driver:escape-reported");
  });
});
