import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const extract = (text: string) => extractFacts({ id: "t", title: "t", text });
const entities = (text: string) => extract(text).entities.map((e) => `${e.type}: ${e.name}`);
const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker.name);

describe("names and speakers of set 63", () => {
  it("keeps a Portuguese surname's lower-case particle inside the person's name", () => {
    const text =
      'Among the volunteers was Joana dos Santos Ferreira, 58, a retired teacher from Porto. "We carried water until dawn," she said.';
    expect(entities(text)).toContain("person: Joana dos Santos Ferreira");
    expect(entities(text)).not.toContain("person: Santos Ferreira");
    expect(speakers(text)).toEqual(["Joana dos Santos Ferreira"]);
  });

  it("joins no particle-like word after a capital that is no given name", () => {
    const text = "Why do Kurds in Erbil vote early? Because the polls close at noon, Ali Hassan said.";
    expect(entities(text).some((e) => e.includes("Why"))).toBe(false);
  });

  it("ends a body's name on the 'Aid' its remit closes with", () => {
    const text = "A school run by the Danish Council for Refugee Aid (DCRA) two blocks away lost its roof.";
    expect(entities(text)).toContain("organization: Danish Council for Refugee Aid");
    expect(entities(text)).not.toContain("organization: Danish Council for Refugee");
  });

  it("knows the countries of South-East Asia and South America a story names as parties", () => {
    const text =
      "Thailand has some 300 nurses working in Erbil, the consulate said. Argentina sent a team to help them.";
    expect(entities(text)).toContain("place: Thailand");
    expect(entities(text)).toContain("place: Argentina");
  });

  const withHead = (body: string) => `Local news\n\nThe council met on Thursday.\n\n${body}`;
  const said = (text: string) =>
    extract(withHead(text)).quotes.map((q) => `${q.kind} <${q.speaker.name}> ${q.text}`);

  it("gives a clause to the speaker named with an appositive before the trailing verb", () => {
    expect(
      said("The bridge was shelled shortly after dawn, Karim Haddad, the district mayor, said."),
    ).toEqual(["indirect <Karim Haddad> The bridge was shelled shortly after dawn"]);
    expect(
      said("The bridge was shelled shortly after dawn, the district mayor, Karim Haddad, told reporters."),
    ).toEqual(["indirect <Karim Haddad> The bridge was shelled shortly after dawn"]);
  });

  it("reads a capitalised station after 'told' as the listener, however the means is given", () => {
    expect(said("The bridge was shelled shortly after dawn, Karim Haddad told Radio Sawt by phone.")).toEqual(
      ["indirect <Karim Haddad> The bridge was shelled shortly after dawn"],
    );
  });

  it("reaches back over a telling's listener, means and time of day to its verb", () => {
    expect(
      said(
        "The bridge was shelled shortly after dawn, Karim Haddad, the district mayor, told Radio Sawt by phone on Sunday morning.",
      ),
    ).toEqual(["indirect <Karim Haddad> The bridge was shelled shortly after dawn"]);
  });

  it("takes up a priest named with his post when the story later calls him 'the priest'", () => {
    expect(
      said(
        "The door was forced before midnight, Elias Matti, the parish priest, told reporters. In a message to the congregation, the priest wrote that evening prayers would be held outdoors.",
      ),
    ).toEqual([
      "indirect <Elias Matti> The door was forced before midnight",
      "indirect <Elias Matti> evening prayers would be held outdoors",
    ]);
  });

  it("gives a clause to two unnamed groups that speak together, as the text names them", () => {
    expect(said("Gunmen burned a school in Tal Afar on Friday, local police and teachers said.")).toEqual([
      "indirect <local police and teachers> Gunmen burned a school in Tal Afar on Friday",
    ]);
    expect(said("Gunmen burned a school in Tal Afar on Friday, the police and residents said.")).toEqual([
      "indirect <the police> Gunmen burned a school in Tal Afar on Friday",
    ]);
  });
});
