import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Publication dates from heads of new registers (session 47, set 44), on texts written for these
 * tests: a release issued from two offices, a UN document's distribution mark.
 */

describe("publication dates of a two-office release and a UN document", () => {
  it("'Geneva/Amman, Monday 4 May 2026': a release from two offices is dated by its head", () => {
    const text =
      "AGENCY · NEWS RELEASE\nGeneva/Amman, Monday 4 May 2026\n\nClinic hit near Daraa\n\nLast Friday, a shell fell near a clinic in Busra, wounding two nurses, the agency said.\n";
    expect(meta(text).publishedAt).toBe("2026-05-04");
    expect(datesOf(extract(text), /shell fell near a clinic/)).toEqual(["2026-05-01"]);
  });

  it("a slash between two words of a sentence's head is no place of issue", () => {
    const text = "Water/power cuts, Monday 4 May 2026, hit Busra as a shell fell near a clinic.\n";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("'Distr.: General, 21 July 2026': a UN document's distribution mark stands beside its date of issue", () => {
    const text =
      "S/2026/100\nUnited Nations Security Council\nDistr.: General, 21 July 2026\n\n12. Last week, fighters ambushed a patrol east of Al-Sukhnah, one Member State reported.\n";
    expect(meta(text).publishedAt).toBe("2026-07-21");
  });

  it("a distribution mark of another kind is no stamp of issue", () => {
    const text = "Distr.: the aid, 21 July 2026, went to 400 families in Busra.\n";
    expect(meta(text).publishedAt).toBeNull();
  });
});
