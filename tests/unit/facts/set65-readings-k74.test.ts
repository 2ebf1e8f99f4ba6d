import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 74 (k74) readings from set 65's leftovers, on texts written for these tests. */

const named = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name));

describe("a state's mission named by the state's name and a lower-case noun", () => {
  it("reads 'the Nepal embassy in Doha' as a body that speaks, and 'the embassy' as it", () => {
    const doc = extract(
      "Two Nepali drivers held near Kirkuk since Tuesday were released on Friday, the Nepal embassy in Doha said. The embassy said both men were in good health.",
    );
    const mission = named(doc, "Nepal embassy");
    expect(mission?.type).toBe("organization");
    expect(mission?.aliases).toContain("Nepal embassy in Doha");
    const quote = doc.quotes.find((q) => q.text.startsWith("Two Nepali drivers"));
    expect(quote?.speaker.entityId).toBe(mission?.id);
  });

  it("leaves 'the Czech embassy' (a nationality's adjective) a common noun", () => {
    const doc = extract(
      "The Polish embassy in Baghdad said on Friday that no Polish citizen had been hurt in Erbil.",
    );
    expect(doc.entities.some((e) => /embassy/i.test(e.name))).toBe(false);
    const us = extract("The US consulate in Erbil told staff to avoid the airport road on Friday.");
    expect(us.entities.some((e) => /consulate/i.test(e.name))).toBe(false);
    expect(us.entities.some((e) => e.name === "United States")).toBe(true);
  });
});

describe("two brothers who share the first and last words of their names", () => {
  it("keeps 'Md Jahangir Alam' and 'Md Alamgir Alam' two people", () => {
    const doc = extract(
      'The three, Md Jahangir Alam, 29, and Abdul Karim, 35, were hurt in the blast in Basra on Monday. Jahangir\'s cousin, Md Alamgir Alam, said from Sylhet: "We have not slept."',
    );
    expect(named(doc, "Md Jahangir Alam")?.aliases ?? []).not.toContain("Md Alamgir Alam");
    expect(named(doc, "Md Alamgir Alam")).toBeDefined();
    expect(doc.quotes[0]?.speaker.name).toBe("Md Alamgir Alam");
  });
});

describe("a body's national chapter, its name and a country after a spaced dash", () => {
  const report = [
    "RIVER RIGHTS WATCH – IRAQ",
    "Quarterly note · Water and conflict · October 2026",
    "",
    "In October the Watch recorded four attacks on pumping stations in Basra province. A guard was wounded near Qurna on 12 October.",
    "",
    "River Rights Watch – Iraq, Erbil",
  ].join("\n");

  it("reads the masthead and the signature as one body, the country inside its name", () => {
    const doc = extract(report);
    const body = named(doc, "RIVER RIGHTS WATCH – IRAQ") ?? named(doc, "River Rights Watch – Iraq");
    expect(body?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "Iraq")).toBe(false);
  });

  it("reads no body from a shouted one-word label the text also writes", () => {
    const doc = extract(
      "BULLETIN\n\nThe Bulletin is issued weekly. A mine wounded two farmers near Sinjar on Friday.",
    );
    expect(doc.entities.some((e) => /bulletin/i.test(e.name))).toBe(false);
  });

  it("keeps a shouted body's name and its country apart when the text never writes them together", () => {
    const doc = extract(
      "SINJAR FARMERS UNION – IRAQ\nStatement\n\nA mine wounded two farmers near Sinjar on Friday.",
    );
    expect(doc.entities.some((e) => e.name.endsWith("– IRAQ"))).toBe(false);
  });

  it("keeps a country after a dash inside a sentence a place", () => {
    const doc = extract(
      "Fighting went on near the border – Iraq said on Monday that two of its guards were hurt.",
    );
    expect(named(doc, "Iraq")?.type).toBe("place");
  });
});

describe("a direction before Iraq", () => {
  it("reads 'southern Iraq' as a region of its own, and 'north-western Iraq' still as the country", () => {
    const doc = extract(
      "A tanker driver was wounded near an oil depot in southern Iraq on Friday. His convoy had come from north-western Iraq.",
    );
    expect(named(doc, "Southern Iraq")?.mentions[0]?.text).toBe("southern Iraq");
    expect(named(doc, "north-western Iraq")?.name).toBe("Iraq");
  });

  it("keeps 'central and southern Iraq' the country, a stretch wider than its south", () => {
    const doc = extract(
      "Feuds over water have killed dozens in central and southern Iraq this year, officials in Nasiriyah said.",
    );
    expect(doc.entities.some((e) => e.name === "Southern Iraq")).toBe(false);
    expect(named(doc, "Iraq")?.type).toBe("place");
  });
});

describe("a quotation inside a quotation", () => {
  it("reads the first word of a quoted sentence opened after a comma as a sentence's first word", () => {
    const doc = extract("Her son rang from the clinic. ‘He kept saying, “Tell Dad I am fine,”’ she said.");
    expect(doc.entities.some((e) => e.name.startsWith("Tell"))).toBe(false);
  });
});

describe("a surname's Arabic ending spelled '-eh' once and '-a' once", () => {
  it("reads 'al-Rawabdeh' and 'al-Rawabda' as one man, who speaks", () => {
    const doc = extract(
      'The police spokesman in Mafraq, Captain Khaled al-Rawabdeh, told reporters that the car had been found burnt out. Two men had been questioned, al-Rawabda said. "We know who they are," he added.',
    );
    const man = named(doc, "Khaled al-Rawabdeh");
    expect(man?.aliases).toContain("al-Rawabda");
    const quote = doc.quotes.find((q) => q.text.startsWith("Two men"));
    expect(quote?.speaker.entityId).toBe(man?.id);
  });
});
