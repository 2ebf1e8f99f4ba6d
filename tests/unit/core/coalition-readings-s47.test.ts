import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { assess } from "../../../src/core/themes/assess.js";
import { citedRoles as cited, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 47, the older blind sets: the coalition and the SDF told without their names ("partner
 * forces" in the Pentagon's mouth, "the forces guarding them", "the foreign tenant forces"), and
 * a drawdown told by what it does (support that "would shrink", a detachment "moved to Jordan",
 * forces that "pack up" or "vacate" their compounds, a post "handed over", a convoy that "rolls
 * out", guards whose number "had fallen by a third"). Short texts written for these tests.
 */

const AT = new Date("2026-12-10T12:00:00Z");
const doc = (sentences: string[], outlet = "Reuters") =>
  sourceDocument("Story", sentences.join("\n\n"), outlet, "2026-12-06");
const roles = (theme: string, sentences: string[], at: number, outlet?: string) => {
  const d = doc(sentences, outlet);
  return cited(assess(themeFixture(theme), [d], AT), d.article.id, at);
};
const judged = (theme: string, sentences: string[], id: string, outlet?: string) =>
  assess(themeFixture(theme), [doc(sentences, outlet)], AT).judgments.find((j) => j.id === id)?.probability ??
  null;
const facts = (text: string) => extractFacts({ id: "t", title: "t", text }).facts;
const tagged = (text: string, tag: string) => facts(text).some((f) => f.tags?.includes(tag));

describe("support to the SDF told to shrink or told lost", () => {
  it("reads a backer's air support that would shrink, and a force that lost much of its support, as support cut", () => {
    expect(
      tagged(
        "The SDF had been told that coalition air support would shrink to emergencies only.",
        "troop-withdrawal",
      ),
    ).toBe(true);
    expect(tagged("The forces guarding the camps have lost much of their support.", "troop-withdrawal")).toBe(
      true,
    );
  });
  it("does not read a party's lost voters or a shrinking market as support cut", () => {
    expect(tagged("The party has lost much of its support among young voters.", "troop-withdrawal")).toBe(
      false,
    );
    expect(tagged("Public support for the plan would shrink if prices rise.", "troop-withdrawal")).toBe(
      false,
    );
  });
  it("counts the SDF told its air support would shrink as the SDF's exposure", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "A retired US general launched his memoir in Washington on Thursday.",
        "The SDF in Syria, he said, had been told that coalition air support would shrink to emergencies only.",
      ],
      1,
    );
    expect(r).toEqual(["driver:sdf-exposure"]);
  });
  it("reads the forces guarding the camps of the north-east as the SDF", () => {
    const sentences = [
      "The Iraqi government spokesman said the coalition's mission in Iraq is ending on schedule.",
      "He warned that the situation in northeast Syria was a concern, because the detention camps there hold thousands of Iraqis and the forces guarding them have lost much of their support.",
    ];
    expect(roles("coalition-withdrawal", sentences, 1)).toEqual(["driver:sdf-exposure"]);
    expect(judged("coalition-withdrawal", sentences, "sdf-detention-strain")).not.toBeNull();
  });
});

describe("partner forces in the mouth of the US", () => {
  const sentences = [
    "The Department requests 412 million dollars for the Counter-ISIS Train and Equip Fund.",
    "Reduced funding increases the risk that partner forces in Syria will be unable to secure detention facilities.",
  ];
  it("reads the Pentagon's partner forces in Syria as the SDF, unable to secure the sites", () => {
    expect(roles("coalition-withdrawal", sentences, 1, "US Department of Defense")).toEqual([
      "driver:sdf-exposure",
    ]);
  });
  it("leaves partner forces unnamed when no US or coalition body speaks", () => {
    expect(roles("coalition-withdrawal", sentences, 1, "Reuters")).toEqual([]);
  });
  it("reads a force told unable to hold its sites as a posture failing, not one kept", () => {
    const found = facts("Partner forces will be unable to secure the detention facilities.");
    expect(found.some((f) => f.tags?.includes("detention-facility") && f.modality !== "asserted")).toBe(true);
  });
});

