import { describe, expect, it } from "vitest";
import type { Tag } from "../../../src/core/facts/events/tags.js";
import { extract } from "./helpers.js";

/**
 * Ground told unheld by its empty posts or by the holder it lacks: held-out set 65 said "posts left
 * by former regime forces near Al-Bukamal remain empty" (case 951) and "the Syrian side of the
 * border was then held by no regular force" (case 954). Posts that "remain empty" are told as
 * posts that "stand deserted" are, and ground "held by no regular force" as ground "held by
 * nobody". Other wordings here.
 */

const tagged = (text: string, tag: Tag) => extract(text).facts.filter((f) => f.tags?.includes(tag));

describe("posts that remain empty and ground held by no force", () => {
  it("reads them as a security vacuum", () => {
    for (const text of [
      "Across the river, the checkpoints the army gave up near Mayadin remained deserted all winter.",
      "The frontier south of Rutba is guarded by no Iraqi force after dark, herders say.",
      "Since the spring that stretch of the desert has been held by no regular army, the report said.",
    ])
      expect(tagged(text, "security-vacuum").length, text).toBeGreaterThan(0);
  });

  it("does not read a record, a title or a post that was filled as a vacuum", () => {
    for (const text of [
      "The national record for the marathon is held by no athlete from the northern provinces.",
      "The posts near Mayadin remain manned by the army's 17th Division, the governor said.",
      "The checkpoints the army took over near Mayadin remain busy with lorries all winter.",
    ])
      expect(tagged(text, "security-vacuum"), text).toEqual([]);
  });
});
