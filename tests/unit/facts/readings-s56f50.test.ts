import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 56 (helper "f50"): extractor readings prompted by analytic set 50. The sentences are
 * invented; each reads a class of wording, not a fixture's text.
 */

const facts = (text: string) => extract(text, "2026-12-28T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));
const measures = (text: string) => facts(text).filter((f) => f.kind === "countermeasure");

describe("a disorder that breaks out inside a prison", () => {
  it("does not read a disturbance, a brawl or a mutiny that broke out as an escape", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail on Tuesday night.",
      "A brawl broke out among inmates in the prison yard after the evening meal.",
      "A mutiny broke out in two wings of the detention centre last week.",
    ])
      expect(tagged(text, "escape"), text).toEqual([]);
  });

  it("still reads held people who broke out as an escape", () => {
    for (const text of [
      "Six inmates broke out of the jail through a ventilation shaft on Tuesday night.",
      "Prisoners broke out of the east block of the detention centre last week.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });
});

describe("a disorder inside a prison put down, told in the passive", () => {
  it("reads a disturbance or a mutiny that was contained or quelled as the guards' measure", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail and was contained by the guards within an hour.",
      "The mutiny in the women's wing of the prison was quickly quelled.",
    ]) {
      const m = measures(text);
      expect(m.length, text).toBeGreaterThan(0);
      expect(m[0]?.tags, text).toContain("detention-facility");
    }
  });

  it("does not read a disturbance that was not contained, or one only reported, as a measure", () => {
    for (const text of [
      "A disturbance broke out in the east block of the jail and was not contained until morning.",
      "A disturbance broke out in the east block of the jail on Tuesday night.",
      "The disturbance in the women's wing of the prison had been contained, but four inmates remained unaccounted for.",
    ])
      expect(measures(text), text).toEqual([]);
  });
});

describe("a force counted with a nation and 'military' before its head", () => {
  it("reads '600 US military personnel' as a count of personnel, a force deployed", () => {
    for (const text of [
      "About 700 US military personnel are still based in the province.",
      "Roughly 300 American military personnel remain at the airport.",
    ]) {
      const q = facts(text).filter((f) => f.kind === "quantity");
      expect(q.length, text).toBeGreaterThan(0);
      expect(q[0]?.measures, text).toMatch(/military personnel$/);
      expect(q[0]?.tags, text).toContain("troop-deployment");
    }
  });

  it("does not read personnel of another trade as a force", () => {
    const q = facts("About 40 US medical personnel are still based in the province.").filter(
      (f) => f.kind === "quantity",
    );
    expect(q[0]?.tags ?? []).not.toContain("troop-deployment");
  });
});

describe("companies moved to a sector named by two places", () => {
  it("reads companies moved to 'the Tal Afar and Sinjar sector' as a deployment", () => {
    const text =
      "The border command said it had moved three more companies to the Tal Afar and Sinjar sector as a precaution.";
    expect(
      tagged(text, "troop-deployment").some((f) => f.kind === "countermeasure"),
      text,
    ).toBe(true);
  });

  it("does not read companies moved to a market town as a deployment", () => {
    const text =
      "The firm said it had moved three more companies to the Tal Afar and Sinjar market towns last year.";
    expect(
      tagged(text, "troop-deployment").filter((f) => f.kind === "countermeasure"),
      text,
    ).toEqual([]);
  });
});

describe("training and equipment given to a guard force", () => {
  it("reads training and equipment provided to a guard force as support to it", () => {
    for (const text of [
      "Donor states continue to provide training and equipment to the camp guard force in Raqqa.",
      "The coalition offers training and support to the guards of the northern prisons.",
    ])
      expect(tagged(text, "partner-support").length, text).toBeGreaterThan(0);
  });

  it("does not read training and equipment sold to buyers as support to a force", () => {
    const text = "The ministry sold training and equipment to private buyers in Raqqa.";
    expect(tagged(text, "partner-support"), text).toEqual([]);
  });
});

