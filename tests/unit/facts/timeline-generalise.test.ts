import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract } from "./helpers.js";

/**
 * Timeline rules that generalise past the seventh and eighth blind sets: publication dates in
 * translators' notes and running heads, and the constructions and dates those sets showed the
 * timeline missing. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;
const meta = (text: string) => segment(text, tokenize(text)).metadata;

describe("publication dates in notes and running heads", () => {
  it("reads the date a translator's note says the original was published on", () => {
    const text =
      "[Translated from Arabic. First published by Sawt al-Furat, Mayadin, on Thursday, 5 March 2026.]\n\nTwo policemen were wounded when a bomb exploded in Mayadin on Tuesday.";
    expect(meta(text).publishedAt).toBe("2026-03-05");
    expect(dateOf(extract(text), /bomb exploded/)).toBe("2026-03-03");
  });

  it("does not read a date that something else happened on as the publication", () => {
    const text =
      "Report\n\nThe report, published by the council, said the clinic was closed on Thursday, 5 March 2026, after a raid.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("reads a running head whose parts are parted by spaced dashes", () => {
    const text =
      "RADIO NINEVEH – MORNING NEWS\nFriday 13 March 2026 – 07:00 bulletin – Arabic service\n\nANCHOR: A mortar round hit a market in Tel Afar on Wednesday.";
    expect(meta(text).publishedAt).toBe("2026-03-13");
    expect(dateOf(extract(text), /mortar round hit/)).toBe("2026-03-11");
  });

  it("does not read a dated sentence with dashes in the head as a running head", () => {
    const text = "Floods\nOn 3 March 2026 – a Tuesday – the river rose by two metres.\n\nMore later.";
    expect(meta(text).publishedAt).toBeNull();
  });
});

describe("events told inside a 'since' adverbial", () => {
  it("dates the event of 'Since <date>, when …' on the day the period starts", () => {
    const doc = extract(
      "Since 4 March, when the army handed the airport over to the police, the checkpoints have moved twice.",
      "2026-06-20",
    );
    expect(dateOf(doc, /handed the airport over/)).toBe("2026-03-04");
  });

  it("reads a sentence-initial 'Since 2018' as a period, and its 'when' clause as 2018", () => {
    const doc = extract(
      "Since 2018, when the militia lost its last stronghold in the valley, the monitor has recorded 412 deaths.",
      "2026-06-20",
    );
    expect(dateOf(doc, /lost its last stronghold/)).toBe("2018");
    const counted = doc.facts.find((f) => f.kind === "quantity" && f.value === 412);
    expect(counted?.date?.value).toBe("2018/2026");
  });

  it("keeps the happening a 'since' clause of its own tells", () => {
    const doc = extract(
      "Since the police left Tal Afar in August, the shops in the old market close at dusk.",
      "2026-10-02",
    );
    expect(dateOf(doc, /police left Tal Afar/)).toBe("2026-08");
  });

  it("still leaves 'since then' and 'since January' out of the timeline", () => {
    const doc = extract("Since then the families have waited at the gate since January.", "2026-10-02");
    expect(dated(doc)).toHaveLength(0);
  });
});

describe("killings, finds and disappearances told in other words", () => {
  it("reads 'shot dead' and 'the body of … was found' as events of their day", () => {
    const doc = extract(
      "Masked men shot dead a teacher outside his school in Hajin on Thursday evening. The body of a farmer who had vanished was found near Hajin this morning.",
      "2025-04-12",
    );
    expect(dateOf(doc, /shot dead a teacher/)).toBe("2025-04-10");
    expect(dateOf(doc, /body of a farmer/)).toBe("2025-04-12");
  });

  it("reads a thrown grenade and a missile that struck as attacks", () => {
    const doc = extract(
      "On Monday night someone threw a hand grenade at a shop in Tikrit. On Tuesday a missile struck a warehouse in Baiji.",
      "2025-04-17",
    );
    expect(dateOf(doc, /grenade/)).toBe("2025-04-14");
    expect(dateOf(doc, /missile struck/)).toBe("2025-04-15");
  });

  it("reads 'went missing' as an event", () => {
    const doc = extract("Two shepherds went missing near Rutba on Sunday.", "2025-04-17");
    expect(dateOf(doc, /went missing/)).toBe("2025-04-13");
  });
});

describe("one event told again later is one entry", () => {
  it("folds a definite retelling whose head the first telling names, on the same day", () => {
    const doc = extract(
      "Three mortar shells landed near the stadium in Kirkuk on Friday evening. Police said the shells that landed near the stadium on the evening of 6 March were fired from a field east of the city.",
      "2026-03-08",
    );
    const entries = dated(doc).filter((f) => /shells/.test(f.text));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.date?.value).toBe("2026-03-06");
    // The fuller citation is the one printed.
    expect(entries[0]?.text).toMatch(/fired from a field/);
  });

  it("keeps two deaths of one day apart: a kind of happening is no tie", () => {
    const doc = extract(
      "Gunmen killed a teacher in Hajin on Monday, the monitor said. The monitor also reported the death of a guard near Mayadin on the same day.",
      "2025-04-30",
    );
    expect(dated(doc).filter((f) => f.date?.value === "2025-04-28")).toHaveLength(2);
  });

  it("folds a short definite mention dated by its month into the telling of its day at the same place", () => {
    const doc = extract(
      "Officers who guarded the Bab Touma checkpoint last month were questioned. Gunmen opened fire on the Bab Touma checkpoint on 14 May, wounding two guards.",
      "2026-06-09",
    );
    const entries = dated(doc).filter((f) => /Bab Touma/.test(f.text));
    expect(entries.map((f) => f.date?.value)).toContain("2026-05-14");
    expect(entries.filter((f) => f.date?.value === "2026-05")).toHaveLength(0);
  });
});

describe("whole-phrase labels", () => {
  it("prints the clause of a label cut at its start", () => {
    const doc = extract(
      "In the same village, men believed to belong to a smuggling ring shot dead a border guard late on Friday, police said.",
      "2025-09-20",
    );
    const entry = dated(doc).find((f) => /shot dead/.test(f.text));
    expect(entry?.text.startsWith("to belong")).toBe(false);
    expect(entry?.text).toMatch(/men believed to belong/);
  });

  it("keeps a measure's own words: the analysis files its sentence by them", () => {
    const doc = extract("We finished the fence along the whole sector in March.", "2025-10-22");
    const entry = dated(doc).find((f) => /fence/.test(f.text));
    expect(entry?.text).toBe("fence");
  });

  it("does not widen a label over another entry of its sentence and day", () => {
    const doc = extract(
      "On 9 June guards at the gate foiled an attempt to smuggle two women out of the camp in a truck, and arrested the driver.",
      "2025-06-12",
    );
    const arrest = dated(doc).find((f) => /arrested the driver/.test(f.text));
    expect(arrest?.text).not.toMatch(/foiled/);
  });

  it("prints a relative clause with the phrase it tells of", () => {
    const doc = extract(
      "The governor said a new clinic at the market, which the ministry opened on Sunday, would treat 300 patients a day.",
      "2026-11-12",
    );
    const entry = dated(doc).find((f) => /opened on Sunday/.test(f.text));
    expect(entry?.date?.value).toBe("2026-11-08");
    expect(entry?.text).toBe("a new clinic at the market, which the ministry opened on Sunday");
  });
});

describe("undated follow-ons of a dated story", () => {
  it("dates a reported clause that names its event in a short quoted phrase", () => {
    const doc = extract(
      'Gunmen attacked a police post near Hawija on Saturday night, officials said. The governor told reporters that a "large combing operation" had begun at first light with helicopters.',
      "2026-03-17",
    );
    expect(dateOf(doc, /combing operation/)).toBe("2026-03");
  });

  it("still leaves a whole quotation undated", () => {
    const doc = extract(
      'Gunmen attacked a police post near Hawija on Saturday night, officials said. "We are told that a large combing operation had begun somewhere in the hills," a farmer said.',
      "2026-03-17",
    );
    expect(dateOf(doc, /combing operation/)).toBeUndefined();
  });
});

describe("happenings of a few months", () => {
  it("keeps a happening dated by a few months as that period", () => {
    const doc = extract(
      "In the first months of 2024, hundreds of herders drove their flocks into the steppe south of Palmyra.",
      "2024-06-02",
    );
    expect(dateOf(doc, /drove their flocks/)).toMatch(/^2024-01\/2024-0[3-6]$/);
  });

  it("does not make a count over a few months an event", () => {
    const doc = extract(
      "In the first months of 2024, guards at the crossing turned back 36 trucks loaded with fuel.",
      "2024-06-02",
    );
    expect(dated(doc).filter((f) => f.kind === "event")).toHaveLength(0);
  });
});

describe("resignations", () => {
  it("dates a resignation, and not a call for one", () => {
    const doc = extract(
      "The resignation on Monday of the prison's director surprised the staff. Families have demanded the resignation of the governor.",
      "2026-11-12",
    );
    expect(dateOf(doc, /resignation on Monday/)).toBe("2026-11-09");
    expect(doc.facts.some((f) => /resignation of the governor/.test(f.text))).toBe(false);
  });
});

describe("counted days set after a day of the sentence", () => {
  it("counts back from the day to the clause 'two days after' introduces", () => {
    const doc = extract(
      "Police opened the road again on 12 May, three days after gunmen attacked a fuel convoy near Baiji.",
      "2025-05-20",
    );
    expect(dateOf(doc, /gunmen attacked/)).toBe("2025-05-09");
  });

  it("still counts on from an event named by a noun", () => {
    const doc = extract(
      "Gunmen attacked a fuel convoy near Baiji on 9 May. Three days after the attack, police arrested two men in Tikrit.",
      "2025-05-20",
    );
    expect(dateOf(doc, /police arrested/)).toBe("2025-05-12");
  });
});
