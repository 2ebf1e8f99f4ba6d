import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 67's held-out set 61: drivers said men of a Popular Mobilisation brigade at a checkpoint
 * near Rabia took money from each tanker, and the Commission answered "No Popular Mobilisation
 * brigade holds a checkpoint on the border with Syria in Nineveh". A sentence that opens by saying
 * no unit of a force holds a post denies an account of that force at such a post. The tests tell
 * it in other words.
 */
const at = new Date("2026-08-20T12:00:00Z");
const account = paragraphsDocument(
  "Lorry drivers describe payments at Trebil",
  [
    "Lorry owners in Anbar said on Monday that smuggled cigarettes cross every night from Jordan near the Trebil crossing.",
    "Drivers told the owners' union that soldiers of an army battalion at a checkpoint outside Trebil take 200 dollars from each lorry and let it pass.",
  ],
  "Anbar Lorry Owners' Union",
  "2026-08-03",
);
const answer = (text: string) =>
  paragraphsDocument(
    "Army statement on Trebil",
    [
      text,
      "Last week army intelligence passed information that led to the seizure of two lorries of cigarettes near Trebil.",
    ],
    "Iraqi Army, 7th Division (statement)",
    "2026-08-05",
  );
const denialBox = (text: string) =>
  assess(themeFixture("cross-border-smuggling"), [account, answer(text)], at).conflicts.find(
    (c) => c.kind === "denial" && c.claims.some((x) => x.stance === "denies" && x.text === text),
  );

describe("conflicts: no unit of a force said to hold a post", () => {
  it("sets 'No army battalion mans a checkpoint near Trebil' against the drivers' account", () => {
    const box = denialBox(
      "No army battalion mans a checkpoint on the Jordanian border near Trebil, where the border is guarded by the Border Guards.",
    );
    expect(box?.claims.some((x) => x.stance === "asserts" && /^Drivers told/.test(x.text))).toBe(true);
  });

  it("reads no denial where a unit is said to hold a post", () => {
    expect(
      denialBox(
        "An army battalion mans a checkpoint on the Jordanian border near Trebil, beside the Border Guards.",
      ),
    ).toBeUndefined();
  });
});
