import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Shapes of conflicting reporting written for these tests: a crossing told in a relative clause
 * against a group "repelled before any of them could cross", a load trafficked across (not people
 * crossing, not a seizure), a security round-up that tells of two events at two places, and a
 * negated instruction to residents that denies nothing.
 */

const AT = new Date("2026-11-30T12:00:00Z");
const between = (a: Assessment, ids: readonly string[]) =>
  a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));
const read = (...paragraphs: string[]) =>
  claimsOf(collectReports([paragraphsDocument("Border night", paragraphs, "Rudaw", "2026-11-20")])).map(
    (f) => [f.kind, f.value] as const,
  );

describe("conflicts from claims: crossings told in a clause, and crossings forestalled", () => {
  it("reads the crossing of 'gunmen who cut through the fence ... and crossed into Iraq'", () => {
    expect(
      read(
        "On 18 November soldiers at Rabia watched a group of about fifteen gunmen who cut through the fence west of the village and crossed into Iraq.",
      ),
    ).toContainEqual(["crossed", 15]);
  });

  it("reads 'repelled before any of them could cross' as none crossed, and the attempt as no crossing", () => {
    const found = read(
      "On 18 November a group of six infiltrators tried to approach the wall near Rabia and was repelled by our forces before any of them could cross.",
    );
    expect(found).toContainEqual(["crossed", 0]);
    expect(found).not.toContainEqual(["crossed", 6]);
  });

  it("sets about fifteen who crossed against none who could cross, for one night at one place", () => {
    const wire = sourceDocument(
      "Gunmen cross the border near Rabia",
      "On the night of 18 November a group of about fifteen gunmen who cut through the fence west of Rabia crossed into Iraq, two officers told AFP.",
      "AFP",
      "2026-11-20",
    );
    const command = sourceDocument(
      "Border command: infiltration attempt at Rabia repelled",
      "On the night of 18 November a group of six infiltrators tried to approach the border wall at Rabia and was repelled by our forces before any of them could cross, the Border Forces Command said.",
      "Iraqi News Agency",
      "2026-11-19",
    );
    const found = between(assess(themeFixture("border-fortification"), [wire, command], AT), [
      wire.article.id,
      command.article.id,
    ]).filter((c) => c.kind === "figures");
    expect(found.flatMap((c) => c.claims.map((x) => x.value)).sort()).toEqual([0, 15]);
  });
});

describe("conflicts from claims: a load trafficked across", () => {
  it("reads pills moved through a crossing, and pills that 'had crossed', as a load moved, not as people or a seizure", () => {
    expect(
      read(
        "The ring moved an estimated 40 million captagon pills through the Rabia crossing in the first half of 2026.",
      ),
    ).toContainEqual(["moved:pills", 40_000_000]);
    const told = read(
      "A customs official said no more than 3 million pills had crossed at Rabia in the first half of the year, according to customs seizure records.",
    );
    expect(told).toContainEqual(["moved:pills", 3_000_000]);
    expect(told.map(([k]) => k)).not.toContain("crossed");
    expect(told.map(([k]) => k)).not.toContain("seized:pills");
    expect(read("Customs seized 1.4 million pills at the Rabia crossing in March.")).toContainEqual([
      "seized:pills",
      1_400_000,
    ]);
  });
});

describe("conflicts from claims: a round-up of two events", () => {
  const talk = () =>
    paragraphsDocument(
      "SOHR: guards killed in mortar attack on Qamishli prison",
      [
        "The Syrian Observatory for Human Rights said ISIS gunmen fired mortars at the main gate of the central prison in Qamishli on the night of 20 November.",
        "Three guards were killed in the mortar fire, the Observatory said.",
      ],
      "Syrian Observatory for Human Rights",
      "2026-11-21",
    );
  const roundup = () =>
    paragraphsDocument(
      "Weekly security round-up",
      [
        "The Internal Security Forces published their weekly round-up on Saturday.",
        "In Qamishli city, a group of people tried on Thursday night to disturb security near one of the detention facilities by firing shells that fell in an empty plot.",
        "One member of the guard was slightly wounded by shrapnel, and no other casualties were recorded.",
        "In Raqqa, our forces arrested two people accused of theft.",
        "Our forces also recorded an attack by ISIS cells on a checkpoint near Al-Shuhayl during the week, in which two of our members were martyred.",
      ],
      "Hawar News Agency",
      "2026-11-22",
    );

  it("reads 'one member of the guard was slightly wounded' as a wound of the forces and none of them killed", () => {
    const found = claimsOf(collectReports([roundup()])).map((f) => [f.kind, f.value, f.said.report.sentence]);
    expect(found).toContainEqual(["wounded:forces", 1, 2]);
    // The martyrs near Al-Shuhayl are another event: they neither revise nor cancel the prison's none.
    expect(found).toContainEqual(["killed:forces", 0, 2]);
  });

  it("sets the prison's toll against the round-up's account of the prison, not against its toll at another place", () => {
    const [a, b] = [talk(), roundup()];
    const boxes = between(assess(themeFixture("isis-prison-escape"), [a, b], AT), [
      a.article.id,
      b.article.id,
    ]).filter((c) => c.kind === "figures" && c.topic.startsWith("The number killed"));
    const sentences = boxes.flatMap((c) =>
      c.claims.filter((x) => x.articleId === b.article.id).map((x) => x.sentence),
    );
    expect(sentences).toContain(2);
    expect(sentences).not.toContain(4);
  });
});

