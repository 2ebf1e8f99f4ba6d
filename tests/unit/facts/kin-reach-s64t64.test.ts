import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): "her brother said" paragraphs after "Her brother, NAME, said" is the relative
 * the appositive named, when the article introduced one person by that noun only.
 */
const FAR =
  "The clinic reopened on Thursday. Two nurses returned to work. The road to the town was reopened at noon. Traders said prices had fallen. A convoy of flour reached the market. The governor visited the site.";

describe("a kinship noun owned by a pronoun, far from its appositive", () => {
  it("names the brother introduced by apposition", () => {
    const doc = extract(
      `Samira Yousef, a teacher, was hurt in the blast in Kirkuk on Monday. Her brother, Karwan Yousef, said she was awake.\n\n${FAR}\n\nHer brother said the family hoped to take her to Erbil by Sunday.`,
    );
    const quote = doc.quotes.find((q) => /take her to Erbil/.test(q.text));
    expect(quote?.speaker.name).toBe("Karwan Yousef");
  });

  it("leaves the phrase when two brothers were introduced", () => {
    const doc = extract(
      `Samira Yousef was hurt in the blast in Kirkuk on Monday. Her brother, Karwan Yousef, said she was awake. Ahmed Salih was hurt too; his brother, Dilshad Salih, said he was in surgery.\n\n${FAR}\n\nHer brother said the family hoped to take her to Erbil by Sunday.`,
    );
    const quote = doc.quotes.find((q) => /take her to Erbil/.test(q.text));
    expect(quote?.speaker.name).not.toBe("Karwan Yousef");
    expect(quote?.speaker.name).not.toBe("Dilshad Salih");
  });
});
