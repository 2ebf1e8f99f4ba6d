import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A residual force told by what is kept rather than by what remains, and money cut from a partner
 * force: session 32's held-out sets 16 to 18 told these in a wire story, a Kurdish outlet's report
 * and an appropriations summary. The tests use other wordings of the same classes.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (text: string, outlet = "Associated Press") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
};

describe("a residual force told by what is kept", () => {
  it("counts a number of troops kept, retained or staying in Iraq or Syria as a residual presence", () => {
    for (const text of [
      "Washington will retain about 1,800 troops in the Kurdistan Region of Iraq after the mission ends, officials said.",
      "The Pentagon plans to maintain roughly 700 US troops in north-east Syria, officials said.",
      "About 900 American troops are in Syria and will stay through the spring, officials said.",
    ])
      expect(roles(text), text).toContain("mitigator:residual-presence");
  });

  it("does not count troops a faction wants expelled as a residual presence", () => {
    const r = roles(
      "The factions in Baghdad want to expel the roughly 2,000 US troops the United States keeps in Iraq.",
    );
    expect(r).not.toContain("mitigator:residual-presence");
  });
});

describe("money cut from a partner force", () => {
  it("counts funding cut for the SDF as its exposure, not as a presence kept", () => {
    const r = roles(
      "The spending bill slashes the assistance fund for the Syrian Democratic Forces by half, including the pay of the guards at its detention facilities.",
      "US Senate Appropriations Committee",
    );
    expect(r).toContain("driver:sdf-exposure");
    expect(r).not.toContain("mitigator:residual-presence");
  });
});