describe("armed men gathering at a border", () => {
  it("reads militants or ISIS remnants seen massing near the border as insurgents present there", () => {
    for (const text of [
      "Jihadists in the hills opposite the Qaim sector were seen massing near the border twice last month.",
      "Local officials say ISIS remnants have been gathering along the frontier since the autumn.",
    ])
      expect(tagged(text, "insurgent-presence").length, text).toBeGreaterThan(0);
  });

  it("does not read families gathering at a border crossing as insurgents", () => {
    const text = "Families were gathering near the border crossing to receive their relatives.";
    expect(tagged(text, "insurgent-presence"), text).toEqual([]);
  });
});

describe("a barrier told in an opening if-clause, negation and all", () => {
  const walls = (text: string) => facts(text).filter((f) => f.tags?.includes("fortification"));

  it("reads a wall that 'is not extended' inside an if-clause as supposed, not negated", () => {
    const text =
      "If the fence is not extended into the southern desert, the valleys will stay open to smugglers.";
    expect(walls(text).map((f) => f.modality)).toEqual(["hypothetical"]);
  });

  it("still reads a wall said outright not to be extended as negated", () => {
    const text = "The fence is not extended into the southern desert, officials said.";
    expect(walls(text).map((f) => f.modality)).toEqual(["negated"]);
  });
});

describe("an offer or a proposal to do something", () => {
  it("reads what a country offered or proposed to do as not done", () => {
    for (const text of [
      "Turkey has offered to share its experience in border surveillance technology with Iraq.",
      "The contractor proposed to build a second fence along the berm.",
    ]) {
      const m = measures(text);
      expect(m.length, text).toBeGreaterThan(0);
      expect(
        m.every((f) => f.modality === "hypothetical"),
        text,
      ).toBe(true);
    }
  });

  it("keeps a mediation offered asserted: the offer is the diplomatic act", () => {
    const text = "The government in Amman has offered to mediate an agreement between the two factions.";
    expect(measures(text).some((f) => f.modality === "asserted")).toBe(true);
  });

  it("keeps a measure given, not offered to be done, as asserted", () => {
    const text = "Turkey installed border surveillance cameras on the frontier last month.";
    expect(measures(text).some((f) => f.modality === "asserted")).toBe(true);
  });
});

describe("a pledge to defend every inch", () => {
  it("does not read a force 'ready to defend every inch' of a country as a posture", () => {
    const text = "The brigades remain ready to defend every inch of the homeland.";
    expect(tagged(text, "troop-deployment"), text).toEqual([]);
  });

  it("keeps a force ready to defend a named crossing a posture", () => {
    const text = "The army is ready to defend the crossing without coalition help.";
    expect(tagged(text, "troop-deployment").length, text).toBeGreaterThan(0);
  });
});

describe("ground held in name only", () => {
  it("reads a state's authority that remains thin, or forces that rarely patrol the border, as a vacuum", () => {
    for (const text of [
      "Beyond the river, the government's authority over the tribal villages remains weak.",
      "Local police rarely patrol the border strip south of the town.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read forces that patrol the border every night, or strong authority, as a vacuum", () => {
    for (const text of [
      "Local police patrol the border strip south of the town every night.",
      "Beyond the river, the government's authority over the tribal villages remains strong.",
    ])
      expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});

describe("armed men who camp or hide somewhere", () => {
  it("reads ISIS groups that camp in the valleys as present there, with no camp named", () => {
    const text = "Herders say small ISIS groups camp in the wadis north of the road.";
    const present = tagged(text, "insurgent-presence");
    expect(present.length, text).toBeGreaterThan(0);
    expect(present[0]?.tags, text).not.toContain("detention-facility");
  });

  it("keeps ISIS members held in a camp a detention site, and displaced families camping no insurgents", () => {
    expect(tagged("ISIS members in the camp attacked a guard.", "detention-facility").length).toBeGreaterThan(
      0,
    );
    expect(tagged("Displaced families camp in the wadis north of the road.", "insurgent-presence")).toEqual(
      [],
    );
  });
});
