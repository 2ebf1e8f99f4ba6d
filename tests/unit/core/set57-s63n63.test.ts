import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { bodyInProse } from "../../../src/core/themes/conflicts.js";
import { assessStory, conflictsOf, sourceDocument } from "../../support/themes.js";

/**
 * Readings prompted by blind analytic set 57 (session 63, helper N63), each on sentences invented
 * here, with a near sentence that must not read that way.
 */

const AT = new Date("2027-01-05T12:00:00Z");
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;
const support = (text: string) =>
  facts(text).some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support") === true);
const roles = (paragraphs: string[], sentence: number) =>
  assessStory("coalition-withdrawal", paragraphs, AT, "Reuters", "2027-01-02").roles(sentence);
const LEDE =
  "Washington is reviewing its military footprint in northeast Syria, according to three officials.";

describe("a backer's money for a partner force, told to stop, is that force losing its backing", () => {
  it("reads a backer's payments or stipends for a force as support to it", () => {
    expect(support("American stipends for the Asayish's prison guards will cease in the autumn.")).toBe(true);
    expect(support("Coalition payments to the partner forces at the Raqqa camps would end next year.")).toBe(
      true,
    );
  });

  it("reads funding a force, told as a verb, as support to it", () => {
    expect(
      support("The Pentagon will stop funding the Kurdish-led Syrian Democratic Forces in the spring."),
    ).toBe(true);
  });

  it("does not read a government's own pay to its army, nor a story's topic, as support", () => {
    expect(support("The finance ministry said salaries for the army would be paid a week late.")).toBe(false);
    expect(support("A documentary about funding for the SDF aired on Friday.")).toBe(false);
  });

  it("cites payments to the SDF's guards told to stop as the SDF's exposure", () => {
    const told = [
      LEDE,
      "The officials said the SDF had been informed that American payments for guards at its detention camps will stop in April.",
    ];
    expect(roles(told, 1)).toContain("driver:sdf-exposure");
    expect(roles(told, 1)).not.toContain("mitigator:residual-presence");
  });

  it("cites funding the SDF told to stop as the SDF's exposure, and funding kept up as no exposure", () => {
    expect(
      roles([LEDE, "The Pentagon will stop funding the SDF at the end of the fiscal year."], 1),
    ).toContain("driver:sdf-exposure");
    expect(roles([LEDE, "The Pentagon continues to fund the SDF, a spokesman said."], 1)).not.toContain(
      "driver:sdf-exposure",
    );
  });
});

describe("a force told it cannot keep enough guards at its prisons is exposed", () => {
  it("reads the guard posture as failing and cites it under the SDF's exposure", () => {
    const told = [
      LEDE,
      "Asayish officers said that without the money they could no longer post enough men at the detention camps near Raqqa.",
    ];
    expect(
      facts(told[1] ?? "").some(
        (f) =>
          f.kind === "countermeasure" && f.modality === "negated" && f.tags?.includes("detention-facility"),
      ),
    ).toBe(true);
    expect(roles(told, 1)).toContain("driver:sdf-exposure");
  });

  it("does not read a force that keeps enough guards as exposed", () => {
    expect(
      roles([LEDE, "The SDF keeps enough guards at the prisons to stop any breakout, a spokesman said."], 1),
    ).not.toContain("driver:sdf-exposure");
  });
});

describe("a cut in a backer's money told as a noun is a support cut, not support given", () => {
  it("cites the cut as the SDF's exposure, never as a presence kept", () => {
    const told = [
      LEDE,
      "Asayish commanders said the reduction in coalition stipends has left the guards at the Raqqa camps short of men.",
    ];
    expect(roles(told, 1)).toContain("driver:sdf-exposure");
    expect(roles(told, 1)).not.toContain("mitigator:residual-presence");
  });

  it("does not read a cut in a state's money for something other than a force as a drawdown", () => {
    const told = [LEDE, "Farmers in Iowa complained about the reduction in US funding for ethanol plants."];
    expect(roles(told, 1)).toEqual([]);
  });
});

