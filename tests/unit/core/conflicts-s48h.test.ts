import { describe, expect, it } from "vitest";
import { tollIn } from "../../../src/core/themes/conflicts.js";
import { conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Session 48, conflict readings the blind analytic set 42 asked for, on invented sentences: a day
 * of the month is no figure and does not hide the toll after it; a deadly clash on a border told
 * the same day by an army's statement and by a local network on the other side of the line, each
 * naming both states, is one clash.
 */
const AT = new Date("2026-12-19T12:00:00Z");

describe("a day of the month before a toll", () => {
  it("reads the toll after it, not the day", () => {
    expect(
      tollIn(
        "The worst attack was the raid on the Sukhnah road on 14 November, in which seven soldiers were killed, residents said.",
      ),
    ).toBe(7);
  });
  it("still reads a toll told before the day", () => {
    expect(tollIn("Seven soldiers were killed on 14 November near Sukhnah.")).toBe(7);
  });
});

describe("a figure an outlet corrected", () => {
  it("stands for its earlier figure, which is no second account", () => {
    const column = paragraphsDocument(
      "Why our report changed",
      [
        "Our first story, published on the morning of 3 December, said that 40 detainees had escaped from the Al-Sina'a prison during the night of 2 December.",
        "After checking with the Internal Security Forces, we corrected the figure: 12 detainees escaped from the prison's east wing, and 5 of them were still at large on 6 December.",
      ],
      "North Press",
      "2026-12-08",
    );
    const monitor = paragraphsDocument(
      "Escape",
      [
        "Relatives told SOHR that at least 40 detainees escaped from the Al-Sina'a prison on the night of 2 December.",
      ],
      "SOHR",
      "2026-12-04",
    );
    const escaped = conflictsOf([column, monitor], AT).filter((c) => c.claims.some((x) => x.value === 12));
    expect(escaped).toHaveLength(1);
    // The column's claim is its corrected figure, never the withdrawn one of its first story.
    expect(
      escaped.flatMap((c) =>
        c.claims.filter((x) => x.articleId === column.article.id).map((x) => x.sentence),
      ),
    ).toEqual([1]);
  });
});

describe("a deadly border clash told from both sides of the line", () => {
  it("sets the army's toll against the local network's", () => {
    const army = paragraphsDocument(
      "Army kills smugglers",
      [
        "The Jordan Armed Forces said on Saturday that border guards in the northern military region killed three smugglers while foiling an attempt to smuggle weapons from Syria at dawn.",
        "A military source said the smugglers fired on a patrol near Ruwayshid.",
      ],
      "Petra",
      "2026-12-06",
    );
    const tally = paragraphsDocument(
      "Weekly tally",
      [
        "Weekly tally of incidents in Daraa province, 30 November to 6 December.",
        "Five men from villages in the eastern countryside of Daraa were killed by Jordanian fire at the border on 5 December.",
      ],
      "Horan Free League",
      "2026-12-07",
    );
    const found = conflictsOf([army, tally], AT).filter((c) => c.claims.some((x) => x.value === 5));
    expect(found.flatMap((c) => c.claims.map((x) => x.value)).sort()).toEqual([3, 5]);
  });
});
