import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess, claimStandings } from "../../../src/core/themes/assess.js";
import type { ConflictClaim } from "../../../src/core/themes/assessment.js";
import { attributionOf } from "../../../src/core/themes/claim-attribution.js";
import { citedRoles, conflictsOf, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Readings prompted by analytic set 58 (session 64, helper N64), each on sentences invented here,
 * with a near sentence that must not read that way.
 */

const AT = new Date("2027-02-10T12:00:00Z");
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;
const withdrawals = (text: string) => facts(text).filter((f) => f.tags?.includes("troop-withdrawal"));

describe("a foreign force told by its own name to leave the country is a withdrawal", () => {
  it("reads a coalition member's force named by its name as leaving", () => {
    expect(
      withdrawals("The Bundeswehr is to leave Kurdistan before the summer, officials in Berlin said."),
    ).not.toEqual([]);
    expect(withdrawals("Officials said NATO would depart from Iraq once its mandate lapses.")).not.toEqual(
      [],
    );
  });

  it("reads the denial of such reports as a negated withdrawal", () => {
    const denied = withdrawals("Claims that the Bundeswehr will quit Iraq this year are false.");
    expect(denied.map((f) => f.modality)).toContain("negated");
  });

  it("does not read people who are no force, or a sentence without a foreign force, as a withdrawal", () => {
    expect(withdrawals("NATO officials said the displaced families will leave Syria in the spring.")).toEqual(
      [],
    );
    expect(withdrawals("The ministry said the delegation will leave Iraq on Monday.")).toEqual([]);
  });
});

describe("a state told withdrawing and its force denied leaving by name are one force", () => {
  const paper = sourceDocument(
    "Paper",
    "Italy intends to withdraw all of its roughly 650 soldiers from Iraq before the autumn, Corriere della Sera reported, citing two government officials.",
    "Corriere della Sera",
    "2027-02-01",
  );
  const ministry = sourceDocument(
    "Ministry",
    "Reports that the Italian Armed Forces will leave Iraq before the autumn are unfounded.\n\nThe Italian contingent in Iraq now numbers some 350 soldiers, after a reduction last year.",
    "Italian Ministry of Defence",
    "2027-02-02",
  );

  it("sets the ministry's denial against the paper's withdrawal plan", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [paper, ministry], AT);
    const denial = a.conflicts.find((c) =>
      c.claims.some((x) => x.articleId === ministry.article.id && x.sentence === 0 && x.stance === "denies"),
    );
    expect(denial?.claims.some((x) => x.articleId === paper.article.id && x.sentence === 0)).toBe(true);
  });

  it("does not set one state's force leaving against another state's withdrawal from the same country", () => {
    const other = sourceDocument(
      "Other",
      "Reports that the Polish Armed Forces will leave Iraq before the autumn are unfounded.",
      "Polish Ministry of National Defence",
      "2027-02-02",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [paper, other], AT);
    expect(a.conflicts.some((c) => c.claims.some((x) => x.articleId === other.article.id))).toBe(false);
  });

  it("sets the two sizes of the contingent against each other, by the force's country", () => {
    const figures = conflictsOf([paper, ministry], AT).filter((c) => c.kind === "figures");
    const size = figures.find((c) => /troops remain/.test(c.topic));
    expect(size?.topic).toMatch(/\bItalian troops\b/);
    expect(size?.claims.map((x) => x.articleId).sort()).toEqual(
      [paper.article.id, ministry.article.id].sort(),
    );
  });

  it("does not take part of a force sent home for the whole of it", () => {
    const part = sourceDocument(
      "Part",
      "Italy will withdraw 200 of its soldiers from Iraq before the autumn, officials said.",
      "Corriere della Sera",
      "2027-02-01",
    );
    const figures = conflictsOf([part, ministry], AT).filter((c) => c.kind === "figures");
    expect(figures.some((c) => /troops remain/.test(c.topic))).toBe(false);
  });
});

