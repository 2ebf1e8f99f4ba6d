import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Extractor readings of session 60 (helper n60), on sentences written for these tests. */
const infiltrations = (doc: FactsDocument) => doc.facts.filter((f) => f.tags?.includes("infiltration"));

describe("armed groups approaching the border press on it", () => {
  it("reads armed groups seen approaching the berm from the other side as an infiltration threat", () => {
    const doc = extract(
      "Radar crews also followed armed groups approaching the border berm from the Syrian side before dawn.",
    );
    expect(infiltrations(doc).map((f) => f.kind)).toEqual(["threat"]);
  });

  it("reads a single armed group approaching the fence as one too", () => {
    const doc = extract(
      "Thermal cameras picked up an armed group approaching the fence near Sinjar on Sunday night.",
    );
    expect(infiltrations(doc).length).toBeGreaterThan(0);
  });

  it("does not read traders or herders approaching the border as infiltration", () => {
    expect(
      infiltrations(extract("Radar crews followed lorry drivers approaching the border berm before dawn.")),
    ).toEqual([]);
    expect(
      infiltrations(extract("Herders approaching the border fence with their sheep were waved through.")),
    ).toEqual([]);
  });

  it("does not read armed groups approaching a town as an approach to the border", () => {
    expect(
      infiltrations(extract("Armed groups approaching the town of Hit were spotted by drones.")),
    ).toEqual([]);
  });
});

describe("a member state's forces are part of the coalition, not another coalition", () => {
  const ids = (text: string) => extract(text).entities.map((e) => e.lexiconId);

  it("still reads 'the coalition' as the coalition against ISIS beside Italian soldiers", () => {
    expect(
      ids(
        "Italian soldiers train Peshmerga units in Erbil, and the coalition still flies air patrols over the Qarachogh hills.",
      ),
    ).toEqual(expect.arrayContaining(["org/italian-forces", "org/coalition"]));
  });

  it("does not read 'the coalition' so beside NATO, a coalition of its own", () => {
    expect(
      ids(
        "NATO advisers train Peshmerga units in Erbil, and the coalition still flies air patrols over the Qarachogh hills.",
      ),
    ).not.toContain("org/coalition");
  });
});

describe("forces brought home, named after 'home', are withdrawn, not repatriated", () => {
  const tags = (text: string) => extract(text).facts.flatMap((f) => f.tags ?? []);

  it("reads a state that brought home the last of its trainers as withdrawing them", () => {
    const t = tags(
      "Australia brought home the last of its trainers from Baghdad in October, a defence official said.",
    );
    expect(t).toContain("troop-withdrawal");
    expect(t).not.toContain("repatriation");
  });

  it("still reads a state that brought home the last of its nationals from a camp as a repatriation", () => {
    const t = tags(
      "Australia brought home the last of its nationals from the Roj camp in October, a foreign ministry official said.",
    );
    expect(t).toContain("repatriation");
    expect(t).not.toContain("troop-withdrawal");
  });
});

describe("support from outside lost, and armed men on motorbikes in the hills", () => {
  const facts = (text: string) => extract(text).facts;

  it("reads guards left without outside support as support that is not there", () => {
    const support = facts(
      "Foreign advisers stopped coming to the prisons in Hasakah in October, leaving the guards without outside support.",
    ).filter((f) => f.tags?.includes("partner-support"));
    expect(support.map((f) => f.modality)).toEqual(["negated"]);
  });

  it("does not read guards without outside help from their families as support lost", () => {
    expect(
      facts("The guards said they were paid late, without outside help from their families.").filter((f) =>
        f.tags?.includes("partner-support"),
      ),
    ).toEqual([]);
  });

  it("reads groups of armed men on motorbikes in the hills as a presence", () => {
    const present = facts(
      "Villagers in Kabajeb said groups of armed men on motorbikes were in the hills south of the village every night.",
    ).filter((f) => f.tags?.includes("insurgent-presence"));
    expect(present.map((f) => f.kind)).toEqual(["threat"]);
  });

  it("does not read herders on motorbikes in the hills as a presence", () => {
    expect(
      facts(
        "Villagers in Kabajeb said herders on motorbikes were in the hills south of the village every night.",
      ).filter((f) => f.tags?.includes("insurgent-presence")),
    ).toEqual([]);
  });
});

describe("a backer's supplies to a force's sites told fallen are support cut", () => {
  const cut = (text: string) =>
    extract(text).facts.filter((f) => f.kind === "event" && f.tags?.includes("troop-withdrawal"));

  it("reads supplies funded by the coalition, at the guards' prisons, fallen by half as support cut", () => {
    expect(
      cut(
        "Guards at two SDF-run prisons said that supplies of fuel and water funded by the coalition had fallen by half since June.",
      ),
    ).toHaveLength(1);
  });

  it("does not read coalition-funded supplies to schools fallen by half as support cut", () => {
    expect(
      cut(
        "Teachers in Hasakah said that supplies of paper and books funded by the coalition had fallen by half since June.",
      ),
    ).toEqual([]);
  });
});

describe("support counted by the men it reached over the years is support, not a tally of measures", () => {
  const support = (text: string) =>
    extract(text).facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support"));

  it("reads a contingent that has trained more than 3,000 Peshmerga since 2016 as support", () => {
    expect(
      support(
        "The Spanish contingent in Erbil, which has trained more than 3,000 Peshmerga since 2016, continues its work.",
      ),
    ).toHaveLength(1);
  });

  it("does not read a riding school that has trained more than 3,000 pupils since 2016 as support", () => {
    expect(
      support(
        "The riding school in Erbil, which has trained more than 3,000 pupils since 2016, continues its work.",
      ),
    ).toEqual([]);
  });
});
