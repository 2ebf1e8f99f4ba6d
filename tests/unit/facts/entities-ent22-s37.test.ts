import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Company names with a legal-form suffix and forms of address in letters; made-up text. */

describe("a company's name that ends in its legal form", () => {
  it("'Tigris Star General Trading Co.' is one company, not a general called 'Trading Co'", () => {
    const doc = extract(
      "The ministry awarded the contract to Tigris Star General Trading Co. for 40 million dinars on Monday.",
    );
    const firm = entityNamed(doc, "Tigris Star General Trading Co");
    expect(firm?.type).toBe("organization");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
  it("'Zagros Haulage Ltd' is an organization", () => {
    const doc = extract("Trucks of Zagros Haulage Ltd were stopped near Rabia on Tuesday, drivers said.");
    expect(entityNamed(doc, "Zagros Haulage Ltd")?.type).toBe("organization");
  });
  it("a general's name is still cut from his rank", () => {
    const doc = extract("General Karim Hassan said the road was open again on Tuesday.");
    expect(entityNamed(doc, "Karim Hassan")?.type).toBe("person");
  });
});

describe("a form of address in a letter", () => {
  it("'Dear Sir,' names no person", () => {
    const doc = extract(
      "To: The Director General, Basra Ports Directorate\n\nDear Sir,\n\nWe give notice that our yard in Umm Qasr was attacked on Sunday night.",
    );
    expect(doc.entities.some((e) => e.name === "Sir")).toBe(false);
    expect(doc.entities.some((e) => e.name === "Umm Qasr")).toBe(true);
  });
  it("'Dear Madam' names no person", () => {
    const doc = extract("Dear Madam,\n\nThank you for your letter about the checkpoint at Tikrit.");
    expect(doc.entities.some((e) => e.type === "person")).toBe(false);
  });
});

describe("cooperatives, leagues and trusts are bodies", () => {
  it("'Dijla Farmers Cooperative' is an organization, not a place", () => {
    const doc = extract(
      "The Dijla Farmers Cooperative in Tikrit said its warehouse was looted on Sunday night.",
    );
    expect(entityNamed(doc, "Dijla Farmers Cooperative")?.type).toBe("organization");
  });
  it("'Sinjar Youth League' is one body, not the town and a fragment", () => {
    const doc = extract(
      "Sinjar Youth League, Sinjar · £9,000\n\nThe league trains 200 boys in Sinuni, its coach Dilan Murad said.",
    );
    expect(entityNamed(doc, "Sinjar Youth League")?.type).toBe("organization");
    expect(doc.entities.some((e) => e.name === "Youth League")).toBe(false);
  });
  it("a cooperative's shouted letterhead names the cooperative", () => {
    const doc = extract(
      "AL-AMAL HOUSING COOPERATIVE · BASRA\n\nMembers of the cooperative met on Friday after a break-in at Block A.",
    );
    expect(
      doc.entities.some((e) => e.type === "organization" && /al-amal housing cooperative/i.test(e.name)),
    ).toBe(true);
  });
});

describe("a river's bank on a letterhead", () => {
  it("'MOSUL (LEFT BANK)' names no bank", () => {
    const doc = extract(
      "AL-AMAL HOUSING COOPERATIVE · AL-ZUHUR, MOSUL (LEFT BANK)\n\nMembers met on Friday after a break-in at Block A.",
    );
    expect(doc.entities.some((e) => /left bank/i.test(e.name))).toBe(false);
  });
});

describe("a field of work named by its subject", () => {
  it("'Border and Security Technology' in an exhibition's title is no body", () => {
    const doc = extract(
      "BORDERSEC 2026\n4th International Exhibition for Border and Security Technology\nBaghdad International Fairground\n\nExhibitors from Turkey will show cameras.",
    );
    expect(doc.entities.some((e) => e.name === "Security Technology")).toBe(false);
  });
  it("a company named for its systems is an organization", () => {
    const doc = extract(
      "HALL 3\n\nStand 3-A12 · Rafidain Scanning Systems (Baghdad)\nVehicle and container X-ray portals. Its portal at the al-Qaim crossing found pills in a lorry.",
    );
    expect(entityNamed(doc, "Rafidain Scanning Systems")?.type).toBe("organization");
  });
});
