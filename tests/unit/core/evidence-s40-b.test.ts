import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 40, part B, signs on held-out sets 32 and 33 (smuggling and the coalition's withdrawal):
 * weapons seized as a cargo from across the border are weapons moving, not only a seizure. The
 * sentences are new wordings of the same kinds.
 */
const AT = new Date("2026-12-10T12:00:00Z");
const roles = (theme: string, text: string, sentence: number, outlet = "Reuters") => {
  const doc = sourceDocument("Report", text, outlet, "2026-12-01");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("weapons seized as a cargo from across the border", () => {
  it("cites rifles seized coming from Syria as weapons moving", () => {
    const text =
      "Jordanian border guards intercepted a convoy of smugglers near Mafraq on Monday.\n\nSoldiers seized 40 rifles and three machine guns coming from Syria in the same week.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("cites grenades seized that were bound for buyers in Iraq as weapons moving", () => {
    const text =
      "Iraqi border guards stopped two lorries of smugglers near the Al-Qaim crossing with Syria on Sunday.\n\nThe guards seized 60 hand grenades in one of the lorries, bound for buyers in Anbar.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:weapons-flow"]);
  });

  it("still cites a seizure of drugs alone as a seizure", () => {
    const text =
      "Jordanian border guards intercepted a convoy of smugglers near Mafraq on Monday.\n\nSoldiers seized 900,000 Captagon pills coming from Syria in the same week.";
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["mitigator:seizures"]);
  });
});
