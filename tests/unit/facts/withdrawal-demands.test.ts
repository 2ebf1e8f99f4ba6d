import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** The facts that carry a tag. */
const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));

describe("a demand that foreign forces go, and a force planned to stay", () => {
  it("reads the expulsion or departure of forces, however qualified, as pressure to withdraw", () => {
    for (const s of [
      "The bloc urged lawmakers to approve the expulsion of all foreign troops from the country.",
      "The motion asks the cabinet to plan the departure of all foreign combat and training forces by June.",
      "The cleric told the ministers not to extend the stay of the foreign advisers beyond the summer.",
      "The group said its attacks would go on until the last Western soldier has left the region.",
      "The reduction of United States troops in the province has worried local commanders.",
    ]) {
      expect(tagged(extract(s), "troop-withdrawal").length, s).toBeGreaterThan(0);
    }
  });

  it("does not read a departure that is no force's, nor an extended stay, as a withdrawal", () => {
    for (const s of [
      "The departure of the morning flight was delayed by fog.",
      "The ministry agreed to extend the stay of the visiting delegation by two days.",
    ]) {
      expect(tagged(extract(s), "troop-withdrawal"), s).toEqual([]);
    }
  });

  it("reads personnel planned or expected to remain somewhere as a presence", () => {
    const planned = extract("About 900 coalition personnel are expected to remain in the north next year.");
    expect(tagged(planned, "troop-deployment").length).toBeGreaterThan(0);
    // Still no presence when the forces are said to leave.
    expect(
      tagged(extract("The troops are expected to leave the base next year."), "troop-deployment"),
    ).toEqual([]);
  });
});

describe("a trade or a crossing named as what a measure targets", () => {
  it("does not read smuggling that a measure is taken against as news of smuggling", () => {
    const doc = extract(
      "The two ministries met on Monday to coordinate against arms smuggling across the frontier.",
    );
    expect(doc.facts.filter((f) => f.kind === "threat" && f.tags?.includes("smuggling"))).toEqual([]);
    // The joint work against it is a measure both take.
    expect(tagged(doc, "diplomacy").some((f) => f.kind === "countermeasure")).toBe(true);
    // Smuggling told as it happens is still a threat.
    const told = extract("Gangs kept smuggling weapons across the frontier every week, residents said.");
    expect(told.facts.some((f) => f.kind === "threat" && f.tags?.includes("smuggling"))).toBe(true);
  });

  it("does not read people held for trying to cross as an infiltration", () => {
    const held = extract(
      "Six men held for trying to cross the border were questioned at the post on Friday.",
    );
    expect(tagged(held, "infiltration")).toEqual([]);
    const tried = extract("Six armed men tried to cross the border near the post on Friday.");
    expect(tagged(tried, "infiltration").length).toBeGreaterThan(0);
  });
});

describe("a hold on detention sites made firmer", () => {
  it("reads guards who tightened their control of the prisons as control kept", () => {
    const doc = extract(
      "The camp police said they had tightened their grip on all the camps in the province after the riot.",
    );
    expect(doc.facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"))).toBe(
      true,
    );
    // A grip tightened on something else is no hold on a detention site.
    const other = extract("The central bank tightened its grip on the currency market last week.");
    expect(other.facts.some((f) => f.kind === "countermeasure")).toBe(false);
  });
});
