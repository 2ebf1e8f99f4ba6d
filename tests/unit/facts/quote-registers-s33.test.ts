import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers in new registers — a readers' chat with the outlet's own correspondent, a comment
 * section, a printed speech, a relative's words reported by a reader — and the tags they come
 * with ("His words:", "heard X shout", "he will say", "told my father ..."), on sentences
 * written for these tests.
 */

const article = (body: string) =>
  `Tuesday 10 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));

describe("a live chat with the outlet's own correspondent", () => {
  const chat = [
    "Held online on Monday 9 March 2026.",
    "",
    "Host (Lina): Welcome. Our Basra correspondent Omar Khalil is with us to answer your questions. Omar, go ahead.",
    "",
    'Omar Khalil: Thanks, Lina. The port was closed for two days. The harbour master, Capt. Sami Rashid, told me the cranes were "working again by noon". He would not say more.',
    "",
    "Host (Lina): A reader asks whether the road is open.",
    "",
    'Omar Khalil: It is. I met a driver at the gate. "We waited all night," a driver from Zubair told me. "Nobody came."',
  ].join("\n");

  it("reads her answers as reporting and hears the people she quotes", () => {
    const doc = extract(chat);
    // Her answers are the outlet's narration, not her quotes.
    expect(doc.quotes.some((q) => q.speaker.name === "Omar Khalil")).toBe(false);
    expect(quoteOf(doc, "working again by noon", "direct")?.speaker.name).toBe("Sami Rashid");
    expect(quoteOf(doc, "We waited all night")?.speaker.name).toBe("a driver from Zubair");
    expect(quoteOf(doc, "Nobody came")?.speaker.name).toBe("a driver from Zubair");
  });

  it("still gives an interviewee who is no reporter of the outlet his turns", () => {
    const doc = extract(chat.replace("Our Basra correspondent Omar Khalil", "The port engineer Omar Khalil"));
    expect(quoteOf(doc, "The port was closed for two days")?.speaker.name).toBe("Omar Khalil");
  });
});

describe("speakers named by kinship, by an aside and after a title", () => {
  it("gives 'and he says' to the relative who opens the sentence", () => {
    const doc = extract(
      article(
        "Colonel Faris Jaber spoke to reporters on Sunday. He did not take questions. My cousin drives a taxi in Mosul and he says the checkpoints are shut at dusk.",
      ),
    );
    expect(quoteOf(doc, "the checkpoints are shut at dusk")?.speaker.name).toBe("My cousin");
  });

  it("gives an unnamed source's words to the name in the aside between dashes", () => {
    const doc = extract(
      article(
        'A senior officer — the brigade\'s operations chief, Col. Hadi Salman — was blunt. He said the patrols had "no fuel left".',
      ),
    );
    expect(quoteOf(doc, "no fuel left", "direct")?.speaker.name).toBe("Hadi Salman");
  });

  it("gives a caller's words to the titled name in apposition after the relative clause", () => {
    const doc = extract(
      article(
        'A woman who said she worked for the council, Dr. Noor Aziz, told my mother the water would return "within a week".',
      ),
    );
    expect(quoteOf(doc, "the water would return", "indirect")?.speaker.name).toBe("Noor Aziz");
    expect(quoteOf(doc, "within a week", "direct")?.speaker.name).toBe("Noor Aziz");
    // The self-description in the relative clause stops at its comma.
    expect(quoteOf(doc, "she worked for the council", "indirect")?.text).toBe("she worked for the council");
  });

  it("reads 'told my father the ...' as a listener, then the clause", () => {
    const doc = extract(
      article("A police officer at the court told my father the hearing had been postponed."),
    );
    expect(quoteOf(doc, "the hearing had been postponed", "indirect")?.speaker.name).toBe(
      "A police officer at the court",
    );
  });
});

describe("tags of a quotation", () => {
  it("reads 'His words:' as the words of the person just named", () => {
    const doc = extract(
      article(
        'Brig. Karim Obeid spoke first. Then I spoke to Colonel Yusuf Hamdan at the base. His words: "We hold the bridge. We will not leave it."',
      ),
    );
    expect(quoteOf(doc, "We hold the bridge")?.speaker.name).toBe("Yusuf Hamdan");
  });

  it("reads a shout, and a shout someone heard, as the shouter's words", () => {
    const doc = extract(
      article(
        'The shopkeeper heard one of the guards shout "Close the shutters". Another guard yelled: "Move back now!"',
      ),
    );
    expect(quoteOf(doc, "Close the shutters")?.speaker.name).toBe("one of the guards");
    expect(quoteOf(doc, "Move back now")?.speaker.name).toBe("Another guard");
  });

  it("reads a speech announced with 'he will say' and a post of a body named in lower case", () => {
    const doc = extract(
      article(
        'The chairman of the committee will then open the session. "Today," he will say, "we close a hard chapter."',
      ),
    );
    expect(quoteOf(doc, "Today")?.speaker.name).toBe("The chairman of the committee");
    expect(quoteOf(doc, "we close a hard chapter")?.speaker.name).toBe("The chairman of the committee");
  });
});

describe("a printed speech and a comment section", () => {
  it("gives the quoted paragraphs under '(to be read by ...)' to the one who reads them", () => {
    const doc = extract(
      [
        "Tuesday 10 March 2026",
        "",
        "ADDRESS OF THE UNION",
        "(to be read by the union's secretary, Hassan Jawad)",
        "",
        '"Ten years ago the mine closed. Our fathers lost their work.',
        "",
        '"We ask again for the pensions they were promised."',
        "",
        "Tea will be served after the address.",
      ].join("\n"),
    );
    expect(quoteOf(doc, "Ten years ago the mine closed")?.speaker.name).toBe("Hassan Jawad");
    expect(quoteOf(doc, "We ask again for the pensions")?.speaker.name).toBe("Hassan Jawad");
  });

  it("gives a comment to its signature, when the page has two or more", () => {
    const comments = [
      "Tuesday 10 March 2026",
      "",
      "COMMENTS",
      "",
      'Salim R., Kut: "The bridge was never finished."',
      "",
      'Anonymous: "Keep writing about it."',
    ].join("\n");
    const doc = extract(comments);
    expect(quoteOf(doc, "The bridge was never finished")?.speaker.name).toBe("Salim R.");
    expect(quoteOf(doc, "Keep writing about it")?.speaker.name).toBe("Anonymous");
    // One line of the kind is no comment section.
    const lone = extract(comments.replace('Anonymous: "Keep writing about it."', "The comments are closed."));
    expect(quoteOf(lone, "The bridge was never finished")?.speaker.name).not.toBe("Salim R.");
  });
});

describe("a newsletter's tags", () => {
  it("reaches a source described by a relative clause after the quote", () => {
    const doc = extract(
      article(
        '"The lights went out at nine," a trader who works near the market told our reporter on Monday.',
      ),
    );
    expect(quoteOf(doc, "The lights went out at nine")?.speaker.name).toBe(
      "a trader who works near the market",
    );
  });

  it("reads an appeal to parties named in marks as the appeal, in the writer's words", () => {
    const doc = extract(
      article('The UN agency UNICEF called on "both sides" to open the road to the clinic.'),
    );
    expect(quoteOf(doc, "to open the road to the clinic", "indirect")?.speaker.name).toBe("UNICEF");
    // An appeal quoted whole stays a direct quote only.
    const whole = extract(article('The UN agency UNICEF called on "both sides to open the road".'));
    expect(whole.quotes.filter((q) => q.kind === "indirect")).toEqual([]);
  });

  it("gives an epigraph's words to the name after its dash", () => {
    const doc = extract(
      article('"The river is lower every summer. We dig deeper wells." — Karwan Aziz, a farmer in Duhok.'),
    );
    expect(quoteOf(doc, "The river is lower every summer")?.speaker.name).toBe("Karwan Aziz");
  });
});

describe("a witness statement and a donor report", () => {
  it("hears the men a witness describes, by their description", () => {
    const doc = extract(
      article(
        [
          'When the car slowed, a young man pointed a pistol at us and said in Kurdish, "Open the boot."',
          'The older man asked me, "Where are you going?"',
          'Later the one who took my wallet said, "Do not call the police."',
        ].join(" "),
      ),
    );
    expect(quoteOf(doc, "Open the boot")?.speaker.name).toBe("a young man");
    expect(quoteOf(doc, "Where are you going")?.speaker.name).toMatch(/older man/);
    expect(quoteOf(doc, "Do not call the police")?.speaker.name).toBe("the one who took my wallet");
  });

  it("keeps words an interview's answer quotes from someone else as that speaker's", () => {
    const doc = extract(
      [
        "Saturday 17 January 2026",
        "",
        "The officer Sabah Karim questioned the driver Aras Jamil at the station.",
        "",
        "Q: Did they say anything?",
        'A: Yes. The one who held the rifle said, "Pay every month or we burn the truck." Then they left.',
        "",
        "Q: Did you see their car?",
        "A: It was a white pickup with no plates.",
      ].join("\n"),
    );
    const own = doc.quotes.filter((q) => q.text.startsWith("Pay every month or we burn the truck"));
    expect(own.map((q) => q.speaker.name)).toEqual(["The one who held the rifle"]);
  });

  it("names a source by what it asked to be called", () => {
    const doc = extract(
      article(
        'A farmer in Hajin, who asked to be called Abu Nasser, said the pump "failed twice in a week".',
      ),
    );
    expect(quoteOf(doc, "failed twice in a week", "direct")?.speaker.name).toBe("Abu Nasser");
  });

  it("reads 'According to X, ...' at the head of a numbered paragraph", () => {
    const doc = extract(
      article("3.2 According to the water directorate, the canal lost half its flow in the quarter."),
    );
    expect(quoteOf(doc, "the canal lost half its flow", "indirect")?.speaker.name).toMatch(
      /water directorate/,
    );
  });
});

describe("a daybook's and a findings summary's bodies", () => {
  it("reads a request after a semicolon as its own, not inside what was announced", () => {
    const doc = extract(
      article(
        "Road works on the highway, announced on Sunday; the ministry asked drivers to use the old road until Friday.",
      ),
    );
    expect(quoteOf(doc, "drivers to use the old road", "indirect")?.speaker.name).toMatch(/ministry/);
  });

  it("gives 'It asks' to the body named by its common noun in the sentence before", () => {
    const doc = extract(
      article(
        "The Basra Operations Command said the bridge was closed. The directorate notes that it has buried 12 unnamed victims this year. It asks families of the missing to give blood samples.",
      ),
    );
    expect(quoteOf(doc, "families of the missing to give blood samples", "indirect")?.speaker.name).toBe(
      "The directorate",
    );
  });
});

describe("a book review", () => {
  it("gives a tag after 'The author ...' to the credited author, not to the one quoted before", () => {
    const doc = extract(
      [
        "Sunday 11 October 2026",
        "",
        '"The River Road" by Salah Qadir Amin. Dar al-Jisr, 240 pages.',
        "",
        'Amin served at a checkpoint on the river for two years. A colonel, whom he calls only "the Old Man", warns his men that "the road remembers everything". The author does not name him, out of respect for his sons, he says in an afterword.',
      ].join("\n"),
    );
    expect(quoteOf(doc, "The author does not name him", "indirect")?.speaker.name).toBe("Salah Qadir Amin");
  });
});
