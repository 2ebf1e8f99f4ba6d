import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { denies } from "../../../src/core/themes/relevance.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";
import { extract } from "../facts/helpers.js";

const AT = new Date("2026-12-01T12:00:00Z");
const actorsOf = (text: string, sentence = 0) => {
  const doc = sourceDocument("A report", text, "Al-Mada", "2026-11-20");
  return [
    ...new Set(
      collectReports([doc])
        .filter((r) => r.sentence === sentence)
        .flatMap((r) => r.entities.map((e) => e.lexiconId ?? "")),
    ),
  ];
};

describe("a body described but never named", () => {
  it("reads ISIS in the words its enemies use for it", () => {
    expect(actorsOf("Gunmen of the Khawarij killed a shepherd near Hit on Tuesday night.")).toContain(
      "org/isis",
    );
    expect(
      actorsOf("The men of the black flags attacked a farm outside Tuz Khurmatu and burned its wheat."),
    ).toContain("org/isis");
    expect(actorsOf("The organisation's cells attacked an army post near Rutba on Monday.")).toContain(
      "org/isis",
    );
    // A black flag that is only a flag is no actor.
    expect(
      actorsOf("Fans waved black flags as the team bus was attacked near Basra on Monday."),
    ).not.toContain("org/isis");
  });

  it("reads international forces as the coalition", () => {
    expect(
      actorsOf("International military forces withdrew from a position near Hasakah in October."),
    ).toContain("org/coalition");
  });

  it("reads the partner force and the de facto authorities as the SDF only in the north-east of Syria", () => {
    expect(
      actorsOf(
        "Clashes broke out on Sunday between the de facto authorities and tribal fighters near Al-Busayrah in Deir Ez-Zor.",
      ),
    ).toContain("org/sdf");
    expect(
      actorsOf("Clashes broke out on Sunday between the de facto authorities and tribal fighters in Kabul."),
    ).not.toContain("org/sdf");
    expect(
      actorsOf("Our partners who guard the camps were attacked twice last week, a retired general wrote."),
    ).toContain("org/sdf");
  });
});

describe("a happening nobody saw", () => {
  const modalities = (text: string) =>
    extract(text)
      .facts.filter((f) => f.kind !== "quantity")
      .map((f) => f.modality);

  it("reads a subject whose own verb denies it was seen as negated, past an aside", () => {
    expect(
      modalities(
        "Patrols by coalition forces near the prison, which residents said had been frequent in the summer, were not seen at all in November.",
      ),
    ).toContain("negated");
    expect(
      modalities("Patrols by coalition forces near the prison were seen every night in November."),
    ).not.toContain("negated");
  });

  it("does not count what a witness did not see as a denial that it happened", () => {
    const sentenceText = "Coalition aircraft were not seen over the town during the attack, residents said.";
    expect(denies({ modality: "negated", sentenceText })).toBe(false);
    expect(
      denies({ modality: "negated", sentenceText: "The ministry denied that any aircraft struck the town." }),
    ).toBe(true);
  });
});

describe("indirect evidence on a coalition drawdown", () => {
  const theme = themeFixture("coalition-withdrawal");
  const roles = (text: string, sentence = 0) => {
    const doc = sourceDocument("Access report", text, "REACH Initiative", "2026-11-26");
    return cited(assess(theme, [doc], AT), doc.article.id, sentence);
  };

  it("reads coalition patrols no longer seen at a camp as the SDF exposed, never as a presence kept", () => {
    const r = roles(
      "Patrols by international forces around Roj camp, which had been seen every week in the summer, were not observed at all in November.",
    );
    expect(r).toContain("driver:sdf-exposure");
    expect(r).not.toContain("mitigator:residual-presence");
  });

  it("reads fighting between the SDF and other Syrian forces in Syria as spillover", () => {
    expect(
      roles(
        "Fighting between the SDF and tribal fighters near Al-Busayrah in Deir Ez-Zor killed six people on 12 November.",
      ),
    ).toContain("driver:syria-spillover");
  });
});

describe("ground held by no force, and forces sent to hold it", () => {
  const tagsOf = (text: string) => extract(text).facts.flatMap((f) => f.tags ?? []);

  it("reads no positions, or hardly any posts, along a stretch as a vacuum", () => {
    expect(
      tagsOf("There are no regular army positions along the 40-kilometre road east of Palmyra, drivers say."),
    ).toContain("security-vacuum");
    expect(tagsOf("The Syrian army has few posts along the river south of Albukamal.")).toContain(
      "security-vacuum",
    );
    // "A few posts" are some posts.
    expect(tagsOf("A few posts along the river south of Albukamal were shelled on Monday.")).not.toContain(
      "security-vacuum",
    );
  });

  it("reads a formation sent to a place to secure it as deployed, not one merely moved away", () => {
    expect(
      extract(
        "A new brigade was sent to Palmyra last week to secure the highway, the ministry said.",
      ).facts.some((f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment")),
    ).toBe(true);
    expect(
      extract("Government units were moved to the coast and to Suwayda in the summer.").facts.some(
        (f) => f.kind === "countermeasure" && f.tags?.includes("troop-deployment"),
      ),
    ).toBe(false);
  });
});

describe("insurgents killed in air strikes in the Badia", () => {
  it("counts the toll of strikes on the cells as strikes on the cells", () => {
    const theme = themeFixture("isis-badia-insurgency");
    const doc = sourceDocument(
      "Desert operations",
      "Army units began combing the desert south of Palmyra on Monday, the Ministry of Defence said.\n\nAir strikes and raids have killed 21 members of the cells since August in the Palmyra desert, the ministry said.",
      "SANA",
      "2026-11-25",
    );
    expect(cited(assess(theme, [doc], AT), doc.article.id, 1)).toContain(
      "mitigator:counter-terrorism-strikes",
    );
  });
});

describe("smuggling, infiltration and vacuum told without their usual words", () => {
  const tagsOf = (text: string) => extract(text).facts.flatMap((f) => f.tags ?? []);

  it("reads arms hidden under goods, told in the passive, as smuggling, not keys under a mat", () => {
    expect(tagsOf("Grenades were often concealed inside fuel tanks coming across from Syria.")).toContain(
      "smuggling",
    );
    expect(tagsOf("The keys were hidden under the mat by the door.")).not.toContain("smuggling");
  });

  it("reads armed groups moving fighters into a country as infiltration", () => {
    expect(
      tagsOf("Armed groups in eastern Syria are trying to move fighters into Nineveh through the desert."),
    ).toContain("infiltration");
  });

  it("reads ground with no authority in control as a vacuum", () => {
    expect(tagsOf("There is no single authority in control of the villages west of Al-Shaddadi.")).toContain(
      "security-vacuum",
    );
  });
});
