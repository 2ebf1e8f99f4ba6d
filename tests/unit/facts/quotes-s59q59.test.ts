import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Quote and speaker rules from the held-out sets' misses (session 59, helper q59): sources named
 * by a calling the lists lacked (clergy, a match's officials, pilots, dispatchers, underwriters),
 * and words a reporter recalls an unnamed teller addressing to someone ("the judge had told her
 * that \"...\"", "his sergeant had ordered him to \"...\""). Each on sentences written for these tests.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => [q.kind, q.speaker.name]);
const direct = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.kind === "direct" && q.text.includes(words)).map((q) => q.speaker.name);

describe("sources named by a calling", () => {
  it("reads a priest's homily reported with 'said ... that' and his words after it", () => {
    const doc = extract(
      [
        "A local official in Qaraqosh, who asked not to be named, said a second device had been found.",
        "",
        'The parish priest said in his sermon on Sunday morning that the families should stay calm. "We have rebuilt once and we will rebuild again," he said.',
      ].join("\n"),
    );
    expect(said(doc, "the families should stay calm")).toEqual([["indirect", "parish priest"]]);
    expect(said(doc, "We have rebuilt once")).toEqual([["direct", "parish priest"]]);
  });

  it("reads a match commissioner, a pilot and a dispatcher as speakers", () => {
    const doc = extract(
      [
        'The match commissioner said the game was stopped because the stewards "could not hold the gates".',
        "",
        "The pilot told the master that two boats had followed the ship since dawn.",
        "",
        'The dispatcher said, "Fire at the east depot, two men hurt," and hung up.',
      ].join("\n"),
    );
    expect(said(doc, "could not hold the gates")).toContainEqual(["direct", "match commissioner"]);
    expect(said(doc, "two boats had followed the ship")).toEqual([["indirect", "The pilot"]]);
    expect(said(doc, "Fire at the east depot")).toEqual([["direct", "The dispatcher"]]);
  });

  it("does not read a calling that only names what was hit as a speaker", () => {
    const doc = extract("A drone struck the pilot training centre near the airport on Monday night.");
    expect(doc.quotes).toEqual([]);
  });
});

describe("words an unnamed teller addressed to someone, recalled by a reporter", () => {
  it("gives words quoted in the clause the judge told her to the judge", () => {
    const doc = extract(
      'The lawyer, Samir Aziz, said the judge had told him that "no order of this kind" existed.',
    );
    expect(direct(doc, "no order of this kind")).toEqual(["the judge"]);
  });

  it("gives words quoted in what an officer instructed or a child asked to them", () => {
    const doc = extract(
      [
        'One soldier told the inspectors that his sergeant had instructed him to "wave it at every car".',
        "",
        'Samir Aziz said his daughter had asked him whether the soldiers "were coming back".',
      ].join("\n"),
    );
    expect(direct(doc, "wave it at every car")).toEqual(["his sergeant"]);
    expect(direct(doc, "were coming back")).toEqual(["his daughter"]);
  });

  it("keeps words quoted after a teller who addresses no one the reporter's", () => {
    const doc = extract(
      [
        'Colonel Samir Aziz said the suspect had admitted selling the rifles "for cash, with no papers".',
        "",
        'Samir Aziz said the company had asked for more guards "four times since May".',
        "",
        'Samir Aziz said the ministry had asked the army for patrols and that 300 guards would be hired "before the winter".',
      ].join("\n"),
    );
    expect(direct(doc, "for cash, with no papers")).toEqual(["Samir Aziz"]);
    expect(direct(doc, "four times since May")).toEqual(["Samir Aziz"]);
    expect(direct(doc, "before the winter")).toEqual(["Samir Aziz"]);
  });
});

describe("a lead-in ending in a colon, then the quotation in a paragraph of its own", () => {
  const record = [
    "1. The court convened at 10:00 in the presence of the accused.",
    "",
    "2. The defence lawyer, Rana Saleh Hamdan, said in her closing submission:",
    "",
    '"My client held the post until the last round. He asked for help that never came.',
    "",
    '"If this court wants the truth, it should ask who left a post of ten men with one radio."',
    "",
    "3. The prosecutor replied that the law was clear.",
  ].join("\n");

  it("gives each paragraph of the quotation to the subject of the lead-in's verb of saying", () => {
    const doc = extract(record);
    expect(direct(doc, "My client held the post")).toEqual(["Rana Saleh Hamdan"]);
    expect(direct(doc, "If this court wants the truth")).toEqual(["Rana Saleh Hamdan"]);
  });

  it("does not read a lead-in with no verb of saying as the speaker's", () => {
    const doc = extract(
      [
        "Rana Saleh Hamdan visited the post on Monday. Below is the text of the notice on its gate:",
        "",
        '"No entry without a permit from the command."',
      ].join("\n"),
    );
    expect(direct(doc, "No entry without a permit")).not.toContain("Rana Saleh Hamdan");
  });
});
