import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 33 (held-out set 20): goods seized by customs named only as goods, an attempt told as a
 * struggle, counter-ISIS operations, a mission's end told as a time, and a force counted smaller.
 * The tests use other wordings of the same classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("contraband named only as goods", () => {
  it("reads what customs seized, or what crossed without papers, as smuggled", () => {
    for (const text of [
      "Customs officers at the Trebil post seized 12 tonnes of sugar and 300 mobile phones last week.",
      "Guards seized 40 sheep and two lorries that had crossed without permits near Rabia.",
    ])
      expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });

  it("does not read a seizure by the police, or a customs fee, as smuggling", () => {
    for (const text of [
      "Police seized 12 tonnes of sugar from a warehouse in Mosul after a dispute between partners.",
      "The customs posts raised their fees on lorries carrying cement.",
    ])
      expect(tagged(text, "smuggling"), text).toEqual([]);
  });
});

describe("an attempt that did not come off", () => {
  it("reads what a force struggled or failed to do as not done", () => {
    for (const text of [
      "The army has struggled to deploy units to the desert outposts around Palmyra.",
      "Government forces failed to reinforce the checkpoints east of Homs.",
    ]) {
      const measures = extract(text).facts.filter((f) => f.tags?.includes("troop-deployment"));
      expect(measures.length, text).toBeGreaterThan(0);
      expect(
        measures.every((f) => f.modality === "negated"),
        text,
      ).toBe(true);
    }
  });

  it("still reads a force that managed to deploy as having deployed", () => {
    const measures = extract("The army managed to deploy units to the desert outposts around Palmyra.").facts;
    expect(measures.some((f) => f.tags?.includes("troop-deployment") && f.modality === "asserted")).toBe(
      true,
    );
  });
});

describe("counter-ISIS operations", () => {
  it("reads operations named counter-ISIS as counter-terrorism", () => {
    const text = "Kurdish forces now lead counter-ISIS operations in the Qara Chokh range.";
    expect(tagged(text, "counter-terrorism").length).toBeGreaterThan(0);
  });
});

describe("a mission's end and a force's size", () => {
  it("does not read cooperation kept after the end of a mission as a withdrawal", () => {
    const text =
      "Britain plans to keep a defence agreement with Iraq beyond the end of the coalition mission.";
    const diplomacy = tagged(text, "diplomacy");
    expect(diplomacy.length).toBeGreaterThan(0);
    expect(diplomacy.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(false);
    expect(tagged(text, "troop-withdrawal")).toEqual([]);
  });

  it("still reads the end of a mission told as news as a withdrawal", () => {
    expect(
      tagged("The end of the coalition mission in Baghdad came in September.", "troop-withdrawal").length,
    ).toBeGreaterThan(0);
  });

  it("reads a number of troops that has been reduced as a withdrawal", () => {
    for (const text of [
      "The number of American soldiers at the base has been cut by half since the spring.",
      "The strength of the Italian contingent in Erbil has been reduced this year.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });
});

describe("cells told as still operating", () => {
  it("reads cells or remnants that continue to operate somewhere as present", () => {
    for (const text of [
      "The group was defeated in 2019, but its cells continue to operate across the desert south of Raqqa.",
      "Remnants of the group still operate from caves in the Makhoul desert.",
    ])
      expect(tagged(text, "insurgent-presence").length, text).toBeGreaterThan(0);
  });

  it("does not read a checkpoint that men operate as insurgent presence", () => {
    expect(
      tagged("Local men operate the checkpoint at the bridge for the army.", "insurgent-presence"),
    ).toEqual([]);
  });
});

describe("surveillance flights told to end", () => {
  it("reads surveillance or reconnaissance flights that will end or stop as support cut", () => {
    for (const text of [
      "The guards were told that the reconnaissance flights over the Ghwayran prison will stop next month.",
      "Officials said drone patrols above the camps would end in the spring.",
    ])
      expect(tagged(text, "troop-withdrawal").length, text).toBeGreaterThan(0);
  });

  it("does not read flights that continue as a cut", () => {
    expect(
      tagged("Surveillance flights over the camps continued through the night.", "troop-withdrawal"),
    ).toEqual([]);
  });
});
