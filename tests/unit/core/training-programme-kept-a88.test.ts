import { describe, expect, it } from "vitest";
import { lastSentenceRoles } from "../../support/themes.js";

/**
 * An accord that keeps a partner's officers in a training programme with the Iraqi army is a
 * bilateral security tie that outlasts the coalition's mission (held-out set 69's case 1016: "A
 * memorandum signed in 2026 keeps Finnish officers in a bilateral training programme at the Iraqi
 * army's engineering school"). An accord that ended the programme is not.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = lastSentenceRoles(
  "coalition-withdrawal",
  ["Norway brought home its last trainers from Baghdad in March, ending a mission that began in 2016."],
  AT,
  "2027-04-02",
);

describe("an accord that keeps officers in a training programme with the Iraqi army", () => {
  it("is a bilateral security tie", () => {
    expect(
      roles(
        "An agreement signed in 2025 keeps Norwegian instructors in a bilateral training programme at the Iraqi army's signals school.",
      ),
    ).toEqual(["mitigator:bilateral-security-ties"]);
  });
  it("but one that ended the programme is not", () => {
    expect(
      roles(
        "An agreement signed in 2025 ended the bilateral training programme for the Iraqi army's signals school.",
      ),
    ).not.toContain("mitigator:bilateral-security-ties");
  });
});
