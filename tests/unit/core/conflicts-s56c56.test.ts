import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { paragraphsDocument, themeFixture } from "../../support/themes.js";

const at = new Date("2026-03-20T12:00:00Z");
const valuesOf = (c: { claims: { value?: number | null }[] }) =>
  c.claims.map((x) => x.value ?? null).sort((x, y) => (x ?? 0) - (y ?? 0));

describe("conflicts: a figure the sentence calls wrong", () => {
  const research = paragraphsDocument(
    "US forces in Syria: a research note",
    [
      "As of February 2026, about 900 US troops remained at the Tanf garrison, according to Pentagon officials.",
      "The garrison is supplied by air from Jordan.",
    ],
    "Policy Research Bulletin",
    "2026-03-02",
  );
  const statement = (second: string) =>
    paragraphsDocument(
      "Statement of the defence ministry on Tanf",
      ["The ministry affirms that the Tanf garrison is under national control.", second],
      "Syrian Ministry of Defence (statement)",
      "2026-03-10",
    );

  it("sets reports of a figure called inaccurate against another account of that figure", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        research,
        statement("Claims that some 900 American soldiers remain at the Tanf garrison are inaccurate."),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 900 && x.stance === "denies"));
    expect(box && valuesOf(box)).toEqual([900, 900]);
  });

  it("does not set a figure told plainly by another source against the same figure", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [research, statement("Some 900 American soldiers remain at the Tanf garrison, the ministry says.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 900))).toBeUndefined();
  });

  it("does not set a figure called wrong against a figure it does not meet", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        research,
        statement("Claims that some 3,000 American soldiers remain at the Tanf garrison are inaccurate."),
      ],
      at,
    );
    expect(
      a.conflicts.find(
        (c) => c.claims.some((x) => x.value === 3000) && c.claims.some((x) => x.value === 900),
      ),
    ).toBeUndefined();
  });
});

describe("conflicts: a part of one document cited apart from its text", () => {
  const report = (third: string) =>
    paragraphsDocument(
      "Monthly progress report on the southern border trench, February 2026",
      [
        "Monthly progress report on the southern border trench for February 2026.",
        "Summary: 75 kilometres of the trench between Rutba and Al-Walid have now been dug.",
        third,
      ],
      "Ministry of Defence engineering directorate (progress report)",
      "2026-03-05",
    );

  it("sets the length an annex gives against the length the summary gives", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [report("Appendix C, table 2, gives the dug length of trench near Al-Walid at 59 kilometres.")],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 75));
    expect(box && valuesOf(box)).toEqual([59, 75]);
  });

  it("reads a later length in the text itself as the report's own revision, no conflict", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [report("By the end of the month 59 kilometres of the trench near Al-Walid had been dug.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 75))).toBeUndefined();
  });
});

describe("conflicts: two speakers of one call, one citing its own contacts", () => {
  const call = (third: string) =>
    paragraphsDocument(
      "Annual results call (transcript)",
      [
        "Chief executive Maria Lund: Output at the field held steady through the year.",
        "On security, about 2,500 American troops remain in the Kurdistan Region, and we expect no change.",
        third,
      ],
      "Gulf Keystone Petroleum (results call transcript)",
      "2026-03-12",
    );

  it("sets a figure the speaker's own contacts put at another level against the first", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [
        call(
          "Head of security Tom Reed: Our own contacts put the number of US troops in the Region at closer to 1,500 after the winter rotation.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 2500));
    expect(box && valuesOf(box)).toEqual([1500, 2500]);
  });

  it("reads the same speaker's later figure, not from contacts of its own, as a revision", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [call("After the winter rotation the number of US troops in the Region was closer to 1,500.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 2500))).toBeUndefined();
  });
});

describe("conflicts: the real figure against a figure its article gives no speaker", () => {
  const analysis = (third: string) =>
    paragraphsDocument(
      "What the end of the mission means for US forces",
      [
        "The coalition's mission in the region ended in January, and Washington says most forces will go home.",
        "The Pentagon's notice puts the troops that will remain in Basra under a bilateral accord at about 2,000.",
        third,
      ],
      "Regional Security Review (analysis)",
      "2026-03-15",
    );

  it("sets the real figure will be closer to 800 against the figure told just before", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [analysis("An officer we spoke to, however, said the real figure will be closer to 800.")],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 2000));
    expect(box && valuesOf(box)).toEqual([800, 2000]);
  });

  it("does not set a later figure of a plan's next phase, not called the real one, against it", () => {
    const a = assess(
      themeFixture("coalition-withdrawal"),
      [analysis("By the end of next year the notice puts the troops in Basra at about 800.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 2000))).toBeUndefined();
  });
});

describe("conflicts: a barrier's length told as the stretch it covers, and a speaker named after the verb", () => {
  const script = (last: string) =>
    paragraphsDocument(
      "Why is smuggling rising on the Iraq-Syria border? (video script)",
      [
        "The border between Iraq and Syria runs for about 600 kilometres.",
        "Iraq has dug a trench and set up watchtowers, and officials say the trench now covers 350 of the 600 kilometres.",
        "Smugglers still cross at night near Rutba.",
        last,
      ],
      "Levant Explainers (video script)",
      "2026-03-10",
    );

  it("sets the length an unnamed speaker gives after the verb against the officials' length", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        script(
          "There are 150 kilometres of trench at most, says a former driver from Rutba who works the night routes.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 350));
    expect(box && valuesOf(box)).toEqual([150, 350]);
  });

  it("does not read the frontier's whole length after 'of the' as the trench's", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        script(
          "There are 350 kilometres of trench, says a former driver from Rutba who works the night routes.",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 600))).toBeUndefined();
  });

  it("reads a later length with no speaker of its own as the same account", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [script("There are 150 kilometres of trench near Rutba so far.")],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 350))).toBeUndefined();
  });
});

describe("conflicts: a speaker's bare count of those who remain, against the figure before it", () => {
  const explainer = (second: string) =>
    paragraphsDocument(
      "Explainer: who is still fighting in the desert?",
      [
        "Researchers at a European institute believe that about 2,500 IS fighters are active across the Syrian desert.",
        second,
        "The group claimed 40 attacks in the desert last month.",
      ],
      "Agence France-Presse (explainer)",
      "2026-03-12",
    );

  it("sets the ministry's 'fewer than 800 remain' against the figure told just before", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        explainer(
          "Syria's interior ministry says fewer than 800 remain in the desert, most of them in hiding.",
        ),
      ],
      at,
    );
    const box = a.conflicts.find((c) => c.claims.some((x) => x.value === 2500));
    expect(box && valuesOf(box)).toEqual([800, 2500]);
  });

  it("does not read a bare count that remains as a toll's or a load's", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        paragraphsDocument(
          "Ambush in the desert",
          [
            "About 30 soldiers were killed in an ambush near Al-Sukhnah on 3 March.",
            "Syria's interior ministry says 12 remain in hospital in Homs.",
          ],
          "Agence France-Presse",
          "2026-03-12",
        ),
      ],
      at,
    );
    expect(a.conflicts.find((c) => c.claims.some((x) => x.value === 12))).toBeUndefined();
  });
});
