import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string, publishedAt = "2026-12-14T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt }).facts;
const dated = (text: string) =>
  facts(text)
    .filter((f) => f.kind === "event" || f.kind === "countermeasure")
    .map((f) => [f.text, f.date?.value ?? null]);

describe("a count summed over the year so far", () => {
  it("keeps the measure but gives it no date, so it is no row of the timeline", () => {
    const f = facts(
      "The minister said border guards had arrested 212 smugglers this year along the Anbar desert.",
    );
    const m = f.find((x) => x.kind === "countermeasure");
    expect(m?.text).toContain("arrested 212 smugglers");
    expect(m?.date).toBeUndefined();
    expect(f.some((x) => x.kind === "quantity" && x.value === 212)).toBe(true);
  });
  it("is not dated by a month named in the sentence before either", () => {
    const f = facts(
      "The new command was formed in August. Its units have seized 40 tonnes of hashish this year.",
    );
    expect(f.find((x) => x.kind === "countermeasure" && x.text.includes("40 tonnes"))?.date).toBeUndefined();
  });
  it("leaves a happening of this year told in the simple past dated", () => {
    expect(dated("Gunmen killed two shepherds this year near Rutba.")).toEqual([
      ["Gunmen killed two shepherds this year near Rutba", "2026"],
    ]);
  });
});

describe("a participle of completion after the event's phrase", () => {
  it("dates the phrase, not the day the sentence was said or met on", () => {
    const [row] = dated(
      "The council met on Sunday with the governor to review the handover of the airbase to the army, completed in October.",
    );
    expect(row?.[1]).toBe("2026-10");
  });
  it("leaves the day of the sentence's own verb when no participle follows", () => {
    expect(dated("Police arrested three men on Monday, near the market in Rutba.")[0]?.[1]).toBe(
      "2026-12-14",
    );
  });
});
