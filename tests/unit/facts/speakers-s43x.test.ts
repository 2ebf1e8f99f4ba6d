import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const quotes = (text: string) =>
  extractFacts({ id: "t", title: "t", text }).quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speaker.name,
    text: q.text,
  }));

describe("speakers of a press review", () => {
  it("reads the named official after a role holding a body's name with its 'of'", () => {
    const q = quotes(
      "Al-Sabah, the state daily, leads with the plan. It quotes a Ministry of Interior official, Brigadier Nabil Ghanim al-Khafaji, as saying the census of the camp will begin soon.",
    );
    expect(q[0]?.speaker).toBe("Nabil Ghanim al-Khafaji");
  });

  it("keeps an anonymous source described by a phrase after its body's name", () => {
    const q = quotes(
      "A Ministry of Defence official in Baghdad said the census of the camp will begin soon.",
    );
    expect(q[0]?.speaker).toBe("A Ministry of Defence official in Baghdad");
  });

  it("gives a statement an outlet carries to its maker, and the relative clause's second verb too", () => {
    const q = quotes(
      'Shafaq News carries a statement from the camp\'s council, which calls the strike "a crime against refugees" and says the two men were civilians driving to Gwer to buy fuel.',
    );
    expect(q.map((x) => x.speaker)).toEqual(["camp's council", "camp's council"]);
  });

  it("leaves a verb joined after a comma to the sentence's subject", () => {
    const q = quotes(
      "The army cited Colonel Ali Hassan, who visited the site, and said the guards had fled.",
    );
    expect(q[0]?.speaker).toBe("The army");
  });
});

describe("quotes a podcast guest recounts", () => {
  it("gives the words a named source said, quote, unquote, to that source, not to the guest", () => {
    const text = [
      "HOSTS: Dara Yusuf and Emma Lindqvist",
      "GUEST (by phone from Hasakah): Jwan Sheikhmous, reporter",
      "DARA: And the toll?",
      'JWAN: The police told me that one guard was killed. A commander there, Heval Rodi, said, quote, "Nobody left the perimeter," unquote.',
      "EMMA: Which is very different from last year.",
    ].join("\n\n");
    const q = quotes(text);
    expect(q.find((x) => x.text === "Nobody left the perimeter")?.speaker).toBe("Heval Rodi");
    // The guest's turn is still his, whole.
    expect(q.find((x) => x.text.startsWith("The police told me"))?.speaker).toBe("Jwan Sheikhmous");
  });
});

describe("a newsletter's quote of the day and its market calling", () => {
  const newsletter = (line: string) =>
    [
      "Good morning. Here is what you need to know today.",
      'Traders in Albu Kamal reopened the covered market on Monday, local officials said. Shopkeeper Yasser al-Abed told us he had sold "nothing but tea" on the first day.',
      "QUOTE OF THE DAY",
      line,
    ].join("\n\n");

  it("gives a whole sentence in marks to the person signed after it on its line", () => {
    const q = quotes(
      newsletter(
        '"The desert is quieter, not empty." Staff Brigadier Hamid Rashid, in an interview with Al Iraqiya on Tuesday night.',
      ),
    );
    expect(q.find((x) => x.text.startsWith("The desert is quieter"))?.speaker).toBe("Hamid Rashid");
  });

  it("signs no quotation with a place", () => {
    const q = quotes(newsletter('"The desert is quieter, not empty." Baghdad, on Tuesday night.'));
    expect(q.find((x) => x.text.startsWith("The desert is quieter"))?.speaker).not.toBe("Baghdad");
  });

  it("leaves a calling opening the sentence out of the name it stands before", () => {
    const doc = extractFacts({ id: "t", title: "t", text: newsletter("That's all for today.") });
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toContain("Yasser al-Abed");
    expect(people).not.toContain("Shopkeeper Yasser al-Abed");
    expect(doc.quotes.find((x) => x.text === "nothing but tea")?.speaker.name).toBe("Yasser al-Abed");
  });
});

describe("a wire exclusive's anonymous sources", () => {
  it("keeps sources counted and one more described together as one group", () => {
    const q = quotes(
      "BAGHDAD, Jan 13 (Levant Wire) - Iraq has cut the number of Syrian trucks allowed through the crossing by half, three Iraqi security officials and a border official told Levant Wire.",
    );
    expect(q[0]?.speaker).toBe("three Iraqi security officials and a border official");
  });

  it("still gives the first of a named body and other sources", () => {
    const q = quotes("The guards fled the post, the Border Ports Authority and local residents said.");
    expect(q[0]?.speaker).toBe("Border Ports Authority");
  });
});
