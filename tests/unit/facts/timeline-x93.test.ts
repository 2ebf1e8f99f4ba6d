import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { withOutcome } from "../../../src/core/facts/timeline.js";
import { dated, datesOf, extract } from "./helpers.js";

/**
 * Session 76 (helper x93): timeline readings from set 74's first sight, in families over every
 * held-out set. Sentences written for these tests.
 */

/** The timeline rows (label with its outcome) of the dated events and countermeasures. */
const rows = (text: string, publishedAt: string) =>
  dated(extract(text, publishedAt)).map((f) => `${f.date?.value} ${withOutcome(f.text, f)}`);

describe("a toll told by a participle after a comma, in the next sentence", () => {
  it("runs on the happening's entry, on its day", () => {
    const r = rows(
      "Shortly after dawn on Sunday, four mortar rounds were fired at the Taji base from farmland north of the town. The fourth struck a barracks roof, wounding two soldiers.",
      "2026-03-10",
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(
      /^2026-03-08 .*mortar rounds were fired.*The fourth struck a barracks roof, wounding two soldiers/,
    );
  });

  it("does not join a happening told with a day of its own", () => {
    const r = rows(
      "Three rockets were fired at the Taji base on Sunday. A roadside bomb struck a patrol near Kirkuk on Monday, wounding two soldiers.",
      "2026-03-10",
    );
    expect(r.filter((x) => /^2026-03-09 A roadside bomb struck/.test(x))).toHaveLength(1);
    expect(r.some((x) => /^2026-03-08 .*roadside bomb/.test(x))).toBe(false);
  });
});

describe("a captive taken on one day and released on another, told in one clause", () => {
  it("is two entries: the episode on its first day, the release on its own day", () => {
    const r = rows(
      "A pharmacist, Nizar Khoury, was seized by masked men on Friday evening near Qatana and released the next afternoon after his brothers paid the kidnappers.",
      "2026-03-10",
    );
    expect(r.some((x) => /^2026-03-06 .*seized by masked men/.test(x))).toBe(true);
    expect(r.some((x) => /^2026-03-07 .*released the next afternoon/.test(x))).toBe(true);
  });

  it("keeps a release whose day would come before the taking out of it", () => {
    const r = rows("Two farmers were arrested on Monday and released on bail on Wednesday.", "2026-03-10");
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^2026-03-09 /);
  });

  it("keeps stages of one episode in one entry", () => {
    const r = rows("Police closed the Kirkuk road on Sunday and reopened it on Wednesday.", "2026-03-12");
    expect(r).toHaveLength(1);
  });
});

describe("a header that gives a day without a year", () => {
  const notice =
    "RIVERSIDE HALL · AMMAN\nNotice to tenants · Tuesday 23 February\n\nDear tenants,\n\nLate on Sunday night a fire was set at the bins behind the east block. Yesterday the police arrested a man over the fire.";

  it("takes the year the text was received in, the weekday agreeing", () => {
    const doc = extractFacts({ id: "t", title: "t", text: notice, createdAt: "2027-03-02T08:00:00Z" });
    expect(doc.article.publishedAt).toBe("2027-02-23");
    expect(dated(doc).map((f) => f.date?.value)).toContain("2027-02-21");
  });

  it("lets the weekday fix an older year when the receipt's year does not fit it", () => {
    const doc = extractFacts({ id: "t", title: "t", text: notice, createdAt: "2029-03-02T08:00:00Z" });
    expect(doc.article.publishedAt).toBe("2027-02-23");
  });

  it("guesses no year without a day of receipt", () => {
    expect(extractFacts({ id: "t", title: "t", text: notice }).article.publishedAt).toBeNull();
  });

  it("counts a yearless day after the receipt from the year before", () => {
    const letter =
      "Mosul, 28 December\n\nDear friends,\n\nOn Friday a roadside bomb struck a truck near the market.";
    const doc = extractFacts({ id: "t", title: "t", text: letter, createdAt: "2027-01-04T08:00:00Z" });
    expect(doc.article.publishedAt).toBe("2026-12-28");
  });
});

describe("a month's short form standing alone", () => {
  it("is a saint's title in a church's name, not March", () => {
    const doc = extract(
      "Late on Monday night someone threw a hand grenade over the back wall of the Church of Mar Elias in Bartella.",
      "2027-01-20",
    );
    expect(datesOf(doc, /hand grenade/)).toEqual(["2027-01-18"]);
  });

  it("keeps a full month name after a preposition", () => {
    const doc = extract("Gunmen attacked the checkpoint at the edge of Bartella in March.", "2026-06-11");
    expect(datesOf(doc, /Gunmen attacked/)).toEqual(["2026-03"]);
  });
});

describe("a happening printed with the toll told after it", () => {
  it("keeps its own day and words, the toll with it", () => {
    const r = rows(
      "A repair crew sent to the pumping station came under fire on Sunday evening while fixing the main valve. An engineer, Karim Yousef, was wounded in the leg and taken to hospital in Samarra.",
      "2026-03-10",
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(
      /^2026-03-08 .*came under fire on Sunday evening.*Karim Yousef, was wounded in the leg/,
    );
  });

  it("still prints a retelling that gives the day and the toll in place of a first telling without them", () => {
    const r = rows(
      "Traffic on the Baiji road was stopped after a roadside bomb exploded near the checkpoint. The bomb went off at about 15:30 on Saturday beside a police pick-up, wounding two officers.",
      "2026-03-10",
    );
    expect(r.filter((x) => /^2026-03-07 The bomb went off/.test(x))).toHaveLength(1);
  });
});

describe("a happening told with a threat in a clause of time after it", () => {
  it("is an entry of its own day, the threat beside it", () => {
    const doc = extract(
      "The three shepherds were freed on 2 March after their tribe paid a ransom of 40 million dinars, a relative said.",
      "2026-03-10",
    );
    expect(datesOf(doc, /shepherds were freed/)).toEqual(["2026-03-02"]);
    expect(doc.facts.some((f) => f.kind === "threat" && /ransom/.test(f.text))).toBe(true);
  });

  it("leaves a phrase of time that names the threat alone", () => {
    const doc = extract(
      "Two men had asked the neighbours about the judge's car a week before the attack, the police said.",
      "2026-03-10",
    );
    expect(datesOf(doc, /asked the neighbours/)).toEqual([]);
  });
});
