import { describe, expect, it } from "vitest";
import { assess, DOUBTED_WEIGHT } from "../../../src/core/themes/assess.js";
import type { Assessment, ConflictClaim } from "../../../src/core/themes/assessment.js";
import { weighSides } from "../../../src/core/themes/conflicts.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A judgment does not rest at full weight on the account its own conflict box judges less
 * supported: the doubted claim weighs less in its factor and says why; a conflict the line cannot
 * settle leaves both accounts their weight, shown as contested. (Invented reports.)
 */
const AT = new Date("2025-03-05T12:00:00Z");
const theme = themeFixture("isis-prison-escape");
const doc = (title: string, text: string, outlet: string) =>
  sourceDocument(title, text, outlet, "2025-03-01");

const ESCAPE =
  "Eleven detainees escaped from the Ghwayran prison in Hasakah on Sunday after Islamic State fighters attacked it.";
const DENIAL =
  "The Syrian Democratic Forces denied that any detainees escaped from the Ghwayran prison in Hasakah on Sunday.";

const escapeRef = (a: Assessment) =>
  a.factors.flatMap((f) => f.evidence).find((e) => e.sentenceText.startsWith("Eleven detainees escaped"));

describe("a claim its conflict box doubts weighs less in its factor (s62a62)", () => {
  it("halves an unknown blog's escape claim that a wire's report of the denial outweighs, and says so", () => {
    const a = assess(
      theme,
      [
        doc("Escape at Ghwayran", ESCAPE, "Hasakah Night Notes (blog)"),
        doc("SDF denies escape", DENIAL, "Reuters"),
      ],
      AT,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.text.startsWith("Eleven detainees")));
    expect(box?.analysis).toMatch(/^The denial is better supported/);
    const ref = escapeRef(a);
    expect(ref?.standing?.doubted).toBe(true);
    expect(ref?.standing?.note).toMatch(/^weighs half: disputed by Reuters/);
    expect(box?.doubted).toEqual([ref?.key]);
    // Full weight of an unknown source (F) is 0.7: the doubted claim weighs half of it.
    expect(ref?.weight).toBeCloseTo(0.7 * DOUBTED_WEIGHT, 3);
  });

  it("near negative: two outlets of one grade, the line leaves it open, and the claim keeps its weight as contested", () => {
    const a = assess(
      theme,
      [doc("Escape at Ghwayran", ESCAPE, "Rudaw"), doc("SDF denies escape", DENIAL, "Shafaq News")],
      AT,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.text.startsWith("Eleven detainees")));
    expect(box?.analysis).toMatch(/^Neither account/);
    expect(box?.doubted).toBeUndefined();
    const ref = escapeRef(a);
    expect(ref?.standing?.doubted).toBe(false);
    expect(ref?.standing?.note).toMatch(/^contested by Shafaq News; the conflict box leaves the point open/);
    expect(ref?.weight).toBeCloseTo(0.8, 3);
  });

  it("the same unnamed sources going on ('the sources said') weigh with the doubted claim; other sources do not", () => {
    const a = assess(
      theme,
      [
        doc(
          "Escape at Ghwayran",
          `${ESCAPE.replace(/\.$/, "")}, two security sources told the blog.\n\nThe sources said the attackers blew up the prison's outer gate with a car bomb.\n\nTwo other sources said Islamic State fighters blew up a checkpoint near Shaddadi with a car bomb.`,
          "Hasakah Night Notes (blog)",
        ),
        doc("SDF denies escape", DENIAL, "Reuters"),
      ],
      AT,
    );
    const refs = a.factors.flatMap((f) => f.evidence);
    const same = refs.find((e) => e.sentenceText.startsWith("The sources said"));
    const other = refs.find((e) => e.sentenceText.startsWith("Two other sources"));
    expect(escapeRef(a)?.standing?.doubted).toBe(true);
    expect(same?.standing?.note).toMatch(/told by the same unnamed sources/);
    expect(other).toBeDefined();
    expect(other?.standing?.doubted ?? false).toBe(false);
  });
});

/**
 * A government's on-record word on its own decision against unnamed sources' account of it: the
 * line prefers the named body whatever the outlets' grades (a wire, B, against a ministry, C).
 * (Invented sentences and bodies.)
 */
