import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A parliament's verbatim record (session 46), on texts written for these tests: contributions under
 * the speaker's name on a line of its own, with constituency and party, or an office and the name in
 * brackets, then the name alone.
 */

const RECORD = [
  "House of Commons",
  "Wednesday 6 May 2026",
  "",
  "Syria: Detention Camps",
  "",
  "Tom Hartley (North Ashby) (Con)",
  "What recent discussions the Secretary of State has had on the camps in north-east Syria.",
  "",
  "The Parliamentary Under-Secretary of State for the Middle East (Ms Joanna Reeve)",
  "We discuss the camps with our partners every week. Conditions remain difficult.",
  "",
  "Tom Hartley",
  "Will the Minister visit the camps this year?",
  "",
  "Ms Reeve",
  'I will consider any visit carefully, and the director told me that the guards were "stretched thin".',
].join("\n");

const speakerOf = (doc: ReturnType<typeof extract>, words: RegExp) =>
  doc.quotes.filter((q) => q.kind === "direct" && words.test(q.text)).map((q) => q.speaker.name);

describe("a verbatim parliamentary record", () => {
  it("a contribution under 'Name (Constituency) (Party)' is that member's direct speech", () => {
    const doc = extract(RECORD);
    expect(speakerOf(doc, /What recent discussions/)).toEqual(["Tom Hartley"]);
    expect(speakerOf(doc, /Will the Minister visit/)).toEqual(["Tom Hartley"]);
  });

  it("a minister by office with the name in brackets, then by the name alone, is one speaker", () => {
    const doc = extract(RECORD);
    expect(speakerOf(doc, /We discuss the camps/)).toEqual(["Joanna Reeve"]);
    expect(speakerOf(doc, /consider any visit/)).toEqual(["Joanna Reeve"]);
  });

  it("what a contribution quotes from someone else stays their quote", () => {
    const doc = extract(RECORD);
    expect(
      doc.quotes.some(
        (q) => q.kind === "direct" && q.text === "stretched thin" && /director/.test(q.speaker.name),
      ),
    ).toBe(true);
  });

  it("headings and the date are nobody's words", () => {
    const doc = extract(RECORD);
    expect(doc.quotes.some((q) => /Detention Camps|House of Commons/.test(q.text))).toBe(false);
  });

  it("names on lines of their own without a party label are headings, not turns", () => {
    const text = [
      "Notes from the field",
      "",
      "Tom Hartley",
      "The road to the camp was closed for a week after the attack.",
      "",
      "Joanna Reeve",
      "The guards at the gate were replaced on Monday.",
      "",
      "Tom Hartley",
      "Trucks waited at the checkpoint for two days.",
    ].join("\n");
    const doc = extract(text);
    expect(doc.quotes.filter((q) => q.kind === "direct")).toEqual([]);
  });
});
