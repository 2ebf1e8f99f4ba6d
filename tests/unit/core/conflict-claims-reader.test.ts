import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import type { Assessment } from "../../../src/core/themes/assessment.js";
import { claimsOf } from "../../../src/core/themes/conflicts-claims.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * What the claim reader takes a sentence to count (kinds, zero figures, whose dead, what a
 * figure's period is), on real extractor output of short texts, and the conflicts that follow
 * from it: a speaker named by a pronoun or by a body the lexicon lacks is still a speaker, and the
 * older figure finder defers to the reader on what a figure counts.
 */

const AT = new Date("2026-11-30T12:00:00Z");
/** The claims the reader takes from one text: [kind, lo, hi] per figure. */
const read = (text: string, outlet = "Reuters", publishedAt = "2026-11-20") =>
  claimsOf(collectReports([sourceDocument("A report", text, outlet, publishedAt)])).map((f) => [
    f.kind,
    f.lo,
    f.hi,
  ]);
/**
 * The claims the reader takes from a sentence the extractor draws no fact from (as the assessment
 * passes such sentences, they borrow a nearby report's setting): a real report, its text replaced.
 */
const BASE = collectReports([
  sourceDocument(
    "Border clash",
    "Militants attacked a border post near Al-Qaim on 20 November.",
    "Reuters",
    "2026-11-20",
  ),
])[0];
const readBare = (text: string) =>
  BASE ? claimsOf([{ ...BASE, sentenceText: text, text }]).map((f) => [f.kind, f.lo, f.hi]) : [];
const between = (a: Assessment, x: string, y: string) =>
  a.conflicts.filter(
    (c) => c.claims.some((k) => k.articleId === x) && c.claims.some((k) => k.articleId === y),
  );

describe("claim reader: what a figure counts", () => {
  it("reads a toll told as the number it was raised to, and not the increment before it", () => {
    expect(
      read(
        "A search of the area near Husaybah on 20 November found two more bodies, raising the number of terrorists killed to five.",
      ),
    ).toEqual([["killed:militants", 5, 5]]);
  });

  it("reads whose dead an apposition names ('both of them attackers')", () => {
    expect(
      read(
        "A medic at Al-Qaim hospital said on 20 November that two bodies were brought in, both of them attackers.",
      ),
    ).toEqual([["killed:militants", 2, 2]]);
  });

  it("reads livestock as a load seized, the participle 'smuggled' before 'were seized' naming it", () => {
    expect(
      read(
        "Customs officers said 450 goats smuggled across the border were seized near Rabia on 20 November.",
      ),
    ).toEqual([["seized:goats", 450, 450]]);
    expect(read("Customs officers seized 450 goats near Rabia on 20 November.")).toEqual([
      ["seized:goats", 450, 450],
    ]);
  });

  it("reads those a convoy carries apart from those a camp holds, and a load carried as a load", () => {
    expect(
      read(
        "A return convoy left Roj camp on 20 November carrying 210 people to a reception centre near Erbil.",
      ),
    ).toEqual([["carried", 210, 210]]);
    expect(
      read("Border guards stopped a lorry carrying 2 million pills near Rabia on 20 November."),
    ).not.toContainEqual(["carried", 2000000, 2000000]);
  });

  it("reads a side's toll inside a toll of people ('among them four guards'), never a part of one side's toll", () => {
    expect(
      read(
        "Militants attacked the post near Al-Qaim on 20 November, killing nine people, among them four guards.",
      ),
    ).toEqual([
      ["killed:civilians", 9, 9],
      ["killed:forces", 4, 4],
    ]);
    expect(read("Three soldiers were killed near Al-Qaim on 20 November, including two officers.")).toEqual([
      ["killed:forces", 3, 3],
    ]);
  });

  it("reads those seen to 'leave' through a cut as escaped, past an apposition ending 'among them'", () => {
    expect(
      read(
        "On 20 November a guard saw 14 residents, two teenage boys among them, leave Roj camp through a hole in the fence.",
      ),
    ).toEqual([["escaped", 14, 14]]);
  });

  it("reads 'two of ours' as the speaker's own forces", () => {
    expect(
      read(
        "The commander of the border post near Al-Qaim said on 20 November that two of ours were killed in the attack.",
      ),
    ).toEqual([["killed:forces", 2, 2]]);
  });

  it("reads 'nobody got out' and 'not a single terrorist set foot' as figures of none", () => {
    expect(readBare("Nobody got out, and every detainee has been counted by name.")).toEqual([
      ["escaped", 0, 0],
    ]);
    expect(
      readBare(
        "The enemy failed in its attempt, and not a single terrorist set foot on the soil of the homeland.",
      ),
    ).toEqual([["crossed", 0, 0]]);
  });

  it("reads a crossing seen ('saw ten men cross the wall'), never one tried ('trying to cross')", () => {
    expect(
      read(
        "Residents of Husaybah say they saw a group of about ten armed men cross the wall on 19 November.",
      ),
    ).toEqual([["crossed", 8, 12]]);
    expect(
      read(
        "Since the beginning of November, the Border Forces have arrested 46 persons trying to cross the border.",
      ),
    ).not.toContainEqual(expect.arrayContaining(["crossed"]));
  });

  it("reads people who left a camp as escapees", () => {
    expect(read("The Administration says only six people left the camp at Al-Hol on 14 August.")).toEqual([
      ["escaped", 6, 6],
    ]);
  });

  it("reads 'the number of American soldiers in Syria was closer to 2,000' as a count, not a year", () => {
    expect(
      readBare(
        "The representative of Russia said the real number of American soldiers in Syria was closer to 2,000.",
      ),
    ).toEqual([["troops:us", 1600, 2400]]);
  });
});

