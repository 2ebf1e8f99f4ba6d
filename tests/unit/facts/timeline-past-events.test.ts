import { describe, expect, it } from "vitest";
import { dated, datesOf, extract } from "./helpers.js";

/** Past happenings told inside a present-tense or planning frame. Sentences written for these tests. */

describe("a past happening inside a frame that is not its own", () => {
  it("', when' after a date opens a relative clause that asserts its own happening", () => {
    const doc = extract(
      "The governor said the plan had been drawn up after the lessons of May 2018, when a car bomb in Najaf killed 12 visitors.",
      "2026-03-02",
    );
    const bomb = doc.facts.find((f) => /car bomb/.test(f.text) && f.kind !== "quantity");
    expect(bomb?.kind).toBe("event");
    expect(bomb?.modality).toBe("asserted");
    expect(bomb?.date?.value).toBe("2018-05");
  });

  it("'when' with no time before it keeps the frame's supposition", () => {
    const doc = extract(
      "Officials fear that, when the guards leave, a car bomb could hit the market.",
      "2026-03-02",
    );
    expect(dated(doc).filter((f) => /car bomb/.test(f.text))).toHaveLength(0);
  });

  it("a definite singular noun names one happening, even after a present-tense verb", () => {
    const doc = extract(
      "The patrols are thinner than at any time since the Rabia ambush in June 2023. We are alarmed by the attack on the Tal Afar checkpoint on 3 March, in which four guards were killed.",
      "2026-03-10",
    );
    expect(datesOf(doc, /Rabia ambush/)).toEqual(["2023-06"]);
    expect(datesOf(doc, /Tal Afar checkpoint/)).toEqual(["2026-03-03"]);
    expect(doc.facts.filter((f) => f.kind === "threat" && /ambush|checkpoint/.test(f.text))).toHaveLength(0);
  });

  it("bare plurals after a present-tense verb stay a standing threat", () => {
    const doc = extract("Cells are still carrying out ambushes on the roads around Rabia.", "2026-03-10");
    expect(dated(doc).filter((f) => /ambushes/.test(f.text))).toHaveLength(0);
    expect(doc.facts.some((f) => f.kind === "threat" && /ambushes/.test(f.text))).toBe(true);
  });
});

describe("an event told first without a figure and then with one", () => {
  it("prints the telling with the figure, on its date; the first telling stays an undated fact", () => {
    const doc = extract(
      "Guards raised the alarm after an escape from Tabqa prison on 4 February 2026.\n\nThe escape from Tabqa prison on the night of 4 February, in which 31 detainees broke out through a tunnel, was the largest this year.",
      "2026-02-20",
    );
    const escapes = doc.facts.filter((f) => f.kind === "event" && /escape/.test(f.text));
    expect(escapes).toHaveLength(2);
    const printed = dated(doc).filter((f) => /escape/.test(f.text));
    expect(printed).toHaveLength(1);
    expect(printed[0]?.text).toMatch(/31 detainees/);
    expect(printed[0]?.date?.value).toBe("2026-02-04");
  });
});

describe("days counted back two or seven days from the day of telling", () => {
  it("'the night before last' and 'the day before yesterday' are two days back, not one", () => {
    const doc = extract(
      "Gunmen killed two farmers the night before last near Hit. Police arrested a smuggler in Qaim the day before yesterday.",
      "2026-05-15",
    );
    expect(datesOf(doc, /farmers/)).toEqual(["2026-05-13"]);
    expect(datesOf(doc, /smuggler/)).toEqual(["2026-05-13"]);
  });

  it("'the night before' still counts back one day from the day last named", () => {
    const doc = extract(
      "Police raided a farm near Hit on 10 May. The owner had been arrested the night before.",
      "2026-05-15",
    );
    expect(datesOf(doc, /arrested/)).toEqual(["2026-05-09"]);
  });

  it("'a week ago today' is the very day a week back; 'a week ago' alone stays a span", () => {
    const doc = extract(
      "A drone strike a week ago today killed two couriers near Shaddadi. Police arrested a money changer in Hasakah a week ago.",
      "2026-04-16",
    );
    expect(datesOf(doc, /couriers/)).toEqual(["2026-04-09"]);
    expect(datesOf(doc, /money changer/)).toEqual(["2026-04-06/2026-04-12"]);
  });
});

describe("an event named inside a measure's clause", () => {
  it("is printed with the measure: 'was arrested in July after the attack on the checkpoint'", () => {
    const doc = extract(
      "A shepherd was arrested in July after the attack on the checkpoint at Kasrat, police said.",
      "2026-09-05",
    );
    const entries = dated(doc);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.kind).toBe("countermeasure");
    expect(entries[0]?.text).toMatch(/arrested in July after the attack/);
    expect(entries[0]?.date?.value).toBe("2026-07");
  });
});

