import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Social-media accounts by handle, and Kurdish outlets' spellings of towns (issue 10), on made-up text. */

describe("handles", () => {
  it("a handle with no display name is an account of its own, each later mention its own too", () => {
    const doc = extract(
      "Several accounts, including @DesertWatch24, wrote that jets hit the depot. @DesertWatch24 later deleted the post.",
    );
    const account = doc.entities.find((e) => e.name === "@DesertWatch24");
    expect(account?.type).toBe("organization");
    expect(account?.mentions.length).toBe(2);
  });

  it("a handle before its display name in brackets is a spelling of that name, bare mentions after it too", () => {
    const doc = extract(
      "@RojinBaravi (Rojin Baravi, journalist) · Sat 14 Mar · 07:40\nThe fire is out.\n\nReposted @RojinBaravi. Smoke is still rising.",
    );
    const person = doc.entities.find((e) => e.name === "Rojin Baravi");
    expect(person?.aliases).toContain("@RojinBaravi");
    expect(person?.mentions.length).toBe(3);
    expect(doc.entities.some((e) => e.name.startsWith("@"))).toBe(false);
  });

  it("a known body's acronym inside a handle is no mention of the body", () => {
    const doc = extract("@KRG_Water posted a photo of the pumps. Nobody else commented.");
    expect(doc.entities.map((e) => e.name)).toEqual(["@KRG_Water"]);
  });
});

describe("a government's acronym opening a body's name", () => {
  it("'KRG Ministry of Natural Resources' is one body", () => {
    const doc = extract("The KRG Ministry of Natural Resources said production was suspended.");
    expect(doc.entities.map((e) => e.name)).toContain("KRG Ministry of Natural Resources");
    expect(doc.entities.some((e) => e.name === "Kurdistan Regional Government")).toBe(false);
  });

  it("an outlet's name after its acronym stays the outlet", () => {
    const doc = extract("BBC News reported the strike, and the BBC said two were killed.");
    expect(doc.entities.filter((e) => e.type === "organization").length).toBe(1);
  });
});

describe("Kurmanji spellings of towns", () => {
  it("'Heseke', 'Dirbêsiyê' and 'Amûdê' are Hasakah, Darbasiyah and Amuda", () => {
    const doc = extract(
      "The cell planned an attack on the road between Heseke and Dirbêsiyê, police in Amûdê said.",
    );
    const names = doc.entities.map((e) => e.lexiconId);
    expect(names).toEqual(expect.arrayContaining(["place/hasakah", "place/darbasiyah", "place/amuda"]));
  });
});
