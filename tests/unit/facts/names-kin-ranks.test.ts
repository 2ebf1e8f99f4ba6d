import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Ranks, kunyas and kin on sentences written for these tests. */

const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("ranks, kunyas and kin", () => {
  it("splits a corporal's rank from his name", () => {
    const doc = extract(
      "A patrol came under fire near the wall and Corporal Salim Nouri Kadhim was wounded.",
    );
    const person = doc.entities.find((e) => e.type === "person");
    expect(person?.name).toBe("Salim Nouri Kadhim");
    expect(doc.entities.some((e) => /Corporal/.test(e.name))).toBe(false);
  });

  it("keeps a child named in a kunya apart from the parent the kunya names", () => {
    const names = people(
      "The old farmer's widow, Umm Jassim, received mourners on Friday. Her eldest son, Jassim, said the family would stay in the village.",
    );
    expect(names).toContain("Umm Jassim");
    expect(names).toContain("Jassim");
  });

  it("keeps a son whose given name is his father's middle name apart from the father", () => {
    const names = people(
      "Sheikh Rashid Talib al-Dulaimi died on Friday. Talib al-Dulaimi, 40, a member of the provincial council, will lead the clan.",
    );
    expect(names).toContain("Rashid Talib al-Dulaimi");
    expect(names).toContain("Talib al-Dulaimi");
  });

  it("still shortens a full name to its surname", () => {
    const names = people("Rashid Talib al-Dulaimi spoke first. Al-Dulaimi said the road was open.");
    expect(names).toEqual(["Rashid Talib al-Dulaimi"]);
  });

  it("reads a name in apposition to someone's kin as a person, not a vocative 'Brother,'", () => {
    expect(people("The commander's younger brother, Harith, was detained at the checkpoint.")).toEqual([
      "Harith",
    ]);
    expect(people("Brother, Samarra is far from here.")).toEqual([]);
  });
});
