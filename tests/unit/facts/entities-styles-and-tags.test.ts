import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Styles kept before a lone given name, and comment-thread tags of a named person, on made-up text. */

describe("a pilgrim's or a cleric's style before a lone given name", () => {
  it("'Hajji Qasim' keeps the honorific in the name", () => {
    const doc = extract("The elder of the village, Hajji Qasim, says the wells dried up in July.");
    expect(entityNamed(doc, "Hajji Qasim")?.type).toBe("person");
    expect(doc.entities.find((e) => e.name === "Qasim")).toBeUndefined();
  });

  it("'Father Elias' keeps the cleric's style in the name", () => {
    const doc = extract("Our priest, Father Elias, rang the bell at dawn in Tel Keppe.");
    expect(entityNamed(doc, "Father Elias")?.type).toBe("person");
  });

  it("the styled name joins the full name of the same man", () => {
    const doc = extract(
      "Nabil Kareem al-Obaidi runs the café on the corner. Hajji Nabil says trade has halved since the spring.",
    );
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain("Hajji Nabil");
  });

  it("a full name after the style still drops it", () => {
    const doc = extract("Father Yousif Hanna Toma said the church would reopen.");
    expect(entityNamed(doc, "Yousif Hanna Toma")?.type).toBe("person");
  });
});

describe("a reply's tag of a commenter by display name", () => {
  it("'@Rana Aziz' is a mention of the commenter, not an account", () => {
    const doc = extract(
      "Rana Aziz\nWhere is the patrol tonight?\n\n  Page Admin\n  @Rana Aziz The patrol left at nine.",
    );
    expect(doc.entities.find((e) => e.name.startsWith("@"))).toBeUndefined();
    expect(entityNamed(doc, "Rana Aziz")?.type).toBe("person");
  });

  it("a handle that spells no named person stays an account", () => {
    const doc = extract("Several accounts, including @LevantWatcher, wrote that the road was shut.");
    expect(doc.entities.find((e) => e.name === "@LevantWatcher")).toBeDefined();
  });
});
