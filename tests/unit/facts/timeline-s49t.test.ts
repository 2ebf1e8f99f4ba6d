import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";

const meta = (text: string) => segment(text, tokenize(text)).metadata;
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;
const dated = (text: string, words: string) =>
  facts(text).find((f) => f.kind !== "quantity" && text.slice(f.start, f.end).includes(words))?.date?.value;

describe("timeline: dates of wire copy, circulars and weekly tallies", () => {
  it("dates a yearless autumn dateline by a count run since the start of a year", () => {
    const text =
      "Bomb hits police patrol\n\nBy LW staff\n\nKIRKUK, Iraq, Oct 14 (LW) – A roadside bomb hit a police patrol near the town of Daquq on Tuesday morning, wounding three policemen, officials said.\n\nPolice have defused more than 40 bombs in the province since the start of 2027, the officials said.";
    const m = meta(text);
    // The dateline stays month-day: a publication date the caller knows would give it its year.
    expect(m.dateline?.date).toBe("--10-14");
    expect(m.publishedAt).toBe("2027-10-14");
    expect(dated(text, "hit a police patrol")).toBe("2027-10-12");
  });

  it("still takes no year from such a count under a dateline of the year's first months", () => {
    const text =
      "Bomb hits police patrol\n\nKIRKUK, Iraq, Feb 3 (LW) – A roadside bomb hit a police patrol on Tuesday, officials said. Police have defused 40 bombs since the beginning of 2027.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("reads a date line that notes it is a translation", () => {
    const text =
      "Water Directorate of Nineveh – Notice No. 12\nTo all district engineers\nMonday 9 March 2026 (unofficial translation from Kurdish)\n\n1. On Saturday night, gunmen set fire to the pumping station at Bashiqa.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
    expect(dated(text, "set fire to the pumping station")).toBe("2026-03-07");
  });

  it("dates a happening told on 'the same night' as the one before, as another happening", () => {
    const text =
      "Weekly note\nPublished Wednesday 4 March 2026\n\nOn Sunday night, a roadside bomb killed three farmers east of Palmyra, local sources said. The same night, army units shelled hideouts in the desert, according to the same sources.";
    expect(dated(text, "roadside bomb killed")).toBe("2026-03-01");
    expect(dated(text, "shelled hideouts")).toBe("2026-03-01");
  });

  it("places a happening of a 'where' clause at the place named just before it", () => {
    const text =
      "Morning show\nBroadcast Monday 6 April 2026\n\nPRESENTER: Our guest comes from Hit, where a shepherd was kidnapped on Saturday night.";
    const doc = extractFacts({ id: "t", title: "t", text });
    const f = doc.facts.find((x) => text.slice(x.start, x.end).includes("kidnapped"));
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    expect(f?.date?.value).toBe("2026-04-04");
    expect(f?.entities.map((id) => names.get(id))).toContain("Hit");
  });

  it("makes a happening told 'on one day and again on another' two entries", () => {
    const text =
      "Statement\nThursday 9 July 2026\n\nOn Monday night and again on Tuesday morning, gunmen burned barley fields near the village of Tal Afar.";
    const days = facts(text)
      .filter((f) => f.kind === "event" && text.slice(f.start, f.end).includes("burned barley"))
      .map((f) => f.date?.value)
      .sort();
    expect(days).toEqual(["2026-07-06", "2026-07-07"]);
  });

  it("prints 'No one was hurt' told next as the toll of the happening before", () => {
    const text =
      "Statement\nWednesday 4 March 2026\n\nA rocket struck near a school in Erbil on Monday evening. No pupils were hurt, the police said.";
    const f = facts(text).find((x) => text.slice(x.start, x.end).includes("rocket struck"));
    expect(f?.date?.value).toBe("2026-03-02");
    expect(f?.outcome?.text).toBe("No pupils were hurt, the police said");
  });

  it("reads a correspondent's credit before the place and day of filing as the date line", () => {
    const text =
      "Border guards honoured\n\nFrom our correspondent, ERBIL, Friday 13 March 2026\n\nThe border guard command held a funeral for two guards on Thursday afternoon.";
    expect(meta(text).publishedAt).toBe("2026-03-13");
    expect(dated(text, "held a funeral")).toBe("2026-03-12");
  });

  it("takes no meeting held as a happening of its own", () => {
    const text =
      "Communique\nFriday 13 March 2026\n\nThe ministers held their second meeting in Amman on Thursday.";
    expect(dated(text, "held their second meeting")).toBeUndefined();
  });

  it("takes no date from a likeness ('the same kind of charges as in May')", () => {
    const text =
      "Statement\nTuesday 10 November 2026\n\nThe colonel said the pylons had been blown up with the same kind of charges as in May.";
    const f = facts(text).find((x) => text.slice(x.start, x.end).includes("blown up"));
    expect(f?.date?.value).not.toBe("2026-05");
  });

  it("reads a count set after 'Since 2022, according to …,' as a tally, not a dated happening", () => {
    const text =
      "Evening bulletin\nFriday 8 May 2026\n\nSince 2022, according to the farmers' committee, 14 shepherds have been abducted in the valley.";
    const f = facts(text).find((x) => x.kind === "event" && text.slice(x.start, x.end).includes("abducted"));
    expect(f?.date).toBeUndefined();
  });

  it("reads a measure taken 'twice since March' as a tally of measures, not one measure", () => {
    const text =
      "Evening bulletin\nFriday 8 May 2026\n\nThe bridge at Fallujah has been closed to lorries twice since March, the caller says.";
    const dates = facts(text)
      .filter((x) => x.kind === "countermeasure" && text.slice(x.start, x.end).includes("closed to lorries"))
      .map((x) => x.date?.value);
    expect(dates.filter(Boolean)).toEqual([]);
  });

  it("leaves the date of what a happening is likened to ('mirrors a pattern seen in …') to that", () => {
    const text =
      "Bulletin\nThursday 21 May 2026\n\nA trader was abducted near the market on 12 May. The ambush mirrors a pattern seen in the spring of 2025.";
    expect(dated(text, "mirrors a pattern")).toBeUndefined();
    expect(dated(text, "was abducted")).toBe("2026-05-12");
  });

  it("dates no clause about most of many happenings by the story's month", () => {
    const text =
      "Weekly note\nPublished Tuesday 8 December 2026\n\nOn Friday night, gunmen killed two guards at a fuel depot near Palmyra. Many of the month's kidnappings took place on the desert road, the monitor said.";
    expect(dated(text, "kidnappings took place")).toBeUndefined();
  });
});

describe("gazetteer: spellings of places", () => {
  it("knows Sinuni in Sinjar district written 'Sununi'", () => {
    const text =
      "Report\nFriday 13 March 2026\n\nGunmen fired on a checkpoint outside Sununi on Thursday night.";
    const doc = extractFacts({ id: "t", title: "t", text });
    expect(doc.entities.find((e) => e.name === "Sinuni")?.aliases).toContain("Sununi");
  });
});
