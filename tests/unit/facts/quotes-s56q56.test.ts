import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Who speaks when the speaker is named by a description rather than a name: a numbered paragraph
 * that opens with kin ("4. Her sister wrote ..."), kin owned by an unnamed person ("The baker's
 * son came ..."), and an unnamed source described by a lower-case phrase and its restrictive
 * clause ("A woman from a charity that runs the clinic ..."); on sentences written for these tests.
 */

const article = (body: string) =>
  `Tuesday 10 March 2026\n\nA short note of narration opens the page.\n\n${body}\n\nThe page ends here.`;

const quoteOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));

describe("a numbered paragraph opening with kin", () => {
  it("gives the next sentence's pronoun to the kin, not to a person named paragraphs before", () => {
    const doc = extract(
      article(
        [
          "3. The defence, through Ms Laura Pennington, asked the tribunal to adjourn the hearing. I refuse that request.",
          "",
          "4. Her sister wrote to the tribunal. She said that the family 'has waited long enough' for a ruling.",
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "has waited long enough", "direct")?.speaker.name).toBe("Her sister");
  });

  it("leaves the pronoun with the named person when the paragraph's subject is not kin", () => {
    const doc = extract(
      article(
        [
          "3. The defence, through Ms Laura Pennington, asked the tribunal to adjourn the hearing.",
          "",
          "4. She said that the family 'has waited long enough' for a ruling.",
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "has waited long enough", "direct")?.speaker.name).toBe("Laura Pennington");
  });
});

describe("kin owned by an unnamed person", () => {
  it("is the pronoun's person across the sentences that go on with the pronoun", () => {
    const doc = extract(
      article(
        [
          "Colonel Hazem Abbas said the market would reopen on Monday. The baker's son walked over to our table. He asked me whether the road to the river was open. I showed him the map.",
          "",
          'He said: "They close it every Friday. Nobody tells us why."',
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "They close it every Friday", "direct")?.speaker.name).toBe("The baker's son");
  });

  it("does not reach a sentence no pronoun carries it from", () => {
    const doc = extract(
      article(
        [
          "Colonel Hazem Abbas spoke to the crowd. The baker's son walked over to our table. The rain stopped at noon. Later we drove to the checkpoint.",
          "",
          'He said: "They close it every Friday. Nobody tells us why."',
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "They close it every Friday", "direct")?.speaker.name).not.toBe("The baker's son");
  });
});

describe("an unnamed source described by a lower-case phrase", () => {
  it("keeps the common noun and the restrictive clause up to the sentence's verb", () => {
    const doc = extract(
      article(
        'A woman from a charity that runs the clinic came to see the ward. She said the clinic had treated 60 children since May, and that the medicines "ran out last week".',
      ),
    );
    expect(quoteOf(doc, "ran out last week", "direct")?.speaker.name).toBe(
      "A woman from a charity that runs the clinic",
    );
  });

  it("stops at the comma before a non-restrictive clause", () => {
    const doc = extract(
      article(
        "A driver for the company that owns the trucks, who asked not to be named, said the queue was long. Asked why, he said: 'We wait three days at the gate.'",
      ),
    );
    expect(quoteOf(doc, "We wait three days at the gate", "direct")?.speaker.name).toBe(
      "A driver for the company that owns the trucks",
    );
  });

  it("never ends the description on its article, and leaves a capitalised object as it was", () => {
    const doc = extract(
      article(
        [
          "A resident of the village said the well had been dry since June.",
          "",
          "A spokesman for the Border Guard Command said the crossing would reopen on Sunday.",
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "the well had been dry", "indirect")?.speaker.name).toBe("A resident of the village");
    expect(quoteOf(doc, "the crossing would reopen", "indirect")?.speaker.name).toMatch(
      /^A spokesman for the Border Guard Command$|^Border Guard Command$/,
    );
  });
});

describe("a post in apposition to a name before 'who'", () => {
  it("gives what 'who' concluded to the named person, not to the post", () => {
    const doc = extract(
      article(
        "The panel also read the statement of Dr Ayesha Khanum, the consultant surgeon, who concluded that the injuries were 'consistent with a blast'.",
      ),
    );
    expect(quoteOf(doc, "consistent with a blast", "direct")?.speaker.name).toBe("Ayesha Khanum");
  });

  it("leaves a post with no name before it as the speaker", () => {
    const doc = extract(
      article(
        "The panel also read the statement of the hospital, the city's largest, which concluded that the injuries were 'consistent with a blast'.",
      ),
    );
    expect(quoteOf(doc, "consistent with a blast", "direct")?.speaker.name).not.toBe("Ayesha Khanum");
  });
});

describe("'one of them' joined to a speech verb by 'and'", () => {
  it("is the speaker of the verb phrase its speech verb is joined to", () => {
    const doc = extract(
      article(
        'Three men came to the farm after dark. One of them showed a badge and said they were "from the police". We did not see them again.',
      ),
    );
    expect(quoteOf(doc, "from the police", "direct")?.speaker.name).toBe("One of them");
  });

  it("keeps the phrase after an aside that credits who tells it", () => {
    const doc = extract(
      article(
        "Hemin Saleh told us that masked men pulled him from the crowd. One of them, he said, pressed him against a wall and told him: 'You film the fire, you become the fire.'",
      ),
    );
    expect(quoteOf(doc, "You film the fire", "direct")?.speaker.name).toBe("One of them");
  });

  it("does not read a clause with its own punctuation before 'and' so", () => {
    const doc = extract(
      article(
        "Captain Rawand Aziz said the convoy stopped twice. One of them, the second, lasted an hour; and said Captain Aziz, 'It was too long.'",
      ),
    );
    expect(quoteOf(doc, "It was too long", "direct")?.speaker.name).not.toBe("One of them");
  });
});

describe("a stance verb whose object is the quoted words", () => {
  it("quotes the object of 'condemned' and 'expressed' as the subject's words", () => {
    const doc = extract(
      article(
        [
          'Mahmoud Ali Hassan condemned "the cowardly crime in Kirkuk" on Sunday.',
          "",
          'Ambassador Salma Yousef expressed "the full support of her government" with the families.',
        ].join("\n"),
      ),
    );
    expect(quoteOf(doc, "the cowardly crime in Kirkuk", "direct")?.speaker.name).toBe("Mahmoud Ali Hassan");
    expect(quoteOf(doc, "the full support of her government", "direct")?.speaker.name).toBe("Salma Yousef");
  });

  it("does not read a quoted word inside the object ('condemned the \"cowardly\" attack') so", () => {
    const doc = extract(article('Mahmoud Ali Hassan condemned the "cowardly" attack on the market.'));
    expect(quoteOf(doc, "cowardly", "direct")).toBeUndefined();
  });
});

describe("a directive's quoted infinitive", () => {
  it("gives 'directed X to \"...\"' to the one directing", () => {
    const doc = extract(
      article(
        'At the meeting, the governor, Rashid Kamal Aziz, said the roads were open. He directed the police chiefs to "clear the checkpoints within a week".',
      ),
    );
    expect(quoteOf(doc, "clear the checkpoints within a week", "direct")?.speaker.name).toBe(
      "Rashid Kamal Aziz",
    );
  });

  it("does not read a directive told inside another's statement as the teller's own", () => {
    const doc = extract(
      article(
        'Rashid Kamal Aziz said that the minister had ordered the police chiefs to "clear the checkpoints within a week".',
      ),
    );
    expect(quoteOf(doc, "clear the checkpoints within a week", "direct")?.speaker.name).not.toBe("minister");
  });
});

describe("'put it' with where or when after the manner", () => {
  it("reads 'put it this way in the briefing room yesterday:' as the lead-in to the words", () => {
    const doc = extract(
      article(
        'The launch timing matches earlier attacks. Captain Rana Daoud, head of flight safety, put it this way in the crew briefing room yesterday: "The danger is on the apron. It is not in the air."',
      ),
    );
    expect(quoteOf(doc, "The danger is on the apron", "direct")?.speaker.name).toBe("Rana Daoud");
  });
});

describe("a body's saying named with its date", () => {
  it("gives 'The ministry's statement of 3 September says' to the ministry", () => {
    const doc = extract(
      article(
        "Kamaran Salih wrote to us in October. The Foreign Office's statement of 3 September, which I enclose, says: 'We advise against all travel to the border villages.'",
      ),
    );
    expect(quoteOf(doc, "We advise against all travel", "direct")?.speaker.name).toBe("Foreign Office");
  });

  it("keeps a saying's 'of' phrase that is no date", () => {
    const doc = extract(
      article("The ministry's report of the Sinjar attack says the road was closed for a week."),
    );
    expect(quoteOf(doc, "the road was closed for a week", "indirect")?.speaker.name).not.toBe("ministry");
  });
});

describe("a source's restrictive clause that gives the name it goes by", () => {
  it("gives the source's words to that name", () => {
    const doc = extract(
      article(
        'Serwan Doski told me the border was a price. A smuggler who asked me to call him Abu Khalil was less patient. "Now the sky keeps them," he said. Abu Khalil is not his real name.',
      ),
    );
    expect(quoteOf(doc, "Now the sky keeps them", "direct")?.speaker.name).toBe("Abu Khalil");
  });

  it("keeps the description when the clause names someone else", () => {
    const doc = extract(
      article(
        'Serwan Doski told me the border was a price. A smuggler who knew Abu Khalil was less patient. "Now the sky keeps them," he said.',
      ),
    );
    expect(quoteOf(doc, "Now the sky keeps them", "direct")?.speaker.name).toBe("A smuggler");
  });
});

describe("a reported clause after where and when it was said", () => {
  it("reaches 'that' past a statement carried by an agency on a date", () => {
    const doc = extract(
      article(
        'The Joint Operations Command took a different line. Its spokesman, Major General Kadhim Salman, said in a statement carried by the Iraqi News Agency on January 19 that federal forces "are ready to hold the valley", and that the delay lay elsewhere.',
      ),
    );
    expect(quoteOf(doc, "federal forces", "indirect")?.speaker.name).toBe("Kadhim Salman");
  });
});

describe("a bare clause opening with a plural noun and the phrase that places it", () => {
  it("reads 'said patrols on our street would be doubled' as reported speech", () => {
    const doc = extract(
      article(
        "Captain Raad Sabah spoke to the residents' committee. He said patrols on our street would be doubled until the end of the month.",
      ),
    );
    expect(quoteOf(doc, "patrols on our street would be doubled", "indirect")?.speaker.name).toBe(
      "Raad Sabah",
    );
  });

  it("does not read a plural noun with no auxiliary after its phrase as a clause", () => {
    const doc = extract(article("Captain Raad Sabah said prayers in the small mosque every morning."));
    expect(quoteOf(doc, "prayers in the morning", "indirect")).toBeUndefined();
  });
});