describe("claim reader: troops that have left", () => {
  it("reads a force's departures as a count of its own, not the troops that remain", () => {
    expect(readBare("About 2,500 US troops have left Iraq since September, officials said.")).toEqual([
      ["withdrawn:us", 2000, 3000],
    ]);
    expect(
      readBare("About 1,500 coalition advisers have left Iraq since September, the spokesman said."),
    ).toEqual([["withdrawn:coalition", 1200, 1800]]);
  });

  const departures = (us: number, coalition: number) => {
    const wire = sourceDocument(
      "US troops leave Iraq",
      `About ${us.toLocaleString("en-GB")} US troops have left Iraq since September, leaving fewer than 1,000 in the country, four US and Iraqi officials told Reuters.\n\nThe withdrawal of US-led coalition forces from Iraq is to be completed under the 2024 agreement.`,
      "Reuters",
      "2026-11-27",
    );
    const state = sourceDocument(
      "Coalition advisers depart",
      `The spokesman of the Joint Operations Command said on Friday that about ${coalition.toLocaleString("en-GB")} coalition advisers have left Iraq since September under the agreed timetable.`,
      "Iraqi News Agency",
      "2026-11-28",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [wire, state], AT);
    return between(a, wire.article.id, state.article.id).map((c) => c.claims.map((x) => x.value).sort());
  };
  it("sets fewer coalition troops gone than one of its countries' against that country's count", () => {
    expect(departures(2500, 1500)).toEqual([[1500, 2500]]);
  });
  it("never sets more coalition troops gone than one country's against it: the coalition takes in that country", () => {
    expect(departures(1500, 2500)).toEqual([]);
  });
});

