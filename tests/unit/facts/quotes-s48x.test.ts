import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 48 (part x): the findings of an investigation no one is said to own; made-up text. */

const speakerOf = (text: string, words: string) => {
  const doc = extract(text);
  const q = doc.quotes.find((x) => x.text.includes(words));
  const entity = doc.entities.find((e) => e.id === q?.speaker.entityId);
  return entity?.name ?? q?.speaker.name ?? null;
};

describe("an investigation the phrase gives no owner", () => {
  it("is the one of the article's one prosecutor's office", () => {
    const text =
      "The Kirkuk Public Prosecution Office charged a man with extortion on Sunday. According to the findings of the investigation, he collected money from shops in Hawija for two years.";
    expect(speakerOf(text, "collected money from shops")).toBe("Kirkuk Public Prosecution Office");
  });

  it("is the investigation court's, in a court's own decision", () => {
    const text =
      "The Karkh Investigation Court referred two accused to trial. According to the investigation papers, the men planted the bomb near a school in Baghdad.";
    expect(speakerOf(text, "planted the bomb")).toBe("Karkh Investigation Court");
  });

  it("stays in the article's words when no investigating body is named", () => {
    const text =
      "Police in Mosul arrested two men on Monday. According to the findings of the investigation, they sold stolen cars.";
    expect(speakerOf(text, "sold stolen cars")).not.toMatch(/Police|Mosul/);
  });
});

describe("Germany's federal prosecutor", () => {
  it("'the Federal Prosecutor General' is a body of its own", () => {
    const doc = extract("The Federal Prosecutor General charged a returnee from Syria on Tuesday.");
    expect(entityNamed(doc, "Federal Prosecutor General")?.type).toBe("organization");
  });
});

describe("the administration of north-east Syria by its present name", () => {
  it("'Democratic Autonomous Administration of North and East Syria' is the administration", () => {
    const doc = extract(
      "The Democratic Autonomous Administration of North and East Syria closed the road to Tabqa.",
    );
    expect(entityNamed(doc, "Democratic Autonomous Administration of North and East Syria")?.name).toBe(
      "Autonomous Administration of North and East Syria",
    );
  });
});
