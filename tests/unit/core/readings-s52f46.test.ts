import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * Session 52's readings found on the forty-sixth held-out set. The tests use invented wordings of
 * the same classes, never the set's sentences.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const story = (theme: string, sentences: string[], outlet = "Associated Press") =>
  assessStory(theme, sentences, AT, outlet, "2026-12-15");

describe("a story about one leader of ISIS: his followers and he himself stand for the group", () => {
  const LEDE =
    "The Treasury has sanctioned a senior ISIS commander who runs the group's networks east of Palmyra.";

  it("reads attacks by the men under his command as the group's attacks, with their two periods", () => {
    const { a, roles } = story("isis-badia-insurgency", [
      LEDE,
      "Fighters loyal to his command carried out 40 attacks in the Homs desert between 1 July and 31 December 2025, against 22 between 1 January and 30 June 2025.",
    ]);
    expect(roles(1)).toContain("driver:attacks-reported");
    expect(a.judgments.find((j) => j.id === "tempo-rises")?.probability).not.toBeNull();
  });

  it("reads an ambush by his men, and his taking in escaped detainees, as the group's", () => {
    const { roles } = story("isis-badia-insurgency", [
      LEDE,
      "Last week his men ambushed a supply convoy near Al-Sukhnah, killing five drivers.",
      "He is thought to have taken in several fighters who fled from a prison in Hasakah this year.",
    ]);
    expect(roles(1)).toContain("driver:attacks-reported");
    expect(roles(2)).toContain("driver:detainee-reinforcement");
  });

  it("does not lend the group to followers in a story about someone else", () => {
    const { roles } = story("isis-badia-insurgency", [
      "A tribal sheikh from Al-Sukhnah has been named head of the new provincial council.",
      "Last week his men ambushed a supply convoy near the town, killing five drivers.",
    ]);
    expect(roles(1)).not.toContain("driver:attacks-reported");
  });

  it("no longer reads 'he' as the leader once another person is named", () => {
    const { roles } = story("isis-badia-insurgency", [
      LEDE,
      "The group's cells have grown bolder since the summer.",
      "Colonel Samir Haddad, who commands the army in Palmyra, spoke to reporters.",
      "He is thought to have taken in several fighters who fled from a prison in Hasakah this year.",
    ]);
    expect(roles(3)).not.toContain("driver:detainee-reinforcement");
  });
});

describe("escape attempts counted by an outside teller", () => {
  const LEDE = "Al-Hol camp in Hasakah still holds about 20,000 people, most of them women and children.";

  // ANNOTATION.md rules 3 and 5: a tally of attempts stopped is the stopping factor, whoever tells
  // it (the lead applied it to case 682 against the earlier reading of it as a warning).
  it("reads a count of escape attempts foiled, told by a foreign agency, as control kept", () => {
    const { roles } = story("isis-prison-escape", [
      LEDE,
      "An FBI report to Congress states that camp guards thwarted at least nine escape attempts by families in the first half of the year.",
    ]);
    expect(roles(1)).toContain("mitigator:sdf-control");
    expect(roles(1)).not.toContain("driver:escape-reported");
  });

  it("still reads one attempt foiled, or the guards' own count, as control kept", () => {
    const one = story("isis-prison-escape", [
      LEDE,
      "Camp guards foiled an attempt by eight women to escape from the camp on Friday night, a security official said.",
    ]);
    expect(one.roles(1)).not.toContain("driver:escape-reported");
    const own = story("isis-prison-escape", [
      LEDE,
      "The Asayish said their units had foiled eleven escape attempts at the camp since the summer.",
    ]);
    expect(own.roles(1)).not.toContain("driver:escape-reported");
  });
});

