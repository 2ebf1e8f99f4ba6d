import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { articleFrame, depictionFrame } from "../../../src/core/themes/relevance.js";
import { fitsSomeFactor, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Articles that use a theme's words in another frame (a play, a video game, a history lecture, a
 * derby named after a prison) give no judgment and are listed as unused with the reason; news of
 * real events in the same settings still counts. Real extraction of short texts written here.
 */

const AT = new Date("2026-11-20T12:00:00Z");
const doc = paragraphsDocument;

const prison = themeFixture("isis-prison-escape");
const smuggling = themeFixture("cross-border-smuggling");

const play = doc("Qamishli theatre stages a prison-break play", [
  "A theatre company in Qamishli opened a new play on Thursday about detainees who escape from a prison in Hasakah.",
  "In the second act, armed men attack the prison gate and dozens of inmates escape towards the Iraqi border.",
  "The playwright, Hevi Ahmed, said the audience should feel the fear of the guards.",
  "Rehearsals took four months, and the troupe built the prison walls on stage from painted wood.",
  "Tickets for the theatres in Hasakah and Amuda are sold out until January.",
  "The audience gave the cast a standing ovation on the first night.",
]);

const game = doc("Kurdish studio releases a prison escape video game", [
  "A studio in Erbil has released a video game in which players escape from a prison in Hasakah guarded by the SDF.",
  "Gamers must break through the walls of the prison and smuggle weapons past the guards.",
  "The game has been downloaded 50,000 times since its release last week, the studio said.",
  "Players can choose to cross the border into Iraq in the final level of the game.",
  "Critics said the gameplay is repetitive but praised the graphics of the consoles version.",
  "The studio plans a multiplayer version next year.",
]);

const lecture = doc(
  "Mosul lecture retraces the smugglers of the Ottoman frontier",
  [
    "A history lecture at the University of Mosul on Tuesday retraced how smugglers crossed the Ottoman frontier between Iraq and Syria in the 19th century.",
    "The historian Dr Omar Saleh said caravans smuggled tobacco and salt past the customs posts at Al-Qaim.",
    "Ottoman officials seized the contraband and fined the merchants, according to archives he studied.",
    "Bedouin tribes escorted the smugglers across the desert for centuries, he said.",
    "The lecture was attended by 200 students and will be published as a book next year.",
    "Dr Saleh said that the routes of the ancient trade still follow the same valleys.",
  ],
  "Shafaq News",
);

const derby = doc("Al-Hol Prison derby ends in a draw", [
  "The 'Prison Derby' between Hasakah's two football clubs ended 1-1 at the city stadium on Friday.",
  "The match is named after the Ghwayran prison, which stands next to the stadium.",
  "The visiting striker escaped two defenders and scored in the first half.",
  "The goalkeeper of the home side was sent off after the referee saw a foul near the goal.",
  "Fans of both clubs attacked the gates of the stadium at half-time, and police restored order.",
  "The league leaders play in Qamishli next week.",
]);

describe("off-topic frames: the theme's words in another frame give no judgment", () => {
  it.each([
    ["a play", prison, play, /stage play/],
    ["a video game", prison, game, /video game/],
    ["a history lecture", smuggling, lecture, /history/],
    ["a football derby named after a prison", prison, derby, /sports event/],
  ])("%s", (_name, theme, article, frame) => {
    // The article does carry the theme's vocabulary: without its frame it would be evidence.
    expect(fitsSomeFactor(theme, article, AT)).toBe(true);
    const a = assess(theme, [article], AT);
    for (const j of a.judgments) {
      expect(j.probability).toBeNull();
      expect(j.likelihood).toBeNull();
    }
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.conflicts).toEqual([]);
    expect(a.unused).toEqual([{ articleId: article.article.id, reason: expect.stringMatching(frame) }]);
    expect(a.unused[0]?.reason).toMatch(/not a report of real events/);
  });

  it("leaves a news article beside it untouched: only the framed article is unused", () => {
    const news = doc(
      "Detainees escape Ghwayran prison after attack",
      [
        "ISIS fighters attacked the Ghwayran prison in Hasakah on Sunday, and dozens of detainees escaped, the Syrian Observatory for Human Rights said.",
        "The SDF sent reinforcements to the prison and recaptured some of the escapees.",
      ],
      "Syrian Observatory for Human Rights",
    );
    const a = assess(prison, [play, news], AT);
    expect(a.unused.map((u) => u.articleId)).toEqual([play.article.id]);
    expect(a.factors.flatMap((f) => f.evidence.map((e) => e.articleId))).not.toContain(play.article.id);
    expect(a.factors.flatMap((f) => f.evidence.map((e) => e.articleId))).toContain(news.article.id);
  });
});

