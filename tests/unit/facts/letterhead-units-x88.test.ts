import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * "HOMS CHARITABLE HOSPITAL · BLOOD BANK" on an appeal's letterhead was read as a body "BLOOD BANK"
 * of its own (set 72's first sight, 712, issue 10, helper x88): a hospital's blood bank is its
 * unit, as "MEDIA DEPARTMENT" after a body's name is that body's desk. Texts written for these tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name.toUpperCase());

const appeal = (letterhead: string) =>
  [
    letterhead,
    "Appeal to donors · Friday 8 January 2027",
    "",
    "After the blast at the Erbil bus station on Thursday, our wards received 40 wounded. The hospital asks donors of every blood group to come between 08:00 and 20:00.",
  ].join("\n");

describe("a hospital's unit on its letterhead", () => {
  it("is no body of its own", () => {
    const found = names(appeal("ZHIN MATERNITY HOSPITAL · BLOOD BANK"));
    expect(found).not.toContain("BLOOD BANK");
  });

  it("leaves a bank's own name on a letterhead a body", () => {
    const found = names(appeal("ZHIN MATERNITY HOSPITAL · KURDISTAN INTERNATIONAL BANK"));
    expect(found).toContain("KURDISTAN INTERNATIONAL BANK");
  });
});
