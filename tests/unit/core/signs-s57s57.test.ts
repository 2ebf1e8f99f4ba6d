import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import {
  appealOnly,
  conditionOnly,
  haulsRoseOver,
  onlyItemLacking,
  seizuresByPlace,
} from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 57 (helper s57): sign readings behind the sign errors of analytic set 51
 * (tests/fixtures/analysis/ANNOTATION.md rules 1, 2 and 7), on short texts written for these tests.
 */
const AT = new Date("2026-12-20T12:00:00Z");
const roles = (theme: string, text: string, sentence: number) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-12");
  return cited(assess(themeFixture(theme), [doc], AT), doc.article.id, sentence);
};

describe("one item named as missing beside others that stand (onlyItemLacking)", () => {
  it("cites a sector covered by a fence and a trench but with no wall as the barrier", () => {
    const text =
      "Iraqi border guards said the sector near Rutba is covered by a fence and a trench but has no wall.";
    expect(roles("border-fortification", text, 0)).toEqual(["mitigator:physical-barrier"]);
  });

  it("keeps a sector told with no wall at all as the barrier's absence", () => {
    const text = "Iraqi border guards said the sector near Husaybah has no wall.";
    expect(roles("border-fortification", text, 0)).not.toContain("mitigator:physical-barrier");
  });

  it("reads only a lone 'no' before the item's own words", () => {
    const base = { modality: "negated" as const, text: "wall" };
    expect(onlyItemLacking({ ...base, sentenceText: "It has a ditch and a fence but no wall." })).toBe(true);
    expect(onlyItemLacking({ ...base, sentenceText: "It has no ditch and no wall." })).toBe(false);
    expect(onlyItemLacking({ ...base, sentenceText: "Reports of a ditch and a wall are not true." })).toBe(
      false,
    );
  });
});

describe("a condition told by an inverted verb (conditionOnly)", () => {
  it("cites no withdrawal supposed by 'Were ... to leave' or 'Had ... withdrawn'", () => {
    const lede = "About 900 American soldiers are stationed in northeast Syria, the Pentagon said.";
    for (const condition of [
      "Were the remaining American soldiers to leave Syria, the Kurdish guards would struggle to hold the camps.",
      "Had the coalition withdrawn from Syria last year, Damascus would have moved into the oil fields.",
    ])
      expect(roles("coalition-withdrawal", `${lede}\n\n${condition}`, 1), condition).not.toContain(
        "driver:withdrawal-intent",
      );
  });

  it("reads the inverted clause only, and never a question", () => {
    const report = (sentenceText: string, text: string) => ({ sentenceText, text });
    const s = "Should the troops leave Syria, the camps would be exposed.";
    expect(conditionOnly(report(s, "the troops leave Syria"))).toBe(true);
    expect(conditionOnly(report(s, "the camps would be exposed"))).toBe(false);
    expect(
      conditionOnly(report("Were the troops withdrawn from Syria, as reported?", "the troops withdrawn")),
    ).toBe(false);
    expect(
      conditionOnly(
        report("The troops were withdrawn from Syria, officials said.", "The troops were withdrawn"),
      ),
    ).toBe(false);
  });
});

describe("where the bulk of the seizures are made is the route (rule 7, seizuresByPlace)", () => {
  const LEDE = "Iraqi police reported larger hauls of Captagon in Anbar this year, a research centre said.";

  it("cites most of the hauls found on the roads from a crossing as smuggling reported", () => {
    const text = `${LEDE}\n\nMost of the pills were found in lorries coming from the Al-Qaim crossing or on farm tracks near it.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:smuggling-reported"]);
  });

  it("keeps one haul found at a crossing as a seizure", () => {
    const text = `${LEDE}\n\nCustoms officers found pills in two lorries coming from the Al-Qaim crossing on Monday.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["mitigator:seizures"]);
  });

  it("reads only a sentence that opens on the share of the hauls", () => {
    const tags = ["seizure"];
    expect(seizuresByPlace({ tags, sentenceText: "Most of the seizures were made near the river." })).toBe(
      true,
    );
    expect(
      seizuresByPlace({ tags, sentenceText: "Police said most of the seizures were made in May." }),
    ).toBe(false);
  });
});

