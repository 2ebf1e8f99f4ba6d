import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 53 (f47), extraction readings the blind analytic set 47 asked for, on invented
 * sentences: a figure after its label in a table row counts the label's head; money for a guard
 * force told to fall is a support cut; a backer's aircraft supporting a force's fighters in an
 * operation, its money for works at a partner's sites and its advisers training units are support;
 * a security arrangement between states is diplomacy; armed men firing on a vehicle on its road
 * lay an ambush.
 */
const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-08T00:00:00Z" }).facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => (f.tags ?? []).includes(tag));

describe("a figure after its label", () => {
  it("counts the label's head in a table row", () => {
    const q = facts(
      "Annex B, forces covered by this request: British troops in the Gulf region, 1,200.",
    ).filter((f) => f.kind === "quantity");
    expect(q.map((f) => [f.value, f.unit])).toEqual([[1200, "troops"]]);
  });

  it("counts the head before a colon", () => {
    const q = facts("Detainees in the annex: 3,400.").filter((f) => f.kind === "quantity");
    expect(q.map((f) => [f.value, f.unit])).toEqual([[3400, "detainees"]]);
  });

  it("leaves a figure inside a sentence, or after a label with no plural head, to the words around it", () => {
    const inside = facts(
      "Smugglers caught in the sector, 12 of them Syrians, were handed over to the court.",
    );
    expect(inside.filter((f) => f.value === 12).map((f) => f.unit)).not.toContain("smugglers");
    expect(facts("Reference number, 2,000.").filter((f) => f.kind === "quantity")).toEqual([]);
  });
});

describe("money for a guard force told to fall", () => {
  it("is a support cut at the detention sites", () => {
    const cut = tagged(
      "Payments for the Asayish protection force at the prisons in Qamishli will drop from 90 to 50 million dollars next year.",
      "troop-withdrawal",
    );
    expect(cut.map((f) => f.tags)).toEqual([
      expect.arrayContaining(["detention-facility", "troop-withdrawal"]),
    ]);
  });

  it("leaves money that rises alone", () => {
    expect(
      tagged(
        "Payments for the Asayish protection force at the prisons in Qamishli will rise from 50 to 90 million dollars next year.",
        "troop-withdrawal",
      ),
    ).toEqual([]);
  });
});

describe("a backer's support told with its occasion or its works", () => {
  it("reads aircraft supporting a force's fighters during an operation", () => {
    expect(
      tagged("Coalition helicopters supported our fighters throughout the night search.", "partner-support"),
    ).not.toHaveLength(0);
  });

  it("reads money for the repair of a camp's fence", () => {
    expect(
      tagged(
        "Germany has agreed to fund the rehabilitation of the camp's perimeter walls.",
        "partner-support",
      ),
    ).not.toHaveLength(0);
  });

  it("reads advisers training another's units", () => {
    expect(
      tagged("French trainers will keep mentoring Iraqi brigades near Baghdad.", "partner-support"),
    ).not.toHaveLength(0);
  });

  it("does not read support of a cause", () => {
    expect(tagged("Residents supported the new school during the holidays.", "partner-support")).toEqual([]);
  });
});

describe("a security arrangement between states", () => {
  it("is diplomacy", () => {
    expect(
      tagged(
        "Under the defence arrangement signed in March, British instructors will keep training Iraqi units.",
        "diplomacy",
      ),
    ).not.toHaveLength(0);
  });
});

describe("armed men firing on a vehicle on its road", () => {
  it("is an ambush, as stopping it is", () => {
    expect(
      tagged(
        "On Monday night, armed men opened fire on a fuel tanker on the road east of Sukhnah.",
        "ambush",
      ),
    ).not.toHaveLength(0);
  });

  it("leaves fire on a position alone", () => {
    expect(tagged("On Monday night, gunmen fired on an army post east of Sukhnah.", "ambush")).toEqual([]);
  });
});
