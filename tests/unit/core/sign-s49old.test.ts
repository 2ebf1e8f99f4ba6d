import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { catchGroundsRisk, seizureAsProof, stopsMeasureRise } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign readings of session 49, on short texts written for these tests.
 */

const AT = new Date("2026-12-14T12:00:00Z");

describe("attempts told rising, with the stopped ones as the measure", () => {
  it("is read of a sentence whose subject is the attempts and whose verb is their rise", () => {
    const r = (sentenceText: string) => ({ tags: ["seizure", "smuggling"], sentenceText });
    expect(
      stopsMeasureRise(
        r(
          "Attempts to smuggle arms across the river have risen since spring, with 30 caught in May against 12 in March.",
        ),
      ),
    ).toBe(true);
    expect(
      stopsMeasureRise(r("Smuggling attempts rose sharply this autumn, with 18 stopped in October.")),
    ).toBe(true);
    // The stopping is what is told: no rise of the attempts.
    expect(stopsMeasureRise(r("Guards stopped 30 smuggling attempts in May, the police said."))).toBe(false);
    // Seizures that rose are the stopping growing, not the traffic.
    expect(stopsMeasureRise(r("Seizures of pills have risen since spring, the customs office said."))).toBe(
      false,
    );
    // No seizure or arrest in the fact: nothing to set aside.
    expect(
      stopsMeasureRise({
        tags: ["smuggling"],
        sentenceText: "Attempts to smuggle fuel have increased since May.",
      }),
    ).toBe(false);
  });
  it("counts for the traffic, not for the seizures", () => {
    const doc = paragraphsDocument(
      "Border",
      [
        "Attempts to smuggle drugs across Jordan's border with Syria have risen since the spring, with 41 attempts foiled in October against 19 in April, an army officer said.",
      ],
      "Daily",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("mitigator:seizures");
    expect(roles.some((x) => x.startsWith("driver:"))).toBe(true);
  });
});

describe("a seizure offered as proof of the trade", () => {
  it("is read of a seizure followed by what it shows of the trade", () => {
    const r = (sentenceText: string) => ({ sentenceText });
    expect(
      seizureAsProof(
        r(
          "Patrols also seized pistols on the same tracks, which proves that the drug trade now arms the gangs.",
        ),
      ),
    ).toBe(true);
    // A seizure told for itself.
    expect(seizureAsProof(r("Patrols seized pistols and 40,000 pills on the desert tracks on Monday."))).toBe(
      false,
    );
    // What follows shows something of the patrol, not of the trade.
    expect(
      seizureAsProof(r("Patrols seized pistols on the tracks, which shows that the new cameras work.")),
    ).toBe(false);
  });
  it("counts for the trade, not for the seizures", () => {
    const doc = paragraphsDocument(
      "Sermon",
      [
        "Jordanian border guards also seized rifles and grenades on the smuggling routes from Syria, which shows that the trade in drugs and the trade in arms now go together.",
      ],
      "Weekly",
      "2026-11-20",
    );
    const roles = cited(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 0);
    expect(roles).not.toContain("mitigator:seizures");
    expect(roles.some((x) => x.startsWith("driver:"))).toBe(true);
  });
});

describe("a catch given as the ground of a rated risk", () => {
  it("is read of a rating followed by the catch that grounds it", () => {
    const r = (sentenceText: string) => ({ sentenceText });
    expect(
      catchGroundsRisk(
        r(
          "Risk R-4, cable theft: likelihood high, since three guards were arrested in May selling copper to smugglers.",
        ),
      ),
    ).toBe(true);
    expect(
      catchGroundsRisk(
        r("Hazard 7, fuel diversion: likelihood 3, because a driver was caught in June selling petrol."),
      ),
    ).toBe(true);
    // A catch told for itself, no risk rated on it.
    expect(catchGroundsRisk(r("Three guards were arrested in May selling copper to smugglers."))).toBe(false);
    // A rating whose ground is no catch.
    expect(catchGroundsRisk(r("Risk R-5, flooding: likelihood 2, since the wadi floods every spring."))).toBe(
      false,
    );
  });
});
