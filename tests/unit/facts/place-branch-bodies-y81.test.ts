import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Session y81: a province's or city's name, a known body's name and a capitalised head written as
 * one name ("the Erbil Civil Defence Directorate") are the body's branch there, one body named by
 * the whole. Sentences written for these tests.
 */

const names = (text: string) => extract(text, "2026-03-10T00:00:00Z").entities.map((e) => e.name);

describe("a known body's branch named with its seat", () => {
  it("reads 'the Kirkuk Civil Defence Directorate' as one body", () => {
    const list = names(
      "Teams of the Kirkuk Civil Defence Directorate put out the fire at the depot on Sunday.",
    );
    expect(list).toContain("Kirkuk Civil Defence Directorate");
    expect(list).not.toContain("Civil Defence");
  });

  it("keeps the place and the body apart in 'Civil Defence teams in Kirkuk' (guard)", () => {
    const list = names("Civil Defence teams in Kirkuk put out the fire at the depot on Sunday.");
    expect(list).toContain("Kirkuk");
    expect(list).not.toContain("Kirkuk Civil Defence Directorate");
  });
});
