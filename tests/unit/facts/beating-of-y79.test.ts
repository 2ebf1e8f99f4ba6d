import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 67 (y79): a beating told as a noun with its victim. Sentences written for these tests. */

const events = (text: string) =>
  extract(text, "2026-03-10T00:00:00Z")
    .facts.filter((f) => f.kind === "event")
    .map((f) => f.text);

describe("'the beating of <a person>' as a happening", () => {
  it("reads 'concerning the beating of two detainees in Hasakah' as an event", () => {
    expect(
      events(
        "The judges convict her of a third count, concerning the beating of two detainees in Hasakah in June 2016.",
      ),
    ).toContainEqual(expect.stringMatching(/^the beating of two detainees in Hasakah/));
  });

  it("reads no happening in 'the beating of the drums' (guard)", () => {
    expect(events("The beating of the drums was heard across Hasakah all night.").join(" ")).not.toMatch(
      /beating of the drums/,
    );
  });
});
