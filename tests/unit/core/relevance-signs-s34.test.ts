import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Relevance misses of session 34's held-out set 23 (prison and border themes), told in other
 * words: a camp's or prison's perimeter made stronger with no guard force named, and border
 * guards being recruited, a reinforcement told as a head count.
 */

const AT = new Date("2026-12-01T12:00:00Z");
const roles = (themeId: string, text: string, sentence: number, outlet = "North Press Agency") => {
  const doc = sourceDocument("Report", text, outlet, "2026-11-26");
  return cited(assess(themeFixture(themeId), [doc], AT), doc.article.id, sentence);
};

/**
 * A lede that names the camp and tells nothing that bears on a factor, the sentence under test,
 * then the camp's guards at work (so the article tells of security at all).
 */
const atCamp = (told: string) =>
  [
    "The legal aid office has reviewed a complaint filed by six residents of the Al-Hol camp on 2 November.",
    "The residents say the office took four months to answer their letters.",
    told,
    "Guards of the Internal Security Forces now patrol the perimeter every two hours.",
  ].join("\n\n");

describe("a detention site's perimeter made stronger, no guard force named", () => {
  it("reads a camp's fence rebuilt and lit as control kept over the camp", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp("The outer fence has been rebuilt and strengthened with a double row of wire and floodlights."),
      2,
    );
    expect(r).toContain("mitigator:sdf-control");
  });

  it("reads a reinforced fence that gunmen breached as an attack, not as control kept", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp("The outer fence, reinforced in the summer, was breached by the gunmen who attacked the camp."),
      2,
    );
    expect(r).not.toContain("mitigator:sdf-control");
    expect(r).toContain("driver:prison-attacks");
  });

  it("does not read a watchtower fired on during an escape as control kept", () => {
    const r = roles(
      "isis-prison-escape",
      atCamp(
        "At 02:05, gunmen in two pickup trucks fired on the new watchtower at the southern corner of the camp.",
      ),
      2,
    );
    expect(r).not.toContain("mitigator:sdf-control");
  });

  it("does not read a fence built far from any camp or prison as control of a detention site", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The outer fence of the grain silo near Qamishli has been rebuilt and strengthened with a double row of wire and floodlights.",
        "Guards of the Internal Security Forces now patrol the perimeter every two hours.",
      ].join("\n\n"),
      0,
    );
    expect(r).not.toContain("mitigator:sdf-control");
  });
});

describe("border guards recruited, told as a head count", () => {
  it("reads a call to recruit border guards for the Syrian border as forces deployed", () => {
    const r = roles(
      "border-fortification",
      "The Iraqi Ministry of Interior said it will recruit 2,500 border guards for its posts along the frontier with Syria.",
      0,
      "Iraqi News Agency",
    );
    expect(r).toContain("mitigator:forces-deployed");
  });

  it("does not read border guards killed on the Syrian border as forces deployed", () => {
    const r = roles(
      "border-fortification",
      "The Iraqi Ministry of Interior said 25 border guards were killed in recruitment centres along the frontier with Syria.",
      0,
      "Iraqi News Agency",
    );
    expect(r).not.toContain("mitigator:forces-deployed");
  });
});
