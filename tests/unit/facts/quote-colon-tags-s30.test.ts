import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Headline and wire style names a source by a label and a colon ("Border police source: ...",
 * "Health Ministry: \"...\""), the colon standing for "says"; a radio log writes "Master on VHF
 * 16 to harbour control: \"...\"". Sentences written for these tests.
 */

const quoteWith = (text: string, words: string, kind?: "direct" | "indirect") =>
  extract(text).quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));
const speakerOf = (text: string, words: string, kind?: "direct" | "indirect") =>
  quoteWith(text, words, kind)?.speaker.name ?? null;

describe("a ticker's timed lines with a colon tag", () => {
  const text = [
    "RIVER NEWS · TICKER",
    "Tuesday 3 March 2026",
    "09:14 URGENT | Border police source: two smugglers arrested near the Zurbatiyah crossing at night",
    '09:40 | Basra Health Directorate: "The hospital is receiving the wounded"',
    "10:05 UPDATE | Officer at the checkpoint: the convoy was stopped because its papers were forged",
    "11:30 | Weather: heavy rain expected over Basra tomorrow",
    "12:10 | Our correspondent in Amarah: roads into the market closed since the morning",
  ].join("\n\n");

  it("reads the words after an unnamed source's label as its indirect statement", () => {
    expect(speakerOf(text, "two smugglers arrested near the Zurbatiyah crossing", "indirect")).toBe(
      "Border police source",
    );
    expect(speakerOf(text, "the convoy was stopped because its papers were forged", "indirect")).toBe(
      "Officer at the checkpoint",
    );
  });

  it("gives the words in marks after a body's label to that body", () => {
    expect(speakerOf(text, "The hospital is receiving the wounded", "direct")).toBe(
      "Basra Health Directorate",
    );
  });

  it("reads a topic label and the outlet's own reporter as no source", () => {
    expect(quoteWith(text, "heavy rain expected")).toBeUndefined();
    expect(quoteWith(text, "roads into the market closed")).toBeUndefined();
  });
});

describe("a label naming the speaker, then whom and how they spoke to", () => {
  it("gives the words to the person, not the outlet they spoke to", () => {
    const text = [
      "Evening bulletin, Monday 9 March 2026",
      'Provincial council member Ahmed Karim Jassim to Radio Dijla: "We were not consulted about the curfew."',
    ].join("\n\n");
    expect(speakerOf(text, "We were not consulted about the curfew", "direct")).toBe("Ahmed Karim Jassim");
  });

  it("gives a radio log's call to the one calling, not the channel or the one called", () => {
    const text = [
      "DECK LOG · SUNDAY 8 MARCH 2026",
      '0310  Master on VHF channel 12 to harbour control: "Engine failure, drifting north. Request a tug."',
      "0330  Radar: two contacts closing from the west.",
    ].join("\n\n");
    expect(speakerOf(text, "Engine failure, drifting north", "direct")).toBe("Master");
    expect(quoteWith(text, "two contacts closing")).toBeUndefined();
  });
});

describe("a form's fields, which have a label and a colon but no speaker", () => {
  it("reads no statement in an author line, a count or a credit line", () => {
    const text = [
      "Book of abstracts, Monday 5 October 2026",
      "Corresponding author: Layla Hassan Mahdi",
      "Vehicle units: four, at an agreed value of USD 30,000 each",
      "Source: UN OCHA",
    ].join("\n\n");
    const doc = extract(text);
    expect(doc.quotes.filter((q) => /Layla|USD|OCHA/.test(q.text))).toEqual([]);
  });
});

describe("a headline's label, which restates the story under it", () => {
  it("reads no statement after an untimed label unless the words are in marks", () => {
    const text = [
      "Sinjar Police: a cell that planned attacks on the market has been broken up",
      "Opium after the war: why the fields are back in the valley",
      "The Sinjar police said on Monday that four men had been arrested.",
    ].join("\n\n");
    const doc = extract(text);
    expect(doc.quotes.filter((q) => /planned attacks|fields are back/.test(q.text))).toEqual([]);
    expect(quoteWith(text, "four men had been arrested", "indirect")).toBeDefined();
  });

  it("reads no tag in a transcript, whose presenters' labels are no sources", () => {
    const text = [
      "OPEN LINE · Radio Nineveh · Thursday 5 March 2026",
      "PRESENTER (Huda Salim): Good evening, and welcome to the programme.",
      "COLONEL KARIM: The roads are open. The checkpoints work day and night.",
      "PRESENTER (Huda Salim): Colonel, one last question before the news.",
      "COLONEL KARIM: Go ahead.",
    ].join("\n\n");
    expect(quoteWith(text, "one last question")).toBeUndefined();
  });
});
