import { describe, expect, it } from "vitest";
import { assess, gapLine } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A gap line names what no source reports on. A factor whose label is itself a negation ("No
 * regular forces holding the desert") cannot follow "No reporting in the sources on": the line
 * would read "on no regular forces", ungrammatical and a double negative.
 */

describe("gap lines", () => {
  it("names a factor's subject after 'on' when its label is a plain noun phrase", () => {
    expect(gapLine("A drawdown of US and coalition forces")).toBe(
      "No reporting in the sources on a drawdown of US and coalition forces.",
    );
    expect(gapLine("ISIS attacks on prisons and camps")).toBe(
      "No reporting in the sources on ISIS attacks on prisons and camps.",
    );
  });

  it("quotes a negated label as the factor it is instead of printing 'on no ...'", () => {
    for (const label of [
      "No regular forces holding the desert",
      "Lack of border patrols",
      "Absence of state control",
    ]) {
      const line = gapLine(label);
      expect(line).not.toMatch(/\bon (?:no|lack|absence)\b/i);
      expect(line).toContain(`\u201c${label}\u201d`);
    }
  });

  it("prints no 'on no regular forces' in a Badia briefing that leaves the desert's forces unreported", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const attack = paragraphsDocument("Attack near Palmyra", [
      "ISIS cells attacked a Syrian army post near Palmyra on Monday, SOHR said.",
    ]);
    const a = assess(theme, [attack], new Date("2026-11-20T12:00:00Z"));
    const vacuum = a.factors.find((f) => f.id === "security-vacuum");
    expect(vacuum?.gap).toBeTruthy();
    expect(vacuum?.gap).not.toMatch(/\bon no\b/i);
  });
});

/**
 * A gap line claims silence on its factor's own subject, no broader: a drawdown unreported is no
 * silence on the coalition's posture when a source tells of coalition helicopters over the search.
 */
describe("gap lines claim no broader silence than their factor", () => {
  it("does not call the coalition's posture unreported beside coalition support", () => {
    const theme = themeFixture("isis-prison-escape");
    const report = paragraphsDocument("Manhunt after Ghwayran escape", [
      "Coalition helicopters circled the Ghwayran district until dawn, supporting the SDF search for detainees who escaped from the prison.",
    ]);
    const a = assess(theme, [report], new Date("2026-11-20T12:00:00Z"));
    expect(a.factors.find((f) => f.id === "coalition-support")?.evidence.length).toBeGreaterThan(0);
    for (const f of a.factors) expect(f.gap ?? "").not.toMatch(/coalition force posture/);
  });
});
