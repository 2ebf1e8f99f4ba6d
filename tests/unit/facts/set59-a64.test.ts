import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session 64 (a64), held-out analytic set 59: readings of the extractor behind its faults, on
 * wordings written for these tests.
 * - Two rules matching one span each read the fact's entities at their own trigger: a killing told
 *   after strikes "against ISIS" does not make ISIS, the strikes' target, their author.
 * - "The group claimed 12 attacks": a claim whose object is the deed is the claimant's own deed.
 * - Men "pushed back" or "turned back" as they tried to cross are stopped, as "stopped" ones are.
 * - A force "stretched thin", posts "manned by only four soldiers", a garrison gone "leaving a
 *   handful of guards to hold" a town: ground too thinly held, a security vacuum.
 * - Those held who "attempted to slip out of the prison" tried to escape.
 */

const facts = (text: string) => extract(text, "2026-12-01T09:00:00Z").facts;
const tagged = (text: string, tag: string) => facts(text).filter((f) => f.tags?.includes(tag));

describe("two rules on one span, each read at its own trigger", () => {
  it("does not make ISIS the author of raids on it that killed its men", () => {
    for (const text of [
      "Jordanian aircraft carried out six raids against ISIS near Palmyra, killing 12 of the group's fighters.",
      "In October, Iraqi jets conducted nine strikes against ISIS in the Hamrin mountains, killing 20 of its members.",
    ])
      expect(tagged(text, "insurgent-attack"), text).toEqual([]);
  });

  it("still reads killings by ISIS as its attack", () => {
    const text = "ISIS cells ambushed an army patrol near Palmyra on Monday, killing four soldiers.";
    expect(tagged(text, "insurgent-attack").length).toBeGreaterThan(0);
  });
});

describe("a deed claimed by its author", () => {
  it("reads attacks a jihadist group claims as its attacks", () => {
    for (const text of [
      "Islamic State claimed 17 attacks on army positions east of Palmyra last month.",
      "ISIS claimed responsibility for 12 attacks on checkpoints in the Deir ez-Zor countryside in November.",
    ]) {
      const attacks = tagged(text, "insurgent-attack").filter((f) => f.kind === "event");
      expect(attacks.length, text).toBeGreaterThan(0);
    }
  });

  it("keeps a claim that opens a reported clause a report", () => {
    const text = "The army claimed 40 militants were killed near Palmyra.";
    expect(tagged(text, "insurgent-attack")).toEqual([]);
  });

  it("reads no claim in 'claims' as a noun, nor in a claim nobody made", () => {
    for (const text of [
      "Pro-ISIS channels circulated six claims about attacks near Mayadin, a Polish institute found.",
      "No group had claimed the ambush near Palmyra by Sunday evening.",
    ]) {
      const byIsis = facts(text).filter(
        (f) => f.kind === "event" && f.tags?.includes("insurgent-attack") && /claim/i.test(f.text),
      );
      expect(byIsis, text).toEqual([]);
    }
  });
});

describe("crossers sent back", () => {
  it("reads men pushed or turned back as they tried to cross as stopped", () => {
    for (const text of [
      "Border guards pushed back 14 men trying to slip across near Rabia on Tuesday.",
      "The brigade turned back 30 people who attempted to cross at the Tall Safuk stretch.",
    ]) {
      const stops = facts(text).filter((f) => f.kind === "countermeasure");
      expect(stops.length, text).toBeGreaterThan(0);
    }
  });
});

describe("ground held too thinly", () => {
  it("reads a force stretched thin or posts manned by a few men as a security vacuum", () => {
    for (const text of [
      "The government brigades along the Euphrates are stretched thin this winter.",
      "Checkpoints on the Palmyra road are manned by only four soldiers at night.",
      "The battalion left for Homs in October, leaving a handful of guards to hold the town.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a post manned by a whole company, or a patrol leaving, as one", () => {
    for (const text of [
      "Each checkpoint on the Palmyra road is manned by a company of soldiers.",
      "The patrol left the base at dawn, leaving for the border.",
    ])
      expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});

describe("an attempt to leave a place of detention", () => {
  it("reads detainees who tried to slip out of a prison or leave a camp as an escape attempt", () => {
    for (const text of [
      "Two inmates attempted to slip out of the prison through a drain on Sunday but were caught.",
      "Three women tried to leave the camp in a delivery van and were stopped at the gate.",
    ])
      expect(tagged(text, "escape").length, text).toBeGreaterThan(0);
  });
});
