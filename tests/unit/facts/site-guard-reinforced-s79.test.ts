import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Session 79 (set 64, cases 933 and 934): a detention site's guard made stronger, told in the
 * passive ("the guards were tripled") or by a unit brought to the site ("brought another company
 * to the gates of the prison"). Other wordings than the fixtures'.
 */

const withAll = (text: string, tags: Tag[]) =>
  extract(text).facts.filter((f) => f.kind === "countermeasure" && tags.every((t) => f.tags?.includes(t)));

describe("a detention site's guard reinforced", () => {
  it("reads a guard strengthened in the passive, or a unit brought to the site, as a deployment there", () => {
    for (const text of [
      "Shelling cut the mains supply on Tuesday evening, and the sentries at the jail were tripled until the lights came back.",
      "After the riot the Asayish brought another company to the gates of the prison in Qamishli.",
      "The camp administration added two platoons of guards around the Roj camp last week.",
    ])
      expect(withAll(text, ["troop-deployment", "detention-facility"]).length, text).toBeGreaterThan(0);
  });

  it("does not read a guard's hours doubled, or a unit sent away from the site, as a reinforcement", () => {
    for (const text of [
      "The guards’ working hours at the jail were doubled after the riot.",
      "The camp administration moved two platoons of guards away from the Roj camp last week.",
    ])
      expect(
        extract(text).facts.filter((f) => f.tags?.includes("troop-deployment")),
        text,
      ).toEqual([]);
  });
});
