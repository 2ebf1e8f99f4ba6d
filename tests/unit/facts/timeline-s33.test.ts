import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { dated, datesOf, extract } from "./helpers.js";

/** The ACLED sub-event types of the facts whose text matches `words` (none for a bare happening). */
const kindsOf = (doc: FactsDocument, words: RegExp) =>
  doc.facts
    .filter((f) => f.kind !== "quantity" && words.test(f.text))
    .map((f) => f.codes?.acled?.subEventType ?? null);

/** Dates and triggers of new registers (session 33), on texts written for these tests. */

describe("an hour told without a day", () => {
  it("is of the day the sentence before named", () => {
    const doc = extract(
      "Report of 12 July 2026\n\nResidents reported lights over the fence on 3 June. Two drones struck near a housing compound shortly after midnight, damaging three houses.",
      "2026-07-12",
    );
    expect(datesOf(doc, /Two drones struck/)).toEqual(["2026-06-03"]);
  });

  it("before midnight of the night named is that night's day; the dawn after it is the next day", () => {
    const doc = extract(
      "The governor spoke about last night's rocket fire near the base. Two rockets fell in a field north of the base shortly before midnight, police said.\n\nNobody has claimed last night's attack on the post. Soldiers sealed off the road to the village at dawn.",
      "2026-09-14",
    );
    expect(datesOf(doc, /Two rockets fell/)).toEqual(["2026-09-13"]);
    expect(datesOf(doc, /sealed off the road/)).toEqual(["2026-09-14"]);
  });

  it("a sentence opening a paragraph does not take the day of the paragraph before", () => {
    const doc = extract(
      "The committee met on 2 May.\n\nTwo drones struck a compound near the airport shortly after midnight.",
      "2026-07-12",
    );
    expect(datesOf(doc, /Two drones struck/)).not.toContain("2026-05-02");
  });
});

describe("a heading in capitals that names a day with its year", () => {
  it("dates the reprinted extract under it: its 'yesterday' and 'today' count from that day", () => {
    const doc = extract(
      "THE CITY HERALD · FROM THE ARCHIVE\nMonday 9 November 2026\n\nWe reprint two extracts from 2015.\n\nFROM OUR EDITION OF WEDNESDAY 11 NOVEMBER 2015\nArmy units attacked the village of Tal Hamid at dawn yesterday.\n\nFROM OUR EVENING EDITION OF FRIDAY 13 NOVEMBER 2015\nGunmen ambushed a convoy on the Tikrit road today, killing two soldiers.",
    );
    expect(datesOf(doc, /attacked the village/)).toEqual(["2015-11-10"]);
    expect(datesOf(doc, /ambushed a convoy/)).toEqual(["2015-11-13"]);
  });
});

