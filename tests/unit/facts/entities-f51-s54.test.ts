import { describe, expect, it } from "vitest";
import { entityNamed, entityOrAside, extract } from "./helpers.js";

/** Set 51's readings, on sentences written for these tests, not taken from the corpus. */

describe("places of issue abroad (f51, session 54)", () => {
  it("sets aside a place-and-date line in a country where none of the story's places lie", () => {
    const doc = extract(
      "Remarks by Amal Haddad, as prepared · Paris, Monday 9 March 2026\n\nThank you all. Last spring a mortar shell hit the school in Raqqa where my brother taught.",
    );
    expect(entityNamed(doc, "Paris")).toBeUndefined();
    expect(entityOrAside(doc, "Paris")?.reportedFrom).toBe(true);
    expect(entityNamed(doc, "Raqqa")).toBeDefined();
  });

  it("keeps a place-and-date line in the story's own country listed", () => {
    const doc = extract(
      "Notice to residents · Baghdad, Monday 9 March 2026\n\nThe road between Baqubah and Muqdadiyah was closed after a roadside bomb exploded on Sunday.",
    );
    expect(entityNamed(doc, "Baghdad")).toBeDefined();
  });

  it("keeps a foreign dateline place that the body also names", () => {
    const doc = extract(
      "Remarks by Amal Haddad, as prepared · Paris, Monday 9 March 2026\n\nThank you all. I flew to Paris from Qamishli after the shelling of Raqqa last spring.",
    );
    expect(entityNamed(doc, "Paris")).toBeDefined();
  });
});

describe("a request quoted from its infinitive (f51, session 54)", () => {
  it("gives 'asked residents \"not to ...\"' to the one who asked", () => {
    const doc = extract(
      "Capt. Omar Saleh Jasim asked residents 'not to touch anything that looks like a shell'.",
    );
    const q = doc.quotes.find((x) => x.kind === "direct");
    expect(q?.text).toBe("not to touch anything that looks like a shell");
    expect(q?.speaker.name).toBe("Omar Saleh Jasim");
  });

  it("does not read a question after 'asked' as a request", () => {
    const doc = extract("Capt. Omar Saleh Jasim asked residents 'Who moved the box?' and nobody answered.");
    expect(doc.quotes.filter((x) => x.text.startsWith("not to") || x.text.startsWith("to "))).toEqual([]);
  });
});

describe("a request told inside a statement (f51, session 54)", () => {
  it("leaves 'He said Baghdad had asked Ankara \"to ...\"' to the one who said it", () => {
    const doc = extract(
      "Foreign ministry spokesman Haidar Salim told reporters the raid was illegal. He said Baghdad had asked Ankara 'to raise its concerns through the committee'.",
    );
    const q = doc.quotes.find((x) => x.text.startsWith("to raise"));
    expect(q?.speaker.name).not.toBe("Baghdad");
  });
});

describe("bodies named in full (f51, session 54)", () => {
  it("reads a press-freedom committee's name whole, as the speaker of its count", () => {
    const doc = extract(
      "The Committee to Protect Journalists says that four reporters have been killed in Idlib since 2020.",
    );
    expect(entityNamed(doc, "Committee to Protect Journalists")?.type).toBe("organization");
    expect(doc.quotes[0]?.speaker.name).toBe("Committee to Protect Journalists");
  });

  it("reads the Jordanian army's official name, dash and all, as one body", () => {
    const doc = extract(
      "The Jordan Armed Forces – Arab Army said a patrol exchanged fire with smugglers near the border.",
    );
    const army = entityNamed(doc, "Jordan Armed Forces");
    expect(army?.aliases).toContain("Jordan Armed Forces – Arab Army");
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });
});
