import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Conflict } from "../../../src/core/themes/assessment.js";
import { otherSide } from "../../../src/core/themes/conflicts.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports, type SourceDocument } from "../../../src/core/themes/reports.js";
import { conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Conflicting reporting, on short texts written for these tests: a load set against the magnitude
 * another account gave it.
 */

const AT = new Date("2026-10-20T12:00:00Z");
const valuesOf = (cs: Conflict[]) =>
  cs.map((c) => c.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0)));
const figures = (docs: SourceDocument[]) => conflictsOf(docs, AT).filter((c) => c.kind === "figures");

describe("a load set against a magnitude ('not millions')", () => {
  const army = (amount: string) =>
    paragraphsDocument(
      "Smuggling attempt foiled",
      [
        `Border guards clashed with a group of smugglers near Tall Shihab on the night of 9 October, and ${amount} Captagon pills were seized, the army said.`,
      ],
      "Army",
      "2026-10-10",
    );
  const porter = (text: string) =>
    paragraphsDocument(
      "A porter's account",
      ["We set out from the farms near Tall Shihab on the night of 9 October, eight of us on foot.", text],
      "Border Monthly",
      "2026-10-16",
    );
  it("reads the magnitude as a denied seizure of that size", () => {
    const claims = claimsOf(
      collectReports([porter("Between the eight of us we carried some 90,000 pills, not millions.")]),
    ).filter((f) => f.kind === "seized:pills");
    expect(claims.map((f) => [f.lo, f.denied])).toEqual([[1_000_000, true]]);
  });
  it("sets it against a seizure of millions", () => {
    expect(
      valuesOf(
        figures([
          army("3.5 million"),
          porter("Between the eight of us we carried some 90,000 pills, not millions."),
        ]),
      ),
    ).toContainEqual([1_000_000, 3_500_000]);
  });
  it("takes the unit the magnitude names ('three cartons of cigarettes, not hundreds of thousands of pills')", () => {
    expect(
      figures([
        army("250,000"),
        porter(
          "My cousin was carrying three cartons of cigarettes bought in a village market, not hundreds of thousands of pills as the radio said.",
        ),
      ]),
    ).toHaveLength(1);
  });
  it("sets it against no seizure of another size", () => {
    expect(
      figures([
        army("70,000"),
        porter("Between the eight of us we carried some 90,000 pills, not millions."),
      ]),
    ).toHaveLength(0);
  });
  it("reads no denial in a magnitude with no load counted before it", () => {
    expect(
      figures([
        army("3.5 million"),
        porter("Millions of pills cross this stretch of the border, not thousands."),
      ]),
    ).toHaveLength(0);
  });
});

describe("a monitor's own sentences are one account, not two it relays", () => {
  const at = new Date("2026-11-30T12:00:00Z");
  const monitor = (second: string, source = "Syrian Observatory for Human Rights") =>
    paragraphsDocument(
      "Fighting in a desert town",
      [
        "SOHR sources said ISIS fighters attacked the town of Al-Sukhnah at dawn on 24 November and held its western quarter for a day.",
        "SOHR has documented the death of nine ISIS members and six soldiers in the fighting for the town.",
        second,
      ],
      source,
      "2026-11-27",
    );
  const accounts = (doc: SourceDocument) =>
    assess(themeFixture("isis-badia-insurgency"), [doc], at).conflicts.filter((c) => c.kind === "accounts");
  it("reads no dispute over who was killed in a monitor's own sentences (signed by its initials)", () => {
    expect(
      accounts(
        monitor(
          "A shepherd and his daughter were killed by a stray shell during the fighting, according to SOHR sources.",
        ),
      ),
    ).toEqual([]);
  });
  it("reads none either when the monitor's name carries its acronym in brackets", () => {
    expect(
      accounts(
        monitor(
          "A shepherd and his daughter were killed by a stray shell during the fighting, according to SOHR sources.",
          "Syrian Observatory for Human Rights (SOHR)",
        ),
      ),
    ).toEqual([]);
  });
  it("still sets the account of another speaker it relays against its own", () => {
    expect(
      accounts(
        monitor(
          "A shepherd and his daughter were killed by a stray shell during the fighting, their relatives told local media.",
        ),
      ).map((c) => c.topic),
    ).toHaveLength(1);
  });
});

