import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 46, on texts written for these tests: a journal's footnote numbers glued to the full
 * stop, and a broadcast script's soundbite cue whose speaker is described after a comma.
 */

const speakers = (text: string, kind: "direct" | "indirect") =>
  extract(text)
    .quotes.filter((q) => q.kind === kind)
    .map((q) => `${q.speaker.name}: ${q.text}`);

describe("footnote numbers printed as digits after the stop", () => {
  it("'area.12 One merchant told …' ends the sentence before the next one's speaker", () => {
    const text =
      'The group sent demands to traders in the Hajin area.12 One merchant in Hajin told the authors that the letters were "polite".13 Another described the collectors as "young men from our own families".14\n';
    const direct = speakers(text, "direct");
    expect(direct).toContain("One merchant in Hajin: polite");
    expect(direct).toContain("Another: young men from our own families");
    expect(extract(text).sentences.map((s) => s.text.slice(0, 12))).toEqual([
      "The group se",
      "One merchant",
      "Another desc",
    ]);
  });

  it("a decimal figure is no footnote", () => {
    const text = "Prices rose by 3.5 Iraqi dinars a litre in Basra on Monday.\n";
    expect(extract(text).sentences).toHaveLength(1);
  });
});

describe("a script's soundbite cue with a description after a comma", () => {
  const SCRIPT = [
    "REPORTER (LIVE): The Asayish blamed Turkey. Its spokesman, Kawa Mihemed, spoke to us by phone.",
    "",
    'SOT – WITNESS, FARMER (NOT NAMED): "I heard the first one and I ran."',
    "",
    'SOT – KAWA MIHEMED, ASAYISH SPOKESMAN: "They are trying to empty the border villages."',
  ].join("\n");

  it("the cue's name before the comma speaks; a post alone is 'the witness'", () => {
    const direct = speakers(SCRIPT, "direct");
    expect(direct.some((d) => /^the witness: I heard the first one and I ran/.test(d))).toBe(true);
    expect(direct.some((d) => /^Kawa Mihemed: They are trying/.test(d))).toBe(true);
  });

  it("'SOT –' is no dateline", () => {
    const text = 'SOT – KAWA MIHEMED, ASAYISH SPOKESMAN: "They are trying to empty the border villages."\n';
    expect(extract(text).entities.some((e) => /^SOT$/i.test(e.name))).toBe(false);
    expect(speakers(text, "direct")).toHaveLength(1);
  });
});

describe("figures a body shared", () => {
  it("'according to figures the SDF shared with the authors' is the SDF's account", () => {
    const text =
      "The Syrian Democratic Forces (SDF) responded with raids. In the second half of 2025, SDF and coalition forces arrested 38 suspected collectors, according to figures the SDF shared with the authors.\n";
    const indirect = extract(text).quotes.filter((q) => q.kind === "indirect");
    expect(indirect.map((q) => q.speaker.name)).toEqual(["Syrian Democratic Forces"]);
  });
});

describe("a denial reported by someone else", () => {
  it("'X denies the allegations, his lawyer said' is the lawyer's account of the whole clause", () => {
    const text =
      "Police arrested Omar Saleh in Hamburg on Monday. Omar Saleh denies the allegations, his lawyer said on Tuesday.\n";
    const indirect = extract(text).quotes.filter((q) => q.kind === "indirect");
    expect(
      indirect.some(
        (q) => /lawyer/.test(q.speaker.name) && /^Omar Saleh denies the allegations/.test(q.text),
      ),
    ).toBe(true);
  });
});
