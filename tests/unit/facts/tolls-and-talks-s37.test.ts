import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/** A happening's toll told in the next sentence, and the day a talk's text counts from (session 37), on texts written for these tests. */

describe("a toll told in the sentence after its happening", () => {
  it("goes with the dated happening as its outcome, and takes its day, not the story's month", () => {
    const text =
      "On Tuesday night, a checkpoint near Baiji was attacked by gunmen. Three soldiers were killed and a fourth was wounded in the leg.\n\nThe army sent reinforcements to the area.";
    const doc = extract(text, "2026-05-22");
    const attack = dated(doc).find((f) => /attacked by gunmen/.test(f.text));
    expect(attack?.date?.value).toBe("2026-05-19");
    expect(attack?.outcome?.text).toBe("Three soldiers were killed and a fourth was wounded in the leg");
    // The outcome is the article's own words, in the next sentence; the fact stays in its own.
    const o = attack?.outcome;
    expect(o && text.slice(o.start, o.end)).toBe(o?.text);
    expect(o?.sentence).toBe((attack?.sentence ?? -2) + 1);
    // The toll is no entry of the story's month.
    expect(dated(doc).map((f) => f.date?.value)).not.toContain("2026-05");
  });

  it("carries the happening's year when it happened long ago", () => {
    const text =
      "In June 2014, the fighters of Islamic State stormed Tal Afar. They killed hundreds of men and drove the families into the desert.\n\nMany never came back.";
    const doc = extract(text, "2026-07-10");
    const stormed = dated(doc).find((f) => /stormed Tal Afar/.test(f.text));
    expect(stormed?.date?.value).toBe("2014-06");
    expect(stormed?.outcome?.text).toMatch(/^They killed hundreds of men/);
    expect(datesOf(doc, /^They killed/).every((d) => d === "2014-06")).toBe(true);
  });

  it("is not joined when the sentence tells another happening or a tally", () => {
    const separate =
      "On Monday, gunmen attacked a police post in Hit. In a separate attack, two shepherds were killed near Rutba.";
    const a = extract(separate, "2026-03-12");
    expect(dated(a).some((f) => /stormed|attacked a police post in Hit\. In a separate/.test(f.text))).toBe(
      false,
    );
    const tally =
      "On Monday, gunmen attacked a police post in Hit. Since January, 40 policemen have been killed in the province.";
    const b = extract(tally, "2026-03-12");
    expect(dated(b).some((f) => f.outcome !== undefined)).toBe(false);
  });

  it("'the wounded were taken' is no toll: the noun is not the verb", () => {
    const text =
      "On Friday, gunmen on motorcycles opened fire on a market in Homs. Our correspondent is in Homs, where the wounded were taken.";
    const doc = extract(text, "2026-03-20");
    expect(dated(doc).some((f) => /opened fire on a market in Homs\. Our correspondent/.test(f.text))).toBe(
      false,
    );
  });
});

describe("the text of a talk counts its days from the day it was given", () => {
  it("'Text of the speech …, Mosul, Wednesday 12 August 2026' beside a later publication", () => {
    const text =
      "NINEVEH POLICE COMMAND · MEDIA OFFICE\nPublished Thursday 13 August 2026\n\nText of the speech by the commandant at the graduation of the 31st course, Mosul, Wednesday 12 August 2026 (as delivered)\n\nLast night, at about eleven o'clock, a police post in Badush was attacked by gunmen.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2026-08-13");
    expect(m.heldAt).toBe("2026-08-12");
    expect(datesOf(extract(text), /police post in Badush/)).toEqual(["2026-08-11"]);
  });

  it("a head line that only mentions a speech is no talk's text", () => {
    const text =
      "THE RIVER GAZETTE\nPublished Thursday 13 August 2026\n\nThe governor's speech in Mosul on Wednesday 12 August 2026 drew a large crowd.\n\nLast night, gunmen attacked a police post in Badush.";
    expect(meta(text).heldAt).toBeUndefined();
  });
});

describe("the timeline prints a toll with its happening", () => {
  it("one row: the happening's words, then its toll; the toll's own fact is no row", async () => {
    const { tollOfAnother, withOutcome } = await import("../../../src/core/facts/timeline.js");
    const text =
      "On Tuesday night, a checkpoint near Baiji was attacked by gunmen. Three soldiers were killed and a fourth was wounded in the leg.\n\nThe army sent reinforcements to the area.";
    const doc = extract(text, "2026-05-22");
    const rows = dated(doc)
      .filter((f) => !tollOfAnother(f, doc.facts))
      .map((f) => withOutcome(f.text, f));
    expect(rows.filter((r) => /Three soldiers were killed/.test(r))).toEqual([
      expect.stringMatching(
        /attacked by gunmen\. Three soldiers were killed and a fourth was wounded in the leg\.$/,
      ),
    ]);
  });
});
