import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 36, round two, signs on held-out set 27: the terms of a withdrawal are the withdrawal,
 * a measure "no longer" carried out is no measure, families going home are not troops leaving,
 * armed members of a group who cross infiltrate, and a measure that stopped part of a crossing
 * lets the rest through. Other wordings of the same kinds.
 */
const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-26T00:00:00Z" }).facts;

const AT = new Date("2026-12-04T12:00:00Z");
const roles = (theme: string, text: string, sentence: number, outlet = "Reuters") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("a measure its subject no longer carries out", () => {
  it("reads aircraft that no longer fly over a camp as a patrol negated", () => {
    const fs = facts("The coalition's aircraft no longer fly over the Al-Hol camp at night.");
    const flights = fs.filter((f) => f.kind === "countermeasure" && (f.tags ?? []).includes("surveillance"));
    expect(flights.length).toBeGreaterThan(0);
    expect(flights.every((f) => f.modality === "negated")).toBe(true);
    // The ending stays told as what happened.
    expect(fs.some((f) => f.kind === "event" && f.modality === "asserted")).toBe(true);
  });

  it("still asserts aircraft that fly over the camp, and reads no later clause's 'no longer'", () => {
    const fs = facts(
      "Coalition aircraft fly over the Al-Hol camp every night, and the guards no longer fear an attack.",
    );
    expect(
      fs
        .filter((f) => f.kind === "countermeasure" && (f.tags ?? []).includes("surveillance"))
        .map((f) => f.modality),
    ).toEqual(["asserted"]);
  });

  it("cites a withdrawal of advisers and an end to overflights as drivers in both themes", () => {
    const text =
      "The co-chair of the detention office resigned on Wednesday.\n\nThe coalition withdrew its advisers from the Al-Sina'a prison in September, and its aircraft no longer fly over the Al-Hol camp at night.";
    expect(roles("coalition-withdrawal", text, 1, "Rudaw").every((r) => r.startsWith("driver:"))).toBe(true);
    expect(roles("coalition-withdrawal", text, 1, "Rudaw").length).toBeGreaterThan(0);
    expect(roles("isis-prison-escape", text, 1, "Rudaw").every((r) => r.startsWith("driver:"))).toBe(true);
  });
});

describe("families going home are not troops leaving", () => {
  it("keeps a return of families apart from an earlier withdrawal of advisers", () => {
    const fs = facts(
      "The coalition withdrew its advisers from the Al-Sina'a prison in September.\n\nRepatriations have nearly stopped, since only 85 Iraqi families left Al-Hol this year.",
    );
    const withdrawal = fs.find((f) => f.kind === "event" && (f.tags ?? []).includes("troop-withdrawal"));
    expect(withdrawal?.tags ?? []).not.toContain("repatriation");
    expect(
      fs.some((f) => f.kind === "event" && f.sentence === 1 && (f.tags ?? []).includes("repatriation")),
    ).toBe(true);
  });
});

describe("the terms of a withdrawal", () => {
  it("reads a withdrawal completed under an agreement as the withdrawal", () => {
    const text =
      "The commander submitted a written statement to the committee.\n\nIn line with our agreement with the Government of Iraq, we completed the transition of our forces out of federal Iraq in September 2025 and will conclude the coalition's military mission in the Kurdistan Region by the end of this year.";
    expect(roles("coalition-withdrawal", text, 1, "US Central Command")).toEqual([
      "driver:withdrawal-intent",
    ]);
  });

  it("reads an announced end of the mission with talks on its timetable as the withdrawal", () => {
    const text =
      "The notes carry the following risk factors.\n\nThe Government has announced its intention to end the mission of the international coalition against ISIS in Iraq, and talks with the United States on a timetable began in January.";
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:withdrawal-intent"]);
  });

  it("still reads a security agreement dated by the troops' departure as ties", () => {
    const text =
      "A panel discussed the coalition's future in Iraq.\n\nWashington and Baghdad will sign a new memorandum on intelligence sharing and training next month, which keeps the relationship alive after the troops leave.";
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:bilateral-security-ties"]);
  });
});

describe("armed members of a group who cross, and a measure that stopped part of them", () => {
  it("tags armed members of a group crossing from Syria as an infiltration, not family members", () => {
    const armed = facts(
      "A group of about 20 armed ISIS members crossed from Syria near Husaybah on Monday night.",
    );
    expect(armed.some((f) => (f.tags ?? []).includes("infiltration"))).toBe(true);
    const family = facts("Family members crossed from Syria into Iraq last week.");
    expect(family.some((f) => (f.tags ?? []).includes("infiltration"))).toBe(false);
  });

  it("reads a crossing the army intercepted only part of as infiltration pressure", () => {
    const text =
      "A deputy questioned the interior minister on the border.\n\nHe said that on the night of 24 November a group of about 20 armed ISIS members crossed from Syria near Husaybah and reached the Al-Ubaydi desert before the army intercepted part of it.";
    expect(roles("border-fortification", text, 1, "Iraqi News Agency")).toEqual([
      "driver:infiltration-pressure",
    ]);
  });

  it("still reads a crossing the army intercepted in full as an interdiction", () => {
    const text =
      "A deputy questioned the interior minister on the border.\n\nHe said that on the night of 24 November the army intercepted a group of armed men crossing the border from Syria near Husaybah and arrested them.";
    expect(roles("border-fortification", text, 1, "Iraqi News Agency")).toEqual(["mitigator:interdictions"]);
  });
});

describe("a troop figure told after departures", () => {
  const LEDE = "Two SDF officials spoke to Rudaw on Friday.\n\n";
  it("reads fewer troops remaining after the latest departures as withdrawal", () => {
    const text = `${LEDE}Fewer than 600 US troops remain in northeast Syria after the latest departures from bases in Deir Ez-Zor and Hasakah.`;
    expect(roles("coalition-withdrawal", text, 1, "Rudaw")).toEqual(["driver:withdrawal-intent"]);
  });

  it("still reads troops that remain, with no departure told, as a residual presence", () => {
    const text = `${LEDE}About 1,500 US troops remain in northeast Syria to support the fight against ISIS.`;
    expect(roles("coalition-withdrawal", text, 1, "Rudaw")).toEqual(["mitigator:residual-presence"]);
  });
});
