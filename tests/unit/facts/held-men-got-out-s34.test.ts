import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Set 22, case 347 (a parish newsletter, indirect): "some of the men held inside had got out
 * through the ground". People held who got out escaped their hold, as held people who "fled" do,
 * whatever the sentence calls them; "got out" of a meeting or a car is no escape.
 */
const tagged = (doc: FactsDocument, tag: Tag) => doc.facts.filter((f) => f.tags?.includes(tag));

describe("held people who got out", () => {
  it("reads the men held inside who got out as an escape", () => {
    const doc = extract(
      "The next morning the guards were searching the orchards, and our sexton was told that some of the men held inside had got out through the ground.",
    );
    expect(tagged(doc, "escape").some((f) => f.kind === "event")).toBe(true);
  });

  it("reads no escape where people who are not held get out", () => {
    const doc = extract("The men got out of the car at the checkpoint and walked to the market.");
    expect(tagged(doc, "escape")).toEqual([]);
    const meeting = extract("Those who got out of the meeting early said the talks had stalled.");
    expect(tagged(meeting, "escape")).toEqual([]);
  });
});
