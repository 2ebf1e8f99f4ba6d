import { describe, expect, it } from "vitest";
import {
  appealOnly,
  claimRatedFalse,
  conditionOnly,
  documentScope,
  genericYouOnly,
  inExerciseScenario,
  judgedOnly,
  seizureAsProof,
} from "../../../src/core/themes/relevance.js";

// The readings of a sentence's own text are kept per text (speed only). What depends on where a
// fact lies in its sentence is still read per fact: two facts of one sentence, asked in turn,
// get their own answers whichever is asked first.
describe("sentence readings kept per text answer each fact of the sentence as before", () => {
  it("an appeal: the fact inside the appeal's clause is asked for, the one after it is told", () => {
    const s = "The charity calls on governments to repatriate their citizens, after nine women escaped.";
    for (const order of [0, 1]) {
      const asked = () => appealOnly({ sentenceText: s, text: "repatriate their citizens" });
      const told = () => appealOnly({ sentenceText: `${s}`, text: "nine women escaped" });
      if (order === 0) {
        expect(asked()).toBe(true);
        expect(told()).toBe(false);
      } else {
        expect(told()).toBe(false);
        expect(asked()).toBe(true);
      }
    }
  });

  it("an inverted condition: only the fact inside the condition is supposed", () => {
    const s = "Were the guards to leave the depot, the herders said, the fuel would vanish within a week.";
    expect(conditionOnly({ sentenceText: s, text: "the guards to leave the depot" })).toBe(true);
    expect(conditionOnly({ sentenceText: s, text: "the fuel would vanish" })).toBe(false);
    expect(conditionOnly({ sentenceText: s, text: "the guards to leave the depot" })).toBe(true);
    // The same words as a question are left alone.
    const q = "Were the guards to leave the depot, would the fuel vanish?";
    expect(conditionOnly({ sentenceText: q, text: "the guards to leave the depot" })).toBe(false);
  });

  it("sentence-wide readings give the same answer on every call", () => {
    const game = "In the drill's scenario, twelve inmates reached the outer fence before dawn.";
    const real = "Twelve inmates reached the outer fence before dawn, the warden said.";
    for (let i = 0; i < 2; i++) {
      expect(inExerciseScenario({ sentenceText: game })).toBe(true);
      expect(inExerciseScenario({ sentenceText: real })).toBe(false);
      expect(judgedOnly({ sentenceText: real })).toBe(false);
      expect(seizureAsProof({ sentenceText: real })).toBe(false);
      expect(claimRatedFalse({ sentenceText: real })).toBe(false);
      expect(genericYouOnly({ sentenceText: "It is not a fence you mend once.", text: "fence" })).toBe(true);
      expect(genericYouOnly({ sentenceText: real, text: "fence" })).toBe(false);
      expect(documentScope({ sentenceText: real, text: "Twelve inmates reached the outer fence" })).toBe(
        false,
      );
    }
  });
});
