import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Document structure as a layer of attribution (timestamped turns, credits, cues on a turn's own
 * line), on sentences written for these tests.
 */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);

const podcast = [
  "DESERT LINES — Episode 12",
  "Released Monday 3 March 2025",
  "Hosts: Maria Lund and Tariq Haddad. Guest: Omar Bakri, a former border officer. Recorded on Sunday.",
  "",
  "[00:00:10] MARIA: Welcome back to Desert Lines. I'm Maria Lund.",
  "",
  "[00:00:40] TARIQ: Three guards were wounded at the crossing last week. Omar, what went wrong?",
  "",
  "[00:01:02] OMAR: The shift changed at the same hour every night. Everyone in the village knew it.",
  "",
  '[00:02:15] [CLIP — Brigadier Salem Naji, border command spokesman, Amman]: "Our forces repelled the attackers. The crossing is open."',
  "",
  "[00:02:30] MARIA: Is it open?",
  "",
  "[00:02:33] OMAR: For trucks, yes. For the families who live beside it, not really.",
].join("\n");

describe("a timestamped transcript with a credits line", () => {
  it("reads a label after a timestamp as a turn, the guest's answers as his direct quotes", () => {
    const found = quotes(podcast);
    expect(found).toContainEqual([
      "direct",
      "Omar Bakri",
      "The shift changed at the same hour every night. Everyone in the village knew it",
    ]);
    expect(found).toContainEqual([
      "direct",
      "Omar Bakri",
      "For trucks, yes. For the families who live beside it, not really",
    ]);
  });

  it("leaves the hosts credited on the header line out, whichever name labels their turns", () => {
    const found = quotes(podcast);
    expect(found.filter(([, who]) => who === "Maria Lund" || who === "Tariq Haddad")).toEqual([]);
  });

  it("gives a clip cued on its own line to the person the cue names", () => {
    expect(quotes(podcast)).toContainEqual([
      "direct",
      "Salem Naji",
      "Our forces repelled the attackers. The crossing is open",
    ]);
  });
});

const minutes = [
  "Salahuddin Governorate — Provincial Roads Committee",
  "MINUTES OF MEETING No. 4/2025",
  "Held: Monday 10 March 2025, Tikrit",
  "",
  "Present:",
  "- Governor of Salahuddin, Dr Faris Naji (Chair)",
  "- Commander of Tikrit Operations Command, Major General Saad Kadhim",
  "- Director of the Roads Department in Salahuddin, Mr Nabil Hassan",
  "- District Commissioner (Qaimaqam) of Baiji, Mr Ahmad Jumaili",
  "",
  "1. Opening",
  "",
  'The Chair opened the meeting and asked members to keep the agenda confidential. He stressed that "no road will close without the Committee\'s approval".',
  "",
  "2. Roads",
  "",
  "The Director of Roads reported that two bridges near Baiji had been repaired. He requested that the works be inspected before the end of the month.",
  "",
  'The District Commissioner of Baiji objected that his district had not been consulted, and asked that his words be recorded: "We learn of closures from the radio."',
  "",
  "The Commander replied that the closures had been necessary. The Governor reminded members that the next meeting would be held in April.",
].join("\n");

describe("minutes that name members by office", () => {
  it("resolves an office ('The Chair', 'The Commander', 'The Director of Roads') by the list of those present", () => {
    const found = quotes(minutes);
    expect(found).toContainEqual(["indirect", "Faris Naji", "members to keep the agenda confidential"]);
    expect(found).toContainEqual([
      "direct",
      "Faris Naji",
      "no road will close without the Committee's approval",
    ]);
    expect(found).toContainEqual(["indirect", "Saad Kadhim", "the closures had been necessary"]);
    expect(found).toContainEqual(["indirect", "Faris Naji", "the next meeting would be held in April"]);
    expect(found).toContainEqual(["indirect", "Nabil Hassan", "two bridges near Baiji had been repaired"]);
  });

  it("reads the minutes' verbs of requesting and objecting before a clause as reported speech", () => {
    const found = quotes(minutes);
    expect(found).toContainEqual([
      "indirect",
      "Nabil Hassan",
      "the works be inspected before the end of the month",
    ]);
    expect(
      found.some(
        ([kind, who, text]) =>
          kind === "indirect" &&
          who === "Ahmad Jumaili" &&
          text?.startsWith("his district had not been consulted"),
      ),
    ).toBe(true);
    expect(found).toContainEqual(["direct", "Ahmad Jumaili", "We learn of closures from the radio"]);
  });

  it("reads 'requested' before a noun phrase ('requested a meeting') as no quote", () => {
    const found = quotes(
      "Present:\n- Mayor of Samarra, Mr Ali Kamil\n\nThe Mayor requested a meeting with the army. He said the road was open.",
    );
    expect(found).toEqual([["indirect", "Ali Kamil", "the road was open"]]);
  });
});

