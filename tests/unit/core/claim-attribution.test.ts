import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { ConflictClaim } from "../../../src/core/themes/assessment.js";
import { attributionOf } from "../../../src/core/themes/claim-attribution.js";
import { weighClaims } from "../../../src/core/themes/conflicts.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * A claim names who its sentence credits with it beside the outlet that carries it: one
 * commentary relaying a monitoring team's count and an official's is two originators, whose
 * outlet's grade cannot choose between them.
 */

describe("who a sentence credits with its claim", () => {
  const outlet = "Levant Policy Review (commentary)";

  it("reads the subject of a verb of counting that opens the sentence, without its time adjunct", () => {
    expect(
      attributionOf(
        "A monitoring group's survey last month put the number of fighters in the hills at 1,200.",
        [],
        outlet,
      ),
    ).toBe("a monitoring group's survey");
    expect(attributionOf("The Defence Ministry first put the toll at six soldiers.", [], outlet)).toBe(
      "the Defence Ministry",
    );
  });

  it("reads the name after 'according to'", () => {
    expect(
      attributionOf("Four guards were wounded, according to the provincial health directorate.", [], outlet),
    ).toBe("the provincial health directorate");
  });

  it("prefers the speaker the extractor found for the sentence's quote", () => {
    expect(
      attributionOf(
        "An aide to the governor told me the real number was nearer 300.",
        ["Salim Darwish"],
        outlet,
      ),
    ).toBe("Salim Darwish");
  });

  it("names no one when the sentence credits the outlet itself, a pronoun or a source named only by pointing back", () => {
    expect(
      attributionOf(
        "The Observatory said 12 fighters were killed.",
        [],
        "Syrian Observatory for Human Rights",
      ),
    ).toBe(undefined);
    expect(attributionOf("The Syrian Democratic Forces said no one escaped.", [], "SDF press office")).toBe(
      undefined,
    );
    expect(attributionOf("No one escaped.", ["SDF"], "Syrian Democratic Forces Media Center")).toBe(
      undefined,
    );
    expect(attributionOf("He said 12 fighters were killed.", [], outlet)).toBe(undefined);
    expect(attributionOf("The source said 12 fighters were killed.", [], outlet)).toBe(undefined);
    expect(attributionOf("The same officials said the figure was lower.", [], outlet)).toBe(undefined);
    expect(attributionOf("Our team counted 40 trucks at the crossing.", [], outlet)).toBe(undefined);
  });

  it("knows a registered outlet by any of its names, and never takes another registered outlet for it", () => {
    // The registry's acronym: no word of "SOHR" is in the sentence's name, yet it is the outlet.
    expect(attributionOf("The Syrian Observatory said 12 fighters were killed.", [], "SOHR")).toBe(undefined);
    // Another wire cited by this one: a second originator, named.
    expect(attributionOf("Reuters put the toll at nine.", [], "Associated Press")).toBe("Reuters");
  });

  it("does not take the receiver of a passive verb, or a clause's opener, for the source", () => {
    expect(attributionOf("The panel was told that 40 inmates had fled.", [], outlet)).toBe(undefined);
    expect(
      attributionOf("Whereas aid agencies have stated that 30 died, the count is open.", [], outlet),
    ).toBe(undefined);
    expect(attributionOf("After the raid the guards said nobody had fled.", [], outlet)).toBe(undefined);
    // "claims" is a noun after "Despite": no one is credited with the figure.
    expect(
      attributionOf("Despite Ankara's claims of a pullback, some 900 troops remain at the base.", [], outlet),
    ).toBe(undefined);
  });

  it("gives a shouted transcript label as a name when it is a full name, and as the calling when it names one", () => {
    expect(attributionOf("No one escaped.", ["MARWAN HADDAD"], outlet)).toBe("Marwan Haddad");
    expect(attributionOf("No one escaped.", ["VERDICT"], outlet)).toBe(undefined);
    expect(attributionOf("No one escaped.", ["SENATOR"], outlet)).toBe("the senator");
  });

  it("drops a capital a common word has only for opening the sentence, never a name's", () => {
    expect(attributionOf("Relatives said three men were missing.", [], outlet)).toBe("relatives");
    expect(attributionOf("Security Media Cell said three men were arrested.", [], outlet)).toBe(
      "Security Media Cell",
    );
  });
});