describe("detention sites named by their part or their kind", () => {
  const tagsOf = (theme: string, sentences: string[], i: number) =>
    story(theme, sentences)
      .doc.facts.facts.filter((f) => f.sentence === i)
      .flatMap((f) => f.tags ?? []);

  it("reads an attack on a detention centre, annex or wing as an attack on a prison", () => {
    for (const text of [
      "Gunmen stormed a detention centre outside Shaddadi on Tuesday night with rifles and grenades.",
      "Masked men attacked the detention annex near Hajin before dawn.",
    ])
      expect(tagsOf("isis-prison-escape", [text], 0), text).toContain("prison-attack");
  });

  it("does not read an attack near a detention centre's name in a list of aid sites as one on it", () => {
    const text = "Aid agencies raised their attack on hunger with food for the displaced in Raqqa.";
    expect(tagsOf("isis-prison-escape", [text], 0)).not.toContain("prison-attack");
  });

  it("reads control kept of 'the annex', in a story about a detention annex, as control of the site", () => {
    const { roles } = story(
      "isis-prison-escape",
      [
        "ISIS cells attacked the detention annex in Markada on Sunday night, the Asayish said.",
        "Three detainees escaped during the fighting and one was recaptured.",
        "Our forces retained full control of the annex, and the remaining detainees were moved to Hasakah.",
      ],
      "Asayish (Internal Security Forces), statement",
    );
    expect(roles(2)).toContain("mitigator:sdf-control");
  });
});

describe("a stage of life escaped is no escape from custody", () => {
  const escapeTags = (text: string) =>
    story("isis-prison-escape", [text])
      .doc.facts.facts.filter((f) => f.kind === "event")
      .flatMap((f) => f.tags ?? [])
      .filter((t) => t === "escape");

  it("does not read an escape from a childhood or an upbringing as an escape", () => {
    for (const text of [
      "The accused escaped a troubled childhood in Marseille before travelling to Syria in 2015.",
      "She escaped her upbringing in a village near Homs and moved to Raqqa in 2014.",
    ])
      expect(escapeTags(text), text).toEqual([]);
  });

  it("still reads prisoners who escape a prison as an escape", () => {
    expect(
      escapeTags("Twelve prisoners escaped a prison in Hasakah on Monday night, the Asayish said."),
    ).toContain("escape");
  });
});

describe("a figure corrected by its own source", () => {
  it("reads the correction as telling again what the corrected sentence told", () => {
    const { roles, a } = story("isis-prison-escape", [
      "Officials said Iraq brought home 900 of its citizens from Al-Hol camp in November.",
      "Correction: the figure of 900 given above should read 600, according to the ministry.",
    ]);
    expect(roles(1)).toContain("mitigator:repatriation");
    // A revision by the source itself is no second account to set against the first.
    expect(a.conflicts).toEqual([]);
  });

  it("reads 'was 12, not 21' in a pinned comment as the same seizure", () => {
    const { roles } = story("cross-border-smuggling", [
      "Clip posted on Monday: Iraqi border guards near Al-Qaim seized 21 pistols smuggled from Albu Kamal in the doors of a car.",
      "Pinned comment: the number of pistols was 12, not 21, sorry for the mistake.",
    ]);
    expect(roles(1).length).toBeGreaterThan(0);
  });

  it("does not read a sentence with two figures and no correction as one", () => {
    const { roles } = story("isis-prison-escape", [
      "Officials said Iraq brought home 900 of its citizens from Al-Hol camp in November.",
      "The weather in Baghdad reached 35 degrees on 9 November.",
    ]);
    expect(roles(1)).toEqual([]);
  });
});

describe("an agreement told as bilateral binds the two parties the story is about", () => {
  it("reads a bilateral agreement signed with Iraq's ministry, in the coalition's statement, as security ties", () => {
    const { roles } = story(
      "coalition-withdrawal",
      [
        "Coalition aircraft left Ain al-Asad this week as part of a planned rotation, the task force said.",
        "A bilateral memorandum on advising and intelligence sharing was signed with the Iraqi Ministry of Defence on 2 December.",
      ],
      "Combined Joint Task Force-Operation Inherent Resolve, statement",
    );
    expect(roles(1)).toContain("mitigator:bilateral-security-ties");
  });

  it("does not lend the story's parties to an agreement not told as bilateral", () => {
    const { roles } = story("coalition-withdrawal", [
      "Coalition aircraft left Ain al-Asad this week as part of a planned rotation, the task force said.",
      "A memorandum on school buses was signed with the Anbar education directorate on 2 December.",
    ]);
    expect(roles(1)).not.toContain("mitigator:bilateral-security-ties");
  });
});