describe("gunmen killed as they tried to cross are a stop (rule 1)", () => {
  it("cites border guards who killed gunmen trying to infiltrate as interdictions", () => {
    const text =
      "Iraqi border guards killed three gunmen who tried to infiltrate from Syrian territory into the desert west of Rutba on Friday, the Joint Operations Command said.";
    expect(roles("border-fortification", text, 0)).toEqual(["mitigator:interdictions"]);
  });

  it("keeps gunmen who tried to infiltrate and killed guards as the pressure", () => {
    const text =
      "Gunmen who tried to infiltrate from Syrian territory killed three Iraqi border guards in the desert west of Rutba on Friday, the Joint Operations Command said.";
    expect(roles("border-fortification", text, 0)).not.toContain("mitigator:interdictions");
  });
});

describe("the coalition's posture in one sentence with the SDF's loss", () => {
  const LEDE = "The Kurdish-led forces hold about 9,000 ISIS detainees in prisons in northeast Syria.";

  it("cites units at the prisons that have lost the coalition's drone cover as SDF exposure", () => {
    const text = `${LEDE}\n\nThe SDF units guarding the prisons near Qamishli have lost the coalition's drone cover since the coalition moved its aircraft to Erbil.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["driver:sdf-exposure"]);
  });

  it("cites US forces that now operate only from one base, after a mission's end, as residual presence", () => {
    const text = `${LEDE}\n\nThe coalition mission in Baghdad ended in the summer, and US forces now operate only from Erbil and two sites in northeast Syria.`;
    expect(roles("coalition-withdrawal", text, 1)).toEqual(["mitigator:residual-presence"]);
  });
});

describe("a country named only as the neighbour of a border (onlySide)", () => {
  const LEDE =
    "The state audit office reviewed the project to protect Iraq's western border with Syria this year.";
  const TAIL =
    "\n\nBorder Forces records show 90 infiltration attempts by armed men from Syria between January and October.";

  it("reads cameras installed along the border with Syria where the story is set", () => {
    const text = `${LEDE}\n\nOf the 500 thermal cameras installed along the border with Syria since 2023, 300 were working in October, the office found.${TAIL}`;
    expect(roles("border-fortification", text, 1)).toEqual(["mitigator:surveillance"]);
  });

  it("keeps cameras along another country's border with Syria out of Iraq's defences", () => {
    const text = `${LEDE}\n\nOf the 500 thermal cameras installed along Jordan's border with Syria since 2023, 300 were working in October, the office found.${TAIL}`;
    expect(roles("border-fortification", text, 1)).not.toContain("mitigator:surveillance");
  });
});

describe("a recommendation that a government speed up repatriations (appealOnly)", () => {
  it("reads what an institute recommends as asked for, and what was done as told", () => {
    const asked = "The institute recommends that Baghdad speed up repatriations from the camp.";
    expect(appealOnly({ sentenceText: asked, text: "repatriations from the camp" })).toBe(true);
    const done = "The institute said that Baghdad has speeded up repatriations from the camp.";
    expect(appealOnly({ sentenceText: done, text: "repatriations from the camp" })).toBe(false);
  });
});

describe("hauls set against a smaller count of an earlier period (rule 4, haulsRoseOver)", () => {
  const LEDE =
    "Iraqi forces seized about 20 million Captagon pills in Anbar province between January and November 2026, a research centre said.";

  it("cites 'that is twice the 11 million seized' a year before as smuggling reported", () => {
    const text = `${LEDE}\n\nThat is almost twice the 11 million seized in the same months of 2025.`;
    expect(roles("cross-border-smuggling", text, 1)).toEqual(["driver:smuggling-reported"]);
  });

  it("does not read a fall, or a haul told on its own, as a rise", () => {
    const tags = ["seizure"];
    expect(haulsRoseOver({ tags, sentenceText: "That is half the 40 million seized in 2025." })).toBe(false);
    expect(haulsRoseOver({ tags, sentenceText: "Police seized twice as many pills as the army." })).toBe(
      false,
    );
    expect(haulsRoseOver({ tags, sentenceText: "That is three times the 12 million seized in 2025." })).toBe(
      true,
    );
  });
});
