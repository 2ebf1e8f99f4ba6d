import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: "the army" after the text names a state's forces as its "Defence Force" or "Armed
 * Forces" is that force (ANNOTATION.md rule 4: a common-noun reference to a body the article
 * names), not the army of the story's country. Sentences written for these tests.
 */

const names = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities.map((e) => e.name);

describe("'the army' after a named Defence Force", () => {
  it("reads no Iraqi army into 'He left the army' after 'joined the Fiji Defence Force'", () => {
    const text =
      "Gunmen attacked a checkpoint near Kirkuk in Iraq on 2 March, killing a Fijian contractor, Jone Ratu. Ratu joined the Fiji Defence Force at 18. He left the army in 2016 and came to Kirkuk in 2020.";
    expect(names(text)).not.toContain("Iraqi Army");
  });

  it("still reads the story country's army in 'the army' when no force is named (guard)", () => {
    const text =
      "Gunmen attacked a checkpoint near Kirkuk in Iraq on 2 March, killing two soldiers. The army sent reinforcements to Hawija.";
    expect(names(text)).toContain("Iraqi Army");
  });

  it("still reads it when the text says only 'US forces' (guard)", () => {
    const text =
      "US forces left a base near Kirkuk in Iraq on 2 March. The army sent two battalions to Hawija the next day.";
    expect(names(text)).toContain("Iraqi Army");
  });
});
