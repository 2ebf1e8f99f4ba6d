import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment, ConflictClaim } from "../../../src/core/themes/assessment.js";
import { tollIn, weighClaims } from "../../../src/core/themes/conflicts.js";
import type { Report } from "../../../src/core/themes/reports.js";
import { paragraphsDocument as paragraphs, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * A conflict's analytic line weighs who speaks: a party counting its own losses or an escape from
 * its own custody at the lowest figure, a party claiming the highest toll of what it inflicted, and
 * an account resting on a source the reporting does not name. And two ways a count is told that
 * the finders missed: a degree adverb before the participle ("was lightly wounded") and the whole
 * of those held said to be present (none escaped).
 */

const claim = (key: string, text: string, value: number): ConflictClaim => ({
  key,
  articleId: key,
  sentence: 0,
  text,
  source: key,
  grade: "",
  date: null,
  stance: "figure",
  value,
});
const report = (key: string, text: string, reliability: "B" | "C" = "B", party = false) =>
  [
    key,
    { key, sourceKey: key, sentenceText: text, grade: { reliability, party } } as unknown as Report,
  ] as const;
const weigh = (
  a: [string, string, number],
  b: [string, string, number],
  grades: ["B" | "C", "B" | "C"] = ["B", "B"],
) =>
  weighClaims(
    [
      [a[0], [claim("a", a[1], a[2])]],
      [b[0], [claim("b", b[1], b[2])]],
    ],
    new Map([report("a", a[1], grades[0]), report("b", b[1], grades[1])]),
  );

describe("the conflict line weighs a party's interest", () => {
  const medic = "Three guards were killed and five wounded, a doctor at the city hospital told Reuters.";
  const statement =
    "Two of our guards were lightly wounded and no one was killed, the ministry said in a statement.";

  it("says when the lowest count of a side's own losses comes from that side", () => {
    const line = weigh(["figure of 5 wounded", medic, 5], ["figure of 2 wounded", statement, 2]);
    expect(line).toMatch(
      /To weigh: the figure of 2 wounded is a party's count of its own losses, which it has reason to play down\./,
    );
  });

  it("weighs such an account as a party's: of two sources of one grade, the other is better supported", () => {
    const line = weigh(["figure of 5 wounded", medic, 5], ["figure of 2 wounded", statement, 2]);
    expect(line).toMatch(
      /^The figure of 5 wounded is better supported: the figure of 2 wounded comes from a party/,
    );
  });

  it("says nothing of interest when the lower count comes from someone outside the events", () => {
    const other = "Two guards were wounded, a nurse at the clinic said.";
    const line = weigh(["figure of 5 wounded", medic, 5], ["figure of 2 wounded", other, 2]);
    expect(line).not.toMatch(/To weigh/);
    expect(line).toMatch(/^Neither account is better supported/);
  });

  it("does not call the higher count of a side's losses, even in its own words, played down", () => {
    const line = weigh(["figure of 5 wounded", statement, 5], ["figure of 2 wounded", medic, 2]);
    expect(line).not.toMatch(/play down/);
  });

  it("says when the account of no escape comes from those who hold the detainees", () => {
    const line = weigh(
      ["figure of 12", "At least 12 prisoners escaped, residents told the agency.", 12],
      [
        "figure of 0",
        "Every prisoner was accounted for at the roll call, the prison administration said.",
        0,
      ],
    );
    expect(line).toMatch(
      /the figure of 0 is the account of the party that holds the detainees, which has reason to play down an escape/,
    );
  });

  it("says when the highest toll is a side's claim of what it inflicted", () => {
    const line = weigh(
      [
        "figure of 40 killed",
        "The group claimed in a statement on its Amaq outlet that its fighters had killed 40 soldiers.",
        40,
      ],
      ["figure of 3 killed", "Three soldiers were killed in the ambush, a hospital official said.", 3],
    );
    expect(line).toMatch(
      /the figure of 40 killed is a party's claim of the losses it inflicted, which it has reason to inflate/,
    );
  });
});

describe("the conflict line says when an account rests on an unnamed source", () => {
  it.each([
    "A security source told the agency that at least 20 detainees escaped.",
    "At least 20 detainees escaped, two officials said on condition of anonymity.",
    "At least 20 detainees escaped, according to local sources.",
    "At least 20 detainees escaped, said an officer who asked not to be named.",
    // A senator's question that relays reporting: the reporting has no source the record names.
    "SENATOR OKAFOR: General, I have seen reporting that at least 20 detainees escaped, so is that right?",
    "There are reports that at least 20 detainees escaped.",
  ])("%s", (text) => {
    const line = weigh(
      ["figure of 20", text, 20],
      ["figure of 4", "Four detainees escaped, the governor of the province said.", 4],
    );
    expect(line).toMatch(/To weigh: the figure of 20 rests on a source the reporting does not name\./);
  });

  it("says nothing of it when the source is named", () => {
    const line = weigh(
      ["figure of 20", "At least 20 detainees escaped, the provincial governor told the agency.", 20],
      ["figure of 4", "Four detainees escaped, the mayor of the town said.", 4],
    );
    expect(line).not.toMatch(/does not name/);
  });
});

describe("counts the finders read", () => {
  it("reads a toll with a degree adverb before the participle", () => {
    expect(tollIn("One policeman was seriously injured in the blast, the hospital said.", "wounded")).toBe(1);
    expect(tollIn("Two soldiers were critically wounded.", "wounded")).toBe(2);
    // An adverb that is no degree of harm does not make a toll.
    expect(tollIn("Two soldiers were nearly wounded.", "wounded")).toBeNull();
  });

  it("reads the count of a fact box's labelled line", () => {
    expect(tollIn("Smugglers killed: nine, according to the army's count after the clash.")).toBe(9);
    expect(tollIn("Soldiers wounded: 2.", "wounded")).toBe(2);
    expect(tollIn("Killed: about 12.")).toBe(12);
    // Only a label that opens the line names a count; a colon inside a sentence is no label.
    expect(tollIn("The army listed what it found after the clash, smugglers killed: nine.")).toBeNull();
  });

  const AT = new Date("2026-03-05T12:00:00Z");
  const involving = (a: Assessment, ids: readonly string[]) =>
    a.conflicts.filter((c) => ids.every((id) => c.claims.some((x) => x.articleId === id)));
  const wire = () =>
    sourceDocument(
      "Detainees escape from Ghwayran prison",
      "At least 25 detainees escaped from the Ghwayran prison in Hasakah on Tuesday night after gunmen attacked its gate, residents told Reuters.",
      "Reuters",
      "2026-03-04",
    );
  const held = (present: string) =>
    paragraphs(
      "Attack on Hasakah prison repelled",
      [
        "The Internal Security Forces said on Wednesday that an attack on the Ghwayran prison in Hasakah on Tuesday night had been repelled.",
        `"${present}," the statement said.`,
      ],
      "Hawar News Agency (ANHA)",
      "2026-03-04",
    );

  it("sets those held all said present against a count of escapees", () => {
    const a = wire();
    const b = held("Every detainee was accounted for at the morning roll call");
    const found = involving(assess(themeFixture("isis-prison-escape"), [a, b], AT), [
      a.article.id,
      b.article.id,
    ]);
    expect(found.some((c) => c.claims.some((x) => x.articleId === b.article.id && x.value === 0))).toBe(true);
  });

  it("does not read those held as present when the sentence counts nobody's presence", () => {
    const a = wire();
    const b = held("Guards were present at every gate of the prison through the night");
    const found = involving(assess(themeFixture("isis-prison-escape"), [a, b], AT), [
      a.article.id,
      b.article.id,
    ]);
    expect(found.some((c) => c.claims.some((x) => x.articleId === b.article.id && x.value === 0))).toBe(
      false,
    );
  });
});

describe("a silence is no denial", () => {
  const AT = new Date("2026-03-05T12:00:00Z");
  const wire = sourceDocument(
    "Detainees escape from Ghwayran prison",
    "Coalition helicopters circled the Ghwayran district of Hasakah until dawn on Wednesday, and the Internal Security Forces imposed a curfew on the southern neighbourhoods after detainees escaped from the Ghwayran prison, residents told Reuters.",
    "Reuters",
    "2026-03-04",
  );
  const statement = (last: string) =>
    paragraphs(
      "Attack on Hasakah prison",
      [
        "The Internal Security Forces said on Wednesday that gunmen had attacked the Ghwayran prison in Hasakah on Tuesday night.",
        last,
      ],
      "Hawar News Agency (ANHA)",
      "2026-03-04",
    );
  const denials = (d: ReturnType<typeof statement>) =>
    assess(themeFixture("isis-prison-escape"), [wire, d], AT).conflicts.filter(
      (c) => c.kind === "denial" && c.claims.some((x) => x.articleId === d.article.id),
    );

  it("does not set 'did not say how many are held' against an account of the manhunt", () => {
    expect(
      denials(
        statement(
          "The Internal Security Forces did not say how many people are held at the prison, nor whether any arrests had been made after the attack.",
        ),
      ),
    ).toEqual([]);
  });

  it("still sets a denial in so many words against it", () => {
    expect(
      denials(
        statement("The Internal Security Forces denied that any detainees had escaped from the prison."),
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("a departure under way is a base being left", () => {
  const stances = (a: Assessment) =>
    a.conflicts
      .filter((c) => /has been left/.test(c.topic))
      .map((c) => c.claims.map((x) => [x.articleId, x.stance]));
  const command = sourceDocument(
    "Statement on the posture of US forces",
    "US Central Command said on Thursday that US forces would continue to operate from the Al-Tanf Garrison in support of the mission against ISIS.\n\nIn October, US forces and their partners conducted seven operations against ISIS in Syria, detaining 11 ISIS operatives.",
    "US Central Command",
    "2026-11-06",
  );
  const wire = (verb: string) =>
    sourceDocument(
      "US forces and Al-Tanf",
      `US forces ${verb} the Al-Tanf Garrison in Syria, two regional officials told the agency on Wednesday.`,
      "Reuters",
      "2026-11-05",
    );
  const AT = new Date("2026-11-20T12:00:00Z");

  it.each(["have begun leaving", "are pulling out of", "started withdrawing from", "have abandoned"])(
    "sets '%s' the base against 'would continue to operate from' it",
    (verb) => {
      const w = wire(verb);
      expect(stances(assess(themeFixture("coalition-withdrawal"), [w, command], AT))).toEqual([
        [
          [w.article.id, "asserts"],
          [command.article.id, "denies"],
        ],
      ]);
    },
  );

  it("does not read a visit to the base as a departure", () => {
    const w = wire("have been visiting");
    expect(stances(assess(themeFixture("coalition-withdrawal"), [w, command], AT))).toEqual([]);
  });
});

describe("ground said lost and kept", () => {
  const stance = (key: string, text: string, s: "asserts" | "denies"): ConflictClaim => ({
    ...claim(key, text, 0),
    stance: s,
    value: undefined,
  });
  const fell = "ISIS fighters took the village and held it for two days, aid workers said.";
  const kept = "The village was never out of our control, a ministry official told the agency.";
  const line = (keptText: string) =>
    weighClaims(
      [
        ["account that it fell", [stance("a", fell, "asserts")]],
        ["account that it held", [stance("b", keptText, "denies")]],
      ],
      new Map([report("a", fell), report("b", keptText)]),
    );

  it("says when the denial that ground was lost comes from the side that held it", () => {
    expect(line(kept)).toMatch(
      /the account that it held is the account of the party that held the ground, which has reason to deny losing it/,
    );
  });

  it("says nothing of it when the denial comes from someone outside the events", () => {
    expect(line("The village never fell to the militants, residents said.")).not.toMatch(/To weigh/);
  });

  it("reads 'took the village of' as ground taken", () => {
    const AT = new Date("2026-11-20T12:00:00Z");
    const field = sourceDocument(
      "Field report, Palmyra road",
      "On 6 November ISIS fighters took the village of Arak near Palmyra and held it for two days before government forces returned, our staff reported.",
      "The HALO Trust",
      "2026-11-15",
    );
    const ministry = paragraphs(
      "Ministry: Arak never fell",
      [
        "Syria's Ministry of Defence said on Monday that ISIS cells near Palmyra had been pushed back into the desert.",
        '"The village of Arak was never out of our control," a ministry official told the agency.',
      ],
      "Enab Baladi",
      "2026-11-16",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [field, ministry], AT);
    expect(
      a.conflicts.some(
        (c) =>
          /fell to the attackers/.test(c.topic) &&
          c.claims.some((x) => x.articleId === field.article.id && x.stance === "asserts"),
      ),
    ).toBe(true);
  });
});
