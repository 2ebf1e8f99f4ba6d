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
