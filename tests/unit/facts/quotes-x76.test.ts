import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

const speakers = (doc: FactsDocument) => doc.quotes.map((q) => [q.speaker.name, q.text]);

describe("a lead's described source named in the next sentence (set 66)", () => {
  it("takes the post's holder named as the next sentence's speaker", () => {
    const doc = extract(
      "Masked men set fire to a clinic outside the village late on Monday, the clinic's director said on Wednesday. Dr Leyla Osman, who has run the clinic since 2019, told reporters that nobody had been hurt.",
    );
    expect(speakers(doc)).toEqual([
      ["Leyla Osman", "Masked men set fire to a clinic outside the village late on Monday"],
      ["Leyla Osman", "nobody had been hurt"],
    ]);
  });

  it("takes a body ('the driver's employer') named first in the next sentence", () => {
    const doc = extract(
      "A lorry driver was abducted near the border crossing on Friday, the driver's employer said. Hasan Polat, 41, who drives for the Anka Transport Company of Mersin, was stopped at a fake checkpoint, his brother told us.",
    );
    expect(doc.quotes[0]?.speaker.name).toBe("Anka Transport Company of Mersin");
    expect(doc.quotes[0]?.speaker.entityId).not.toBeNull();
  });

  it("leaves the description when the next speaker holds another post", () => {
    const doc = extract(
      "A lorry driver was abducted near the border crossing on Friday, the hospital's director said. Police spokesman Omar Saleh told reporters that two men had been arrested.",
    );
    expect(doc.quotes[0]?.speaker).toMatchObject({ name: "hospital's director", entityId: null });
  });
});

describe("a courtesy title picks the namesake of its gender (set 66)", () => {
  it("reads 'Mrs Morgan' as the woman of two Morgans, and her 'she' after", () => {
    const doc = extract(
      "Welsh volunteer Dafydd Morgan, 61, was hurt when a shell hit the warehouse on Friday. His sister, Gwen Morgan, told the Post that he had cuts to his face. 'He rang me from the ambulance,' she said. Mrs Morgan said she had begged him to stay at home. 'He never listens,' she said.",
    );
    expect(speakers(doc).slice(2)).toEqual([
      ["Gwen Morgan", "she had begged him to stay at home"],
      ["Gwen Morgan", "He never listens"],
    ]);
  });
});

describe("tags of set 66's misses, in new wording", () => {
  it("reads the clause after 'told' and a press described by a nationality ('told Jordanian state radio')", () => {
    const doc = extract(
      "A border guard, Hamid Kassem, told Jordanian state radio the smugglers had crossed at night. A farmer told Lebanese media nobody had warned them.",
    );
    expect(speakers(doc)).toEqual([
      ["Hamid Kassem", "the smugglers had crossed at night"],
      ["A farmer", "nobody had warned them"],
    ]);
  });

  it("takes 'the monitor' up as the monitoring body quoted just before", () => {
    const doc = extract(
      "According to the Syrian Observatory for Human Rights, the lorry had been parked near the gate. Since March, at least 30 mines have gone off on the road, the monitor said, four of them in May.",
    );
    expect(speakers(doc)).toEqual([
      ["Syrian Observatory for Human Rights", "the lorry had been parked near the gate"],
      ["Syrian Observatory for Human Rights", "Since March, at least 30 mines have gone off on the road"],
      ["Syrian Observatory for Human Rights", "four of them in May"],
    ]);
  });

  it("keeps an 'and' inside an institution's name in an unnamed source ('at the X Education and Research Hospital')", () => {
    const doc = extract(
      "Six of the injured were taken to hospitals in Gaziantep. A nurse at the Gaziantep Education and Research Hospital, who asked not to be named, said three of them were in intensive care.",
    );
    expect(doc.quotes.map((q) => q.speaker.name)).toEqual([
      "A nurse at the Gaziantep Education and Research Hospital",
    ]);
  });

  it("reads a kin noun's '-in-law' compound as a speaker, before and after a nested quote", () => {
    const doc = extract(
      "Her sister-in-law, a teacher in Hama, told this newspaper that the family had fled at night. \"She said, 'Take only the bread, we leave at dawn,'\" the sister-in-law said.",
    );
    expect(speakers(doc)).toEqual([
      ["Her sister-in-law, a teacher in Hama", "the family had fled at night"],
      ["the sister-in-law", "She said, 'Take only the bread, we leave at dawn,'"],
    ]);
  });
});
