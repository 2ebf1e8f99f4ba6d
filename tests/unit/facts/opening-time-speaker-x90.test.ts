import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A time opening a sentence without a comma ("Later that evening the chairman said") is no part of
 * who speaks: the role after it points back to the person named in that post (set 73's first
 * sight, 729, issue 10, helper x90). Sentences written for these tests.
 */

const speakerOf = (text: string, start: string) =>
  extract(text).quotes.find((q) => q.text.startsWith(start))?.speaker.name;

const LEAD = "Salim Dakhil, the chairman of the beekeepers' union, said the hives had been checked.";

describe("a time opening the clause before a role subject", () => {
  it("reads 'Later that morning the chairman' as the chairman named before", () => {
    const text = `${LEAD} Later that morning the chairman said the union would pay for new frames.`;
    expect(speakerOf(text, "the union would pay")).toBe("Salim Dakhil");
  });

  it("reads 'Earlier this week the chairman' and 'Later the chairman' the same way", () => {
    expect(
      speakerOf(`${LEAD} Earlier this week the chairman said the road was closed.`, "the road was closed"),
    ).toBe("Salim Dakhil");
    expect(speakerOf(`${LEAD} Later the chairman said the road was closed.`, "the road was closed")).toBe(
      "Salim Dakhil",
    );
  });

  it("reads 'Earlier that day a farmer from Hit' as the farmer", () => {
    expect(
      speakerOf(
        `${LEAD} Earlier that day a farmer from Hit said the road was closed.`,
        "the road was closed",
      ),
    ).toBe("a farmer from Hit");
  });

  it("keeps a weekday inside a name and a 'later' describing a noun whole (guard)", () => {
    expect(speakerOf(`${LEAD} Friday Market traders said the road was closed.`, "the road was closed")).toBe(
      "Friday Market traders",
    );
    expect(
      speakerOf(`${LEAD} Later reports from the camp said the road was closed.`, "the road was closed"),
    ).toBe("Later reports from the camp");
  });
});