describe("claim reader: people held are not people at large", () => {
  it("never sets the fighters a network keeps against the fighters held in facilities", () => {
    const held =
      "Some 9,000 ISIS fighters are held in more than two dozen facilities run by the Syrian Democratic Forces.";
    expect(readBare(held)).toEqual([["held", 7200, 10800]]);
    const un = sourceDocument(
      "Security Council briefing",
      [
        "However, the group had kept a network of cells in the Syrian desert, with an estimated 2,000 to 3,000 fighters across both countries.",
        held,
      ].join("\n\n"),
      "UN News",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-prison-escape"), [un], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 9000))).toEqual([]);
  });
});

describe("claim reader: conflicts it now shows", () => {
  it("sets two speakers of one article against each other when one is named only by 'He'", () => {
    const meeting = sourceDocument(
      "Security Council meets on Syria",
      [
        "The Security Council met on Tuesday to discuss the situation in northeast Syria after the breakout at the prison in Al-Malikiyah on 21 November.",
        "The representative of the United States said coalition aircraft had flown surveillance missions over the area within hours of the breakout.",
        "He added that about 1,000 US troops remain in Syria to support the fight against ISIS.",
        "The representative of the Russian Federation said the real number of American soldiers in Syria was closer to 2,000.",
      ].join("\n\n"),
      "UN Meetings Coverage and Press Releases",
      "2026-11-25",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [meeting], AT);
    const troops = a.conflicts.filter((c) => /troops/i.test(c.topic));
    expect(troops.map((c) => c.claims.map((x) => x.value).sort())).toEqual([[1000, 2000]]);
  });

  it("sets a body the lexicon lacks ('The Autonomous Administration says') against a monitor", () => {
    const qa = sourceDocument(
      "What happened at Al-Hol camp?",
      [
        "What happened at Al-Hol camp on the night of 14 August?",
        "Residents and the Syrian Observatory for Human Rights say 34 women and teenagers broke out of the camp's Annex after guards were drawn away by a fire.",
        "What do the camp's managers say?",
        "The Autonomous Administration says only six people left the camp that night and that all of them were returned within a day.",
      ].join("\n\n"),
      "Al Jazeera English",
      "2026-08-20",
    );
    const a = assess(themeFixture("isis-prison-escape"), [qa], AT);
    const escaped = a.conflicts.filter((c) => c.claims.some((x) => x.value === 34));
    expect(escaped.map((c) => c.claims.map((x) => x.value).sort((p, q) => (p ?? 0) - (q ?? 0)))).toEqual([
      [6, 34],
    ]);
  });

  it("sets the same ten months' seizures against each other, whether the year is named or 'this year'", () => {
    const bulletin = sourceDocument(
      "Cargo risk bulletin",
      "Jordanian authorities seized 14 million Captagon pills in the first ten months of 2026, according to figures cited by the Arab Interior Ministers' Council.",
      "Gulf Insurance Group",
      "2026-11-20",
    );
    const army = sourceDocument(
      "Army foils smuggling attempt",
      "The Jordanian Armed Forces have seized 27 million Captagon pills in the first ten months of this year, a military source said.",
      "Petra",
      "2026-11-16",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [bulletin, army], AT);
    expect(between(a, bulletin.article.id, army.article.id).map((c) => c.kind)).toEqual(["figures"]);
  });

  it("sets 'Nobody got out' against an escape count though it names neither place nor date", () => {
    const council = sourceDocument(
      "Council hears of prison breakout",
      "The Assistant Secretary-General told the Council on Tuesday that at least 40 detainees escaped from the central prison in Al-Malikiyah on the night of 21 November.",
      "UN Meetings Coverage and Press Releases",
      "2026-11-25",
    );
    const sdf = sourceDocument(
      "SDF statement",
      [
        "On the night of 21 November, a group of detainees in the central prison in Al-Malikiyah attempted a riot after seizing a guard's rifle.",
        "Our forces contained the riot within three hours.",
        "Nobody got out, and every detainee has been counted by name.",
      ].join("\n\n"),
      "SDF General Command press office",
      "2026-11-23",
    );
    const a = assess(themeFixture("isis-prison-escape"), [council, sdf], AT);
    expect(
      between(a, council.article.id, sdf.article.id).some((c) => c.claims.some((x) => x.value === 0)),
    ).toBe(true);
  });
});

describe("older figure finder: defers to the reader on what a figure counts", () => {
  it("never sets detainees a camp holds against detainees killed in a riot", () => {
    const council = sourceDocument(
      "Council meets on prisons",
      "The representative of Iraq said on Tuesday that more than 9,000 ISIS detainees are held in prisons and camps near Al-Malikiyah.",
      "UN Meetings Coverage and Press Releases",
      "2026-11-25",
    );
    const sdf = sourceDocument(
      "SDF statement on the riot",
      "Two guards at the prison in Al-Malikiyah were killed on 21 November, and four detainees were killed in the clashes.",
      "SDF General Command press office",
      "2026-11-23",
    );
    const a = assess(themeFixture("isis-prison-escape"), [council, sdf], AT);
    expect(a.conflicts.filter((c) => c.claims.some((x) => x.value === 9000))).toEqual([]);
  });
});

describe("denials: an answer to a question, a base evacuated", () => {
  const thread = sourceDocument(
    "Overnight thread",
    [
      "We compiled the posts of our correspondents overnight.",
      "[03:40] Local sources: US aircraft struck an ISIS position in the desert 30 km north-east of Al-Tanf on 19 November.",
      "[06:30] BREAKING: US forces have evacuated Al-Tanf completely, and the base is now held by the Syrian Free Army alone.",
    ].join("\n\n"),
    "Euphrates Monitor (blog)",
    "2026-11-20",
  );
  const briefing = sourceDocument(
    "Press briefing",
    [
      "DEPUTY PRESS SECRETARY: Good afternoon, and I'll start with an update on our force posture in Syria.",
      "Q: are there any US forces still at Al-Tanf, given the reports on social media this morning?",
      "A: US forces remain at Al-Tanf, and I would caution against reports from accounts that have no access to our bases.",
      "Q: was there a US air strike near Al-Tanf last night, as local pages are saying?",
      "A: We did not carry out any strike.",
    ].join("\n\n"),
    "US Department of Defense (transcript)",
    "2026-11-20",
  );
  const a = assess(themeFixture("coalition-withdrawal"), [briefing, thread], AT);

  it("sets 'We did not carry out any strike' against the strike the question before it asks about", () => {
    const strike = a.conflicts.filter(
      (c) =>
        c.kind === "denial" && c.claims.some((x) => x.articleId === briefing.article.id && x.sentence === 4),
    );
    expect(strike.map((c) => c.claims.map((x) => [x.articleId, x.sentence, x.stance]))).toEqual([
      [
        [thread.article.id, 1, "asserts"],
        [briefing.article.id, 4, "denies"],
      ],
    ]);
  });

  it("never takes the journalist's question for a claim", () => {
    expect(
      a.conflicts
        .flatMap((c) => c.claims)
        .filter((x) => x.articleId === briefing.article.id && x.sentence % 2 === 1),
    ).toEqual([]);
  });

  it("sets 'have evacuated Al-Tanf' against 'US forces remain at Al-Tanf'", () => {
    const site = a.conflicts.filter((c) => /Al-Tanf has been left/.test(c.topic));
    expect(site.map((c) => c.claims.map((x) => [x.articleId, x.sentence]))).toEqual([
      [
        [thread.article.id, 2],
        [briefing.article.id, 2],
      ],
    ]);
  });
});

describe("propositions: a trend, a town still held, who carried out an attack", () => {
  const monitor = sourceDocument(
    "Six months in the Badia",
    [
      "SOHR has documented 58 attacks by ISIS cells in the Syrian Badia between June and November 2026, against 31 in the six months from December 2025 to May 2026.",
      "The largest attack came on 22 November, when some 150 ISIS fighters stormed the town of Al-Sukhnah and took the police station.",
      "SOHR activists in the area say ISIS fighters were still holding the northern quarter of Al-Sukhnah on Saturday, six days after the assault began.",
      "The group's Amaq agency claimed the attack in a statement on Telegram on 23 November, saying its fighters had killed dozens of soldiers.",
    ].join("\n\n"),
    "Syrian Observatory for Human Rights",
    "2026-11-29",
  );
  const state = sourceDocument(
    "Army restores control of Al-Sukhnah",
    [
      "Units of the Syrian Arab Army restored full control of the town of Al-Sukhnah in the eastern countryside of Homs on Friday after clearing it of the outlaw groups.",
      "A military source told SANA that the attack on the town on 22 November was carried out by a tribal armed group loyal to remnants of the former regime, not by ISIS as some channels claimed.",
      "The number of terrorist attacks in the Badia has fallen by 40 percent since June, thanks to the operations of the army, the source said.",
    ].join("\n\n"),
    "SANA",
    "2026-11-28",
  );
  const a = assess(themeFixture("isis-badia-insurgency"), [monitor, state], AT);
  const pair = (test: RegExp) =>
    a.conflicts
      .filter((c) => test.test(c.topic))
      .map((c) => c.claims.map((x) => [x.articleId, x.sentence, x.stance]));

  it("sets a rise told as two counts against a fall told as a percentage over the same months", () => {
    expect(pair(/attacks rose or fell/)).toEqual([
      [
        [monitor.article.id, 0, "asserts"],
        [state.article.id, 2, "denies"],
      ],
    ]);
  });

  it("sets 'still holding the quarter' told after the day control was said to be restored against it", () => {
    expect(pair(/still hold/)).toEqual([
      [
        [monitor.article.id, 2, "asserts"],
        [state.article.id, 0, "denies"],
      ],
    ]);
  });

  it("sets a claim of the attack, and ISIS fighters told as storming the town, against 'carried out by ..., not by ISIS', with a line on who is better supported", () => {
    expect(pair(/Who carried out/)).toEqual([
      [
        [monitor.article.id, 1, "asserts"],
        [monitor.article.id, 3, "asserts"],
        [state.article.id, 1, "denies"],
      ],
    ]);
    const line = a.conflicts.find((c) => /Who carried out/.test(c.topic))?.analysis ?? "";
    expect(line).toMatch(/account that ISIS (?:did not )?carr(?:y|ied) it out/);
  });

  it("does not set 'still holding' against a restoration told a week after it", () => {
    const later = sourceDocument(
      "Army restores control of Al-Sukhnah",
      "Units of the Syrian Arab Army restored full control of the town of Al-Sukhnah in the eastern countryside of Homs on 8 December.",
      "SANA",
      "2026-12-09",
    );
    const b = assess(
      themeFixture("isis-badia-insurgency"),
      [monitor, later],
      new Date("2026-12-10T12:00:00Z"),
    );
    expect(b.conflicts.filter((c) => /still hold/.test(c.topic))).toEqual([]);
  });
});

describe("claim reader: losses of the speaker's side", () => {
  // A casualty or a loss is one killed or wounded: "no casualties" says neither toll had any.
  it("reads 'no casualties among our ranks' as none of the forces killed or wounded, and an unnamed side as nothing", () => {
    expect(readBare("There were no casualties among our ranks, the spokesman said.")).toEqual([
      ["killed:forces", 0, 0],
      ["wounded:forces", 0, 0],
    ]);
    expect(readBare("The patrol's soldiers suffered no losses in the exchange.")).toEqual([
      ["killed:forces", 0, 0],
      ["wounded:forces", 0, 0],
    ]);
    expect(readBare("There were no casualties, the spokesman said.")).toEqual([]);
  });

  it("reads a soldier named by rank 'who was killed' as one of the forces killed, his age as nobody", () => {
    expect(
      read(
        "Relatives buried Sergeant Karim bin Yousef, 31, who was killed by smugglers' gunfire near Al-Qaim on 20 November.",
      ),
    ).toEqual([["killed:forces", 1, 1]]);
    expect(read("Lieutenant Ali Hassan was not killed near Al-Qaim on 20 November, his unit said.")).toEqual(
      [],
    );
  });

  it("sets the army's 'no casualties among our ranks' against a family's funeral of a soldier killed in the clash", () => {
    const army = sourceDocument(
      "Army statement",
      [
        "The army said on Thursday that its border guards had killed four smugglers in a clash near Al-Qaim at dawn on 19 November.",
        "There were no casualties among our ranks, the spokesman said.",
      ].join("\n\n"),
      "Iraqi News Agency",
      "2026-11-19",
    );
    const family = sourceDocument(
      "Funeral",
      "Mourners gathered in Al-Qaim on Friday for the funeral of Sergeant Karim bin Yousef, who was killed in the clash with smugglers near Al-Qaim on 19 November.",
      "Shafaq News",
      "2026-11-21",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [army, family], AT);
    expect(
      between(a, army.article.id, family.article.id).map((c) =>
        c.claims.map((x) => [x.articleId === army.article.id ? "army" : "family", x.sentence, x.value]),
      ),
    ).toContainEqual(
      expect.arrayContaining([
        ["army", 1, 0],
        ["family", 0, 1],
      ]),
    );
  });
});

describe("claim reader: a denial that points back", () => {
  const claim = sourceDocument(
    "Rocket claim",
    "A militia said on Telegram that its fighters fired three rockets at the Harir air base north of Erbil at dawn on 18 November.",
    "Militia channel (translated)",
    "2026-11-18",
  );
  const statement = (denial: string) =>
    sourceDocument(
      "Coalition statement",
      [
        "The Coalition is aware of posts on social media about a rocket attack on the Harir air base north of Erbil.",
        denial,
        "US forces remain in Iraq at the invitation of its government, to advise and assist the Iraqi Security Forces against ISIS.",
      ].join("\n\n"),
      "Coalition (statement)",
      "2026-11-19",
    );
  const denied = (denial: string) => {
    const s = statement(denial);
    return between(
      assess(themeFixture("coalition-withdrawal"), [claim, s], AT),
      claim.article.id,
      s.article.id,
    )
      .filter((c) => c.kind === "denial")
      .map((c) =>
        c.claims.map((x) => [x.articleId === claim.article.id ? "claim" : "statement", x.sentence, x.stance]),
      );
  };

  it("sets 'No such incident occurred' against the claim the sentence before it names", () => {
    expect(denied("No such incident occurred.")).toEqual([
      [
        ["claim", 0, "asserts"],
        ["statement", 1, "denies"],
      ],
    ]);
  });

  it("reads 'This did not happen' the same way, and a reassurance as no denial", () => {
    expect(denied("This did not happen.")).toEqual([
      [
        ["claim", 0, "asserts"],
        ["statement", 1, "denies"],
      ],
    ]);
    expect(denied("Operations continue as normal.")).toEqual([]);
  });
});

describe("claim reader: a way out through a perimeter", () => {
  it("reads 'left through a cut in the fence' as an escape, and leaving by the gate as nothing", () => {
    expect(
      read(
        "Staff in the Annex report that around 30 women and children left through a cut in the fence of Al-Hol camp on the night of 18 November.",
      ).map(([kind]) => kind),
    ).toEqual(["escaped"]);
    expect(
      read("Around 40 families left through the main gate of Al-Hol camp on 18 November.").map(
        ([kind]) => kind,
      ),
    ).toEqual([]);
  });
});

describe("claim reader: a denial of what was reported before it", () => {
  const monitor = sourceDocument(
    "Six-month overview",
    "On 14 November, ISIS fighters entered the village of Jubb al-Jarrah east of Homs and held it for about 20 hours before withdrawing at dawn on 15 November.",
    "INSO",
    "2026-11-30",
  );
  const agency = (denial: string) =>
    sourceDocument(
      "Attacks in the Badia halved",
      [
        "The Ministry of Defence said on Saturday that terrorist attacks in the Badia had fallen by half over the past six months.",
        denial,
      ].join("\n\n"),
      "SANA",
      "2026-11-29",
    );
  const denied = (denial: string) => {
    const s = agency(denial);
    return between(
      assess(themeFixture("isis-badia-insurgency"), [monitor, s], AT),
      monitor.article.id,
      s.article.id,
    )
      .filter((c) => c.kind === "denial")
      .map((c) => c.claims.map((x) => [x.articleId === monitor.article.id ? "monitor" : "agency", x.stance]));
  };

  it("sets a denial told on the lede's day that 'terrorists had entered' the village against the monitor's account of 'ISIS fighters' entering it two weeks before", () => {
    expect(
      denied(
        "The source denied reports that terrorists had entered Jubb al-Jarrah, saying an attack on its outskirts was repelled within an hour and the village never left army control.",
      ),
    ).toEqual([
      [
        ["monitor", "asserts"],
        ["agency", "denies"],
      ],
    ]);
  });

  it("does not set a denial of another matter against it", () => {
    expect(denied("The source denied reports that the army had closed the desert road to trucks.")).toEqual(
      [],
    );
  });
});

describe("claim reader: a toll that names no side against one side's toll", () => {
  const army = sourceDocument(
    "Army clash",
    "The armed forces killed five smugglers in a clash near Ramtha at dawn on Tuesday 24 November as a group tried to cross from Syria, a military source said.",
    "Petra",
    "2026-11-25",
  );
  const hospital = (line: string) =>
    sourceDocument("Weekly admissions", line, "Ramtha Government Hospital", "2026-11-29");
  const figures = (line: string) => {
    const h = hospital(line);
    return between(
      assess(themeFixture("cross-border-smuggling"), [army, h], AT),
      army.article.id,
      h.article.id,
    )
      .filter((c) => c.kind === "figures")
      .map((c) => c.claims.map((x) => x.value).sort());
  };

  it("sets three bodies of men killed in the clash below the army's five smugglers killed", () => {
    expect(
      figures(
        "On Tuesday 24 November at dawn the hospital in Ramtha received the bodies of three men killed in the army's clash with drug smugglers.",
      ),
    ).toContainEqual([3, 5]);
  });

  it("says nothing against it with more dead of no named side, or with 'one of the dead'", () => {
    expect(
      figures(
        "On Tuesday 24 November at dawn the hospital in Ramtha received the bodies of seven men killed in the army's clash with drug smugglers.",
      ),
    ).toEqual([]);
    expect(
      figures(
        "One of the dead in the army's clash near Ramtha on Tuesday 24 November was a shepherd from the town, the hospital said.",
      ),
    ).toEqual([]);
  });
});

describe("claim reader: the wounded, a toll of their own", () => {
  it("reads 'no injuries among our personnel' as none of the forces wounded, and the wounded apart from the dead", () => {
    expect(readBare("There were no injuries among our personnel, the source said.")).toEqual([
      ["wounded:forces", 0, 0],
    ]);
    expect(
      read(
        "The hospital in Ramtha received two soldiers with gunshot wounds from the clash near the border on 19 November.",
      ),
    ).toEqual([["wounded:forces", 2, 2]]);
  });

  it("sets the army's 'no injuries among our personnel' against a hospital's wounded soldiers of that clash", () => {
    const army = sourceDocument(
      "Army statement",
      [
        "The army said that its border guards had killed four smugglers in a clash near Ramtha at dawn on 19 November.",
        "There were no injuries among our personnel, the source said.",
      ].join("\n\n"),
      "Petra",
      "2026-11-19",
    );
    const hospital = sourceDocument(
      "Weekly admissions",
      "The hospital in Ramtha received two soldiers with gunshot wounds from the clash with smugglers near the border on 19 November.",
      "Ramtha Government Hospital",
      "2026-11-22",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [army, hospital], AT);
    expect(
      between(a, army.article.id, hospital.article.id).map((c) =>
        c.claims.map((x) => [x.articleId === army.article.id ? "army" : "hospital", x.value]).sort(),
      ),
    ).toContainEqual([
      ["army", 0],
      ["hospital", 2],
    ]);
  });
});

describe("propositions: two accounts that name two different doers of one attack", () => {
  const at = new Date("2026-10-30T12:00:00Z");
  const monitor = (text: string) =>
    sourceDocument("Attack in the desert", text, "Syrian Observatory for Human Rights", "2026-10-22");
  const state = (text: string) => sourceDocument("Ministry statement", text, "SANA", "2026-10-23");
  const who = (a: Assessment) => a.conflicts.filter((c) => /Who carried out/.test(c.topic));
  const assessed = (x: string, y: string) =>
    assess(themeFixture("isis-badia-insurgency"), [monitor(x), state(y)], at);

  it("sets an ISIS claim against 'carried out by a smuggling gang, not by the terrorist organisation'", () => {
    const a = assessed(
      "ISIS claimed the ambush on a truck of grain traders near Al-Qaryatayn on 20 October, in which five traders were killed.",
      "The ambush near Al-Qaryatayn on 20 October was carried out by a smuggling gang, not by the terrorist organisation.",
    );
    expect(who(a)).toHaveLength(1);
    expect(
      who(a)[0]
        ?.claims.map((c) => c.stance)
        .sort(),
    ).toEqual(["asserts", "denies"]);
  });

  it("sets 'the attack by terrorist cells' against 'the attackers were members of a clan'", () => {
    const a = assessed(
      "ISIS cells have stepped up their attacks in the Homs desert this month.\n\nFive soldiers were killed in the attack by terrorist cells on a checkpoint near Al-Qaryatayn on 20 October.",
      "Gunmen killed five soldiers at a checkpoint near Al-Qaryatayn on 20 October.\n\nRelatives of the soldiers said the attackers were members of a clan in a feud with one soldier's family.",
    );
    expect(who(a)).toHaveLength(1);
  });

  it("shows 'by remnants of the former regime rather than by ISIS' once against a claim for 'the organisation'", () => {
    const a = assessed(
      "ISIS fighters attacked Al-Qaryatayn on 20 October and killed five soldiers at a checkpoint.\n\nThe attack on Al-Qaryatayn on 20 October was carried out by the organisation, whose fighters raised its flag.",
      "The ministry said the attack on Al-Qaryatayn on 20 October had been carried out by remnants of the former regime rather than by ISIS.",
    );
    expect(who(a)).toHaveLength(1);
    // The ministry's sentence stands once, against both of the monitor's: the fighters who
    // attacked and the organisation that carried it out.
    expect(who(a)[0]?.claims.map((c) => [c.sentence, c.stance])).toEqual([
      [0, "asserts"],
      [1, "asserts"],
      [0, "denies"],
    ]);
  });

  it("names where the attack was, not the base its doers are said to come from", () => {
    const a = assessed(
      "ISIS claimed the ambush on an army convoy near Al-Qaryatayn on 20 October, in which nine soldiers were killed.",
      "The governor said the ambush near Al-Qaryatayn on 20 October was carried out by gangs trained by foreign forces at the Al-Tanf base.",
    );
    expect(who(a).map((c) => c.topic)).toEqual(["Who carried out the attack (Qaryatayn)"]);
  });

  it("does not set a claim by ISIS against 'terrorist cells', one doer by two names", () => {
    const a = assessed(
      "ISIS claimed the ambush on a checkpoint near Al-Qaryatayn on 20 October, in which five soldiers were killed.",
      "Five soldiers were killed in the attack by terrorist cells on a checkpoint near Al-Qaryatayn on 20 October.",
    );
    expect(who(a)).toEqual([]);
  });
});

describe("claim reader: a force counted by the change that leaves it, or without its country", () => {
  it("reads 'reduces the number of US troops in Syria to about 600' and 'bring the number ... down to' as counts", () => {
    expect(
      read("The withdrawal reduces the number of US troops in Syria to about 600, monitors said."),
    ).toEqual([["troops:us", 480, 720]]);
    expect(
      read(
        "The administration will bring the number of American soldiers in Iraq down to about 1,500 by the end of the year.",
      ),
    ).toEqual([["troops:us", 1200, 1800]]);
  });

  const at = new Date("2026-11-30T12:00:00Z");
  const counts = (a: Assessment) =>
    a.conflicts.filter((c) => c.kind === "figures" && /troops|personnel|soldiers|forces/i.test(c.topic));
  const sheet = sourceDocument(
    "Transition fact sheet",
    "About 1,200 US personnel remain in the Kurdistan Region, at Erbil air base and Harir, the coalition said.",
    "Operation Inherent Resolve",
    "2026-11-24",
  );
  it("counts 'its soldiers' and 'will keep ... troops' as the troops of the one country their article names", () => {
    const militia = sourceDocument(
      "Militia statement",
      [
        "The group said on Sunday that every American soldier must leave Iraq.",
        "The occupier claims to have withdrawn, yet 2,500 of its soldiers remain at Harir and Erbil.",
      ].join("\n\n"),
      "Kataib Hezbollah",
      "2026-11-23",
    );
    expect(counts(assess(themeFixture("coalition-withdrawal"), [sheet, militia], at))).toHaveLength(1);
    const officials = sourceDocument(
      "Troops to stay",
      "The United States will keep about 2,500 troops in the Kurdistan Region next year, two Kurdish officials said.",
      "Kurdistan24",
      "2026-11-24",
    );
    expect(counts(assess(themeFixture("coalition-withdrawal"), [sheet, officials], at))).toHaveLength(1);
  });

  it("leaves a count without its country alone when its article names two countries' forces", () => {
    const two = sourceDocument(
      "Foreign forces",
      [
        "Turkish and American officers met in Erbil on Monday.",
        "The occupier claims to have withdrawn, yet 2,500 of its soldiers remain at Harir and Erbil.",
      ].join("\n\n"),
      "Kataib Hezbollah",
      "2026-11-23",
    );
    expect(counts(assess(themeFixture("coalition-withdrawal"), [sheet, two], at))).toEqual([]);
  });
});

describe("claim reader: the dead of many attacks", () => {
  it("never sets 'The attacks killed' (a tally of many) against the toll of one of those attacks", () => {
    const monitor = sourceDocument(
      "Highway attacks in six months",
      [
        "SOHR has documented 44 attacks by ISIS cells on the Palmyra-Deir Ez-Zor highway between June and November 2026.",
        "The attacks killed at least 52 people, among them 23 civilian drivers and passengers near Al-Sukhnah, according to SOHR's documentation.",
      ].join("\n\n"),
      "Syrian Observatory for Human Rights",
      "2026-11-29",
    );
    const state = sourceDocument(
      "Governor reviews highway security",
      "The governor said the attack on a fuel convoy near Al-Sukhnah on 12 November, in which three drivers were killed, was carried out by ISIS cells.",
      "SANA",
      "2026-11-29",
    );
    const a = assess(themeFixture("isis-badia-insurgency"), [monitor, state], AT);
    expect(between(a, monitor.article.id, state.article.id).filter((c) => /killed/i.test(c.topic))).toEqual(
      [],
    );
  });
});

describe("claim reader: ways out, crossings seen and loads counted by the pack", () => {
  it("reads leaving without authorisation, and leaving a named camp with no destination, as escapes", () => {
    expect(
      read(
        "Two women and a boy left Al-Hol camp without authorisation on the night of 3 November, the guards said.",
      ),
    ).toContainEqual(["escaped", 2, 2]);
    expect(read("At least 15 residents left Roj camp that night, the monitor said.")).toContainEqual([
      "escaped",
      15,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it("does not read an organised departure from a named camp as an escape", () => {
    expect(
      read("About 300 Iraqis left Al-Hol camp for Iraq on Monday, the administration said."),
    ).not.toContainEqual(expect.arrayContaining(["escaped"]));
    expect(
      read("Some 40 families left Al-Hol camp in a convoy of buses under the return programme on Monday."),
    ).not.toContainEqual(expect.arrayContaining(["escaped"]));
  });

  it("reads a way cut through a camp's fence as an escape, and a number naming a phase as no count", () => {
    const got = read(
      "Nine detainees' relatives cut through the fence of Phase 6 of Al-Hol camp on 2 November and disappeared.",
    );
    expect(got).toContainEqual(["escaped", 9, 9]);
    expect(got.filter(([, lo]) => lo === 6)).toEqual([]);
  });

  it("reads a crossing seen from the far side ('saw N men cross from Syria')", () => {
    expect(
      read(
        "On 4 November, villagers near Al-Qaim saw about ten armed men cross from the Syrian side at night.",
      ),
    ).toContainEqual(["crossed", 8, 12]);
  });

  it("reads cigarette packs seized as a quantity in packs", () => {
    expect(
      read(
        "Customs officers seized 1.5 million packs of cigarettes near Rabia in the first six months of 2026.",
      ),
    ).toContainEqual(["seized:packs", 1_500_000, 1_500_000]);
  });
});

describe("conflicts from claims: two bodies cited by one document", () => {
  it("sets one body's count of a night's departures against another's, told in one resolution", () => {
    const resolution = sourceDocument(
      "Resolution on the camps",
      [
        "The Assembly adopts the following resolution on the camps of northeast Syria.",
        "A. whereas the camp administration reported that two women left Roj camp without authorisation on the night of 4 November 2026;",
        "B. whereas UN independent experts have stated that at least 19 women and children left Roj camp that night;",
      ].join("\n\n"),
      "European Parliament",
      "2026-11-20",
    );
    const a = assess(themeFixture("isis-prison-escape"), [resolution], AT);
    const escapes = a.conflicts.filter((c) => /escaped/i.test(c.topic));
    expect(escapes).toHaveLength(1);
    expect(escapes[0]?.claims.map((x) => x.sentence).sort()).toEqual([1, 2]);
  });
});

describe("claim reader: harm told as none or as slight", () => {
  it("reads 'not one of them was hit' as none killed and none wounded", () => {
    const got = read(
      "Border guards fired on the smugglers near Al-Qaim on 6 November, but not one of them was hit.",
    );
    expect(got).toContainEqual(["killed:", 0, 0]);
    expect(got).toContainEqual(["wounded:", 0, 0]);
  });

  it("reads a side's light wound as none of that side killed, unless the sentence counts its dead", () => {
    expect(
      read("One policeman was lightly wounded in the shooting at the Al-Hol gate on 6 November."),
    ).toContainEqual(["killed:forces", 0, 0]);
    expect(
      read("Two policemen were killed and a third was lightly wounded at the Al-Hol gate on 6 November."),
    ).not.toContainEqual(["killed:forces", 0, 0]);
  });

  const office = sourceDocument(
    "Findings on the gate shooting",
    "The inspectorate found that four policemen were killed at the Al-Hol gate on the night of 6 November.",
    "Reuters",
    "2026-11-20",
  );
  const camp = (second: string) =>
    sourceDocument(
      "Camp calm, administration says",
      [
        `The camp administration said one policeman was lightly wounded at the Al-Hol gate on the night of 6 November.`,
        second,
      ].join("\n\n"),
      "ANHA",
      "2026-11-21",
    );
  const tolls = (a: Assessment) => a.conflicts.filter((c) => /killed/i.test(c.topic));

  it("sets an account of one light wound against another's dead of the same side and night", () => {
    const b = camp("Patrols around the camp have been doubled since then.");
    expect(tolls(assess(themeFixture("isis-prison-escape"), [office, b], AT))).toHaveLength(1);
  });

  it("keeps the light wound apart when its article counts that side's dead in another sentence", () => {
    const b = camp("Two policemen were killed in the same shooting, the administration added.");
    const found = tolls(assess(themeFixture("isis-prison-escape"), [office, b], AT));
    expect(found.flatMap((c) => c.claims.filter((x) => x.value === 0))).toEqual([]);
  });
});

describe("claim reader: a breach said not to have happened", () => {
  it("reads 'no breach of the line' recorded or occurred as none crossed", () => {
    expect(readBare("No breach of the border line was recorded, the command said.")).toContainEqual([
      "crossed",
      0,
      0,
    ]);
    expect(readBare("No breaches occurred anywhere along the sector that week.")).toContainEqual([
      "crossed",
      0,
      0,
    ]);
  });

  it("reads a breach denied at a prison as none escaped, not as a crossing", () => {
    const got = readBare("No breach of the prison wall took place during the riot, the guards said.");
    expect(got).toContainEqual(["escaped", 0, 0]);
    expect(got).not.toContainEqual(["crossed", 0, 0]);
  });
});

describe("propositions: a wall said whole against a stretch seen unbuilt", () => {
  const at = new Date("2026-12-01T12:00:00Z");
  const monitor = sourceDocument(
    "Reporter held over border footage",
    "The footage, filmed on 18 November, shows a stretch of about 25 kilometres west of Rabia where the concrete wall has not been built and only an earth berm marks the border.",
    "Reporters Without Borders",
    "2026-11-24",
  );
  const command = (text: string) => sourceDocument("Command answers footage", text, "Reuters", "2026-11-23");
  const complete = (a: Assessment) => a.conflicts.filter((c) => /barrier is complete/.test(c.topic));

  it("sets 'the wall is complete along the entire sector' against a stretch where it has not been built", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        monitor,
        command(
          '"The wall is complete along the entire Nineveh sector, from Rabia to Sinjar," the Command\'s spokesman told Reuters.',
        ),
      ],
      at,
    );
    expect(complete(a).map((c) => c.claims.map((x) => x.stance))).toEqual([["asserts", "denies"]]);
  });

  it("does not read the rejection of a video of an unbuilt stretch as an account of the gap", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        command(
          "The Border Forces Command on Sunday rejected a video that shows an unbuilt stretch of the border wall near Rabia, calling it old.\n\nThe wall is now complete along the whole Nineveh sector near Rabia, the Command said.",
        ),
      ],
      at,
    );
    expect(complete(a)).toEqual([]);
  });

  it("does not take a wall that will be complete for one that is", () => {
    const a = assess(
      themeFixture("border-fortification"),
      [
        monitor,
        command("The wall near Rabia is expected to be complete along the entire Nineveh sector next year."),
      ],
      at,
    );
    expect(complete(a)).toEqual([]);
  });
});

