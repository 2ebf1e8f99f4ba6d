import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * Bodies shouted in capitals on a letterhead whose noun the letterhead rules did not know: a
 * syndicate, a network, a hostel, a school or a home after a name, and a school's or a home's
 * noun opening what it teaches or whom it keeps (set 74's first sight, 730, 732, 734, 738, 739;
 * issue 10, helper x92). Letterheads written for these tests.
 */

const BODY = `
Notice to members · Monday 1 February 2027

On Saturday a bomb exploded near the bus station in Zakho. Two people were killed, the police said.`;
const orgs = (head: string) =>
  extract(`${head}${BODY}`)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a letterhead body ending in a syndicate's, a network's, a hostel's noun", () => {
  it("reads 'KURDISH ENGINEERS' SYNDICATE – ZAKHO BRANCH'", () => {
    expect(orgs("KURDISH ENGINEERS' SYNDICATE – ZAKHO BRANCH")).toContain("KURDISH ENGINEERS' SYNDICATE");
  });
  it("reads 'NORTHERN PHARMACISTS' NETWORK' and 'KHABUR HOUSE HOSTEL'", () => {
    expect(orgs("NORTHERN PHARMACISTS' NETWORK")).toContain("NORTHERN PHARMACISTS' NETWORK");
    expect(orgs("KHABUR HOUSE HOSTEL · ZAKHO")).toContain("KHABUR HOUSE HOSTEL");
  });
});

describe("a school's or a home's noun after a name, opening its remit", () => {
  it("reads 'BEIT AL-NOUR SCHOOL OF MUSIC' and 'DAR AL-AMAN HOME FOR ORPHANS'", () => {
    expect(orgs("BEIT AL-NOUR SCHOOL OF MUSIC")).toContain("BEIT AL-NOUR SCHOOL OF MUSIC");
    expect(orgs("DAR AL-AMAN HOME FOR ORPHANS")).toContain("DAR AL-AMAN HOME FOR ORPHANS");
  });
  it("reads no body in a label of common words (guard)", () => {
    expect(orgs("BACK TO SCHOOL")).toEqual([]);
    expect(orgs("SUMMER SCHOOL")).toEqual([]);
    expect(orgs("NOTICE: HOME FOR THE HOLIDAYS")).toEqual([]);
  });
});
