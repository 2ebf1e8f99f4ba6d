import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 57 (helper x55): the furniture of news registers seen in the fifty-fifth blind set.
 * Invented texts, not the fixtures' text.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("a dateline that gives its city's country, as a postal address does", () => {
  it("keeps the city out of the entities even when the story happens in that country", () => {
    const text =
      "MOSUL, Iraq, Feb 9 (Tigris Agency) - Gunmen killed three policemen at a checkpoint near Hammam al-Alil on Sunday, police said.\n\nThe attackers fled towards the desert, a police officer said.";
    expect(names(text)).not.toContain("Mosul");
    expect(names(text)).toContain("Hammam al-Alil");
  });

  it("keeps the city when the body of the story names it too", () => {
    const text =
      "MOSUL, Iraq, Feb 9 (Tigris Agency) - Gunmen killed three policemen at a checkpoint in Mosul on Sunday, police said.";
    expect(names(text)).toContain("Mosul");
  });
});

describe("a byline's outlet line and a dateline on a line of its own", () => {
  it("reads 'Outlet, Town' under a byline's name as where the text was filed", () => {
    const text =
      "Car bomb kills two in Tal Abyad\n\nMaya Stone\nEastbrook Radio, Hasakah\n\nA car bomb killed two people in the market of Tal Abyad on Friday, local officials said.";
    expect(names(text)).not.toContain("Hasakah");
    expect(names(text)).toContain("Tal Abyad");
  });

  it("reads 'Town - AGENCY' on its own line as a dateline", () => {
    const text =
      "Army kills five militants near Tuz Khurmatu\n\nKirkuk - IPA\n\nThe army said on Monday that its forces had killed five militants in an ambush near Tuz Khurmatu.";
    expect(names(text)).not.toContain("Kirkuk");
    expect(names(text)).toContain("Tuz Khurmatu");
  });

  it("keeps a place before an address's comma, a route's two ends and a line under a headline", () => {
    expect(
      names(
        "Report\n\nSinjar district, Nineveh\n\nA roadside bomb wounded two shepherds in the Sinjar district on Friday.",
      ),
    ).toContain("Nineveh");
    expect(
      names("Convoy times\n\nMosul - Erbil\n\nThe road was closed on Friday after an attack, police said."),
    ).toEqual(expect.arrayContaining(["Mosul", "Erbil"]));
    expect(
      names(
        "Attack on the Kirkuk road: what we know so far\nRescue Office, Kirkuk\n\nThe road was closed on Friday.",
      ),
    ).toContain("Kirkuk");
  });
});

describe("a village named after a saint or a pilgrim", () => {
  const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

  it("reads a title opening a name after 'near', 'at' or 'the village of' as the place's first word", () => {
    expect(
      typeOf(
        "A roadside bomb exploded near the village of Sheikh Hilal on Sunday, police said.",
        "Sheikh Hilal",
      ),
    ).toBe("place");
    expect(typeOf("Gunmen attacked a checkpoint near Imam Kharaba late on Friday.", "Imam Kharaba")).toBe(
      "place",
    );
  });

  it("keeps the title apart for a person, and for a person's place named by the possessive", () => {
    const said = extract("Sheikh Hilal said the tribe would not take revenge.").entities;
    expect(said.some((e) => e.type === "person" && e.name === "Hilal")).toBe(true);
    const house = extract("The bomb went off near Sheikh Hilal's house in Rutba on Sunday.").entities;
    expect(house.some((e) => e.type === "place" && e.name.includes("Hilal"))).toBe(false);
  });
});

describe("a kinship noun naming the relative an appositive introduced", () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker.name);

  it("reads 'the brother said' as the brother the text named ('His brother, NAME,')", () => {
    const text =
      'His brother, Omar Fadel, told the radio that two men had followed the car. "They knew where he lived," the brother said.';
    expect(speakers(text)).toEqual(["Omar Fadel", "Omar Fadel"]);
  });

  it("does not give the words to a relative named otherwise, or to a person the noun does not name", () => {
    const text =
      'Omar Fadel, a neighbour, told the radio that two men had followed the car. "They knew where he lived," the brother said.';
    expect(speakers(text)[1]).not.toBe("Omar Fadel");
  });
});

describe("the places a group is designated in, in the present tense", () => {
  const names = (text: string) => extract(text).entities.map((e) => e.name);

  it("sets aside 'in the United States, Europe' after 'which designate … a terrorist group'", () => {
    const text =
      "Western governments, which designate the group a terrorist organisation in the United States, Europe and beyond, have little appetite to return.";
    expect(names(text)).not.toContain("United States");
    expect(names(text)).not.toContain("Europe");
  });

  it("keeps a country named after the designation's clause has ended", () => {
    const text =
      "Western governments designate the militia a terrorist group; in the United States, officials met on Monday to discuss new sanctions.";
    expect(names(text)).toContain("United States");
  });
});
