import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Ground nobody holds, told by the absence of any force or authority: session 31's held-out set
 * 16 said "no authority now controls long stretches of the border area", "there is no force able
 * to stop them" and "there is still no Syrian force at the old posts". Other wordings here.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("the absence of any force or authority on the ground", () => {
  it("reads ground no force or authority holds as a security vacuum", () => {
    for (const text of [
      "On the Syrian side no authority really controls the desert south of Albukamal.",
      "Villagers say there is no army able to stop the cells that come at night.",
      "There is still no Iraqi force along that part of the valley, the mayor said.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a force that was spared or a force not used as a vacuum", () => {
    for (const text of [
      "No Iraqi forces were hurt in the exchange of fire, the ministry said.",
      "The police said no force was used to disperse the crowd.",
    ])
      expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});
