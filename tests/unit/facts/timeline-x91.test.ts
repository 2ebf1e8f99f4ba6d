import { describe, expect, it } from "vitest";
import { tollOfAnother } from "../../../src/core/facts/timeline.js";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * Helper x91: timeline readings found on blind text (set 73). Sentences written for these tests.
 */

describe("a word of continuing activity in a report's second that-clause", () => {
  it("dates the first clause's arrest by the report's day, not as ongoing", () => {
    const doc = extract(
      "TIKRIT, 14 March 2027 — The Salahuddin police said on Friday that they had detained three of the smugglers in the Qadisiya quarter and that a fourth was still at large.",
    );
    expect(datesOf(doc, /detained three of the smugglers/)).toEqual(["2027-03-12"]);
  });

  it("keeps the second clause's own happening, told as continuing, ongoing", () => {
    const doc = extract(
      "TIKRIT, 14 March 2027 — The Salahuddin police said on Friday that they had detained three of the smugglers in the Qadisiya quarter, and that clashes were still continuing in the orchards.",
    );
    expect(datesOf(doc, /clashes were still continuing/)).toEqual(["ongoing"]);
  });
});

describe("a fire told in the passive of 'set a fire', and its damage told after it", () => {
  const dateline = "KUT, 18 April 2027 — ";

  it("reads 'a fire was set in …' as a fire on its day", () => {
    const doc = extract(
      `${dateline}Late on Thursday a fire was set in the records hall of the Kut land registry.`,
    );
    expect(datesOf(doc, /a fire was set in the records hall/)).toEqual(["2027-04-15"]);
  });

  it("leaves 'the fire had been set by …' (who set a fire already told) no second fire", () => {
    const doc = extract(
      `${dateline}Late on Thursday the grain store in Kut was set on fire. Police said the fire had been set by a gang from the next village.`,
    );
    expect(dated(doc).filter((f) => f.kind === "event" && /fire/.test(f.text))).toHaveLength(1);
  });

  it("prints the damage told from the moment it was put out, with a clock time and the things' age, with the fire", () => {
    const doc = extract(
      `${dateline}Late on Thursday a fire broke out in the records hall of the Kut land registry. By the time firefighters put it out, shortly after 04:30, most of the title deeds stored there since 1948 had burned.`,
    );
    const fire = dated(doc).find((f) => /a fire broke out/.test(f.text));
    expect(fire?.outcome?.text).toMatch(/title deeds stored there since 1948 had burned/);
  });

  it("keeps a tally 'since' a year after the fire no toll of it", () => {
    const doc = extract(
      `${dateline}Late on Thursday a fire broke out in the records hall of the Kut land registry. By the time firefighters put it out, more offices had burned since 2025 than in the ten years before.`,
    );
    const fire = dated(doc).find((f) => /a fire broke out/.test(f.text));
    expect(fire).toBeDefined();
    expect(fire?.outcome).toBeUndefined();
  });
});

describe("a sentence carrying on the happening before it with a pronoun subject and a past deed", () => {
  const dateline = "SAMARRA, 6 May 2027 — ";

  it("prints 'They searched …, took … and drove off …' with the ambush it carries on", () => {
    const doc = extract(
      `${dateline}On Tuesday evening, four gunmen in police uniforms stopped a minibus of the Dijla Dairy on the road between Dujail and Ishaqi. They searched the driver and the two salesmen, took the day's takings and drove off with the driver, Samir Hadi Salman.`,
    );
    const stop = dated(doc).find((f) => /stopped a minibus/.test(f.text));
    expect(stop?.date?.value).toBe("2027-05-04");
    expect(stop?.outcome?.text).toMatch(/drove off with the driver/);
  });

  it("prints 'It crashed into …' with the shooting-down it carries on", () => {
    const doc = extract(
      `${dateline}Shortly before midnight on Tuesday a drone was shot down over the Jalam district. It crashed into the yard of a primary school and set two classrooms on fire.`,
    );
    const down = dated(doc).find((f) => /a drone was shot down/.test(f.text));
    expect(down?.outcome?.text).toMatch(/set two classrooms on fire/);
  });

  it("leaves a statement ('They said …', 'It claimed …') and a state ('It was …') out of the entry", () => {
    for (const next of [
      "They said the gunmen spoke with a Mosul accent.",
      "It claimed the road was safe.",
      "It was the third such attack this year.",
    ]) {
      const doc = extract(
        `${dateline}On Tuesday evening, four gunmen in police uniforms stopped a minibus of the Dijla Dairy on the road between Dujail and Ishaqi. ${next}`,
      );
      const stop = dated(doc).find((f) => /stopped a minibus/.test(f.text));
      expect(stop?.outcome).toBeUndefined();
    }
  });
});

describe("measures told right after a happening, at the place it brought in", () => {
  const dateline = "HILLA, 12 June 2027 — ";

  it("prints arrests 'at the orchard' with the rescue 'in a raid … on an orchard', on its day, once", () => {
    const doc = extract(
      `${dateline}The engineer was freed early on Thursday in a raid by the Babil Police Command on an orchard near Jurf al-Nasr. A police spokesman told reporters that three of the kidnappers had been arrested at the orchard.`,
    );
    const rescue = dated(doc).find((f) => /was freed early on Thursday/.test(f.text));
    expect(rescue?.date?.value).toBe("2027-06-10");
    expect(rescue?.outcome?.text).toMatch(/arrested at the orchard/);
    const arrests = doc.facts.filter((f) => /three of the kidnappers had been arrested/.test(f.text));
    expect(arrests.length).toBeGreaterThan(0);
    expect(arrests.every((f) => tollOfAnother(f, doc.facts))).toBe(true);
  });

  it("leaves arrests at a place the happening did not name an entry of their own", () => {
    const doc = extract(
      `${dateline}The engineer was freed early on Thursday in a raid by the Babil Police Command on an orchard near Jurf al-Nasr. A police spokesman told reporters that three of the kidnappers had been arrested at the bus station.`,
    );
    const rescue = dated(doc).find((f) => /was freed early on Thursday/.test(f.text));
    expect(rescue?.outcome).toBeUndefined();
  });
});

describe("a drone that fell or crashed", () => {
  const dateline = "ZAKHO, 2 February 2027 — ";

  it("is a drone attack on its day", () => {
    const doc = extract(
      `${dateline}On 27 January, a drone crashed in an orchard outside Batifa without exploding.`,
    );
    expect(datesOf(doc, /a drone crashed in an orchard/)).toEqual(["2027-01-27"]);
    expect(doc.facts.find((f) => /a drone crashed/.test(f.text))?.tags).toContain("drone");
  });

  it("leaves 'the second drone fell …', a drone already told, no attack of its own", () => {
    const doc = extract(
      `${dateline}A drone struck a fuel depot near Batifa late on Sunday. A second drone was brought down by air defences. According to the district, the second drone fell in a field near the village.`,
    );
    expect(doc.facts.filter((f) => /the second drone fell/.test(f.text))).toHaveLength(0);
  });
});