/**
 * A game article in the trade's words (a genre before "game", patch notes, speedrunners, a
 * rebalanced weapon), whose depicted fighting sits in sentences without any of them.
 */
const siegeUpdate = [
  "The indie studio Greyfold has released a siege update for its survival game Ironhold, and squads have spent the weekend storming a mountain jail.",
  "In the new siege, gunmen attack the jail gate with rockets and kill the guards before the prisoners break out.",
  "A second mission has militants ambush an army convoy on a mountain road and kill eight soldiers.",
  "The patch notes say the searchlights now track runaways across the valley, which many found too harsh.",
  "Speedrunners have freed every prisoner in under six minutes, and streamers have shared the best routes.",
  "The update also rebalances the grenade launcher after complaints from the community.",
  "Ironhold costs 18 euros on PC.",
];

describe("off-topic frames: a depiction is judged over the whole article", () => {
  it("reads the fighting between a game's cue sentences as the game's, when it names nothing real", () => {
    const game = doc("Ironhold's siege update lets squads storm a mountain jail", siegeUpdate);
    expect(fitsSomeFactor(prison, game, AT)).toBe(true);
    expect(articleFrame(game)).toMatch(/video game/);
    const a = assess(prison, [game], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused).toEqual([{ articleId: game.article.id, reason: expect.stringMatching(/video game/) }]);
  });

  it("still reads real attacks told beside a game, naming real places and actors, as news", () => {
    const both = doc("Ironhold's siege update lets squads storm a mountain jail", [
      ...siegeUpdate.slice(0, 1),
      "ISIS fighters attacked the Ghwayran prison in Hasakah on Sunday and killed four guards.",
      "On Monday ISIS cells ambushed an SDF patrol near Shaddadi, killing three fighters.",
      ...siegeUpdate.slice(3),
    ]);
    expect(articleFrame(both)).toBeNull();
  });
});

describe("off-topic frames: news of real events in such settings is still news", () => {
  it("reads a bombing at a football match as news of the bombing", () => {
    const bombing = doc(
      "Car bomb kills fans outside Hasakah stadium",
      [
        "A car bomb exploded outside the football stadium in Hasakah on Friday during a league match, killing 12 fans, the SDF said.",
        "ISIS gunmen then attacked an SDF checkpoint near the stadium, and two fighters were killed in the clash.",
        "The match was abandoned and supporters fled the stadium.",
        "ISIS fighters also attacked the Ghwayran prison nearby, and several detainees escaped.",
        "The SDF said the goal of the attacks was to free detainees from the prison.",
      ],
      "Agence France-Presse",
    );
    expect(articleFrame(bombing)).toBeNull();
    const a = assess(prison, [bombing], AT);
    expect(a.unused).toEqual([]);
    expect(a.judgments.some((j) => j.probability !== null)).toBe(true);
  });

  it("needs the frame in the title or the lede and through the article, not one word of it", () => {
    expect(
      depictionFrame("Detainees escape Hasakah prison", [
        "Dozens of detainees escaped from a prison in Hasakah on Sunday.",
        "The SDF said the prison director had been arrested.",
        "The escape came a week after a documentary on the prison was shown on television.",
        "Guards were reinforced at the camp.",
      ]),
    ).toBeNull();
    expect(
      depictionFrame("Museum reopens in Mosul", [
        "The Mosul Museum reopened on Sunday.",
        "ISIS fighters attacked an army post near the city at night.",
        "Two soldiers were killed.",
        "The army said the attackers fled towards the desert.",
        "Security was stepped up around the city.",
      ]),
    ).toBeNull();
  });
});

const fortification = themeFixture("border-fortification");

