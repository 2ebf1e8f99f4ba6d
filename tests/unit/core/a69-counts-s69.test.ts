import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { figureBoxes, paragraphsDocument, storyClaims, themeFixture } from "../../support/themes.js";

/**
 * Session 69, counts of one party the blind analytic set 61 left apart, on invented sentences: a
 * force named by its own name (the Bundeswehr), a force's size told in a sentence dated by a
 * planned withdrawal.
 */
const AT = new Date("2027-02-20T12:00:00Z");
const kinds = (paragraphs: string[], outlet = "Reuters", date = "2027-02-10") =>
  storyClaims(paragraphs, outlet, date);

describe("a force named by its own name", () => {
  it("reads Bundeswehr soldiers stationed somewhere as German troops", () => {
    expect(
      kinds(["Some 180 Bundeswehr soldiers are stationed at the Al-Asad air base, the ministry said."]),
    ).toContainEqual(["troops:german", 180]);
  });
});

describe("a force's size in a sentence dated by a planned withdrawal", () => {
  it("sets those counted by what they do now against the force's own count", () => {
    const daily = paragraphsDocument(
      "Allies to leave Sulaymaniyah",
      [
        "The alliance will pull its last units out of Sulaymaniyah by the end of June, among them the roughly 60 German soldiers who instruct the Kurdish police, sources in Baghdad said.",
      ],
      "Shafaq News",
      "2027-02-12",
    );
    const ministry = paragraphsDocument(
      "Contingent in Sulaymaniyah",
      [
        "Reports of a pull-out are not correct.",
        "Around 210 Bundeswehr soldiers are deployed in Sulaymaniyah, and their mandate runs for another year.",
      ],
      "German Federal Ministry of Defence",
      "2027-02-13",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [daily, ministry], AT);
    expect(figureBoxes(a)).toContainEqual([60, 210]);
  });
});

describe("a party another account says tried and failed", () => {
  it("sets those who rioted and got nobody out against a count of escapees", () => {
    const activist = paragraphsDocument(
      "Inmates flee Ghuwayran",
      [
        "Some 35 inmates fled the Ghuwayran jail in Hasakah on Tuesday night, a local activist told the news site.",
      ],
      "North Press",
      "2027-02-10",
    );
    const force = paragraphsDocument(
      "Statement on Ghuwayran",
      [
        "Reports that inmates fled Ghuwayran jail in Hasakah are false.",
        "On Tuesday night nine inmates in one block mutinied and tried to force a gate, and our units restored order without any escape.",
      ],
      "SDF Media Centre",
      "2027-02-10",
    );
    const a = assess(themeFixture("isis-prison-escape"), [activist, force], AT);
    expect(figureBoxes(a)).toContainEqual([9, 35]);
  });

  it("puts the party's count told by the side that denies the escape on the side of the denial", () => {
    const activist = paragraphsDocument(
      "Inmates flee Ghuwayran",
      [
        "Some 35 inmates fled the Ghuwayran jail in Hasakah on Tuesday night, a local activist told the news site.",
      ],
      "North Press",
      "2027-02-10",
    );
    const force = paragraphsDocument(
      "Statement on Ghuwayran",
      [
        "Reports that inmates fled Ghuwayran jail in Hasakah are false.",
        "On Tuesday night nine inmates in one block mutinied and tried to force a gate, and our units restored order without any escape.",
        "A roll call of the inmates this morning found that none was missing.",
      ],
      "SDF Media Centre",
      "2027-02-10",
    );
    const a = assess(themeFixture("isis-prison-escape"), [activist, force], AT);
    const nine = a.conflicts
      .flatMap((c) => c.claims)
      .filter((x) => x.source === "SDF Media Centre" && x.value === 9);
    expect(nine.length).toBeGreaterThan(0);
    expect(nine.map((x) => x.stance)).not.toContain("asserts");
  });

  it("sets those seen approaching the border and sent back against a count of those who crossed", () => {
    const tribal = paragraphsDocument(
      "Gunmen cross near Rabia",
      [
        "A group of about 15 gunmen crossed from Syria into Iraq near Rabia on Sunday night, tribal sources said.",
      ],
      "Shafaq News",
      "2027-02-08",
    );
    const army = paragraphsDocument(
      "Army statement on Rabia",
      [
        "On Sunday night, patrols spotted four men approaching the border fence near Rabia from the Syrian side, and they turned back after warning shots.",
      ],
      "Iraqi Joint Operations Command",
      "2027-02-08",
    );
    const a = assess(themeFixture("border-fortification"), [tribal, army], AT);
    expect(figureBoxes(a).some((v) => v.includes(15) && v.includes(4))).toBe(true);
  });

  it("reads no party where those counted did get out", () => {
    expect(
      kinds([
        "Eleven prisoners rioted and tried to break out of the Raqqa jail, and four of them escaped.",
      ]).filter(([k]) => String(k).startsWith("party:")),
    ).toEqual([]);
  });
});

describe("a figure the same body corrects", () => {
  it("sets the body's correction against its first figure, relayed by a broadcaster, and prefers the correction", () => {
    const tv = paragraphsDocument(
      "Customs tally",
      [
        "The General Customs Authority said on Monday that its officers had arrested 820 smugglers at the Rabia crossing with Syria during 2026.",
      ],
      "Kurdistan 24",
      "2027-01-04",
    );
    const page = paragraphsDocument(
      "Clarification",
      [
        "The figure of 820 smugglers arrested in 2026, carried by several channels after Monday's briefing, is wrong.",
        "The correct figure is 410 people arrested at the Rabia crossing, of whom 12 were carrying weapons.",
      ],
      "General Customs Authority (official page)",
      "2027-01-05",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [tv, page], new Date("2027-01-20T12:00:00Z"));
    const box = a.conflicts.find(
      (c) =>
        c.kind === "figures" &&
        c.claims.some((x) => x.value === 820) &&
        c.claims.some((x) => x.value === 410),
    );
    expect(box).toBeDefined();
    expect(box?.analysis).toMatch(/^The figure of 410 is better supported/);
  });
});

describe("a denied figure", () => {
  it("is the figure's conflict, never a denial of another sentence of the account it corrects", () => {
    const tv = paragraphsDocument(
      "Customs tally",
      [
        "The Customs Directorate said on Monday that its officers had arrested 820 smugglers crossing into Iraq from Syria during 2026. Speaking at the directorate's annual conference in Erbil, its spokesman, Colonel Dara Aziz, said the steel fence now runs along 90 kilometres of the border with Syria.",
      ],
      "Kurdistan 24",
      "2027-01-04",
    );
    const page = paragraphsDocument(
      "Clarification",
      [
        "The figure of 820 smugglers arrested in 2026, reported by some channels after yesterday's annual conference, is incorrect. The correct figure is 410 people arrested while crossing illegally from Syria, of whom 12 were armed.",
      ],
      "Customs Directorate (official page)",
      "2027-01-05",
    );
    const a = assess(themeFixture("border-fortification"), [tv, page], new Date("2027-01-20T12:00:00Z"));
    expect(a.conflicts.filter((c) => c.kind === "denial").map((c) => c.topic)).toEqual([]);
  });
});
