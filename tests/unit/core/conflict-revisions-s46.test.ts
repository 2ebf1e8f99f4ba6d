import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A wire's flash and its write-through are one source: the write-through's figure, "revising an
 * earlier figure", stands for the flash's, and only the denial of another source is set against it.
 * A hospital that received the dead tells the toll; the conflict is not named after it.
 */
const AT = new Date("2026-12-16T12:00:00Z");
const flash = sourceDocument(
  "URGENT: riot at prison in Tell Brak",
  "URGENT: About 30 detainees escaped after a riot in the prison in Tell Brak overnight, a security source tells the agency. URGENT: Three guards killed in the riot, the source says.",
  "Europa Press",
  "2026-12-14",
);
const writeThrough = (revising: boolean) =>
  sourceDocument(
    "Detainees escape from Tell Brak prison after riot",
    `At least 22 detainees escaped from a prison holding ISIS suspects in Tell Brak in northeast Syria after a riot overnight, a security official said on Monday${revising ? ", revising an earlier figure" : ""}. A spokesman for the Internal Security Forces later said no detainee had left the prison perimeter and that the riot was over by dawn.`,
    "Europa Press",
    "2026-12-14",
  );
const hospital = sourceDocument(
  "Statement on casualties from Tell Brak",
  "The Qamishli National Hospital received the bodies of five members of the prison guard force from Tell Brak in the early hours of Monday.",
  "Qamishli National Hospital",
  "2026-12-14",
);

const escapeBoxes = (docs: Parameters<typeof assess>[1]) =>
  assess(themeFixture("isis-prison-escape"), docs, AT).conflicts.filter((c) => /escaped/i.test(c.topic));

describe("a flash revised by its write-through", () => {
  it("sets the write-through's figure, not the flash's, against the denial", () => {
    const wt = writeThrough(true);
    const boxes = escapeBoxes([flash, wt]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.claims.map((c) => c.articleId)).not.toContain(flash.article.id);
    expect(boxes.some((b) => b.claims.some((c) => c.articleId === wt.article.id))).toBe(true);
  });

  it("keeps the flash's figure when the later article does not say it revises one", () => {
    const boxes = escapeBoxes([flash, writeThrough(false)]);
    expect(boxes.some((b) => b.claims.some((c) => c.articleId === flash.article.id))).toBe(true);
  });
});

describe("a hospital that received the dead", () => {
  it("is not where the conflict over the toll is placed", () => {
    const found = assess(
      themeFixture("isis-prison-escape"),
      [flash, writeThrough(true), hospital],
      AT,
    ).conflicts;
    const tolls = found.filter((c) => c.claims.some((x) => x.articleId === hospital.article.id));
    expect(tolls.length).toBeGreaterThan(0);
    for (const c of tolls) expect(c.topic).not.toMatch(/hospital/i);
  });
});
