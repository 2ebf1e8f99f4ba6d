import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** An office's words (its portfolio, its object) are no names, on made-up text. */

describe("an office's object", () => {
  it("'Director General of Contracts' names a field, not a person", () => {
    const doc = extract(
      "At the meeting, the Director General of Contracts, Engineer Salim Faraj Aziz, said bids close soon.",
    );
    expect(entityNamed(doc, "Contracts")).toBeUndefined();
    expect(entityNamed(doc, "Salim Faraj Aziz")?.type).toBe("person");
  });

  it("the words of a listed portfolio are no people", () => {
    const doc = extract(
      "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what help was given to Mosul.",
    );
    expect(doc.entities.filter((e) => e.type === "person")).toEqual([]);
    expect(entityNamed(doc, "Mosul")).toBeDefined();
  });

  it("a name in apposition after an office's place stays a person", () => {
    const doc = extract("Police chief of Kasrat, Hamid Ali, said the road was closed.");
    expect(entityNamed(doc, "Hamid Ali")?.type).toBe("person");
  });
});

describe("an office written straight before its holder's name", () => {
  it("the office's object is cut from the name", () => {
    const doc = extract(
      '"We will act," said Acting Under Secretary for Terrorism and Financial Intelligence Daniel Brandt.',
    );
    const person = entityNamed(doc, "Daniel Brandt");
    expect(person?.type).toBe("person");
    expect(person?.role).toMatch(/Under Secretary for Terrorism and Financial Intelligence/);
    expect(doc.entities.some((e) => /Intelligence/.test(e.name))).toBe(false);
  });

  it("a name after a comma is the whole name in apposition", () => {
    const doc = extract("The Minister of Migration and Displacement, Nadia Karim Saleh, visited the camp.");
    expect(entityNamed(doc, "Nadia Karim Saleh")?.type).toBe("person");
  });
});

describe("a world region as an office's portfolio", () => {
  it("'Minister of State (Middle East and North Africa)' names no place", () => {
    const doc = extract(
      "Answered on 20 January by Jane Doe, Minister of State (Middle East and North Africa): we are concerned about Hasakah.",
    );
    expect(entityNamed(doc, "Middle East")).toBeUndefined();
    expect(entityNamed(doc, "North Africa")).toBeUndefined();
    expect(entityNamed(doc, "Hasakah")).toBeDefined();
  });

  it("a bracketed region after no office stays a place", () => {
    const doc = extract("The talks (Middle East and North Africa) were held in Cairo, the ministry said.");
    expect(entityNamed(doc, "Middle East")).toBeDefined();
  });
});

describe("a court's district", () => {
  it("'the Eastern District of Ohio' is the state, not a district place", () => {
    const doc = extract(
      "From May, in the Eastern District of Ohio and elsewhere, the defendant sent money to Turkey.",
    );
    expect(doc.entities.some((e) => /District/.test(e.name))).toBe(false);
    expect(entityNamed(doc, "Ohio")?.type).toBe("place");
    expect(entityNamed(doc, "Turkey")).toBeDefined();
  });
});

describe("a legal status", () => {
  it("'a Foreign Terrorist Organization' is a status, not a body", () => {
    const doc = extract(
      "In 2015 the Secretary of State designated the Raqqa Brigade as a Foreign Terrorist Organization. He pleaded guilty to supporting a Designated Foreign Terrorist Organization.",
    );
    expect(doc.entities.some((e) => /Terrorist/.test(e.name))).toBe(false);
  });

  it("the US spelling 'al-Qa'ida in Iraq' is the group's name, whole", () => {
    const doc = extract("The Secretary of State designated al-Qa'ida in Iraq in October 2004.");
    expect(entityNamed(doc, "al-Qa'ida in Iraq")?.type).toBe("organization");
  });
});

describe("a peer's title", () => {
  it("'Lord Harcastle' is the name a peer goes by", () => {
    const doc = extract("Answered on 20 January by Lord Pemberly: We are concerned about Hasakah.");
    expect(entityNamed(doc, "Lord Pemberly")?.type).toBe("person");
  });

  it("the seat of the title ends the name", () => {
    const doc = extract("Asked by Baroness Adeyemi of Thornbury on 12 January.");
    expect(entityNamed(doc, "Baroness Adeyemi of Thornbury")?.type).toBe("person");
  });
});

describe("a desk named only in a contact line (s51fx)", () => {
  it("'please contact: WFP Iraq, Donor Relations Unit' names no body of the story", () => {
    const doc = extract(
      "Floods cut the road to Hit on Monday, the agency said.\n\nFor further information, please contact: WFP Iraq, Donor Relations Unit, iraq@example.org",
    );
    expect(doc.entities.find((e) => /Donor Relations Unit/.test(e.name))).toBeUndefined();
    expect(entityNamed(doc, "Hit")).toBeDefined();
  });

  it("the cue may end the line before: 'please contact:' then 'WFP Iraq, Donor Relations Unit'", () => {
    const doc = extract(
      "Floods cut the road to Hit on Monday.\n\nFor further information, please contact:\nWFP Iraq, Donor Relations Unit, iraq@example.org",
    );
    expect(doc.entities.find((e) => /Donor Relations Unit/.test(e.name))).toBeUndefined();
  });

  it("'Press contact: Mission Media Office' is a contact, not a party", () => {
    const doc = extract(
      "Two mortars fell near Tuz Khurmatu on Sunday.\n\nPress contact: Mission Media Office",
    );
    expect(doc.entities.find((e) => /Media Office/.test(e.name))).toBeUndefined();
  });

  it("the same desk speaking in the story stays", () => {
    const doc = extract("The Donor Relations Unit said on Monday that funding for Hit had run out.");
    expect(doc.entities.find((e) => /Donor Relations Unit/.test(e.name))).toBeDefined();
  });
});
