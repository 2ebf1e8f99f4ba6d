import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 49 (s49n): extraction precision, spurious entities read as what they are. */

describe("a humanitarian cluster's name on a letterhead is a body", () => {
  it("'... PROTECTION SUB-CLUSTER' is the body, and its region is no place of the story", () => {
    const doc = extract(
      "WESTERN IRAQ PROTECTION SUB-CLUSTER\nMonthly note\n\nPartners visited families in Rutba in June.",
    );
    expect(entityNamed(doc, "WESTERN IRAQ PROTECTION SUB-CLUSTER")?.type).toBe("organization");
    expect(doc.entities.find((e) => e.type === "place" && /iraq/i.test(e.name))).toBeUndefined();
  });

  it("'... SHELTER CLUSTER' is the body too", () => {
    const doc = extract("NORTHWEST SYRIA SHELTER CLUSTER\nUpdate\n\nTents were sent to Idlib in May.");
    expect(entityNamed(doc, "NORTHWEST SYRIA SHELTER CLUSTER")?.type).toBe("organization");
  });
});

describe("a country's adjective before an aircraft's type code is the machine's marking", () => {
  it("'Jordanian F-16s struck' names no Jordan", () => {
    const doc = extract(
      "Jordanian F-16s struck two smugglers' depots near the border on Monday, officials said.",
    );
    expect(doc.entities.find((e) => e.name === "Jordan")).toBeUndefined();
  });

  it("'a Syrian MiG-23' names no Syria, but Syria named elsewhere stays", () => {
    const lone = extract("A Syrian MiG-23 crashed in the desert near Palmyra on Sunday.");
    expect(lone.entities.find((e) => e.name === "Syria")).toBeUndefined();
    const kept = extract("A Syrian MiG-23 crashed near Palmyra. Syria said the pilot had ejected.");
    expect(kept.entities.find((e) => e.name === "Syria")).toBeDefined();
  });
});

describe("a river's name opening a desk's, a body's or a publication's name is no river", () => {
  it("'the Tigris Research Desk' under a centre's letterhead names no river", () => {
    const doc = extract(
      "ZAB POLICY CENTRE\nBriefing note\n\nThe figures were compiled by the Tigris Research Desk from local sources in Mosul.",
    );
    expect(doc.entities.find((e) => e.type === "place" && /tigris/i.test(e.name))).toBeUndefined();
  });

  it("'(Euphrates Wire)' after a dateline is the agency, not the river", () => {
    const doc = extract(
      "RAQQA, May 4 (Euphrates Wire) - Two men were killed by a mine near Tabqa on Sunday.",
    );
    expect(doc.entities.find((e) => e.type === "place" && /euphrates/i.test(e.name))).toBeUndefined();
  });

  it("the river itself stays: 'the Euphrates River', 'the Tigris on Monday'", () => {
    const a = extract("Fighters crossed the Euphrates River near Hajin before dawn.");
    expect(a.entities.find((e) => e.type === "place" && /euphrates/i.test(e.name))).toBeDefined();
    const b = extract("A boat capsized on the Tigris on Monday near Tarmiyah, police said.");
    expect(b.entities.find((e) => e.type === "place" && /tigris/i.test(e.name))).toBeDefined();
  });
});

describe("a country's adjective before its rules used as a yardstick is an aside", () => {
  it("'under Jordanian law' names no Jordan", () => {
    const doc = extract(
      "The men can be held for only four days under Jordanian law, their lawyer said in Mafraq.",
    );
    expect(doc.entities.find((e) => e.name === "Jordan")).toBeUndefined();
  });

  it("'nine times the Syrian limit' and 'the Syrian support price' name no Syria", () => {
    const doc = extract(
      "Lead in the canal at Tabqa was nine times the Syrian limit. Farmers sold barley below the Syrian support price.",
    );
    expect(doc.entities.find((e) => e.name === "Syria")).toBeUndefined();
  });
});

describe("a wire slug's country before a slash files the story, as a dateline does", () => {
  it("'URGENT -- IRAQ/RUTBA --' and 'RUTBA, Iraq,' name no Iraq", () => {
    const doc = extract(
      "URGENT -- IRAQ/RUTBA -- Roadside bomb kills two soldiers near Rutba\n\nRUTBA, Iraq, May 3 (Levant Wire) - A roadside bomb killed two soldiers near Rutba on Sunday, police said.",
    );
    expect(doc.entities.find((e) => e.name === "Iraq")).toBeUndefined();
    expect(doc.entities.find((e) => e.name === "Rutba")).toBeDefined();
  });
});

describe("a country's adjective before its envoys and organs abroad is an aside", () => {
  it("'the Turkish and Iranian embassies issued statements' names neither country", () => {
    const doc = extract(
      "The Turkish and Iranian embassies issued brief statements of condolence after the bombing in Tikrit.",
    );
    expect(doc.entities.find((e) => e.name === "Turkey" || e.name === "Iran")).toBeUndefined();
  });

  it("'Lebanese interior ministers' and 'the Qatari capital' name neither country", () => {
    const doc = extract(
      "Former Lebanese interior ministers met in Erbil. The talks later moved to the Qatari capital.",
    );
    expect(doc.entities.find((e) => e.name === "Lebanon" || e.name === "Qatar")).toBeUndefined();
  });
});

describe("a site's common noun alone is no name", () => {
  it("'The Checkpoint at Night', a song's title, names no facility", () => {
    const doc = extract("Track list: 1. Wheat in June. 2. The Checkpoint at Night. 3. Hawija Lullaby.");
    expect(doc.entities.find((e) => e.name === "Checkpoint")).toBeUndefined();
  });
});
