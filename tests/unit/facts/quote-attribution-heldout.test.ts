import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Quote attribution on sentences written for these tests, in styles the corpus lacks. */

const quotes = (doc: FactsDocument) =>
  doc.quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.name, text: q.text }));
const direct = (doc: FactsDocument) => doc.quotes.filter((q) => q.kind === "direct");

describe("quote attribution", () => {
  it("gives 'he said' after a quote to the person named in the sentence before", () => {
    const doc = extract(
      "Interior Minister Khalid Rashed toured the checkpoints near Rutba on Tuesday. “The road is safe again,” he said.",
    );
    expect(direct(doc).map((q) => [q.speaker.name, q.text])).toEqual([
      ["Khalid Rashed", "The road is safe again"],
    ]);
  });

  it("reads British single quotation marks, apostrophes and elisions included", () => {
    const doc = extract(
      "Colonel Bashir Nuri inspected the fighters' barracks. 'Assad's men left in the '80s style, in a hurry,' he said.",
    );
    expect(direct(doc).map((q) => [q.speaker.name, q.text])).toEqual([
      ["Bashir Nuri", "Assad's men left in the '80s style, in a hurry"],
    ]);
  });

  it("reads ‘curly’ single quotes and «guillemets»", () => {
    const doc = extract(
      "‘We need more trucks,’ said aid coordinator Lina Farah. «The border is closed», said Omar Zaki, a driver.",
    );
    expect(quotes(doc)).toEqual([
      { kind: "direct", speaker: "Lina Farah", text: "We need more trucks" },
      { kind: "direct", speaker: "Omar Zaki", text: "The border is closed" },
    ]);
  });

  it("keeps a quotation over two sentences as one speaker's words", () => {
    const doc = extract(
      "“We will not leave. This is our land,” said Sheikh Fares al-Jabouri, a tribal leader.",
    );
    expect(direct(doc).map((q) => [q.speaker.name, q.text])).toEqual([
      ["Fares al-Jabouri", "We will not leave. This is our land"],
    ]);
  });

  it("reads 'told a conference in ... that' and splits the title from the name", () => {
    const doc = extract(
      "National Security Adviser Qassem al-Araji told a conference in Baghdad on Monday that the camp remained a threat.",
    );
    expect(quotes(doc)).toEqual([
      { kind: "indirect", speaker: "Qassem al-Araji", text: "the camp remained a threat" },
    ]);
  });

  it("gives ', saying ...' to the subject of the clause, and its quotation too", () => {
    const doc = extract(
      "Asayish commander Hevi Mustafa contradicted him, saying there had been 'no breach of the perimeter'.",
    );
    expect(quotes(doc)).toEqual([
      { kind: "indirect", speaker: "Hevi Mustafa", text: "there had been 'no breach of the perimeter'" },
      { kind: "direct", speaker: "Hevi Mustafa", text: "no breach of the perimeter" },
    ]);
  });

  it("reads 'described ... as' and 'wrote on X that'", () => {
    const doc = extract(
      "Analyst Dana Aziz described the camp as a ticking bomb. Envoy Peter Hall wrote on X that talks would resume.",
    );
    expect(quotes(doc)).toEqual([
      { kind: "indirect", speaker: "Dana Aziz", text: "the camp as a ticking bomb" },
      { kind: "indirect", speaker: "Peter Hall", text: "talks would resume" },
    ]);
  });

  it("gives 'the adviser said' to the adviser, not to a spokesman named before", () => {
    const doc = extract(
      "Ministry spokesman Saad Maan said the border was calm. Later, National Security Adviser Qassem al-Araji met tribal leaders in Anbar. Infiltration attempts had doubled, the adviser said.",
    );
    expect(doc.quotes.at(-1)).toMatchObject({ speaker: { name: "Qassem al-Araji" } });
  });

  it("gives 'he said' to the adviser named just before, not to the spokesman quoted two sentences earlier", () => {
    const doc = extract(
      "Ministry spokesman Saad Maan said the border was calm. Five trucks crossed on Sunday. National Security Adviser Qassem al-Araji visited the crossing. “We are watching every metre,” he said.",
    );
    expect(direct(doc).map((q) => q.speaker.name)).toEqual(["Qassem al-Araji"]);
  });

  it("resolves 'the monitor's director' to the person holding that post", () => {
    const doc = extract(
      "Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, counted the dead. Twelve fighters were killed, the monitor's director said.",
    );
    expect(doc.quotes.at(-1)).toMatchObject({ speaker: { name: "Rami Abdel Rahman" } });
  });

  it("emits a short quotation inside a longer one once, as part of the longer", () => {
    const doc = extract("“They call it ‘the lost camp’ and nobody comes,” said Hana Saleh, an aid worker.");
    expect(direct(doc).map((q) => q.text)).toEqual(["They call it ‘the lost camp’ and nobody comes"]);
  });

  it("does not quote scare quotes nobody said", () => {
    const doc = extract("The so-called 'caliphate' collapsed in 2019.");
    expect(doc.quotes).toEqual([]);
  });

  it("gives each quote a modality: hedged, denied or asserted", () => {
    const doc = extract(
      "Spokesman Ali Hamdan said the attack could spread to the camps. Commander Rebaz Amin denied that any prisoners had escaped. “There was no breach,” he said. Officer Samir Hadi said the convoy arrived.",
    );
    expect(doc.quotes.map((q) => [q.text, q.modality])).toEqual([
      ["the attack could spread to the camps", "hypothetical"],
      ["denied that any prisoners had escaped", "negated"],
      ["There was no breach", "negated"],
      ["the convoy arrived", "asserted"],
    ]);
  });

  it("gives the speaker the name as the article writes it", () => {
    const doc = extract("Trucks were searched twice, the Border Ports Authority said.");
    expect(doc.quotes[0]?.speaker.name).toBe("Border Ports Authority");
  });
});
