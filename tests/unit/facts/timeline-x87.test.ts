import { describe, expect, it } from "vitest";
import { tollOfAnother, withOutcome } from "../../../src/core/facts/timeline.js";
import { extract } from "./helpers.js";

/**
 * Helper x87: a dated happening's entry says what the article tells of it next (its toll, told
 * with the people it names or the marks an encyclopedia sets after it). Sentences written for
 * these tests.
 */

const entries = (doc: ReturnType<typeof extract>) =>
  doc.facts
    .filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .filter((f) => !tollOfAnother(f, doc.facts))
    .map((f) => withOutcome(f.text, f));

describe("a toll naming some of its dead, with reference marks", () => {
  it("joins 'N people, including …, were killed' to the happening before, without its marks", () => {
    const text =
      "The Tal Abyad bus bombing was a car bomb attack on the bus station in Tal Abyad, a town in northern Syria, on 14 March 2026. Seven people, including two teachers, were killed and 19 were injured.[3][4]";
    const doc = extract(text, "2026-03-20");
    const rows = entries(doc);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /car bomb attack on the bus station.*Seven people, including two teachers, were killed and 19 were injured\.$/,
    );
  });

  it("keeps a toll 'including' more than the one happening out of its entry", () => {
    const text =
      "A roadside bomb exploded near a police post in Tal Abyad on 14 March 2026. Seven people were killed, including two teachers, in attacks across the province.";
    const doc = extract(text, "2026-03-20");
    const bomb = doc.facts.find((f) => /roadside bomb exploded/.test(f.text));
    expect(bomb?.outcome).toBeUndefined();
  });
});

describe("a toll told after sentences that tell more of the happening", () => {
  it("runs the entry on over a paragraph that tells the happening again, then its toll", () => {
    const text =
      "The Kirkuk Chess Club has called off its spring open, which was to start at the Cultural Hall on Saturday, after mortar shells landed in the city's Wasiti quarter on Wednesday night.\n\nFour mortar shells fell in Wasiti at about ten o'clock. One struck a garage some 200 metres from the hall, where volunteers had been setting out tables. A caretaker was slightly injured, according to the city police.";
    const doc = extract(text, "2026-04-10");
    const shells = doc.facts.find((f) => /mortar shells landed/.test(f.text));
    expect(shells?.date?.value).toBe("2026-04-08");
    expect(shells?.outcome?.text).toMatch(
      /^Four mortar shells fell in Wasiti.*One struck a garage.*A caretaker was slightly injured, according to the city police$/,
    );
    // One happening, one entry: the toll is no row of the month.
    expect(entries(doc).filter((r) => /caretaker/.test(r))).toHaveLength(1);
  });

  it("runs the entry on over a sentence of the same paragraph between the happening and its toll", () => {
    const text =
      "Late on Friday, two men tried to climb the back wall of the Al-Salam school in Hay al-Jamia with a ladder. The caretaker, Hassan Ali, shouted from the roof and they ran off towards the river. Nobody was hurt.";
    const doc = extract(text, "2026-04-12");
    const climb = doc.facts.find((f) => /tried to climb/.test(f.text));
    expect(climb?.outcome?.text).toMatch(/^The caretaker, Hassan Ali, shouted.*Nobody was hurt$/);
  });

  it("does not run the entry on over a paragraph that opens on something else", () => {
    const text =
      "The Kirkuk Chess Club has called off its spring open, which was to start at the Cultural Hall on Saturday, after mortar shells landed in the city's Wasiti quarter on Wednesday night.\n\nThe hall seats about 300 players. A caretaker was slightly injured, according to the city police.";
    const doc = extract(text, "2026-04-10");
    const shells = doc.facts.find((f) => /mortar shells landed/.test(f.text));
    expect(shells?.outcome).toBeUndefined();
  });

  it("does not run the entry on over a sentence of another happening", () => {
    const text =
      "Late on Friday, two men tried to climb the back wall of the Al-Salam school in Hay al-Jamia with a ladder. Elsewhere in the city the power went off for two hours. Nobody was hurt.";
    const doc = extract(text, "2026-04-12");
    const climb = doc.facts.find((f) => /tried to climb/.test(f.text));
    expect(climb?.outcome).toBeUndefined();
  });
});

describe("a toll told from the moment the happening ended", () => {
  it("joins 'By the time …, N had burned' to the fire before it", () => {
    const text =
      "A fire broke out in a storehouse of the Khazir camp on Monday evening. By the time the camp's firemen put it out, six tents had burned and an old man had been taken to the clinic with burns to his arms.";
    const doc = extract(text, "2026-05-14");
    const fire = doc.facts.find((f) => /fire broke out/.test(f.text));
    expect(fire?.outcome?.text).toMatch(/^By the time the camp's firemen put it out, six tents had burned/);
    expect(entries(doc)).toHaveLength(1);
  });

  it("does not join damage told in the pluperfect without 'By the time'", () => {
    const text =
      "A fire broke out in a storehouse of the Khazir camp on Monday evening. Six tents had burned in the same row two winters ago.";
    const doc = extract(text, "2026-05-14");
    const fire = doc.facts.find((f) => /fire broke out/.test(f.text));
    expect(fire?.outcome).toBeUndefined();
  });
});

describe("a toll told by a source, with how the happening was done reported after it", () => {
  const opening =
    "The car bomb that killed two people in Karrada on Thursday 9 April has emptied the cafes of Abu Nuwas Street.\n\nThe blast went off at about nine in the evening outside a pharmacy near the river, a few streets from the Jadriya bridge. ";

  it("joins the source's toll, and the retelling before it, to the happening", () => {
    const text = `${opening}Baghdad Police said two passers-by were killed and six wounded, and that the car had been bought with forged papers.`;
    const doc = extract(text, "2026-04-12");
    const bomb = doc.facts.find((f) => /car bomb that killed two people/.test(f.text));
    expect(bomb?.date?.value).toBe("2026-04-09");
    expect(bomb?.outcome?.text).toMatch(
      /^The blast went off.*two passers-by were killed and six wounded, and that the car had been bought/,
    );
  });

  it("does not join a toll told in the pluperfect of its own clause", () => {
    const text = `${opening}Baghdad Police said two passers-by had been killed and six wounded, and that the car had been bought with forged papers.`;
    const doc = extract(text, "2026-04-12");
    const bomb = doc.facts.find((f) => /car bomb that killed two people/.test(f.text));
    expect(bomb?.outcome).toBeUndefined();
  });
});