/** Leisure pieces in their own trade's words: a venue's bookings, a game's moves, a review's acts. */
const escapeRoom = doc("Duhok escape room lets teams break out of a mountain jail", [
  "A new escape room in Duhok lets teams of four break out of a mountain jail in an hour, and bookings are full until March.",
  "Players are locked in a fake cell with a snoring guard made of cardboard and must find the key before an alarm rings.",
  "The owner said the story of the inmates who tunnel under the wall is invented, and that no real prison inspired it.",
  "About 800 people have tried it since the summer, and the fastest team escaped in 41 minutes.",
  "Tickets cost 20,000 dinars, and groups can book online.",
  "A second room, in which players rob a bank, opens next year.",
]);

const chessColumn = doc("Chess: a fortress holds the border in the Iraq-Jordan match", [
  "The friendly chess match between Iraq and Jordan ended level on Sunday after the last game turned on a fortress.",
  "A player a rook down can build a wall of pawns on the border of his camp that the enemy king cannot cross.",
  "Jordan's captain tried for three hours to break through the wall and to infiltrate the queen's side.",
  "Every attempt to cross the line failed, and the players agreed a draw after 90 moves.",
  "This week's puzzle shows a fortress held by a single knight.",
]);

const review = doc("Review: a comedy of smugglers on the Iraqi border", [
  "Desert Freight, a comedy about two brothers who smuggle cigarettes across the Iraq-Syria border, opened in Sulaymaniyah on Friday to a full house.",
  "In the first act the brothers bribe a customs officer with a goat, and in the second act border guards seize their truck and its contraband.",
  "The cast of seven is lively, though the final act drags.",
  "Desert Freight runs until 15 January.",
]);