describe("training of two partners' forces named together is support to them", () => {
  it("reads the training of Iraqi and Kurdish forces as partner support, cited as continued ties", () => {
    const training =
      "Instruction and training of Iraqi and Kurdish army units will go on in agreement with Baghdad.";
    expect(
      facts(training).some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support")),
    ).toBe(true);
    const doc = sourceDocument(
      "Statement",
      `The Dutch defence ministry issued a statement on its mission in Iraq.\n\n${training}`,
      "Reuters",
      "2027-02-02",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [doc], AT);
    expect(citedRoles(a, doc.article.id, 1)).toContain("mitigator:bilateral-security-ties");
  });

  it("does not read the training of pilots for an airline as support to forces", () => {
    expect(
      facts("Training of Iraqi and Kurdish pilots for the new airline will go on in Erbil.").some((f) =>
        f.tags?.includes("partner-support"),
      ),
    ).toBe(false);
  });
});

describe("a wall told missing at one spot contradicts the wall told to cover the whole sector", () => {
  const local = sourceDocument(
    "Local",
    "About 25 gunmen crossed from Syria into Iraq near Rabia on Tuesday night, a tribal leader told the station.\n\nHe said the gunmen slipped through at a spot where the earth berm has not yet been built.",
    "Al-Sumaria",
    "2027-02-04",
  );
  const command = (line: string) =>
    sourceDocument(
      "Command",
      `On Tuesday night border guards saw armed men near Rabia and drove them back.\n\n${line}`,
      "Iraqi Joint Operations Command",
      "2027-02-05",
    );
  const gaps = (line: string) =>
    conflictsOf([local, command(line)], AT).filter((c) =>
      /^Whether the berm\b.*\bis complete$/.test(c.topic),
    );

  it("sets the berm told to run along the whole sector against the spot without it", () => {
    const found = gaps(
      "The earth berm now runs along the entire Rabia sector of the Iraqi border, the command said.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((x) => x.sentence).sort()).toEqual([1, 1]);
  });

  it("does not read a berm told only as built, or another line told whole, as the berm complete", () => {
    expect(
      gaps("The earth berm was built along part of the Rabia sector last year, the command said."),
    ).toEqual([]);
    expect(
      gaps("The fence now runs along the entire Rabia sector of the Iraqi border, the command said."),
    ).toEqual([]);
  });
});

describe("a desert town entered and partly held, left to a few police, with cells moving freely", () => {
  const tagged = (text: string, tag: string) => facts(text).some((f) => f.tags?.includes(tag));

  it("reads armed men who entered a town and held part of it as an attack", () => {
    expect(
      tagged(
        "ISIS militants entered the village of Arak near Palmyra at dusk and held its western quarter for three hours.",
        "insurgent-attack",
      ),
    ).toBe(true);
    expect(tagged("The police entered the town and held its market for an hour.", "insurgent-attack")).toBe(
      false,
    );
  });

  it("reads a town left with a few police as thinly held, not a town left with its wounded", () => {
    expect(
      tagged(
        "Locals say the village has been left with a handful of policemen since the battalion moved away.",
        "security-vacuum",
      ),
    ).toBe(true);
    expect(tagged("The village was left with a few dozen wounded after the storm.", "security-vacuum")).toBe(
      false,
    );
  });

  it("reads cells seen moving freely as present, and herders seen moving as nothing", () => {
    expect(
      tagged(
        "Cells have been spotted moving freely near Sukhnah for days, drivers on the highway said.",
        "insurgent-presence",
      ),
    ).toBe(true);
    expect(tagged("Herders have been seen moving freely near Sukhnah for days.", "insurgent-presence")).toBe(
      false,
    );
  });
});

describe("an acronym names the body the article spells out with its initials", () => {
  const named = (text: string) => {
    const f = extractFacts({ id: "t", title: "t", text });
    return f.entities.map((e) => e.lexiconId ?? e.name);
  };

  it("reads SDF after a Japanese Self-Defense Force unit as that force, not the Syrian Democratic Forces", () => {
    const ids = named(
      "Some 300 Maritime Self-Defense Force sailors helped clear the harbour at Kushiro on Monday.\n\nThe SDF said the work would take a week.",
    );
    expect(ids).not.toContain("org/sdf");
  });

  it("keeps SDF as the Syrian Democratic Forces when the article spells out that name", () => {
    const ids = named(
      "The Syrian Democratic Forces said on Monday that the SDF had moved detainees from the Ghwayran prison.",
    );
    expect(ids).toContain("org/sdf");
  });

  it("reads SDF alone, with no other spelled-out body, as the Syrian Democratic Forces", () => {
    expect(named("SDF fighters patrolled the road near Hasakah on Monday.")).toContain("org/sdf");
  });
});

describe("a service or a mood that returns is no repatriation", () => {
  const repatriated = (text: string) => facts(text).some((f) => f.tags?.includes("repatriation"));

  it("does not read electricity or calm returning as people sent home", () => {
    expect(repatriated("Crews will stay until electricity returns to some 2,000 houses in the valley.")).toBe(
      false,
    );
    expect(repatriated("Calm returns to the town after three nights of protests.")).toBe(false);
  });

  it("still reads a state's returns of its nationals as repatriation", () => {
    expect(repatriated("The ministry organised the returns of 120 Iraqi families from Al-Hol camp.")).toBe(
      true,
    );
  });
});

describe("who contests a figure in a wire story is the person the sentence credits, not the wire", () => {
  it("reads the name set off before a closing 'told' as the claim's originator, the addressee outlet aside", () => {
    const sentence =
      "The army has finished 95 kilometres of trench along the frontier, the head of the engineering corps, Major General Amer Hussein, told Shafaq News on Tuesday.";
    expect(attributionOf(sentence, [], "Shafaq News")).toBe("Major General Amer Hussein");
    expect(attributionOf(sentence, ["Shafaq News"], "Shafaq News")).toBe("Major General Amer Hussein");
  });

  it("credits no one when the outlet itself speaks last", () => {
    expect(
      attributionOf("The trench now runs for 95 kilometres, Shafaq News said.", [], "Shafaq News"),
    ).toBeUndefined();
  });

  it("names the other side's originator in the note of a claim contested within one story", () => {
    const claim = (sentence: number, value: number, attributedTo?: string): ConflictClaim => ({
      key: `wire#${sentence}`,
      articleId: "wire",
      sentence,
      text: "",
      source: "Shafaq News",
      ...(attributedTo ? { attributedTo } : {}),
      grade: "C3",
      date: "2027-02-01",
      stance: "figure",
      value,
    });
    const standings = claimStandings([
      {
        id: "c",
        kind: "figures",
        topic: "How long the trench is",
        factor: null,
        claims: [claim(0, 95, "Major General Amer Hussein"), claim(1, 40, "an MP, Sarwa Abdulwahid")],
        analysis: "",
      },
    ]);
    expect(standings.get("wire#0")?.note).toMatch(/^contested by an MP, Sarwa Abdulwahid;/);
    expect(standings.get("wire#1")?.note).toMatch(/^contested by Major General Amer Hussein;/);
  });
});

describe("infiltrations recalled from years before are background, not current pressure", () => {
  it("does not cite a wall begun after infiltrations four years earlier as infiltration pressure", () => {
    const doc = sourceDocument(
      "Story",
      "Iraq has finished most of its border wall with Syria, officials said on Sunday.\n\nIraq started building the barrier in 2022 after repeated ISIS infiltrations across the desert frontier.",
      "Rudaw",
      "2026-12-20",
    );
    const a = assess(themeFixture("border-fortification"), [doc], new Date("2026-12-28T12:00:00Z"));
    expect(citedRoles(a, doc.article.id, 1)).not.toContain("driver:infiltration-pressure");
  });

  it("still cites infiltrations of the last months as pressure", () => {
    const doc = sourceDocument(
      "Story",
      "Iraq has finished most of its border wall with Syria, officials said on Sunday.\n\nWork on the eastern section sped up in October 2026 after a string of ISIS infiltrations through the desert frontier.",
      "Rudaw",
      "2026-12-20",
    );
    const a = assess(themeFixture("border-fortification"), [doc], new Date("2026-12-28T12:00:00Z"));
    expect(citedRoles(a, doc.article.id, 1)).toContain("driver:infiltration-pressure");
  });
});
