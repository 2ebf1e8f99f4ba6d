import { describe, expect, it } from "vitest";
import { lastSentenceRoles } from "../../support/themes.js";

/**
 * A stop the sentence credits to joint work with the Syrian side is the cooperation across the
 * border (ANNOTATION.md rule 5; held-out set 69's case 1009: "Joint work with the Syrian
 * anti-narcotics authorities led to three controlled deliveries and the arrest of a network's
 * leaders in Al-Bukamal"). A stop by Syrian units alone, naming no joint work, stays a stop.
 */

const AT = new Date("2027-04-20T12:00:00Z");
const roles = lastSentenceRoles(
  "cross-border-smuggling",
  ["Border units seized 2 million Captagon pills near the Al-Waleed crossing in March, the ministry said."],
  AT,
  "2027-04-02",
);

describe("a stop credited to joint work with the Syrian side", () => {
  it("is cross-border cooperation", () => {
    expect(
      roles(
        "Joint work with the Syrian drug police led to two controlled deliveries and the arrest of a trafficking ring's bosses in Deir ez-Zor.",
      ),
    ).toEqual(["mitigator:cross-border-cooperation"]);
  });
  it("but a stop by Syrian units alone stays a stop", () => {
    expect(
      roles(
        "A raid by Syrian police led to two controlled deliveries and the arrest of a trafficking ring's bosses in Deir ez-Zor.",
      ),
    ).toEqual(["mitigator:seizures"]);
  });
});