describe("propositions: an attack put on one party and taken off another", () => {
  const at = new Date("2026-11-30T12:00:00Z");
  const monitor = sourceDocument(
    "Flash update",
    "Herders reported that ISIS fighters stormed the village of Al-Qaryatayn on 12 November and held it for a day.",
    "OCHA",
    "2026-11-20",
  );
  const state = (text: string) => sourceDocument("Army statement", text, "SANA", "2026-11-13");
  const who = (a: Assessment) => a.conflicts.filter((c) => /Who carried out/.test(c.topic));

  it("sets 'ISIS fighters stormed the village' against 'attributed the attack to a smuggling gang, not to ISIS'", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        monitor,
        state(
          "A military source attributed the attack on Al-Qaryatayn on 12 November to a smuggling gang, not to ISIS.",
        ),
      ],
      at,
    );
    const denial = state(
      "A military source attributed the attack on Al-Qaryatayn on 12 November to a smuggling gang, not to ISIS.",
    );
    expect(who(a).map((c) => c.claims.map((x) => [x.articleId, x.stance]))).toEqual([
      [
        [monitor.article.id, "asserts"],
        [denial.article.id, "denies"],
      ],
    ]);
  });

  it("reads no doer in 'not to join ISIS' nor in an army that stormed ISIS positions", () => {
    const a = assess(
      themeFixture("isis-badia-insurgency"),
      [
        monitor,
        state(
          "Near Al-Qaryatayn on 12 November, army units stormed ISIS positions, and elders urged young men not to join ISIS.",
        ),
      ],
      at,
    );
    expect(who(a)).toEqual([]);
  });
});

