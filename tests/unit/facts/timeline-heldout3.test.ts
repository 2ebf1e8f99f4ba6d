import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract, spanProblems } from "./helpers.js";

/**
 * Timeline rules from the third held-out set (issue 10): wire date lines with an update stamp,
 * "last Tuesday", live-blog entries, and event words of movements, founding, starts, collapses,
 * fires, laws and closures. Sentences written for these tests.
 */

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
const dateOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  dated(doc).find((f) => words.test(f.text))?.date?.value;

describe("publication dates and weekdays", () => {
  it("reads a date line that ends with its own 'Updated 2 hours ago' stamp", () => {
    const text =
      "Police seize arms in Tikrit\n\nBy A. Writer\n\nMarch 6, 2024 9:14 AM GMT+3 Updated 2 hours ago\n\nPolice seized rifles in Tikrit on Tuesday.";
    const { metadata } = segment(text, tokenize(text));
    expect(metadata.publishedAt).toBe("2024-03-06");
    expect(dateOf(extract(text), /seized/)).toBe("2024-03-05");
  });

  it("reads 'last Tuesday' in a Tuesday paper as a week back, other weekdays as the latest", () => {
    const doc = extract(
      "The delegation left the Mabrouka camp last Tuesday. Gunmen attacked a checkpoint near Hit last Friday.",
      "2024-03-12",
    );
    expect(dateOf(doc, /left/)).toBe("2024-03-05");
    expect(dateOf(doc, /attacked/)).toBe("2024-03-08");
  });
});

describe("live blogs", () => {
  it("dates the entries of a stamped live blog by its page's day", () => {
    const text =
      "LIVE: Unrest in Kirkuk\n\n11:20 — Police say two gunmen were killed at the gate of the provincial council.\n\n10:05 — The governor has closed the airport road in Kirkuk.";
    const doc = extract(text, "2024-04-02");
    expect(dateOf(doc, /killed/)).toBe("2024-04-02");
    expect(dateOf(doc, /closed/)).toBe("2024-04-02");
  });

  it("does not date a story with one time in it as a live blog", () => {
    const doc = extract("10:05 — The governor has closed the airport road in Kirkuk.", "2024-04-02");
    expect(dateOf(doc, /closed/)).toBeUndefined();
  });
});

