import { describe, expect, it } from "vitest";
import { endedAtSite } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { assessStory, sourceDocument } from "../../support/themes.js";

/**
 * Readings prompted by blind analytic set 62 (session 67, helper V71), each on sentences invented
 * here, with a near sentence that must not read that way.
 */

const AT = new Date("2027-01-10T12:00:00Z");
const story = (theme: string, paragraphs: string[], sentence: number, outlet = "Reuters") =>
  assessStory(theme, paragraphs, AT, outlet, "2027-01-04").roles(sentence);

describe("an attack on a detention site beaten back in a later clause of its sentence is control kept", () => {
  const attack = (sentenceText: string, text: string, tags = ["detention-facility", "explosive-device"]) => ({
    kind: "event" as const,
    tags,
    codes: { acled: { eventType: "Explosions/Remote violence" } },
    text,
    sentenceText,
  });

  it("reads the attack as ended when the next clause tells the guards repelled or beat it back", () => {
    expect(
      endedAtSite(
        attack(
          "Five gunmen tried to force the gate of the centre with grenades, and the guards beat back the assault before midnight.",
          "grenades",
        ),
      ),
    ).toBe(true);
    expect(
      endedAtSite(
        attack(
          "Militants set off a truck bomb outside the centre, but the guard force repulsed them within the hour.",
          "a truck bomb",
        ),
      ),
    ).toBe(true);
  });

  it("keeps an attack whose sentence repels something else, and an air strike on a site", () => {
    expect(
      endedAtSite(
        attack(
          "Five gunmen threw grenades at the centre, and the guards repelled a second group at the checkpoint.",
          "grenades",
        ),
      ),
    ).toBe(false);
    expect(
      endedAtSite(
        attack(
          "A drone struck near the centre, and the guards repelled the attack on the gate.",
          "A drone struck",
          ["detention-facility", "airstrike"],
        ),
      ),
    ).toBe(false);
  });

  it("cites the attack beaten back as the guard force's control, and the attack left open as pressure", () => {
    const LEDE =
      "The Internal Security Forces issued a statement on the Alaya prison in Qamishli on Tuesday.";
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A group of six gunmen tried to storm the Alaya prison with grenades and machine guns, and our forces beat back the assault after half an hour.",
        ],
        1,
        "Asayish statement",
      ),
    ).toEqual(["mitigator:sdf-control"]);
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A group of six gunmen tried to storm the Alaya prison with grenades and machine guns, and the fighting went on for half an hour.",
        ],
        1,
        "Asayish statement",
      ),
    ).not.toContain("mitigator:sdf-control");
  });
});

describe("a force told leaving its base as it goes, and a withdrawal that leaves a partner alone", () => {
  const withdrawals = (paragraphs: string[], outlet = "Reuters") =>
    collectReports([sourceDocument("Story", paragraphs.join("\n\n"), outlet, "2027-01-04")])
      .filter((r) => r.kind === "event" && r.tags.includes("troop-withdrawal"))
      .map((r) => r.sentence);

  it("reads forces vacating or evacuating a base, told in the progressive, as a withdrawal", () => {
    expect(
      withdrawals([
        "Foreign troops have started vacating the Qasrak airbase near Tal Tamr, local sources said.",
        "Residents have started vacating their homes near the airbase because of the noise.",
      ]),
    ).toEqual([0]);
  });

  it("reads a withdrawal told to leave a force alone as taking its backing away, not a truce that leaves villages alone", () => {
    expect(
      withdrawals([
        "The Pentagon is weighing a smaller presence in Syria, two officials said.",
        "Their departure would leave the Kurdish-led guard force on its own at the camps, the officials said.",
        "The truce will leave the villages alone, the elders said.",
      ]),
    ).toEqual([1]);
  });

  it("cites the partner left alone by the withdrawal as the SDF's exposure", () => {
    expect(
      story(
        "coalition-withdrawal",
        [
          "US forces in Syria are preparing to leave the Rmelan base, two US officials told Reuters.",
          "The pull-out would leave the SDF on its own to guard the camps holding ISIS families, the officials said.",
        ],
        1,
      ),
    ).toContain("driver:sdf-exposure");
  });
});

describe("an attack denied by a negated verb that carries it, credited to Iraqi forces", () => {
  const attacks = (paragraphs: string[]) =>
    collectReports([sourceDocument("Story", paragraphs.join("\n\n"), "Reuters", "2027-01-04")])
      .filter((r) => r.kind === "event" && r.codes?.acled?.eventType === "Battles")
      .map((r) => `${r.sentence}:${r.modality}`);

  it("reads 'have not launched a single serious attack' as negated, and the same verb asserted or in another clause as told", () => {
    expect(
      attacks([
        "ISIS cells in the Anbar desert have not launched a single serious attack since August, a security official said.",
        "ISIS cells in the Anbar desert have launched a single serious attack on an army post, a security official said.",
        "The army did not conduct the review, and ISIS cells then mounted a large attack on its post near Rutba.",
      ]),
    ).toEqual(["0:negated", "1:asserted", "2:asserted"]);
  });

  it("cites the quiet credited to Iraqi forces as their capacity, not as ISIS still fighting", () => {
    const roles = story(
      "coalition-withdrawal",
      [
        "Iraqi officials say the country no longer needs foreign troops on the ground, Reuters reported.",
        "ISIS cells in the Anbar desert have not launched a single serious attack since August, thanks to the Iraqi army and the Popular Mobilization Forces.",
      ],
      1,
    );
    expect(roles).toContain("mitigator:iraqi-capacity");
    expect(roles).not.toContain("driver:isis-resilience");
  });
});

describe("a measure on one country's side of the border is that country's, not a foreign force's named before", () => {
  const paragraphs = (measure: string) => [
    "Iraq's Joint Operations Command reviewed the defences of the western border on Monday, an Iraqi officer told Shafaq News.",
    "American forces, which used to fly reconnaissance drones along the frontier, have cut their sorties since the summer.",
    measure,
  ];

  it("does not borrow the American forces of the sentence before as the doers of radars on the Iraqi side", () => {
    const roles = story(
      "border-fortification",
      paragraphs(
        "The officer said the fence on the Iraqi side had been raised, and that new radars had been mounted on 12 towers in October.",
      ),
      2,
    );
    expect(roles).not.toContain("driver:coalition-drawdown");
    expect(roles.some((r) => r.startsWith("mitigator:"))).toBe(true);
  });
});

describe("money for a partner force told cut is its backing cut, as funding is", () => {
  const cuts = (paragraphs: string[]) =>
    collectReports([sourceDocument("Story", paragraphs.join("\n\n"), "Reuters", "2027-01-04")])
      .filter((r) => r.kind === "event" && r.tags.includes("troop-withdrawal"))
      .map((r) => r.sentence);

  it("reads 'cuts money for the partner forces' as a support cut, and money cut for schools as none", () => {
    expect(
      cuts([
        "The House version of the defence bill cuts money for the Kurdish-led partner forces that guard the camps by a third.",
        "The same council cuts money for the city's schools by a third every year.",
      ]),
    ).toEqual([0]);
  });
});