describe("the conflict line weighs named against unnamed sourcing and a party's word on its own plans (s62a62)", () => {
  const claim = (
    key: string,
    source: string,
    text: string,
    stance: ConflictClaim["stance"],
  ): ConflictClaim => ({
    key,
    articleId: key,
    sentence: 0,
    text,
    source,
    grade: "",
    date: null,
    stance,
  });
  const report = (key: string, source: string, text: string, reliability: "B" | "C", kind: string | null) =>
    [
      key,
      {
        key,
        source,
        sourceKey: key,
        sentenceText: text,
        grade: { reliability, party: false, kind },
      } as unknown as Report,
    ] as const;
  const LEAK =
    "Denmark will pull its 90 trainers out of Iraq by the spring, three sources in the government told the agency.";
  const ON_RECORD =
    "The Ministry of Defence rejects press reports that a decision has been taken to bring the Danish contingent home.";
  const weigh = (deniedBy: string, leak = LEAK) =>
    weighSides(
      [
        ["account that it happened", [claim("wire", "Nordic Wire", leak, "asserts")]],
        ["denial", [claim("ministry", deniedBy, ON_RECORD, "denies")]],
      ],
      new Map([
        report("wire", "Reuters", leak, "B", "wire"),
        report("ministry", deniedBy, ON_RECORD, "C", "official"),
      ]),
    );

  it("prefers the on-record denial of the body whose country's decision it is, over a better-graded wire's unnamed sources", () => {
    const w = weigh("Denmark Ministry of Defence");
    expect(w.analysis).toMatch(
      /^The denial is better supported: it is the on-record word of Denmark's Ministry of Defence/,
    );
    expect(w.doubted).toEqual(["wire"]);
  });

  it("near negative: another country's ministry denying it is no word on its own decision, and the grades decide", () => {
    const w = weigh("Iraq Ministry of Defence");
    expect(w.analysis).toMatch(
      /^The account that it happened is better supported: its source is graded more reliable/,
    );
    expect(w.doubted).toEqual(["ministry"]);
  });

  it("reads officials 'familiar with the discussions' as sources the reporting does not name", () => {
    const w = weigh(
      "Denmark Ministry of Defence",
      "Denmark will pull its 90 trainers out of Iraq by the spring, according to two Danish officials familiar with the discussions.",
    );
    expect(w.analysis).toMatch(/^The denial is better supported: it is the on-record word/);
  });

  it("knows a body whose name does not hold its country by the country the lexicon gives it", () => {
    const leak =
      "The administration will pull all US troops out of Syria by the summer, according to two officials familiar with the talks.";
    expect(weigh("US Department of Defense", leak).analysis).toMatch(
      /^The denial is better supported: it is the on-record word of the US Department of Defense/,
    );
    expect(weigh("Iraq Ministry of Defence", leak).analysis).not.toMatch(/on-record word/);
  });

  it("near negative: an account whose source is named is not set aside for the ministry's word", () => {
    const w = weigh(
      "Denmark Ministry of Defence",
      "Denmark will pull its 90 trainers out of Iraq by the spring, Defence Minister Lars Holm told the agency.",
    );
    expect(w.analysis).not.toMatch(/on-record word/);
  });
});

describe("national wires, public broadcasters and UN agencies are graded as their kind (s62a62)", () => {
  it("grades a national wire as a wire and a UN office named in full as the UN", async () => {
    const { gradeSource } = await import("../../../src/core/sources/outlets.js");
    expect(gradeSource("PAP (Polish Press Agency)", new Map())).toMatchObject({
      reliability: "B",
      kind: "wire",
    });
    expect(
      gradeSource("UN Office for the Coordination of Humanitarian Affairs (OCHA)", new Map()),
    ).toMatchObject({
      reliability: "B",
      kind: "un",
    });
    expect(gradeSource("tagesschau.de (ARD)", new Map())).toMatchObject({
      reliability: "B",
      kind: "international",
    });
    // Near negative: a name of no known outlet or class still cannot be judged.
    expect(gradeSource("Polish Cooking Digest", new Map()).reliability).toBe("F");
  });
});

describe("public bodies the registry does not know are graded as official by their names (s62a62)", () => {
  it("reads commissions, port and customs authorities, central banks, municipalities and a body's own channel as official", async () => {
    const { gradeSource } = await import("../../../src/core/sources/outlets.js");
    for (const name of [
      "Tarsus Border Ports Authority",
      "Central Bank of Nowhere",
      "Greater Zarqa Municipality",
      "General Commission of Customs of Ruritania",
      "Ruritanian Ministry of Defence (official Telegram channel)",
      "Ruritania Foreign, Commonwealth & Development Office",
    ])
      expect(gradeSource(name, new Map()), name).toMatchObject({ reliability: "C", kind: "official" });
    // Near negatives: a news channel on Telegram, and a newspaper whose name holds an official word.
    expect(gradeSource('Telegram channel "Valley Eye"', new Map()).reliability).toBe("F");
    expect(gradeSource("Commonwealth Games News", new Map()).reliability).toBe("F");
    expect(gradeSource("Municipality Times", new Map()).reliability).toBe("F");
  });
});

describe("who decides such things is a procedure, not a deed (s62a62)", () => {
  it("reads 'decisions on X are taken by Y' and 'is decided by parliament' as a procedure", async () => {
    const { procedureOnly } = await import("../../../src/core/themes/relevance.js");
    expect(
      procedureOnly({
        sentenceText:
          "Decisions on sending Ruritanian troops abroad are taken by the cabinet at the request of the Chief of Staff.",
      }),
    ).toBe(true);
    expect(
      procedureOnly({
        sentenceText: "The size of the training mission is decided by parliament every year.",
      }),
    ).toBe(true);
  });
  it("near negatives: a decision reported as taken, and an approval in the past, are deeds", async () => {
    const { procedureOnly } = await import("../../../src/core/themes/relevance.js");
    expect(
      procedureOnly({
        sentenceText: "The decision to send 200 Ruritanian troops was taken by the cabinet on Monday.",
      }),
    ).toBe(false);
    expect(procedureOnly({ sentenceText: "The deployment was approved by parliament last week." })).toBe(
      false,
    );
  });
});
