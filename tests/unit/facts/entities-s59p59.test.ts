import { describe, expect, it } from "vitest";
import { entityNamed, entityOrAside, extract } from "./helpers.js";

/** Session 59 (p59) readings of entity precision, on sentences written for these tests. */

describe("a body named only among those that list or ban a group", () => {
  it("sets aside a union named only as one of the group's designators", () => {
    const doc = extract(
      "Gunmen killed two guards near Haditha on Monday, police said. The group is designated a terrorist organisation by Canada and the European Union.",
    );
    expect(entityNamed(doc, "European Union")).toBeUndefined();
    expect(entityOrAside(doc, "European Union")).toBeDefined();
    expect(entityNamed(doc, "Haditha")).toBeDefined();
  });

  it("keeps a body that lists the group in a sentence of its own", () => {
    const doc = extract(
      "Gunmen killed two guards near Haditha on Monday. The European Union listed the group as a terrorist organisation on Tuesday.",
    );
    expect(entityNamed(doc, "European Union")).toBeDefined();
  });
});

describe("where a monitor sits and gathers its reports", () => {
  it("reads 'a body based in' a country and its 'network of sources across' another as asides", () => {
    const doc = extract(
      "Shelling killed four herders near Maadan on Friday, the Desert Watch said. The Watch is a small body based in Norway with a network of local sources across Syria.",
    );
    expect(entityNamed(doc, "Norway")).toBeUndefined();
    expect(entityNamed(doc, "Syria")).toBeUndefined();
    expect(entityNamed(doc, "Maadan")).toBeDefined();
  });

  it("keeps a country where the events are, and troops based in it", () => {
    const doc = extract(
      "Shelling killed four herders in Syria on Friday, the Desert Watch said. The troops based in Jordan were put on alert.",
    );
    expect(entityNamed(doc, "Syria")).toBeDefined();
    expect(entityNamed(doc, "Jordan")).toBeDefined();
  });
});

describe("where the people in a story come from", () => {
  it("marks towns the dead 'were from' as passing, and a player's town", () => {
    const doc = extract(
      "A roadside bomb killed two policemen near Tuz Khurmatu on Sunday. A spokesman said the two men were from Kalar and Koya. A footballer from Chamchamal was wounded.",
    );
    expect(entityNamed(doc, "Kalar")?.passing).toBe(true);
    expect(entityNamed(doc, "Koya")?.passing).toBe(true);
    expect(entityNamed(doc, "Tuz Khurmatu")?.passing).toBeUndefined();
  });

  it("marks the towns players and a pharmacist come from", () => {
    const doc = extract(
      "The club in Raqqa held its first open tournament, with twelve players from Tabqa. The winner, a pharmacist from Manbij, took home the cup.",
    );
    expect(entityNamed(doc, "Tabqa")?.passing).toBe(true);
    expect(entityNamed(doc, "Manbij")?.passing).toBe(true);
    expect(entityNamed(doc, "Raqqa")?.passing).toBeUndefined();
  });

  it("keeps a town the attackers came from or moved to", () => {
    const doc = extract(
      "The gunmen came from Kalar on Sunday and fled back to Koya after the attack, police said.",
    );
    expect(entityNamed(doc, "Kalar")?.passing).toBeUndefined();
    expect(entityNamed(doc, "Koya")?.passing).toBeUndefined();
  });
});

describe("the EU's elected chamber by its name", () => {
  it("finds the European Parliament opening a resolution, not a European delegation", () => {
    const doc = extract(
      "The European Parliament,\n\nA. whereas on Sunday a drone struck a car near Sinuni, killing a farmer;\n\n1. Condemns the strike.",
    );
    expect(entityNamed(doc, "European Parliament")?.type).toBe("organization");
    const near = extract("A European delegation visited Sinuni on Sunday after a drone struck a car there.");
    expect(entityNamed(near, "European Parliament")).toBeUndefined();
  });
});
