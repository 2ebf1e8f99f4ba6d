import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: a known town's silos ("the Tal Afar grain silos", "Tal Afar silos") are a site of
 * their own, a place apart from the town (ANNOTATION.md rule 5, facilities named after their town).
 * Sentences written for these tests.
 */

const entities = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities;

describe("a town's grain silos", () => {
  it("reads 'the Tal Afar grain silos' as a site of its own beside the town", () => {
    const list = entities(
      "Fire broke out at the Tal Afar grain silos on Monday night. Farmers in Tal Afar said the harvest was lost.",
    );
    const site = list.find((e) => /silos/.test(e.name));
    expect(site?.type).toBe("facility");
    expect(list.map((e) => e.name)).toContain("Tal Afar");
  });

  it("leaves 'the silos near Tal Afar' to the town (guard)", () => {
    const list = entities("Fire broke out at the silos near Tal Afar on Monday night.");
    expect(list.some((e) => /silos/.test(e.name))).toBe(false);
    expect(list.map((e) => e.name)).toContain("Tal Afar");
  });
});
