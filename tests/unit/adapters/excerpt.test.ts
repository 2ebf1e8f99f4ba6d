import { describe, expect, it } from "vitest";
import { excerpt } from "../../../src/adapters/templates/view/excerpt.js";

describe("excerpt", () => {
  it("keeps a short sentence whole, with the span set apart", () => {
    expect(excerpt("Baghdad built a concrete wall on the border.", "concrete wall")).toEqual({
      before: "Baghdad built a ",
      emphasis: "concrete wall",
      after: " on the border.",
    });
  });

  it("cuts a long sentence around the span and marks the cuts", () => {
    const long = `${"one ".repeat(30)}concrete wall ${"two ".repeat(30)}end.`;
    const e = excerpt(long, "concrete wall", 12);
    expect(e.emphasis).toBe("concrete wall");
    expect(e.before).toBe("… one one one one one ");
    expect(e.after).toBe(" two two two two two …");
  });

  it("falls back to the span alone when the sentence does not contain it", () => {
    expect(excerpt("Something else entirely.", "concrete wall")).toEqual({
      before: "",
      emphasis: "concrete wall",
      after: "",
    });
  });
});