describe("off-topic frames: games, escape rooms and reviews in their trade's words", () => {
  it.each([
    ["an escape room", prison, escapeRoom, /escape room/],
    ["a chess column", fortification, chessColumn, /chess/],
    ["a theatre review without the word theatre", smuggling, review, /stage play/],
  ])("%s gives no judgment and is set aside", (_name, theme, article, frame) => {
    expect(articleFrame(article)).toMatch(frame);
    const a = assess(theme, [article], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([{ articleId: article.article.id, reason: expect.stringMatching(frame) }]);
  });

  it("needs the game named in the lede: players and moves in news of a border are no game", () => {
    expect(
      depictionFrame("Regional players move to seal the Syrian border", [
        "Regional players are moving troops to the Syrian border after the attack on Rabia.",
        "Iraq's Border Forces said the moves would close the gaps used by smugglers.",
        "Other players in the region, including Jordan, are watching the moves closely.",
        "Ticket sales at the crossing's bus station were halted.",
      ]),
    ).toBeNull();
  });
});

/**
 * A holiday or youth camp, or a course's "breakout sessions", whose escapes from a mock cell and
 * crossings of a rope "border" are exercises: the lede names the programme, the body its
 * participants, organisers, sessions and sign-up. Camps of the news (Al-Hol, Roj) are no such programme.
 */
describe("off-topic frames: camps and courses of games and exercises", () => {
  const scoutCamp = doc("Summer camp in Duhok: scouts 'cross the border' on a rope bridge", [
    "Some 150 pupils from Duhok and Zakho spent a week at a summer camp run by the city's scout association.",
    "In the favourite exercise, teams had to cross a rope bridge marked as a border without touching the ground.",
    "Another session asked participants to free a teddy bear locked in a cardboard jail.",
    "The organisers said the activities teach children to trust each other.",
    "Parents watched the closing ceremony, and registration for next summer opens in March.",
  ]);

  it("sets aside a scout camp's exercises with the frame's reason", () => {
    expect(articleFrame(scoutCamp)).toMatch(/camp, course or workshop/);
    for (const theme of [prison, fortification]) {
      const a = assess(theme, [scoutCamp], AT);
      for (const j of a.judgments) expect(j.probability).toBeNull();
      expect(a.unused).toEqual([
        { articleId: scoutCamp.article.id, reason: expect.stringMatching(/game or an exercise/) },
      ]);
    }
  });

  it("reads a camp of the news as news, whatever its sessions and volunteers", () => {
    expect(
      depictionFrame("Escape from Al-Hol camp: 12 residents missing", [
        "Twelve residents of Al-Hol camp escaped through the fence on Monday night, the camp administration said.",
        "Volunteers who run the camp's school sessions said several teenagers were among them.",
        "Organisers of the aid convoy said the guards had searched the participants' trucks.",
        "The Asayish said the search for the escapees would go on.",
      ]),
    ).toBeNull();
  });

  it("keeps news of an armed attack on a youth camp", () => {
    expect(
      depictionFrame(
        "Gunmen attack a youth camp near Sinjar",
        [
          "Gunmen attacked a youth camp near Sinjar on Friday, killing two volunteers, police said.",
          "A second group of gunmen fired on the participants' bus on the road to Sinune.",
          "The organisers had cancelled the remaining sessions.",
          "Parents gathered at the hospital, and the police opened an investigation.",
        ],
        new Set([0, 1]),
      ),
    ).toBeNull();
  });
});

/**
 * Literature and the crafts of language: a poetry festival whose poets "smuggle" verses past the
 * censor, a cookbook of "smuggled" dishes. Smuggling, borders and seizures are said of books,
 * recipes and meanings; translated statements of the news ("Translator's note") stay news.
 */
describe("off-topic frames: books, poems and translation", () => {
  const festival = doc("Poets in Erbil 'smuggle' their verses past the censor", [
    "Forty poets from Iraq and Syria read at a poetry festival in Erbil this week under the motto of smuggling words across borders.",
    "Organisers said the poems had been carried past every checkpoint of the censor in the poets' heads.",
    "One poet read verses that customs officers of grammar would seize, she joked, as contraband of the mother tongue.",
    "An anthology of the readings will be printed in Arabic and Kurdish, with translations into English.",
    "The festival's prize went to a young poet from Qamishli for a cycle of poems about her grandmother.",
    "Tickets for next year's readings go on sale in May.",
  ]);
  const cookbook = doc("Book review: Bread Across the Line", [
    "Bread Across the Line is a cookbook in which a baker from Zakho collects the loaves her family smuggled in memory from Syria.",
    "Her family, she writes, carried the recipes over the border at Rabia in the 1960s, with the dough rising under a blanket.",
    "The chapter on flatbreads is the richest, with a dozen doughs and a quarrel about yeast.",
    "A customs officer, the book says, once confiscated a sack of flour from her uncle and then asked him for the recipe.",
    "The publisher in Duhok has already ordered a second printing.",
  ]);

  it.each([
    ["a poetry festival", festival],
    ["a cookbook review", cookbook],
  ])("sets aside %s with the frame's reason", (_name, article) => {
    // Its words do fit the theme's factors: without the frame it would be weighed.
    expect(fitsSomeFactor(smuggling, article, AT)).toBe(true);
    expect(articleFrame(article)).toMatch(/book, poem or translation/);
    const a = assess(smuggling, [article], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: article.article.id, reason: expect.stringMatching(/meaning of words/) },
    ]);
  });

  it("reads a translated statement with a translator's notes as news", () => {
    const statement = doc("Translation: statement of the Border Guard Command", [
      "Translator's note: the statement was issued in Arabic on Sunday and is translated in full.",
      "Our forces clashed with a group of armed smugglers near the Jaber crossing at dawn and killed four of them.",
      "Translator's note: 'the eastern sector' refers to the border east of Mafraq.",
      "The forces seized two vehicles loaded with weapons and Captagon pills in the eastern sector.",
      "Translator's note: the statement gives no figure for the pills.",
    ]);
    expect(articleFrame(statement)).toBeNull();
  });

  it("reads a thesis chapter on real events as reporting, and a novel's chapters still as a book", () => {
    // A thesis divides itself into chapters as a novel does; its chapters are the research's own
    // parts, and its field interviews tell of a real border.
    const thesis = doc(
      "Securing the frontier: the Rabia sector, 2017-2019 (chapter 3 of a master's thesis)",
      [
        "This chapter examines how Iraq secured its border with Syria near Rabia between 2017 and 2019.",
        "Field interviews for the chapter were conducted with border officers in Rabia.",
        "Officers interviewed for this study said that smugglers moved fuel and cigarettes across the border every week.",
        "The Border Guard raised an earth berm along 40 kilometres of the sector.",
        "The chapter argues that a berm alone cannot close a desert border.",
        "Chapter 4 compares this experience with the Jordanian border.",
      ],
    );
    expect(articleFrame(thesis)).toBeNull();
    const a = assess(smuggling, [thesis], AT);
    expect(a.unused).toEqual([]);
    expect(a.factors.flatMap((f) => f.evidence).length).toBeGreaterThan(0);
    // A review of a novel keeps its frame, chapters and all, even when it names a thesis.
    const novel = doc("Review: a novel of smugglers, written as a thesis", [
      "The novel follows a student whose thesis on the border turns into a smuggling story.",
      "In the first chapter the hero crosses the border at Rabia with a sack of cigarettes.",
      "By the third chapter the novelist has him smuggling fuel for his uncle.",
      "Readers will find the last chapter the weakest.",
      "The publisher in Duhok plans a second printing.",
    ]);
    expect(articleFrame(novel)).toMatch(/book, poem or translation/);
  });
});

