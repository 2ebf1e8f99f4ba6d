import { describe, expect, it } from "vitest";
import { dated, datesOf, extract } from "./helpers.js";

/** Timeline readings of session 57 (helper t57), on sentences written for these tests. */

const PUB = "2026-09-15T00:00:00Z";

describe("two dated predicates joined by 'and'", () => {
  it("cuts the clause: each predicate is a happening on its own date", () => {
    const doc = extract(
      "In Iraq, the alliance closed its last training mission in March 2024 and handed the Qayyarah airfield to the army in October 2025.",
      PUB,
    );
    expect(datesOf(doc, /closed its last training mission/)).toEqual(["2024-03"]);
    expect(datesOf(doc, /^handed the Qayyarah airfield/)).toEqual(["2025-10"]);
  });

  it("cuts a that-clause of its own after 'and that'", () => {
    const doc = extract(
      "The council recalls that the old citadel was occupied by the militants in 2016 and that its gate towers were demolished in 2017.",
      PUB,
    );
    expect(datesOf(doc, /citadel was occupied/)).toEqual(["2016"]);
    expect(datesOf(doc, /gate towers were demolished/)).toEqual(["2017"]);
  });

  it("keeps days of one month together: stages of one episode", () => {
    const doc = extract(
      "The governorate closed the river road on Sunday 6 September and reopened it on Wednesday 9 September.",
      PUB,
    );
    expect(datesOf(doc, /reopened it/)).toEqual(["2026-09-06"]);
    expect(datesOf(doc, /^reopened/)).toEqual([]);
  });

  it("does not cut a list of nouns, a clause inside, or a date counted from the first", () => {
    const nouns = extract(
      "Our member travelled to the village in August to give a sample; his uncle and two cousins were killed there in June 2015.",
      PUB,
    );
    expect(datesOf(nouns, /^two cousins/)).toEqual([]);
    const inside = extract(
      "Condolences reached Erbil in September after the bombing that killed four guards and wounded six in a market in July.",
      PUB,
    );
    expect(datesOf(inside, /^wounded six/)).toEqual([]);
    const counted = extract(
      "Border police stopped the lorry in May of that year and handed it to customs in 2025.",
      PUB,
    );
    expect(datesOf(counted, /^handed it to customs/)).toEqual([]);
  });
});

describe("a lead dated only by the day a statement told it", () => {
  const lead =
    "Three border guards were killed when gunmen attacked an outpost near the town of Rawa, the defence ministry said on Thursday.";

  it("takes the day the account right after it gives the same happening", () => {
    const doc = extract(
      `${lead} The gunmen opened fire on the outpost from two pick-up trucks late on Wednesday, the ministry said.`,
      "2026-09-10T12:00:00Z",
    );
    expect(datesOf(doc, /border guards were killed/)).toEqual(["2026-09-09"]);
  });

  it("keeps the statement's day when the next sentence tells another happening, or one long before", () => {
    const other = extract(
      `${lead} In a separate attack on Tuesday, a roadside bomb wounded two soldiers near Anah.`,
      "2026-09-10T12:00:00Z",
    );
    expect(datesOf(other, /border guards were killed/)).toEqual(["2026-09-10"]);
    const long = extract(
      `${lead} Gunmen fired on the same outpost on 14 August, the ministry said.`,
      "2026-09-10T12:00:00Z",
    );
    expect(datesOf(long, /border guards were killed/)).toEqual(["2026-09-10"]);
  });
});

describe("nights counted from a day", () => {
  it("dates 'two nights later' two days after the night last named", () => {
    const doc = extract(
      "On the night of 3 May 2026 gunmen attacked a police post near Hit, killing two policemen. Two nights later a roadside bomb hit an army patrol on the Haditha road, wounding three soldiers.",
      "2026-06-20T00:00:00Z",
    );
    expect(datesOf(doc, /roadside bomb hit an army patrol/)).toEqual(["2026-05-05"]);
  });

  it("leaves nights spent somewhere alone: a duration, no day", () => {
    const doc = extract(
      "On 3 May 2026 gunmen attacked a police post near Hit. The wounded officer spent two nights in hospital and was questioned on 9 May.",
      "2026-06-20T00:00:00Z",
    );
    expect(dated(doc).some((f) => f.date?.value === "2026-05-05")).toBe(false);
  });
});
