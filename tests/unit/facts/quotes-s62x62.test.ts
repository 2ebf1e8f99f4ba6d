import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 62 (x62) readings of quotes and speakers, on texts written for these tests. */

const quoteOf = (doc: ReturnType<typeof extract>, start: string) =>
  doc.quotes.find((q) => q.text.startsWith(start));
const entityName = (doc: ReturnType<typeof extract>, id: string | null | undefined) =>
  doc.entities.find((e) => e.id === id)?.name;

describe("a body described as 'the X-based organisation'", () => {
  it("gives the words to the one organization the sentence named, and 'the organisation' after it too", () => {
    const doc = extract(
      "Gunmen shot at a car of Danish Demining Group near Sinjar on Monday, wounding two of its deminers, the Copenhagen-based organisation said. The team had been warned of threats, the organisation said.",
    );
    expect(entityName(doc, quoteOf(doc, "Gunmen shot at a car")?.speaker.entityId)).toBe(
      "Danish Demining Group",
    );
    expect(entityName(doc, quoteOf(doc, "The team had been warned")?.speaker.entityId)).toBe(
      "Danish Demining Group",
    );
  });

  it("leaves 'the organisation' as written when a person spoke last", () => {
    const doc = extract(
      "Karim Saleh said the team had been warned. The road was closed all week, the organisation said.",
    );
    expect(quoteOf(doc, "The road was closed")?.speaker.entityId ?? null).toBeNull();
  });
});

describe("'X, a fellow at Y, contradicted the spokesman, saying ...'", () => {
  it("gives the participle's words to the subject, not to the one contradicted", () => {
    const doc = extract(
      'Colonel Samir Haddad, a spokesman for the ministry, said the group was finished. Dr Omar Nasser, a fellow at the Gulf Institute, contradicted the Syrian spokesman, saying the group still ran "a tax on every truck". He described the desert as "the place where maps fail".',
    );
    expect(quoteOf(doc, "a tax on every truck")?.speaker.name).toBe("Omar Nasser");
    expect(quoteOf(doc, "the place where maps fail")?.speaker.name).toBe("Omar Nasser");
    expect(doc.quotes.some((q) => q.text.startsWith("Dr Omar Nasser"))).toBe(false);
  });

  it("still reads an inverted tag with a verb of saying (', said the spokesman,')", () => {
    const doc = extract("The road, said the spokesman, will reopen on Friday after repairs.");
    expect(doc.quotes.some((q) => /spokesman/.test(q.speaker.name))).toBe(true);
  });
});

describe("'told X by phone from Y on Z night that ...'", () => {
  it("reads the clause after a telling whose place and time run long", () => {
    const doc = extract(
      "Karim Saleh, 34, was in the convoy. He told the Gazette by phone from Deir ez-Zor on Thursday night that the guard had pulled him into a ditch.",
    );
    expect(quoteOf(doc, "the guard had pulled him")?.speaker.name).toBe("Karim Saleh");
  });

  it("does not stretch past a long listener with no time before 'that'", () => {
    const doc = extract(
      "Karim Saleh, 34, was in the convoy. He told the Gazette by phone from his home in the old quarter of Deir ez-Zor that the guard had pulled him into a ditch.",
    );
    expect(quoteOf(doc, "the guard had pulled him")).toBeUndefined();
  });
});

describe("a spokeswoman after a charity's statement", () => {
  it("links 'A spokeswoman said' to Islamic Relief, a body the gazetteer knows", () => {
    const doc = extract(
      "Islamic Relief said it had suspended all road movements in the province. A spokeswoman said the charity had lost four staff in Syria since 2025.",
    );
    expect(entityName(doc, quoteOf(doc, "the charity had lost")?.speaker.entityId)).toBe("Islamic Relief");
  });
});
