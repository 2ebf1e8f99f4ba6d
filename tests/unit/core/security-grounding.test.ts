import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { patternFit, securityGrounded, ungroundedReason } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { fitsSomeFactor, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * An article is evidence only when some fact of it involves a security participant: a body the
 * lexicon types as armed or state security, a prison, camp, base or crossing, or soldiers, guards,
 * armed men, smugglers or detainees named in its sentence. Metaphors of markets, animals and
 * products carry the theme's words without one. Real extraction of short texts written here.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const doc = paragraphsDocument;

const prison = themeFixture("isis-prison-escape");
const border = themeFixture("border-fortification");
const smuggling = themeFixture("cross-border-smuggling");

const currency = doc("Dinar breaks out as traders flee the dollar", [
  "The Iraqi dinar staged a jailbreak against the dollar on Monday, escaping the band that had imprisoned it for a year.",
  "Dealers in Baghdad described a riot at the exchange houses in the first hour of trading.",
  "Exchange houses in Erbil reported a mass escape of savers from dollar deposits.",
  "Dealers said buyers who had been detained by the old rate were finally free to sell.",
  "The central bank said it would keep its rate under review.",
]);

const gazelles = doc("Gazelles return across the Jordan-Iraq frontier", [
  "Herds of gazelles crossed the border from Jordan into Anbar this month, wildlife officers said.",
  "One collared female infiltrated the Iraqi desert at night and grazed near Rutba for a week.",
  "The animals slip through gaps in the fence along the frontier, the researchers said.",
  "Drought has pushed the herds north in search of water.",
]);

const software = doc("Erbil firm launches 'Frontier Shield' for banks", [
  "An Erbil software company has launched Frontier Shield, a product that it says can stop the smuggling of customer data across the border of a bank's network.",
  "The product seizes suspicious files and blocks infiltration attempts before they reach staff.",
  "The firm raised 3 million dollars from investors in Amman this year.",
]);

describe("security grounding: metaphors of the theme's words are not evidence", () => {
  it.each([
    ["a currency 'jailbreak'", prison, currency],
    ["gazelles crossing the frontier", border, gazelles],
    ["a data-security product", smuggling, software],
  ])("%s gives no judgment and is listed as unused", (_name, theme, article) => {
    // Without the test the article would be evidence: its words fit the theme's factors.
    expect(fitsSomeFactor(theme, article, AT)).toBe(true);
    expect(ungroundedReason(collectReports([article]))).not.toBeNull();
    const a = assess(theme, [article], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: article.article.id, reason: expect.stringMatching(/no security events/) },
    ]);
  });
});

/**
 * A natural hazard at a real crossing: the lede names the crossing (a security facility), and the
 * later sentences carry the theme's words ("reached the border wall", "infiltrated"), but no fact
 * that fits a factor has a security participant of its own sentence.
 */
const sandstorm = doc("Sandstorm from Syria sweeps over the Al-Qaim crossing", [
  "A sandstorm that rose in the Syrian desert swept over the Al-Qaim crossing on Monday and cut visibility to 50 metres, the Anbar weather office said.",
  "Pushed by strong winds, the dust front moved across the frontier strip and reached the concrete border wall by noon.",
  "Sand drifted over the earth berm and filled the trench in several places, and road crews cleared it with bulldozers.",
  "Fine dust infiltrated homes in three villages, and hospitals treated 40 people for breathing problems.",
  "Forecasters expect the wind to drop by Wednesday.",
]);

describe("security grounding: the facts that fit a factor must be security events themselves", () => {
  it("does not ground a dust storm's 'border wall' and 'infiltrated' on the crossing its lede names", () => {
    const reports = collectReports([sandstorm]);
    expect(fitsSomeFactor(border, sandstorm, AT)).toBe(true);
    // Read as before, the lede's crossing grounds the article.
    expect(ungroundedReason(reports)).toBeNull();
    const a = assess(border, [sandstorm], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused).toEqual([
      { articleId: sandstorm.article.id, reason: expect.stringMatching(/no security events/) },
    ]);
  });

  it("still grounds a barrier fact whose own sentence names the forces, wherever the lede is", () => {
    const wall = doc("Work on the wall near Al-Qaim", [
      "A sandstorm swept over the Al-Qaim crossing on Monday.",
      "Border guards finished a new section of the concrete wall west of Husaybah, the commander said.",
    ]);
    const a = assess(border, [wall], AT);
    expect(a.unused).toEqual([]);
  });
});

