import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 50 (h1), extractor readings the blind analytic set 44 asked for, on invented sentences:
 * armed men who "crossed from" a neighbour infiltrated; ground across which there is "no Syrian
 * army post" is ground nobody holds; units "put on the border" are deployed there; drones a force
 * is "flying over the crossing points" keep watch on them; units that "still controlled all
 * entrances" hold the site; half of a guard shift sent to a front is guards drawn away from their
 * site; Al-Qahtaniyah is a town of north-east Syria.
 */
const doc = (text: string, publishedAt = "2026-12-20T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt });
const of = (text: string, kind: string) => doc(text).facts.filter((f) => f.kind === kind);

describe("armed men who crossed from a neighbour", () => {
  it("infiltrated across its border, on the day told", () => {
    const [threat] = of("Farmers say a dozen gunmen crossed from Syria near Rabia on 3 December.", "threat");
    expect(threat?.tags).toEqual(expect.arrayContaining(["infiltration", "border-security"]));
    expect(threat?.date?.value).toBe("2026-12-03");
  });
  it("leaves gunmen who crossed back into it, driven off, no infiltration", () => {
    expect(
      of("The gunmen crossed back into Syria before dawn.", "threat").filter((f) =>
        f.tags?.includes("infiltration"),
      ),
    ).toEqual([]);
  });
});

describe("no army post of a state across a stretch", () => {
  it("is ground nobody holds", () => {
    const [threat] = of(
      "Beyond the river there is no Iraqi army post for twenty kilometres, herders say.",
      "threat",
    );
    expect(threat?.tags).toContain("security-vacuum");
  });
});

describe("units put on a border", () => {
  it("are deployed there", () => {
    const [measure] = of(
      "The ministry has put three more battalions on the border with Syria.",
      "countermeasure",
    );
    expect(measure?.tags).toEqual(expect.arrayContaining(["troop-deployment", "border-security"]));
  });
});

describe("drones a force is flying over the crossing points", () => {
  it("keep watch on them", () => {
    const [measure] = of(
      "The brigade is flying drones over the crossing points every night.",
      "countermeasure",
    );
    expect(measure?.tags).toEqual(expect.arrayContaining(["drone", "surveillance"]));
  });
});

describe("units that still control all the entrances of a site", () => {
  it("hold it, a posture of force", () => {
    const [measure] = of(
      "The police said its units still controlled all the gates of the prison.",
      "countermeasure",
    );
    expect(measure?.tags).toContain("troop-deployment");
  });
  it("is not read where no unit controls them", () => {
    expect(of("No units controlled all the gates of the prison.", "countermeasure")).toEqual([]);
  });
});

describe("half of a guard shift sent to a front", () => {
  it("is guards drawn away from their site, though the sentence names no guard", () => {
    const [measure] = of(
      "Since, they told us, half of the night shift was sent to the Tabqa front in May, the cells go unchecked.",
      "countermeasure",
    );
    expect(measure?.tags).toEqual(expect.arrayContaining(["troop-withdrawal", "detention-facility"]));
  });
  it("leaves a shift of another kind alone", () => {
    expect(of("Half of the shift in policy was sent to committee in May.", "countermeasure")).toEqual([]);
  });
});

describe("Al-Qahtaniyah", () => {
  it("is a town of Syria the lexicon knows, by its Arabic and Kurdish names", () => {
    for (const name of ["Qahtaniyah", "Tirbespiyê"]) {
      const ids = doc(`Gunmen attacked a checkpoint in ${name} on Monday.`).entities.map((x) => x.lexiconId);
      expect(ids).toContain("place/qahtaniyah");
    }
  });
});
