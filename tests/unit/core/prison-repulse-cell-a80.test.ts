import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assessStory } from "../../support/themes.js";

/**
 * Readings the blind analytic set 65 asked for (case 949: an attack on a prison repelled, then
 * arrests of "the cell"), in wording of their own: real extraction of short stories, assessed
 * against the shipped theme.
 */

const AT = new Date("2027-03-20T12:00:00Z");
const prison = (sentences: string[]) =>
  assessStory("isis-prison-escape", sentences, AT, "Hawar News Agency", "2027-03-04");

describe("an attack on a prison told, then its repulse told in the next sentence", () => {
  const attack =
    "An ISIS cell attacked the central prison in Raqqa with mortars shortly before dawn on 3 March, the SDF said in a statement.";

  it("cites the repulse as the guard force keeping the site, not as the attack told again", () => {
    const { roles } = prison([
      attack,
      "The guards repulsed the attack within forty minutes, and no inmate got out of the prison, the statement said.",
    ]);
    expect(roles(1)).toEqual(["mitigator:sdf-control"]);
  });

  it("leaves a sentence that only tells more of the attack off the guard force's control", () => {
    const { roles } = prison([
      attack,
      "The attack lasted forty minutes, and no inmate got out of the prison, the statement said.",
    ]);
    expect(roles(1)).not.toContain("mitigator:sdf-control");
  });
});

describe("members of 'the cell' arrested, the cell named before as ISIS's", () => {
  const arrests =
    "Two days later, SDF units arrested four members of the cell in farms east of Hasakah city.";

  it("reads arrests of the cell's members away from any site as ISIS active there", () => {
    const { roles } = prison([
      "An ISIS cell ambushed an SDF patrol near Tal Tamr on 2 March, killing two fighters.",
      arrests,
    ]);
    expect(roles(1)).toEqual(["driver:isis-active"]);
  });

  it("keeps arrests of a cell named only as a smuggling ring off ISIS activity", () => {
    const { roles } = prison([
      "A smuggling cell moved fuel from Hasakah to the Iraqi border in February, traders said.",
      arrests,
    ]);
    expect(roles(1)).not.toContain("driver:isis-active");
  });

  it("does not read a capitalised 'the Cell' (a body's short name) as the group", () => {
    const text =
      "A Daesh cell attacked an army post west of Rutba on 2 March.\n\nThe Cell said on Friday that four militants had been killed.";
    const facts = extractFacts({ id: "x", title: "t", text, publishedAt: "2027-03-06", source: "X" });
    const isis = facts.entities.find((e) => e.lexiconId === "org/isis");
    expect(isis?.mentions.some((m) => text.slice(m.start, m.end) === "Cell")).toBe(false);
  });
});

describe("arrests of 'other' members told after arrests of some", () => {
  it("stays a second measure, the first keeping its own (vaguer) date", () => {
    const text = [
      "An ISIS cell dug a tunnel towards the prison in Raqqa, the SDF said on 12 March 2027.",
      "Our forces raided the house and four members of the cell were arrested inside it.",
      "On 11 March, two other members of the cell were arrested in the Al-Mashlab district.",
    ].join("\n\n");
    const facts = extractFacts({ id: "x", title: "t", text, publishedAt: "2027-03-12", source: "X" });
    const arrests = facts.facts.filter((f) => f.kind === "countermeasure" && f.tags?.includes("arrest"));
    expect(arrests.map((f) => f.date?.value)).toEqual(["2027-03", "2027-03-11"]);
  });
});
