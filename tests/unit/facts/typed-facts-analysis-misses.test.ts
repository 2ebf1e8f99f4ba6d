import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Kinds of fact the analytic sets showed the extractor missing: a group rebuilding itself, armed
 * men demanding money, ground left without protection, air support lost, a force taking over
 * operations, escapes told by the way out, fighters sent over a border, people moved across it.
 */

const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));
const tagsOf = (text: string) => new Set(extract(text).facts.flatMap((f) => f.tags ?? []));

describe("an armed group rebuilding itself or growing bolder", () => {
  it("reads attempts to reconstitute or regroup as a standing insurgent presence", () => {
    for (const text of [
      "The group continues to attempt to reconstitute in the hills east of Raqqa.",
      "Intelligence officials say Daesh is trying to regroup along the Euphrates valley.",
      "Farmers say the militants have grown bolder since the harvest.",
    ])
      expect(tagged(extract(text), "insurgent-presence")[0]?.kind, text).toBe("threat");
  });

  it("does not read families rebuilding their homes as an armed group rebuilding", () => {
    expect(
      tagged(extract("Families are trying to rebuild their homes after the floods."), "insurgent-presence"),
    ).toEqual([]);
  });
});

describe("armed men demanding money", () => {
  it("reads armed men who come to demand money or food as extortion", () => {
    const doc = extract("Gunmen come to the hamlets after dark to demand money and food from the herders.");
    expect(tagged(doc, "extortion")[0]?.kind).toBe("threat");
  });

  it("does not read a union demanding payments as extortion", () => {
    expect(
      tagged(extract("The teachers' union demanded payments of the overdue salaries."), "extortion"),
    ).toEqual([]);
  });
});

describe("ground left without protection", () => {
  it("reads land that remains without protection, and thinly manned posts, as a security vacuum", () => {
    expect(tagsOf("The pastures south of the road remain without protection.").has("security-vacuum")).toBe(
      true,
    );
    expect(tagsOf("The army posts along the frontier are thinly manned.").has("security-vacuum")).toBe(true);
  });
});

describe("air support lost or thinned", () => {
  it("reads fear of losing air support, support grown rarer and air cover that ends as a drawdown", () => {
    for (const text of [
      "Kurdish commanders fear losing American air support next year.",
      "Coalition air support has become less frequent since the spring, the commanders said.",
      "The commanders ask what will happen to the prisons when the coalition's air cover ends.",
    ])
      expect(tagsOf(text).has("troop-withdrawal"), text).toBe(true);
  });
});

