import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { tollIn } from "../../../src/core/themes/conflicts.js";
import { ungroundedReason } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import {
  assessStory,
  citedRoles as cited,
  conflictsOf,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Session 45, readings the blind set 39 asked for: fish that escape a farm are animals, however
 * many and however counted; a "Turkish-backed" faction that shells the SDF gives it no support;
 * weapons smuggled to ISIS cells are ISIS's capacity; shelling of the SDF by another faction is
 * Syria's instability; "no guards were killed" is a toll of none; a release's issue line is not
 * its story; armed men who escort smugglers' convoys are armed groups in the trade.
 */

const AT = new Date("2026-12-16T12:00:00Z");
const _story = (sentences: string[]) =>
  sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-12-10");
const roles = (theme: string, sentences: string[], at: number) =>
  assessStory(theme, sentences, AT, "Reuters", "2026-12-10").roles(at);
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;

describe("animals: fish, and animal subjects opened by a rounded number or a part of a set", () => {
  const camp = collectReports([
    paragraphsDocument("Roj camp", ["Security was tightened at Roj camp on Monday."]),
  ])
    .flatMap((r) => r.own)
    .filter((e) => e.kind === "camp");
  const grounded = (sentenceText: string) =>
    ungroundedReason([{ own: camp, named: camp, sentenceText }]) === null;

  it("does not ground fish escaping a farm on the camp their sentence names", () => {
    expect(camp).not.toEqual([]);
    expect(grounded("Some 30,000 carp made a mass escape from a fish farm near Roj camp on Tuesday.")).toBe(
      false,
    );
    expect(grounded("Some of the escaped fish were netted a few kilometres from Roj camp.")).toBe(false);
    expect(grounded("About 4,000 trout broke out of the pens beside Roj camp.")).toBe(false);
  });

  it("keeps people counted the same way as security news", () => {
    expect(grounded("Some of the escaped detainees were caught a few kilometres from Roj camp.")).toBe(true);
    expect(grounded("Some 300 prisoners made a mass escape from Roj camp on Tuesday.")).toBe(true);
  });

  it("leaves a carp farm's flood out of the prison-escape theme", () => {
    const doc = paragraphsDocument(
      "Thousands of carp escape as flood breaks fish farm pens near Fishkhabour",
      [
        "Some 30,000 carp made a mass escape from a fish farm near Fishkhabour on Tuesday night, when the swollen Khabur river broke the nets of its pens.",
        "Fishermen from the villages downstream set up a camp on the bank and recaptured about 4,000 fish by Thursday.",
        "Some of the escaped fish were netted on the Tigris, a few kilometres from the point where the Iraqi, Syrian and Turkish borders meet.",
      ],
    );
    const a = assess(themeFixture("isis-prison-escape"), [doc], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused.map((u) => u.articleId)).toEqual([doc.article.id]);
  });
});

describe("a faction '-backed' by a state is no support to the force it attacks", () => {
  const support = (text: string) => facts(text).filter((f) => f.tags?.includes("partner-support"));

  it("reads no partner support into 'Turkish-backed factions shelled SDF positions'", () => {
    expect(
      support("Turkish-backed factions shelled SDF positions near Tal Abyad for the fourth day on Thursday."),
    ).toEqual([]);
  });

  it("still reads a force that backs the SDF as support", () => {
    expect(support("The coalition backed the SDF with air strikes near Hasakah.")).not.toEqual([]);
  });

  it("counts the shelling of SDF positions as Syria's instability, not as a residual presence", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "A convoy of US military vehicles left the Qasrak base north of Tal Tamr on 6 December, residents said.",
        "Turkish-backed factions shelled SDF positions near Tal Abyad for the fourth day on Thursday.",
      ],
      1,
    );
    expect(r).toContain("driver:syria-spillover");
    expect(r.filter((x) => x.startsWith("mitigator:"))).toEqual([]);
  });
});

