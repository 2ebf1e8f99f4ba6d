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

describe("conflicts: a part of a whole of equipment said to work, without 'only'", () => {
  const AT2 = new Date("2026-12-20T12:00:00Z");
  const audit = paragraphsDocument(
    "Audit of the border surveillance project",
    [
      "The Board audited the Border Forces surveillance project on the western border near Al-Qaim between July and October 2026.",
      "Of the 300 thermal cameras installed along the border with Syria since 2024, 150 were in working order at the end of October, the Board found.",
    ],
    "State Audit Board",
    "2026-12-15",
  );
  const reply = (text: string, outlet = "Iraq Today") =>
    paragraphsDocument(
      "Border command rejects the audit",
      ["The Border Forces Command has rejected the findings of an audit of the western border near Al-Qaim.", text],
      outlet,
      "2026-12-18",
    );
  const between = (docs: ReturnType<typeof paragraphsDocument>[]) =>
    assess(themeFixture("border-fortification"), docs, AT2)
      .conflicts.filter((c) => c.kind === "figures")
      .map(valuesOf);

  it("sets the working part of one account against another's, through the outlet's name", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras were in operation at the end of October.",
        ),
      ]),
    ).toContainEqual([10, 150]);
  });

  it("does not read a part installed, rather than working, as a count of those at work", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras had been installed by the end of October.",
        ),
      ]),
    ).toEqual([]);
  });

  it("keeps a place the sentence names outside the outlet's name", () => {
    expect(
      between([
        audit,
        reply(
          "A spokesman told Iraq Today that 290 of the 300 cameras in Jordan were in operation at the end of October.",
        ),
      ]),
    ).toEqual([]);
  });

  it("reads 'nearly all working' as no count of none out of service, though 'all working' is", () => {
    expect(
      between([audit, reply("The spokesman said nearly all of the thermal cameras are working.")]),
    ).toEqual([]);
    expect(
      between([audit, reply("The spokesman said all of the thermal cameras are working.")]),
    ).toContainEqual([0, 150]);
  });
});
