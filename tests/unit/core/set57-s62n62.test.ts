import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import {
  articleFrame,
  attemptsRecorded,
  crossersOnlyOfPlace,
  depictionFrame,
  endedAtSite,
  interceptionBeforeClash,
  missionOfForceEnds,
  reinforcesElsewhere,
  returnPledgedOnly,
  unclaimedOnly,
} from "../../../src/core/themes/relevance.js";
import {
  assessStory,
  citedRoles,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Readings prompted by blind analytic set 57 (session 62, helper N62), each on sentences invented
 * here, with a near sentence that must not read that way.
 */

const AT = new Date("2027-01-05T12:00:00Z");
const doc = paragraphsDocument;
const story = (theme: string, paragraphs: string[], sentence: number, outlet = "Reuters") =>
  assessStory(theme, paragraphs, AT, outlet, "2027-01-02").roles(sentence);

describe("history: a prisoner-of-war camp of the world wars, dug up, is no current escape", () => {
  const dig = [
    "Archaeologists have uncovered a collapsed escape tunnel at the site of a former prisoner-of-war camp near Lamsdorf in southern Poland.",
    "During the First World War the camp held thousands of captured soldiers, and a mass escape in 1917 ended with most of them caught again.",
    "Forty prisoners broke out through the tunnel, and all but five were recaptured within a week.",
    "The tunnel ran under the old perimeter fence towards a wood beyond the guard towers.",
    "The team will continue the excavation next summer with students from Opole.",
    "A local society plans a small exhibition of the finds in the town hall.",
  ];

  it("sets the article aside as history: no judgment, no evidence", () => {
    const article = doc(
      "Archaeologists find escape tunnel at First World War camp",
      dig,
      "Polish Press Agency",
    );
    expect(articleFrame(article)).toMatch(/history/);
    const a = assess(themeFixture("isis-prison-escape"), [article], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([{ articleId: article.article.id, reason: expect.stringMatching(/history/) }]);
  });

  it("leaves current news that names a war of the past in passing as news", () => {
    expect(
      depictionFrame("Detainees escape from Hasakah prison", [
        "At least twelve detainees escaped from a prison in Hasakah on Sunday night, a monitor said.",
        "The SDF sent reinforcements to the prison and recaptured four of them.",
        "The prison was built as a school and later used as a barracks after the Second World War.",
        "Guards said the escapees had cut through a window of the kitchen.",
      ]),
    ).toBeNull();
  });
});

describe("weapons a seizure says the smugglers were bringing in are a flow of arms", () => {
  const LEDE = "Iraqi border forces reported a busy week on the Syrian border near Al-Qaim.";

  it("cites rifles the smugglers were bringing into Iraq as weapons moving across the border", () => {
    expect(
      story(
        "cross-border-smuggling",
        [
          LEDE,
          "Border guards seized 25 rifles and four machine guns that smugglers were bringing into Iraq from Syria near Al-Qaim.",
        ],
        1,
      ),
    ).toEqual(["driver:weapons-flow"]);
  });

  it("keeps a seizure of pills with no such clause a seizure", () => {
    expect(
      story(
        "cross-border-smuggling",
        [LEDE, "Border guards seized 300,000 narcotic pills on the border road near Al-Qaim on Monday."],
        1,
      ),
    ).toEqual(["mitigator:seizures"]);
  });
});

describe("a withdrawal to reinforce another front leaves its area empty", () => {
  const tags = ["troop-deployment", "security-vacuum"];

  it("reads the reinforcement as where the force went, when the sentence tells the area left empty", () => {
    expect(
      reinforcesElsewhere({
        tags,
        sentenceText:
          "Army units withdrew from three desert outposts east of Palmyra to reinforce the front in Aleppo, leaving them empty.",
      }),
    ).toBe(true);
  });

  it("keeps a brigade moved to reinforce a sector, and a withdrawal told in another clause", () => {
    expect(
      reinforcesElsewhere({
        tags,
        sentenceText:
          "A brigade was moved from the Jordanian border to reinforce Al-Qaim, where posts stood empty.",
      }),
    ).toBe(false);
    expect(
      reinforcesElsewhere({
        tags,
        sentenceText: "The army withdrew from the outposts, and two brigades were sent to reinforce Sukhnah.",
      }),
    ).toBe(false);
    expect(
      reinforcesElsewhere({
        tags: ["troop-deployment"],
        sentenceText:
          "Army units withdrew from three desert outposts east of Palmyra to reinforce the front in Aleppo.",
      }),
    ).toBe(false);
  });

  it("cites such a withdrawal as a vacuum, not as new forces", () => {
    const roles = story(
      "isis-badia-insurgency",
      [
        "ISIS cells have stepped up attacks on the roads around Palmyra this winter, residents say.",
        "Army units withdrew from three desert outposts east of Palmyra in December to reinforce the north, leaving them unmanned.",
      ],
      1,
    );
    expect(roles).not.toContain("mitigator:new-forces");
    expect(roles).toContain("driver:security-vacuum");
  });
});

describe("a riot at a prison put down in the same sentence is control kept", () => {
  const riot = (
    sentenceText: string,
    text = "A riot broke out in one wing of the prison on Sunday night",
  ) => ({
    kind: "event" as const,
    tags: ["detention-facility", "riot"],
    text,
    sentenceText,
  });

  it("reads the riot as ended when a later clause tells the force put it down", () => {
    expect(
      endedAtSite(
        riot(
          "A riot broke out in one wing of the prison on Sunday night, and our forces ended it within two hours.",
        ),
      ),
    ).toBe(true);
    expect(
      endedAtSite(
        riot(
          "A riot broke out in one wing of the prison on Sunday night before guards brought it under control.",
        ),
      ),
    ).toBe(true);
  });

  it("keeps a riot that spread, and a second riot told after the first was ended", () => {
    expect(
      endedAtSite(
        riot("A riot broke out in one wing of the prison on Sunday night and spread to a second wing."),
      ),
    ).toBe(false);
    expect(
      endedAtSite(
        riot(
          "Guards quelled the riot in the east wing, and a second riot broke out in the west wing on Monday.",
          "a second riot broke out in the west wing on Monday",
        ),
      ),
    ).toBe(false);
  });

  it("cites the ended riot as the guard force's control, and the spreading one as pressure", () => {
    const LEDE =
      "The Syrian Democratic Forces issued a statement on the Ghwayran prison in Hasakah on Monday.";
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A riot broke out in one wing of the Ghwayran prison on Sunday night, and SDF forces ended it within two hours.",
        ],
        1,
        "SDF Media Center",
      ),
    ).toEqual(["mitigator:sdf-control"]);
    expect(
      story(
        "isis-prison-escape",
        [
          LEDE,
          "A riot broke out in one wing of the Ghwayran prison on Sunday night and spread to a second wing.",
        ],
        1,
        "SDF Media Center",
      ),
    ).toEqual(["driver:prison-attacks"]);
  });
});

