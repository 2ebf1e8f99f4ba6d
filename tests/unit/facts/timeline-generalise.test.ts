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
