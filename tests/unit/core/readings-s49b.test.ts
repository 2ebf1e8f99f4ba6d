import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, conflictsOf, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 49, readings the blind analytic set 43 asked for, on sentences written for these tests:
 * a backer's funding for a partner force told to end; the coalition's advisers leaving a base in
 * Iraq; an act "not an option" is ruled out, not done; American advisers told to remain are
 * a force a government readout reports; "19 ISIS attacks" counts attacks as "19 attacks" does.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const doc = (sentences: string[], outlet = "Reuters") =>
  sourceDocument("Story", sentences.join("\n\n"), outlet, "2026-12-10");
const roles = (sentences: string[], at: number, outlet?: string) => {
  const d = doc(sentences, outlet);
  return cited(assess(themeFixture("coalition-withdrawal"), [d], AT), d.article.id, at);
};
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;

describe("a backer's funding for a partner force told to end", () => {
  it("reads the funding as support to the force", () => {
    expect(
      facts(
        "British funding for the Peshmerga's border brigades will stop next summer, the ministry said.",
      ).some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support")),
    ).toBe(true);
  });
  it("does not read a story's topic as the support", () => {
    expect(
      facts(
        "A correction to our report about British funding for the Peshmerga's border brigades gave the wrong date.",
      ).some((f) => f.kind === "countermeasure" && f.tags?.includes("partner-support")),
    ).toBe(false);
  });
  it("cites support to the SDF that will end as the SDF's exposure, never as a presence kept", () => {
    const told = [
      "Washington intends to withdraw its remaining troops from Iraq by next autumn, a US official said.",
      "Coalition funding for the Syrian Democratic Forces' prison guards in Raqqa will end in June, the official added.",
    ];
    expect(roles(told, 1)).toContain("driver:sdf-exposure");
    expect(roles(told, 1)).not.toContain("mitigator:residual-presence");
  });
});

describe("the coalition's advisers", () => {
  it("leaving a base in Iraq tell the coalition's withdrawal", () => {
    expect(
      roles(
        ["The remaining coalition advisers left the Ain al-Asad base last week, officials in Baghdad said."],
        0,
      ),
    ).toContain("driver:withdrawal-intent");
  });
});

describe("an act ruled out", () => {
  it("is no act told as done", () => {
    for (const text of [
      "Pulling our troops out of the valley is not an option for this government.",
      "The withdrawal of US troops from the base is out of the question, the minister said.",
    ]) {
      const [f] = facts(text).filter((x) => x.tags?.includes("troop-withdrawal"));
      expect(f?.modality, text).toBe("negated");
    }
  });
  it("still reads the same act told as done", () => {
    const [f] = facts("Pulling our troops out of the valley took the army two weeks.").filter((x) =>
      x.tags?.includes("troop-withdrawal"),
    );
    expect(f?.modality).toBe("asserted");
  });
});

describe("military advisers named by their nation", () => {
  it("ground a readout that tells of them as security news", () => {
    const readout = doc(
      [
        "The minister spoke by phone on Tuesday with his American counterpart about the transition.",
        "Both sides confirmed that some 1,500 American advisers will remain in Erbil under the agreement.",
      ],
      "Ministry of Foreign Affairs of Iraq",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [readout], AT);
    expect(a.unused.map((u) => u.articleId)).not.toContain(readout.article.id);
    expect(cited(a, readout.article.id, 1)).toContain("mitigator:residual-presence");
  });
});

describe("two bodies' counts of one group's attacks in one month, in one column", () => {
  it("conflict, the group's name between the figure and its noun", () => {
    const column = doc(
      [
        "The army's operations room counted 12 Islamic State attacks around Tuz Khurmatu in September.",
        "The governor's office, however, counted 27 attacks around Tuz Khurmatu in the same month.",
      ],
      "Al-Mada",
    );
    const found = conflictsOf([column], AT).filter((c) => c.claims.some((x) => x.value === 12));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.claims.map((x) => x.value).sort()).toEqual([12, 27]);
  });
});

