import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Speaker readings behind the older held-out sets' wrong or missing speakers (190-199, 240-249,
 * 260-269, 310-319), on sentences written for these tests.
 */

const quoteWith = (text: string, words: string, kind?: "direct" | "indirect") =>
  extract(text).quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind));
const speakerOf = (text: string, words: string, kind?: "direct" | "indirect") =>
  quoteWith(text, words, kind)?.speaker.name ?? null;

describe("an adverb of time between the auxiliary and the verb of saying", () => {
  it("reads 'has since said that' as 'has said that'", () => {
    const text =
      "Fighting resumed on Monday. The Diyala Operations Command has since said that six soldiers were wounded, two of them badly.";
    expect(speakerOf(text, "six soldiers were wounded", "indirect")).toBe("Diyala Operations Command");
  });
});

describe("a signature line after a quotation", () => {
  it("does not end the signer's description inside a hyphened word", () => {
    const text = [
      "THE WEEK IN WORDS",
      "",
      "1.",
      '"Ask the people who buy the oil, not me."',
      "— A Federal Police officer at a checkpoint on the Erbil-Mosul road, asked by our reporter why trucks were stopped.",
      "Why it matters: trucks wait for hours.",
    ].join("\n");
    expect(speakerOf(text, "Ask the people who buy the oil")).toBe(
      "A Federal Police officer at a checkpoint on the Erbil-Mosul road",
    );
  });
});

describe("words quoted inside a clause a second speaker states, relayed by the first", () => {
  it("gives them to the one whose 'stated that' opens their clause", () => {
    const text =
      'The Foreign Ministry said on Monday that it had protested similar raids in March, and that the Embassy\'s letter of 3 April stated that the strikes "hit militants only".';
    expect(speakerOf(text, "hit militants only", "direct")).toBe("the Embassy");
  });

  it("leaves words of purpose after the reported clause's own verb of speech to the reporter", () => {
    const text = [
      "The State Board of Antiquities and Heritage reported a theft at the museum in Basra on Monday.",
      "The Inspector of Basra Antiquities, Dr Huda Karim Salman, said the guards were tired.",
      'She added that the Board had warned the customs service of the theft "so that no tablet can leave the country".',
    ].join(" ");
    expect(speakerOf(text, "no tablet can leave the country", "direct")).toBe("Huda Karim Salman");
  });
});

describe("an honorific written with its capital after 'the'", () => {
  it("is the person it titled before, even many sentences back", () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Step ${i + 1} of the recipe takes a while.`);
    const text = [
      "The owner, Hajji Mahmoud Salih Abbas, is seventy. He opened the bakery in 1990.",
      "",
      filler.join(" "),
      "",
      'Do not rush the dough. As the Hajji says, "Bread that is hurried is bread that is wasted."',
    ].join("\n");
    expect(speakerOf(text, "Bread that is hurried")).toBe("Mahmoud Salih Abbas");
  });
});

describe("a saying's label with what it is about before the colon", () => {
  it("gives 'His verdict on X: \"...\"' to the one 'his' stands for", () => {
    const text =
      'The baker, Karim Hassan, lost his shop in the fire. On Sunday he was back at the oven by dawn. His verdict on the first loaf: "Heavier than before. The oven is sulking."';
    expect(speakerOf(text, "The oven is sulking")).toBe("Karim Hassan");
  });
});

describe("the writer's own source at a body", () => {
  it("is the source, not the body it is at", () => {
    const text =
      'The convoy left at dawn. Our contact at the Peshmerga wrote to me last night: "Take the north road and stop before dark."';
    expect(speakerOf(text, "Take the north road")).toBe("Our contact at the Peshmerga");
  });
});

describe("a reduced relative of description", () => {
  it("gives words 'described by X as' after a noun to X, and no clause to the noun", () => {
    const text = 'Two men described by our monitors as "armed and masked" stood outside the school.';
    expect(speakerOf(text, "armed and masked", "direct")).toBe("our monitors");
    expect(quoteWith(text, "stood outside", "indirect")).toBeUndefined();
  });
});

describe("'they' opening a relative clause on the sentence's object", () => {
  it("is the sentence's subject, the body whose teams acted", () => {
    const text =
      'The Ramadi Municipality Directorate announced the tender. Last week, engineering teams of the Anbar Operations Command cleared the road and removed two devices, which they said had been "laid recently".';
    expect(speakerOf(text, "laid recently", "direct")).toBe("Anbar Operations Command");
  });
});
