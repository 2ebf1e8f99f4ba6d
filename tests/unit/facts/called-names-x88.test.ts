import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "A man called Karim Hashem sells vegetables in the market. … He said: …": a person brought in by
 * a noun and "called" or "named" has the name, and the pronoun after is that person, not "a man"
 * (set 72's first sight, 719, an easy-read story, issue 10, helper x88). Sentences written for
 * these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => ({ speaker: q.speaker.name, text: q.text }));

describe("a person brought in as 'a man called NAME'", () => {
  it("gives the pronoun's quotes to the name", () => {
    const found = quotes(
      [
        "A bomb went off near a bakery in Kirkuk.",
        "A woman named Shilan Qadir works in the bakery.",
        "She was inside when the bomb went off.",
        'She said: "The windows fell on the bread."',
        "She said the owner would open again next week.",
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("The windows fell"))?.speaker).toBe("Shilan Qadir");
    expect(found.find((x) => x.text.startsWith("the owner would open"))?.speaker).toBe("Shilan Qadir");
  });

  it("keeps 'a man' when 'called' is the verb of his sentence", () => {
    const found = quotes(
      [
        "A bomb went off near a bakery in Kirkuk.",
        "A man called the police from the corner.",
        'He said: "The windows fell on the bread."',
      ].join("\n"),
    );
    expect(found.find((x) => x.text.startsWith("The windows fell"))?.speaker).toBe("A man");
  });
});
