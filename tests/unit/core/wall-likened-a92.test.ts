import { describe, expect, it } from "vitest";
import { assessStory } from "../../support/themes.js";

/**
 * A barrier told by what it is likened to ("The wall is often compared with the great
 * fortifications of history, but its value depends on the men who watch it") is talk about the
 * wall, as a symbol is, and no account of it: held-out set 71's case 1035 cited it as the barrier.
 * A sentence that also tells the barrier built keeps it. Other barriers, places and figures here.
 */

const AT = new Date("2027-03-01T12:00:00Z");
const LEAD =
  "Iraqi officials say the concrete wall on the Syrian border near Rabia now runs for 150 kilometres.";
const roles = (sentence: string) =>
  assessStory("border-fortification", [LEAD, sentence], AT, "Reuters", "2027-02-20").roles(1);

describe("a barrier likened to something else", () => {
  it("is no evidence on the barrier or the guard", () => {
    expect(
      roles(
        "The berm is often likened to a line in the sand, but its worth depends on the patrols behind it.",
      ),
    ).toEqual([]);
  });

  it("but a likened wall whose sections the sentence tells completed is still the barrier", () => {
    expect(
      roles(
        "The wall is often compared with the great fortifications of history, and its last 30 kilometres near Rabia were completed in June.",
      ),
    ).toContain("mitigator:physical-barrier");
  });
});