describe("the stretch of frontier a line of towers or cameras watches", () => {
  const at = new Date("2025-06-20T12:00:00Z");
  const release = (first: string, second: string) =>
    paragraphsDocument(
      "Sensor towers handed over",
      [
        "The handover ceremony for the new sensor towers on the northern frontier took place on Monday.",
        first,
        second,
      ],
      "Vantage Sensors (company news release)",
      "2025-06-17",
    );
  const watched = (doc: SourceDocument) =>
    conflictsOf([doc], at).filter((c) => c.topic.startsWith("How much of the border is watched"));
  const director =
    "Our camera network now covers more than 500 kilometres of the frontier, according to the firm's sales director.";
  const official =
    "An officer of the Frontier Guard Command who attended the handover said the towers so far cover about 200 kilometres.";
  it("reads the stretch each speaker gives", () => {
    const kinds = claimsOf(collectReports([release(director, official)])).filter((f) => f.kind === "watched");
    expect(kinds.map((f) => [f.lo, f.said.speakers.size > 0])).toEqual([
      [500, true],
      [expect.any(Number), true],
    ]);
  });
  it("sets the vendor's stretch against the officer's, in one release", () => {
    expect(watched(release(director, official))).toHaveLength(1);
  });
  it("sets no barrier's length against the stretch watched", () => {
    expect(
      watched(
        release(
          director,
          "An officer of the Frontier Guard Command who attended the handover said the concrete wall now covers about 200 kilometres.",
        ),
      ),
    ).toHaveLength(0);
  });
  it("reads a bare 'according to officials' as the release's own account, not a second speaker", () => {
    expect(
      watched(
        release(
          "Our camera network now covers more than 500 kilometres of the frontier, according to officials.",
          "The towers so far cover about 200 kilometres, the release adds.",
        ),
      ),
    ).toHaveLength(0);
  });
});

describe("a denial placed on one party's side of the border", () => {
  const review = paragraphsDocument(
    "Press review",
    [
      "The Syrian authorities have not yet deployed a regular force on their side of the border opposite Al-Qaim, a daily reports.",
    ],
    "Daily Press Review",
    "2026-11-27",
  );
  const elsewhere = paragraphsDocument(
    "Press review",
    [
      "The Syrian authorities have not yet deployed a regular force along the border opposite Al-Qaim, a daily reports.",
    ],
    "Daily Press Review",
    "2026-11-27",
  );
  const account = (text: string) =>
    paragraphsDocument("Sector report", [text], "Border Monthly", "2026-11-26");
  const deployment = (doc: SourceDocument, modality: string) => {
    const r = collectReports([doc]).find(
      (x) => x.modality === modality && x.tags.includes("troop-deployment"),
    );
    if (!r) throw new Error(`no ${modality} deployment in ${doc.article.title}`);
    return r;
  };
  const ours = account(
    "The sector commander said a new battalion of border guards was deployed along the wall west of Al-Qaim on 20 November.",
  );
  const theirs = account(
    "The Syrian authorities deployed a new battalion along the border opposite Al-Qaim on 20 November, state media said.",
  );
  it("answers no account of forces that names no party of that side", () => {
    expect(otherSide(deployment(ours, "asserted"), deployment(review, "negated"))).toBe(true);
  });
  it("still answers an account of that party's own forces", () => {
    expect(otherSide(deployment(theirs, "asserted"), deployment(review, "negated"))).toBe(false);
  });
  it("leaves a denial that places nothing on a side as it was", () => {
    expect(otherSide(deployment(ours, "asserted"), deployment(elsewhere, "negated"))).toBe(false);
  });
});
