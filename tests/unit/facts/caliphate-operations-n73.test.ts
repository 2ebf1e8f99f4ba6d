import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 67 (set 62, issue 9): a jihadist group's own names for its men ("soldiers of the
 * caliphate", "the mujahideen", "the caliphate's soldiers") make them its fighters, and the
 * "operations" they carried out are its attacks, an event of their own (a tally over two periods
 * is then the trend's two terms). An army's or a hospital's operations are not. New wordings.
 */

const events = (text: string) =>
  extract(text, "2026-11-30T09:00:00Z").facts.filter((f) => f.kind === "event");
const attacks = (text: string) => events(text).filter((f) => f.tags?.includes("insurgent-attack"));

describe("operations carried out by the group's own men", () => {
  it("reads a count of operations by the group's men as their attacks", () => {
    for (const text of [
      "Last month the mujahideen conducted 12 operations around Deir ez-Zor, compared with seven in September.",
      "The caliphate's soldiers executed four attacks on army posts near Palmyra.",
      "This week the lions of the caliphate carried out nine operations against the apostates in the Badia.",
    ])
      expect(attacks(text).length, text).toBeGreaterThan(0);
  });

  it("reads the group's men attacking a post as an attack", () => {
    const text =
      "On Monday the soldiers of the caliphate attacked a checkpoint of the regime near Al-Kawm, killing two guards.";
    expect(attacks(text).length).toBeGreaterThan(0);
  });

  it("does not read an army's or a surgeon's operations as insurgent attacks", () => {
    for (const text of [
      "The army conducted 12 operations around Deir ez-Zor in October.",
      "Surgeons at the field hospital carried out nine operations on Sunday.",
      "Coalition forces executed four raids on hideouts near Palmyra last week.",
    ])
      expect(attacks(text), text).toEqual([]);
  });
});
