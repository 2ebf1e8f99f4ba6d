import { describe, expect, it } from "vitest";
import { rememberedPerText } from "../../../src/core/text/remember.js";

describe("a reading remembered per text", () => {
  it("reads each text once and gives the same answer again, falsy answers included", () => {
    const read: string[] = [];
    const long = rememberedPerText((text) => {
      read.push(text);
      return text.length > 5 ? text.length : 0;
    }, 10);
    expect([long("short"), long("a longer text"), long("short"), long("a longer text")]).toEqual([
      0, 13, 0, 13,
    ]);
    expect(read).toEqual(["short", "a longer text"]);
  });

  it("starts over when full, and still answers as the reading does", () => {
    const read: string[] = [];
    const upper = rememberedPerText((text) => {
      read.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ["a", "b", "c", "a"]) expect(upper(text)).toBe(text.toUpperCase());
    // "a" and "b" filled it; "c" emptied it and was kept, so "a" is read again.
    expect(read).toEqual(["a", "b", "c", "a"]);
  });
});
