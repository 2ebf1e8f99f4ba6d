import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Attribution across the forms of reported speech met in press reviews, indictments and
 * releases, on sentences written for these tests.
 */

const speakerOf = (text: string, words: string) =>
  extract(text).quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

describe("a long title written before a name", () => {
  it("gives the quote to the name, not to the first words of the title", () => {
    const text =
      '"The network will not hide," said Acting Under Secretary for Revenue and Customs Intelligence Marcus Lindqvist.';
    expect(speakerOf(text, "network will not hide")).toBe("Marcus Lindqvist");
  });

  it("finds the name after a title holding 'of' and 'and'", () => {
    const text = '"We are ready," said Deputy Minister of Water and Irrigation Ahmed Hashim al-Zaidi.';
    expect(speakerOf(text, "We are ready")).toBe("Ahmed Hashim al-Zaidi");
  });

  it("keeps a name made of given names whole", () => {
    const text = '"Nothing was found," said Minister of Interior Ali Jasim Hassan.';
    expect(speakerOf(text, "Nothing was found")).toBe("Ali Jasim Hassan");
  });
});

describe("'the paper' in a press review", () => {
  const review = [
    "MORNING PRESS DIGEST",
    "",
    "NAHR AL-KHAIR (Basra, independent)",
    "",
    "The southern paper reports that smugglers moved three boats of diesel across the Shatt last week. The paper adds that the customs police have sent two patrols to the port.",
    "",
    "THE LEVANT CHRONICLE (Beirut, weekly)",
    "",
    'In its editorial, the paper writes that the border deal is "a truce with a timetable".',
  ].join("\n");

  it("credits the paper to the heading in capitals over its section", () => {
    expect(speakerOf(review, "smugglers moved three boats")).toBe("NAHR AL-KHAIR");
    expect(speakerOf(review, "customs police have sent")).toBe("NAHR AL-KHAIR");
  });

  it("credits the paper of the next section to that section's heading", () => {
    expect(speakerOf(review, "a truce with a timetable")?.toLowerCase()).toBe("the levant chronicle");
  });

  it("credits the paper to a newspaper named in running text", () => {
    const text =
      "The Gulf Herald ran a long piece on the port on Sunday. The newspaper says that two customs officers were arrested.";
    expect(speakerOf(text, "two customs officers were arrested")).toBe("Gulf Herald");
  });
});

describe("'It said' after a trailing attribution", () => {
  it("keeps the body that has just spoken as the speaker, not the subject of its words", () => {
    const text =
      "The police opened a checkpoint on the ring road on Monday, the Nineveh Operations Command said in a statement. It said three cars had been searched.";
    expect(speakerOf(text, "three cars had been searched")).toBe("Nineveh Operations Command");
  });

  it("still reads 'It' as the organization a sentence without a quote opened with", () => {
    const text =
      "The Border Guard Command, which was founded in 2019, patrols the desert. It said two smugglers had been caught.";
    expect(speakerOf(text, "two smugglers had been caught")).toBe("Border Guard Command");
  });
});

describe("'he' after a spokesman whose given name is borne by women too", () => {
  it("takes the spokesman's post as saying he is a man", () => {
    const text = [
      "Two shops burned overnight, according to a medical source at the hospital in Raqqa. A third was looted.",
      "",
      'The governor\'s office denied the reports. Its spokesman, Nour al-Din Hamdan, told a radio station that the fires were "an accident". He said the market was "open as usual".',
    ].join("\n");
    expect(speakerOf(text, "open as usual")).toBe("Nour al-Din Hamdan");
  });
});

describe("a source a document cites, then described by a relative clause", () => {
  it("names the source after 'cites', not the clause that cites it", () => {
    const text =
      "The report cites a farmer detained on 3 May, who told investigators that the wells had been poisoned.";
    expect(speakerOf(text, "wells had been poisoned")).toBe("a farmer detained on 3 May");
  });

  it("keeps a participle's own description of the source as written", () => {
    const text = "A farmer quoted in the memo, who asked not to be named, said that the road was closed.";
    expect(speakerOf(text, "road was closed")).toBe("A farmer quoted in the memo");
  });
});

describe("a term a document defines in brackets", () => {
  const text =
    'On or about May 4, HADDAD told a confidential source ("CS-2") that he had "paid the smugglers twice" for the crossing.';

  it("reads the clause after the listener's bracketed name", () => {
    const found = extract(text).quotes.find((q) => q.kind === "indirect");
    expect(found?.text).toContain("he had");
    expect(found?.speaker.name.toLowerCase()).toBe("haddad");
  });

  it("does not take the defined term for a quotation", () => {
    expect(extract(text).quotes.some((q) => q.text === "CS-2")).toBe(false);
  });
});

describe("a party named by a term the document defined", () => {
  it("gives the reply to the defined term", () => {
    const text =
      'Confidential Witness 2 ("CW-2") ran a shop in Mersin. HADDAD wrote to CW-2: "The money is ready." CW-2 replied the same day, "Send it on Friday."';
    expect(speakerOf(text, "Send it on Friday")).toBe("CW-2");
  });

  it("does not make an undefined code a speaker", () => {
    const text =
      'HADDAD wrote to his cousin: "The money is ready." CW-2 replied the same day, "Send it on Friday."';
    expect(speakerOf(text, "Send it on Friday")).toBeNull();
  });
});