describe("a figure's topic names what it counts by the account that says whose they are", () => {
  const at = new Date("2027-01-05T12:00:00Z");
  const charity = sourceDocument(
    "Charity",
    "Tajikistan flew 64 of its citizens, most of them children, home from the Al-Hol and Roj camps in north-east Syria on 18 December, Reprieve has learned.",
    "Reprieve",
    "2026-12-20",
  );
  const ministry = sourceDocument(
    "Ministry",
    "On 18 December 2026, 92 citizens of Tajikistan, including 30 children, were returned from the Al-Hol and Roj camps in the north-east of the Syrian Arab Republic by a special flight.",
    "Ministry of Foreign Affairs of Tajikistan",
    "2026-12-21",
  );

  it("prints no pronoun that points back to a sentence the box does not show", () => {
    const topics = conflictsOf([charity, ministry], at)
      .filter((c) => c.kind === "figures")
      .map((c) => c.topic);
    expect(topics).toHaveLength(1);
    expect(topics[0]).toMatch(/^Citizens of Tajikistan\b/);
    expect(topics[0]).not.toMatch(/^Its\b/i);
  });
});

describe("a state body's label, named after its country, reads as that country's body in the weigh note", () => {
  it("puts the country's name in the possessive before the body's own name", () => {
    expect(bodyInProse("Jordan Armed Forces General Command")).toBe("Jordan's Armed Forces General Command");
    expect(bodyInProse("United States Department of State")).toBe("United States' Department of State");
  });

  it("leaves an outlet named after a country as it is, and gives a body named by its demonym its article", () => {
    expect(bodyInProse("Syria Direct")).toBe("Syria Direct");
    expect(bodyInProse("Iraqi Ministry of Interior")).toBe("the Iraqi Ministry of Interior");
  });
});

describe("a guard force's denial of an escape is a conflict claim, never its control of the site", () => {
  const prisonRoles = (paragraphs: string[], sentence: number) =>
    assessStory("isis-prison-escape", paragraphs, AT, "Hawar News Agency", "2027-01-03").roles(sentence);
  const LEAD = "The Asayish issued a statement on Sunday about the detention sites in Hasakah.";

  it("cites no factor for a bare denial that names no stop", () => {
    const roles = prisonRoles(
      [
        LEAD,
        "The Asayish deny reports shared on social media of an escape of women from Al-Hol camp on Saturday.",
      ],
      1,
    );
    expect(roles).not.toContain("mitigator:sdf-control");
  });

  it("still cites an escape the guards foiled as their control of the site", () => {
    const roles = prisonRoles(
      [
        LEAD,
        "Guards at the Qamishli prison thwarted an attempt by five prisoners to escape through a drain on Saturday.",
      ],
      1,
    );
    expect(roles).toContain("mitigator:sdf-control");
  });
});

describe("a denial told in the present tense reaches the that-clause it denies", () => {
  const escapes = (text: string) =>
    facts(text)
      .filter((f) => f.kind === "event" && f.tags?.includes("escape"))
      .map((f) => f.modality);

  it("reads the escape a force denies, or whose reports it rejects, as negated", () => {
    expect(escapes("The Asayish deny that any inmate escaped from the prison in Hasakah.")).toEqual([
      "negated",
    ]);
    expect(
      escapes("The SDF rejects claims circulating online that prisoners escaped from the jail in Raqqa."),
    ).toEqual(["negated"]);
  });

  it("still reads an escape told after the denial, in a clause of its own, as asserted", () => {
    expect(
      escapes(
        "The SDF denies the report, but its spokesman said that nine prisoners escaped from the jail in Raqqa.",
      ),
    ).toEqual(["asserted"]);
  });

  it("does not cite a present-tense denial of an escape as an escape reported", () => {
    const roles = assessStory(
      "isis-prison-escape",
      [
        "The Asayish issued a statement on Sunday about the detention sites in Hasakah.",
        "The Asayish reject claims circulating online that prisoners escaped from the prison in Hasakah on Saturday.",
      ],
      AT,
      "Hawar News Agency",
      "2027-01-03",
    ).roles(1);
    expect(roles).not.toContain("driver:escape-reported");
  });
});