/**
 * A contest of schools, students or teams (a robotics league, a hackathon, a quiz) whose
 * challenge is a "prison break" or a "border crossing": its detainees are wooden blocks and its
 * guards robots. The lede names the contest (a robot, a school's team, a league's final), the body
 * its teams, referees, organisers and parents. Gangs' "competition" over a route is news.
 */
describe("off-topic frames: contests of schools, students or teams", () => {
  const robotics = doc("Students' robots 'escape' from a jail in Duhok", [
    "Thirty university teams met in Duhok on Saturday for the final of the national robotics competition, themed Prison Break.",
    "Each robot had to lead five plastic prisoners out of a cell made of plywood while two guard robots patrolled the course.",
    "The winning team, from Zakho, cut through the jail wall in under a minute and took every prisoner to the exit.",
    "The referees disqualified two robots that had crossed the border painted around the course.",
    "The organisers said the theme teaches route planning, and the parents of the finalists cheered in the hall.",
    "A team from Qamishli crossed at Semalka to take part and will take its robot home by the same crossing.",
  ]);

  it("sets aside a robotics contest's prison break with the frame's reason", () => {
    expect(fitsSomeFactor(prison, robotics, AT)).toBe(true);
    expect(articleFrame(robotics)).toMatch(/contest or competition/);
    const a = assess(prison, [robotics], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.unused).toEqual([
      { articleId: robotics.article.id, reason: expect.stringMatching(/game or an exercise/) },
    ]);
  });

  it("reads the competition of smuggling gangs as news: the lede names no contest", () => {
    expect(
      depictionFrame("Competition between smuggling networks turns deadly near Rabia", [
        "Competition between two smuggling networks over the Rabia route left four smugglers dead on Monday, police said.",
        "The organisers of the trade pay teenagers to carry the goods across, an officer said.",
        "Border guards arrested 11 participants in the crossing, among them several teenagers.",
        "Parents of the arrested boys gathered outside the police station in Rabia.",
      ]),
    ).toBeNull();
  });
});

/**
 * A review of a record whose songs carry the theme's words as titles and stories ("The Crossing",
 * "Infiltrators", "Watchtower"). The lede names the work, the body its tracks, lyrics, singer and
 * band. News of an attack on a concert is not a work: its attacks name real places and actors.
 */