describe("weapons smuggled to ISIS cells", () => {
  it("counts them as ISIS's capacity", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "US forces conducted a raid near Markada in southern Hasakah province on 8 December, killing a senior ISIS facilitator.",
        "The facilitator had organised the smuggling of weapons to ISIS cells in the Dashisha area, officials said.",
      ],
      1,
    );
    expect(r).toContain("driver:isis-resilience");
  });

  it("does not count weapons seized from ISIS as its capacity", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "US forces conducted a raid near Markada in southern Hasakah province on 8 December.",
        "Security forces seized smuggled weapons bound for ISIS cells in the Dashisha area.",
      ],
      1,
    );
    expect(r).not.toContain("driver:isis-resilience");
  });
});

describe("a toll of none", () => {
  it("reads 'no guards were killed' as none killed, and a denial of both as none of each", () => {
    expect(tollIn("One SDF guard was wounded and no guards were killed, according to SDF reporting.")).toBe(
      0,
    );
    expect(tollIn("One SDF guard was wounded and no guards were killed.", "wounded")).toBe(1);
    const both = "Her brother serves at the post, and no guard was killed or wounded on 1 December.";
    expect(tollIn(both)).toBe(0);
    expect(tollIn(both, "wounded")).toBe(0);
    expect(tollIn("Nobody was killed in the blast, police said.")).toBe(0);
  });

  it("reads no toll into 'no more' or 'no longer'", () => {
    expect(tollIn("No more soldiers were killed after the truce.")).toBeNull();
    expect(tollIn("No longer were guards killed at the gate.")).toBeNull();
  });
});

describe("a release's issue line is not its story", () => {
  const fixture = (slug: string) => {
    const a = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, "../../fixtures/analysis-heldout39/articles", `${slug}.json`),
        "utf8",
      ),
    ) as { title: string; text: string; source: string; publishedAt: string };
    return sourceDocument(a.title, a.text, a.source, a.publishedAt);
  };

  it("sets three guards killed against none when the release opens with its number and date", () => {
    const tribe = fixture("jubur-notables-ghwayran-communique");
    const release = fixture("cjtf-oir-release-20261213-01-hasakah");
    const killed = conflictsOf([tribe, release], AT).filter((c) => c.topic.startsWith("The number killed"));
    expect(killed).toHaveLength(1);
    expect(killed[0]?.claims.map((c) => [c.articleId, c.sentence, c.value])).toEqual(
      expect.arrayContaining([
        [tribe.article.id, 2, 3],
        [release.article.id, 4, 0],
      ]),
    );
  });
});

describe("an armed escort of smugglers", () => {
  it("counts armed men who escort the convoys and threaten the border guards as armed groups in the trade", () => {
    const r = roles(
      "cross-border-smuggling",
      [
        "Our members report that smugglers now cross the border near Rabia almost every night with fuel and cigarettes.",
        "Armed men who say they belong to a local faction escort these convoys and have threatened our drivers and the border guards who try to stop them.",
      ],
      1,
    );
    expect(r).toContain("driver:armed-group-involvement");
  });

  it("does not count the border guards' own escort of lorries", () => {
    const r = roles(
      "cross-border-smuggling",
      [
        "Smugglers cross the border near Rabia almost every night with fuel and cigarettes.",
        "Iraqi Border Guards escort the convoys of lawful lorries from the Rabia crossing to Mosul.",
      ],
      1,
    );
    expect(r).not.toContain("driver:armed-group-involvement");
  });
});

