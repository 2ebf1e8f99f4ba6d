import { describe, expect, it } from "vitest";
import { timelineText } from "../../../src/adapters/templates/view/compose.js";

describe("a timeline row's words", () => {
  const sentence =
    "The Syrian Observatory for Human Rights said eight security personnel had been killed, and that one of the attackers had been captured alive.";

  it("prints an event's own words when they stand alone as an account", () => {
    expect(timelineText("Islamic State militants attacked a Syrian security checkpoint", sentence)).toBe(
      "Islamic State militants attacked a Syrian security checkpoint",
    );
  });

  it("prints the reporting sentence for a short label or a fragment that leans on its sentence", () => {
    expect(timelineText("The Sukhna checkpoint", sentence)).toBe(sentence);
    expect(timelineText("That one of the attackers had been captured alive", sentence)).toBe(sentence);
    expect(timelineText("It had raised the alert level of its forces", sentence)).toBe(sentence);
  });
});
