import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Transcripts in the forms hearings and phone-in programmes print them: labels in mixed case
 * with a numbered question, a presenter named once with a role and then by surname, a caller
 * from the public, and words quoted inside an answer — on sentences written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

describe("transcript turns", () => {
  it("reads a hearing's mixed-case labels: numbered questions are not quotes, answers are", () => {
    const text = [
      "Defence Committee",
      "Oral evidence: Border security, HC 77",
      "Q40 Chair: Minister, how many patrols ran last month?",
      "Rowan Castell: We ran 42 patrols along the border. None met resistance.",
      'Q41 Imogen Farrow: The Home Office said last week that "the border is secure." Do you agree?',
      "Rowan Castell: Broadly, yes. I would add that the gaps are in the north.",
      "Q42 Chair: Thank you.",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "We ran 42 patrols", "direct")).toBe("Rowan Castell");
    expect(speakerOf(doc, "the gaps are in the north", "direct")).toBe("Rowan Castell");
    expect(speakerOf(doc, "how many patrols")).toBeNull();
    expect(speakerOf(doc, "Do you agree")).toBeNull();
    // Speech reported inside a question is a quote of its speaker.
    expect(speakerOf(doc, "the border is secure", "direct")).toBe("Home Office");
  });

  it("does not read a heading word before a colon as a speaker", () => {
    const text = [
      "Background: The crossing closed in May after a shooting.",
      "Outlook: Traders expect it to reopen in the autumn.",
      "Background: The crossing was busy before the war.",
    ].join("\n\n");
    const doc = extract(text);
    expect(doc.quotes.filter((q) => q.kind === "direct")).toEqual([]);
  });

  it("keeps a presenter's questions out, by role and then by surname, and quotes a caller", () => {
    const text = [
      "RADIO NORTH — Morning Show",
      "SAMIR HADDAD (presenter): Welcome. With me is Major Rania Sabbagh of the border police.",
      "MAJ. SABBAGH: We stopped four trucks at the crossing on Friday. All four carried fuel.",
      "HADDAD: And the drivers?",
      "CALLER (a farmer from Zakho): I saw the trucks myself. Why are they let through every week? Nobody stops them.",
      "SABBAGH: They are stopped now. That is the change.",
      "HADDAD: Thank you both.",
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "We stopped four trucks", "direct")).toBe("Rania Sabbagh");
    expect(speakerOf(doc, "Welcome")).toBeNull();
    expect(speakerOf(doc, "And the drivers")).toBeNull();
    expect(speakerOf(doc, "Thank you both")).toBeNull();
    const caller = doc.quotes.find((q) => q.text.includes("I saw the trucks myself"));
    expect(caller?.speaker.name).toBe("a farmer from Zakho");
    // The caller's own question belongs to his words.
    expect(caller?.text).toContain("Why are they let through every week? Nobody stops them");
  });

  it("keeps a quote nested in an answer inside the answer, gives it to its own speaker, and drops an echo of it", () => {
    const text = [
      "SARA NOURI (host): Our guest is Dr Adel Farouk, who runs the clinic in the camp.",
      'DR. FAROUK: Last week a woman came to the gate with her son and said, "He has not eaten for two days." We fed him. The clinic has no more milk.',
      'NOURI: He says "no more milk". Is that true of the other clinics?',
      "FAROUK: It is true of all of them.",
    ].join("\n\n");
    const doc = extract(text);
    const answer = doc.quotes.filter((q) => q.text.includes("He has not eaten for two days"));
    // The guest's turn holds the words he recounts; the woman's own words are her quote too.
    expect(answer.map((q) => q.speaker.name)).toEqual(["Adel Farouk", "a woman"]);
    expect(answer[0]?.text).toContain("The clinic has no more milk");
    expect(answer[1]?.text).toBe("He has not eaten for two days");
    expect(doc.quotes.filter((q) => q.text.includes("no more milk"))).toHaveLength(1);
  });

  it("ends the last answer with its paragraph: the article's narration after it is no one's turn", () => {
    const text = [
      "Q: Will the patrols continue?",
      "A: They will continue through the winter.",
      "Q: And after that?",
      "GEN. ORTEGA: We will review them in March.",
      'The ministry said later that the patrols had "no end date".',
    ].join("\n\n");
    const doc = extract(text);
    expect(speakerOf(doc, "no end date", "direct")).not.toBe("ORTEGA");
    expect(doc.quotes.some((q) => q.text.includes("The ministry said later"))).toBe(false);
  });
});
