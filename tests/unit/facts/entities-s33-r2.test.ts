import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 33, round 2: professional syndicates, paired fields before a body's noun, vehicles. */

describe("a syndicate is a body", () => {
  it("'the Kurdistan Journalists Syndicate' is an organization", () => {
    const doc = extract(
      "The Kurdistan Journalists Syndicate also condemned the attack in a statement on Monday.",
    );
    expect(entityNamed(doc, "Kurdistan Journalists Syndicate")?.type).toBe("organization");
  });

  it("'the Iraqi Lawyers Syndicate' keeps its whole name", () => {
    const doc = extract(
      "Lawyers protested outside the court, and the Iraqi Lawyers Syndicate called a strike.",
    );
    expect(entityNamed(doc, "Iraqi Lawyers Syndicate")?.type).toBe("organization");
  });
});

describe("two fields paired by 'and' before a body's noun are one name", () => {
  it("a body's noun as the second field ('Communications and Media Commission')", () => {
    const doc = extract("The group had written to the Communications and Media Commission on Sunday.");
    expect(entityNamed(doc, "Communications and Media Commission")?.type).toBe("organization");
    expect(entityNamed(doc, "Media Commission")).toBeUndefined();
  });

  it("a plural field the word list does not know ('Antiquities and Heritage Authority')", () => {
    const doc = extract("Trucks waited for days, the Antiquities and Heritage Authority said on Monday.");
    expect(entityNamed(doc, "Antiquities and Heritage Authority")?.type).toBe("organization");
  });

  it("a man's name before 'and' stays his ('Ali and Army officers')", () => {
    const doc = extract("Ahmed Ali and Army officers met at the checkpoint on Monday, witnesses said.");
    expect(entityNamed(doc, "Ahmed Ali")?.type).toBe("person");
  });
});

describe("a vehicle's make and model are not a person", () => {
  it("'a white Kia Bongo pickup' names no one", () => {
    const doc = extract(
      "Vehicle: white Kia Bongo pickup, Deir ez-Zor plates. He was last seen in al-Mayadin.",
    );
    expect(doc.entities.find((e) => e.type === "person")).toBeUndefined();
  });

  it("a maker's name before a given name may be a man's ('Kia Hassan')", () => {
    const doc = extract("Kia Hassan, a farmer, said the road had been closed since Sunday.");
    expect(entityNamed(doc, "Kia Hassan")?.type).toBe("person");
  });
});

describe("a roundabout written after its name makes the name a place", () => {
  it("'near the Naim roundabout' is a place spelled 'Naim roundabout'", () => {
    const doc = extract("A motorbike exploded near the Naim roundabout, where the traffic police stand.");
    const place = doc.entities.find((e) => e.type === "place" && e.aliases.includes("Naim roundabout"));
    expect(place?.name).toBe("Naim");
  });
});