describe("denials: a negated instruction denies nothing", () => {
  it("does not read 'residents should not approach the wall' as a denial of the wall", () => {
    const wire = sourceDocument(
      "At the wall near Rabia",
      "The concrete wall at Rabia is three metres high, with a trench in front of it, and the soldiers say it was finished in the spring.",
      "Reuters",
      "2026-11-20",
    );
    const alert = sourceDocument(
      "Border command alert to Rabia residents",
      "Army drones are combing the area near Rabia, and residents should not approach the wall or the trench, the Border Forces Command said on 19 November.",
      "Iraqi News Agency",
      "2026-11-19",
    );
    const found = between(assess(themeFixture("border-fortification"), [wire, alert], AT), [
      wire.article.id,
      alert.article.id,
    ]).filter((c) => c.kind === "denial");
    expect(found).toEqual([]);
  });
});

describe("conflicts from claims: a figure named as someone's own", () => {
  const thread = (second: string) =>
    paragraphsDocument(
      "Ask me anything: a reporter on the drawdown",
      [
        "Question from a reader: how many American soldiers are still in Syria?",
        "Answer: The Pentagon told me on Monday that about 900 US troops remain in north-east Syria, mostly at Rmelan and Qasrak.",
        second,
      ],
      "Reddit",
      "2026-11-20",
    );

  it("reads 'the SDF's own figure ... is about 400' as a count of what the sentence before counted, spoken by its owner", () => {
    const story = thread(
      "Answer, continued: The Syrian Democratic Forces' own figure, which an SDF commander gave me on the record, is about 400, so the two numbers are far apart.",
    );
    const found = claimsOf(collectReports([story])).filter((f) => f.said.report.sentence === 2);
    expect(found.map((f) => [f.kind, f.value])).toEqual([["troops:us", 400]]);
    const boxes = assess(themeFixture("coalition-withdrawal"), [story], AT).conflicts.filter(
      (c) => c.kind === "figures",
    );
    expect(boxes.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)))).toContainEqual(
      [400, 900],
    );
  });

  it("reads nothing from a 'number of' phrase, nor when the sentence before counts nothing", () => {
    const story = thread("Answer, continued: The number of checkpoints they run is about 40, I was told.");
    expect(claimsOf(collectReports([story])).filter((f) => f.said.report.sentence === 2)).toEqual([]);
    const alone = paragraphsDocument(
      "Notes",
      ["The weather was cold all week.", "The ministry's own figure, given on Sunday, is about 2,500."],
      "Reddit",
      "2026-11-20",
    );
    expect(claimsOf(collectReports([alone]))).toEqual([]);
  });
});

describe("a base left against others relayed as saying troops are still there", () => {
  const thread = (second: string) =>
    paragraphsDocument(
      "Ask me anything: a reporter on the drawdown",
      [
        "Answer: Yes, the last US unit left Ain al-Asad air base in September, and the base was handed over in full to the Iraqi Air Force in a ceremony I attended.",
        second,
      ],
      "Reddit",
      "2026-11-20",
    );

  it("sets the reporter's account that the base was left against MPs relayed as saying soldiers are still at it", () => {
    const story = thread(
      "Answer, continued: Some Iraqi MPs keep saying that US soldiers are still at Ain al-Asad, but I have seen no evidence of that.",
    );
    const found = assess(themeFixture("coalition-withdrawal"), [story], AT).conflicts.filter((c) =>
      c.topic.startsWith("Whether Ain al-Asad"),
    );
    expect(found.map((c) => c.claims.map((x) => [x.sentence, x.stance]))).toEqual([
      [
        [0, "asserts"],
        [1, "denies"],
      ],
    ]);
  });

  it("sets nothing when the article says in its own voice where soldiers still are", () => {
    const story = thread(
      "Answer, continued: A few US soldiers are still at Ain al-Asad to guard the radar, I saw them.",
    );
    const found = assess(themeFixture("coalition-withdrawal"), [story], AT).conflicts.filter((c) =>
      c.topic.startsWith("Whether Ain al-Asad"),
    );
    expect(found).toEqual([]);
  });
});
