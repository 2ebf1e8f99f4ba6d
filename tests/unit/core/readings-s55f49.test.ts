import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 55, helper f49 (held-out analytic set 49): readings of the assessment that set 49
 * showed missing, tested on texts written for these tests.
 */

const citedAt = (a: Assessment, sentence: number) =>
  a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === sentence).map(() => `${f.role}:${f.id}`));

const story = (theme: string, paragraphs: string[], publishedAt = "2026-11-10", outlet = "Rudaw") => {
  const doc = sourceDocument("Report", paragraphs.join("\n\n"), outlet, publishedAt);
  return assess(
    themeFixture(theme),
    [doc],
    new Date(Date.parse(`${publishedAt}T12:00:00Z`) + 3 * 86_400_000),
  );
};

describe("weapons seized in a lorry from across the border", () => {
  it("reads weapons found in a truck from the neighbouring country as weapons moving, not a seizure", () => {
    const a = story("cross-border-smuggling", [
      "At the Trebil crossing, customs officers seized 200 boxes of tea and 35 pistols in a truck from Jordan.",
    ]);
    expect(citedAt(a, 0)).toEqual(["driver:weapons-flow"]);
  });

  it("keeps arms seized from a house a seizure", () => {
    const a = story("cross-border-smuggling", [
      "Inspectors at the Rabia crossing seized 12 rifles from a smuggler's house.",
    ]);
    expect(citedAt(a, 0)).toEqual(["mitigator:seizures"]);
  });
});

describe("armed men who escort the loads", () => {
  it("reads armed gangs that escort the trucks as armed groups in the trade, and the clash judgment as due", () => {
    const a = story("cross-border-smuggling", [
      "Customs officers at the Trebil crossing seized 2,000 cartons of cigarettes on Monday.",
      "Armed gangs from the Syrian side escort the trucks up to the border post, a customs official said.",
    ]);
    expect(citedAt(a, 1)).toEqual(["driver:armed-group-involvement"]);
    expect(a.judgments.find((j) => j.id === "violent-clashes")?.probability).not.toBeNull();
  });

  it("reads a faction's men who escort 'these convoys' and threaten the guards as armed groups, not a curb on smuggling", () => {
    const a = story("cross-border-smuggling", [
      "Drivers say smugglers cross the border near the Rabia crossing every night with diesel.",
      "Gunmen from a tribal faction escort these convoys and warn the border guards who try to stop them.",
    ]);
    expect(citedAt(a, 1)).toEqual(["driver:armed-group-involvement"]);
    expect(a.judgments.find((j) => j.id === "violent-clashes")?.probability).not.toBeNull();
  });

  it("does not read an army that escorts aid trucks as an armed group", () => {
    const a = story("cross-border-smuggling", [
      "Customs officers at the Trebil crossing seized 2,000 cartons of cigarettes on Monday.",
      "Army units escort the aid trucks to the camp.",
    ]);
    expect(citedAt(a, 1)).not.toContain("driver:armed-group-involvement");
  });
});

describe("a border's screening, cooperation and plain consignments seized", () => {
  it("reads scanners that check every truck entering from Syria as the border's surveillance", () => {
    const a = story("cross-border-smuggling", [
      "Customs officers at the Trebil crossing seized 2,000 cartons of cigarettes on Monday.",
      "Two cargo scanners installed at Husaybah last month watch every truck entering from Syria.",
    ]);
    expect(citedAt(a, 1)).toEqual(["mitigator:border-barrier"]);
  });

  it("reads seizure records exchanged with the Syrian counterpart as cooperation", () => {
    const a = story("cross-border-smuggling", [
      "Customs officers at the Trebil crossing seized 2,000 cartons of cigarettes on Monday.",
      "The directorate exchanges its daily seizure records with its Syrian counterpart.",
    ]);
    expect(citedAt(a, 1)).toEqual(["mitigator:cross-border-cooperation"]);
  });

  it("reads consignments confiscated by border guards at a crossing as a seizure", () => {
    for (const text of [
      "Iraqi border guards confiscated three consignments at the Rabia crossing last week.",
      "The Jordanian army seized two consignments at the Jaber crossing on Sunday.",
    ]) {
      const a = story("cross-border-smuggling", [text]);
      expect(citedAt(a, 0), text).toEqual(["mitigator:seizures"]);
    }
  });
});

describe("support told due to end", () => {
  it("reads funding for the SDF's prison guards 'scheduled to end' as the SDF losing its backing", () => {
    const a = story("coalition-withdrawal", [
      "US funding for the SDF guards at the prisons in Hasakah is scheduled to end in June, a Pentagon report says.",
      "The US military keeps about 900 troops in northeast Syria.",
    ]);
    expect(citedAt(a, 0)).toEqual(["driver:sdf-exposure"]);
    expect(citedAt(a, 1)).toEqual(["mitigator:residual-presence"]);
  });

  it("reads a force that pays its guards with a backer's money that runs out as losing that backing", () => {
    const a = story("coalition-withdrawal", [
      "Washington says it will pull its last troops out of northeast Syria next year.",
      "The SDF, which runs the camps and prisons in Hasakah, pays its guards mostly with American money that runs out in April, a council member said.",
    ]);
    expect(citedAt(a, 1)).toEqual(["driver:sdf-exposure"]);
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });
});

describe("goods moved into the neighbouring country", () => {
  it("reads smuggling 'into Syria' in the setting of a story on Iraq's side", () => {
    const a = story("border-fortification", [
      "Armed men who crossed from Syria robbed a farm near Rabia on Monday night, villagers said.",
      "The men cut through the fence at night.",
      "A farmer said smugglers take cigarettes and diesel across the fields into Syria most nights.",
    ]);
    expect(citedAt(a, 2)).toEqual(["driver:smuggling-networks"]);
    expect(a.judgments.find((j) => j.id === "smuggling-persists")?.probability).not.toBeNull();
  });
});