describe("conflicts of set 39: letters, readouts, a wall's length, a denied infiltration", () => {
  const byTopic = (docs: Parameters<typeof conflictsOf>[0], topic: RegExp) =>
    conflictsOf(docs, AT).filter((c) => topic.test(c.topic));

  it("sets two readers' tolls of one night against each other on a letters page", () => {
    const letters = sourceDocument(
      "Letters",
      [
        "Karim Aswad writes from Rutba that smugglers cross near Al-Walid every night.",
        "He adds that on the night of 1 December the smugglers' armed escort fired on a Border Guards patrol near the crossing and killed two guards.",
        "Samira Hadi writes from Ramadi that her brother serves at the Al-Walid post, that no guard was killed or wounded on 1 December, and that the smugglers fled.",
      ].join("\n\n"),
      "The Arab Weekly",
      "2026-12-13",
    );
    const killed = byTopic([letters], /^The number killed/);
    expect(killed).toHaveLength(1);
    expect(killed[0]?.claims.map((c) => [c.sentence, c.value])).toEqual(
      expect.arrayContaining([
        [1, 2],
        [2, 0],
      ]),
    );
  });

  it("does not set one source's account against itself when 'the source added' goes on with it", () => {
    const wire = sourceDocument(
      "Attack",
      [
        "Army units repelled an attack on a checkpoint near al-Sukhnah on Friday, a military source told SANA.",
        "The source said that two soldiers were killed in the attack.",
        "Army units pursued the attackers and killed three of them, the source added.",
      ].join("\n\n"),
      "SANA",
      "2026-12-13",
    );
    expect(byTopic([wire], /^The number killed/)).toEqual([]);
  });

  it("sets a departure date agreed in one readout against 'no date set' in the other", () => {
    const iraq = sourceDocument(
      "Readout",
      "Minister of Defence Saad al-Khafaji received a telephone call from the US Secretary of Defense, in which the two sides agreed that the remaining coalition advisers would leave the Kurdistan Region by September 2027.",
      "Iraqi Ministry of Defence",
      "2026-12-04",
    );
    const us = sourceDocument(
      "Readout",
      "The two leaders did not set a date for the departure of remaining US forces, and any future adjustments will be made in consultation with the Government of Iraq.",
      "US Department of Defense",
      "2026-12-04",
    );
    const date = byTopic([iraq, us], /date was set for the forces to leave/);
    expect(date).toHaveLength(1);
    expect(date[0]?.claims.map((c) => [c.articleId, c.stance])).toEqual([
      [iraq.article.id, "asserts"],
      [us.article.id, "denies"],
    ]);
    // Two accounts of a date agreed are no conflict.
    const again = sourceDocument(
      "Readout",
      "The two ministers agreed that coalition advisers would leave the Kurdistan Region by September 2027.",
      "Rudaw",
      "2026-12-05",
    );
    expect(byTopic([iraq, again], /date was set for the forces to leave/)).toEqual([]);
  });

  it("reads a wall 'along 520 kilometres' as its length, against 'covers only about 380 kilometres'", () => {
    const communique = sourceDocument(
      "Communiqué",
      "The two sides noted the completion of the Iraqi concrete wall along 520 kilometres of the common border, from Rabia to the Al-Qaim sector.",
      "Iraqi Ministry of Foreign Affairs",
      "2026-12-08",
    );
    const officers = sourceDocument(
      "Gaps in the wall",
      "According to Border Guards officers in Al-Qaim, the concrete wall covers only about 380 kilometres of the border, and the rest is a berm and a trench.",
      "Independent Arabia",
      "2026-12-11",
    );
    const wall = byTopic([communique, officers], /^How far the wall runs/);
    expect(wall).toHaveLength(1);
    expect(wall[0]?.claims.map((c) => c.value).sort()).toEqual([380, 520]);
  });

  it("sets 'no infiltration across the border had been recorded since September' against a crossing in November", () => {
    const communique = sourceDocument(
      "Communiqué",
      [
        "The Iraqi Minister of Interior visited Damascus on 7 and 8 December 2026 and met his Syrian counterpart.",
        "They noted that no infiltration across the border had been recorded since September.",
      ].join("\n\n"),
      "Iraqi Ministry of Foreign Affairs",
      "2026-12-08",
    );
    const officers = sourceDocument(
      "Gaps in the wall",
      "A group of about 15 ISIS fighters crossed from Syria into the desert south of the Al-Walid crossing on the night of 27 November, two officers of the Border Guards told Independent Arabia.",
      "Independent Arabia",
      "2026-12-11",
    );
    const keys = conflictsOf([communique, officers], AT).map((c) => c.claims.map((x) => x.articleId).sort());
    expect(keys).toContainEqual([communique.article.id, officers.article.id].sort());
  });
});

