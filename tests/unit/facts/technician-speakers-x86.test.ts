import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Those who build and mend a network or a line speak in incident reports as crews and engineers do
 * (set 71's first sight, 708, issue 10, helper x86). Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a technician as an unnamed speaker", () => {
  it("owns both halves of a quote split by its tag, and the words it quotes stay inside", () => {
    const found = quotes(
      [
        "“The feeder was cut twice,” said Dr. Samir Aziz, the utility's operations director. Aziz said the company had asked the police for patrols.",
        "",
        "“When we reached the pylon,” one of our line technicians said, “my supervisor shouted, ‘Stay back, it is still live.’”",
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("When we reached the pylon"))?.speaker).toBe(
      "one of our line technicians",
    );
    const second = found.filter((x) => x.text.startsWith("my supervisor shouted"));
    expect(second.map((x) => x.speaker)).toEqual(["one of our line technicians"]);
    expect(found.some((x) => x.text.startsWith("Stay back"))).toBe(false);
  });

  it("leaves the director's quotes with the director (guard)", () => {
    const found = quotes(
      [
        "“The feeder was cut twice,” said Dr. Samir Aziz, the utility's operations director. Aziz said the company had asked the police for patrols.",
        "",
        "Our technicians restored power to the district by Thursday evening.",
      ].join("\n"),
    );
    expect(new Set(found.map((x) => x.speaker))).toEqual(new Set(["Samir Aziz"]));
  });
});
