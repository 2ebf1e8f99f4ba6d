import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Denials told as a verdict on what "reports" say ("reports about X are baseless", "reports of X
 * are inaccurate") and a town said never to have been out of control, each set against the
 * account it answers, on real extractor output of short texts written for these tests.
 */

const stances = (a: Assessment, test: (topic: string) => boolean) =>
  a.conflicts.filter((c) => test(c.topic)).map((c) => c.claims.map((x) => [x.articleId, x.stance]));
const between = (a: Assessment, x: string, y: string) =>
  a.conflicts.filter(
    (c) =>
      c.claims.some((k) => k.articleId === x && k.stance !== "denies") &&
      c.claims.some((k) => k.articleId === y && k.stance === "denies"),
  );

describe("conflicts: a town seized and held, against a town never out of control", () => {
  const alert = sourceDocument(
    "Militants seize desert town",
    "Islamic State militants seized the town of Al-Sukhnah, north-east of Palmyra, late on 14 October and held parts of it for about a day before withdrawing under air strikes on 15 October.",
    "Crisis24",
    "2026-10-16",
  );
  it("sets 'seized the town of ... and held parts of it' against 'repelled ... the town was never out of the army's control'", () => {
    const tv = sourceDocument(
      "Army repels attack near Al-Sukhnah",
      "A military source told Al-Ikhbariya that army units repelled an attack by ISIS remnants on the outskirts of Al-Sukhnah on Wednesday night.\n\nThe source said the town was never out of the army's control and that shops there have reopened.",
      "Al-Ikhbariya",
      "2026-10-16",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [alert, tv], new Date("2026-10-20T12:00:00Z"));
    const boxes = stances(a, (t) => /fell to the attackers/.test(t));
    expect(boxes.length).toBe(1);
    expect(boxes[0]?.[0]).toEqual([alert.article.id, "asserts"]);
    expect(boxes[0]?.slice(1).every(([id, stance]) => id === tv.article.id && stance === "denies")).toBe(
      true,
    );
    // The analytic line names the town for each account: "the account that it held" could be read
    // as the militants holding it.
    const line = a.conflicts.find((c) => /fell to the attackers/.test(c.topic))?.analysis ?? "";
    expect(line).toMatch(/account that (?:Al-)?Sukhnah (?:held out|fell or was retaken)/);
    expect(line).not.toMatch(/account that it held/);
  });
});

describe("conflicts: reports said to be baseless or inaccurate", () => {
  it("sets 'reports ... about fighting and casualties are baseless' against soldiers killed in an exchange of fire", () => {
    const minutes = sourceDocument(
      "Minutes of the district council session of 10 October",
      "The council met on 10 October in the presence of the district commissioner.\n\nA member reported that armed men crossed from Syria near Husaybah on the night of 7 October and exchanged fire with an army post.\n\nHe said three soldiers of the border post were killed and that farmers nearby had heard the firing until dawn.",
      "Al-Qaim District Council",
      "2026-10-11",
    );
    const agency = sourceDocument(
      "Border Forces commander: the border is secure",
      "The commander of the Border Forces said on Monday that the border with Syria is fully secured.\n\nReports circulated on social media about fighting and casualties are baseless, and the only injury this month was a soldier lightly hurt in a traffic accident, he said.",
      "Iraqi News Agency",
      "2026-10-12",
    );
    const a = assess(
      themeFixture("border-fortification"),
      [minutes, agency],
      new Date("2026-10-20T12:00:00Z"),
    );
    const found = between(a, minutes.article.id, agency.article.id);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.some((c) => c.claims.some((k) => /soldiers of the border post were killed/.test(k.text))),
    ).toBe(true);
  });

  // Soldiers seen leaving a base, and a command statement whose last sentence calls reports of
  // closures inaccurate, after the lines given.
  const baseLeft = (statement: string, publishedAt: string) => {
    const newsletter = sourceDocument(
      "News from the Khabour villages, October",
      "Families in Tel Tamer report that the American soldiers left the base at Qasrak on 12 October, and that their trucks were seen driving east in a long convoy.",
      "Khabour Bulletin (newsletter)",
      "2026-10-20",
    );
    const command = sourceDocument(
      "Statement on the consolidation of US forces in Syria",
      `${statement}\n\nUS forces continue to operate from all their current locations, and reports of further base closures are inaccurate.`,
      "US Central Command",
      publishedAt,
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [newsletter, command],
      new Date("2026-10-25T12:00:00Z"),
    );
    return between(a, newsletter.article.id, command.article.id);
  };

  it("sets 'reports of further base closures are inaccurate' against soldiers seen leaving a base", () => {
    expect(
      baseLeft(
        "US Central Command completed the planned consolidation of its forces in north-east Syria this month.",
        "2026-10-18",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("does not date that denial to the day its lede's event took place, through a neighbour that tells of it", () => {
    expect(
      baseLeft(
        "US Central Command announced on Thursday that it has completed the consolidation of its forces in north-east Syria.\n\nFollowing the consolidation, approximately 1,200 US service members remain in Syria, operating with the Syrian Democratic Forces.",
        "2026-10-16",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("conflicts: 'X or no X' is no denial of X", () => {
  it("does not set 'trucks still cross at night, wall or no wall' against the wall's account", () => {
    const command = sourceDocument(
      "Joint Operations Command communiqués, Al-Qaim sector",
      "Communiqué No. 1, 19 October, 23:10: Units of the Border Forces in the Al-Qaim sector detected, by the thermal cameras on the wall, a group of terrorists approaching the border from the Syrian side south of Husaybah.\n\nThe Command affirms that the border is fortified and that the Border Forces stand ready to repel any aggression.",
      "Joint Operations Command",
      "2026-10-20",
    );
    const radio = sourceDocument(
      "Noon bulletin: the night on the border",
      "This is the noon bulletin from Sawt Al-Qaim on Tuesday the twentieth of October.\n\nGunfire was heard in Husaybah until three in the morning.\n\nResidents of the Al-Karabla area say they saw a group of armed men cross the wall near the old customs road.\n\nThe army has closed the desert track south of Husaybah until further notice.\n\nFuel smugglers have used the same track near Al-Karabla for years, residents say.\n\nThey say trucks with diesel and cigarettes still cross at night, wall or no wall.",
      "Sawt Al-Qaim radio",
      "2026-10-20",
    );
    const a = assess(
      themeFixture("border-fortification"),
      [command, radio],
      new Date("2026-10-25T12:00:00Z"),
    );
    expect(
      a.conflicts.filter((c) =>
        c.claims.some(
          (k) => k.articleId === radio.article.id && k.stance === "denies" && /or no wall/.test(k.text),
        ),
      ),
    ).toEqual([]);
  });
});

describe("conflicts: the topic names where a figure holds with the right preposition", () => {
  it("troops remain in a country, and a force was cut at a camp", () => {
    const command = sourceDocument(
      "Statement on the consolidation of US forces in Syria",
      "US Central Command announced on Thursday that it has completed the consolidation of its forces in north-east Syria.\n\nFollowing the consolidation, approximately 1,200 US service members remain in Syria, operating with the Syrian Democratic Forces.",
      "US Central Command",
      "2026-10-16",
    );
    const newsletter = sourceDocument(
      "News from the Khabour villages, October",
      "According to relatives who work with the SDF, only about 500 American soldiers are now left in the whole of Syria.",
      "Khabour Bulletin (newsletter)",
      "2026-10-20",
    );
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [newsletter, command],
      new Date("2026-10-25T12:00:00Z"),
    );
    const topics = a.conflicts.map((c) => c.topic);
    expect(topics.filter((t) => /troops remain/.test(t))).toEqual(["How many US troops remain in Syria"]);
  });
});

describe("an event said not to have taken place", () => {
  it("sets 'No attack took place' against the claim of the attack it answers", () => {
    const wire = sourceDocument(
      "Militia claims strike",
      [
        "Officials said on Friday that the last US advisers had left the Taji base north of Baghdad.",
        "A group calling itself the Islamic Resistance claimed a drone attack on the Taji base on 18 November.",
      ].join("\n\n"),
      "Reuters",
      "2026-11-20",
    );
    const state = sourceDocument(
      "Command spokesman briefs the press",
      [
        "The spokesman of the Joint Operations Command said on Saturday that Iraqi forces had taken over Taji base after the coalition advisers left, and that army units killed four ISIS members in Kirkuk.",
        "No attack took place, he said, in answer to a question about claims of a drone attack spread online.",
      ].join("\n\n"),
      "Iraqi News Agency",
      "2026-11-21",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [wire, state], new Date("2026-11-30T12:00:00Z"));
    const denied = a.conflicts.filter(
      (c) =>
        c.kind === "denial" &&
        c.claims.some((x) => x.stance === "denies" && x.articleId === state.article.id),
    );
    expect(denied.map((c) => c.claims.map((x) => [x.articleId, x.sentence]))).toContainEqual([
      [wire.article.id, 1],
      [state.article.id, 1],
    ]);
  });
});
