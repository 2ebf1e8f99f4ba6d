import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Notices, leaflets and letterheads of businesses and mosques; made-up text. */

describe("headings and names of notices", () => {
  it("a shouted heading of ordinary words names no body", () => {
    const doc = extract(
      "To all passengers\n\nNEW TIMES (daily)\n\nThe coach to Rabia leaves at 07:00, the company in Mosul said.",
    );
    expect(doc.entities.some((e) => /new times/i.test(e.name))).toBe(false);
  });
  it("a tribe's name after a man's given names is his family name", () => {
    const doc = extract(
      "Our imam, Sheikh Abdulrazzaq Hamoud al-Shaitat, spoke in Hajin on Friday. Sheikh Abdulrazzaq said the mosque was full.",
    );
    expect(entityNamed(doc, "Abdulrazzaq Hamoud al-Shaitat")?.type).toBe("person");
    expect(doc.entities.some((e) => e.name === "Shaitat")).toBe(false);
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });
  it("a wedding hall's letterhead names the business, and its short name too", () => {
    const doc = extract(
      "QASR AL-RABEE WEDDING HALL · AL-FALLUJAH · Industrial Quarter, beside the mill\n\nThank you for choosing Qasr al-Rabee. The hall opened in 2019.",
    );
    expect(
      doc.entities.some((e) => e.type === "organization" && /qasr al-rabee wedding hall/i.test(e.name)),
    ).toBe(true);
    expect(doc.entities.some((e) => e.name === "Qasr")).toBe(false);
  });
  it("a road's kilometre marker is a place", () => {
    const doc = extract("Gunmen fired on three tankers between Kilo 160 and al-Rutba on Tuesday.");
    expect(entityNamed(doc, "Kilo 160")?.type).toBe("place");
  });
  it("a mosque named after a man is a place, and the man stays a person", () => {
    const doc = extract("Sheikh Omar said the Omar mosque in Abu Hamam was closed on Tuesday.");
    expect(entityNamed(doc, "Omar mosque")?.type).toBe("place");
    expect(entityNamed(doc, "Omar")?.type).toBe("person");
  });
  it("a place's lower-case sector command and tribal council are bodies", () => {
    const doc = extract(
      "A spokesman for the Makhmour sector command said on Friday that the Euphrates tribal council had met.",
    );
    expect(entityNamed(doc, "Makhmour sector command")?.type).toBe("organization");
    expect(entityNamed(doc, "Euphrates tribal council")?.type).toBe("organization");
    expect(entityNamed(doc, "Euphrates")).toBeUndefined();
  });
  it("a given name folded to a place's spelling, before a surname, is a person", () => {
    const doc = extract("The film will be shown in Erbil with our programmer Dara Faiq in the chair.");
    expect(entityNamed(doc, "Dara Faiq")?.type).toBe("person");
    expect(entityNamed(doc, "Daraa")).toBeUndefined();
  });
  it("a sentence-initial word the text also writes in lower case is a common noun", () => {
    const doc = extract(
      'Tell the committee about anyone asking for "zakat" in Hajin. Zakat is paid to the poor.',
    );
    expect(doc.entities.some((e) => e.name === "Zakat")).toBe(false);
  });
  it("a fixture's league and division are no bodies", () => {
    const doc = extract(
      "Match report · Syrian League, Second Division (East), Round 4\n\nThe match in al-Mayadin ended 2-1.",
    );
    expect(doc.entities.some((e) => /league|division/i.test(e.name))).toBe(false);
  });
  it("a nationality before a player's noun names no country", () => {
    const doc = extract("Our Iraqi striker Ali Kareem equalised before the break in al-Mayadin.");
    expect(entityNamed(doc, "Iraq")).toBeUndefined();
  });
});
