import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Those who run a plant, a pump or a machine speak of it as its technicians do: '"…," one of the
 * station's shift operators said' (set 72's first sight, 711, issue 10, helper x88, where the quote
 * went to a body named in the paragraph before). Sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("an operator as an unnamed speaker", () => {
  it("owns a quote whose postposed subject picks an operator from the plant's crew", () => {
    const found = quotes(
      [
        "The Water Directorate in Nineveh said on Tuesday that two men had been detained near the intake.",
        "",
        '"The alarm went off at two and the whole hall went dark," one of the plant\'s night operators said.',
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("The alarm went off"))?.speaker).toBe(
      "one of the plant's night operators",
    );
  });

  it("owns the indirect quote of an indefinite crane operator", () => {
    const found = quotes("The port was shelled on Tuesday. A crane operator said the berth had been empty.");
    expect(found.find((x) => x.text.startsWith("the berth had been"))?.speaker).toBe("A crane operator");
  });

  it("keeps a named mobile operator's words the company's", () => {
    const found = quotes(
      "The mast at Kalar was hit on Sunday. Asiacell, the mobile operator, said calls would resume by noon.",
    );
    expect(found.find((x) => x.text.startsWith("calls would resume"))?.speaker).toBe("Asiacell");
  });
});