describe("crossers named only as the users of a place a measure covers", () => {
  it("reads the infiltrators as describing the sectors the cameras cover", () => {
    expect(
      crossersOnlyOfPlace({
        kind: "threat",
        sentenceText: "New thermal cameras now watch the stretches most used by infiltrators near Al-Qaim.",
      }),
    ).toBe(true);
  });

  it("keeps infiltrators who used the sectors, and an attempt told beside the place", () => {
    expect(
      crossersOnlyOfPlace({
        kind: "threat",
        sentenceText: "Infiltrators used the stretches the new cameras do not cover near Al-Qaim.",
      }),
    ).toBe(false);
    expect(
      crossersOnlyOfPlace({
        kind: "threat",
        sentenceText: "Militants tried to cross on Sunday in the sectors most used by smugglers.",
      }),
    ).toBe(false);
  });

  it("cites the cameras as surveillance, and infiltrators who use unwatched sectors as pressure", () => {
    const LEDE =
      "The Iraqi Border Guard has strengthened its posts on the Syrian border west of Al-Qaim, an officer told reporters on Sunday.";
    expect(
      story(
        "border-fortification",
        [
          LEDE,
          "Night cameras and 30 new towers now watch the border sectors most used by infiltrators west of Al-Qaim, the officer said.",
        ],
        1,
      ),
    ).toEqual(["mitigator:surveillance"]);
    expect(
      story(
        "border-fortification",
        [
          LEDE,
          "Infiltrators still use the border sectors west of Al-Qaim that the cameras do not cover, the officer said.",
        ],
        1,
      ),
    ).toEqual(["driver:infiltration-pressure"]);
  });
});

