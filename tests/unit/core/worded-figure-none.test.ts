import { describe, expect, it } from "vitest";
import { wordedFigure } from "../../../src/core/themes/conflicts-claims.js";

describe("a conflict box's figures as their sources worded them", () => {
  it("words an account of none as 'none' and keeps a source's bound", () => {
    expect(wordedFigure("The SDF said that no detainee had escaped from the prison.", 0)).toBe("none");
    expect(wordedFigure("Fewer than 1,000 troops remain, officials said.", 1000)).toBe("fewer than 1,000");
    expect(wordedFigure("Three guards were killed.", 3)).toBe("3");
  });
});
