import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Whether a base closes, told by a contract and by a force's stay: a defence department's award of
 * "a contract for base closure and site restoration at Rmelan Air Base" is a closure to come, and
 * "American soldiers will stay at the Rmelan base through the end of the year" keeps the base. The
 * two are one dispute. A contract to close another base says nothing of Rmelan. Real extractor
 * output of short texts.
 */

const AT = new Date("2026-06-01T12:00:00Z");
const theme = themeFixture("coalition-withdrawal");
const awards = (base: string) =>
  sourceDocument(
    "Contracts for May 12, 2026",
    `Huntington Ingalls Industries, Pascagoula, Mississippi, is awarded a 412,000,000 dollar modification for the construction of an amphibious assault ship. Fluor Federal Services, Greenville, South Carolina, is awarded a 31,200,000 dollar cost-plus contract for base closure, removal of equipment and site restoration at ${base} Air Base, Syria, with work expected to be completed by 30 November 2026. Amentum Services, Chantilly, Virginia, is awarded a 12,000,000 dollar contract for training of the Iraqi Air Force in Balad.`,
    "US Department of Defense (contract announcements)",
    "2026-05-12",
  );
const outlet = sourceDocument(
  "US troops to stay at Rmelan",
  "American soldiers will stay at the Rmelan base through the end of the year, an SDF commander told Kurdistan24 on Monday. ISIS cells attacked two SDF checkpoints near Shaddadi last week.",
  "Kurdistan24",
  "2026-05-20",
);
const closing = (a: ReturnType<typeof assess>) =>
  a.conflicts.filter((c) => /^Whether .* closes/.test(c.topic));

describe("conflicts: a contract to close a base against a force staying there", () => {
  it("boxes the closure contract against the soldiers' stay at the same base", () => {
    const a = assess(theme, [awards("Rmelan"), outlet], AT);
    expect(closing(a).map((c) => c.claims.length)).toEqual([2]);
  });

  it("does not box a contract to close another base", () => {
    const a = assess(theme, [awards("Qasrak"), outlet], AT);
    expect(closing(a)).toEqual([]);
  });
});
