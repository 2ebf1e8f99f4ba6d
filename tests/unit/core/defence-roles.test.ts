import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Which side a sentence that tells of an attack and of its defence bears on: "our forces contained
 * the riot" (the riot already told) shows the defence; "army units repelled an attack by a
 * terrorist group on a convoy" tells first that the convoy was attacked; a group "detected" by
 * cameras shows the surveillance; an attempt to infiltrate "repelled" shows the interdiction.
 */

const rolesOf = (a: Assessment, sentence: number) =>
  a.factors.flatMap((f) => f.evidence.filter((e) => e.sentence === sentence).map(() => `${f.role}:${f.id}`));

describe("roles: a defence told in the active voice", () => {
  it("cites 'our forces contained the riot' as control of the prison, not as a prison attack", () => {
    const statement = sourceDocument(
      "Statement on the events at the Hasakah facility",
      "The General Command of the Syrian Democratic Forces wishes to clarify the events at the correctional facility in Hasakah on Sunday night. A group of detainees started a riot in the eastern wing. Our forces contained the riot within three hours and restored full control of the facility.",
      "Syrian Democratic Forces General Command",
      "2026-11-02",
    );
    const a = assess(themeFixture("isis-prison-escape"), [statement], new Date("2026-11-05T12:00:00Z"));
    const roles = rolesOf(a, 2);
    expect(roles).toContain("mitigator:sdf-control");
    expect(roles.filter((r) => r.startsWith("driver:"))).toEqual([]);
  });

  it("cites 'army units repelled an attack by a terrorist group on a convoy' as an attack reported", () => {
    const agency = sourceDocument(
      "Army repels terrorist attack in the Badia",
      "A military source said that army units repelled an attack by a terrorist group on a convoy on the Palmyra road on Monday, killing several of the attackers.",
      "SANA",
      "2026-11-03",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [agency], new Date("2026-11-06T12:00:00Z"));
    const roles = rolesOf(a, 0);
    expect(roles).toContain("driver:attacks-reported");
    expect(roles.filter((r) => r.startsWith("mitigator:"))).toEqual([]);
  });
});

describe("roles: an infiltration seen or stopped at the border", () => {
  const command = sourceDocument(
    "Infiltration attempt repelled in the Al-Qaim sector",
    "The Joint Operations Command announces that units of the Border Guards in the Al-Qaim sector repelled an attempt by a terrorist group to infiltrate from Syrian territory at dawn on Monday. The thermal cameras on the border towers detected the group of about ten terrorists as it approached the concrete wall south of Husaybah.",
    "Joint Operations Command",
    "2026-11-03",
  );
  const a = assess(themeFixture("border-fortification"), [command], new Date("2026-11-06T12:00:00Z"));

  it("cites an attempt to infiltrate that was repelled as an interdiction", () => {
    expect(rolesOf(a, 0)).toContain("mitigator:interdictions");
  });

  it("cites a group detected by the cameras as a defence, not as infiltration pressure", () => {
    const roles = rolesOf(a, 1);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((r) => r.startsWith("driver:"))).toEqual([]);
    expect(roles).not.toContain("driver:infiltration-pressure");
  });
});

describe("conflicts: 'no fighter had entered' against an account that they entered", () => {
  it("sets an officer's 'no IS fighter had entered the village' against posts that fighters entered it", () => {
    const wire = sourceDocument(
      "Shepherds killed near Palmyra",
      "Gunmen from the Islamic State group killed three shepherds near Palmyra on Sunday, a local official told AFP.\n\nOn Tuesday, posts on social media said IS fighters had entered the village of Arak and raised their flag over its school.\n\nA Syrian army officer in Palmyra told AFP that the reports were false and that no IS fighter had entered the village.",
      "AFP",
      "2026-11-04",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [wire], new Date("2026-11-06T12:00:00Z"));
    const fell = a.conflicts.filter((c) => /fell to the attackers/.test(c.topic));
    expect(fell).toHaveLength(1);
    const claims = fell[0]?.claims.map((x) => [x.sentence, x.stance]);
    expect(claims).toContainEqual([1, "asserts"]);
    expect(claims).toContainEqual([2, "denies"]);
  });
});

describe("conflicts: a trend told 'in recent months'", () => {
  const monitor = sourceDocument(
    "ISIS attacks in the Badia",
    "SOHR has documented 38 attacks by ISIS cells in the Syrian desert between May and October 2026, against 22 attacks in the previous six months.",
    "Syrian Observatory for Human Rights",
    "2026-11-05",
  );
  const agency = (words: string) =>
    sourceDocument(
      "Army convoy attacked in the Badia",
      `A military source said that army units repelled an attack by a terrorist group on a convoy on the Al-Sukhnah road on Wednesday, killing several of the attackers.\n\nFour soldiers were martyred in the clash, the source added.\n\nThe source said terrorist attacks in the Badia have declined markedly${words} thanks to the combing operations carried out by the army.`,
      "SANA",
      "2026-11-06",
    );
  const trends = (a: Assessment) => a.conflicts.filter((c) => /attacks rose or fell/.test(c.topic));

  it("sets a fall 'in recent months' against a rise counted over the half year to the month before", () => {
    const sana = agency(" in recent months");
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [monitor, sana],
      new Date("2026-11-08T12:00:00Z"),
    );
    expect(trends(a).map((c) => c.claims.map((x) => x.articleId).sort())).toEqual([
      [monitor.article.id, sana.article.id].sort(),
    ]);
  });

  it("reads a fall told with no span as of its story's day, after the monitor's count", () => {
    const sana = agency("");
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [monitor, sana],
      new Date("2026-11-08T12:00:00Z"),
    );
    expect(trends(a)).toEqual([]);
  });
});

describe("roles: a strength the group is said to keep, on the word of those who fight it", () => {
  it("cites 'US officers warn that the group still has about 800 fighters' as the group's resilience", () => {
    const wire = sourceDocument(
      "US troops pack up at an Iraqi base",
      "American soldiers are packing containers at an air base in western Iraq as the coalition prepares to leave.\n\nIslamic State attacks in Iraq have fallen to their lowest level in a decade, according to a US military estimate.\n\nBut US officers warn that the group still has about 800 fighters in Iraq and the Syrian desert, who could regroup without coalition pressure.",
      "Associated Press",
      "2026-06-10",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [wire], new Date("2026-06-12T12:00:00Z"));
    expect(rolesOf(a, 2)).toContain("driver:isis-resilience");
  });
});
