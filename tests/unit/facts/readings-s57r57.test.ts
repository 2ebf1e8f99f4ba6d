import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 57 (helper r57, evidence recall): a seizure told on customs' word, goods without tax
 * stamps, a "without" in a passive's subject, and foreign families returned, transferred or gone
 * in convoys. The sentences are invented wordings of those classes.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("contraband told by the customs or by its missing stamps", () => {
  it("reads a seizure on customs' word, or goods without tax stamps, as smuggled", () => {
    for (const text of [
      "According to the Jordanian customs department, 40,000 mobile phones were seized at the crossing last month.",
      "Five tonnes of tea without tax stamps were confiscated from a warehouse near Rabia.",
    ])
      expect(tagged(text, "smuggling").length, text).toBeGreaterThan(0);
  });

  it("does not read a seizure told by the police, or a stamp fee, as smuggling", () => {
    for (const text of [
      "According to the police, 40,000 mobile phones were seized from a shop in Mosul after a fraud.",
      "The customs authority said the price of tax stamps on tea would rise next year.",
    ])
      expect(tagged(text, "smuggling"), text).toEqual([]);
  });
});

describe("a 'without' in the subject of a passive", () => {
  it("keeps a seizure of goods without papers done", () => {
    const text = "Two lorries without number plates were seized by the border guards near Trebil.";
    const seized = tagged(text, "seizure").filter((f) => f.kind === "countermeasure");
    expect(seized.length).toBeGreaterThan(0);
    expect(seized.every((f) => f.modality === "asserted")).toBe(true);
  });

  it("still reads a measure the doers are without as lost", () => {
    const text = "The outposts were left without cameras after the contractor withdrew.";
    const cams = tagged(text, "surveillance").filter((f) => f.kind === "countermeasure");
    expect(cams.every((f) => f.modality !== "asserted")).toBe(true);
  });
});

describe("foreign families returned home", () => {
  it("reads families of a foreign people returned, transferred or gone in convoys as a return", () => {
    for (const text of [
      "Some 640 Iraqi families have been returned from the Roj area to a centre in Nineveh this year.",
      "The ministry welcomed the transfer of about 900 Iraqi households from the camp in the spring.",
      "This week 85 Iraqi families, some 300 people, left for the reception centre in three convoys.",
    ])
      expect(tagged(text, "repatriation").length, text).toBeGreaterThan(0);
  });

  it("does not read families fleeing, or a transfer of no people named, as a return", () => {
    for (const text of [
      "Hundreds of families left for the hills in long convoys as the shelling grew heavier.",
      "The transfer of 900 detainees to the new wing of the prison took two days.",
      "About 300 Syrian families have been moved from the flooded tents to a school.",
    ])
      expect(tagged(text, "repatriation"), text).toEqual([]);
  });
});

describe("'the Coalition' written with a capital", () => {
  const coalitionMentions = (text: string) =>
    extract(text)
      .entities.filter((e) => e.name === "Global Coalition to Defeat ISIS")
      .flatMap((e) => e.mentions.map((m) => m.text));

  it("reads it as the Global Coalition, also before the story names it otherwise", () => {
    const text =
      "The Coalition's advisers left the base near Mosul in Iraq last month. Coalition troops still fly from Erbil.";
    expect(coalitionMentions(text)).toContain("Coalition");
  });

  it("leaves a lower-case 'the coalition' before the naming, and a coalition of another name, alone", () => {
    const before =
      "A panel discussed what the end of the coalition mission in Iraq will bring. Coalition troops still fly from Erbil.";
    expect(coalitionMentions(before)).not.toContain("coalition");
    const other = "The Coalition for Peace met in Baghdad, Iraq, and the Coalition said it would meet again.";
    expect(coalitionMentions(other)).toEqual([]);
  });
});

describe("drugs told crossing a border", () => {
  const smuggled = (text: string) =>
    extract(text).facts.filter((f) => f.kind === "threat" && f.tags?.includes("smuggling"));

  it("reads drugs entering or carried through or across a border as smuggled", () => {
    for (const text of [
      "Investigators believe the captagon was made near Homs and brought across the border in fruit lorries.",
      "Most of the hashish enters through the southern crossings hidden in fuel tankers.",
    ])
      expect(smuggled(text).length, text).toBeGreaterThan(0);
  });

  it("does not read other goods crossing, or drugs seized first, as smuggled", () => {
    for (const text of [
      "Medicines and food entered through the border crossing on Monday.",
      "The pills seized last week were carried across the border to the ministry for testing.",
    ])
      expect(smuggled(text), text).toEqual([]);
  });
});

describe("armed men who enter a town and stay in control of it", () => {
  const held = (text: string) =>
    extract(text).facts.filter((f) => f.codes?.acled?.subEventType === "Non-state actor overtakes territory");

  it("reads armed men who entered a place and stayed in control of it as ground taken", () => {
    const text =
      "Militants entered the village near the oil field at dusk and stayed in control of its streets until dawn.";
    expect(held(text).length).toBeGreaterThan(0);
  });

  it("does not read police, or people in control of themselves, as taking ground", () => {
    for (const text of [
      "Police entered the town at dusk and stayed in control of its streets.",
      "Relatives entered the town at dusk and remained in control of their emotions.",
    ])
      expect(held(text), text).toEqual([]);
  });
});

describe("what a modal or a call bears on", () => {
  const modalities = (text: string, tag: Tag) => tagged(text, tag).map((f) => f.modality);

  it("keeps what is to be known, and what a speaker calls something, as told", () => {
    expect(
      modalities(
        "Drivers should know that the road past the crossing is closed by a new fence.",
        "fortification",
      ),
    ).toContain("asserted");
    expect(
      modalities(
        "The council thanked the embassy for what it called steady support in training for the police.",
        "partner-support",
      ),
    ).toContain("asserted");
  });

  it("still reads a wall that should be built, and a call for support, as wished", () => {
    expect(
      modalities("The ministry should build a fence along the road past the crossing.", "fortification"),
    ).toEqual(["hypothetical"]);
    expect(
      modalities(
        "The council called for steady support in training for the police.",
        "partner-support",
      ).every((m) => m === "hypothetical"),
    ).toBe(true);
  });
});

describe("a coalition strike", () => {
  it("reads the coalition's strike as from the air", () => {
    expect(
      tagged("A coalition strike near the ridge on Monday killed three commanders.", "airstrike").length,
    ).toBeGreaterThan(0);
  });

  it("does not read a strike by workers or a rival coalition's vote as one", () => {
    for (const text of [
      "A strike by oil workers near the ridge on Monday closed the refinery.",
      "The ruling coalition struck a deal with the opposition on Monday.",
    ])
      expect(tagged(text, "airstrike"), text).toEqual([]);
  });
});
