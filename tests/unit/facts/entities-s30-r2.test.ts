import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Logs, notices and bulletins: waterways, ranks, calendar words and site labels, on made-up text. */

describe("Arabic names of waterways", () => {
  it("'Khor' (inlet) and 'Shatt' (river) open a place's name as 'Wadi' does", () => {
    const doc = extract(
      "The barge anchored in the Khor Musa at dusk and sailed for Khor al-Amaya. The skiffs had come down the Shatt al-Gharraf, a fisherman said.",
    );
    expect(entityNamed(doc, "Khor Musa")?.type).toBe("place");
    expect(entityNamed(doc, "Khor al-Amaya")?.type).toBe("place");
    expect(entityNamed(doc, "Shatt al-Gharraf")?.type).toBe("place");
  });
});

describe("another spelling in brackets", () => {
  it("'(also X)' joins the place it follows, even where X alone reads as a kunya", () => {
    const doc = extract("A customs officer at Umm Qasr (also Umm Qasir) said the trucks were searched.");
    const port = entityNamed(doc, "Umm Qasr");
    expect(port?.type).toBe("place");
    expect(port?.aliases).toContain("Umm Qasir");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(0);
  });
});

describe("a ship's master", () => {
  it("'Master' after the captain's name in a signature is his rank, not a second man", () => {
    const doc = extract("The cargo was discharged without loss.\n\nCaptain Yusuf Karim Salman, Master\n");
    expect(doc.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([
      "Yusuf Karim Salman",
    ]);
  });
});

describe("common nouns of sites alone", () => {
  it("'Camp', 'Checkpoint' and 'Port' opening a log's line name no site", () => {
    const doc = extract(
      "ENTRY 3 · Camp 5 accommodation\n\nWater tank damaged.\n\n4. Checkpoint on the Tikrit road\n\nPort security informed in writing.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain("Camp");
    expect(doc.entities.map((e) => e.name)).not.toContain("Checkpoint");
    expect(doc.entities.map((e) => e.name)).not.toContain("Port");
  });

  it("'Gate 2, <place>' labels a gate of the site, while 'Tower 22' stays a base", () => {
    const doc = extract(
      "ENTRY 1 · PROTEST · Gate 2, Rumaila North\n\nMen blocked the gate for an hour. Drones later struck Tower 22, a base in Jordan.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain("Gate 2");
    expect(entityNamed(doc, "Rumaila")?.type).toBe("place");
    expect(entityNamed(doc, "Tower 22")?.type).toBe("facility");
  });
});

describe("Hijri months", () => {
  it("'Rabi al-Awwal' and 'Jumada al-Akhira' are months, while 'Rabi Hassan' is a man", () => {
    const doc = extract(
      "The note told foreigners to leave before the month of Rabi al-Awwal ends. Another gave them until Jumada al-Akhira, said Rabi Hassan, a guard.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain("Rabi al-Awwal");
    expect(doc.entities.map((e) => e.name)).not.toContain("Jumada al-Akhira");
    expect(entityNamed(doc, "Rabi Hassan")?.type).toBe("person");
  });
});

describe("tribes named 'Bani X'", () => {
  it("'clans of the Bani Tamim' is a tribe, a body of people", () => {
    const doc = extract(
      "Gunfire was heard for an hour between two clans of the Bani Tamim over a land dispute.",
    );
    expect(entityNamed(doc, "Bani Tamim")?.type).toBe("organization");
  });
});

describe("a capitalised head word that refers back", () => {
  it("'the Region's territory' inside a sentence is still read, 'a Region' is not a place", () => {
    const doc = extract(
      "The Kurdistan Region's interior ministry rejected the use of the Region's territory for attacks. The law covers governorates not incorporated into a Region.",
    );
    const region = doc.entities.find((e) => e.name === "Kurdistan Region" || e.aliases.includes("Region"));
    expect(region).toBeDefined();
    expect(doc.entities.filter((e) => e.name === "Region")).toHaveLength(0);
  });
});

describe("labels and titles that are not actors", () => {
  it("transcript labels 'FIRST SPEAKER:' name nobody", () => {
    const doc = extract(
      "FIRST SPEAKER: Twenty of them are gone.\n\nSECOND SPEAKER: Two of ours are dead.\n\nFIRST SPEAKER: Pull back.",
    );
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(0);
  });

  it("the last field of an office's portfolio is not a body", () => {
    const doc = extract(
      "The trade funds militias, the Under Secretary for Terrorism and Financial Intelligence said on Monday.",
    );
    expect(doc.entities.map((e) => e.name)).not.toContain("Financial Intelligence");
  });

  it("a body's machines are no name to show for it: 'Coalition helicopters'", () => {
    const doc = extract("Coalition helicopters struck the hideout on Tuesday, the SDF said.");
    const coalition = doc.entities.find((e) => e.lexiconId === "org/coalition");
    expect(coalition?.surface ?? coalition?.name).not.toMatch(/helicopters/);
  });

  it("letters inside a reference code are not the body they abbreviate", () => {
    const doc = extract("Insurer's ref.: GI-KRG-7731. The convoy was hit near Baiji on Monday.");
    expect(doc.entities.some((e) => e.name === "Kurdistan Regional Government")).toBe(false);
  });
});

describe("names met in sanctions notices and bulletins", () => {
  it("'led by Syrian national Farhan Dulaimi': a given name of the region opens a man's name", () => {
    const doc = extract("The network, led by Syrian national Farhan Dulaimi, moves pills across the border.");
    expect(entityNamed(doc, "Farhan Dulaimi")?.type).toBe("person");
  });

  it("'Mar Behnam' after 'monastery of' is the monastery's place; a bishop styled 'Mar' stays a man", () => {
    const doc = extract(
      "Pilgrims walked to the monastery of Mar Behnam on Sunday. Patriarch Mar Louis Sako said the road was safe.",
    );
    expect(entityNamed(doc, "Mar Behnam")?.type).toBe("place");
    expect(doc.entities.find((e) => /Sako/.test(e.name))?.type).toBe("person");
  });
});

describe("twin border posts", () => {
  it("the Jordanian Jaber post and the Syrian Nassib post are two places, each also spelled bare", () => {
    const doc = extract(
      "Customs at the Jaber crossing stopped a lorry that had entered from Syria through the Nassib crossing.",
    );
    const jaber = doc.entities.find((e) => e.name === "Jaber crossing");
    const nassib = doc.entities.find((e) => e.name === "Nassib crossing");
    expect(jaber).toBeDefined();
    expect(nassib).toBeDefined();
    expect(jaber).not.toBe(nassib);
    expect(jaber?.aliases).toContain("Jaber");
  });

  it("Habur (Turkey) and Ibrahim Khalil (Iraq) are two posts", () => {
    const doc = extract(
      "Trucks queued at the Ibrahim Khalil crossing after Turkish customs officers at Habur found explosives.",
    );
    expect(doc.entities.find((e) => e.name === "Habur crossing")?.lexiconId).toBe("facility/habur-crossing");
    expect(doc.entities.find((e) => e.name === "Ibrahim Khalil crossing")).toBeDefined();
  });
});
