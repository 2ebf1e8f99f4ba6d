import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));

describe("an attack by a group named by what it is", () => {
  it("reads an attack by gunmen of 'the terrorist organisation' as an insurgent attack", () => {
    const doc = extract(
      "Supply was cut following an attack on the night of 23 November by gunmen of the terrorist organisation on the pumping station.",
    );
    expect(tagged(doc, "insurgent-attack").length).toBeGreaterThan(0);
    expect(
      tagged(
        extract("Two soldiers were hurt in an attack by the terrorist group on a checkpoint."),
        "insurgent-attack",
      ).length,
    ).toBeGreaterThan(0);
  });

  it("does not read an attack by a named state force or on the group as one", () => {
    expect(
      tagged(extract("An attack by the army on a farm near the river killed two men."), "insurgent-attack"),
    ).toEqual([]);
    expect(
      tagged(
        extract("The army said its attack on the terrorist organisation's hideouts killed nine."),
        "insurgent-attack",
      ),
    ).toEqual([]);
  });
});

describe("a force given a post or a position", () => {
  it("reads a force that took up positions as deployed", () => {
    const doc = extract(
      "A new brigade of the Border Forces took up positions between Al-Qaim and Akashat this month.",
    );
    expect(tagged(doc, "troop-deployment").some((f) => f.kind === "countermeasure")).toBe(true);
    expect(
      tagged(extract("The committee took up the issue of salaries at its meeting."), "troop-deployment"),
    ).toEqual([]);
  });

  it("reads a unit assigned to guard a site as deployed", () => {
    const doc = extract(
      "A unit of the army's 25th Division has been assigned to guard the station and the pipeline.",
    );
    expect(tagged(doc, "troop-deployment").some((f) => f.kind === "countermeasure")).toBe(true);
    expect(
      tagged(extract("A lawyer has been assigned to the case by the court."), "troop-deployment"),
    ).toEqual([]);
  });
});

describe("what a force does as its practice, and what it leaves", () => {
  it("reads raids a force now plans and carries out as done counter-terrorism", () => {
    const doc = extract("Iraqi forces now plan and carry out counter-terrorism raids on their own.");
    const raid = tagged(doc, "counter-terrorism").find((f) => f.kind === "countermeasure");
    expect(raid?.modality).toBe("asserted");
    // Planning alone still supposes the raids.
    const planned = tagged(
      extract("The army plans to carry out raids on the hideouts next month."),
      "counter-terrorism",
    );
    expect(planned.every((f) => f.modality === "hypothetical")).toBe(true);
  });

  it("does not read raids that insurgents carry out as counter-terrorism", () => {
    expect(
      tagged(extract("ISIS cells carry out raids on villages near Sukhnah."), "counter-terrorism").filter(
        (f) => f.kind === "countermeasure",
      ),
    ).toEqual([]);
  });

  it("reads forces trained and advised under an agreement as partner support", () => {
    const doc = extract(
      "The remaining force would stay under an agreement with Baghdad to train and advise Kurdish and Iraqi forces.",
    );
    expect(tagged(doc, "partner-support").length).toBeGreaterThan(0);
  });

  it("reads advisers who left a compound as a force withdrawn from its post", () => {
    const doc = extract("The last advisers left the Union III compound in the capital in September.");
    expect(tagged(doc, "troop-withdrawal").length).toBeGreaterThan(0);
    expect(tagged(extract("The last visitors left the compound at noon."), "troop-withdrawal")).toEqual([]);
  });
});

describe("contraband carried over a border", () => {
  it("reads convoys that crossed carrying crystal methamphetamine as smuggling of drugs", () => {
    const doc = extract(
      "The convoys crossed from Syria at night carrying cigarettes, fuel and crystal methamphetamine, two or three a week.",
    );
    expect(tagged(doc, "smuggling").length).toBeGreaterThan(0);
    expect(tagged(doc, "drugs").length).toBeGreaterThan(0);
  });

  it("does not read a convoy carrying lawful supplies over a border as smuggling", () => {
    expect(
      tagged(
        extract("A US convoy crossed into Syria carrying fuel and ammunition for the base."),
        "smuggling",
      ),
    ).toEqual([]);
  });
});
