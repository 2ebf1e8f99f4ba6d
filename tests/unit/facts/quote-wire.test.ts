import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Wire-story attributions: counted sources between commas and a name in apposition after "said one of them". */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("wire attributions", () => {
  it("reads a counted source between commas ('three medical sources said')", () => {
    const doc = extract(
      "Gunmen fired on a bus near Palmyra on Friday, wounding five passengers, three medical sources said, in the second such attack this month.",
    );
    expect(speakerOf(doc, "Gunmen fired on a bus near Palmyra", "indirect")).toBe("three medical sources");
  });

  it("gives the quote to the person named after 'said one of them'", () => {
    const doc = extract(
      [
        "Two brothers of the missing men waited at the gate.",
        '"We have heard nothing for a week," said one of them, Yusuf Barakat, whose son drives for the company. "Nothing at all."',
      ].join(" "),
    );
    expect(speakerOf(doc, "We have heard nothing for a week", "direct")).toBe("Yusuf Barakat");
    expect(speakerOf(doc, "Nothing at all", "direct")).toBe("Yusuf Barakat");
  });
});