describe("security grounding: news of security participants is grounded", () => {
  it("grounds a fact by a body the lexicon types as security, or by a facility", () => {
    const news = doc("SDF reinforces Ghwayran prison", [
      "The SDF sent reinforcements to the Ghwayran prison in Hasakah on Sunday.",
    ]);
    expect(collectReports([news]).some(securityGrounded)).toBe(true);
  });

  it("grounds a fact by unnamed armed men, guards or smugglers its sentence names", () => {
    const letter = doc("Letter: the fuel trade goes on", [
      "Every night smugglers drive trucks of diesel across the frontier near Husaybah.",
      "The wall has changed nothing, because the guards are paid to look away.",
    ]);
    expect(ungroundedReason(collectReports([letter]))).toBeNull();
    const a = assess(smuggling, [letter], AT);
    expect(a.unused).toEqual([]);
  });

  it("reads a capitalised 'Guard' inside a name as a name, and 'Soldiers' opening a sentence as a noun", () => {
    const [named] = collectReports([
      doc("Product launch", ["The company said Border Guard stopped the smuggling of data in its pilot."]),
    ]).filter((r) => r.kind !== "quantity");
    expect(named && securityGrounded(named)).toBe(false);
    const opening = collectReports([
      doc("Clash near Rutba", ["Soldiers clashed with smugglers near Rutba on Tuesday night."]),
    ]).filter((r) => r.kind !== "quantity");
    expect(opening.some(securityGrounded)).toBe(true);
  });

  it("keeps a market's 'forces' and a battery's 'cells' ungrounded, but not security or named forces", () => {
    const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });
    expect(grounded("Market forces pushed the dinar up after the attack on the currency.")).toBe(false);
    expect(grounded("Solar cells were smuggled in from Turkey.")).toBe(false);
    expect(grounded("Security forces stormed the hideout.")).toBe(true);
    expect(grounded("In Hasakah, Kurdish forces stormed the hideout.")).toBe(true);
    expect(grounded("Sleeper cells attacked the village.")).toBe(true);
    expect(grounded("I do not dispute that the Border Forces have seized many loads.")).toBe(true);
    expect(grounded("Residents said the American occupation forces left the base at night.")).toBe(true);
    expect(grounded("The Border Guard firewall stopped the smuggling of data.")).toBe(false);
  });

  it("grounds a seizure of contraband only smugglers trade, whoever the seizing 'authorities' are", () => {
    const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });
    expect(
      grounded("Jordanian authorities seized 14 million Captagon pills in the first ten months of 2026."),
    ).toBe(true);
    expect(grounded("Customs officials said narcotics were hidden in a cargo of tomatoes.")).toBe(true);
    expect(grounded("The authorities seized the company's files and its servers.")).toBe(false);
  });
});

/**
 * Who escapes or crosses decides whether it is a security event: animals that break out of a pen
 * beside a camp, or stray across the border at a crossing, are no detainees or militants, however
 * real the camp or crossing their sentence names as the place.
 */
describe("security grounding: animals are no security actors, wherever they go", () => {
  const zoo = doc("Camels loose near Roj camp", [
    "Two camels and a donkey escaped from a farmer's pen beside Roj camp on Friday night and broke out onto the highway.",
    "The animals broke through the fence and ran for several kilometres before dawn.",
    "A shepherd found them grazing in a field the next morning.",
  ]);

  it("does not ground an escape of animals on the camp its sentence names", () => {
    // The extractor reads no escape into animals breaking out, so nothing fits a factor in the
    // first place; the grounding below still keeps the camp out should a fact be read.
    expect(fitsSomeFactor(prison, zoo, AT)).toBe(false);
    const a = assess(prison, [zoo], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused).toEqual([
      { articleId: zoo.article.id, reason: expect.stringMatching(/nothing that bears on any factor/) },
    ]);
  });

  it("reads the subject: animals lose the camp's grounding, forces and names keep it", () => {
    // Each sentence is read with Roj camp as a participant of its fact.
    const camp = collectReports([doc("Roj camp", ["Security was tightened at Roj camp on Monday."])])
      .flatMap((r) => r.own)
      .filter((e) => e.kind === "camp");
    expect(camp).not.toEqual([]);
    const grounded = (sentenceText: string) =>
      ungroundedReason([{ own: camp, named: camp, sentenceText }]) === null;
    expect(grounded("Two horses crossed the border beside Roj camp at night.")).toBe(false);
    expect(grounded("A herd of cattle broke out of the pen behind Roj camp.")).toBe(false);
    // Animals with the men who drive them are security news; so is a subject that acts on animals,
    // and a capitalised name ("Grey Wolves" is an armed movement) is no animal.
    expect(grounded("Three donkeys loaded with hashish were seized by border guards near Roj camp.")).toBe(
      true,
    );
    expect(grounded("Soldiers shot two wolves near Roj camp.")).toBe(true);
    expect(grounded("Grey Wolves crossed the border near Roj camp.")).toBe(true);
    // Fighters named after beasts are fighters.
    expect(grounded("Lone wolves attacked the gate of Roj camp.")).toBe(true);
    expect(grounded("The lions of the caliphate will storm Roj camp, the message said.")).toBe(true);
  });
});

