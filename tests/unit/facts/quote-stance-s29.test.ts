import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Reported speech told with a verb of stance or of promise, and bodies of kin that speak as one,
 * on sentences written for these tests.
 */

const quoteWith = (text: string, words: string) => extract(text).quotes.find((q) => q.text.includes(words));
const speakerOf = (text: string, words: string) => quoteWith(text, words)?.speaker.name ?? null;

describe("verbs of saying that carry a stance", () => {
  it("reports what was complained of before 'that'", () => {
    const text = "Traders in the old souk complained that the new tax had doubled their rent.";
    expect(speakerOf(text, "new tax had doubled")).toBe("Traders in the old souk");
  });

  it("reports a concession and a protest as speech", () => {
    expect(speakerOf("The ministry conceded that two pumps had failed.", "two pumps had failed")).toBe(
      "The ministry",
    );
    expect(speakerOf("Drivers protested that the toll had risen twice.", "toll had risen")).toBe("Drivers");
  });

  it("reports nothing when the complaint is of a thing", () => {
    expect(extract("Residents complained of the heat in the tents.").quotes).toEqual([]);
  });
});

describe("a promise", () => {
  it("reports the clause promised to a pronoun, after the time of the promise", () => {
    const text = "The officials promised us in April that the clinic would reopen.";
    const q = quoteWith(text, "clinic would reopen");
    expect(q?.kind).toBe("indirect");
    expect(q?.speaker.name).toBe("The officials");
  });

  it("reads no relative clause after a promised thing as a report", () => {
    expect(extract("The agency promised aid that never reached the village.").quotes).toEqual([]);
  });

  it("gives a quoted object of the promise to the one who promised", () => {
    const text =
      'By Friday, the governor, Salim Daher, had pledged "a full inquiry into the fire", and crews were out.';
    const q = quoteWith(text, "a full inquiry into the fire");
    expect(q?.kind).toBe("direct");
    expect(q?.speaker.name).toBe("Salim Daher");
  });
});

describe("bodies of kin as speakers", () => {
  it("lets families, a tribe and a clan report as residents do", () => {
    expect(speakerOf("Families in the camp report that water comes twice a week.", "water comes")).toBe(
      "Families in the camp",
    );
    expect(speakerOf("The tribe declares that the feud is over.", "feud is over")).toBe("The tribe");
    expect(speakerOf("The clan said that its elders would meet.", "elders would meet")).toBe("The clan");
  });
});

describe("the parties to talks", () => {
  it("lets a side speak", () => {
    expect(speakerOf("The Iraqi side said that the talks would resume in May.", "talks would resume")).toBe(
      "Iraqi side",
    );
    expect(speakerOf("Both sides say they want the crossing open.", "want the crossing open")).toBe(
      "Both sides",
    );
  });
});

describe("a label naming whose words follow", () => {
  it("gives a quotation after 'X's intent:' to its possessor", () => {
    const slide = [
      "SLIDE 4 – SUMMARY",
      "• Main effort: the river valley.",
      '• Commander\'s intent: "Hold the ford at night."',
    ].join("\n");
    const q = quoteWith(slide, "Hold the ford at night");
    expect(q?.kind).toBe("direct");
    expect(q?.speaker.name).toBe("Commander");
  });

  it("needs a noun of saying after the possessive", () => {
    const text = ["Notes from the visit.", 'The school\'s roof: "leaking since May".'].join("\n");
    expect(quoteWith(text, "leaking since May")?.speaker.name).not.toBe("The school");
  });
});

describe("words in marks inside an answer that reports another speaker", () => {
  const transcript = [
    "THE INTERVIEW",
    "",
    "The district governor, Karim Saleh Jabouri, on the hills. Interview by Lena Haddad in his office.",
    "",
    "Q: How many fighters are left?",
    "",
    'A: I cannot say. The border command told me last week that there are "fewer than fifty" of them in the hills. I hope they are right.',
    "",
    "Q: And the roads?",
    "",
    "A: The roads are open in the day and closed at night.",
  ].join("\n");

  it("are the reported speaker's quote, not only part of the answer", () => {
    const answer = extract(transcript).quotes.find(
      (q) => q.kind === "direct" && q.text.startsWith("I cannot say"),
    );
    expect(answer?.speaker.name).toBe("Karim Saleh Jabouri");
    const inner = extract(transcript).quotes.find(
      (q) => q.kind === "direct" && q.text === "fewer than fifty",
    );
    expect(inner?.speaker.name.toLowerCase()).toContain("border command");
  });
});

describe("a post named in a bulletin's lead before its holder", () => {
  const bulletin = [
    "The headlines at noon.",
    "",
    "The mayor of Hilla says the market will reopen on Sunday.",
    "",
    "Police found two cars burnt near the bridge.",
    "",
    "The mayor of Hilla, Saad Jawad al-Karim, told a meeting of traders that the stalls had been repaired.",
  ].join("\n");

  it("is the person named after with that post", () => {
    expect(speakerOf(bulletin, "market will reopen")).toBe("Saad Jawad al-Karim");
  });

  it("stays the post in its words when two people named after could hold it", () => {
    const two = `${bulletin}\n\nAli Hassan al-Tai, a former mayor of Hilla, disagreed.`;
    expect(speakerOf(two, "market will reopen")).not.toBe("Saad Jawad al-Karim");
  });
});

describe("an unnamed source that gives the name it goes by", () => {
  it("speaks by that name when a pronoun takes it up", () => {
    const text =
      'Police said the fire was an accident. A resident, who gave his name only as Abu Sami, was less convinced. The same van comes every night, he said, and "nobody asks why".';
    expect(speakerOf(text, "same van comes")).toBe("Abu Sami");
    expect(speakerOf(text, "nobody asks why")).toBe("Abu Sami");
  });
});
