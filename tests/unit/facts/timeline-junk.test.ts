import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const timeline = (text: string, publishedAt = "2026-11-24") =>
  extractFacts({ id: "t", title: "t", text, publishedAt })
    .facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date)
    .map((f) => f.text);

describe("timeline entries: whole labels, no statistics or patterns of activity", () => {
  it("keeps both members of 'between X and Y' in a label", () => {
    const t = timeline(
      "This flash update reports on the displacement of herding families from the eastern Homs desert between 1 and 20 November 2026.",
    );
    expect(t.some((x) => x.endsWith("between 1 and 20 November 2026"))).toBe(true);
  });

  it("tells an attribution by its clause, not as 'the attack to a gang'", () => {
    const t = timeline(
      "Gunmen attacked a checkpoint near Arak on Monday. The source attributed the attack to a smuggling gang working for remnants of the former regime.",
    );
    expect(t.some((x) => /^the attack to\b/i.test(x))).toBe(false);
  });

  it("does not date a share of a population or a pattern of attacks by the story's month", () => {
    const t = timeline(
      "ISIS fighters entered the village of Arak on 9 November. Families interviewed cited repeated attacks by ISIS cells on shepherds and on army checkpoints as the main reason for leaving. Of the displaced households, 38 percent are headed by women.",
    );
    expect(t.some((x) => /38 percent/.test(x))).toBe(false);
    expect(t.some((x) => /repeated attacks/.test(x))).toBe(false);
    expect(t.some((x) => /entered the village of Arak/.test(x))).toBe(true);
  });
});
