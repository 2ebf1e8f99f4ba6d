import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Sign readings of session 54 (tests/fixtures/analysis/ANNOTATION.md rules 3, 7, 8, 10 and 11), on
 * short texts written for these tests.
 */
const AT = new Date("2026-12-14T12:00:00Z");
const roles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture("isis-prison-escape"), [doc], AT), doc.article.id, sentence);
};
const LEDE =
  "Nine ISIS detainees escaped from a prison on the edge of Raqqa in northeast Syria on Friday night, local sources said.";

describe("a recapture told on its own is control regained (rule 10)", () => {
  it("cites escapees recaptured by an unnamed force, the rest at large, as control", () => {
    const text = `${LEDE}\n\nGuards recaptured four of the escapees in farmland east of Raqqa on Saturday, while five remain at large.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("cites escapees the SDF recaptured as control", () => {
    const text = `${LEDE}\n\nThe SDF recaptured three of the escapees near the village of Kasrat by Sunday morning, while six are still missing.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("keeps a sentence that tells the escape itself, with its recaptures, as the escape", () => {
    const text =
      "Sources in Raqqa described a difficult weekend for the guards of the city's prisons.\n\nEleven ISIS detainees who escaped from a prison in Raqqa on Friday night are still at large, except two whom security forces recaptured in nearby villages.";
    expect(roles(text, 1)).toEqual(["driver:escape-reported"]);
  });
});

describe("an arrest at a detention site is control, its head count no population held (rule 11)", () => {
  it("cites ISIS members arrested near a prison carrying letters for detainees as control", () => {
    const text = `${LEDE}\n\nOn Tuesday the Asayish arrested three ISIS members near the prison who were carrying phones and letters for detainees inside.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("cites ISIS members arrested in a camp during a search for smuggled weapons as control", () => {
    const text = `${LEDE}\n\nThe Asayish also said they arrested four suspected ISIS members in Al-Hol camp on Monday during a search for weapons smuggled in with food deliveries.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });
});

describe("an attack on a prison that the guards repelled is control (rule 8)", () => {
  it("cites the guard force's account of an attack it repelled as control", () => {
    const text =
      "The Asayish said on Sunday that their members repelled an attack by ISIS cells on the prison in Tal Hamis, east of Qamishli, on Saturday night.";
    expect(roles(text, 0)).toEqual(["mitigator:sdf-control"]);
  });
});

describe("escape attempts the guards stopped are control (rules 1 and 3)", () => {
  it("cites a tally of escape attempts the camp guards foiled as control", () => {
    const text = `${LEDE}\n\nA UN official said camp guards in Roj had foiled at least four escape attempts by detainees' relatives since the summer.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });

  it("cites attempted breakouts that were stopped by the guards as control", () => {
    const text = `${LEDE}\n\nInvestigators heard of three attempted breakouts from smaller prisons last year, all of which were stopped by the guards.`;
    expect(roles(text, 1)).toEqual(["mitigator:sdf-control"]);
  });
});

const fortRoles = (text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-08");
  return cited(assess(themeFixture("border-fortification"), [doc], AT), doc.article.id, sentence);
};
const BORDER_LEDE =
  "Iraq's Border Forces Command said on Monday it had moved a reserve company to the border strip west of Al-Qaim.";

describe("a seizure at a border place is an interdiction, whatever was seized (rule 7)", () => {
  it("cites a load of cigarettes seized near a border town as an interdiction", () => {
    const text = `${BORDER_LEDE}\n\nThe Command added that its units had seized 9,000 cartons of cigarettes near Husaybah last week.`;
    expect(fortRoles(text, 1)).toEqual(["mitigator:interdictions"]);
  });

  it("does not read a border town seized by ISIS years ago as an interdiction", () => {
    const text = `${BORDER_LEDE}\n\nHusaybah was seized by ISIS in 2014 and retaken by Iraqi forces in 2017.`;
    expect(fortRoles(text, 1)).not.toContain("mitigator:interdictions");
  });
});
