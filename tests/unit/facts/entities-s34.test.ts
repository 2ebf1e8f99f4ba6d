import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 34: ranks with a class, the pilgrim's title, partnerships, "Women's" bodies. */

describe("a rank's class and the pilgrim's title are not part of the name", () => {
  it("'Policeman First Class Haidar Abd al-Amir'", () => {
    const doc = extract("Policeman First Class Haidar Abd al-Amir entered the burning vehicle three times.");
    expect(entityNamed(doc, "Haidar Abd al-Amir")?.type).toBe("person");
    expect(entityNamed(doc, "Class Haidar Abd al-Amir")).toBeUndefined();
  });

  it("'Hajj Kadhim al-Halfi'", () => {
    const doc = extract("The deed was signed by Hajj Kadhim al-Halfi on behalf of the tribe.");
    expect(entityNamed(doc, "Kadhim al-Halfi")?.type).toBe("person");
  });
});

describe("a body's name keeps its head and its owner", () => {
  it("'Euphrates Relief Partnership' is a body, not the river", () => {
    const doc = extract("The convoy belonged to Euphrates Relief Partnership, an aid group.");
    expect(entityNamed(doc, "Euphrates Relief Partnership")?.type).toBe("organization");
    expect(entityNamed(doc, "Euphrates")).toBeUndefined();
  });

  it("'Women's Search Unit' is one body, 'Women' no person", () => {
    const doc = extract("Sergeant Major Nadia Salman Abbas, Women's Search Unit, Kadhimiya, stopped her.");
    expect(entityNamed(doc, "Women's Search Unit")?.type).toBe("organization");
    expect(entityNamed(doc, "Women")).toBeUndefined();
  });
});

describe("a name before 'market' or 'junction' is a place", () => {
  it("'the Dora market', 'the Hamrat junction'", () => {
    const doc = extract(
      "A device exploded in the Dora market, and a convoy was hit near the Hamrat junction on Sunday.",
    );
    expect(entityNamed(doc, "Dora market")?.type).toBe("place");
    expect(entityNamed(doc, "Hamrat junction")?.type).toBe("place");
  });
});

describe("'markets' after a region are its economies", () => {
  it("'drugs bound for Gulf markets' names no place", () => {
    const doc = extract(
      "Most of the drugs seized at the border were bound for Gulf markets, the source said.",
    );
    expect(entityNamed(doc, "Gulf")).toBeUndefined();
  });
});