describe("event words of movements", () => {
  it("reads a convoy leaving a camp, reaching a centre and people flown home", () => {
    const text =
      "A convoy of 90 families left the Mabrouka camp on 3 May. The convoy reached the reception centre near Mosul on Thursday. Two orphans were flown from Beirut on Sunday night.";
    const doc = extract(text, "2024-05-14");
    expect(dateOf(doc, /left the Mabrouka camp/)).toBe("2024-05-03");
    expect(dateOf(doc, /reached the reception centre/)).toBe("2024-05-09");
    expect(dateOf(doc, /flown from Beirut/)).toBe("2024-05-12");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("does not read a blast that left people dead as a departure", () => {
    const doc = extract("The blast left three children dead on Monday.", "2024-05-14");
    const blast = doc.facts.filter((f) => /left three children/.test(f.text) && f.kind === "event");
    // A dated happening for the timeline, but not the movement rule's departure.
    expect(blast.map((f) => [f.date?.value, f.tags, f.codes])).toEqual([["2024-05-13", [], undefined]]);
  });

  it("reads children brought home from a camp", () => {
    const doc = extract("Canada brought five children home from Roj earlier this month.", "2024-05-14");
    expect(dateOf(doc, /brought five children home/)).toBe("2024-05");
  });
});

describe("event words of institutions, starts and ends", () => {
  it("reads a committee set up and a commission established", () => {
    const doc = extract(
      "In June 2023 the two ministries set up a joint border committee. The commission was established by the cabinet in 2019.",
      "2024-05-14",
    );
    expect(dateOf(doc, /set up a joint border committee/)).toBe("2023-06");
    expect(dateOf(doc, /was established/)).toBe("2019");
  });

  it("reads a programme that began and a state that began building", () => {
    const doc = extract(
      "The resettlement programme began in 2020. Turkey began building a wall on its southern border in 2015.",
      "2024-05-14",
    );
    expect(dateOf(doc, /programme began/)).toBe("2020");
    expect(dateOf(doc, /began building/)).toBe("2015");
  });

  it("reads the end of a mission", () => {
    const doc = extract(
      "The base was quiet after the end of the NATO training mission in June 2023.",
      "2024-05-14",
    );
    expect(dateOf(doc, /end of the NATO training mission/)).toBe("2023-06");
  });

  it("reads a government that collapsed and a stronghold that fell", () => {
    const doc = extract(
      "When the government of Ahmed Karimov collapsed in March 2011, the border opened. The rebels' last stronghold at Tal Zahab fell in May 2018.",
      "2024-05-14",
    );
    expect(dated(doc).map((f) => f.date?.value)).toEqual(expect.arrayContaining(["2011-03", "2018-05"]));
  });

  it("reads a law by its name and year", () => {
    const doc = extract("Sanctions still rest on the Caesar Act of 2019.", "2024-05-14");
    expect(dateOf(doc, /Caesar Act of 2019/)).toBe("2019");
  });

  it("reads an aid freeze", () => {
    const doc = extract(
      "Schools closed after the donor froze most of its humanitarian funding early last year.",
      "2024-05-14",
    );
    expect(dateOf(doc, /froze most of its humanitarian funding/)).toBe("2023");
  });
});

describe("event words of officials and security measures", () => {
  it("reads an inspection and a meeting chaired", () => {
    const doc = extract(
      "On Monday the minister inspected the northern border posts. The governor chaired a security meeting in Basra on 2 May.",
      "2024-05-14",
    );
    expect(dateOf(doc, /inspected/)).toBe("2024-05-13");
    expect(dateOf(doc, /chaired/)).toBe("2024-05-02");
  });

  it("reads a fire that started and a fire that destroyed tents as one dated entry each", () => {
    const doc = extract(
      "The fire started late on Saturday night in the northern section of the camp. In July a fire in the same section destroyed forty tents.",
      "2024-09-10",
    );
    expect(dateOf(doc, /fire started/)).toBe("2024-09-07");
    const tents = dated(doc).filter((f) => /forty tents/.test(f.text));
    expect(tents.map((f) => f.date?.value)).toEqual(["2024-07"]);
  });

  it("reads tunnels found, attempts stopped, a crossing closed and people detained", () => {
    const doc = extract(
      "Guards found three tunnels under the fence in April. His men stopped two escape attempts in March. The authority closed the Rabia crossing on Friday. Police said on Sunday that four men had been detained.",
      "2024-05-14",
    );
    expect(dateOf(doc, /found three tunnels/)).toBe("2024-04");
    expect(dateOf(doc, /stopped two escape attempts/)).toBe("2024-03");
    expect(dateOf(doc, /closed the Rabia crossing/)).toBe("2024-05-10");
    expect(dateOf(doc, /detained/)).toBe("2024-05-12");
  });

  it("credits a measure told in the passive to the body whose officer told it", () => {
    const doc = extract(
      "An Asayish officer told reporters this morning that two women had been detained for questioning.",
      "2024-05-14",
    );
    const held = dated(doc).find((f) => /detained/.test(f.text));
    const names = doc.entities.filter((e) => held?.entities.includes(e.id)).map((e) => e.name);
    expect(names.join(" ")).toMatch(/Asayish/);
  });

  it("does not read a committee's name as a return", () => {
    const doc = extract(
      "The minister chaired the Higher Committee for the Return of Displaced Persons in Baghdad on Monday.",
      "2024-05-14",
    );
    expect(dated(doc).filter((f) => f.kind === "event")).toHaveLength(1);
  });
});
