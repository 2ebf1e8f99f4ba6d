import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Document structure as a layer of attribution: a written answer under the line that heads it
 * ("Answered on ... by Name, role:"), and a caller named in the description of a transcript's
 * label ("CALLER (NAME, PLACE):"), on sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);
const speakerOf = (text: string, words: string) =>
  extract(text).quotes.find((q) => q.text.includes(words))?.speaker.name ?? null;

const answers = [
  "Regional Assembly · Written questions and answers",
  "Answers published Thursday 5 March 2026",
  "",
  "Water: Dams",
  "",
  "Asked by Helen Carrow (Green):",
  "",
  "To ask the Minister for Water what assessment she has made of the dam at Varn after the floods of 2 March 2026.",
  "",
  "Answered on 5 March 2026 by Tomas Brenner, Minister for Water:",
  "",
  "We are aware of the damage to the spillway at Varn. Engineers inspected it on 3 March and found that it was safe. We will publish their report next week.",
  "",
  "Roads: Bridges",
  "",
  "Asked by Lord Pellow:",
  "",
  "To ask the Government how many bridges were closed by the floods.",
  "",
  "Reply by Baroness Ashgrove:",
  "",
  "Eleven bridges were closed on 2 March and seven remain closed. We expect to reopen four of them this month.",
].join("\n");

describe("written answers under the line that heads them", () => {
  it("makes the paragraph under an 'Answered ... by' line that person's direct quote", () => {
    const found = quotes(answers);
    const spillway = found.find((q) => String(q[2]).includes("damage to the spillway"));
    expect(spillway?.[0]).toBe("direct");
    expect(spillway?.[1]).toBe("Tomas Brenner");
    // The whole answer is one quote, its last sentence included.
    expect(spillway?.[2]).toContain("We will publish their report next week");
  });

  it("names the person after 'by' even when the article has no other mention of them", () => {
    expect(speakerOf(answers, "Eleven bridges were closed")).toBe("Baroness Ashgrove");
  });

  it("does not make the question under an 'Asked by' line a statement", () => {
    expect(quotes(answers).some((q) => String(q[2]).includes("To ask"))).toBe(false);
  });

  it("ends the answer at the next heading", () => {
    const text = [
      "Answered by Tomas Brenner:",
      "",
      "We have inspected every dam in the region since the floods.",
      "",
      "Roads: Bridges",
      "",
      "The council said the bridges were closed.",
    ].join("\n");
    expect(speakerOf(text, "inspected every dam")).toBe("Tomas Brenner");
    expect(speakerOf(text, "the bridges were closed")).not.toBe("Tomas Brenner");
  });
});

describe("a caller named in a label's description", () => {
  const phoneIn = [
    "HANA: Good evening, and welcome to the programme. Our guest is Major Idris Kellou of the traffic police.",
    "",
    "KELLOU: Good evening. The ring road reopens on Monday.",
    "",
    "CALLER (SAMI AL-RAWI, NORTH DISTRICT): I drive a bus on the ring road. We waited three hours on Friday and nobody told us why.",
    "",
    "KELLOU: The road was closed for a search. I am sorry for the wait.",
    "",
    "CALLER (a nurse from the old town): My shift starts at six. The buses never come on time now.",
    "",
    "HANA: Thank you both.",
  ].join("\n");

  it("names the caller by the name before the comma, in ordinary case", () => {
    expect(speakerOf(phoneIn, "I drive a bus on the ring road")).toBe("Sami Al-Rawi");
  });

  it("keeps a description that names no one ('a nurse from the old town')", () => {
    expect(speakerOf(phoneIn, "My shift starts at six")).toBe("a nurse from the old town");
  });
});

describe("an institution after a possessor, then where it is", () => {
  it("reads 'the mayor's office in <place> said' as the office's report", () => {
    const text =
      "The bridge reopened on Monday. The mayor's office in Varn said on Saturday that the market would stay closed until Friday.";
    expect(speakerOf(text, "the market would stay closed")).toBe("mayor's office in Varn");
  });

  it("reads a possessor of two words the same way", () => {
    const text =
      "The bridge reopened on Monday. The prime minister's office in Kessel said that the talks had ended.";
    expect(speakerOf(text, "the talks had ended")).toBe("prime minister's office in Kessel");
  });
});

describe("a quoted source with a name and an affiliation in apposition", () => {
  it("gives the words of 'quoted a role, Name of the Body, as saying' to the one quoted", () => {
    const text =
      'Nadia Serrat wrote on Monday. She then quoted a senior officer, Major Emil Darrow of the Northern Border Guard Command in Varn province, as saying the crossings were "a sieve with a flag on it".';
    expect(speakerOf(text, "the crossings were")).toBe("Emil Darrow");
    expect(speakerOf(text, "a sieve with a flag on it")).toBe("Emil Darrow");
  });
});
