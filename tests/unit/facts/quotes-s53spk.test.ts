import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Who speaks a quotation recalled inside reported speech (session 53), on sentences written for
 * these tests: the reported clause's own teller, named or described, not the one who reports it.
 */

const speakerOf = (text: string, words: string, kind: "direct" | "indirect" = "direct") =>
  extract(text).quotes.find((q) => q.text.includes(words) && q.kind === kind)?.speaker.name ?? null;

describe("a teller inside reported speech", () => {
  it("gives words quoted after the clause's own verb and colon to its described subject", () => {
    const text =
      'The farmer Omar Saleh said that the stranger had told him: "Leave the village before the rains."';
    expect(speakerOf(text, "Leave the village")).toBe("the stranger");
    expect(speakerOf(text, "the stranger had told him", "indirect")).toBe("Omar Saleh");
  });

  it("reads a comma, a listener and a time between the verb and the quotation", () => {
    const shouted =
      "Ahmed Karim, a shopkeeper, told reporters that one of the gunmen had shouted, 'Nobody moves.'";
    expect(speakerOf(shouted, "Nobody moves")).toBe("one of the gunmen");
    const warned =
      "His mother told me the boy's uncle had warned him years ago: 'Never touch a metal thing.'";
    expect(speakerOf(warned, "Never touch a metal thing")).toBe("the boy's uncle");
    const called =
      'Hamid Salem said the men had called out to the guards, "Go home, this is our road," before firing.';
    expect(speakerOf(called, "Go home")).toBe("the men");
  });

  it("reads a shout, a demand or a telling quoted without a comma", () => {
    expect(
      speakerOf(
        'An officer said that the smuggler had asked "two thousand dollars for the lot".',
        "two thousand",
      ),
    ).toBe("the smuggler");
    expect(
      speakerOf('Her lawyer said the accused had told her husband "traitors pay".', "traitors pay"),
    ).toBe("the accused");
  });

  it("finds the subject of a second verb joined by 'and', and of a second 'that' clause", () => {
    const joined =
      'Traders in the old market met on Friday.\n\nA trader told the council that a man had come to the shop on Monday, the day before, and said: "You did not pay." He closed early.';
    expect(speakerOf(joined, "You did not pay")).toBe("a man");
    const second =
      "His brother said the men spoke like strangers and that one of them had shouted, 'This road is ours.'";
    expect(speakerOf(second, "This road is ours")).toBe("one of them");
  });

  it("keeps the reporter's words quoted within the clause, and a pronoun teller, as before", () => {
    const within = 'The spokesman said that officials had warned of "a real danger" in the camps.';
    expect(speakerOf(within, "a real danger")).toBe("The spokesman");
    const pronoun = "Layla Hassan said that he had told her: 'Wait for me.'";
    expect(speakerOf(pronoun, "Wait for me")).not.toBe("he");
  });
});

describe("a body called by the last word of its name", () => {
  it("reads 'the command' after two commands as the one that spoke last, not the only one headed 'command'", () => {
    const text =
      'The Basra Operations Command sent troops to the area on Monday.\n\nAccording to the Basra Police Command, a suspect was arrested on the 4th near Zubair. The command said in a statement that he had "guided the attackers".\n';
    expect(speakerOf(text, "guided the attackers", "indirect")).toBe("Basra Police Command");
  });
});

describe("a pronoun after a sentence opening with a post", () => {
  it("gives 'he said' to the post that opens the sentence before, not to a speaker further back", () => {
    const text =
      'The hearing opened at ten. The officer said that the report had been sent to the court "last week".\n\nThe prosecutor asked for a further 30 days. "The accused\'s friends have not been found," he said.\n';
    expect(speakerOf(text, "friends have not been found")).toBe("The prosecutor");
  });

  it("carries the post across sentences that go on with the pronoun", () => {
    const text =
      'A trader said the shops had been closed since Monday.\n\nOur chairman met the governor last Monday and asked for patrols. He asked too that the lights be repaired. He said afterwards that the governor had promised "a patrol this week".\n';
    expect(speakerOf(text, "the governor had promised", "indirect")).toBe("Our chairman");
  });
});