describe("guards of the structure layers", () => {
  it("takes a moderator's handing of the floor ('MODERATOR: Colonel Ruba.') for no credits line", () => {
    const found = quotes(
      [
        "Speakers: Adel Faraj, ministry spokesman; Colonel Nadia Ruba, head of border operations.",
        "",
        "MODERATOR: Good morning. Mr. Faraj first.",
        "",
        "FARAJ: Thank you. The crossing reopened at dawn.",
        "",
        "MODERATOR: Colonel Ruba.",
        "",
        "RUBA: Thank you. Our patrols found two tunnels last week.",
      ].join("\n"),
    );
    expect(found).toContainEqual([
      "direct",
      "Nadia Ruba",
      "Thank you. Our patrols found two tunnels last week",
    ]);
  });

  it("reads 'who asked that his name be withheld' as why a source is unnamed, not as the speech", () => {
    const found = quotes(
      'An elder of the Bakir tribe in Hajin, who asked that his name be withheld, described the raids as "a punishment for everyone." He said the cells had left.',
    );
    expect(found).toContainEqual([
      "direct",
      "An elder of the Bakir tribe in Hajin",
      "a punishment for everyone",
    ]);
    expect(found).toContainEqual(["indirect", "An elder of the Bakir tribe in Hajin", "the cells had left"]);
    expect(found.filter(([, , text]) => text?.startsWith("his name"))).toEqual([]);
  });
});

describe("a leaked document quoted by the story", () => {
  const story = [
    "The Euphrates Post",
    "Tuesday 4 March 2025",
    "",
    'The three-page letter, dated 20 February, is signed by Brigadier Omar Saleh, head of the border brigade. It says that smugglers had opened two new routes and that the brigade was "short of fuel and of men".',
    "",
    '"Our posts south of Hajin are empty at night," the letter says. The letter also warns that the ferry crossing could fall.',
  ].join("\n");

  it("gives the document's words to the one who signed it, wherever 'it' or 'the letter' stands for it", () => {
    const found = quotes(story);
    expect(found).toContainEqual(["direct", "Omar Saleh", "Our posts south of Hajin are empty at night"]);
    expect(found).toContainEqual(["direct", "Omar Saleh", "short of fuel and of men"]);
    expect(found).toContainEqual(["indirect", "Omar Saleh", "the ferry crossing could fall"]);
    expect(
      found.some(
        ([kind, who, text]) =>
          kind === "indirect" &&
          who === "Omar Saleh" &&
          text?.startsWith("smugglers had opened two new routes"),
      ),
    ).toBe(true);
  });

  it("keeps an unsigned document as the speaker in the article's words", () => {
    expect(quotes('"The road is closed," the memo says.')).toContainEqual([
      "direct",
      "the memo",
      "The road is closed",
    ]);
  });
});

describe("speakers named in passing", () => {
  it("leaves the conjunction opening a clause out of its speaker ('when Kurdish forces said')", () => {
    expect(
      quotes(
        "The attack followed a drone strike on 3 May, when Kurdish forces said they had downed a second drone.",
      ),
    ).toContainEqual(["indirect", "Kurdish forces", "they had downed a second drone"]);
  });

  it("reads a threat as a statement, and an outlet's words as those of the ones it is affiliated with", () => {
    const found = quotes(
      'Messages posted on channels affiliated with local militia groups on Monday threatened to strike "every convoy on the highway".',
    );
    expect(found).toContainEqual(["direct", "local militia groups", "every convoy on the highway"]);
    expect(found.some(([kind, who]) => kind === "indirect" && who === "local militia groups")).toBe(true);
  });

  it("gives 'you wrote that' to the one addressed by name just before", () => {
    const found = quotes(
      [
        "Members present: Jane Porter (Chair); Sam Reid.",
        "",
        "Witnesses: Dr Layla Haddad, Research Fellow, Institute for Border Studies.",
        "",
        'Q12 Sam Reid: Dr Haddad, you wrote in March that the border was "a sieve with a flag on it". Is that still so?',
        "",
        "Dr Haddad: It is. Nothing has changed.",
      ].join("\n"),
    );
    expect(found).toContainEqual(["direct", "Layla Haddad", "a sieve with a flag on it"]);
  });
});

describe("an administration as a speaker", () => {
  it("reads 'the governorate said' after the sentence as the body's statement", () => {
    expect(quotes("The market will stay closed until Thursday, the governorate said.")).toContainEqual([
      "indirect",
      "the governorate",
      "The market will stay closed until Thursday",
    ]);
  });
});
