import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/events/dates.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const facts = (text: string, publishedAt = "2026-12-11T00:00:00Z") =>
  extractFacts({ id: "t", title: "", text, publishedAt }).facts;

describe("a clock time counts nothing", () => {
  it("reads no figure in the minutes of a programme's time", () => {
    const q = facts("10:30 Words of the association (printed below)").filter((f) => f.kind === "quantity");
    expect(q).toEqual([]);
  });
  it("still counts a figure told after the time", () => {
    const q = facts("At 10:30 about 40 fighters attacked the post, police said.").filter(
      (f) => f.kind === "quantity",
    );
    expect(q.map((f) => f.value)).toEqual([40]);
  });
});

describe("a day a state has lasted since is past", () => {
  it("is this year's day in an article of December, not the coming one", () => {
    const [d] = findDates("Some 40 detainees have escaped from the camp since January 1.", "2026-12-11");
    expect(d?.value).toBe("2026-01-01/2026-12-11");
  });
  it("is the publication day itself when it is that day", () => {
    const [d] = findDates("The road has been closed since 11 December.", "2026-12-11");
    expect(d?.value).toBe("2026-12-11");
  });
  it("leaves a coming day told without 'since' in the weeks ahead", () => {
    const [d] = findDates("The crossing will reopen on 1 January.", "2026-12-11");
    expect(d?.value).toBe("2027-01-01");
  });
});

describe("a happening told as what came next", () => {
  const events = (text: string) =>
    facts(text, "2026-12-08T00:00:00Z").filter((f) => f.kind === "event" && f.modality === "asserted");
  it("is an event of its own, not a tag on the one before ('then struck')", () => {
    const e = events("An ISIS cell attacked a convoy on Monday. Army aircraft then struck.");
    expect(e.map((f) => (f.tags ?? []).includes("airstrike"))).toEqual([false, true]);
  });
  it("is apart after 'in response' too", () => {
    const e = events("An ISIS cell attacked a convoy on Monday. In response, army aircraft struck the area.");
    expect(e.length).toBe(2);
    expect(e[0]?.tags).not.toContain("airstrike");
  });
});

describe("a breakout told by its way out and its end", () => {
  const told = facts(
    "According to the Internal Security Forces, a group of inmates broke through a wall of the prison's east wing in the early hours of 3 July. Guards recaptured all but two of them by dawn.",
    "2026-07-10T00:00:00Z",
  );
  it("is an escape when held men break through a wall", () => {
    const e = told.filter((f) => f.kind === "event" && (f.tags ?? []).includes("escape"));
    expect(e.map((f) => f.date?.value)).toEqual(["2026-07-03"]);
  });
  it("carries the recapture told next as its outcome, on its day", () => {
    const e = told.find((f) => f.kind === "event" && (f.tags ?? []).includes("escape"));
    expect(e?.outcome?.text).toBe("Guards recaptured all but two of them by dawn");
    const back = told.find((f) => f.kind === "countermeasure" && f.sentence === 1);
    expect(back?.date?.value).toBe("2026-07-03");
  });
  it("leaves a recapture after another happening its own measure", () => {
    const other = facts(
      "Gunmen attacked a checkpoint near Hasakah on 3 July. Guards recaptured two escaped inmates.",
      "2026-07-10T00:00:00Z",
    );
    expect(other.find((f) => f.kind === "event" && f.sentence === 0)?.outcome).toBeUndefined();
  });
});

describe("a place that saw a happening", () => {
  it("is told with it: the clause, not the bare noun", () => {
    const e = facts("The same prison saw a riot in March 2025.", "2026-07-10T00:00:00Z").filter(
      (f) => f.kind === "event",
    );
    expect(e.map((f) => f.text)).toEqual(["The same prison saw a riot in March 2025"]);
  });
});

describe("what started a happening, told after a semicolon", () => {
  it("is part of its entry", () => {
    const e = facts(
      "Photographs we obtained show a fire in a single shop on Wednesday morning; the shop's owner, Abu Firas al-Hajini, told us an electrical fault started it.",
      "2026-06-13T00:00:00Z",
    ).filter((f) => f.kind === "event");
    expect(e.map((f) => f.text.endsWith("an electrical fault started it"))).toEqual([true]);
  });
  it("leaves a clause of something else to itself", () => {
    const e = facts(
      "Photographs we obtained show a fire in a single shop on Wednesday morning; the market reopened on Thursday.",
      "2026-06-13T00:00:00Z",
    ).filter((f) => f.kind === "event" && f.sentence === 0);
    expect(e.some((f) => f.text.includes("fire") && f.text.includes("reopened"))).toBe(false);
  });
});

describe("a happening that caused what an earlier sentence introduced", () => {
  const doc = (second: string) =>
    extractFacts({
      id: "t",
      title: "",
      text: `Satellite images taken on 11 April show that the access road on the eastern end of the Tabqa dam has been cut by a crater about 12 metres wide.\n\n${second}`,
      publishedAt: "2026-04-16T00:00:00Z",
    });
  const placesOf = (d: ReturnType<typeof doc>) => {
    const names = new Map(d.entities.map((e) => [e.id, e.name]));
    const strike = d.facts.find((f) => f.kind === "event" && (f.tags ?? []).includes("airstrike"));
    return (strike?.entities ?? []).map((id) => names.get(id));
  };
  it("happened where that sentence puts it", () => {
    expect(
      placesOf(doc("The SDF said the crater was caused by a drone strike on the night of 5 April.")),
    ).toContain("Tabqa Dam");
  });
  it("takes no place when the thing it caused was not introduced before", () => {
    expect(
      placesOf(doc("The SDF said the damage was caused by a drone strike on the night of 5 April.")),
    ).not.toContain("Tabqa Dam");
  });
});

describe("a title read back from a speaker's label", () => {
  it("stops at the sentence before: a place that ends it is neither the role nor the affiliation", () => {
    const text =
      "CHAIRMAN: I welcome General Marcus Whitfield.\n\nGENERAL WHITFIELD: The remaining forces will be based in Erbil.\n\nGENERAL WHITFIELD: We will keep a residual force in Syria.";
    const whitfield = extractFacts({
      id: "t",
      title: "Hearing",
      text,
      publishedAt: "2026-12-10",
    }).entities.find((e) => e.name === "Marcus Whitfield");
    expect(whitfield?.role).toBe("General");
    expect(whitfield?.affiliation).toBeUndefined();
  });
});