/**
 * An armed body a notice names only by description ("the terrorist organisation that is active in
 * the desert") is the body a later "the organisation's cells" refers to: the later sentence tells
 * of armed men, though it names them by a common noun alone.
 */
describe("security grounding: a later reference to an armed body the article has named", () => {
  const badia = themeFixture("isis-badia-insurgency");
  const notice = (lede: string) =>
    doc("Notice to the residents", [
      lede,
      "The group's cells have grown more active this winter in the desert east of Palmyra, attacking roads and power lines.",
      "Repairs will take two weeks.",
    ]);

  it("grounds 'the group's cells' on the armed group the lede names", () => {
    const armed = notice("Power to the town was cut after an armed group attacked the substation at night.");
    expect(fitsSomeFactor(badia, armed, AT)).toBe(true);
    expect(ungroundedReason(collectReports([armed]))).toBeNull();
  });

  it("does not ground them when no armed body was named", () => {
    const choir = notice("The choir group met at the substation hall on Monday.");
    expect(ungroundedReason(collectReports([choir]))).not.toBeNull();
  });
});

/**
 * What a sentence likens something to is an image, not a participant: the "prisoner who cannot
 * escape" of a beekeeper's simile is no detainee. A comparison of figures keeps its grounding.
 */
describe("security grounding: the term of a simile is no participant", () => {
  const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });

  it("reads no security participant in the image a sentence compares something to", () => {
    expect(
      grounded(
        "Some keepers clip the wings of their queens, which the trainer compared to keeping a prisoner who cannot escape.",
      ),
    ).toBe(false);
    expect(grounded("The colony fled the hive like a gang of inmates breaking out of a cell.")).toBe(false);
    expect(grounded("The herd stood at the fence as if guarded by soldiers.")).toBe(false);
  });

  it("keeps what the sentence itself tells, and a comparison of figures", () => {
    expect(grounded("Guards shot at the fleeing men like a firing squad.")).toBe(true);
    expect(grounded("Officials said 300 detainees escaped in November, compared with 40 in October.")).toBe(
      true,
    );
    expect(grounded("The prison holds more inmates compared with a year earlier.")).toBe(true);
  });

  it("reads no participant in the part someone plays, and keeps who plays it", () => {
    expect(
      grounded("Volunteers played the guards, and one of them said the teenagers broke out of the cell."),
    ).toBe(false);
    expect(grounded("The pupils playing prisoners had to open the lock with a riddle.")).toBe(false);
    expect(grounded("A teacher was cast as a smuggler in the school play.")).toBe(false);
    expect(grounded("In the role of the border police, two parents checked the passports.")).toBe(false);
    expect(grounded("Soldiers played the insurgents in the exercise at Ain al-Asad.")).toBe(true);
    expect(grounded("Gunmen dressed as police stormed the checkpoint.")).toBe(true);
    expect(grounded("Guards played football with the inmates on Fridays.")).toBe(true);
  });

  it("sets aside a beekeepers' 'mass breakout' whose only prisoner is a simile", () => {
    const bees = doc("Beekeepers lose colonies in a 'mass breakout' near Qamishli", [
      "Beekeepers around Qamishli say a warm November set off a mass breakout from their hives, with colonies escaping into the olive groves.",
      "Some keepers clip the wings of their queens, which the trainer compared to keeping a prisoner who cannot escape.",
      "Members said the escaped swarms had settled in walls and wells.",
      "Honey prices in the Qamishli market have risen this autumn, traders said.",
    ]);
    expect(fitsSomeFactor(prison, bees, AT)).toBe(true);
    const a = assess(prison, [bees], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused).toEqual([
      { articleId: bees.article.id, reason: expect.stringMatching(/no security events/) },
    ]);
  });

  it("reads insects as animals: bees escaping beside a camp are no detainees", () => {
    const camp = collectReports([doc("Roj camp", ["Security was tightened at Roj camp on Monday."])])
      .flatMap((r) => r.own)
      .filter((e) => e.kind === "camp");
    const grounded = (sentenceText: string) =>
      ungroundedReason([{ own: camp, named: camp, sentenceText }]) === null;
    expect(grounded("Bees escaped from the hives behind Roj camp.")).toBe(false);
    expect(grounded("Locusts crossed the border beside Roj camp.")).toBe(false);
    // A swarm of drones is no insect.
    expect(grounded("A swarm of drones attacked Roj camp.")).toBe(true);
  });
});