describe("the conflict line when one outlet relays two originators", () => {
  const claim = (key: string, text: string, value: number, attributedTo?: string): ConflictClaim => ({
    key,
    articleId: "commentary",
    sentence: key === "a" ? 1 : 2,
    text,
    source: "Levant Policy Review (commentary)",
    grade: "",
    date: null,
    stance: "figure",
    value,
    ...(attributedTo ? { attributedTo } : {}),
  });
  const report = (key: string, text: string, sourceKey = "levant-policy-review") =>
    [
      key,
      { key, sourceKey, sentenceText: text, grade: { reliability: "C", party: false } } as unknown as Report,
    ] as const;
  const a = "A monitoring team report put the number of fighters at up to 2,000.";
  const b = "A senior interior ministry official told me the real figure was under 500.";

  it("says who each account comes from and that the outlet's grade cannot choose", () => {
    const line = weighClaims(
      [
        ["figure of up to 2,000", [claim("a", a, 2000, "a monitoring team report")]],
        ["figure of under 500", [claim("b", b, 500, "a senior interior ministry official")]],
      ],
      new Map([report("a", a), report("b", b)]),
    );
    expect(line).toBe(
      "Neither account is better supported: both come through one source, Levant Policy Review (commentary), which attributes the figure of up to 2,000 to a monitoring team report and the figure of under 500 to a senior interior ministry official, and its grade cannot choose between them. The point stays open until an independent source reports on it.",
    );
  });

  it("weighs by source as before when the accounts come from two outlets", () => {
    const line = weighClaims(
      [
        ["figure of up to 2,000", [claim("a", a, 2000, "a monitoring team report")]],
        ["figure of under 500", [claim("b", b, 500, "a senior interior ministry official")]],
      ],
      new Map([report("a", a), report("b", b, "another-outlet")]),
    );
    expect(line).not.toMatch(/come through one source/);
    expect(line).toMatch(
      /^Neither account is better supported: the figure of up to 2,000 rests on one source/,
    );
  });
});

describe("an assessed conflict carries the originator of each claim, under a title that puts an area 'in' it", () => {
  it("names the monitoring team and the official a commentary cites for two fighter counts", () => {
    const doc = paragraphsDocument(
      "Counting ISIS in the desert",
      [
        "ISIS cells still ambush convoys on the roads between Palmyra and Sukhnah in the Syrian desert.",
        "A UN monitoring team report this autumn put the number of ISIS fighters in the Syrian desert at up to 2,500.",
        "A senior Syrian security official told me in Damascus last month that the real figure was fewer than 600.",
      ],
      "The Century Foundation (commentary)",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [doc], new Date("2026-11-25T00:00:00Z"));
    const figures = a.conflicts.find((c) => c.kind === "figures");
    // A desert is an area: the title puts the count in it, not at a point.
    expect(figures?.topic).toBe("How many fighters ISIS has in the Syrian Desert");
    expect(figures?.claims.map((c) => c.attributedTo)).toEqual([
      "a UN monitoring team report",
      "a senior Syrian security official",
    ]);
    expect(figures?.analysis).toMatch(/both come through one source, The Century Foundation \(commentary\)/);
  });
});

describe("a body that denies reports in its own statement (session 73)", () => {
  const outlet = "Internal Security Forces in Hasakah (statement)";

  it("credits no one else when the opening subject is the outlet and its verb is 'deny'", () => {
    expect(
      attributionOf(
        "The Internal Security Forces in Hasakah deny the reports spread by some pages of a breakout from Ghweiran.",
        [],
        outlet,
      ),
    ).toBeUndefined();
  });

  it("never takes a phrase ending in an article as the subject of a noun it mistook for a verb", () => {
    expect(
      attributionOf(
        "Tribal elders in Shaddadi question the reports of a breakout from the prison.",
        [],
        outlet,
      ),
    ).toBeUndefined();
  });

  it("still credits another body that denies", () => {
    expect(
      attributionOf(
        "The Syrian Ministry of Interior denied that any detainee had escaped from Ghweiran.",
        [],
        outlet,
      ),
    ).toBe("the Syrian Ministry of Interior");
  });
});
