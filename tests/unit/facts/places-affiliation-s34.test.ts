import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 34: where people or bodies are based is an affiliation, not a place of the events. */

describe("a place people or bodies are based in is a passing mention", () => {
  it("'researchers at universities in Beirut and Berlin'", () => {
    const doc = extract(
      "Attacks rose around Palmyra. The authors are researchers at universities in Beirut and Berlin.",
      "2026-11-22",
    );
    expect(entityNamed(doc, "Beirut")?.passing).toBe(true);
    expect(entityNamed(doc, "Berlin")?.passing).toBe(true);
    expect(entityNamed(doc, "Palmyra")?.passing).toBeUndefined();
  });

  it("'headquartered in', 'a charity based in', 'a journalist from'", () => {
    const doc = extract(
      "Gunmen attacked Sukhnah. A journalist from Erbil and a charity based in London reported the raid; the monitor is headquartered in Amman.",
      "2026-11-22",
    );
    for (const name of ["Erbil", "London", "Amman"]) expect(entityNamed(doc, name)?.passing).toBe(true);
    expect(entityNamed(doc, "Sukhnah")?.passing).toBeUndefined();
  });

  it("troops based in a place act there: it stays a place of the story", () => {
    const doc = extract("Rockets were fired at US troops based in Erbil on Sunday.", "2026-11-22");
    expect(entityNamed(doc, "Erbil")?.passing).toBeUndefined();
  });

  it("a place named both as a seat and as the scene stays a place of the story", () => {
    const doc = extract(
      "A bomb exploded in Kirkuk on Sunday, a journalist from Kirkuk told the agency.",
      "2026-11-22",
    );
    expect(entityNamed(doc, "Kirkuk")?.passing).toBeUndefined();
  });
});
