import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 40 (quo): craftsmen's titles, listeners with asides, statements' makers, long addressees. */

type Doc = ReturnType<typeof extract>;
const quoteWith = (doc: Doc, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (kind === undefined || q.kind === kind));
const speakerOf = (doc: Doc, words: string, kind?: "direct" | "indirect") =>
  quoteWith(doc, words, kind)?.speaker?.name;

describe("a master craftsman's title is no part of his name", () => {
  it("'Usta Kamal Rashid Hamo' speaks as Kamal Rashid Hamo", () => {
    const doc = extract(
      'Our head mechanic, Usta Kamal Rashid Hamo, has repaired engines on this road for thirty years. "A truck is a family\'s bread," he says.',
    );
    expect(speakerOf(doc, "family's bread")).toBe("Kamal Rashid Hamo");
  });
});

describe("a listener described in a relative clause between commas", () => {
  it("'X told our cousin, who drives a taxi, that ...' is X's, not the cousin's", () => {
    const doc = extract(
      'A traffic officer in Kirkuk, Captain Rebwar Salih, told our cousin, who drives a taxi there, that the checkpoint would move north. "Nobody should panic," he said.',
    );
    expect(speakerOf(doc, "checkpoint would move north", "indirect")).toBe("Rebwar Salih");
    expect(quoteWith(doc, "checkpoint would move north")?.text.startsWith("the checkpoint")).toBe(true);
    expect(speakerOf(doc, "Nobody should panic")).toBe("Rebwar Salih");
  });

  it("', told the guard,' is no inverted tag naming the guard as speaker", () => {
    const doc = extract(
      "A doctor at the clinic, Dr. Layla Hassan, told the night guard that the generator had failed.",
    );
    expect(doc.quotes.some((q) => q.speaker.name === "the night guard")).toBe(false);
    expect(speakerOf(doc, "generator had failed")).toBe("Layla Hassan");
  });
});

describe("'the statement said' after someone spoke 'in a statement'", () => {
  it("is the words of the spokeswoman who issued it", () => {
    const doc = extract(
      'The police spokeswoman in Qamishli, Rojin Ali, said in a statement on Friday that two men had been detained. "The roads are open again," the statement said.',
    );
    expect(speakerOf(doc, "roads are open again")).toBe("Rojin Ali");
  });
});

describe("a request to those named by a longer phrase", () => {
  it("'asked shop owners with generators to ...' is an indirect quote of the one who asked", () => {
    const doc = extract(
      "The mayor, Saad Jabbar, spoke on Monday. He also asked shop owners with generators to switch them off after ten at night.",
    );
    expect(quoteWith(doc, "switch them off", "indirect")?.speaker.name).toBe("Saad Jabbar");
  });

  it("'asked every bakery in the district to ...' too", () => {
    const doc = extract(
      "The governor, Ali Nasser, visited the market on Sunday. He asked every bakery in the district to keep its ovens lit during the curfew.",
    );
    expect(quoteWith(doc, "keep its ovens lit", "indirect")?.speaker.name).toBe("Ali Nasser");
  });

  it("'asked about the shops in the market' opens no request", () => {
    const doc = extract("Ali Nasser asked about the shops in the market to see what was left.");
    expect(quoteWith(doc, "see what was left", "indirect")).toBeUndefined();
  });
});

describe("a pronoun's person named further back in its own paragraph", () => {
  it("'he wrote to us' three sentences after the man is named, with a woman quoted in the paragraph before", () => {
    const doc = extract(
      'The editor, Mariam Saleh, writes that the archive "survived two floods".\n\nKarwan Aziz was due here on Monday. On Sunday night, gunmen attacked a checkpoint near Makhmour. The army closed the road until noon, and the poet turned back. "Keep my chair warm," he wrote to us.',
    );
    expect(speakerOf(doc, "Keep my chair warm")).toBe("Karwan Aziz");
  });
});

describe("relatives named by kinship", () => {
  it("'My father opened the shop. He used to say, \"...\"' is the father's, with the habit's 'used to'", () => {
    const doc = extract(
      'Business is slow this winter. My grandfather opened this shop in 1987. He used to say, "A shop that closes early is a shop that closes." We still open at six.',
    );
    expect(speakerOf(doc, "closes early")).toBe("My grandfather");
  });

  it("'He used to say' after a named man is that man's", () => {
    const doc = extract(
      'Omar Faraj ran the market for forty years. He used to say, "Prices follow the road."',
    );
    expect(speakerOf(doc, "Prices follow the road")).toBe("Omar Faraj");
  });

  it("'Hawre's brother, NAME, ...' then 'He asked us to add this' is NAME's", () => {
    const doc = extract(
      "Hawre Ali came back on Sunday. Hawre's brother, Dilan Ali, runs the shop with him. He asked us to add this: 'We will open again on Monday.'",
    );
    expect(speakerOf(doc, "open again on Monday")).toBe("Dilan Ali");
  });
});