describe("denials: a base left, told as a departure completed or as reports of its emptying", () => {
  const at = new Date("2026-11-30T12:00:00Z");
  const coalition = sourceDocument(
    "Transfer of authority",
    "US troops completed their departure from Ain al-Asad Air Base in Anbar in October, handing the base to the Iraqi army.\n\nThe coalition said about 1,500 US troops remain in the Kurdistan Region after the withdrawal from federal Iraq.",
    "CJTF-OIR",
    "2026-11-20",
  );
  const site = (a: Assessment) => a.conflicts.filter((c) => /Ain al-Asad has been left/i.test(c.topic));

  it("sets 'completed their departure from' against 'are still present at'", () => {
    const tv = sourceDocument(
      "Sources: US forces remain",
      "A rocket hit Ain al-Asad Air Base in Anbar on Sunday night, local sources said.\n\nLocal sources said that American forces are still present at Ain al-Asad Air Base, despite the announcement.",
      "Al-Ahad TV",
      "2026-11-22",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [coalition, tv], at);
    expect(site(a).map((c) => c.claims.map((x) => [x.articleId, x.stance]))).toEqual([
      [
        [coalition.article.id, "asserts"],
        [tv.article.id, "denies"],
      ],
    ]);
  });

  it("sets 'reports that it has been emptied are inaccurate' against the departure", () => {
    const spokesman = sourceDocument(
      "Government statement",
      "The spokesman said Iraqi forces carried out 40 operations against ISIS near Ain al-Asad Air Base in Anbar in October.\n\nAin al-Asad remains a base where American advisers work with the Iraqi army, and reports that it has been emptied are inaccurate.",
      "Government spokesman",
      "2026-11-24",
    );
    const a = assess(themeFixture("coalition-withdrawal"), [coalition, spokesman], at);
    expect(site(a).map((c) => c.claims.map((x) => [x.articleId, x.sentence]))).toEqual([
      [
        [coalition.article.id, 0],
        [spokesman.article.id, 1],
      ],
    ]);
  });
});

