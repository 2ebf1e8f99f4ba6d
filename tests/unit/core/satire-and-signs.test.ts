import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { articleFrame, satireFrame } from "../../../src/core/themes/relevance.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Satire is off-topic however much of a theme's vocabulary it uses, and facts that sit in the
 * wrong factor's pattern take the sign of the factor that describes them. Real extraction of
 * short texts written here.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const noJudgment = (a: Assessment) =>
  a.judgments.every((j) => j.probability === null && j.likelihood === null);

describe("satire is no report of real events", () => {
  const prison = themeFixture("isis-prison-escape");

  it("sets aside a spoof news item that says in its last line it is satire", () => {
    const spoof = sourceDocument(
      "Hundreds of detainees escape Hasakah prison to attend a wedding",
      [
        "Some 400 ISIS detainees escaped from the Ghwayran prison in Hasakah on Thursday to attend the wedding of a guard's cousin, prison officials said.",
        "The escapees dug a tunnel under the wall with plastic forks and promised to return after the dessert.",
        "The SDF said the guards had been cut to one, who was also invited.",
        "The Daily Dunes is a satirical newsletter, and the events in this story are invented.",
      ].join("\n\n"),
      "The Daily Dunes",
      "2026-11-15",
    );
    expect(articleFrame(spoof)).toMatch(/satire.*disclaimer/);
    const a = assess(prison, [spoof], AT);
    expect(noJudgment(a)).toBe(true);
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([{ articleId: spoof.article.id, reason: expect.stringMatching(/is satire/) }]);
  });

  it("sets aside a parody press release labelled as such in its title", () => {
    const parody = sourceDocument(
      "PARODY: Border Forces announce wall so high that smugglers now use ladders to the moon",
      [
        "The Border Forces Command announced on Monday that the concrete wall on the border with Syria had been raised to 40 kilometres.",
        "Smugglers crossing from Syria near Al-Qaim will now need a permit from the space agency, the statement said.",
        "The Command seized 12 tonnes of Captagon hidden in a cloud.",
      ].join("\n\n"),
      "Baghdad Banter",
      "2026-11-15",
    );
    expect(satireFrame(parody.article, [])).toMatch(/title/);
    expect(noJudgment(assess(themeFixture("cross-border-smuggling"), [parody], AT))).toBe(true);
  });

  it("sets aside an April-fool piece that owns up to the joke, and anything from an outlet that publishes only satire", () => {
    expect(
      satireFrame(
        { title: "US troops to stay in Iraq forever, Pentagon says", source: "Gulf Gazette", url: null },
        [
          "The Pentagon said on Wednesday that US troops would stay in Iraq forever.",
          "Happy April Fools' Day: this story is our annual joke.",
        ],
      ),
    ).toMatch(/disclaimer/);
    expect(
      satireFrame({ title: "Coalition withdraws", source: "NewsThump", url: null }, ["The coalition left."]),
    ).toMatch(/outlet/);
    expect(
      satireFrame(
        { title: "Coalition withdraws", source: null, url: "https://www.theonion.com/coalition-withdraws" },
        ["The coalition left."],
      ),
    ).toMatch(/outlet/);
  });

  it("keeps news that mentions a satirical site, or quotes an official calling a report invented", () => {
    const news = sourceDocument(
      "Detainees escape Ghwayran prison after attack",
      [
        "ISIS fighters attacked the Ghwayran prison in Hasakah on Sunday, and dozens of detainees escaped, the Syrian Observatory for Human Rights said.",
        "The SDF sent reinforcements to the prison and recaptured some of the escapees.",
        "A satirical website had joked about a prison break a week earlier.",
        "An SDF spokesman said this report of 200 escapees was invented.",
      ].join("\n\n"),
      "Syrian Observatory for Human Rights",
      "2026-11-15",
    );
    expect(articleFrame(news)).toBeNull();
    const a = assess(prison, [news], AT);
    expect(a.unused).toEqual([]);
    expect(noJudgment(a)).toBe(false);
  });
});

