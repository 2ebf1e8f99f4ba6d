import { describe, expect, it } from "vitest";
import { extract, meta } from "./helpers.js";

/** Publication lines of new registers (set 13), on head lines written for these tests. */

describe("a labelled publication line", () => {
  it("'Answers published <date>' dates the text before a later tabling date", () => {
    const m = meta(
      "Parliament · Written answers\nAnswers published Tuesday 20 January 2026\n\nQuestion 118, tabled on 12 January 2026\n\nThe minister answered.",
    );
    expect(m.publishedAt).toBe("2026-01-20");
  });

  it("'Date of announcement:' dates a notice", () => {
    const m = meta("Ministry of Interior\nDate of announcement: Monday 2 March 2026\n\nBids are invited.");
    expect(m.publishedAt).toBe("2026-03-02");
  });

  it("a transcript published after its panel: published on one day, spoken on the other", () => {
    const text =
      "Policy Forum · Event transcript\nPanel held in London on Thursday 16 April 2026 · Transcript published Monday 20 April 2026\n\nSMITH: Gunmen attacked a checkpoint near Hasakah yesterday.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2026-04-20");
    expect(m.heldAt).toBe("2026-04-16");
    const doc = extract(text);
    const attack = doc.facts.find((f) => f.kind === "event" && /attacked/.test(f.text));
    expect(attack?.date?.value).toBe("2026-04-15");
  });
});
