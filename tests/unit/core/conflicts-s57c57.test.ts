import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-11-20T12:00:00Z");
const figures = (docs: ReturnType<typeof paragraphsDocument>[]) =>
  assess(themeFixture("cross-border-smuggling"), docs, AT).conflicts.filter((c) => c.kind === "figures");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? 0).sort((p, q) => p - q);

describe("conflicts: a tally from the start of the year to a month's end", () => {
  const institute = paragraphsDocument(
    "Drug seizures in Nineveh: a research paper",
    [
      "Security forces seized about 40 million Captagon pills in Nineveh province between January and October 2026, according to figures compiled by the Tigris Institute.",
    ],
    "Tigris Institute for Studies",
    "2026-11-12",
  );
  const ministry = (text: string) =>
    paragraphsDocument(
      "Statement on narcotics in Nineveh",
      [text, "The ministry thanks the citizens who reported the traders."],
      "Ministry of Interior (statement)",
      "2026-11-15",
    );

  it("is the same period as a span from January to that month", () => {
    const found = figures([
      institute,
      ministry(
        "The narcotics directorate seized 25,000,000 Captagon pills in Nineveh province from the start of the year to the end of October.",
      ),
    ]);
    expect(found.map(valuesOf)).toContainEqual([25_000_000, 40_000_000]);
  });

  it("is not read as the month alone, nor a month's tally as the year's", () => {
    const found = figures([
      institute,
      ministry(
        "The narcotics directorate seized 25,000,000 Captagon pills in Nineveh province during October.",
      ),
    ]);
    expect(found.filter((c) => valuesOf(c).includes(40_000_000))).toEqual([]);
  });
});
