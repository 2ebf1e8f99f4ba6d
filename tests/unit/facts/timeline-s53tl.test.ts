import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/** Sentences written for this test (session 53, helper tl). */
describe("a later telling that only gives the hour and day of an attack told before", () => {
  it("leaves the first telling, which says what happened, as the entry on that day", () => {
    const doc = extract(
      "Last Friday night, three guards were shot dead at the gate of the grain silo outside Samarra. The governor spoke to reporters. The attack took place at 22:15 on Friday 13 March. Nobody has claimed it.",
      "2026-03-18",
    );
    const entries = dated(doc).filter((f) => f.kind === "event");
    expect(entries.map((f) => [f.text, f.date?.value])).toContainEqual([
      expect.stringMatching(/^Last Friday night, three guards were shot dead at the gate/),
      "2026-03-13",
    ]);
    expect(entries.filter((f) => f.date?.value === "2026-03-13")).toHaveLength(1);
  });
});

describe("smugglers stopped and an infiltration attempt beaten back", () => {
  it("are measures of their day on the timeline, not only threats", () => {
    const stopped = extract(
      "On Sunday night a border patrol south of Rabia stopped a group of three smugglers carrying rifles across the line; two were detained.",
      "2026-05-05",
    );
    expect(
      dated(stopped).some(
        (f) => f.kind === "countermeasure" && /stopped a group of three smugglers/.test(f.text),
      ),
    ).toBe(true);
    const repelled = extract(
      "On Tuesday evening soldiers of the 5th Brigade repelled an infiltration attempt by armed men coming from the desert.",
      "2026-05-07",
    );
    expect(
      dated(repelled).some(
        (f) => f.kind === "countermeasure" && /repelled an infiltration attempt/.test(f.text),
      ),
    ).toBe(true);
  });
});

describe("a count of attacks since the start of the year after an attack told with its day", () => {
  it("does not take the attack's entry: the attack stays on its day", () => {
    const doc = extract(
      "On Monday night, a police post on the road west of Qaim was attacked by gunmen. One policeman was killed.\n\nSince the start of the year, the provincial command had recorded 44 attacks on the road between Qaim and Rawa.",
      "2026-09-16",
    );
    const day = dated(doc).filter((f) => f.kind === "event" && f.date?.value === "2026-09-14");
    expect(day.map((f) => f.text)).toEqual([expect.stringMatching(/^On Monday night, a police post/)]);
  });
});
