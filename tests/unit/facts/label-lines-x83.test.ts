import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A desk's or programme's label beside the publication date under a masthead (set 70's first
 * sight, issue 10, helper x83), checked on headers written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("a label line with the publication's date", () => {
  it("names no organization of the story", () => {
    const found = names(
      [
        "The Ledger Weekly",
        "Sanctions & Enforcement · Tuesday, 3 November 2026",
        "",
        "Exchange shops closed in Deir ez-Zor",
        "",
        "The Asayish closed three exchange shops in Deir ez-Zor on Monday.",
      ].join("\n"),
    );
    expect(found).not.toContain("Sanctions & Enforcement");
    expect(found).toContain("Asayish");
  });

  it("names no programme either", () => {
    const found = names(
      [
        "Wadi Rangers Trust",
        "Field Note · Iraq Programme · Sunday 8 November 2026",
        "",
        "Patrol halted near Rutba",
        "",
        "Our rangers halted their patrol near Rutba on Saturday after a mine was found.",
      ].join("\n"),
    );
    expect(found).not.toContain("Iraq Programme");
  });

  it("guard: a programme the body names too stays an entity", () => {
    const found = names(
      [
        "Wadi Rangers Trust",
        "Field Note · Iraq Programme · Sunday 8 November 2026",
        "",
        "Patrol halted near Rutba",
        "",
        "The Iraq Programme halted its patrols near Rutba on Saturday after a mine was found.",
      ].join("\n"),
    );
    expect(found).toContain("Iraq Programme");
  });

  it("guard: the same segments on a line with no date are left as before", () => {
    const found = names(
      [
        "Wadi Rangers Trust",
        "Field Note · Iraq Programme",
        "",
        "Our rangers halted their patrol near Rutba on Saturday after a mine was found.",
      ].join("\n"),
    );
    expect(found).toContain("Iraq Programme");
  });
});
