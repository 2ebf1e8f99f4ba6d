import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { tollIn } from "../../../src/core/themes/conflicts.js";
import { documentScope } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import {
  assessStory,
  conflictsOf,
  paragraphsDocument,
  sourceDocument,
  themeFixture,
} from "../../support/themes.js";

/**
 * Session 47, readings the blind set 41 asked for: an interviewee's "we" is the body they were
 * introduced as belonging to; the cells of the desert are ISIS's; a live blog's opening line names
 * its subject; a clock time is no toll; CENTCOM's troops are the United States'; forces that caught
 * infiltrators, or arrested people trying to cross, interdicted them; people still held in a camp
 * are detainees there; a strike that destroyed a hideout is a strike on the cells.
 */

const AT = new Date("2026-12-19T12:00:00Z");
const story = (sentences: string[], outlet = "Reuters", day = "2026-12-12") =>
  sourceDocument("Story", sentences.join("\n\n"), outlet, day);
const roles = (theme: string, sentences: string[], at: number) => assessStory(theme, sentences, AT).roles(at);

describe("an interviewee's 'we' is the body the host introduced them as belonging to", () => {
  const interview = [
    "HOST: Joining us from Hasakah is Dilan Sheikhmous of the SDF's prisons directorate.",
    "HOST: What has changed since the summer?",
    "SHEIKHMOUS: Since the Americans left the Rumeilan base we have sent 400 guards from Hasakah to the front.",
    "SHEIKHMOUS: The cells in the desert attack our checkpoints every night now, more than a year ago.",
  ];
  const reports = collectReports([story(interview, "Radio Nawa", "2026-12-15")]);
  const actorsOf = (sentence: number, kind: string) =>
    reports
      .filter((r) => r.sentence === sentence && r.kind === kind)
      .flatMap((r) => r.entities.map((e) => e.lexiconId));

  it("reads the SDF into the answer's first person plural, not into the host's question", () => {
    expect(actorsOf(2, "countermeasure")).toContain("org/sdf");
    expect(
      reports.filter((r) => r.sentence === 1).flatMap((r) => r.entities.map((e) => e.lexiconId)),
    ).not.toContain("org/sdf");
  });

  it("cites the guards sent to the front as the SDF's exposure", () => {
    expect(roles("coalition-withdrawal", interview, 2)).toEqual(["driver:sdf-exposure"]);
  });

  it("reads the desert cells that attack the speaker's force as ISIS attacking", () => {
    const attack = reports.find((r) => r.sentence === 3 && r.kind === "event");
    expect(attack?.entities.map((e) => e.lexiconId)).toContain("org/isis");
    expect(attack?.tags).toContain("insurgent-attack");
    expect(roles("coalition-withdrawal", interview, 3)).toEqual(["driver:isis-resilience"]);
  });

  it("gives no body to a label that names nobody of the text", () => {
    const anonymous = collectReports([
      story(
        [
          "HOST: Our guest tonight is a farmer from the border.",
          "GUEST: We have moved our sheep to the front of the valley.",
        ],
        "Radio Nawa",
      ),
    ]);
    expect(anonymous.flatMap((r) => r.entities.map((e) => e.lexiconId))).not.toContain("org/sdf");
  });
});

describe("a live blog's opening line names its subject", () => {
  const scope = (s: string) => documentScope({ text: s, sentenceText: s });

  it("reads 'X is following the attack as it unfolds' as the page's scope", () => {
    expect(scope("Rudaw is following the attack on the Ghwayran prison as it unfolds.")).toBe(true);
    expect(scope("We are tracking the fighting near Tadmur live, with the newest entries at the top.")).toBe(
      true,
    );
  });

  it("keeps a finding and a following force as reports", () => {
    expect(scope("Rudaw is following the attack as it unfolds, and sources said 20 detainees escaped.")).toBe(
      false,
    );
    expect(scope("Border units are following the smugglers across the desert.")).toBe(false);
  });
});

describe("a clock time is no figure of a toll", () => {
  it("reads the toll after a live blog's time stamp", () => {
    expect(tollIn("16:00 The Internal Security Forces said three guards were killed in the attack.")).toBe(3);
    expect(tollIn("09:45 Two soldiers were killed at the checkpoint, the army said.")).toBe(2);
  });
});

describe("CENTCOM's troops are the United States' troops", () => {
  it("sets 'no more than 800 American soldiers remain in the Kurdistan Region' against CENTCOM's 1,500", () => {
    const committee = paragraphsDocument(
      "Committee statement",
      ["The committee was told that no more than 800 American soldiers remain in the Kurdistan Region."],
      "Shafaq News",
      "2026-12-14",
    );
    const centcom = paragraphsDocument(
      "CENTCOM release",
      ["CENTCOM maintains about 1,500 troops in the Kurdistan Region of Iraq in support of the mission."],
      "Reuters",
      "2026-12-11",
    );
    const found = conflictsOf([committee, centcom], AT).filter((c) => c.id.startsWith("presence:"));
    expect(found).toHaveLength(1);
    expect(found[0]?.topic).toMatch(/US troops remain in Kurdistan/);
  });
});

describe("interdictions told actively, and arrests of people trying to cross", () => {
  it("cites border forces that caught infiltrators as an interdiction", () => {
    expect(
      roles(
        "border-fortification",
        [
          "The Iraqi army said its units in Nineveh were on alert.",
          "In March, the Border Forces caught seven infiltrators west of Rabia.",
        ],
        1,
      ),
    ).toEqual(["mitigator:interdictions"]);
  });

  it("keeps a group that crossed before the army intercepted part of it as pressure", () => {
    expect(
      roles(
        "border-fortification",
        [
          "A group of about 20 ISIS members crossed from Syria near Husaybah and reached the desert before the army intercepted part of it.",
        ],
        0,
      ),
    ).not.toContain("mitigator:interdictions");
  });

  it("cites a brigade that arrested people trying to cross near Rabia as an interdiction", () => {
    expect(
      roles(
        "border-fortification",
        ["The 2nd Brigade arrested five people trying to cross near Rabia last week, all of them smugglers."],
        0,
      ),
    ).toEqual(["mitigator:interdictions"]);
  });
});