describe("denials: a party that rejects a named accuser's accusations", () => {
  const at = new Date("2026-12-01T12:00:00Z");
  const treasury = sourceDocument(
    "Treasury designates smuggling network",
    "The network, led by a Syrian trader, moved an estimated 20 million captagon pills through the Albukamal and Al-Qaim crossing area in the first ten months of 2026.\n\nIts convoys were escorted through the Albukamal area by fighters of Asa'ib Ahl al-Haq, which took a share of the proceeds.",
    "US Department of the Treasury, press release",
    "2026-11-20",
  );
  const reply = (lede: string) =>
    sourceDocument(
      "Group rejects sanctions",
      `${lede}\n\n"We have nothing to do with this smuggling, our men guard the people," the group's spokesman said.\n\nAn official said customs had seized 2 million pills at Al-Qaim since January.`,
      "Al Mayadeen English",
      "2026-11-23",
    );
  const rejected = (a: Assessment) => a.conflicts.filter((c) => /took part, as accused by/.test(c.topic));

  it("sets 'We have nothing to do with this' against the accuser's sentence that names the party", () => {
    const r = reply(
      "Asa'ib Ahl al-Haq on Sunday rejected the accusations made against it by the US Treasury.",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [treasury, r], at);
    expect(rejected(a).map((c) => c.claims.map((x) => [x.articleId, x.sentence, x.stance]))).toEqual([
      [
        [treasury.article.id, 1, "asserts"],
        [r.article.id, 1, "denies"],
      ],
    ]);
    expect(rejected(a)[0]?.topic).toBe("Whether Asa'ib Ahl al-Haq took part, as accused by US Treasury");
  });

  it("sets nothing when the accuser it names is not a source of the briefing", () => {
    const r = reply(
      "Asa'ib Ahl al-Haq on Sunday rejected the accusations made against it by the British Foreign Office.",
    );
    const a = assess(themeFixture("cross-border-smuggling"), [treasury, r], at);
    expect(rejected(a)).toEqual([]);
  });
});