describe("a threat's activity run once by a named hand", () => {
  it("'she organized the smuggling ... in March 2025' is a dated past event, told by its clause", () => {
    const doc = extract(
      "In March 2025 she organized the smuggling of nine women out of Roj camp to Idlib.",
      "2026-06-09",
    );
    const entry = dated(doc).find((f) => /smuggling/.test(f.text));
    expect(entry?.kind).toBe("event");
    expect(entry?.text).toMatch(/^In March 2025 she organized the smuggling/);
    expect(entry?.date?.value).toBe("2025-03");
  });

  it("smuggling told as an ongoing activity stays a threat", () => {
    const doc = extract("Networks still organize the smuggling of women out of Roj camp.", "2026-06-09");
    expect(dated(doc).filter((f) => /smuggling/.test(f.text))).toHaveLength(0);
    expect(doc.facts.some((f) => f.kind === "threat" && /smuggling/.test(f.text))).toBe(true);
  });
});

describe("a numbered paragraph", () => {
  it("does not read its number as a count that makes the measure a tally", () => {
    const text =
      "The guard force at Al-Hol has been reduced by about one fifth since June, as fighters were moved to front lines near the Tishreen Dam.";
    const plain = extract(text, "2026-11-24").facts.filter((f) => f.kind === "countermeasure");
    const numbered = extract(`4. ${text}`, "2026-11-24").facts.filter((f) => f.kind === "countermeasure");
    expect(plain.length).toBeGreaterThan(0);
    expect(numbered.map((f) => f.tags)).toEqual(plain.map((f) => f.tags));
  });

  it("does not read its number as a count that keeps a happening of a few months off the timeline", () => {
    const text =
      "In the first months of 2024, hundreds of herders drove their flocks into the steppe south of Palmyra.";
    const when = (t: string) =>
      extract(t, "2024-06-02").facts.find((f) => f.kind === "event" && /drove their flocks/.test(f.text))
        ?.date?.value;
    expect(when(text)).toMatch(/^2024-01\/2024-0[3-6]$/);
    expect(when(`3. ${text}`)).toBe(when(text));
  });

  it("still reads a real count over an open period as a tally", () => {
    const doc = extract(
      "4. Border guards have seized 37 trucks since March, the ministry said.",
      "2026-11-24",
    );
    expect(doc.facts.filter((f) => f.kind === "countermeasure")).toHaveLength(0);
  });
});

describe("an act a dated statement reports in the perfect", () => {
  it("dates 'said on Thursday that it had ordered' by the statement's day", () => {
    const doc = extract(
      "The governor's office said on Thursday that it had ordered an inspection of all fuel depots in the province.",
      "2026-05-09",
    );
    expect(dated(doc).find((f) => /ordered an inspection/.test(f.text))?.date?.value).toBe("2026-05-07");
  });

  it("leaves a simple past or a future in such a complement off the timeline", () => {
    const doc = extract(
      "The ministry said on Thursday that the fire was caused by a faulty cable. The governor said on Monday that he would open an inquiry.",
      "2026-05-09",
    );
    expect(dated(doc)).toHaveLength(0);
  });
});

describe("a compound noun after an article", () => {
  it("reads 'the vegetable market' as one noun, not a noun and a verb", () => {
    const doc = extract(
      "No bomb has gone off in the town since the attack on the vegetable market in October 2024.",
      "2026-04-14",
    );
    expect(dated(doc).find((f) => /attack on the vegetable/.test(f.text))?.text).toMatch(
      /vegetable market in October 2024/,
    );
  });
});

describe("a happening's toll told in a relative clause", () => {
  it("keeps ', which killed ...' with the phrase that names the happening", () => {
    const doc = extract(
      "The minister described the ambush of 3 March on a police patrol near Rutba, which killed four officers, as a warning.",
      "2026-03-10",
    );
    const ambush = dated(doc).find((f) => /ambush of 3 March/.test(f.text));
    expect(ambush?.date?.value).toBe("2026-03-03");
    expect(ambush?.text).toMatch(/which killed four officers$/);
    // The patrol is who was hit, not what killed: the toll stays with the happening.
    expect(doc.facts.some((f) => f.kind === "countermeasure" && /killed/.test(f.text))).toBe(false);
  });

  it("leaves a relative clause that tells no toll out of the phrase", () => {
    const doc = extract(
      "The minister described the ambush of 3 March on a police patrol near Rutba, which shocked the town, as a warning.",
      "2026-03-10",
    );
    expect(dated(doc).find((f) => /ambush of 3 March/.test(f.text))?.text).not.toMatch(/shocked/);
  });
});

describe("a state that lasted up to a day", () => {
  it("dates what began it, told in a 'when' clause, that many days before the day named", () => {
    const doc = extract(
      "The bridge reopened to traffic on 9 June after twelve days of closure, when gunmen attacked the checkpoint at its eastern end.",
      "2026-06-15",
    );
    expect(dated(doc).find((f) => f.kind === "event" && /gunmen attacked/.test(f.text))?.date?.value).toBe(
      "2026-05-28",
    );
    expect(dated(doc).find((f) => f.kind === "countermeasure" && /reopened/.test(f.text))?.date?.value).toBe(
      "2026-06-09",
    );
  });
});