describe("off-topic frames: songs, albums and works of art", () => {
  const album = doc("Review: 'Border Lights', the new album by the Nahr ensemble", [
    "The Nahr ensemble from Rabia took two years over its new album, and it shows in every song.",
    "The opening track, 'Infiltration', tells of a shepherd who crosses the border at night to find a lost ewe, over a slow oud.",
    "'Smugglers of Tea' is the most cheerful song, with lyrics about a caravan that outwits the customs guards.",
    "The singer says he wrote 'The Wall' while watching the lights of the border towers from his roof.",
    "The band's drum machine sits oddly under the violins on 'Checkpoint', the weakest track.",
    "The album is on the main streaming platforms and on vinyl; rating: three stars out of five.",
  ]);

  it("sets aside an album review whose song titles speak of crossings and smugglers", () => {
    expect(articleFrame(album)).toMatch(/song, album or other work/);
    for (const theme of [fortification, smuggling]) {
      const a = assess(theme, [album], AT);
      for (const j of a.judgments) expect(j.probability).toBeNull();
      expect(a.unused).toEqual([{ articleId: album.article.id, reason: expect.stringMatching(/songs/) }]);
    }
  });

  it("reads an attack on a concert as news of the attack", () => {
    expect(
      depictionFrame(
        "Gunmen attack a concert in Sinjar, killing five",
        [
          "Gunmen attacked a concert of folk songs in Sinjar on Friday, killing five people, police said.",
          "ISIS claimed the attack on the singer's audience through Amaq.",
          "A second group of ISIS gunmen fired on an army checkpoint near Sinune the same night.",
          "The band had played two songs when the shooting began, a musician said.",
        ],
        new Set([0, 1, 2]),
      ),
    ).toBeNull();
  });
});

/**
 * Live shows: an escape artist's, a magician's or an acrobat's act, where a "prison cell", a
 * "mass escape" and "guards" are the props and the stagehands of the show.
 */
describe("off-topic frames: magic acts, circuses and other live shows", () => {
  const magic = doc("Illusionist escapes a replica jail before a full hall in Hasakah", [
    "An illusionist from Homs slipped out of a padlocked iron cell on Saturday in front of 400 spectators at a youth club in Hasakah.",
    "Two men from the audience, wearing guards' caps, locked him in with chains before the act began.",
    "In the second act he staged a mass escape, freeing ten pupils from a plywood prison while the guards looked the other way.",
    "The magician said he had practised the trick for a year and would tour Tal Tamr and Derbasiyah next month.",
    "Tickets sold out in two days, and the organisers promised a finale with a locked trunk next time.",
  ]);

  it("sets aside an escape artist's show with the frame's reason", () => {
    // Without the frame its guards and its mass escape make it evidence.
    expect(fitsSomeFactor(prison, magic, AT)).toBe(true);
    expect(articleFrame(magic)).toMatch(/magic act, circus or other live show/);
    const a = assess(prison, [magic], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: magic.article.id, reason: expect.stringMatching(/props of a show/) },
    ]);
  });

  it("needs the performer or the show named in the lede: an audience in news of an escape is none", () => {
    expect(
      depictionFrame("Inmates escape Hasakah prison during a visit", [
        "Eleven inmates escaped from a prison in Hasakah on Friday while families waited in the visiting hall, the Asayish said.",
        "Guards fired at the escapees, and an audience of relatives watched from the yard.",
        "The act of escaping took less than ten minutes, an officer said.",
        "Spectators outside said the performance of the guards was poor, and tickets to visit are now suspended.",
      ]),
    ).toBeNull();
  });

  it("keeps news of an armed attack on a magic show", () => {
    expect(
      depictionFrame(
        "Gunmen attack a magic show in Deir Ezzor",
        [
          "Gunmen attacked a magic show in Deir Ezzor on Friday, killing two spectators, local sources said.",
          "A second group of ISIS gunmen fired on an SDF checkpoint near the hall.",
          "The magician and the audience fled through the back door.",
          "The organisers cancelled the remaining performances and sold no more tickets.",
        ],
        new Set([0, 1]),
      ),
    ).toBeNull();
  });
});

/** Cartoons and television series: puppies that guard a wall, raccoons that smuggle biscuits. */
describe("off-topic frames: cartoons and television series", () => {
  const cartoon = doc("TV review: 'Desert Rangers' sends kittens to patrol a border fence", [
    "The animated series Desert Rangers, dubbed into Syrian Arabic, airs every morning on a children's channel in Damascus.",
    "Four kittens patrol a fence between two invented kingdoms, and smugglers in every episode try to sneak sacks of sweets across.",
    "In the fifth episode the smugglers dig under the fence and the kittens catch them with a net.",
    "The animation is cheerful, though the songs repeat too often.",
    "A second season is being drawn by a studio in Beirut.",
  ]);

  it("sets aside a cartoon review whose characters smuggle and guard a border", () => {
    expect(fitsSomeFactor(smuggling, cartoon, AT)).toBe(true);
    expect(articleFrame(cartoon)).toMatch(/film, series or documentary/);
    for (const theme of [fortification, smuggling]) {
      const a = assess(theme, [cartoon], AT);
      for (const j of a.judgments) expect(j.probability).toBeNull();
      expect(a.unused).toEqual([
        { articleId: cartoon.article.id, reason: expect.stringMatching(/depiction/) },
      ]);
    }
  });

  it("reads news told to a TV channel as news", () => {
    expect(
      depictionFrame("Smugglers cross the fence near Rabia, guards say", [
        "Border guards told a TV channel on Monday that smugglers had cut the fence near Rabia twice this week.",
        "The smugglers carried cigarettes and fuel, a commander said in a television interview.",
        "The channel showed footage of the breach filmed by a patrol.",
        "The Border Forces Command said it had sent more patrols.",
      ]),
    ).toBeNull();
  });
});

