import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

const AT = new Date("2026-11-26T12:00:00Z");

describe("a place the lexicon does not know is read where the story is", () => {
  const notice = sourceDocument(
    "Water supply notice",
    "The water establishment addresses this notice to the residents of Palmyra and its surroundings. Supply is suspended after ISIS cells attacked the pumping station at Al-Bayarat on Monday night.",
    "Homs Water Establishment",
    "2026-11-25",
  );

  it("reads the attack at an unknown station in the places named before it", () => {
    const report = collectReports([notice]).find((r) => r.sentence === 1 && r.kind === "event");
    expect(report?.entities.some((e) => e.lexiconId === "place/palmyra")).toBe(true);
  });

  it("counts it as an attack in the Badia", () => {
    const a = assess(themeFixture("isis-badia-insurgency"), [notice], AT);
    expect(cited(a, notice.article.id, 1)).toEqual(["driver:attacks-reported"]);
  });

  it("keeps a known place the sentence names as its own", () => {
    const story = sourceDocument(
      "Attacks",
      "The water establishment addresses this notice to the residents of Palmyra. ISIS cells attacked a post near Mayadin on Monday night.",
      "Homs Water Establishment",
      "2026-11-25",
    );
    const report = collectReports([story]).find((r) => r.sentence === 1 && r.kind === "event");
    expect(report?.entities.some((e) => e.lexiconId === "place/mayadin")).toBe(true);
    expect(report?.entities.some((e) => e.lexiconId === "place/palmyra")).toBe(false);
  });

  it("reads it in the lede's places, not in a place named in passing just before", () => {
    const blog = sourceDocument(
      "Smugglers",
      "People in Al-Bayarat tell a different story. The smugglers pay for the crossings at night. The guards are still waiting for spare parts from Baghdad. ISIS cells attacked the pumping station at Al-Bayarat on Monday night.",
      "Blog",
      "2026-11-25",
    );
    const report = collectReports([blog]).find((r) => r.sentence === 3 && r.kind === "event");
    expect(report).toBeDefined();
    expect(report?.entities.some((e) => e.lexiconId === "place/baghdad")).toBe(false);
  });
});

describe("prison theme: the coalition's support is support to those who hold the prisons", () => {
  const theme = themeFixture("isis-prison-escape");

  it("does not count US training of Iraq's forces as coalition support for the prisons", () => {
    const wire = sourceDocument(
      "US hands over base",
      "The US handed over Ain al-Asad air base to Iraqi forces on Sunday. SDF guards foiled an escape attempt at Alaya prison in Qamishli on Sunday. Washington has pledged to keep training and equipping Iraqi forces through a security cooperation office at the US embassy in Baghdad.",
      "Reuters",
      "2026-11-25",
    );
    const a = assess(theme, [wire], AT);
    expect(cited(a, wire.article.id, 2)).toEqual([]);
  });

  it("still counts US support to its partners in Syria", () => {
    const wire = sourceDocument(
      "Coalition support",
      "SDF guards foiled an escape attempt at Alaya prison in Qamishli on Sunday. The US-led coalition will keep training and equipping its partners in north-east Syria, a coalition spokesman said.",
      "Reuters",
      "2026-11-25",
    );
    const a = assess(theme, [wire], AT);
    expect(cited(a, wire.article.id, 1)).toEqual(["mitigator:coalition-support"]);
  });
});
