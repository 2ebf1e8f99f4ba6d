import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 57 (p57) readings of entity precision, on sentences written for these tests. */

describe("a body named after a known place on the opening title line", () => {
  it("reads a title line's part 'place + capitalised words + body noun' as the body, not the place", () => {
    const doc = extract(
      "INCIDENT NOTE IN-2026-114 · Hamrin Drilling Services · Field Office, Kirkuk\nIssued Monday 9 March 2026\n\nA crew truck struck a mine near Dibis on Sunday; the driver was hurt, police said.",
    );
    expect(entityNamed(doc, "Hamrin Drilling Services")?.type).toBe("organization");
    expect(entityNamed(doc, "Hamrin Mountains")).toBeUndefined();
    expect(entityNamed(doc, "Dibis")).toBeDefined();
  });

  it("keeps the place of a title part that ends in no body's noun", () => {
    const doc = extract(
      "Gunmen Attack Kirkuk Oil Convoy Near Dibis Overnight\n\nGunmen attacked a convoy of tankers near Dibis on Sunday night, police said.",
    );
    expect(entityNamed(doc, "Kirkuk")).toBeDefined();
  });

  it("reads a consortium shouted on a letterhead as a body's whole name", () => {
    const doc = extract(
      "KHABUR WATER CONSORTIUM\nField Note No. 4\n\nGunmen fired on a pump station crew near Tal Tamr on Tuesday, wounding one engineer.",
    );
    expect(entityNamed(doc, "KHABUR WATER CONSORTIUM")?.type).toBe("organization");
    expect(entityNamed(doc, "Khabur")).toBeUndefined();
  });
});

describe("a question word heading in capitals", () => {
  it("does not read 'WHO' before an article as the health body", () => {
    const doc = extract(
      "FIRST AID COURSE · Brochure\nPublished Monday 2 February 2026\n\nWHO THE TRAINING IS FOR\n\nThe training is for drivers working on the roads of Nineveh.",
    );
    expect(entityNamed(doc, "World Health Organization")).toBeUndefined();
  });

  it("still reads 'WHO' before a verb as the body", () => {
    const doc = extract(
      "WHO WARNS OF CHOLERA IN DEIR EZ-ZOR\n\nThe WHO said on Tuesday that cases of cholera had risen in Deir ez-Zor.",
    );
    expect(entityNamed(doc, "World Health Organization")).toBeDefined();
  });
});

describe("a body's name in common words after the indefinite article", () => {
  it("does not read 'a red cross' painted on a door as the ICRC", () => {
    const doc = extract("Deminers marked the door of the house in Sinjar with a red cross on Wednesday.");
    expect(entityNamed(doc, "International Committee of the Red Cross")).toBeUndefined();
  });

  it("still reads 'the Red Cross' as the ICRC", () => {
    const doc = extract("The Red Cross said on Wednesday that it had visited the prison in Sinjar.");
    expect(entityNamed(doc, "International Committee of the Red Cross")).toBeDefined();
  });
});

describe("an outlet named by 'voice' before a known name", () => {
  it("reads 'Sawt' before a town as the paper, not the town", () => {
    const doc = extract(
      "A police officer told Sawt Tikrit on Sunday that two shepherds were missing near Baiji.",
    );
    expect(entityNamed(doc, "Sawt Tikrit")?.type).toBe("organization");
    expect(entityNamed(doc, "Tikrit")).toBeUndefined();
  });

  it("reads 'Sawt' before a known channel's name as another outlet", () => {
    const doc = extract(
      "The camp's director told Sawt al-Jazeera on Sunday that the search in Roj was over.",
    );
    expect(entityNamed(doc, "Sawt al-Jazeera")?.type).toBe("organization");
    expect(entityNamed(doc, "Al Jazeera")).toBeUndefined();
  });

  it("keeps the town when the opener does not stand right before it", () => {
    const doc = extract(
      "A reporter of the paper Sawt told us in Tikrit on Sunday that two shepherds were missing near Baiji.",
    );
    expect(entityNamed(doc, "Tikrit")).toBeDefined();
  });
});

describe("a field label after a header's separator", () => {
  it("does not read 'Region:' opening a field after '·' as a place", () => {
    const doc = extract(
      "EASTERN WIRE · Alert history · Region: Diyala\nExported Friday 20 March 2026\n\nGunmen attacked a checkpoint near Jalawla on Thursday, police said.",
    );
    expect(entityNamed(doc, "Region")).toBeUndefined();
    expect(entityNamed(doc, "Diyala")).toBeDefined();
  });

  it("keeps a place's name before a colon after a separator", () => {
    const doc = extract(
      "EASTERN WIRE · Alert history · Diyala: Jalawla\nExported Friday 20 March 2026\n\nGunmen attacked a checkpoint near Jalawla on Thursday, police said.",
    );
    expect(entityNamed(doc, "Diyala")).toBeDefined();
  });
});

describe("the Kurdistan Region's interior ministry written out", () => {
  it("reads 'the Ministry of Interior of the Kurdistan Region' as the KRG's ministry, not Iraq's", () => {
    const doc = extract(
      "According to the Ministry of Interior of the Kurdistan Region, six drone strikes hit villages near Sidakan in May.",
    );
    expect(entityNamed(doc, "Kurdistan Region Ministry of Interior")).toBeDefined();
    expect(entityNamed(doc, "Iraqi Ministry of Interior")).toBeUndefined();
  });

  it("still reads the federal ministry written out with Iraq", () => {
    const doc = extract(
      "The Iraqi Ministry of Interior said six smugglers were arrested near al-Qaim in May.",
    );
    expect(entityNamed(doc, "Iraqi Ministry of Interior")).toBeDefined();
  });
});

describe("a sports team named after a town", () => {
  it("reads 'Team' before a known town and a capitalised word as the team", () => {
    const doc = extract("Soran Aziz of Team Duhok Velo kept the lead after the stage to Zakho on Sunday.");
    expect(entityNamed(doc, "Team Duhok Velo")?.type).toBe("organization");
    expect(entityNamed(doc, "Duhok")).toBeUndefined();
    expect(entityNamed(doc, "Zakho")).toBeDefined();
  });

  it("does not read a 'Team Leader' title as a team", () => {
    const doc = extract("Soran Aziz, Team Leader in Duhok, said a mine exploded near Zakho on Sunday.");
    expect(entityNamed(doc, "Duhok")).toBeDefined();
  });
});

describe("a bridge named after its quarter or town", () => {
  it("keeps 'bridge' with the known quarter's name, as the article spells it", () => {
    const doc = extract(
      "Two cars blocked the engineer's car near the Ghazaliya bridge in Baghdad on Saturday.",
    );
    expect(entityNamed(doc, "Ghazaliya bridge")).toBeDefined();
  });

  it("does not take a bridge of another name into the town", () => {
    const doc = extract(
      "Two cars blocked the engineer's car in Ghazaliya near the old iron bridge on Saturday.",
    );
    expect(entityNamed(doc, "Ghazaliya")?.aliases ?? []).not.toContain("Ghazaliya bridge");
  });
});