describe("triggers of violence named by their act", () => {
  it("'shot him four times' is a shooting of a person", () => {
    const doc = extract(
      "On the evening of Friday 3 April, two men on a motorcycle shot him four times outside his shop.",
      "2026-05-01",
    );
    expect(datesOf(doc, /shot him four times/)).toEqual(["2026-04-03"]);
  });

  it("'shot them a look' is no shooting", () => {
    const doc = extract("On Friday 3 April the teacher shot them a look and went on.", "2026-05-01");
    expect(kindsOf(doc, /shot them/)).toEqual([null]);
    const shot = extract("On Friday 3 April two men shot them outside the shop.", "2026-05-01");
    expect(kindsOf(shot, /shot them/)).toEqual(["Armed clash"]);
  });

  it("forces that 'neutralised' fighters killed or captured them; a device neutralised is no killing", () => {
    const doc = extract(
      'The defence ministry said on Monday that its forces had "neutralised" six militants near the border. On Tuesday engineers neutralised a device on the road.',
      "2026-10-22",
    );
    expect(datesOf(doc, /neutralised" six militants/)).toEqual(["2026-10-19"]);
    expect(kindsOf(doc, /neutralised" six militants/)).toEqual(["Armed clash"]);
    expect(kindsOf(doc, /neutralised a device/)).toEqual([null]);
  });

  it("rockets that 'fell' near a base are a strike", () => {
    const doc = extract("Three rockets fell near the airport on Sunday 13 September.", "2026-09-14");
    expect(datesOf(doc, /rockets fell/)).toEqual(["2026-09-13"]);
    expect(kindsOf(doc, /rockets fell/)).toEqual(["Shelling/artillery/missile attack"]);
  });

  it("a city that 'fell to' an armed side was taken; prices that fell to a low were not", () => {
    const doc = extract(
      "The town, which fell to the rebels on 8 March 2019, is quiet. Bread prices fell to their lowest level on 2 May 2026.",
      "2026-06-01",
    );
    expect(datesOf(doc, /fell to the rebels/)).toEqual(["2019-03-08"]);
    expect(kindsOf(doc, /fell to the rebels/)).toEqual(["Non-state actor overtakes territory"]);
    expect(kindsOf(doc, /prices fell/)).toEqual([null]);
  });
});

describe("a release of captives and the abduction a reduced relative clause tells", () => {
  it("are two entries, each on its own day, even with a place between the participle and its date", () => {
    const doc = extract(
      "Elders in the town secured the release on Saturday night of three farm workers kidnapped near al-Mayadin on 2 November, a relative said.",
      "2026-11-10",
    );
    expect(datesOf(doc, /secured the release/)).toEqual(["2026-11-07"]);
    expect(datesOf(doc, /^three farm workers kidnapped near al-Mayadin on 2 November$/)).toEqual([
      "2026-11-02",
    ]);
  });

  it("'the hostages were freed' is a release; a statement released is not", () => {
    const doc = extract(
      "The hostages were freed on Friday. The army released a statement on Friday.",
      "2026-10-22",
    );
    expect(kindsOf(doc, /hostages were freed/)).toEqual([null]);
    expect(doc.facts.find((f) => /hostages were freed/.test(f.text))?.codes?.cameo?.code).toBe("0841");
    expect(doc.facts.find((f) => /released a statement/.test(f.text))?.codes?.cameo).toBeUndefined();
  });

  it("a common noun after the participle is no place of the relative clause", () => {
    const doc = extract(
      "Police questioned the relatives of two men detained in the market on 3 May about the attack.",
      "2026-05-10",
    );
    expect(datesOf(doc, /^two men detained in the market on 3 May$/)).toEqual([]);
  });
});

describe("who acted, and what was stopped", () => {
  it("'Police said they had arrested one man' keeps the police in the entry", () => {
    const doc = extract("Police said they had arrested one man on Sunday 13 September.", "2026-09-14");
    expect(dated(doc).map((f) => f.text)).toContain(
      "Police said they had arrested one man on Sunday 13 September",
    );
  });

  it("'he' after a person's verb of saying may be someone else: the entry starts at the clause", () => {
    const doc = extract("A relative said he had been arrested on Thursday 10 September.", "2026-09-14");
    expect(dated(doc).map((f) => f.text)).toContain("he had been arrested on Thursday 10 September");
  });

  it("a long subject before the speech verb is left out as before", () => {
    const doc = extract(
      "The spokesman of the provincial police command, Col. Ahmed Ali, said they had arrested one man on Sunday 13 September.",
      "2026-09-14",
    );
    expect(dated(doc).map((f) => f.text)).toContain("they had arrested one man on Sunday 13 September");
  });

  it("a convoy of smugglers stopped is an interdiction, not only a smuggling threat", () => {
    const doc = extract(
      "Border guards said on Saturday 12 September that they had stopped a convoy of fuel smugglers near the crossing.",
      "2026-09-14",
    );
    const stopped = doc.facts.find((f) => f.kind === "countermeasure" && /stopped a convoy/.test(f.text));
    expect(stopped?.date?.value).toBe("2026-09-12");
  });
});

describe("a force's search of ground", () => {
  it("is an operation done, dated by the statement that reports it", () => {
    const doc = extract(
      "The command said in a statement on Monday 9 March that troops had searched the area north of the town and found a hideout.",
      "2026-03-11",
    );
    const search = doc.facts.find((f) => f.kind === "countermeasure" && /searched the area/.test(f.text));
    expect(search?.date?.value).toBe("2026-03-09");
  });

  it("a house searched by police is no area searched", () => {
    const doc = extract("Police searched the house on Monday 9 March.", "2026-03-11");
    expect(doc.facts.some((f) => f.kind === "countermeasure" && /searched the house/.test(f.text))).toBe(
      false,
    );
  });
});

describe("a demonstration that happened", () => {
  it("'the protests of 2019' and protesters who gathered are events; a diplomatic protest is not one", () => {
    const doc = extract(
      "Since the protests of 2019 he has written about corruption. Hundreds of protesters gathered outside the governorate on Sunday 18 October.",
      "2026-10-22",
    );
    const kinds = (words: RegExp) =>
      doc.facts.filter((f) => words.test(f.text)).map((f) => f.codes?.acled?.eventType ?? null);
    expect(datesOf(doc, /protests of 2019/)).toEqual(["2019"]);
    expect(kinds(/protests of 2019/)).toEqual(["Protests"]);
    expect(datesOf(doc, /protesters gathered/)).toEqual(["2026-10-18"]);
  });
});
