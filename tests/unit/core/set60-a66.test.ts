import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { attributionOf } from "../../../src/core/themes/claim-attribution.js";
import { tollIn } from "../../../src/core/themes/conflicts.js";
import {
  assessStory,
  conflictsOf,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Session 66, readings the blind analytic set 60 asked for. Real extraction of short texts
 * written here, in wording of their own.
 */

const AT = new Date("2027-01-08T12:00:00Z");
const roles = (theme: string, sentences: string[], at: number) => assessStory(theme, sentences, AT).roles(at);

describe("a jailbreak in another country bears on no theme about Syria's and Iraq's prisons", () => {
  const prisons = themeFixture("isis-prison-escape");

  it("lists a prison break abroad as unused, with the places and parties it is not about", () => {
    const abroad = paragraphsDocument("Inmates flee Bamako jail after raid", [
      "Some 250 prisoners broke out of the central jail in Bamako early on Tuesday after gunmen stormed its front gate, the prison service said.",
      "The raiders traded fire with the wardens for about forty minutes before the gate gave way.",
      "Police said on Wednesday they had caught 80 of the fugitives in the city's outer districts.",
    ]);
    const a = assess(prisons, [abroad], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      {
        articleId: abroad.article.id,
        reason: expect.stringMatching(
          /reports nothing on the prisons and camps of Syria and Iraq.*in other places/,
        ),
      },
    ]);
  });

  it("keeps a raid on a prison in Hasakah, which is in Syria", () => {
    const home = paragraphsDocument("Raid on Hasakah jail", [
      "Gunmen stormed the gate of a prison in Hasakah early on Tuesday and traded fire with the guards for an hour, the SDF said.",
      "Some 30 detainees broke out before the guards restored control, the SDF said.",
    ]);
    const a = assess(prisons, [home], AT);
    expect(a.unused).toEqual([]);
    expect(a.factors.flatMap((f) => f.evidence).length).toBeGreaterThan(0);
  });
});

describe("a group turned back as a whole, some of it arrested, was stopped", () => {
  it("cites guards who turned back a band of smugglers and held three of them as an interdiction", () => {
    expect(
      roles(
        "border-fortification",
        [
          "Late on Thursday a band of eight smugglers tried to slip across south of Rabia and was turned back by the Border Guards, who detained three of them.",
        ],
        0,
      ),
    ).toEqual(["mitigator:interdictions"]);
  });

  it("still reads a group that crossed before part of it was caught as pressure", () => {
    expect(
      roles(
        "border-fortification",
        [
          "A band of some 25 ISIS fighters crossed from Syria south of Rabia and reached the valleys before the army caught some of them.",
        ],
        0,
      ),
    ).not.toContain("mitigator:interdictions");
  });
});

describe("a toll told as lives lost, beside the other side's dead", () => {
  it("reads 'none of our men lost their lives' as no one killed", () => {
    expect(tollIn("Four of our men were hurt, and none of the soldiers at the post lost their lives.")).toBe(
      0,
    );
    expect(tollIn("Five policemen lost their lives when the convoy was hit.")).toBe(5);
  });

  it("sets a claim of soldiers killed against a statement that counts the raiders' dead and no soldier's", () => {
    const claim = sourceDocument(
      "Claim",
      "The group said on its channels that its men killed 12 soldiers in a raid on an army post north of Sukhnah on 3 January.",
      "SITE Intelligence Group",
      "2027-01-04",
    );
    const statement = sourceDocument(
      "Statement",
      [
        "Gunmen of the Daesh gangs raided an army post north of Sukhnah on 3 January, and our units beat them off.",
        "Six of the gunmen were killed and one of our soldiers was hurt, and no member of the unit lost his life.",
      ].join("\n\n"),
      "Syrian Ministry of Defence",
      "2027-01-05",
    );
    const found = conflictsOf([claim, statement], AT).filter((c) => c.id.startsWith("tolls:killed"));
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((c) => c.key).sort()).toEqual(
      [`${claim.article.id}#0`, `${statement.article.id}#1`].sort(),
    );
  });
});

describe("a backer's support for a partner force told as ending, against an account that it goes on", () => {
  it("shows the two accounts as one conflict", () => {
    const report = sourceDocument(
      "Report",
      [
        "Officials in Qamishli said the coalition had warned them of a cut in its aid.",
        "They said the coalition's salaries for the SDF's camp guards will be stopped at the end of February.",
      ].join("\n\n"),
      "Al-Mayadeen",
      "2027-01-02",
    );
    const reply = sourceDocument(
      "Reply",
      "Support to our partners who guard the detention sites continues, with salaries and training, the coalition said.",
      "CJTF-OIR",
      "2027-01-04",
    );
    const found = conflictsOf([report, reply], AT).filter((c) => c.id.startsWith("claim:support"));
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((c) => c.stance).sort()).toEqual(["asserts", "denies"]);
  });

  it("reads support promised to continue in two accounts as no conflict", () => {
    const one = sourceDocument(
      "One",
      "The coalition's aid to the SDF's guards continues this winter, officials in Hasakah said.",
      "Rudaw",
      "2027-01-02",
    );
    const two = sourceDocument(
      "Two",
      "Support to partner forces that guard the prisons continues, the coalition said.",
      "CJTF-OIR",
      "2027-01-03",
    );
    expect(conflictsOf([one, two], AT).filter((c) => c.id.startsWith("claim:support"))).toEqual([]);
  });
});

describe("the escorts of a smuggling trade who exchange fire with the army", () => {
  it("cites their exchanges of fire as armed groups in the trade, and judges clashes", () => {
    const { a, roles: at } = assessStory(
      "cross-border-smuggling",
      [
        "Smugglers move Captagon and cigarettes from Syria into Iraq south of Al-Qaim most nights, traders in the town told us.",
        "Men of a tribal militia based near the crossing guard some of the convoys for a fee, the traders said.",
        "Drivers we spoke to said the escorts exchanged fire with Iraqi army patrols three times in November.",
      ],
      AT,
    );
    expect(at(2)).toEqual(["driver:armed-group-involvement"]);
    expect(a.judgments.find((j) => j.id === "violent-clashes")?.probability).not.toBeNull();
  });
});

describe("a denial that opens with 'The reports that ...' credits no one", () => {
  it("names no originator for an article alone before 'reports'", () => {
    expect(
      attributionOf(
        "The reports that raiders seized the post near Rutba are baseless and meant to alarm the people.",
        [],
        "Anbar Operations Command",
      ),
    ).toBeUndefined();
    expect(attributionOf("The UN monitoring team reports that six detainees were moved.", [], "Rudaw")).toBe(
      "the UN monitoring team",
    );
  });
});
