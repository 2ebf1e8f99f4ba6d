import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string) =>
  extractFacts({ id: "t", title: "", text, publishedAt: "2026-12-08T00:00:00Z" }).facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => (f.tags ?? []).includes(tag));

describe("a count that changed counts the subject of its verb", () => {
  it("reads the figure a count rose to as a count of the subject's head", () => {
    const q = facts(
      "ISIS attacks in Kirkuk, Diyala and Salahaddin rose from 38 in the first half of 2026 to 61 in the second half.",
    ).filter((f) => f.kind === "quantity" && f.value === 61);
    expect(q.map((f) => f.measures)).toEqual(["attacks"]);
  });

  it("takes the head an of-phrase hangs on, and leaves counts of nothing alone", () => {
    expect(
      facts("Arrests of smugglers fell to 12 last month.")
        .filter((f) => f.kind === "quantity")
        .map((f) => f.measures),
    ).toEqual(["arrests"]);
    expect(facts("The numbers rose to 12 last month.").filter((f) => f.kind === "quantity")).toEqual([]);
  });
});

describe("attackers gone back into the desert keep a refuge there", () => {
  it("tags attackers who withdrew into the desert as an insurgent presence", () => {
    expect(
      tagged(
        "The attackers came on motorcycles from Jabal al-Bishri and withdrew into the desert after a two-hour fight.",
        "insurgent-presence",
      ),
    ).not.toHaveLength(0);
  });

  it("does not tag shepherds who withdrew into the hills", () => {
    expect(
      tagged("The shepherds withdrew into the hills for the summer.", "insurgent-presence"),
    ).toHaveLength(0);
  });
});

describe("a force taking over roads, a network running people across, a backer's funding ended", () => {
  it("reads a division that would take over the desert roads as a deployment", () => {
    expect(
      tagged(
        "Syria's defence ministry said that a new division would take over the desert roads from January.",
        "troop-deployment",
      ),
    ).not.toHaveLength(0);
  });

  it("reads a network that has run people across the border as smuggling", () => {
    expect(
      tagged(
        "The group paid 800 dollars each to a network that has run people across this stretch of the border every week.",
        "smuggling",
      ),
    ).not.toHaveLength(0);
    expect(tagged("The company runs people across the city in buses.", "smuggling")).toHaveLength(0);
  });

  it("reads coalition funding for guards' salaries that ended as support cut, not any funding that ended", () => {
    expect(
      tagged(
        "The guards at the prison have not been paid since coalition funding for their salaries ended in October.",
        "troop-withdrawal",
      ),
    ).not.toHaveLength(0);
    expect(tagged("Funding for the new school ended in October.", "troop-withdrawal")).toHaveLength(0);
  });
});

describe("a bare figure of an answer counts what the question asked the number of", () => {
  it("reads the figures of an answer as counts of the troops the question asked about", () => {
    const q = facts(
      "How many US troops are left in Iraq and Syria? About 1,500 in the Kurdistan Region, and fewer than 1,000 in Syria.",
    ).filter((f) => f.kind === "quantity");
    expect(q.map((f) => f.measures)).toEqual(["US troops", "US troops"]);
    expect(q.every((f) => (f.tags ?? []).includes("troop-deployment"))).toBe(true);
  });

  it("leaves a bare figure after a question of another kind alone", () => {
    expect(
      facts("Where are the US troops now? About 1,500 in the Kurdistan Region.").filter(
        (f) => f.kind === "quantity",
      ),
    ).toEqual([]);
  });
});