/** Products named after contraband or borders, and the campaigns that sell them. */
describe("off-topic frames: product launches and advertising", () => {
  const perfume = doc("Beirut brand launches 'Smuggler's Amber', a perfume of desert crossings", [
    "A Beirut fashion house has launched a perfume called Smuggler's Amber, inspired by the contraband routes of the old desert caravans.",
    "The bottle comes in a leather pouch with a replica customs stamp, and the fragrance opens with cardamom and tobacco leaf.",
    "The advertising campaign shows a woman slipping past a border post at dusk with the slogan 'Nothing to declare'.",
    "Smuggler's Amber sells for 180 dollars and reaches boutiques in Amman and Baghdad in February.",
    "Some customers online called the marketing tasteless.",
  ]);

  it("sets aside a perfume launch named after smuggling", () => {
    expect(fitsSomeFactor(smuggling, perfume, AT)).toBe(true);
    expect(articleFrame(perfume)).toMatch(/product launch or advertisement/);
    const a = assess(smuggling, [perfume], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: perfume.article.id, reason: expect.stringMatching(/name a product/) },
    ]);
  });

  it("reads a seizure of smuggled perfume bottles as news: nothing is launched", () => {
    const seizure = doc("Customs seize smuggled perfume at Al-Qaim", [
      "Iraqi customs officers seized 3,000 bottles of perfume smuggled from Syria at the Al-Qaim crossing on Sunday.",
      "The fragrances were hidden under crates of tomatoes in two trucks, the Border Ports Authority said.",
      "The smugglers had planned to sell the bottles to shops in Baghdad under a fake brand.",
      "Two drivers were arrested, and the perfume will be destroyed.",
    ]);
    expect(articleFrame(seizure)).toBeNull();
    expect(assess(smuggling, [seizure], AT).unused).toEqual([]);
  });
});

/**
 * Architecture: a competition to turn a former jail into a library, whose "cells", "guard towers"
 * and "detention yard" are rooms of a design and whose "mass escape" of light is the jury's praise.
 */
