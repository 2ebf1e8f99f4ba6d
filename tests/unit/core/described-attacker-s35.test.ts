import { describe, expect, it } from "vitest";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument } from "../../support/themes.js";

/**
 * ISIS described, not named, as the agent of an attack in the passive ("shot dead by gunmen of the
 * Khawarij", "carried out by the organisation"), as "terrorist cells" (a state's word for its
 * cells), or as the claimant through its agency: session 35 found these in held-out sets 14, 17
 * and 18 (an awqaf directorate's obituary, a ministry's statistics, a monitor's report). The
 * tests use other wordings of the same kinds.
 */

const reportsOf = (text: string, sentence = 0) =>
  collectReports([sourceDocument("A report", text, "Al-Mada", "2026-11-20")]).filter(
    (r) => r.sentence === sentence,
  );
const actorsOf = (text: string) => [
  ...new Set(reportsOf(text).flatMap((r) => r.entities.map((e) => e.lexiconId))),
];
const insurgentAttack = (text: string) =>
  reportsOf(text).some((r) => r.kind === "event" && r.tags.includes("insurgent-attack"));

describe("ISIS described as the author of an attack", () => {
  it("reads an attack told in the passive, by the described group, as the insurgents' attack", () => {
    for (const text of [
      "A shepherd was shot dead by gunmen of the Khawarij near Al-Sukhnah on Tuesday night.",
      "The ambush on the convoy near Palmyra was carried out by the organisation, residents said.",
    ])
      expect(insurgentAttack(text), text).toBe(true);
  });

  it("reads an attack claimed by the group's agency as the insurgents' attack", () => {
    expect(
      insurgentAttack("The Amaq agency claimed the attack on a checkpoint near Palmyra on Monday."),
    ).toBe(true);
  });

  it("does not read an attack claimed by an ordinary news agency, or done by others, as the insurgents'", () => {
    for (const text of [
      "A news agency claimed the attack on a checkpoint near Palmyra was staged.",
      "The attack on the market near Palmyra was carried out by a criminal gang, police said.",
    ])
      expect(insurgentAttack(text), text).toBe(false);
  });

  it("reads terrorist cells as ISIS, except in a story that names Turkey's enemies", () => {
    expect(
      actorsOf("The ministry recorded nine attacks by terrorist cells in the Syrian desert in October."),
    ).toContain("org/isis");
    expect(
      actorsOf("Turkey's defence ministry said terrorist cells of the PKK attacked a base near Tal Abyad."),
    ).not.toContain("org/isis");
  });
});
