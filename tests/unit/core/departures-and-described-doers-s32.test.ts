import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 32, round 2 (held-out set 19): a drawdown told as a count of troops that have gone, and
 * attacks by ISIS named only as "the organisation". The tests use other wordings of the classes.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (theme: string, text: string, outlet = "Associated Press") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, 0);
};

describe("a drawdown told as a count of troops that have gone", () => {
  it("counts a number of troops that have left Iraq as the withdrawal, with no withdrawal event told", () => {
    for (const text of [
      "Some 400 coalition trainers had left Iraq by the end of October, according to the coalition.",
      "About 1,500 coalition advisers have left Iraq since September under the timetable agreed with the coalition, the spokesman said.",
    ])
      expect(roles("coalition-withdrawal", text), text).toContain("driver:withdrawal-intent");
  });

  it("does not count troops that remain as the withdrawal", () => {
    const r = roles(
      "coalition-withdrawal",
      "About 2,000 US troops remain in Iraq after some had left the Victory base, officials said.",
    );
    expect(r).not.toContain("driver:withdrawal-intent");
  });
});

describe("attacks by ISIS named only as 'the organisation'", () => {
  it("counts an attack whose author is the organisation's cells or fighters as an ISIS attack", () => {
    for (const text of [
      "Cells of the organisation attacked an army checkpoint outside Homs on Tuesday night, killing three soldiers, a local official said.",
      "The organisation's fighters attacked a police post outside Homs on Friday, killing two officers, a security source said.",
    ])
      expect(roles("isis-badia-insurgency", text), text).toContain("driver:attacks-reported");
  });

  it("does not count a raid on the organisation's cells as their attack", () => {
    const r = roles(
      "isis-badia-insurgency",
      "Cells of the organisation were hit by an army raid outside Homs on Tuesday, killing three of them, a local official said.",
    );
    expect(r).not.toContain("driver:attacks-reported");
  });
});
