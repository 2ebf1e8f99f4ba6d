import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session x82: an unnamed source's description keeps the place phrase that says where its post
 * stands ("a police officer at a checkpoint near the bridge"), whole, never cut mid-phrase.
 * Sentences written for these tests.
 */

const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker.name);

describe("'A police officer at a checkpoint near the bridge …'", () => {
  it("keeps the place phrase whole when a pronoun tag points back to it", () => {
    const text =
      "Published Sunday 20 December 2026\n\nMortar rounds hit the orchards on Saturday.\n\nA police officer at a checkpoint near the bridge waved the buses through. He told the drivers the rounds came from the hills to the east.";
    expect(speakers(text)).toEqual(["A police officer at a checkpoint near the bridge"]);
  });

  it("keeps 'on the road' after the post", () => {
    const text =
      "Published Sunday 20 December 2026\n\nMortar rounds hit the orchards on Saturday.\n\nAn army officer at a post on the highway waved the buses through. He told the drivers the rounds came from the hills to the east.";
    expect(speakers(text)).toEqual(["An army officer at a post on the highway"]);
  });

  it("guard: a day after the post is no place phrase", () => {
    const text =
      "Published Sunday 20 December 2026\n\nMortar rounds hit the orchards.\n\nAn army officer at a post on Saturday said the rounds came from the hills to the east.";
    expect(speakers(text)).toEqual(["An army officer at a post"]);
  });
});
