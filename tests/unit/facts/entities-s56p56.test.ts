import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

/**
 * Session 56 (p56), on invented sentences: which words make a place or a body one of the
 * article's entities, and which only qualify something else.
 */
const doc = (text: string) => extractFacts({ id: "t", title: "", text, publishedAt: "2026-11-20T00:00:00Z" });
const names = (text: string) => doc(text).entities.map((e) => e.name);

describe("a border placed by a word of position", () => {
  it("does not make the country of 'near the Saudi border' an entity", () => {
    const n = names("Two shepherds were wounded by a mine near Nukhayb, near the Saudi border, on Monday.");
    expect(n).toContain("Nukhaib");
    expect(n).not.toContain("Saudi Arabia");
  });
  it("nor of 'close to the Iranian border' or 'within 15 kilometres of the Syrian border'", () => {
    expect(names("A drone struck a farm in Penjwen district, close to the Iranian border.")).not.toContain(
      "Iran",
    );
    expect(
      names("Drivers may not use any road in Sinjar district within 15 kilometres of the Syrian border."),
    ).not.toContain("Syria");
  });
  it("nor of the far end of 'between Rutba and the Jordanian border'", () => {
    expect(
      names("The army closed the highway between Rutba and the Jordanian border on Tuesday."),
    ).not.toContain("Jordan");
  });
  it("keeps a country whose land the adjective names, or whose border is crossed or reached", () => {
    expect(names("Gunmen fired on the post from the Syrian side near Husaybah.")).toContain("Syria");
    expect(names("Smugglers took the flock across the Syrian border near Husaybah.")).toContain("Syria");
    expect(names("The convoy drove from Mosul to the Iraqi border on Sunday.")).toContain("Iraq");
  });
  it("keeps a country named as a noun besides", () => {
    expect(names("Iran shelled a village near Penjwen, close to the Iranian border.")).toContain("Iran");
  });
});

describe("a unit of a body given as a person's affiliation", () => {
  it("is no entity after a name and a comma", () => {
    const n = names(
      "Dr Sara Lind, Department of History, wrote to the committee on Monday. Gunmen attacked a checkpoint in Hit.",
    );
    expect(n).not.toContain("Department of History");
    expect(n).toContain("Hit");
  });
  it("nor after a title and a comma, or a name and a dash", () => {
    expect(
      names("Posted by Field Lead, Survey Operations at Blue Ridge Ltd. A mine exploded near Sinuni."),
    ).not.toContain("Survey Operations");
    expect(
      names(
        "Authors: Dr Omar Nadim — Department of Medicine, Kirkuk General Hospital. A boy was wounded near Dibis.",
      ),
    ).not.toContain("Department of Medicine");
  });
  it("stays when it acts in a sentence of its own", () => {
    expect(names("The Department of Medicine treated 40 patients after the blast in Dibis.")).toContain(
      "Department of Medicine",
    );
  });
});

describe("the land around a town written as 'the <town> region'", () => {
  const place = (text: string, name: string) => doc(text).entities.find((e) => e.name === name);
  it("is a spelling of the town's entity, the noun included", () => {
    const e = place("Deminers cleared 300 mines in the Sinjar region last month.", "Sinjar");
    expect(e?.aliases).toContain("Sinjar region");
  });
  it("leaves a town the word 'region' does not follow alone", () => {
    const e = place("Sinjar, a region of many villages, lost power on Monday.", "Sinjar");
    expect(e?.aliases ?? []).not.toContain("Sinjar region");
  });
});

describe("a name in apposition to a labourer, a shepherd or a winner", () => {
  const typed = (text: string) => doc(text).entities.map((e) => `${e.name}:${e.type}`);
  it("is a person's, however unfamiliar the given name", () => {
    expect(
      typed("A mine exploded near Tal Afar, killing a shepherd, Barzan Hemo Khider, and wounding his son."),
    ).toContain("Barzan Hemo Khider:person");
    expect(typed("The race winner, Rojin Dilan Hemo, thanked the crowd in Erbil.")).toContain(
      "Rojin Dilan Hemo:person",
    );
    expect(typed("A labourer, Hezil Murad, was wounded when the wall fell in Sinjar.")).toContain(
      "Hezil Murad:person",
    );
  });
  it("leaves a club named in the same place a body", () => {
    expect(typed("The winner, Zakho Sports Club, received the cup in Erbil.")).toContain(
      "Zakho Sports Club:organization",
    );
  });
});
