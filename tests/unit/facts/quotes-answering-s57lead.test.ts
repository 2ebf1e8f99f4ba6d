import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "The Defence Ministry denies reports that ...": "reports" after a verb that answers what others
 * told is that verb's object, so the subject is the one who denies, and nothing is read as said by
 * "the Defence Ministry denies". The sentences are invented.
 */
const quotesOf = (text: string) => extract(text).quotes.map((q) => [q.speaker?.name ?? null, q.text]);

describe("a report denied, dismissed or confirmed", () => {
  it("gives the denial to the one who denies, and no saying to the verb's object", () => {
    const denied = quotesOf(
      "The Iraqi Ministry of Defence denies reports that US forces have begun leaving Anbar.",
    );
    expect(denied).toEqual([
      ["Iraqi Ministry of Defence", "denies reports that US forces have begun leaving Anbar"],
    ]);
    const dismissed = quotesOf(
      "The Iraqi Ministry of Defence dismissed claims that the base at Rutba had been handed over.",
    );
    expect(dismissed.some(([s]) => /\bdismissed$/.test(s ?? ""))).toBe(false);
  });

  it("still reads 'reports that' after its subject as a saying", () => {
    const quotes = quotesOf(
      "The Iraqi Ministry of Defence reports that three smugglers were arrested near Rutba.",
    );
    expect(quotes).toEqual([["Iraqi Ministry of Defence", "three smugglers were arrested near Rutba"]]);
  });

  it("gives France's defence ministry its own name, not a body called 'Armed Forces'", () => {
    const doc = extract(
      "The Ministry of the Armed Forces denies reports that French troops have left Erbil.",
    );
    const ids = doc.entities.map((e) => e.lexiconId);
    expect(ids).toContain("org/french-armed-forces-ministry");
    expect(doc.entities.map((e) => e.name)).not.toContain("Armed Forces");
  });
});
