import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { assessStory, conflictsOf, paragraphsDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 51's readings found on the forty-fifth held-out set. The tests use invented wordings of
 * the same classes, never the set's sentences.
 */

const AT = new Date("2026-12-20T12:00:00Z");
const story = (theme: string, sentences: string[], outlet = "Associated Press") =>
  assessStory(theme, sentences, AT, outlet, "2026-12-15");
const tagsOf = (theme: string, sentences: string[], i: number) =>
  story(theme, sentences)
    .doc.facts.facts.filter((f) => f.sentence === i)
    .flatMap((f) => f.tags ?? []);

describe("the Badia road: hold-ups, watchers and new checkpoints", () => {
  it("reads armed men who stop a vehicle on a road and kill its passengers as an ambush", () => {
    for (const text of [
      "Gunmen stopped a minibus on the highway east of Palmyra on Sunday and killed two of its passengers.",
      "Armed men intercepted a fuel tanker near Al-Sukhnah and shot its driver dead.",
    ])
      expect(tagsOf("isis-badia-insurgency", [text], 0), text).toContain("ambush");
  });

  it("does not read police who stop a car as an ambush", () => {
    const text = "Traffic police stopped a car near Palmyra for speeding.";
    expect(tagsOf("isis-badia-insurgency", [text], 0)).not.toContain("ambush");
  });

  it("reads armed men watching a road from the hills as cells present", () => {
    const { roles } = story("isis-badia-insurgency", [
      "Gunmen stopped a minibus on the highway east of Palmyra on Sunday and killed two of its passengers.",
      "Shepherds say armed men on motorcycles have been watching the highway from the ridges near Al-Sukhnah.",
    ]);
    expect(roles(1)).toContain("driver:cells-active");
  });

  it("reads the authorities setting up checkpoints as forces deployed", () => {
    const { roles } = story("isis-badia-insurgency", [
      "Gunmen stopped a minibus on the highway east of Palmyra on Sunday and killed two of its passengers.",
      "The authorities have since set up new army checkpoints on the road between Palmyra and Al-Sukhnah.",
    ]);
    expect(roles(1)).toContain("mitigator:new-forces");
  });

  it("reads ground patrolled rarely or not at all as unheld, not as forces on patrol", () => {
    const { roles } = story("isis-badia-insurgency", [
      "Gunmen stopped a minibus on the highway east of Palmyra on Sunday and killed two of its passengers.",
      "The army keeps posts in the larger villages, but the steppe around Al-Sukhnah is patrolled rarely or not at all.",
    ]);
    expect(roles(1)).toContain("driver:security-vacuum");
    expect(roles(1)).not.toContain("mitigator:new-forces");
  });

  it("still reads patrols that rarely go somewhere as patrols", () => {
    expect(
      tagsOf("isis-badia-insurgency", ["Army patrols rarely enter the grazing grounds east of Palmyra."], 0),
    ).toContain("troop-deployment");
  });
});

describe("a camp named as holding a figure", () => {
  it("counts the people a named camp holds as its held", () => {
    for (const text of [
      "Al-Hol still holds roughly 14,000 people, most of them women and children.",
      "Al-Roj houses about 2,500 people from dozens of countries, officials said.",
    ])
      expect(tagsOf("isis-prison-escape", [text], 0), text).toContain("detention-facility");
  });

  it("does not count a camp named only as where a figure came from", () => {
    const text = "About 600 families left Al-Hol last month.";
    const facts = story("isis-prison-escape", [text]).doc.facts.facts.filter((f) => f.kind === "quantity");
    expect(facts.flatMap((f) => f.tags ?? [])).not.toContain("detention-facility");
  });
});

describe("empty posts across the line, told by an MP's post", () => {
  const post = [
    "I visited the border villages west of Sinjar today and listened to their fears.",
    "At dawn on Monday a group of militants tried to cross from Syria toward the village of Kursi, residents said.",
    "The villagers say the Syrian posts facing their fields have been empty since the spring and nobody patrols the far side.",
    "They also thanked the council for the new retaining wall on the village road, which stopped the winter mudslides.",
  ];

  it("uses the post and cites the empty posts as the vacuum, the negation being the same absence", () => {
    const doc = paragraphsDocument("Post", post, "An MP's Facebook page", "2026-12-15");
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    expect(a.unused.map((u) => u.articleId)).not.toContain(doc.article.id);
    const cited = (i: number) =>
      a.factors.filter((f) => f.evidence.some((e) => e.sentence === i)).map((f) => `${f.role}:${f.id}`);
    expect(cited(2)).toContain("driver:security-vacuum");
  });

  it("does not count a retaining wall that holds back landslides as a barrier", () => {
    const doc = paragraphsDocument("Post", post, "An MP's Facebook page", "2026-12-15");
    const a = assess(themeFixture("border-fortification"), [doc], AT);
    const cited = a.factors.filter((f) => f.evidence.some((e) => e.sentence === 3));
    expect(cited.map((f) => f.id)).not.toContain("physical-barrier");
  });
});

describe("a count restated as what the number will be", () => {
  it("reads a bare figure told as what 'the number will be' as a count of the troops before it", () => {
    const doc = paragraphsDocument("Interview", [
      "HOST: Reports say Washington will keep about 3,000 troops in Iraq after the mission.",
      "MINISTER: Our allies have told us the number will be closer to 1,500, based at Ain al-Asad and Erbil.",
    ]);
    const counts = doc.facts.facts.filter((f) => f.kind === "quantity" && f.sentence === 1);
    expect(counts.map((f) => [f.value, f.unit])).toContainEqual([1500, "troops"]);
  });

  it("shows the two sizes of the force kept, both in one interview, as a conflict", () => {
    const doc = paragraphsDocument(
      "Interview",
      [
        "HOST: Is your country ending its training mission in Iraq?",
        "MINISTER: Yes, our soldiers will leave the coalition mission by the summer.",
        "HOST: Reports say Washington will keep about 3,000 troops in the Kurdistan Region after the mission.",
        "MINISTER: Our allies have told us the number will be closer to 1,500, stationed near Erbil and Duhok.",
      ],
      "Deutsche Welle",
      "2026-12-15",
    );
    const conflicts = conflictsOf([doc], AT);
    expect(conflicts.some((c) => [2, 3].every((i) => c.claims.some((x) => x.sentence === i)))).toBe(true);
  });

  it("does not read a figure after 'the number of' as a restated count", () => {
    const doc = paragraphsDocument("Story", [
      "Washington will keep about 3,000 troops in Iraq after the mission.",
      "The number of the road is 12.",
    ]);
    const counts = doc.facts.facts.filter((f) => f.kind === "quantity" && f.sentence === 1);
    expect(counts.map((f) => f.unit)).not.toContain("troops");
  });
});

describe("a base named by its village, left or still held", () => {
  it("shows a withdrawal 'we completed' from a base against a statement that forces are still there", () => {
    const hearing = paragraphsDocument(
      "Hearing",
      [
        "GENERAL: As ordered, we completed our withdrawal from the Kharab Ashk and Qasrak bases in October.",
        "GENERAL: Our remaining troops are at Rmelan.",
      ],
      "US Senate Armed Services Committee (transcript)",
      "2026-12-09",
    );
    const denial = paragraphsDocument(
      "Statement",
      [
        "Some outlets claimed that coalition forces have left the Kharab Ashk base.",
        "This is inaccurate: coalition forces are still present at Kharab Ashk and patrol with our units.",
      ],
      "SDF Media Center",
      "2026-12-11",
    );
    const conflicts = conflictsOf([hearing, denial], AT);
    expect(
      conflicts.some(
        (c) =>
          c.claims.some((x) => x.articleId === hearing.article.id && x.sentence === 0) &&
          c.claims.some((x) => x.articleId === denial.article.id && x.sentence === 1),
      ),
    ).toBe(true);
  });
});
