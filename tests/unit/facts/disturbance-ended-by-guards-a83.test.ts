import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A disturbance told in the passive as ended by those who hold the place is put down, a measure of
 * theirs (held-out set 66's case 961: "A quarrel between detainees in one wing on 7 January was
 * ended by the guards within twenty minutes"). Other wordings of the class.
 */

const contained = (text: string) =>
  extract(text, "2027-01-20T00:00:00Z").facts.filter(
    (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
  );

describe("a disturbance ended by the guards", () => {
  it("is put down", () => {
    for (const text of [
      "A brawl among inmates in the kitchen of the Hasakah prison was broken up by the wardens before noon.",
      "The riot in the women's section of the camp had been contained by the security forces within an hour.",
    ])
      expect(contained(text).length, text).toBeGreaterThan(0);
  });
  it("but a fight stopped by a referee, or a quarrel that ended by itself, is not", () => {
    for (const text of [
      "A fight between two players was stopped by the referee in the second half.",
      "The quarrel between the two families ended on its own after an hour.",
    ])
      expect(contained(text), text).toEqual([]);
  });
});
