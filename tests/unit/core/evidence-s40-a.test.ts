import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { assessStory, citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 40, prison, border and Badia themes, as classes: ground told without a force is a
 * vacuum, not a deployment denied; a group that withdraws when engaged is repulsed; a pistol found
 * on a man arrested is no smuggled load; drones out of service do not tell that smuggling goes on;
 * armed men who "crossed at" a point of the line infiltrate; men who "got out over the wall" of a
 * prison escaped; a conceded clause is the background of its sentence; a site's guard force sent
 * to a front is guard lost to the prison; funding for guards "has been cut" is no support given.
 */

const AT = new Date("2026-12-10T12:00:00Z");
const story = (sentences: string[]) =>
  sourceDocument("Story", sentences.join("\n\n"), "Reuters", "2026-12-06");
const roles = (theme: string, sentences: string[], at: number) =>
  assessStory(theme, sentences, AT, "Reuters", "2026-12-06").roles(at);
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;

describe("ground no force holds", () => {
  it.each([
    "Patrols say that no Syrian army or other organised force has been seen across from Rabia since October.",
    "There is no regular force on the Syrian side facing Sinjar, only smugglers and shepherds.",
    "The stretch between the two villages has no permanent army post.",
  ])("reads %s as unheld ground, not a denied deployment", (text) => {
    const found = facts(text);
    expect(found.some((f) => f.kind === "threat" && f.tags?.includes("security-vacuum"))).toBe(true);
    expect(found.some((f) => f.modality === "negated" && f.tags?.includes("troop-deployment"))).toBe(false);
  });

  it("does not read soldiers not killed as ground left empty", () => {
    const found = facts("No soldiers were killed and no force has left the post.");
    expect(found.some((f) => f.tags?.includes("security-vacuum"))).toBe(false);
  });

  it("counts the Syrian state's forces told absent opposite a border town as a vacuum", () => {
    const r = roles(
      "border-fortification",
      [
        "The Border Forces Command published its weekly report on the Sinjar sector.",
        "Watchtowers report that no Syrian army or other organised force has been seen on the far side of the berm opposite Sinjar for a month.",
      ],
      1,
    );
    expect(r).toContain("driver:security-vacuum");
    expect(r).not.toContain("mitigator:surveillance");
  });

  it("counts a desert road with no permanent army post as the Badia's vacuum", () => {
    const r = roles(
      "isis-badia-insurgency",
      [
        "Drivers on the road from Palmyra to Al-Sukhnah travel only by day.",
        "The road between Palmyra and Al-Sukhnah has no permanent army post, drivers said.",
      ],
      1,
    );
    expect(r).toContain("driver:security-vacuum");
  });
});

describe("crossings stopped and crossings made", () => {
  it("reads a group that withdrew when a border platoon engaged it as repulsed, not as a vacuum", () => {
    const r = roles(
      "border-fortification",
      [
        "On 3 December a camera on the wall near Al-Qaim picked up about 20 armed men walking towards the border from Syria.",
        "A border guard platoon engaged the group near Husaybah, which withdrew towards Albukamal and abandoned a pickup truck.",
      ],
      1,
    );
    expect(r).toContain("mitigator:interdictions");
    expect(r).not.toContain("driver:security-vacuum");
  });

  it("reads a pistol found on a man arrested at the wall as an interdiction, not a smuggled load", () => {
    const doc = story([
      "Border guards near Al-Qaim arrested two men who had climbed the wall at night and found a pistol on one of them.",
    ]);
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(cited(a, doc.article.id, 0)).not.toContain("driver:smuggling-networks");
    expect(a.judgments.find((j) => j.id === "smuggling-persists")?.probability).toBeNull();
  });

  it("does not read drones out of service as telling that smuggling goes on", () => {
    const doc = story([
      "Three surveillance drones of the Al-Qaim sector were out of service for a week for want of spare parts.",
      "A company of the 8th Brigade arrived in Al-Qaim on 2 December to reinforce the border sector.",
    ]);
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(a.judgments.find((j) => j.id === "smuggling-persists")?.probability).toBeNull();
  });

  it("reads armed men who crossed at a gap in the line as an infiltration", () => {
    const found = facts(
      "Before dawn about a dozen gunmen crossed at the gap where the berm was washed away and drove into the desert.",
    );
    expect(found.some((f) => f.tags?.includes("infiltration"))).toBe(true);
    expect(
      facts("Farmers crossed at the bridge to reach their fields.").some((f) =>
        f.tags?.includes("infiltration"),
      ),
    ).toBe(false);
  });

  it("reads smugglers who cut a temporary fence as a barrier breached, not a barrier that held", () => {
    const r = roles(
      "border-fortification",
      [
        "Work on the wall south of Rutba has stopped for lack of money.",
        "Smugglers have cut the temporary fence at the unfinished stretch near Rutba several times to move fuel.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:physical-barrier");
    expect(r.some((x) => x.startsWith("driver:"))).toBe(true);
  });
});

describe("prisons and their guards", () => {
  it.each([
    "A blocked inlet caused a mass escape of water into the streets of the quarter.",
    "The emergency escape spillway of the basin must be cleared so that excess water can escape towards the river.",
  ])("does not read water that escapes as an escape: %s", (text) => {
    expect(facts(text).some((f) => f.tags?.includes("escape"))).toBe(false);
  });

  it("still reads detainees who escaped as an escape", () => {
    expect(
      facts("At least twelve detainees escaped from the prison overnight.").some((f) =>
        f.tags?.includes("escape"),
      ),
    ).toBe(true);
  });

  it("reads prisoners who got out over the wall before they were caught as an escape", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "A former guard of the Sina'a prison in Al-Hasakah recalled the riot of 2021.",
        "In the spring of 2021 three detainees got out over the wall before they were caught in the nearby streets.",
      ],
      1,
    );
    expect(r.some((x) => x.startsWith("driver:"))).toBe(true);
    expect(r).not.toContain("mitigator:sdf-control");
  });

  it("lets the main clause, not a conceded one, decide a sentence's factor", () => {
    const told = (link: string) =>
      roles(
        "isis-prison-escape",
        [
          "A former guard recalled his years at a prison in north-east Syria.",
          `By the summer the guard force had been doubled and the prison was under our control, ${link} ISIS cells still attacked our checkpoints in the countryside every week.`,
        ],
        1,
      );
    expect(told("though")).toEqual(["mitigator:sdf-control"]);
    // Joined as an equal clause, the attacks are news of their own and fit better.
    expect(told("and")).toEqual(["driver:isis-active"]);
  });

  it("reads part of a prison's guard force sent to a front as guard lost to the prison", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The inquiry into the escape from the prison in Al-Hasakah opened on Monday.",
        "The eastern block was guarded by six men instead of fifteen, after a company of the guard force was moved to the Tishreen front in October.",
      ],
      1,
    );
    expect(r).toContain("driver:sdf-under-pressure");
    expect(r).not.toContain("mitigator:sdf-control");
  });

  it("reads coalition funding for guards told cut as a drawdown, not as support", () => {
    const r = roles(
      "isis-prison-escape",
      [
        "The administration of the Al-Hol camp wrote to donors on Sunday.",
        "It noted that coalition funding for the wages of the camp guards has been cut by a third since the spring.",
      ],
      1,
    );
    expect(r).not.toContain("mitigator:coalition-support");
    expect(r.some((x) => x.startsWith("driver:"))).toBe(true);
  });
});
