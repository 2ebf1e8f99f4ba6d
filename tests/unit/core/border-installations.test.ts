import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/** Surveillance on a frontier named by its sectors and towers, not by the word "border" (sets 7, 9, 10, 11). */

const AT = new Date("2026-11-30T12:00:00Z");

describe("surveillance of a border sector", () => {
  it("counts cameras covering a sector or linking the towers of an Iraqi border town as surveillance", () => {
    for (const line of [
      "He said the sector is covered by thermal cameras linked to an operations room in Al-Qaim.",
      "Thermal cameras linked the towers to a command centre in Al-Qaim by mid-2024.",
    ]) {
      const doc = sourceDocument(
        "Border Forces",
        `Iraq has completed 400 kilometres of a concrete wall along its border with Syria, the Border Guard commander said.\n\n${line}`,
        "Iraqi News Agency",
        "2026-11-20",
      );
      const a = assess(themeFixture("border-fortification"), [doc], AT);
      expect(cited(a, doc.article.id, 1), line).toEqual(["mitigator:surveillance"]);
    }
  });

  it("does not count cameras in a city street as border surveillance", () => {
    const doc = sourceDocument(
      "City cameras",
      "The municipality installed thermal cameras in the market streets of Al-Qaim.",
      "Iraqi News Agency",
      "2026-11-20",
    );
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).toEqual([]);
  });
});
