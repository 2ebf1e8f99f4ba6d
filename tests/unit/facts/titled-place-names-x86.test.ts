import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A place named after a man, its name opened by his title and closed by a place's noun (set 71's
 * "Sheikh Najjar Industrial City", issue 10, helper x86), checked on sentences written for these
 * tests.
 */

const entities = (text: string) =>
  extract(text).entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases }));

describe("a title opening a place's name", () => {
  it("stays in the place's name and is no person", () => {
    const found = entities(
      [
        "Gunmen set fire to a printing works in Sayyid Jaafar Industrial Area, east of Basra, on Monday night.",
        "",
        "Sayyid Jaafar has had three fires this year, the owners' association said.",
      ].join("\n"),
    );
    const area = found.find((e) => e.name === "Sayyid Jaafar Industrial Area");
    expect(area?.type).toBe("place");
    expect(area?.aliases).toContain("Sayyid Jaafar");
    expect(found.some((e) => e.type === "person")).toBe(false);
  });

  it("keeps a man called by his title where no place bears his name (guard)", () => {
    const found = entities(
      "Sayyid Jaafar al-Musawi told reporters in Basra that the printing works had been insured.",
    );
    expect(found.find((e) => e.type === "person")?.name).toBe("Jaafar al-Musawi");
  });
});
