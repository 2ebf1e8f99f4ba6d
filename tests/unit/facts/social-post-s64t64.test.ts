import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 64 (t64): "..., the post said" after "X wrote on Facebook that ...": the post is X's. */
describe("a social-media post as the speaker", () => {
  it("gives 'the post said' to the body that wrote it", () => {
    const doc = extract(
      "A grocer was abducted in Kut on Friday.\n\nWasit Police Command wrote on Facebook that its patrol had found the grocer's car. The abductors had asked for 50,000 US dollars, the post said.",
    );
    expect(doc.quotes.find((q) => /asked for 50,000/.test(q.text))?.speaker.name).toBe(
      "Wasit Police Command",
    );
  });
});