/**
 * Goods told as smuggled imply the smugglers, as contraband does: a market bulletin's "smuggled
 * fuel crossing from Iraq" reports the border trade, while smuggled data or jokes are metaphors.
 */
describe("security grounding: heavenly bodies given people's roles", () => {
  const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });

  it("reads the smugglers, guards and checkpoints of a sentence about comets or planets as images", () => {
    expect(
      grounded("Asteroids, the patient smugglers of the early solar system, brought carbon to Mars."),
    ).toBe(false);
    expect(grounded("Astronomers call Jupiter the guard of the inner planets.")).toBe(false);
    expect(grounded("The frost line works as a checkpoint for comets heading inwards.")).toBe(false);
    // The same nouns with no heavenly body are still people.
    expect(grounded("The smugglers brought cigarettes across the border at night.")).toBe(true);
  });

  it("keeps forces named as forces, and goods told as smuggled, in such a sentence", () => {
    expect(grounded("Border forces seized two meteorites at the crossing.")).toBe(true);
    expect(grounded("Police said smuggled cigarettes were hidden among meteorites sold as souvenirs.")).toBe(
      true,
    );
  });

  it("sets aside a science page on comets that 'smuggled' water past a 'checkpoint'", () => {
    const comets = doc("How comets smuggled the oceans: a talk in Duhok", [
      "About 150 students and residents of Erbil came to the university on Tuesday for a talk on where the Earth's oceans came from.",
      "The speaker said comets, the frozen smugglers of the solar system, may have carried much of the water in.",
      "She likened the orbit of Mars to a checkpoint that comets from the outer planets had to pass.",
      "Some of the ice was seized by the gravity of the giant planets, she said.",
      "The faculty plans a second talk on meteorites in January.",
    ]);
    // Without the test the article would be evidence: its words fit the theme's factors.
    expect(fitsSomeFactor(smuggling, comets, AT)).toBe(true);
    const a = assess(smuggling, [comets], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: comets.article.id, reason: expect.stringMatching(/no security events/) },
    ]);
  });
});

describe("security grounding: goods told as smuggled", () => {
  const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });

  it("grounds concrete goods told as smuggled, in either order", () => {
    expect(
      grounded(
        "Traders said the volume of smuggled fuel and cigarettes crossing from Iraq had roughly doubled.",
      ),
    ).toBe(true);
    expect(
      grounded("Diesel was cheaper in Albukamal, which traders attributed to fuel smuggled in from Iraq."),
    ).toBe(true);
    expect(grounded("In Hajin, smuggled Iraqi flour was on sale below the local price.")).toBe(true);
  });

  it("does not ground smuggling told of data, ideas or jokes", () => {
    expect(grounded("The comedian smuggled a joke about the minister into his speech.")).toBe(false);
    expect(grounded("The tool stops customer data being smuggled out of a bank's network.")).toBe(false);
  });

  it("uses a market bulletin's smuggled fuel as evidence of smuggling", () => {
    const bulletin = doc("Market monitor: Deir Ez-Zor, late November", [
      "Diesel sold in the Albukamal market was 18 percent cheaper than in Deir Ez-Zor city, which traders attributed to fuel smuggled in from Iraq.",
      "Traders in Albukamal said the volume of smuggled fuel and cigarettes crossing from Iraq had roughly doubled since August.",
      "Bread prices were stable in all markets monitored.",
    ]);
    const a = assess(smuggling, [bulletin], AT);
    expect(a.unused).toEqual([]);
    expect(a.judgments.find((j) => j.id === "smuggling-grows")?.probability).not.toBeNull();
  });
});

/**
 * "They" as a subject tells of the group the sentence before it named: after "the men of the
 * Islamic State have doubled their night visits", "They burned the wheat ... they shot dead a
 * village headman" is an act of those armed men, not a metaphor. Only the next sentence inherits.
 */