describe("people still held in a camp, and a strike that destroyed a hideout", () => {
  it("cites Iraqis still held in Al-Hol as a concentration of detainees", () => {
    expect(
      roles(
        "isis-prison-escape",
        ["The governor said some 9,000 Iraqis were still held in Al-Hol camp, a short drive from Sinjar."],
        0,
      ),
    ).toEqual(["driver:detainee-concentration"]);
  });

  it("does not count money or phones held by a court as detainees", () => {
    expect(
      roles(
        "isis-prison-escape",
        [
          "The three ISIS members were arrested near Baaj after they left the camp.",
          "Found with them were two mobile phones and a sum of 900 US dollars, now held by the court.",
        ],
        1,
      ),
    ).not.toContain("driver:detainee-concentration");
  });

  it("cites a coalition strike that destroyed a hideout near Sukhnah as a strike on the cells", () => {
    expect(
      roles(
        "isis-badia-insurgency",
        [
          "On 10 December a coalition strike destroyed a hideout of the terrorists in the desert north of Sukhnah.",
        ],
        0,
      ),
    ).toEqual(["mitigator:counter-terrorism-strikes"]);
  });
});

describe("a toll of none escaped, and a barrier watched by cameras named by a pronoun", () => {
  it("reads 'no detainee had escaped' as none escaped", () => {
    expect(
      tollIn("11:55 The SDF said in a statement that no detainee had escaped from the prison.", "escaped"),
    ).toBe(0);
    expect(tollIn("None of the inmates escaped, the governor said.", "escaped")).toBe(0);
    expect(tollIn("No more than 12 prisoners escaped, the ministry said.", "escaped")).toBe(12);
  });

  it("sets one account's escapees against another's none", () => {
    const blog = paragraphsDocument(
      "Live blog",
      [
        "10:40 A source in the prison guard said about 25 detainees had escaped from Ghwayran prison during the attack.",
        "11:55 The SDF press office said in a statement that no detainee had escaped from Ghwayran prison.",
      ],
      "Kurdistan24",
      "2026-12-15",
    );
    const found = conflictsOf([blog], AT).filter((c) => c.id.startsWith("tolls:escaped"));
    expect(found).toHaveLength(1);
  });

  it("cites cameras that watch 'it' after a sentence on the wall as surveillance of the border", () => {
    expect(
      roles(
        "border-fortification",
        [
          "The wall from Al-Qaim to Rabia is almost finished, and a new trench south of Sinjar is two metres deep.",
          "Every kilometre of it is watched by cameras flown from the base at Tal Afar.",
        ],
        1,
      ),
    ).toEqual(["mitigator:surveillance"]);
  });

  it("leaves cameras that watch 'them' after no barrier alone", () => {
    const reports = collectReports([
      story([
        "Shepherds bring their flocks to the market in Tal Afar every Friday.",
        "Every one of them is watched by cameras at the gate.",
      ]),
    ]);
    expect(reports.filter((r) => r.tags.includes("fortification"))).toEqual([]);
  });
});

describe("cooperation with a neighbour's customs is cross-border cooperation", () => {
  it("cites customs cooperation with Syria resumed, with manifests exchanged", () => {
    expect(
      roles(
        "cross-border-smuggling",
        [
          "Cooperation with the Syrian customs authority resumed this year, with lorry manifests exchanged before arrival at the Jaber crossing.",
        ],
        0,
      ),
    ).toEqual(["mitigator:cross-border-cooperation"]);
  });
});

describe("a report's recommendation is asked for, not told", () => {
  it("does not cite what a monitoring team recommends a committee consider", () => {
    expect(
      roles(
        "isis-prison-escape",
        [
          "The Monitoring Team recommends that the Committee consider listing the facilitators who run the camp escape networks in Al-Hol.",
        ],
        0,
      ),
    ).toEqual([]);
  });

  it("still cites escapes a member state reported", () => {
    expect(
      roles(
        "isis-prison-escape",
        ["Several Member States reported small escapes from Al-Hol camp arranged by smugglers for payments."],
        0,
      ),
    ).toEqual(["driver:escape-reported"]);
  });
});

describe("the remaining forces whose departure is demanded", () => {
  it("cites a demand for the departure of the remaining forces from Erbil as intent to withdraw", () => {
    expect(
      roles(
        "coalition-withdrawal",
        [
          "The committee was told that about 900 American soldiers remain at Erbil airport.",
          "Members demanded that the government set a date for the departure of the remaining forces from Erbil.",
        ],
        1,
      ),
    ).toEqual(["driver:withdrawal-intent"]);
  });
});

describe("a raid on a planner of prison attacks does not address the SDF's hold on its prisons", () => {
  it("withholds the detention-strain judgment when a joint raid names detention sites only as its target's plans", () => {
    const doc = story(
      [
        "The coalition's mission in federal Iraq ended in September, and US forces left Ain al-Asad.",
        "On December 9, US Central Command forces, together with the Syrian Democratic Forces, conducted a helicopter raid near Markada in eastern Syria, killing a senior ISIS official who planned attacks on detention facilities.",
      ],
      "Reuters",
      "2026-12-11",
    );
    const strain = assess(themeFixture("coalition-withdrawal"), [doc], AT).judgments.find(
      (j) => j.id === "sdf-detention-strain",
    );
    expect(strain?.probability).toBeNull();
  });
});
