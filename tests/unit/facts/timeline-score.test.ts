import { describe, expect, it } from "vitest";
import { scoreTimeline, type TimelineCandidate } from "../../../bench/extraction/evaluate.js";

const event = (text: string, date: string | null, entities: string[] = []): TimelineCandidate => ({
  kind: "event",
  text,
  date,
  entities,
});

describe("scoreTimeline", () => {
  const gold = [
    { what: "Fall of Assad", when: "2024-12" },
    { what: "Minibus hit a mine near al-Kawm", when: "2025-03-16" },
  ];

  it("finds a gold event only through a dated event fact at the right date", () => {
    expect(scoreTimeline(gold, [event("The fall of Assad", "2024-12-08")]).found).toBe(1);
    expect(scoreTimeline(gold, [event("The fall of Assad", null)]).found).toBe(0);
    expect(scoreTimeline(gold, [event("The fall of Assad", "2019")]).found).toBe(0);
    expect(scoreTimeline(gold, [{ ...event("The fall of Assad", "2024-12"), kind: "threat" }]).found).toBe(0);
  });

  it("counts further entries for the same gold event as duplicates, each entry once", () => {
    const score = scoreTimeline(gold, [
      event("The fall of Assad", "2024-12-08"),
      event("His flight to Moscow", "2024-12-08", ["Bashar al-Assad", "Moscow"]),
      event("a minibus hit a mine near al-Kawm", "2025-03-16"),
    ]);
    expect(score).toMatchObject({ found: 2, total: 2, duplicates: 1 });
    expect(score.duplicated).toEqual(["Fall of Assad (2024-12) x2"]);
  });

  it("agrees with a gold interval anywhere inside it, not only on its first day", () => {
    const pursuit = [{ what: "Units pursued the attackers", when: "2025-09-13/2025-09-14" }];
    expect(scoreTimeline(pursuit, [event("units pursued the attackers", "2025-09-14")]).found).toBe(1);
    expect(scoreTimeline(pursuit, [event("units pursued the attackers", "2025-09-15")]).found).toBe(0);
    const months = [{ what: "Iraq extended its fortifications", when: "2025-07/2025-12" }];
    expect(scoreTimeline(months, [event("Iraq extended its fortifications", "2025-12-05")]).found).toBe(1);
    expect(scoreTimeline(months, [event("Iraq extended its fortifications", "2026-01")]).found).toBe(0);
  });

  it("lists printed entries that cover no gold event and no gold measure, whatever their date", () => {
    const score = scoreTimeline(
      gold,
      [
        event("The fall of Assad", "2019"),
        event("Of the displaced households, 38 percent are headed by women", "2025-11"),
        { ...event("Police closed the crossing at al-Qaim", "2025-06"), kind: "countermeasure" },
        event("Undated claim of a mine", null),
      ],
      ["closed the al-Qaim crossing"],
    );
    expect(score.entries).toBe(3);
    expect(score.unmatched).toEqual([
      "Of the displaced households, 38 percent are headed by women (2025-11)",
    ]);
    expect(score.found).toBe(0);
  });
});
