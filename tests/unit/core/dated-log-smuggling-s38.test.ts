import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 38's held-out set 30: a lorry driver's logbook of dated entries on the Al-Qaim-Albukamal
 * road told smuggling by what the driver saw (false floors, contraband hidden in a load, an empty
 * customs hall, a scanner at the gate) and never by the word. The tests tell the same kinds of
 * text in other words.
 */

const AT = new Date("2026-12-06T12:00:00Z");
const smuggling = themeFixture("cross-border-smuggling");

const tagsOf = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-01T00:00:00Z" }).facts.map(
    (f) => `${f.kind}:${[...(f.tags ?? [])].sort().join(",")}`,
  );

describe("smuggling told by concealment", () => {
  it("reads loads with false floors or hidden compartments as smuggling", () => {
    expect(
      tagsOf("At the Jordanian yard we saw two trucks with a false floor full of pills."),
    ).toContainEqual(expect.stringMatching(/^threat:.*smuggling/));
    expect(tagsOf("Police found a hidden compartment in the tanker's cabin near Rutba.")).toContainEqual(
      expect.stringMatching(/^threat:.*smuggling/),
    );
    // A floor plan or a floor that is no false one is nothing.
    expect(tagsOf("The warehouse has a new concrete floor and two loading bays.").join(" ")).not.toMatch(
      /smuggling/,
    );
  });

  it("reads contraband 'hidden in' a load as smuggled, and customs taking it out as a seizure", () => {
    const tags = tagsOf(
      "Border officers at Trebil pulled out 30 bags of hashish hidden inside sacks of onions.",
    );
    expect(tags).toContainEqual(expect.stringMatching(/^countermeasure:.*seizure/));
    expect(tags).toContainEqual(expect.stringMatching(/^threat:.*smuggling/));
    // Taking out a loan is no seizure.
    expect(tagsOf("The trader took out a loan to buy two lorries.").join(" ")).not.toMatch(/seizure/);
  });

  it("reads a crossing's empty customs office or guard post as ground nobody holds", () => {
    expect(
      tagsOf("On the Syrian side the customs office was deserted and nobody checked the papers."),
    ).toContainEqual(expect.stringMatching(/^threat:.*security-vacuum/));
    expect(tagsOf("The concert hall was empty by ten o'clock.").join(" ")).not.toMatch(/security-vacuum/);
  });

  it("tells a scanner at a country's gate as a measure at the border", () => {
    expect(tagsOf("A cargo scanner at the Jordanian gate began work on Sunday.")).toContainEqual(
      expect.stringMatching(/^countermeasure:.*border-security.*surveillance/),
    );
  });
});

describe("a concealed load in a dated stop", () => {
  it("keeps the dated stop as the day's happening beside the false floor's smuggling", () => {
    const doc = extractFacts({
      id: "t",
      title: "",
      text: "The lorry that police stopped at the Trebil crossing on Tuesday was carrying onions and, under a false floor, 300,000 pills.",
      publishedAt: "2026-11-20T00:00:00Z",
    });
    const kinds = doc.facts.map((f) => `${f.kind}:${f.date?.value ?? ""}`);
    expect(kinds).toContain("event:2026-11-17");
    expect(doc.facts.some((f) => f.kind === "threat" && (f.tags ?? []).includes("smuggling"))).toBe(true);
  });
});

describe("a supply line to another force told cancelled", () => {
  it("reads a cancelled cargo rotation or supply flights as support cut", () => {
    expect(
      tagsOf(
        "The coalition's monthly supply flights to Hasakah, which carried food for the prison guards, were suspended in October.",
      ),
    ).toContainEqual(expect.stringMatching(/^event:.*troop-withdrawal/));
    // A supply flight that goes on is no cut.
    expect(tagsOf("The weekly supply flights to Hasakah continue as before.").join(" ")).not.toMatch(
      /troop-withdrawal/,
    );
  });
});

describe("a driver's logbook of dated entries", () => {
  const log = paragraphsDocument(
    "From a truck driver's notebook",
    [
      "A regional weekly prints pages from the notebook of a truck driver who carries fruit between Al-Qaim and Albukamal.",
      "3 October: Crossed at seven with melons; the queue on the Iraqi side was short.",
      "6 October: In the Syrian yard I saw four trucks with false floors, the cigarettes packed under the planks.",
      "9 October: Iraqi customs at Al-Qaim pulled out twenty boxes of Captagon hidden in sacks of onions.",
      "13 October: On the Syrian side the customs office was empty and nobody looked at our papers.",
      "17 October: The new scanner at the Iraqi gate started work, and every truck goes through it.",
      "20 October: Rain all day, so I stayed in Al-Qaim.",
    ],
    "A regional weekly",
    "2026-11-20",
  );

  it("cites what the entries tell, and judges that smuggling grows", () => {
    const a = assess(smuggling, [log], AT);
    const id = log.article.id;
    expect(a.unused).toEqual([]);
    expect(citedRoles(a, id, 2)).toContain("driver:smuggling-reported");
    expect(citedRoles(a, id, 3)).toContain("mitigator:seizures");
    expect(citedRoles(a, id, 4)).toContain("driver:security-vacuum");
    expect(citedRoles(a, id, 5)).toContain("mitigator:border-barrier");
    expect(citedRoles(a, id, 1)).toEqual([]);
    expect(citedRoles(a, id, 6)).toEqual([]);
    expect(a.judgments.find((j) => j.id === "smuggling-grows")?.probability).not.toBeNull();
  });
});

describe("who was killed: the clause tells", () => {
  it("does not read soldiers killed when ISIS fighters attacked as a strike on ISIS", () => {
    const tags = tagsOf(
      "Two soldiers were killed when ISIS fighters attacked a post near Sukhnah on Monday.",
    );
    expect(tags.join(" ")).not.toMatch(/counter-terrorism/);
    // Killing the fighters themselves is still a strike on them.
    expect(tagsOf("The army killed three ISIS fighters near Sukhnah on Monday.").join(" ")).toMatch(
      /counter-terrorism/,
    );
  });
});
