import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * The issuing body of a letter, a note or a newsletter is the name shouted on its first line
 * (alone or with the town of its seat), over a line naming the kind of document and whom it
 * addresses, in a text that says "we" and "our": whatever noun the name ends in (set 75's
 * first sight, 742, 743, 744, 747; issue 10, helper x94). Letterheads written for these tests.
 */

const BODY = `

Dear friends,

On Saturday a bomb exploded near the bus station in Zakho, two streets from our shop. Two people were killed, the police said. We will reopen on Monday.`;
const orgs = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a letter's shouted first line over a line addressing its readers", () => {
  it("reads 'BAKHTIAR HAND-PRINTED TEXTILES · ZAKHO' over 'Letter to our clients'", () => {
    expect(
      orgs(`BAKHTIAR HAND-PRINTED TEXTILES · ZAKHO\nLetter to our clients · Monday 1 February 2027${BODY}`),
    ).toContain("BAKHTIAR HAND-PRINTED TEXTILES");
  });
  it("reads 'GARA MOUNTAIN CHOIR' over 'Rehearsal memo for singers'", () => {
    expect(orgs(`GARA MOUNTAIN CHOIR\nRehearsal memo for singers · Monday 1 February 2027${BODY}`)).toContain(
      "GARA MOUNTAIN CHOIR",
    );
  });
  it("reads no body in a shouted headline over a standfirst, nor without a first person (guard)", () => {
    expect(
      orgs(`TWO KILLED IN ZAKHO BUS STATION BOMB\nPolice say a device went off near the station${BODY}`),
    ).toEqual([]);
    expect(
      orgs(
        "GARA MOUNTAIN CHOIR\nRehearsal memo for singers · Monday 1 February 2027\n\nOn Saturday a bomb exploded near the bus station in Zakho. Two people were killed, the police said.",
      ),
    ).toEqual([]);
  });
});