describe("what a border's themes leave out: a condition, a flood wall, a label disputed", () => {
  it("does not count a drawdown told only as a condition as a drawdown", () => {
    const lede =
      "A group of about 15 ISIS fighters crossed from Syria into the desert south of the Al-Walid crossing on the night of 27 November.";
    const conditional = roles(
      "border-fortification",
      [
        lede,
        "If the coalition's reconnaissance flights stopped altogether, one of the officers said, nobody could watch the desert south of Al-Walid.",
      ],
      1,
    );
    expect(conditional).not.toContain("driver:coalition-drawdown");
    const told = roles(
      "border-fortification",
      [
        lede,
        "The coalition's reconnaissance flights over the desert south of Al-Walid have stopped since October, the officers said.",
      ],
      1,
    );
    expect(told).toContain("driver:coalition-drawdown");
  });

  it("does not count a market walled against floods as a barrier on the border", () => {
    const r = roles(
      "border-fortification",
      [
        "A group of about 15 ISIS fighters crossed from Syria into the desert south of the Al-Walid crossing on the night of 27 November.",
        "Rutba's mayor said the town's new vegetable market had been fortified against the winter floods with a low wall.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:physical-barrier");
  });

  it("does not count a reader's plea to stop calling her hills a smuggling route as smuggling", () => {
    const a = JSON.parse(
      readFileSync(
        path.resolve(
          import.meta.dirname,
          "../../fixtures/analysis-heldout39/articles/arab-weekly-letters-alwalid-smuggling.json",
        ),
        "utf8",
      ),
    ) as { title: string; text: string; source: string; publishedAt: string };
    const doc = sourceDocument(a.title, a.text, a.source, a.publishedAt);
    const assessment = assess(themeFixture("cross-border-smuggling"), [doc], AT);
    expect(doc.facts.sentences[6]?.text).toMatch(/^Nour Salman writes from Amman/);
    expect(cited(assessment, doc.article.id, 6)).toEqual([]);
    expect(cited(assessment, doc.article.id, 1)).toContain("driver:smuggling-reported");
  });
});

describe("smuggling across the border rivers", () => {
  it("counts fuel smuggled across the Tigris by boat as smuggling reported", () => {
    const r = roles(
      "cross-border-smuggling",
      [
        "Customs officers on the Fishkhabour side seized 300,000 captagon pills hidden in a cargo of lentils on 2 December.",
        "Partners noted that fuel smuggling across the Tigris by small boats has increased in recent weeks, according to drivers.",
      ],
      1,
    );
    expect(r).toContain("driver:smuggling-reported");
  });
});

describe("a checkpoint ISIS gunmen set up", () => {
  const lede =
    "Partners reported that ISIS attacks on the Palmyra-Deir ez-Zor road have become more frequent in recent months.";
  it("counts it as ISIS cells active in the Badia", () => {
    const r = roles(
      "isis-badia-insurgency",
      [
        lede,
        "One partner said ISIS gunmen held one of its ambulances for several hours at a checkpoint they had set up near Al-Sukhnah on 29 November.",
      ],
      1,
    );
    expect(r).toContain("driver:cells-active");
  });

  it("does not count the army's checkpoint as ISIS cells", () => {
    const r = roles(
      "isis-badia-insurgency",
      [
        lede,
        "Soldiers held one of the ambulances for several hours at a checkpoint they had set up near Al-Sukhnah on 29 November.",
      ],
      1,
    );
    expect(r).not.toContain("driver:cells-active");
  });
});
