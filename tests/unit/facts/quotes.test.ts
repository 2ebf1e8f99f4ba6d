import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

const quotes = (doc: FactsDocument) =>
  doc.quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speaker.name,
    known: q.speaker.entityId !== null,
    text: q.text,
  }));

describe("quotes", () => {
  it("attributes a direct quote to the name after it, and 'he said' to the last speaker", () => {
    const doc = extract(
      '"The wall is finished," border commander Faisal Mahdi told reporters. "Nobody crosses here now," he said.',
    );
    expect(quotes(doc)).toEqual([
      { kind: "direct", speaker: "Faisal Mahdi", known: true, text: "The wall is finished" },
      { kind: "direct", speaker: "Faisal Mahdi", known: true, text: "Nobody crosses here now" },
    ]);
    expect(doc.quotes[0]?.speaker.entityId).toBe(doc.entities.find((e) => e.name === "Faisal Mahdi")?.id);
  });

  it("reads past a title's period to the speaker after a quote", () => {
    const doc = extract('"We will continue to hunt them," CENTCOM commander Gen. Michael Kurilla said.');
    expect(quotes(doc)).toEqual([
      { kind: "direct", speaker: "Michael Kurilla", known: true, text: "We will continue to hunt them" },
    ]);
  });

  it("resolves 'she said' past a man who spoke in between", () => {
    const doc = extract(
      'Aid worker Hana Saleh said the camp was full. Guard commander Omar Jassim said the gates were shut. "We have no more tents," she said.',
    );
    expect(doc.quotes.at(-1)?.speaker.name).toBe("Hana Saleh");
  });

  it("reads reported speech: 'noted that', 'revealed that', 'according to', and a trailing 'X said'", () => {
    const doc = extract(
      "Spokesman Ali Hamdan noted that the convoy had arrived. The camp was calm, according to the Kurdish Red Crescent. Two guards were wounded, the Asayish said on Sunday.",
    );
    expect(quotes(doc)).toEqual([
      { kind: "indirect", speaker: "Ali Hamdan", known: true, text: "the convoy had arrived" },
      { kind: "indirect", speaker: "Kurdish Red Crescent", known: true, text: "The camp was calm" },
      { kind: "indirect", speaker: "Asayish", known: true, text: "Two guards were wounded" },
    ]);
  });

  it("keeps a quotation inside reported speech as both kinds, with one speaker", () => {
    const doc = extract(
      "Military expert Imad Saleh believes that the trench could help “stop the flow of fighters.”",
    );
    expect(quotes(doc)).toEqual([
      {
        kind: "indirect",
        speaker: "Imad Saleh",
        known: true,
        text: "the trench could help “stop the flow of fighters.”",
      },
      { kind: "direct", speaker: "Imad Saleh", known: true, text: "stop the flow of fighters" },
    ]);
  });

  it("keeps an anonymous source as the article names it, never as a named person", () => {
    const doc = extract(
      'Colonel Sami Aziz spoke first. "The smugglers are armed," said a military source, who asked not to be named. A local official in Mafraq said the road was closed.',
    );
    expect(quotes(doc)).toEqual([
      { kind: "direct", speaker: "a military source", known: false, text: "The smugglers are armed" },
      { kind: "indirect", speaker: "A local official in Mafraq", known: false, text: "the road was closed" },
    ]);
  });

  it("resolves 'the ministry said' and 'the statement said' to the organization named before", () => {
    const doc = extract(
      "The Ministry of Interior announced that the crossing would reopen. The ministry said that trucks would be searched. According to a statement from the Border Ports Commission, permits are required. Fees will rise, the statement said.",
    );
    expect(doc.quotes.map((q) => q.speaker.name)).toEqual([
      "Ministry of Interior",
      "Ministry of Interior",
      "Border Ports Commission",
      "Border Ports Commission",
    ]);
  });

  it("does not take scare quotes for quotations", () => {
    const doc = extract('Cells collect "taxes" from shepherds in the desert.');
    expect(doc.quotes).toEqual([]);
  });
});