describe("acts no one knows of, acts one is invited to report, a panel's question", () => {
  const modalities = (text: string, tag: string) =>
    facts(text)
      .filter((f) => f.tags?.includes(tag))
      .map((f) => f.modality);
  it("reads what a speaker is not aware of as not done", () => {
    expect(
      modalities("The elders are not aware of any drones flying over the camp last week.", "surveillance"),
    ).toEqual(["negated"]);
    expect(modalities("The governor said he was unaware of any escape from the jail.", "escape")).toEqual([
      "negated",
    ]);
    expect(modalities("The governor said he was aware of an escape from the jail.", "escape")).toEqual([
      "asserted",
    ]);
  });
  it("reads an invitation to report smuggling as no smuggling told", () => {
    expect(modalities("Drivers can report smuggling at any customs office.", "smuggling")).toEqual([
      "hypothetical",
    ]);
    expect(modalities("Drivers report smuggling at night near the crossing.", "smuggling")).toEqual([
      "asserted",
    ]);
  });
  it("reads the question a panel is on as its topic", () => {
    expect(
      modalities(
        "Welcome to this panel on what the end of the coalition mission in Syria will mean for the region.",
        "troop-withdrawal",
      ),
    ).not.toContain("asserted");
  });
});

describe("the consequence a supposition opens", () => {
  const modalities = (text: string, tag: string) =>
    facts(text)
      .filter((f) => f.tags?.includes(tag))
      .map((f) => f.modality);
  it("is no act told as done", () => {
    expect(
      modalities("If the fence were finished, engineers say smuggling would drop sharply.", "smuggling"),
    ).toEqual(["hypothetical"]);
  });
  it("leaves an act told as done after a condition asserted", () => {
    expect(
      modalities("If the fence is finished, the army says, smuggling has dropped sharply.", "smuggling"),
    ).toEqual(["asserted"]);
  });
});

describe("searches the guards of a camp carry out", () => {
  it("are the SDF keeping control of the camp", () => {
    const d = sourceDocument(
      "Bulletin",
      [
        "This update covers the Roj and Al-Hol camps in October.",
        "The Asayish, which guards the camps, carried out three search operations in Al-Hol's foreigners' section.",
      ].join("\n\n"),
      "UNHCR",
      "2026-12-10",
    );
    expect(cited(assess(themeFixture("isis-prison-escape"), [d], AT), d.article.id, 1)).toContain(
      "mitigator:sdf-control",
    );
  });
});

describe("fighters sent towards a province, and a hotline notice", () => {
  it("reads a group sending fighters towards another country's province as infiltration", () => {
    expect(
      facts("Daesh cells in the desert keep sending militants toward Nineveh, officers say.").some((f) =>
        f.tags?.includes("infiltration"),
      ),
    ).toBe(true);
    expect(
      facts("The army sent fighters towards the front near Raqqa.").some((f) =>
        f.tags?.includes("infiltration"),
      ),
    ).toBe(false);
  });
  it("cites no smuggling from a notice that invites reports to a hotline", () => {
    const d = sourceDocument(
      "Monthly bulletin",
      [
        "Border Forces seized 1.2 million Captagon pills at the Al-Qaim crossing in October, the authority said.",
        "Traders may report smuggling to the authority's hotline at any hour.",
      ].join("\n\n"),
      "General Authority of Customs",
      "2026-12-10",
    );
    expect(cited(assess(themeFixture("cross-border-smuggling"), [d], AT), d.article.id, 1)).toEqual([]);
  });
});

describe("cells that move openly", () => {
  it("are insurgents present", () => {
    expect(
      facts("Militants roam freely in the valley after dark, residents say.").some((f) =>
        f.tags?.includes("insurgent-presence"),
      ),
    ).toBe(true);
    expect(
      facts("Trucks move freely across the crossing.").some((f) => f.tags?.includes("insurgent-presence")),
    ).toBe(false);
  });
});
