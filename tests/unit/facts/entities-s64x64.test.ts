import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Session 64 (x64) readings of entity recall and precision, on texts written for these tests. */

const named = (doc: ReturnType<typeof extract>, name: string) =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name));

const BODY = "\n\nA mine wounded two farmers near Sinjar on Friday, and volunteers carried them to the road.";

describe("a body's name on a letterhead shouted in capitals", () => {
  it("reads a service, a museum, a centre or a rescue team named by three words or more", () => {
    for (const head of [
      "KURDISTAN FORENSIC SERVICE",
      "DUHOK HERITAGE MUSEUM",
      "NAWROZ TRAUMA CENTRE",
      "HAJ OMRAN CAVE RESCUE",
    ]) {
      const doc = extract(`${head} · INCIDENT NOTE 7${BODY}`);
      expect(named(doc, head)?.type, head).toBe("organization");
    }
  });

  it("reads no body from such a noun after common words alone", () => {
    for (const head of ["CUSTOMER SERVICE", "VISITOR CENTRE", "MOUNTAIN RESCUE"]) {
      const doc = extract(`${head} · INCIDENT NOTE 7${BODY}`);
      expect(named(doc, head), head).toBeUndefined();
    }
  });

  it("reads a trust named by its remit after 'FOR'", () => {
    const doc = extract(`THE KARIMI TRUST FOR RURAL SCHOOLS${BODY}`);
    expect(named(doc, "KARIMI TRUST FOR RURAL SCHOOLS")?.type).toBe("organization");
  });

  it("reads a company to its legal form, across an ampersand and the form's full stop", () => {
    const doc = extract(`AL-FURAT PIPES & VALVES TRADING CO. (W.L.L.)\nHead office: Basra${BODY}`);
    expect(named(doc, "AL-FURAT PIPES & VALVES TRADING CO")?.type).toBe("organization");
    const plc = extract(`SHARAZUR MINERALS PLC · QUARTERLY UPDATE${BODY}`);
    expect(named(plc, "SHARAZUR MINERALS PLC")?.type).toBe("organization");
  });
});

describe("a body named for short by the end of its name", () => {
  it("reads 'the Operations Command' after 'the Salahuddin Operations Command' as that body", () => {
    const doc = extract(
      "Sappers of the Salahuddin Operations Command cleared a farm near Baiji on Monday. The Operations Command said four devices were made safe.",
    );
    const body = named(doc, "Salahuddin Operations Command");
    expect(body?.aliases).toContain("Operations Command");
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });

  it("keeps the short name apart when two bodies of the article end in it", () => {
    const doc = extract(
      "The Salahuddin Operations Command and the Diyala Operations Command held a joint meeting on Monday. The Operations Command said patrols would double.",
    );
    expect(named(doc, "Salahuddin Operations Command")?.aliases ?? []).not.toContain("Operations Command");
    expect(named(doc, "Diyala Operations Command")?.aliases ?? []).not.toContain("Operations Command");
  });
});

describe("an outlet named by a place and a number", () => {
  it("reads 'the local news network Hawran 24' as the outlet, not the region", () => {
    const doc = extract(
      "Two guards were shot at a checkpoint near Tafas, according to the local news network Hawran 24, which said the gunmen fled.",
    );
    expect(named(doc, "Hawran 24")?.type).toBe("organization");
    expect(doc.entities.find((e) => e.name === "Hauran")).toBeUndefined();
  });

  it("keeps the place where the number goes on as a quantity ('24 hours later')", () => {
    const doc = extract("Gunmen shot two guards in Nawa on Friday; the channel reached Nawa 24 hours later.");
    expect(named(doc, "Nawa")?.type).toBe("place");
    expect(named(doc, "Nawa 24")).toBeUndefined();
  });
});
