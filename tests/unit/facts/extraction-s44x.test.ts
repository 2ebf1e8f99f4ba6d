import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";

const extract = (text: string) => extractFacts({ id: "t", title: "t", text });
const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.name, text: q.text }));
const entities = (text: string) => extract(text).entities.map((e) => `${e.type}: ${e.name}`);

describe("speakers and clauses of set 41", () => {
  it("reads an abbreviated title's full stop as no end of the 'according to' phrase", () => {
    const q = quotes(
      "Major Jamal Hardan spoke last. According to Maj. Hardan, the tunnel was about 200 metres long.",
    );
    expect(q).toContainEqual({
      kind: "indirect",
      speaker: "Jamal Hardan",
      text: "the tunnel was about 200 metres long",
    });
  });

  it("still ends the phrase at a sentence's full stop after a title word", () => {
    const q = quotes("Some members asked whether it was linked. It did not, according to the captain.");
    expect(q).toContainEqual({ kind: "indirect", speaker: "the captain", text: "It did not" });
  });

  it("gives what is according to her office to the official who heads it", () => {
    const q = quotes(
      "Ingrid Solberg, Director of Coordination at OCHA, told the Council that the fire had killed two children. Since January, four flights have left Qamishli airport, according to her office.",
    );
    expect(q.at(-1)?.speaker).toBe("Ingrid Solberg");
  });

  it("gives what is according to a body's records or figures to the body, not to its document", () => {
    const q = quotes(
      "The Kurdistan Press Syndicate published its annual report on Sunday. Nine reporters were detained in Duhok this year, according to the Syndicate's records. Three of them are still held, according to the provincial police's latest figures.",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Kurdistan Press Syndicate", "provincial police"]);
  });

  it("reads 'used' after a bare plural subject as the reported clause's verb", () => {
    const q = quotes(
      "Researcher Mustafa Salman said smugglers still used the valley to move people towards Syria.",
    );
    expect(q).toEqual([
      {
        kind: "indirect",
        speaker: "Mustafa Salman",
        text: "smugglers still used the valley to move people towards Syria",
      },
    ]);
  });

  it("gives what a body's staff say to the staff", () => {
    const q = quotes("Consular staff say they will answer calls 24 hours a day.");
    expect(q).toEqual([
      { kind: "indirect", speaker: "Consular staff", text: "they will answer calls 24 hours a day" },
    ]);
  });

  it("reads a source's self-given name in marks as a name, and the source by it", () => {
    const q = quotes(
      'A channel calling itself "Wilayat al-Khayr News" said on Tuesday that its fighters had killed "five apostates" at an SDF checkpoint in Busayrah.',
    );
    expect(q.map((x) => x.speaker)).toEqual(["Wilayat al-Khayr News", "Wilayat al-Khayr News"]);
    expect(q.map((x) => x.text)).not.toContain("Wilayat al-Khayr News");
  });

  it("gives words quoted after a named body's own verb, in a clause another reports, to the body", () => {
    const q = quotes(
      'The representative of France, Hugo Leclercq, said the Syrian Democratic Forces had warned of "a real danger of escapes" from the annex.',
    );
    expect(q.find((x) => x.kind === "indirect")?.speaker).toBe("Hugo Leclercq");
    expect(q.find((x) => x.kind === "direct")?.speaker).toBe("Syrian Democratic Forces");
  });

  it("keeps words quoted in a reported clause with no named speaker of its own the reporter's", () => {
    const q = quotes('Hugo Leclercq said the camp was "a real danger" to the region.');
    expect(q.find((x) => x.kind === "direct")?.speaker).toBe("Hugo Leclercq");
  });

  it("opens the clause told with a negative subject", () => {
    const q = quotes(
      "A Jordanian officer at the checkpoint tells us no one has crossed the berm for months.",
    );
    expect(q[0]?.text).toBe("no one has crossed the berm for months");
  });
});

describe("bodies of set 41", () => {
  it("names a mission by the state it represents, the state no entity of its own", () => {
    const e = entities("British nationals should call the Embassy of the United Kingdom in Baghdad.");
    expect(e).toContain("organization: Embassy of the United Kingdom");
    expect(e).not.toContain("place: United Kingdom");
  });

  it("names the mission in a headline written as a title", () => {
    const e = entities(
      "Security Alert – Embassy of the United Kingdom, Baghdad\nMonday, 11 May 2026\n\nGunmen fired on a convoy near Rutba. The Embassy advises against travel.",
    );
    expect(e).toContain("organization: Embassy of the United Kingdom");
    expect(e).not.toContain("place: United Kingdom");
  });

  it("joins the mission named by its state to the one named by the state's adjective", () => {
    const e = entities(
      "The ministry handed the Turkish Embassy a note. It presents its compliments to the Embassy of the Republic of Türkiye in Baghdad.",
    );
    expect(e.filter((x) => x.includes("Embassy"))).toHaveLength(1);
  });

  it("reads the Iraqi police as a body, not the country", () => {
    const d = extract("Iraqi police said two drivers were wounded near Rutba.");
    expect(d.entities.map((e) => `${e.type}: ${e.name}`)).toContain("organization: Iraqi Police");
    expect(d.entities.map((e) => e.name)).not.toContain("Iraq");
    expect(d.quotes[0]?.speaker.name).toBe("Iraqi Police");
  });

  it("names a province's branch of a national force for the province", () => {
    const e = entities("Major Jamal Hardan of the Anbar Tribal Mobilisation said his men found a tunnel.");
    expect(e).toContain("organization: Anbar Tribal Mobilisation");
    expect(e).not.toContain("organization: Tribal Mobilization");
  });

  it("keeps a masthead's 'The' in the paper's name", () => {
    const e = entities(
      "EDITORIAL | The Northeast Herald | Friday 10 July 2026\n\nShaddadi is a warning.\n\nThe prison held 400 men.",
    );
    expect(e).toContain("organization: The Northeast Herald");
  });

  it("reads a state body's own country after 'of' as part of its name", () => {
    const e = entities(
      "Council of Representatives of Iraq\nSecurity and Defence Committee\n\nThe committee heard the commander of Nineveh Operations Command.",
    );
    expect(e).not.toContain("place: Iraq");
    expect(e.some((x) => x.startsWith("organization:"))).toBe(true);
  });

  it("knows the zone around al-Tanf by its radius", () => {
    const e = entities("Reporter's notebook: five days around the 55-kilometre zone near al-Tanf.");
    expect(e).toContain("place: 55-kilometre zone");
  });

  it("reads a country's adjective before an officer as his nationality", () => {
    const e = entities("A Jordanian officer at the checkpoint waved us through to Rukban.");
    expect(e).not.toContain("place: Jordan");
  });
});
