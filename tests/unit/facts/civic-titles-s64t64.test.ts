import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (t64): a civic title of a local council written before a name ("Alderman",
 * "Councillor", "Cllr") is a title, like "Mayor", not the first word of the person's name.
 */
describe("civic titles before a name", () => {
  it("reads 'Alderman Aidan Doherty' as Aidan Doherty", () => {
    const doc = extract(
      "A guard was shot near Basra on Monday.\n\nAlderman Aidan Doherty, who taught the guard at school, said the parish was in shock.",
    );
    const people = doc.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(["Aidan Doherty"]);
    expect(doc.quotes.find((q) => /parish/.test(q.text))?.speaker.name).toBe("Aidan Doherty");
  });

  it("reads 'Alderwoman Roisin Keane' as Roisin Keane", () => {
    const doc = extract(
      "Alderwoman Roisin Keane said the family had been told on Tuesday that the convoy was safe.",
    );
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Roisin Keane"]);
  });
});
