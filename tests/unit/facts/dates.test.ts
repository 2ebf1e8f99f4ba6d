import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { extract } from "./helpers.js";

const values = (text: string, published: string | null) =>
  findDates(text, published).map((d) => [d.text, d.value]);

describe("dates", () => {
  it("reads full dates in the usual formats", () => {
    expect(values("on 8 December 2024, March 12, 2025 and 2025-01-14", null)).toEqual([
      ["8 December 2024", "2024-12-08"],
      ["March 12, 2025", "2025-03-12"],
      ["2025-01-14", "2025-01-14"],
    ]);
  });

  it("resolves weekdays, 'yesterday' and 'last week' against the publication date", () => {
    // 2022-01-21 was a Friday.
    expect(values("late on Thursday", "2022-01-21")).toEqual([["late on Thursday", "2022-01-20"]]);
    expect(values("said on Friday", "2022-01-21")).toEqual([["on Friday", "2022-01-21"]]);
    expect(values("yesterday", "2025-03-01")).toEqual([["yesterday", "2025-02-28"]]);
    expect(values("last week", "2025-03-09")).toEqual([["last week", "2025-02-24/2025-03-02"]]);
  });

  it("puts a month without a year in the latest year that is not after publication", () => {
    expect(values("since the fall in December", "2025-01-14")).toEqual([["in December", "2024-12"]]);
    expect(values("in January", "2025-03-04")).toEqual([["in January", "2025-01"]]);
    expect(values("fighting since December", "2025-03-12")).toEqual([["since December", "2024-12/2025-03"]]);
    expect(values("in January and February 2025", null)).toEqual([
      ["January and February 2025", "2025-01/2025-02"],
    ]);
  });

  it("reads a budget or plan named by its year as no date: the year is the budget's, not the clause's", () => {
    expect(values("Lawmakers who passed the 2027 budget met the envoy", "2026-12-12")).toEqual([]);
    expect(values("the council approved the 2026 reconstruction plan in May", "2026-12-12")).toEqual([
      ["in May", "2026-05"],
    ]);
    // An agreement or an event named by its year is still dated by it.
    expect(values("under the 2024 agreement", "2026-12-12")).toEqual([["the 2024", "2024"]]);
    expect(values("The 2014 offensive displaced thousands", "2026-12-12")).toEqual([["The 2014", "2014"]]);
    const doc = extract(
      "The minister praised the parties that passed the 2027 budget on Sunday.",
      "2026-12-12",
    );
    expect(doc.facts.filter((f) => f.date?.value.startsWith("2027"))).toEqual([]);
  });

  it("leaves relative dates unresolved without a publication date, and 'may' alone is not May", () => {
    expect(values("on Thursday, last week", null)).toEqual([]);
    expect(values("it may happen", "2025-01-01")).toEqual([]);
  });

  it("dates events by the well-known events they follow, resolved against publication", () => {
    const doc = extract(
      "The fall of Assad worried Baghdad. Days after the collapse of his regime and his flight to Moscow, Iraqi officials traveled to Damascus. Baghdad strengthened the border after the fall of the Assad regime.",
      "2025-01-14",
    );
    const date = (pattern: RegExp) => doc.facts.find((f) => pattern.test(f.text))?.date?.value;
    expect(date(/traveled to Damascus/)).toBe("2024-12");
    // The fall, the collapse and the flight are one event, told once and dated by the first.
    expect(date(/^The fall of Assad/)).toBe("2024-12-08");
    expect(doc.facts.filter((f) => f.kind === "event" && f.date?.value === "2024-12-08")).toHaveLength(1);
    expect(date(/strengthened/)).toBe("2024-12/2025-01");
  });

  it("does not date an event by the day its report was given", () => {
    const doc = extract(
      "Militants attacked the prison late on Thursday, detonating a car bomb, the SDF said on Friday.",
      "2022-01-21",
    );
    for (const f of doc.facts.filter((x) => x.kind === "event")) expect(f.date?.value).toBe("2022-01-20");
  });
});
