import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * A masthead that shouts a company's name and then its product's words (set 70's "MISHWAR
 * DRIVER HUB", helper x85), on text written for these tests.
 */

const org = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.find((e) => e.type === "organization" && [e.name, ...e.aliases].includes(name));

describe("'NAME PRODUCT WORDS' on the first line", () => {
  it("makes the name the body the text writes alone", () => {
    const doc = extract(
      "TARVANA COURIER DESK\nNotice to all Mosul riders · Monday 8 March 2027\n\nDear riders,\nA colleague was robbed near the Hadba minaret on 5 March. Tarvana has paused night deliveries in the Old City. He had ridden with Tarvana since 2024, and Tarvana will cover his repairs.",
      "2027-03-08",
    );
    expect(org(doc, "Tarvana")).toBeDefined();
  });

  it("guard: a first word spelled in lower case in the body names no one", () => {
    const doc = extract(
      "TARVANA COURIER DESK\nNotice to all Mosul riders · Monday 8 March 2027\n\nDear riders,\nA colleague was robbed near the Hadba minaret on 5 March. Tarvana has paused night deliveries. He had ridden with Tarvana since 2024; the tarvana scheme will cover his repairs.",
      "2027-03-08",
    );
    expect(org(doc, "Tarvana")).toBeUndefined();
  });
});
