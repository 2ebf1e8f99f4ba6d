import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { figureBoxes, paragraphsDocument, storyClaims, themeFixture } from "../../support/themes.js";

/**
 * Session 50, conflict readings the blind analytic set 44 asked for, on invented sentences: a
 * load named by two words before its unit, troops that "will stay", an armed group's strength
 * and a figure given as "the real figure" against it, a force's men who left their posts against
 * a count of fewer on duty than in a month.
 */
const AT = new Date("2026-12-22T12:00:00Z");
const kinds = (paragraphs: string[], outlet = "Reuters", date = "2026-12-10") =>
  storyClaims(paragraphs, outlet, date);

describe("a load named by two words before its unit", () => {
  it("reads 'illicit amphetamine tablets' as pills seized", () => {
    expect(
      kinds([
        "Customs officers at the Trebil crossing seized 300,000 illicit amphetamine tablets hidden in a lorry of tomatoes on Sunday.",
      ]),
    ).toContainEqual(["seized:pills", 300000]);
  });

  it("sets two sources' seizures of one night against each other", () => {
    const wire = paragraphsDocument(
      "Jordanian troops clash with drug smugglers",
      [
        "Jordanian troops clashed with smugglers near the Ruwayshid crossing on the border with Syria late on Sunday, an army source said.",
        "The source said the troops seized about 300,000 amphetamine pills from the smugglers' vehicle.",
      ],
      "Petra",
      "2026-12-08",
    );
    const army = paragraphsDocument(
      "Army statement",
      [
        "The General Command announces that border guards foiled a smuggling attempt near the Ruwayshid crossing on the border with Syria.",
        "The force seized 1.5 million illicit amphetamine pills after an armed confrontation with the smugglers.",
      ],
      "Jordan Armed Forces",
      "2026-12-08",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [wire, army], AT);
    expect(figureBoxes(a)).toContainEqual([300000, 1500000]);
  });
});

describe("troops that will stay", () => {
  it("reads 'will stay' as troops remaining, of the country their words name", () => {
    expect(
      kinds([
        "About 900 British troops will stay in Erbil after the mission ends next year, a defence official said.",
      ]),
    ).toContainEqual(["troops:british", 900]);
  });
});

describe("an armed group's strength", () => {
  it("reads fighters said to remain somewhere, and those a group fields", () => {
    expect(
      kinds([
        "About 400 ISIS fighters remain active in the Hamrin mountains, the governor said.",
        "Officials say ISIS still fields some 1,500 fighters across Anbar and Salahuddin.",
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["fighters:isis", 400],
        ["fighters:isis", 1500],
      ]),
    );
  });

  it("never reads fighters killed or held as the group's strength, nor fighters of no named group", () => {
    const read = kinds([
      "The army said it had killed 12 ISIS fighters in the raid.",
      "Some 9,000 ISIS fighters are held in prisons run by the SDF.",
      "The militia has about 5,000 fighters, a commander said.",
    ]);
    expect(read.filter(([k]) => String(k).startsWith("fighters:"))).toEqual([]);
  });

  it("sets 'the real figure' a second speaker gives against the estimate just before it", () => {
    const column = paragraphsDocument(
      "The Homs desert is not yet safe",
      [
        "ISIS cells still ambush army convoys and truffle hunters in the Badia.",
        "An EU intelligence assessment last year put the number of ISIS fighters in the Homs desert at up to 1,200.",
        "A police commander told me in Palmyra in October that the real figure was fewer than 300.",
        "Either way, the group carried out more than 60 attacks in the Badia since January, by the count of local officials.",
      ],
      "Carnegie (commentary)",
      "2026-12-15",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [column], AT);
    expect(figureBoxes(a)).toContainEqual([300, 1200]);
  });
});

describe("a force's men who left their posts", () => {
  it("reads men who left their posts, and fewer on duty than in a month, as the force's losses", () => {
    expect(
      kinds([
        "The prison warden said that about 120 guards had left their posts since July.",
        "Our own tally of the duty roster shows 60 fewer guards on duty than in June.",
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["lost:guard", 120],
        ["lost:guard", 60],
      ]),
    );
  });

  it("never reads troops that left a country as men who left their force", () => {
    const read = kinds(["About 2,500 US troops have left Iraq since the agreement, the Pentagon said."]);
    expect(read.filter(([k]) => String(k).startsWith("lost:"))).toEqual([]);
  });

  it("sets a director's count against the outlet's own count of the roster, in one report", () => {
    const report = paragraphsDocument(
      "Field report: Ghwayran prison",
      [
        "Field report from our team at the Ghwayran prison in Hasakah, based on visits in November 2026.",
        "Since August the coalition has stopped paying for the prison's security contract, and the SDF have cut guard shifts.",
        "The prison director told us that about 120 guards had left their posts since July.",
        "Our own tally of the duty roster, shared with us by the SDF, shows 60 fewer guards on duty than in June.",
      ],
      "Norwegian Refugee Council (field report)",
      "2026-12-05",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [report], AT);
    expect(figureBoxes(a)).toContainEqual([60, 120]);
  });
});
