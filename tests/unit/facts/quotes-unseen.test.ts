import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/** Quote rules for text nobody tuned the extractor to (issue 10), on made-up sentences. */
const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("reported speech that opens with a quoted fragment", () => {
  const doc = extract(
    'The militia commander Karwan Aziz wrote on Telegram that "foreign agents" had set fire to the depot near Sinjar before dawn.',
  );

  it("is an indirect quote of the writer, and the fragment a direct one", () => {
    expect(speakerOf(doc, "had set fire to the depot", "indirect")).toBe("Karwan Aziz");
    expect(doc.quotes.find((q) => q.kind === "indirect")?.text.startsWith('"foreign agents"')).toBe(true);
    expect(speakerOf(doc, "foreign agents", "direct")).toBe("Karwan Aziz");
  });

  it("a clause quoted to its end stays a direct quote only", () => {
    const whole = extract('The governor of Kirkuk, Rebin Aziz, said that "the road will reopen on Monday."');
    expect(whole.quotes.map((q) => q.kind)).toEqual(["direct"]);
  });
});

describe("untagged quotations in a feature", () => {
  it("a whole quoted sentence after one naming a person is that person's", () => {
    const doc = extract(
      'The market in Qaim was quiet on Thursday. Nawzad Karim walks past the shuttered stalls. "Half of these families have left for Erbil."',
    );
    expect(speakerOf(doc, "Half of these families")).toBe("Nawzad Karim");
  });

  it("is left unattributed when the sentence before names two people", () => {
    const doc = extract(
      'The clinic reopened on Sunday. Nawzad Karim and Shireen Tofiq stood at the gate. "Nobody came in the first hour."',
    );
    expect(speakerOf(doc, "Nobody came")).toBeNull();
  });
});

describe("people across spellings and speech tags", () => {
  it("a given name spelt two ways with the same surname is one person", () => {
    const doc = extract(
      "Colonel Yousif Barzinji inspected the post. Later, Brigadier Yusuf Barzinji told reporters the road was safe.",
    );
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Yousif Barzinji"]);
  });

  it("'Hassan' and 'Hussein' with one surname stay two people", () => {
    const doc = extract("Hassan Jaff arrived first. Then Hussein Jaff arrived from Kalar.");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(2);
  });

  it("a place before a mid-sentence tag is no person in apposition", () => {
    const doc = extract(
      "Three men were held in Tal Shaer, the spokesman said, and two more in Kirkuk. Spokesman Rebin Aziz gave no names.",
    );
    expect(doc.entities.find((e) => e.name === "Tal Shaer")?.type).not.toBe("person");
  });
});

describe("a speech tag in the middle of a sentence", () => {
  it("a plural source with an adjective is a tag, and 'when ...' after it goes on with what was said", () => {
    const doc = extract(
      "The fighting in Hajin started, tribal sources told us, when a patrol tried to seize a truck of fuel.",
    );
    expect(speakerOf(doc, "The fighting in Hajin started", "indirect")).toBe("tribal sources");
    expect(speakerOf(doc, "when a patrol tried to seize", "indirect")).toBe("tribal sources");
  });

  it("'and ...' after the tag is the rest of the statement", () => {
    const doc = extract(
      "Spokesman Rebin Aziz spoke on Monday. Four of the five men were detained in a house in Kirkuk, the spokesman said, and the fifth in Tuz Khurmatu.",
    );
    expect(speakerOf(doc, "Four of the five men were detained", "indirect")).toBe("Rebin Aziz");
    expect(doc.quotes.find((q) => q.text.startsWith("the fifth"))?.speaker.name).toBe("Rebin Aziz");
  });
});

describe("platforms", () => {
  it("a messaging platform is where something was posted, not who posted it", () => {
    const doc = extract(
      'In Raqqa, the Syrian Ministry of Defense\'s official Telegram channel posted a statement denying "any shelling of the dam".',
    );
    expect(doc.entities.some((e) => /telegram/i.test(e.name))).toBe(false);
    expect(speakerOf(doc, "any shelling of the dam", "direct")).not.toBe("Telegram");
  });
});
