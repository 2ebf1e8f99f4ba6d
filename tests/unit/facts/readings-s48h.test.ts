import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 48, extractor readings the blind analytic set 42 asked for, on invented sentences: "no
 * longer X but Y" tells a change of kind; attempts a force stopped did not come off; money for a
 * site's guards that fell, trucks of a backer that stopped coming and guards who went home are
 * support cut and guards gone.
 */
const facts = (text: string, publishedAt = "2026-12-14T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt }).facts;
const of = (text: string, kind: string) => facts(text).filter((f) => f.kind === kind);

describe("'no longer X but Y' tells a change of kind, not an end", () => {
  it("keeps the smuggling of 'no longer village smuggling clans but cartels' asserted", () => {
    const [threat] = of(
      "The governor warned that the gangs on the river were no longer village smuggling clans but cartels paid from Mayadin.",
      "threat",
    );
    expect(threat?.tags).toContain("smuggling");
    expect(threat?.modality).toBe("asserted");
  });
  it("still ends what a plain 'no longer' denies", () => {
    const [threat] = of("The villagers were no longer smuggling families, the mayor said.", "threat");
    expect(threat?.modality).toBe("negated");
  });
});

describe("attempts a force stopped did not come off", () => {
  it("reads 'had stopped some 40 attempts to cross' as the crossing not done", () => {
    const [threat] = of(
      "Officers said the company had stopped some 40 attempts to cross since March, most of them by fuel smugglers.",
      "threat",
    );
    expect(threat?.modality).toBe("negated");
  });
  it("leaves attempts made, and not stopped, a pressure that stands", () => {
    const [threat] = of("Smugglers made 25 attempts to cross near the river since March.", "threat");
    expect(threat?.modality).not.toBe("negated");
  });
});

describe("support for a site's guards cut, and guards gone", () => {
  it("reads funding for the guards at a backer's partner's camps that fell as a support cut", () => {
    const cut = of(
      "In Iraq, the Peshmerga say foreign funding for the guards at their camps near Sinjar fell by half last year.",
      "event",
    );
    expect(
      cut.some((f) => f.tags?.includes("troop-withdrawal") && f.tags?.includes("detention-facility")),
    ).toBe(true);
  });
  it("reads a backer's lorries that stopped coming to a camp as support ended", () => {
    const ended = of(
      "The coalition lorries that carried water to the Roj camp stopped coming in the spring.",
      "event",
    );
    expect(ended.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(true);
  });
  it("reads unpaid guards of a prison who went home as guards leaving their posts", () => {
    const gone = of(
      "The SDF guards at the prison in Raqqa have not been paid since May, and many have gone home.",
      "countermeasure",
    );
    expect(
      gone.some((f) => f.tags?.includes("troop-withdrawal") && f.tags?.includes("detention-facility")),
    ).toBe(true);
  });
  it("does not read fans who went home after a match as anything", () => {
    expect(facts("After the match at the stadium, the fans went home.")).toEqual([]);
  });
});

describe("a force's former posts seen abandoned since a time", () => {
  it("are ground nobody holds", () => {
    const [threat] = of(
      "On the Iraqi side, the photographs show three former army posts near Rabia abandoned since July.",
      "threat",
    );
    expect(threat?.tags).toContain("security-vacuum");
  });
  it("not posts told only as former", () => {
    expect(of("Two former army posts near Rabia now serve as shelters for herders.", "threat")).toEqual([]);
  });
});

describe("control of a site kept, and no force seen on the ground", () => {
  it("reads 'kept full control of the camp' as the guards' measure", () => {
    const kept = of(
      "Our forces kept full control of the camp throughout the night, the statement said.",
      "countermeasure",
    );
    expect(kept.some((f) => f.tags?.includes("troop-deployment"))).toBe(true);
  });
  it("does not read control of a ball kept as a measure", () => {
    expect(of("The players kept control of the ball in the second half.", "countermeasure")).toEqual([]);
  });
  it("reads no unit seen patrolling the border villages as ground nobody holds", () => {
    const [threat] = of(
      "No army unit on the Jordanian side was seen patrolling the border villages during the month.",
      "threat",
    );
    expect(threat?.tags).toContain("security-vacuum");
  });
});
