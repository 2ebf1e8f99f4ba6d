import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const extract = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-25T00:00:00Z" }).facts;
const armed = (text: string) =>
  extract(text).filter((f) => f.codes?.acled?.eventType === "Battles" && f.modality === "asserted");
const quantities = (text: string) => extract(text).filter((f) => f.kind === "quantity");

describe("an act named with 'any' is a kind of act, not one that happened", () => {
  it("reads a stance against any attack, and the attacks it includes, as hypothetical", () => {
    expect(
      armed(
        "We reject any attack on the security of Iraq from any party, including attacks on the bases that host foreign advisers.",
      ),
    ).toEqual([]);
  });

  it("still asserts an attack told with a definite article", () => {
    expect(
      armed("ISIS fighters carried out an attack on the base near Rutba on Sunday.").length,
    ).toBeGreaterThan(0);
  });
});

describe("a death from illness and celebratory gunfire are no armed clash", () => {
  it("reads a child's death from fever in a camp as no casualty of violence", () => {
    expect(armed("SOHR documented the death of a child from fever in Al-Hol camp on Sunday night.")).toEqual(
      [],
    );
    expect(armed("Two detainees died of cholera in the prison last week, the Asayish said.")).toEqual([]);
  });

  it("still reads a death of wounds, and a killing, as casualties", () => {
    expect(
      armed("A guard died of his wounds in hospital on Monday after the attack on the prison.").length,
    ).toBeGreaterThan(0);
    expect(armed("Gunmen killed two guards at the prison gate in Hasakah.").length).toBeGreaterThan(0);
  });

  it("reads people wounded by celebratory gunfire at a wedding as no armed clash", () => {
    expect(armed("Two people were wounded by celebratory gunfire at a wedding in Qamishli.")).toEqual([]);
  });
});

describe("'the two sides' are the parties named before, not a figure", () => {
  it("reads no quantity in 'the two sides discussed'", () => {
    expect(
      quantities("The two sides discussed cooperation in energy and the reduction of gas flaring."),
    ).toEqual([]);
  });

  it("still counts two soldiers and two countries' 300 troops", () => {
    expect(quantities("Two soldiers were wounded.").length).toBe(1);
    expect(
      quantities("The two sides agreed that 300 troops would stay.").map(
        (q) => (q as { value?: number }).value,
      ),
    ).toEqual([300]);
  });
});

describe("what a gathering is about is its subject, not something done", () => {
  const repatriations = (text: string) =>
    extract(text).filter((f) => (f.tags ?? []).includes("repatriation") && f.modality === "asserted");

  it("reads the return named as a conference's subject as not done", () => {
    expect(
      repatriations(
        "The European Union co-chaired a conference in Brussels on 26 November on the security of the camps in northeast Syria and on the return of foreign nationals.",
      ),
    ).toEqual([]);
  });

  it("still asserts a return told as done", () => {
    expect(
      repatriations(
        "Iraq said it had repatriated 2,300 of its citizens from Al-Hol camp to the Jeddah-1 centre.",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("a death of illness is an event, dated, but no armed clash", () => {
  it("keeps a driver's death of a heart attack as an event without an armed code", () => {
    const facts = extract(
      "On Thursday night, a driver, Nizar Hassan, 58, died of a heart attack in his cab near Derabun.",
    );
    expect(facts.some((f) => f.kind === "event" && f.codes?.acled === undefined)).toBe(true);
    expect(facts.filter((f) => f.codes?.acled?.eventType === "Battles")).toEqual([]);
  });
});