describe("an interception that the next sentence turns into a fight", () => {
  const sentenceText =
    "At night, border forces intercepted a group of smugglers crossing from Syria near Rabia.";

  it("reads the interception as the run before the clash", () => {
    expect(
      interceptionBeforeClash({
        kind: "countermeasure",
        tags: ["seizure", "smuggling"],
        sentenceText,
        followedBy: "The smugglers opened fire, and one of them was killed in the exchange.",
      }),
    ).toBe(true);
  });

  it("keeps an interception followed by an arrest, and one told with a stop of its own", () => {
    expect(
      interceptionBeforeClash({
        kind: "countermeasure",
        tags: ["seizure", "smuggling"],
        sentenceText,
        followedBy: "The six men were arrested and handed to the police.",
      }),
    ).toBe(false);
    expect(
      interceptionBeforeClash({
        kind: "countermeasure",
        tags: ["seizure", "smuggling"],
        sentenceText:
          "Border forces intercepted and arrested a group of smugglers crossing from Syria near Rabia.",
        followedBy: "The smugglers opened fire before they were caught.",
      }),
    ).toBe(false);
  });
});

describe("the mission of a named force ending is a withdrawal agreed", () => {
  it("reads 'the mission of the coalition ... will end' as a withdrawal", () => {
    expect(
      missionOfForceEnds({
        kind: "countermeasure",
        tags: ["diplomacy"],
        sentenceText:
          "Washington and Baghdad agreed that the advisory mission of the international coalition in Iraq will end by next September.",
      }),
    ).toBe(true);
  });

  it("keeps a mission that continues or expands", () => {
    expect(
      missionOfForceEnds({
        kind: "countermeasure",
        tags: ["diplomacy"],
        sentenceText:
          "Washington and Baghdad agreed that the mission of the international coalition in Iraq will continue.",
      }),
    ).toBe(false);
  });

  it("cites the agreement as intent to withdraw, not as bilateral ties", () => {
    const roles = story(
      "coalition-withdrawal",
      [
        "US and Iraqi officials met in Baghdad on Thursday.",
        "The United States and Iraq have agreed that the advisory mission of the US-led coalition against ISIS will end in federal Iraq by September 2027, officials said.",
      ],
      1,
    );
    expect(roles).toEqual(["driver:withdrawal-intent"]);
  });
});

describe("a state's citizens counted by two sources for one flight are one figure", () => {
  const at = new Date("2027-01-05T12:00:00Z");
  const ngo = sourceDocument(
    "Tajik families flown home",
    "Tajikistan flew 64 of its citizens, most of them women, home from the Roj camp in north-east Syria on 12 December, the charity said.",
    "Human Rights Watch",
    "2026-12-13",
  );
  const ministry = (day: string) =>
    sourceDocument(
      "Return of citizens",
      `On ${day}, 91 citizens of Tajikistan, including 50 children, were returned from the Roj camp in Syria by a special flight.`,
      "Ministry of Foreign Affairs of Tajikistan",
      "2026-12-15",
    );
  const figures = (docs: ReturnType<typeof sourceDocument>[]) =>
    assess(themeFixture("isis-prison-escape"), docs, at).conflicts.filter((k) => k.kind === "figures");

  it("sets 64 against 91 citizens returned on the same day", () => {
    expect(figures([ngo, ministry("12 December 2026")])).toHaveLength(1);
  });

  it("does not set them against a flight of another month", () => {
    expect(figures([ngo, ministry("3 October 2026")])).toHaveLength(0);
  });
});

