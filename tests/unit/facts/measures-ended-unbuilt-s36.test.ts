import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A standing measure told as ended ("has ended regular coalition night patrols"), or as not yet
 * built ("where the trench has not yet been dug"), is not in effect; a capitalised trigger word
 * in a political body's name ("the ruling Coordination Framework") is the name, not the act; and a
 * demand that foreign forces leave keeps its reading across an appositive ("all US forces,
 * including those in Kurdistan, to leave"). Session 36's analytic set 26 told these; the tests
 * use other wordings of the same classes.
 */

const measures = (text: string) => extract(text).facts.filter((f) => f.kind === "countermeasure");

describe("a standing measure ended", () => {
  it("reads patrols and a curfew told as ended, suspended or discontinued as not in effect", () => {
    for (const text of [
      "The cuts have ended the regular night patrols around the camp.",
      "The authorities suspended the curfew in the town on Monday.",
      "The army discontinued its daily patrols along the river last month.",
    ]) {
      const found = measures(text);
      expect(found.length, text).toBeGreaterThan(0);
      expect(
        found.every((f) => f.modality === "negated"),
        text,
      ).toBe(true);
    }
  });

  it("keeps an operation told as ended, and a checkpoint after a preposition, in effect", () => {
    const op = extract(
      "Security forces ended a three-day raid on ISIS hideouts in the desert, killing 12 militants.",
    );
    expect(op.facts.filter((f) => f.modality === "negated")).toEqual([]);
    const post = measures("A quarrel that ended at a checkpoint near the town left two men wounded.");
    expect(post.every((f) => f.modality === "asserted")).toBe(true);
  });
});

describe("a measure not yet built", () => {
  it("reads a trench or wall not yet dug or completed as not in effect", () => {
    for (const text of [
      "Smugglers still use the valleys further south, where the trench has not yet been dug.",
      "North of the crossing the wall is yet to be completed, officers said.",
    ]) {
      const found = measures(text).filter((f) => f.tags?.includes("fortification"));
      expect(found.length, text).toBeGreaterThan(0);
      expect(found[0]?.modality, text).toBe("negated");
    }
  });

  it("keeps a wall told as completed in effect", () => {
    const found = measures("The wall along the border has been completed, officers said.").filter((f) =>
      f.tags?.includes("fortification"),
    );
    expect(found[0]?.modality).toBe("asserted");
  });
});

describe("a political body's name and a demand that forces leave", () => {
  it("reads no cooperation into 'the Coordination Framework', and a demand for US forces to leave as withdrawal", () => {
    const doc = extract(
      "Several members of the Coordination Framework have demanded that all US forces, including the advisers in Erbil, leave by next summer.",
    );
    expect(doc.facts.filter((f) => f.tags?.includes("diplomacy") && f.kind === "countermeasure")).toEqual([]);
    const called = extract(
      "Lawmakers have called for all US forces, including those at Ain al-Asad, to leave by the end of the year.",
    );
    expect(called.facts.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(true);
  });

  it("still reads cooperation told as an act", () => {
    const doc = extract("Iraq and Syria agreed on closer coordination against smuggling on the border.");
    expect(doc.facts.some((f) => f.tags?.includes("diplomacy"))).toBe(true);
  });
});

describe("a breach denied as others' account, and a crossing through a gap cut in a fence", () => {
  it("reads what a command 'denied reports that' as negated", () => {
    const doc = extract(
      "The ministry on Monday dismissed media claims that gunmen had crossed the border through a breach in the wall near Rabia.",
    );
    const crossing = doc.facts.filter((f) => f.tags?.includes("infiltration"));
    expect(crossing.length).toBeGreaterThan(0);
    expect(crossing.every((f) => f.modality === "negated")).toBe(true);
  });

  it("reads men who entered through a gap cut in the fence as a breach of the barrier", () => {
    const doc = extract(
      "The men said they had crossed into Iraq through a gap cut in the border fence at night.",
    );
    const breach = doc.facts.filter((f) => f.tags?.includes("infiltration") && f.kind === "threat");
    expect(breach.length).toBeGreaterThan(0);
    expect(breach[0]?.modality).toBe("asserted");
  });

  it("keeps a report told as given, not denied, asserted", () => {
    const doc = extract(
      "Residents confirmed reports that gunmen had crossed through a breach in the wall near Rabia.",
    );
    expect(
      doc.facts.filter((f) => f.tags?.includes("infiltration")).every((f) => f.modality === "asserted"),
    ).toBe(true);
  });
});