describe("signs: the factor that describes the fact, not a word of it", () => {
  it("counts smugglers carrying goods over the berm as smuggling, not as the barrier", () => {
    const interview = sourceDocument(
      "Iraq's border forces on the Syrian frontier",
      [
        "Iraqi Border Forces say the concrete wall along the border with Syria now covers most of Anbar province.",
        "Smuggling has not stopped near Al-Qaim, and the drug networks pay young men to carry goods over the berm at night, a border officer said.",
      ].join("\n\n"),
      "Rudaw",
      "2026-11-15",
    );
    const a = assess(themeFixture("border-fortification"), [interview], AT);
    expect(cited(a, interview.article.id, 1)).toEqual(["driver:smuggling-networks"]);
  });

  it("counts smugglers opening fire on a border force, arrests and all, as a clash, not as a seizure", () => {
    const ina = sourceDocument(
      "Border Forces clash with smugglers near Rutba",
      [
        "Iraqi Border Forces seized a truck carrying hashish near Rutba on the border with Syria on Friday.",
        "Two smugglers were killed and three others were arrested after they opened fire on the patrol, while the driver fled towards Syria.",
      ].join("\n\n"),
      "Iraqi News Agency",
      "2026-11-15",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [ina], AT);
    expect(cited(a, ina.article.id, 1)).toEqual(["driver:armed-group-involvement"]);
    expect(cited(a, ina.article.id, 0)).toEqual(["mitigator:seizures"]);
  });

  describe("the Badia in a ministry statement", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const sana = sourceDocument(
      "Interior Ministry: security operations in the Badia",
      [
        "Syria's Interior Ministry said its forces had pushed ISIS back across the Syrian desert this autumn.",
        "Security forces carried out 25 raids on ISIS hideouts near Palmyra since August, killing 30 terrorists and arresting 90.",
        "Three new brigades of the internal security forces have been deployed to Palmyra and Al-Sukhnah.",
      ].join("\n\n"),
      "SANA",
      "2026-11-15",
    );
    const a = assess(theme, [sana], AT);

    it("counts raids on ISIS hideouts in the desert as counter-terrorism, not as active cells", () => {
      expect(cited(a, sana.article.id, 1)).toEqual(["mitigator:counter-terrorism-strikes"]);
    });

    it("counts new brigades of security forces deployed to desert towns as new forces, not as ISIS fighters", () => {
      expect(cited(a, sana.article.id, 2)).toEqual(["mitigator:new-forces"]);
    });
  });

  it("counts an ISIS ambush followed by Russian air strikes as the attack", () => {
    const enab = sourceDocument(
      "ISIS ambush on the Palmyra road",
      [
        "ISIS cells killed 11 soldiers in an ambush on a military bus on the road between Palmyra and Deir Ez-Zor on Saturday, local sources said.",
        "Russian aircraft then carried out strikes on ISIS positions in the desert near Jabal al-Bishri.",
      ].join("\n\n"),
      "Enab Baladi",
      "2026-11-15",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [enab], AT);
    expect(cited(a, enab.article.id, 0)).toEqual(["driver:attacks-reported"]);
  });
});

describe("recall: a drawdown and a squeezed SDF told in a digest's words", () => {
  const digest = sourceDocument(
    "This week in the Levant",
    [
      "HASAKAH: A convoy of about 30 US military vehicles left the Qasrak base in Hasakah on Monday and drove towards the Iraqi border, residents said.",
      "QAMISHLI: SDF officers complained that coalition air support had been cut to a few strikes a month, down from several a week last year.",
      "DEIR EZ-ZOR: Clashes between tribal fighters and the SDF near Al-Busayrah killed four people on Friday.",
      "ERBIL: About 2,000 US troops remain in the Kurdistan Region after the withdrawal from federal Iraq, an official said.",
    ].join("\n\n"),
    "The Weekly Wire",
    "2026-11-15",
  );

  it("counts a US convoy leaving a base in Syria as the drawdown, and air support cut as the SDF's exposure", () => {
    const a = assess(themeFixture("coalition-withdrawal"), [digest], AT);
    expect(cited(a, digest.article.id, 0)).toEqual(["driver:withdrawal-intent"]);
    expect(cited(a, digest.article.id, 1)).toEqual(["driver:sdf-exposure"]);
  });

  it("reads the same digest in the prison theme: the convoy is a drawdown, the cut and the tribal clash press the SDF, troops remaining in Iraq are none of it", () => {
    const a = assess(themeFixture("isis-prison-escape"), [digest], AT);
    expect(cited(a, digest.article.id, 0)).toEqual(["driver:coalition-drawdown"]);
    expect(cited(a, digest.article.id, 1)).toEqual(["driver:sdf-under-pressure"]);
    expect(cited(a, digest.article.id, 2)).toEqual(["driver:sdf-under-pressure"]);
    expect(cited(a, digest.article.id, 3)).toEqual([]);
  });
});