describe("a statement that rates reports of a decision inaccurate denies the plan reported", () => {
  const at = new Date("2027-01-05T12:00:00Z");
  const plan = sourceDocument(
    "US weighs Syria exit",
    "The White House plans to pull all US troops out of northeast Syria before the autumn, three US officials said.",
    "Axios",
    "2027-01-02",
  );
  const statement = (what: string) =>
    sourceDocument(
      "Statement on force posture",
      `Reports that the United States has decided to ${what} are incorrect.\n\nAbout 900 US troops remain in Syria.`,
      "US Department of Defense",
      "2027-01-03",
    );
  const denials = (docs: ReturnType<typeof sourceDocument>[]) =>
    assess(themeFixture("coalition-withdrawal"), docs, at).conflicts.filter((k) => k.kind === "denial");

  it("sets the statement against the plan", () => {
    expect(denials([plan, statement("withdraw its forces from northeast Syria")])).toHaveLength(1);
  });

  it("does not set a statement on another decision against it", () => {
    expect(denials([plan, statement("close its embassy in Amman")])).toHaveLength(0);
  });
});

describe("a return pledged is no repatriation (ANNOTATION rule 13)", () => {
  const tags = ["repatriation"];

  it("reads a body that will continue its work to return its citizens as a pledge", () => {
    expect(
      returnPledgedOnly({
        tags,
        sentenceText: "The ministry will continue its work to return the remaining citizens.",
      }),
    ).toBe(true);
    expect(
      returnPledgedOnly({
        tags,
        sentenceText: "The government plans to repatriate 60 more women next spring.",
      }),
    ).toBe(true);
  });

  it("keeps a return done, told beside the pledge", () => {
    expect(
      returnPledgedOnly({
        tags,
        sentenceText:
          "The ministry returned 40 citizens from Al-Hol on Monday and will continue its work to return the rest.",
      }),
    ).toBe(false);
  });

  it("cites the return done and not the pledge", () => {
    const d = doc(
      "Citizens return",
      [
        "On 20 December, 58 citizens of Tajikistan were returned from the Al-Hol camp in Syria by a special flight.",
        "The ministry will continue its work to return the remaining citizens from the camps.",
      ],
      "Ministry of Foreign Affairs of Tajikistan",
      "2026-12-21",
    );
    const a = assess(themeFixture("isis-prison-escape"), [d], AT);
    expect(citedRoles(a, d.article.id, 0)).toEqual(["mitigator:repatriation"]);
    expect(citedRoles(a, d.article.id, 1)).toEqual([]);
  });
});

describe("an attack no one has claimed, told after the attack, is a reference back", () => {
  it("reads 'no group has claimed the ambush' alone as telling no attack", () => {
    expect(unclaimedOnly({ sentenceText: "No group had claimed the bombing by Tuesday evening." })).toBe(
      true,
    );
    expect(
      unclaimedOnly({ sentenceText: "No group has yet claimed responsibility for Sunday's attack." }),
    ).toBe(true);
  });

  it("keeps a sentence that also tells what the attack did", () => {
    expect(
      unclaimedOnly({
        sentenceText: "No group has claimed the ambush, which killed four soldiers on the desert road.",
      }),
    ).toBe(false);
  });
});

describe("attempts a force recorded were made (ANNOTATION rule 3)", () => {
  const threat = (sentenceText: string) => ({
    kind: "threat" as const,
    modality: "hypothetical" as const,
    sentenceText,
  });

  it("reads attempts recorded, not said to be stopped, as told", () => {
    expect(
      attemptsRecorded(
        threat("Guards have recorded several attempts by gunmen to cut the fence since October."),
      ),
    ).toBe(true);
    expect(
      attemptsRecorded(threat("The brigade detected 14 attempts to cross near Rabia in December.")),
    ).toBe(true);
  });

  it("keeps attempts recorded and repelled, and attempts only feared, as they were", () => {
    expect(
      attemptsRecorded(threat("Guards recorded 23 attempts to cross, all of which were repelled.")),
    ).toBe(false);
    expect(
      attemptsRecorded(threat("Officers fear repeated attempts by gunmen to cut the fence this winter.")),
    ).toBe(false);
  });
});
