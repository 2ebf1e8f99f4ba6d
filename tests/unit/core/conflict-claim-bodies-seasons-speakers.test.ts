import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicts from claims, on short texts written for these tests: a toll counted by the bodies
 * recovered, of "infiltrators", against one side's toll of the same clash; a trend "since the
 * summer" against one over two named periods; and two unnamed speakers of one summary (the
 * Chatham House rule) as two accounts of a force's size.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const values = (cs: { claims: { value?: number | null }[] }[]) =>
  cs.map((c) => c.claims.map((x) => x.value ?? 0).sort((a, b) => a - b));

describe("a toll told by the bodies recovered", () => {
  const rescue = paragraphsDocument(
    "Daily summary of the Civil Defence Directorate",
    [
      "The Directorate's teams handled 305 incidents across the Kingdom in the 24 hours to 08:00 on Sunday, including 88 ambulance calls and 12 road accidents.",
      "Northern region: ambulance teams were called at 03:20 to the border strip near Al-Rukban after an armed clash between the army and smugglers coming from Syria.",
      "Northern region: at the army's request, the teams also recovered the bodies of eight infiltrators from the area of the clash after daylight.",
      "Northern region: a team put out a fire in two vehicles abandoned by the smugglers, which were carrying boxes of pills.",
    ],
    "Jordan Civil Defence Directorate",
    "2026-11-29",
  );
  const army = paragraphsDocument(
    "Jordan army kills smugglers at the border",
    [
      "Jordan's army said on Sunday it had killed four smugglers and wounded others in a clash with an armed group trying to bring drugs across the border from Syria before dawn near the Rukban area.",
    ],
    "Reuters",
    "2026-11-29",
  );

  it("reads 'the bodies of eight infiltrators' as eight of the crossing side killed", () => {
    const read = claimsOf(collectReports([rescue])).filter((f) => f.kind.startsWith("killed:"));
    expect(read.map((f) => [f.kind, f.value])).toContainEqual(["killed:infiltrators", 8]);
  });

  it("sets the infiltrators' bodies against the army's toll of smugglers, in a box of the dead", () => {
    const found = assess(themeFixture("cross-border-smuggling"), [rescue, army], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    const dead = found.filter((c) => c.claims.some((x) => x.value === 8));
    expect(values(dead)).toContainEqual([4, 8]);
    expect(dead.every((c) => !/wounded/i.test(c.topic))).toBe(true);
  });

  it("does not read the bodies of soldiers as the crossing side's dead", () => {
    const soldiers = paragraphsDocument(
      "Daily summary",
      [
        "Northern region: the teams transported the bodies of three soldiers to Al-Mafraq Government Hospital.",
      ],
      "Jordan Civil Defence Directorate",
      "2026-11-29",
    );
    const read = claimsOf(collectReports([soldiers])).filter((f) => f.kind.startsWith("killed:"));
    expect(read.map((f) => [f.kind, f.value])).toEqual([["killed:forces", 3]]);
  });
});

describe("a trend since a season", () => {
  const survey = paragraphsDocument(
    "Flash survey: return intentions in Palmyra and Al-Sukhnah",
    [
      "According to UN security data cited in the survey, 58 ISIS attacks were recorded in the eastern Homs desert and on the Palmyra-Deir ez-Zor road between May and October 2026, against 31 in the previous six months.",
    ],
    "UNHCR",
    "2026-11-27",
  );
  const agency = paragraphsDocument(
    "Army repels ISIS attack in the Homs desert",
    [
      "Units of the army repelled an attack by an ISIS cell near Palmyra on 12 November, a military source told SANA.",
      "The source said the number of ISIS attacks in the Badia near Palmyra has fallen by half since the summer, thanks to the army's deployment along the road.",
    ],
    "SANA",
    "2026-11-14",
  );

  it("dates 'since the summer' from June of the article's year", () => {
    const killed = paragraphsDocument(
      "Army operations in the Badia",
      [
        "Units of the army repelled an attack by an ISIS cell near Palmyra on 12 November, a military source told SANA.",
        "The source said the army has killed 40 ISIS fighters in the Badia since the summer.",
      ],
      "SANA",
      "2026-11-14",
    );
    const forty = claimsOf(collectReports([killed])).find((f) => f.value === 40);
    expect(new Date(forty?.said.window[0] ?? 0).toISOString().slice(0, 10)).toBe("2026-06-01");
    expect(forty?.said.period).toBe(true);
  });

  it("sets a fall since the summer against a rise over the two periods before", () => {
    const found = assess(themeFixture("isis-badia-insurgency"), [survey, agency], AT).conflicts;
    expect(found.some((c) => /rose or fell/.test(c.topic) && c.claims.length === 2)).toBe(true);
  });

  it("does not read 'since the fall of the regime' as a season", () => {
    const regime = paragraphsDocument(
      "Army operations in the Badia",
      ["The army has killed 40 ISIS fighters in the Badia since the fall of the former regime."],
      "SANA",
      "2026-11-14",
    );
    const forty = claimsOf(collectReports([regime])).find((f) => f.value === 40);
    expect(forty).toBeDefined();
    expect(forty?.said.period).toBe(false);
    expect(new Date(forty?.said.window[0] ?? 0).toISOString().slice(0, 10)).not.toBe("2026-09-01");
  });
});

describe("unnamed speakers of one summary", () => {
  const roundtable = paragraphsDocument(
    "Roundtable summary: after the coalition",
    [
      "On 24 November 2026 the Institute convened a closed roundtable on the end of the coalition mission; under the Chatham House rule, no remark is attributed to a participant.",
      "One former US official said the United States still keeps about 2,500 troops in the Kurdistan Region, mostly at Harir and Erbil.",
      "A researcher based in Erbil disputed the troop figure and said that fewer than 1,000 US troops remain in Kurdistan after the October rotation.",
    ],
    "Middle East Institute",
    "2026-11-27",
  );

  it("names the speaker a sentence opens on when the saying verb's own words name no one", () => {
    const read = claimsOf(collectReports([roundtable])).filter((f) => f.kind.startsWith("troops"));
    const fewer = read.find((f) => f.value === 1000);
    expect([...(fewer?.said.speakers ?? [])]).toEqual(["researcher based in erbil"]);
  });

  it("sets the two participants' figures against each other, counted where the troops are", () => {
    const found = assess(themeFixture("coalition-withdrawal"), [roundtable], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    const troops = found.filter((c) => /troops/i.test(c.topic));
    expect(values(troops)).toContainEqual([1000, 2500]);
    expect(troops.every((c) => !/United States/.test(c.topic))).toBe(true);
  });

  it("keeps one unnamed speaker's two sentences one account", () => {
    const one = paragraphsDocument(
      "Roundtable summary",
      [
        "One former US official said the United States still keeps about 2,500 troops in the Kurdistan Region.",
        "The same official said that fewer than 1,000 US troops remain in Kurdistan after the October rotation.",
      ],
      "Middle East Institute",
      "2026-11-27",
    );
    const found = assess(themeFixture("coalition-withdrawal"), [one], AT).conflicts.filter(
      (c) => c.kind === "figures" && /troops/i.test(c.topic),
    );
    expect(found).toEqual([]);
  });
});