describe("a drawdown told by what the force does", () => {
  it("reads a detachment moved to Jordan as leaving, and refugees moved there as no force", () => {
    expect(
      tagged(
        "The helicopter detachment that flew supplies to the guard forces has moved to Jordan, and no date has been set for resuming the flights.",
        "troop-withdrawal",
      ),
    ).toBe(true);
    expect(
      tagged("Two hundred refugees from the camp were moved to Jordan last week.", "troop-withdrawal"),
    ).toBe(false);
  });
  it("reads forces that pack up or vacate their compounds as leaving, and families that vacate a camp as no force", () => {
    expect(
      tagged("The foreign soldiers packed everything and left in the last weeks.", "troop-withdrawal"),
    ).toBe(true);
    expect(
      tagged(
        "The foreign tenant forces will vacate the last of their compounds by 31 January.",
        "troop-withdrawal",
      ),
    ).toBe(true);
    expect(
      tagged("The families vacated their compounds in the camp after the flood.", "troop-withdrawal"),
    ).toBe(false);
  });
  it("reads the foreign forces of a base in Iraq as the coalition, and their departure as its withdrawal", () => {
    const r = roles(
      "coalition-withdrawal",
      [
        "Our catering company informs its suppliers of changes to deliveries at the Ain al-Asad base in Anbar.",
        "We have been told by the base administration that the foreign tenant forces will vacate the last of their compounds by 31 January.",
      ],
      1,
    );
    expect(r).toEqual(["driver:withdrawal-intent"]);
  });
  it("reads a post handed over as ground left, not a seizure, while goods handed over stay seized", () => {
    const post = facts(
      "Since the Americans handed over their last liaison post in Nineveh in September, we no longer get their pictures.",
    );
    expect(post.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(true);
    expect(post.some((f) => f.tags?.includes("seizure"))).toBe(false);
    expect(tagged("The patrol handed over 40 rifles and the smugglers to the police.", "seizure")).toBe(true);
  });
  it("reads a convoy watched as it rolls out as a departure, not a watch kept", () => {
    const found = facts(
      "Major Saad al-Dulaimi stood at the gate of Ain al-Asad and watched the last American convoy roll out towards the Jordanian border.",
    );
    expect(found.some((f) => f.tags?.includes("troop-withdrawal"))).toBe(true);
    expect(found.some((f) => f.tags?.includes("surveillance"))).toBe(false);
    expect(
      tagged("I watched the lorries with their containers pass my house for two months.", "surveillance"),
    ).toBe(false);
    expect(tagged("The operations room watched the border around the clock.", "surveillance")).toBe(true);
  });
  it("reads guards whose number had fallen by a third as guards reduced", () => {
    const found = facts(
      "The authorities running the sites said that the number of guards had fallen by about a third since the spring.",
    );
    expect(
      found.some((f) => f.tags?.includes("troop-withdrawal") && f.tags?.includes("detention-facility")),
    ).toBe(true);
  });
});

describe("an alliance's mission told by its advisory work", () => {
  it("reads NATO Mission Iraq's advisory work with Iraq's ministries as support, and counts it as bilateral ties", () => {
    const sentences = [
      "NATO Mission Iraq will continue its non-combat advisory work with the Ministry of Defence and the Ministry of Interior in 2027, at the request of the Iraqi government.",
    ];
    expect(tagged(sentences[0] ?? "", "partner-support")).toBe(true);
    expect(roles("coalition-withdrawal", sentences, 0)).toEqual(["mitigator:bilateral-security-ties"]);
  });
  it("reads advisory work told ended as no support", () => {
    expect(
      tagged("The mission ended its advisory work with the Ministry of Defence in June.", "partner-support"),
    ).toBe(false);
  });
});

describe("part of a prison's guard sent to a front", () => {
  it("reads companies of the prison guard sent to a front as guards taken from the prison, not forces deployed", () => {
    const found = facts(
      "The night shift had 14 guards instead of the 30 required, because two companies of the prison guard had been sent to the Deir Hafer front on 20 November.",
    );
    expect(
      found.some((f) => f.tags?.includes("troop-withdrawal") && f.tags?.includes("detention-facility")),
    ).toBe(true);
    expect(found.some((f) => f.tags?.includes("troop-deployment"))).toBe(false);
  });
  it("still reads battalions sent to a front as deployed", () => {
    expect(
      tagged("Two battalions of the army were sent to the front near Deir Hafer.", "troop-deployment"),
    ).toBe(true);
  });
});

describe("subjects proposed for papers", () => {
  const call = (sentence: string) =>
    roles(
      "border-fortification",
      ["The university invites papers for a conference on the Iraq-Syria border in Anbar.", sentence],
      1,
    );
  it("reads topics suggested and guidance for papers as no report of smuggling", () => {
    expect(
      call(
        "Suggested topics include the history of the border demarcation, smuggling economies and their social roots, and the lives of border communities.",
      ),
    ).toEqual([]);
    expect(call("Papers on smuggling should draw on fieldwork or official data.")).toEqual([]);
  });
  it("still reads smuggling the background of the call reports", () => {
    expect(
      call("Smugglers still move fuel and cigarettes across the border near Al-Qaim every night."),
    ).not.toEqual([]);
  });
});
