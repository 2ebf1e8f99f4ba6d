import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Officers of both sides meeting "to discuss" smuggling: the smuggling is the meeting's subject,
 * the news is the meeting, so it is cooperation across the border (a mitigator), not a report of
 * smuggling (a driver). Session 34's held-out set 23 told it in a photo caption, in the present
 * tense captions use; the tests use other wordings of the same class.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Agence France-Presse") => {
  const doc = sourceDocument("Gallery", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
};

describe("a meeting with the Syrian side to discuss smuggling", () => {
  it("cites the meeting as cross-border cooperation, not as smuggling reported", () => {
    for (const text of [
      "Syrian and Iraqi customs officers meet at the Al-Qaim crossing on 3 December to discuss drug smuggling, in a picture released by the ministry.",
      "Jordanian and Syrian border commanders meet in Ramtha to discuss the smuggling of captagon across the frontier.",
    ]) {
      const r = roles(text);
      expect(r, text).toContain("mitigator:cross-border-cooperation");
      expect(r, text).not.toContain("driver:smuggling-reported");
    }
  });

  it("still reads smuggling told as news, with no meeting, as smuggling reported", () => {
    const r = roles(
      "Smugglers coming from Syria tried to carry drugs across the border near Ramtha on Tuesday, the Jordanian army said.",
    );
    expect(r).toContain("driver:smuggling-reported");
    expect(r).not.toContain("mitigator:cross-border-cooperation");
  });

  it("does not read a meeting with no Syrian party as cooperation across the border", () => {
    const r = roles("Jordanian deputies meet in Amman to discuss the smuggling of drugs into the kingdom.");
    expect(r).not.toContain("mitigator:cross-border-cooperation");
  });
});
