import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string, publishedAt = "2026-03-20T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt }).facts;

describe("a sentence opened by a participle and its preposition", () => {
  const text =
    "Mon 16 Mar, 09:10 — Daquq. Soldiers searched a farm outside Daquq.\n\nTue 17 Mar, 11:40 — Daquq. Working on information from the farmer arrested the day before, soldiers found a weapons store under a barn near Daquq. Engineers blew up the shells the same evening.";
  it("leaves the day of the noun's participle to that noun, not to the main clause", () => {
    const found = facts(text).find((f) => /weapons store/.test(f.text));
    expect(found?.date?.value).toBe("2026-03-17");
  });
  it("keeps the entry's day for 'the same evening' after it", () => {
    const blown = facts(text).find((f) => /blew up the shells/.test(f.text));
    expect(blown?.date?.value).toBe("2026-03-17");
  });
  it("prints the happening the participle points back to once, where it was told", () => {
    const retold = `Mon 16 Mar, 09:10 — Daquq. Soldiers arrested a farmer outside Daquq.\n\n${text.split("\n\n")[1]}`;
    const all = facts(retold);
    const told = all.find((f) => f.text === "Soldiers arrested a farmer outside Daquq");
    const cited = all.find((f) => f.text === "the farmer arrested the day before");
    expect(told?.date?.value).toBe("2026-03-16");
    expect(cited?.kind).toBe("countermeasure");
    expect(cited?.date).toBeUndefined();
  });
  it("still reads a short subject with a preposition as the subject ('The trial of the men opened')", () => {
    const opened = facts(
      "The trial of the four men accused of the bombing opened on Monday in Baghdad.",
    ).find((f) => /trial/.test(f.text));
    expect(opened?.date?.value ?? null).not.toBe(null);
  });
});
