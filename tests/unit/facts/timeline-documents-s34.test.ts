import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { dated, datesOf, extract } from "./helpers.js";

/** Timeline dates in published documents (session 34), on texts written for these tests. */

describe("an email chain published whole", () => {
  it("counts each email's relative days from its own Sent header, not from the page", () => {
    const text = [
      "THE RIVER GAZETTE · DOCUMENTS",
      "Monday 19 October 2026",
      "",
      "The emails before the Hawija convoy was stopped.",
      "",
      "---",
      "From: Field Officer",
      "Sent: Thursday, 8 October 2026 09:10",
      "To: Programme Manager",
      "Subject: Thursday run",
      "",
      "Gunmen fired on a water tanker near Hawija last Monday, and police arrested two men on Tuesday evening.",
      "",
      "---",
      "",
      "A spokesman said the group had suspended its road movements.",
    ].join("\n");
    const doc = extract(text);
    expect(datesOf(doc, /fired on a water tanker/)).toEqual(["2026-10-05"]);
    expect(datesOf(doc, /arrested two men/)).toEqual(["2026-10-06"]);
  });

  it("leaves a dated note's 'Date:' line alone when no other header field stands by it", () => {
    const text = [
      "Baghdad, Thursday 12 March 2026",
      "",
      "Note No. 7/1/22",
      "Date: 2 March 2026",
      "",
      "The ministry said gunmen attacked a checkpoint near Tarmiyah on Tuesday.",
    ].join("\n");
    // Tuesday before the publication (10 March), not the Tuesday before the note (24 February).
    expect(datesOf(extract(text), /attacked a checkpoint/)).toEqual(["2026-03-10"]);
  });
});

describe("a paragraph opened by the day of its narrative", () => {
  it("dates the undated past sentences after it on that day, not in the page's month", () => {
    const text = [
      "BAGHDAD, Friday 20 November 2026 — The ministry honoured three officers yesterday.",
      "",
      "In the early hours of Sunday 6 September 2026, while guarding the gate of the refinery, Lieutenant Karim Abbas Taher saw a lorry that would not stop. The driver detonated a bomb, killing the lieutenant and wounding three guards.",
    ].join("\n");
    expect(datesOf(extract(text), /detonated a bomb/)).toEqual(["2026-09-06"]);
  });

  it("does not date a pluperfect or a later step by the paragraph's day", () => {
    const text = [
      "BAGHDAD, Friday 20 November 2026 — The ministry honoured three officers yesterday.",
      "",
      "On Sunday 6 September 2026, the brigadier briefed the visitors on the depot. He said four men had been arrested in Kut the following month.",
    ].join("\n");
    expect(datesOf(extract(text), /arrested in Kut/)).not.toContain("2026-09-06");
  });

  it("links 'the lieutenant' to the person named with that rank before", () => {
    const text = [
      "BAGHDAD, Friday 20 November 2026 — The ministry honoured three officers yesterday.",
      "",
      "In the early hours of Sunday 6 September 2026, while guarding the gate of the refinery, Lieutenant Karim Abbas Taher saw a lorry that would not stop. The driver detonated a bomb, killing the lieutenant and wounding three guards.",
    ].join("\n");
    const doc = extract(text);
    const fact = dated(doc).find((f) => /detonated a bomb/.test(f.text));
    const names = (fact?.entities ?? []).map((id) => doc.entities.find((e) => e.id === id)?.name ?? "");
    expect(names.some((n) => /Karim Abbas Taher/.test(n))).toBe(true);
  });
});

describe("an encyclopedia article's reference calls", () => {
  it("closes a sentence at a stop followed by a bracketed reference call", () => {
    const text =
      "Title\n\nA car bomb exploded in the square, killing six people.[3] It was the third attack that month.[4][5] Police closed the road.";
    const seg = segment(text, tokenize(text));
    const sentences = seg.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain("A car bomb exploded in the square, killing six people.[3]");
    expect(sentences).toContain("It was the third attack that month.[4][5]");
  });

  it("prints the next sentence's telling with the toll on the date the lead gives", () => {
    const text = [
      "2026 Baquba market bombing",
      "From the online encyclopedia · This page was last edited on Monday 28 September 2026.",
      "",
      "The 2026 Baquba market bombing was a suicide attack on the vegetable market of Baquba, on the evening of 14 September 2026. A bomber on a motorcycle detonated his vest beside the fruit stalls, killing nine people and wounding 27.[1]",
    ].join("\n");
    const doc = extract(text);
    expect(datesOf(doc, /detonated his vest/)).toEqual(["2026-09-14"]);
  });
});

describe("a time named, then a clause of that time", () => {
  it("runs the entry on over ', when' and its clause", () => {
    const text =
      "KIRKUK, Tuesday 24 November 2026 — Saboteurs hit another tower on Monday.\n\nThe worst single attack this year came on 3 November, when five pylons fell near Daquq in one night.";
    const doc = extract(text);
    expect(dated(doc).some((f) => /came on 3 November, when five pylons fell/.test(f.text))).toBe(true);
  });

  it("takes a relative clause telling an attack's toll in output into the entry", () => {
    const text =
      "ERBIL, Thursday 12 November 2026 — Output recovered this week.\n\nThis follows the strike of Wednesday 4 November on a pumping station at Khurmala, in Erbil province, which halted about 40,000 bpd of flows for three days.";
    const doc = extract(text);
    expect(dated(doc).some((f) => /which halted about 40,000 bpd/.test(f.text))).toBe(true);
  });
});

describe("a definite name is an actor, not a retelling", () => {
  it("keeps a committee formed on a day apart from another happening of that day the Region took part in", () => {
    const text = [
      "Baghdad, Thursday 12 March 2026",
      "",
      "On the evening of Monday 9 March 2026, a drone struck a car near Batifa. The Kurdistan Region's authorities informed the ministry the next morning that the driver was a farmer.",
      "",
      "A spokesman said that the Region had formed a committee on Tuesday to document the damage.",
    ].join("\n");
    expect(datesOf(extract(text), /formed a committee/)).toEqual(["2026-03-10"]);
  });
});
