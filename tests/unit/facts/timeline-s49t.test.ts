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
    expect(m.dateline?.date).toBe("2027-10-14");
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
});