describe("troop levels cut to a figure", () => {
  it("reads a plan to bring troops down to a figure as a withdrawal", () => {
    expect(
      tagsOf("The Pentagon plans to bring its troops in Iraq down to 500 next year.").has("troop-withdrawal"),
    ).toBe(true);
    expect(
      tagsOf("Officials said the Pentagon wants to be down to a few hundred troops by the summer.").has(
        "troop-withdrawal",
      ),
    ).toBe(true);
  });

  it("reads a guard force cut, told with the front its men were sent to, as a cut, not a deployment", () => {
    const doc = extract(
      "The guard force at the prison has been cut by half, as fighters were moved to front lines in the north.",
    );
    expect(tagged(doc, "troop-withdrawal")[0]?.tags).toContain("detention-facility");
    expect(tagged(doc, "troop-deployment")).toEqual([]);
  });

  it("reads service members who remain in a country as a presence", () => {
    const doc = extract("About 900 US service members remain in Syria after the consolidation.");
    expect(doc.facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(
      true,
    );
  });
});

describe("a force that takes over operations or shows it can hold", () => {
  it("reads forces that have taken over all operations as a force posture", () => {
    const doc = extract("The army has taken over all operations in the province since January.");
    expect(tagged(doc, "troop-deployment")[0]?.kind).toBe("countermeasure");
  });

  it("reads a force shown able to conduct missions alone as readiness, not ISIS's capability", () => {
    const ready = extract("Iraqi forces have demonstrated the ability to conduct night raids on their own.");
    expect(tagged(ready, "troop-deployment")[0]?.kind).toBe("countermeasure");
    const isis = extract("ISIS retains the capability to conduct attacks on army convoys.");
    expect(tagged(isis, "troop-deployment")).toEqual([]);
  });

  it("reads operations against ISIL as counter-terrorism, as against ISIS", () => {
    expect(
      tagsOf("Iraqi forces conducted 40 operations against ISIL hideouts last month.").has(
        "counter-terrorism",
      ),
    ).toBe(true);
  });

  it("reads a part in searches of an area as a security operation", () => {
    const doc = extract("Coalition helicopters took part in searches of the area around the jail.");
    expect(tagged(doc, "counter-terrorism")[0]?.kind).toBe("countermeasure");
  });
});

describe("an accord signed as a memorandum", () => {
  it("reads a memorandum as diplomacy", () => {
    const doc = extract("The two governments will sign a memorandum on intelligence sharing next month.");
    expect(tagged(doc, "diplomacy")[0]?.kind).toBe("countermeasure");
  });
});

describe("escapes told by the way out", () => {
  it("reads slipping out of a camp, or leaving it with smugglers' help, as an escape", () => {
    for (const text of [
      "Dozens of women slipped out of the camp's annex last month.",
      "Nine women left the camp with the help of smugglers in September.",
    ])
      expect(tagged(extract(text), "escape")[0]?.kind, text).toBe("event");
  });

  it("does not read people slipping out of a meeting as an escape", () => {
    expect(tagged(extract("Two delegates slipped out of the meeting early."), "escape")).toEqual([]);
  });
});

describe("fighters sent over a border, people moved across it", () => {
  it("reads a jihadist group sending fighters into a province as infiltration", () => {
    const doc = extract("Commanders say ISIS cells keep trying to send fighters and weapons into Anbar.");
    expect(tagged(doc, "infiltration")[0]?.kind).toBe("threat");
  });

  it("does not read an army sending fighters into a town as infiltration", () => {
    expect(tagged(extract("The army sent fighters into the town on Monday."), "infiltration")).toEqual([]);
  });

  it("reads a man who moves people across every week as smuggling, not a bus line across a city", () => {
    expect(tagsOf("A driver in the village moves people across every week for a fee.").has("smuggling")).toBe(
      true,
    );
    expect(tagsOf("The new bus line moves people across the city in twenty minutes.").has("smuggling")).toBe(
      false,
    );
  });
});

describe("support told as continuing", () => {
  it("reads support for the SDF, and equipment provided to security forces, as partner support", () => {
    for (const text of [
      "CENTCOM continues to support the SDF's efforts to secure the prisons.",
      "The coalition continues to provide the Internal Security Forces with vehicles and radios.",
    ])
      expect(tagged(extract(text), "partner-support")[0]?.kind, text).toBe("countermeasure");
  });

  it("does not read security provided by a force as support given to it", () => {
    const doc = extract(
      "Security inside the camp is provided by the Asayish, the internal security forces of the region.",
    );
    expect(tagged(doc, "partner-support")).toEqual([]);
  });
});

describe("attempts to cross told as a noun, posts that are not there", () => {
  it("reads repeated attempts by armed groups to cross as an infiltration threat, not after an arrest", () => {
    const doc = extract("The sector has seen repeated attempts by armed groups to cross since the spring.");
    expect(tagged(doc, "infiltration")[0]?.kind).toBe("threat");
    const arrested = extract(
      "Police arrested 31 men after attempts by the group to cross the border illegally.",
    );
    expect(tagged(arrested, "infiltration")).toEqual([]);
  });

  it("reads no government posts on a side of the border as a security vacuum", () => {
    expect(
      tagsOf("There are no government posts on our side of the border anymore.").has("security-vacuum"),
    ).toBe(true);
  });
});