describe("off-topic frames: architecture competitions and a building's new use", () => {
  const design = doc("Architects turn Raqqa's old French-era jail into a museum", [
    "A team of architects from Qamishli has won the competition to turn the former jail near Raqqa's clock tower into a museum of the city.",
    "The jail held prisoners until the 1970s and has stood empty since the fighting of 2017.",
    "The winning design keeps the 40 cells and turns the guard towers into staircases, and the jury praised its 'mass escape' of light through the walls.",
    "Second prize went to a studio from Aleppo whose scheme would have removed the detention yard's walls.",
    "The drawings of all entries will be shown in the city's cultural centre next month.",
  ]);

  it("sets aside an architecture competition with the frame's reason", () => {
    // Without the frame its cells, guard towers and mass escape make it evidence.
    expect(fitsSomeFactor(prison, design, AT)).toBe(true);
    expect(articleFrame(design)).toMatch(/architecture or design competition/);
    const a = assess(prison, [design], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([
      { articleId: design.article.id, reason: expect.stringMatching(/designs that turn it to a new use/) },
    ]);
  });

  it("reads 'the architect of' an attack as a planner: news of a prison attack stays news", () => {
    expect(
      depictionFrame("The architect of the Ghweiran prison attack killed in a raid", [
        "The architect of the 2022 attack on the Ghweiran prison was killed in a raid near Hasakah, the SDF said.",
        "He had planned the design of the assault on the prison's outer wall, officials said.",
        "The raid's second target, a studio flat in the city, held weapons and drawings of the prison.",
        "Three ISIS members were arrested, the statement said.",
      ]),
    ).toBeNull();
  });

  it("keeps news of an armed attack on a converted building", () => {
    expect(
      depictionFrame(
        "Gunmen attack a former prison being turned into a library in Mosul",
        [
          "Gunmen attacked the former prison being turned into a library in Mosul on Friday, killing a guard, police said.",
          "A second group of ISIS gunmen fired on an army checkpoint near the site.",
          "The architects and the jury of the design competition had visited the site the day before.",
          "The winning design keeps the cells as reading rooms.",
        ],
        new Set([0, 1]),
      ),
    ).toBeNull();
  });
});

/** Research told in security's images: words that cross borders, drugs smuggled past the body's guards. */
const dialectStudy = doc("A dictionary follows Kurdish words across the Turkish border", [
  "Linguists at the University of Zakho have finished a dictionary of the dialects spoken on both sides of the Khabur river.",
  "They say dozens of words crossed the border with traders and shepherds, and some infiltrated the speech of Duhok long ago.",
  "The team interviewed 400 speakers in 60 villages over three years.",
  "Older speakers still pronounce the word for bridge as their grandparents did.",
  "One chapter lists the vocabulary of the smugglers' paths over the mountains, which now survives only in proverbs.",
  "The dictionary is free to download.",
]);
const biologyStudy = doc("Mosul scientists smuggle antibodies past a tumour's defences", [
  "Scientists at the University of Mosul say they have found a way to smuggle antibodies past the guards of a tumour.",
  "Tumour cells build a border around themselves that the immune system cannot cross.",
  "The researchers hide the antibody in particles that the tumour takes for food.",
  "In tests on mice, the tumours shrank by half within a month.",
  "Customs officers at the Trebil crossing once seized a shipment of the laboratory's samples, the team recalled.",
  "The study was published this month in a journal of oncology.",
]);

describe("off-topic frames: research in language and in medicine", () => {
  it.each([
    ["a dialect dictionary whose words cross the border", fortification, dialectStudy, /study of language/],
    [
      "a tumour study whose antibodies are smuggled past guards",
      smuggling,
      biologyStudy,
      /medicine or biology/,
    ],
  ])("sets aside %s", (_name, theme, article, frame) => {
    expect(fitsSomeFactor(theme, article, AT)).toBe(true);
    const a = assess(theme, [article], AT);
    for (const j of a.judgments) expect(j.probability).toBeNull();
    expect(a.factors.flatMap((f) => f.evidence)).toEqual([]);
    expect(a.unused).toEqual([{ articleId: article.article.id, reason: expect.stringMatching(frame) }]);
  });

  it("reads gunmen who spoke a dialect as news: the language is no frame of the article", () => {
    const news = doc("Gunmen speaking a Syrian dialect attack a border post near Al-Qaim", [
      "Gunmen speaking a Syrian dialect attacked a border post near Al-Qaim on Tuesday night, killing two guards, the Border Forces Command said.",
      "The attackers crossed the border from Albukamal and withdrew after an hour of fighting.",
      "Soldiers found weapons and a car abandoned near the fence.",
      "The Command said the wall in the sector would be extended.",
    ]);
    expect(articleFrame(news)).toBeNull();
  });

  it("reads a hospital and its researchers in news of an attack as news", () => {
    const news = doc("ISIS attack on Hasakah hospital kills two guards", [
      "ISIS gunmen attacked the national hospital in Hasakah on Sunday, where researchers run a laboratory for vaccines, and killed two guards.",
      "Patients were moved to a clinic in Qamishli, and the laboratory was closed.",
      "The SDF said the attackers had tried to free wounded ISIS detainees held in the hospital.",
      "Three of the detainees escaped, and one was recaptured near the prison.",
      "Doctors said the vaccine stocks had survived the attack.",
    ]);
    expect(articleFrame(news)).toBeNull();
    expect(assess(prison, [news], AT).unused).toEqual([]);
  });
});