describe("security grounding: 'they' after a sentence naming an armed body", () => {
  const coalition = themeFixture("coalition-withdrawal");
  const visits =
    "Shepherds near Tuz Khurmatu say the men of the Islamic State have doubled their night visits to the villages below the Hamrin since the summer.";
  const killed =
    "They burned the wheat of two farmers who refused to pay, and last week they shot dead a village headman in front of his family.";
  const fits = (r: ReturnType<typeof collectReports>[number]) =>
    coalition.drivers
      .concat(coalition.mitigators)
      .some((f) => f.evidence.some((p) => patternFit(p, r, AT) > 0));

  it("grounds the killing in the armed men named just before, and counts it", () => {
    const column = doc("Hamrin villages", [
      visits,
      killed,
      "The shepherds now bring their flocks down before dark.",
    ]);
    expect(ungroundedReason(collectReports([column]), fits)).toBeNull();
    const a = assess(coalition, [column], AT);
    expect(a.unused).toEqual([]);
    expect(a.factors.flatMap((f) => f.evidence.map((e) => e.sentence))).toContain(1);
  });

  it("lends nothing past the next sentence", () => {
    const column = doc("Hamrin villages", [
      visits,
      "The shepherds now bring their flocks down before dark.",
      killed,
    ]);
    expect(ungroundedReason(collectReports([column]), fits)).not.toBeNull();
  });
});

/**
 * Participants the common nouns missed: customs, the state's agents at a border, when they act;
 * a manned checkpoint, the post of the forces at it; weapons carried in a load, which only armed men use.
 */
describe("security grounding: customs, checkpoints, gunfire and weapons", () => {
  const grounded = (sentence: string) => securityGrounded({ own: [], named: [], sentenceText: sentence });

  it("grounds customs that act, and not customs as a word of a seal or a form", () => {
    expect(grounded("He said Syrian customs had seized 400,000 pills at the port since June.")).toBe(true);
    expect(grounded("Customs officers at the port inspect every refrigerated truck.")).toBe(true);
    expect(grounded("Each bottle comes with a fake customs seal and a passport.")).toBe(false);
  });

  it("grounds a checkpoint where forces stand, and not an abandoned one or a drug's 'checkpoint'", () => {
    expect(grounded("The officer at the checkpoint said the drones watch the line at night.")).toBe(true);
    expect(grounded("Storks nested on an abandoned checkpoint east of the town.")).toBe(false);
    expect(grounded("Doctors said checkpoint inhibitors had extended his life.")).toBe(false);
  });

  it("grounds real weapons, and not toy ones", () => {
    expect(grounded("Some loads now carry pistols and rifle parts beside the pills.")).toBe(true);
    expect(grounded("The children marched with plastic rifles and paper flags.")).toBe(false);
  });

  it("uses a school letter's drones over the wall, told by the officer at the checkpoint", () => {
    const letter = doc("Letter to parents", [
      "Dear parents, lessons begin at eight o'clock from Sunday.",
      "Some of you asked about the drones over the new wall on the Husaybah road at night; the officer at the checkpoint told me they watch the border.",
      "The canteen will sell only water and sandwiches.",
    ]);
    expect(fitsSomeFactor(border, letter, AT)).toBe(true);
    expect(assess(border, [letter], AT).unused).toEqual([]);
  });
});

/**
 * A clash told as having happened, with the forces its own sentence names, makes an article
 * security news even when the clash fits no factor of the theme: the wall and trench it goes on to
 * describe are the front's, not a metaphor's. A clash grounds no fact of another topic, though.
 */
describe("security grounding: an armed clash grounds the article's other facts", () => {
  const statement = doc("MP: no breach of the border line", [
    "Two gunmen who tried to approach the line were killed by the army and tribal fighters on Thursday night.",
    "The wall and the trench that the state has built west of Rutba have closed the desert for the first time.",
    "We ask the media to take their news from the command.",
  ]);

  it("uses the wall and the trench of a statement that tells of a clash at the line", () => {
    const reports = collectReports([statement]);
    const fits = (r: (typeof reports)[number]) =>
      [...border.drivers, ...border.mitigators].some((f) => f.evidence.some((p) => patternFit(p, r, AT) > 0));
    expect(ungroundedReason(reports, fits)).toBeNull();
    // Only as a clash: as a fact of the topic the clash grounds nothing.
    expect(ungroundedReason(reports, fits, false)).not.toBeNull();
    expect(assess(border, [statement], AT).unused).toEqual([]);
  });
});
