import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Unknown names that context makes places, on made-up text. */

describe("a name inside a list of places after a place preposition", () => {
  it("'at al-Qaim, X, Sinjar and Rabia': the unknown member is a place", () => {
    const doc = extract("Control rooms will be built at al-Qaim, Tal Zarqa, Sinjar and Rabia.");
    expect(entityNamed(doc, "Tal Zarqa")?.type).toBe("place");
  });

  it("a single unknown word inside the list is a place too", () => {
    const doc = extract("Control rooms will be built at al-Qaim, Zarqawa, Sinjar and Rabia.");
    expect(entityNamed(doc, "Zarqawa")?.type).toBe("place");
  });

  it("a name after a comma that ends the list is not made a place", () => {
    const doc = extract("In Mosul, Karrar said the road was open.");
    expect(entityNamed(doc, "Karrar")?.type).not.toBe("place");
  });
});

describe("a resident's town", () => {
  it("'a resident of X, Y': the town and its state, no person", () => {
    const doc = extract("The defendant was a resident of Zarqawa, Ohio, and a naturalized citizen.");
    expect(entityNamed(doc, "Zarqawa")?.type).toBe("place");
    expect(entityNamed(doc, "Ohio")?.type).toBe("place");
  });
});