describe("the teller of what someone else said", () => {
  it("'X told us what the officer said to him: \"He said, ...\"' is X's account", () => {
    const doc = extract(
      "Police stopped our driver, Sherzad Omar, for an hour on Friday. Sherzad told us what the officer said to him: \"He said, 'Next time bring your papers.' I said nothing.\"",
    );
    expect(speakerOf(doc, "Next time bring your papers")).toBe("Sherzad Omar");
  });
});

describe("the Kurdish courtesy title 'Kak'", () => {
  it("is no part of a full name", () => {
    const doc = extract(
      'Our cameraman, Kak Soran Aziz Hamad, films every wedding. "The light is best at five," he says.',
    );
    expect(speakerOf(doc, "light is best")).toBe("Soran Aziz Hamad");
  });
});

describe("quotation marks of other typographies", () => {
  it("„…“ with ‚…‘ nested: one quote over its sentences, the speaker's", () => {
    const doc = extract(
      "Our driver Samir Khalil came back on Friday. „They stopped me at noon,“ he said. „One of them said, ‚You will pay.‘ Nobody called. Nobody came.“",
    );
    const q = quoteWith(doc, "Nobody called", "direct");
    expect(q?.text).toContain("One of them said");
    expect(q?.text).toContain("Nobody came");
    expect(q?.speaker.name).toBe("Samir Khalil");
  });

  it("«…» over two sentences is one quote", () => {
    const doc = extract(
      "Her neighbour, Amina Saleh, told the police: «I heard the car stop. Then I saw the fire.»",
    );
    const q = quoteWith(doc, "I heard the car stop", "direct");
    expect(q?.text).toContain("Then I saw the fire");
    expect(q?.speaker.name).toBe("Amina Saleh");
  });
});

describe("requests and statements of institutions", () => {
  it("'asked every shop, kiosk and stall to ...' is a request to a listed addressee", () => {
    const doc = extract(
      "The police spokesman, Major Karim Aziz, spoke on Monday. He asked every shop, kiosk and stall to close by nine.",
    );
    expect(quoteWith(doc, "close by nine", "indirect")?.speaker.name).toBe("Karim Aziz");
  });

  it("'A statement of the X command asked every office \"to stop ...\"' is the command's request", () => {
    const doc = extract(
      'A statement of the border command on Monday asked every transport office in the district "to stop night trips until further notice".',
    );
    expect(speakerOf(doc, "every transport office", "indirect")).toBe("border command");
  });

  it("'the official said' after a lieutenant colonel is named is his", () => {
    const doc = extract(
      "The ministry's spokesman in the province, Lieutenant Colonel Nawaf al-Saleh, told a local channel that two men had been detained. The official said it was the fourth arrest this month.",
    );
    expect(speakerOf(doc, "fourth arrest")).toBe("Nawaf al-Saleh");
  });

  it("'; according to X, ...' after a semicolon is X's", () => {
    const doc = extract(
      "A truck was stopped at the checkpoint on Sunday; according to the traffic police, the driver had no papers.",
    );
    expect(speakerOf(doc, "the driver had no papers", "indirect")).toBe("traffic police");
  });
});

describe("words passed on in the article's voice", () => {
  it("'In his words, the market \"...\"' is his indirect quote, the quoted part his direct one", () => {
    const doc = extract(
      'Hajji Salim Karim has sold vegetables here for twenty years. In his words, the market "has never been this quiet".',
    );
    expect(speakerOf(doc, "the market", "indirect")).toBe("Salim Karim");
    expect(speakerOf(doc, "has never been this quiet", "direct")).toBe("Salim Karim");
  });

  it("'She asked me, as her assistant, to write that ...' is her statement", () => {
    const doc = extract(
      "Dr. Huda Aziz has run this pharmacy since 2015. She asked me, as her assistant, to write that the pharmacy will stay open.",
    );
    expect(speakerOf(doc, "pharmacy will stay open", "indirect")).toBe("Huda Aziz");
  });
});

describe("a passive 'is said' inside a quotation", () => {
  it("does not cut the reported clause at ', whatever is said'", () => {
    const doc = extract(
      'The judge, Salem Hadi, stated that the hearing was open. He stated further that land "will not be seized without payment, whatever is said in the cafes".',
    );
    expect(quoteWith(doc, "land", "indirect")?.text).toContain("whatever is said in the cafes");
  });
});
