import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Session x82: a yearless wire dateline over a body whose only year is a past happening's, told
 * with the span since it ("more than a year after … in March 2023"). The story lies the span
 * later than that year, not in it. Sentences written for these tests.
 */

describe("a span counted from a dated happening to the time of writing", () => {
  it("'more than a year after … in <month> <year>' under the same month: two years on", () => {
    const text =
      "HASAKAH, Syria, March 9 (Nile Wire) -- A roadside bomb wounded three road workers near al-Shaddadi on Saturday, a hospital director said.\n\nFarm roads in the area are still mined more than a year after the withdrawal of the militia in March 2023, engineers say.";
    expect(meta(text).publishedAt).toBe("2025-03-09");
    expect(datesOf(extract(text), /roadside bomb/)).toEqual(["2025-03-08"]);
  });

  it("'two years after … in <year>' without a month: the year two on", () => {
    const text =
      "HASAKAH, Syria, March 9 (Nile Wire) -- A roadside bomb wounded three road workers near al-Shaddadi on Saturday.\n\nThe roads are still unsafe two years after the militia withdrew in 2021, engineers say.";
    expect(meta(text).publishedAt).toBe("2023-03-09");
  });

  it("'nearly two years after … in <month> <year>': the last year short of the span", () => {
    const text =
      "HASAKAH, Syria, March 9 (Nile Wire) -- A roadside bomb wounded three road workers near al-Shaddadi on Saturday.\n\nThe roads are still unsafe nearly two years after the militia withdrew in May 2021, engineers say.";
    expect(meta(text).publishedAt).toBe("2023-03-09");
  });

  it("guard: a year with no span before it stays the story's year", () => {
    const text =
      "HASAKAH, Syria, March 9 (Nile Wire) -- A roadside bomb wounded three road workers near al-Shaddadi on Saturday.\n\nThe militia withdrew from the area in March 2023 after a deal, engineers say.";
    expect(meta(text).publishedAt).toBe("2023-03-09");
  });

  it("guard: a full dated line wins over any span", () => {
    const text =
      "Hasakah Weekly\nSunday 9 March 2031\n\nThe roads are still unsafe more than a year after the militia withdrew in March 2023, engineers say.";
    expect(meta(text).publishedAt).toBe("2031-03-09");
  });
});
