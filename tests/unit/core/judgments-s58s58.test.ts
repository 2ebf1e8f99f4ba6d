import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { meetsRequirement } from "../../../src/core/themes/sufficiency.js";
import type { Pattern } from "../../../src/core/themes/theme.js";
import { citedRoles, paragraphsDocument, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 58 (helper s58): what a judgment's requirement groups read (issue 9, point 2), on short
 * texts written for these tests.
 */
const AT = new Date("2026-12-20T12:00:00Z");
const judged = (theme: string, id: string, text: string) => {
  const doc = sourceDocument("Report", text, "Reuters", "2026-12-12");
  return assess(themeFixture(theme), [doc], AT).judgments.find((j) => j.id === id);
};

describe("violent clashes: escorts told in another clause of a sentence about fees", () => {
  const fees =
    "Armed groups on the Syrian side take a fee from every smuggler at their checkpoints near Albukamal";

  it("makes the judgment where the same groups escort the convoys", () => {
    const j = judged(
      "cross-border-smuggling",
      "violent-clashes",
      `${fees}, and some of them escort the convoys to the border.`,
    );
    expect(j?.probability).not.toBeNull();
  });

  it("withholds it where the other clause tells of no escort", () => {
    const j = judged(
      "cross-border-smuggling",
      "violent-clashes",
      `${fees}, and some of them sell the fuel in the town.`,
    );
    expect(j?.probability).toBeNull();
    expect(j?.reasons.join(" ")).toMatch(/does not address clashes/);
  });

  it("withholds it where the article says that no clash took place", () => {
    const text = `${fees}, and some of them escort the convoys to the border.\n\nNo clashes between smugglers and Iraqi border guards have been reported this year.`;
    const j = judged("cross-border-smuggling", "violent-clashes", text);
    expect(j?.probability).toBeNull();
  });
});

describe("sufficiency: a notAddressedBy pattern's exempting words in another clause", () => {
  const sentenceText = "They levy a fee on each load, and some of them guard the trucks.";
  const fee = { key: "a#1", articleId: "a", text: "They levy a fee on each load", sentenceText } as Report;
  const denial = { key: "a#2", articleId: "a", sentenceText: "No clash was reported." } as Report;
  const elsewhere = { ...denial, key: "b#2", articleId: "b" } as Report;
  const requires = { groups: [{ factors: ["armed"], about: "clashes", notAddressedBy: [{} as Pattern] }] };
  const assigned = new Map([["armed", [{ report: fee }]]]);
  // The pattern's notWords ("guard") are read in the text the report carries.
  const setAside = (_p: Pattern, r: Report) => r.key === "a#1" && !r.text.includes("guard");
  const denied = (_ids: readonly string[], r: Report) => r.sentenceText.startsWith("No clash");

  it("address the group through the whole sentence", () => {
    expect(meetsRequirement(requires, assigned, new Map(), [fee], setAside)).toEqual([]);
  });

  it("not where the report's article denies the event, only where another article does", () => {
    expect(meetsRequirement(requires, assigned, new Map(), [fee, denial], setAside, denied)).toEqual([
      "the reporting does not address clashes",
    ]);
    expect(meetsRequirement(requires, assigned, new Map(), [fee, elsewhere], setAside, denied)).toEqual([]);
  });
});

describe("a country named only as where lorries enter from (onlySide)", () => {
  const cited = (third: string) => {
    const doc = paragraphsDocument("Customs", [
      "Customs officers at the Rabia border crossing seized 40,000 captagon pills hidden in a load of onions from Syria last week.",
      "Two drivers were detained.",
      third,
    ]);
    return citedRoles(assess(themeFixture("cross-border-smuggling"), [doc], AT), doc.article.id, 2);
  };

  it("reads scanners that check every lorry entering from Syria at the story's crossing", () => {
    expect(
      cited(
        "The directorate has put three new scanners at the crossing, which now check every lorry entering from Syria.",
      ),
    ).toContain("mitigator:border-barrier");
  });

  it("does not read scanners set up inside Syria at the crossing", () => {
    expect(
      cited("The directorate has put three new scanners in Syria, which now check every lorry."),
    ).not.toContain("mitigator:border-barrier");
  });
});

describe("strikes flown at a government's request (coalition-withdrawal)", () => {
  it("cites them as ties between the two states, not as the requesting state's own forces", () => {
    const doc = paragraphsDocument("Strikes", [
      "Belgian F-16 aircraft based in Jordan carried out three strikes on ISIS hideouts in the Hamrin mountains in October at the request of the Iraqi government.",
    ]);
    const roles = citedRoles(assess(themeFixture("coalition-withdrawal"), [doc], AT), doc.article.id, 0);
    expect(roles).toContain("mitigator:bilateral-security-ties");
    expect(roles).not.toContain("mitigator:iraqi-capacity");
  });
});
