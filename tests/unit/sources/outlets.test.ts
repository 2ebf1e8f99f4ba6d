import { describe, expect, it } from "vitest";
import { gradeSource, OUTLETS, outletByName, outletClass } from "../../../src/core/sources/outlets.js";

describe("the outlet registry", () => {
  it("grades the UN's bodies, humanitarian and rights organisations, and regional outlets a desk reads, with a reason", () => {
    const grade = (name: string) => gradeSource(name, new Map());
    expect(grade("UN OCHA")).toMatchObject({ reliability: "B", kind: "un" });
    expect(grade("UN Meetings Coverage and Press Releases")).toMatchObject({ reliability: "B", kind: "un" });
    expect(grade("Middle East Eye")).toMatchObject({ reliability: "C", kind: "regional" });
    // Open-source investigators show what their finding rests on: imagery and its method.
    expect(grade("Bellingcat")).toMatchObject({ reliability: "B", kind: "monitor" });
    expect(grade("Human Rights Watch").kind).toBe("ngo");
    expect(grade("Al-Ikhbariya")).toMatchObject({ reliability: "D", kind: "state-media" });
    expect(grade("Crisis24").kind).toBe("risk-consultancy");
    // A government speaking of its own operations is a party to them.
    expect(grade("Iraqi Security Media Cell")).toMatchObject({ kind: "official", party: false });
    expect(grade("A blog nobody has graded")).toMatchObject({ reliability: "F", kind: null });
  });

  it("finds an outlet by its alias or a longer name that starts with it", () => {
    expect(outletByName("OCHA")?.name).toBe("UN OCHA");
    expect(outletByName("MSF")?.name).toBe("Médecins Sans Frontières");
    expect(outletByName("Middle East Eye (London)")?.name).toBe("Middle East Eye");
    // A short acronym in capitals leads a longer name: the body's unit or bureau is the body.
    expect(outletByName("IOM Displacement Tracking Matrix (DTM) Syria")?.name).toBe(
      "International Organization for Migration",
    );
    expect(outletByName("AFP Beirut bureau")?.name).toBe("Agence France-Presse");
    // In lower case it is a word, not the acronym.
    expect(outletByName("Aa Smith's blog")).toBeUndefined();
  });

  it("names each outlet and alias once, so a name never carries two grades", () => {
    const names = OUTLETS.flatMap((o) => [...new Set([o.name, ...o.aliases].map((n) => n.toLowerCase()))]);
    expect(names.length).toBe(new Set(names).size);
    for (const o of OUTLETS) expect(o.reason.length).toBeGreaterThan(10);
  });
});

describe("outlets of the region and classes of unseen sources", () => {
  const grade = (name: string) => gradeSource(name, new Map());

  it("grades the region's outlets a briefing met ungraded, with or without 'The' or a description", () => {
    expect(grade("The Jordan Times")).toMatchObject({ reliability: "C", kind: "regional" });
    expect(grade("Ammon News")).toMatchObject({ reliability: "C", kind: "regional" });
    expect(grade("Iraqi Council of Representatives (resolution text)")).toMatchObject({ kind: "official" });
    expect(grade("UK Parliament, written questions and answers")).toMatchObject({
      reliability: "B",
      kind: "official",
    });
  });

  it("gives a state news agency it does not know the grade of state media", () => {
    for (const name of ["Bahrain News Agency", "Oman News Agency (ONA)", "Yemeni News Agency Saba"])
      expect(grade(name), name).toMatchObject({ kind: "state-media", reliability: "C" });
    expect(outletClass("Amaq News Agency of the caliphate")).toBeNull();
  });

  it("gives an unseen journal, university or peer-reviewed paper a kind of its own", () => {
    for (const name of [
      "Journal of Middle Eastern Security (article abstract)",
      "Levant Quarterly",
      "University of Basra working paper",
      "A peer-reviewed study",
    ])
      expect(grade(name), name).toMatchObject({ kind: "academic", reliability: "C" });
  });

  it("gives an unseen parliament, ministry, command or government CERT the grade of an official source", () => {
    for (const name of [
      "Kurdistan Region CERT",
      "Egyptian Ministry of Foreign Affairs",
      "Lebanese Army Command",
      "Iraqi Kurdistan Parliament",
      "Turkish Presidency Directorate of Communications",
      "Joint Task Force Bravo",
    ])
      expect(grade(name), name).toMatchObject({ kind: "official", reliability: "C" });
  });

  it("grades the coalition's headquarters as CENTCOM, an official source speaking for the coalition", () => {
    for (const name of [
      "Combined Joint Task Force - Operation Inherent Resolve (press release)",
      "Combined Joint Task Force – Operation Inherent Resolve",
      "CJTF-OIR",
    ])
      expect(grade(name), name).toMatchObject({
        kind: "official",
        reliability: "B",
        party: true,
        speaksFor: "org/coalition",
      });
    expect(grade("Task Force Times").kind).toBeNull();
  });

  it("does not read a newspaper named for an institution as the institution", () => {
    expect(grade("Army Times")).toMatchObject({ reliability: "F", kind: null });
    expect(grade("Parliament TV News")).toMatchObject({ reliability: "F", kind: null });
    expect(grade("A blog nobody has graded")).toMatchObject({ reliability: "F", kind: null });
  });

  it("grades the wires, institutes and safety organisations an analyst would not leave at F", () => {
    expect(grade("dpa")).toMatchObject({ kind: "wire", reliability: "B" });
    expect(grade("Deutsche Presse-Agentur")).toMatchObject({ kind: "wire", reliability: "B" });
    expect(grade("INSO")).toMatchObject({ kind: "ngo", reliability: "B" });
    expect(grade("IISS")).toMatchObject({ kind: "think-tank", reliability: "B" });
    expect(grade("The Military Balance 2025")).toMatchObject({ kind: "think-tank" });
  });

  it("grades the US national outlets that break Washington's defence news as international papers of record", () => {
    for (const name of ["Politico", "POLITICO", "NBC News", "Axios"])
      expect(grade(name)).toMatchObject({ kind: "international", reliability: "B" });
    expect(grade("Axiom Daily").reliability).toBe("F");
  });

  it("gives an unseen research institute the grade of an analytic shop, not of a public body or a paper", () => {
    for (const name of [
      "Levant Centre for Policy Research",
      "Iraqi Institute for Strategic Studies",
      "Middle East Forum on Security",
    ])
      expect(grade(name), name).toMatchObject({ kind: "think-tank", reliability: "C" });
    expect(grade("Centre for Victims of Torture Times").kind).toBeNull();
  });

  it("grades the UN agencies, deminers and Red Crescent societies that report from their own field teams", () => {
    expect(grade("WFP")).toMatchObject({ kind: "un", reliability: "B" });
    expect(grade("World Food Programme (market monitor)")).toMatchObject({ kind: "un" });
    expect(grade("IOM")).toMatchObject({ kind: "un", reliability: "B" });
    expect(grade("The HALO Trust")).toMatchObject({ kind: "ngo", reliability: "B" });
    expect(grade("HALO Trust field report")).toMatchObject({ kind: "ngo" });
    expect(grade("Syrian Arab Red Crescent")).toMatchObject({ kind: "ngo", reliability: "B" });
  });

  it("gives an unseen court or judicial body the grade of an official source", () => {
    for (const name of [
      "Supreme Judicial Council",
      "Nineveh Investigation Court",
      "Iraqi Federal Court",
      "Public Prosecution of the Kurdistan Region",
    ])
      expect(grade(name), name).toMatchObject({ kind: "official", reliability: "C" });
    expect(grade("Court TV").kind).toBeNull();
  });

  it("grades the outlets, rights groups and analytic shops a desk knows by name, and the public bodies by the form of theirs", () => {
    expect(grade("Alhurra TV (transcript)")).toMatchObject({ kind: "international", reliability: "C" });
    expect(grade("Reprieve")).toMatchObject({ kind: "ngo", reliability: "B" });
    expect(grade("War on the Rocks")).toMatchObject({ kind: "think-tank", reliability: "C" });
    expect(grade("Halab Today TV (website)")).toMatchObject({ kind: "regional", reliability: "C" });
    expect(grade("Al-Manar")).toMatchObject({ kind: "regional", reliability: "D" });
    for (const name of [
      "Syrian Border Forces Command (statement)",
      "Kuwaiti Civil Aviation Authority (notice to airmen)",
      "Danish Public Prosecution Service (news release)",
      "Lebanese State Security Service",
      "Syrian Prime Minister's Media Office",
      "Office of the Inspector General, US Department of State",
    ])
      expect(grade(name), name).toMatchObject({ kind: "official", reliability: "C" });
    expect(grade("Levant Research Institute")).toMatchObject({ kind: "think-tank" });
    expect(grade("Border Command News")).toMatchObject({ kind: null, reliability: "F" });
    expect(grade("Administration of the Roj camp")).toMatchObject({ kind: "official", reliability: "C" });
    expect(grade("Frankfurter Allgemeine")).toMatchObject({ kind: "international", reliability: "B" });
  });

  it("grades the state channels, dailies and analytic shops a desk knows, with the name a byline prints", () => {
    expect(grade("Al Alam News Network")).toMatchObject({ kind: "state-media", reliability: "D" });
    expect(grade("RIA Novosti (Russian state agency)")).toMatchObject({
      kind: "state-media",
      reliability: "D",
    });
    expect(grade("Helsingin Sanomat")).toMatchObject({ kind: "international", reliability: "B" });
    expect(grade("Ezidi Press")).toMatchObject({ kind: "regional", reliability: "C" });
    expect(grade("Century International")).toMatchObject({ kind: "think-tank", reliability: "C" });
    expect(grade("Iraqi Federation of Industries (statement)")).toMatchObject({
      kind: "official",
      reliability: "D",
    });
    expect(grade("STFC")).toMatchObject({ kind: "official", reliability: "C" });
  });

  it("grades wires, papers, partisan dailies and a legislature's research service by the name a byline prints", () => {
    expect(grade("AAP")).toMatchObject({ kind: "wire", reliability: "B" });
    expect(grade("Aftenposten (Oslo)")).toMatchObject({ kind: "international", reliability: "B" });
    expect(grade("Yeni Safak (English edition)")).toMatchObject({ kind: "state-media", reliability: "D" });
    expect(grade("CRS")).toMatchObject({ kind: "think-tank", reliability: "B" });
    expect(grade("Tajamu Ahrar Horan")).toMatchObject({ kind: "regional", reliability: "C" });
    expect(grade("General Syndicate of Drivers in Iraq, Basra branch")).toMatchObject({
      kind: "ngo",
      reliability: "C",
    });
  });

  it("grades a faction's channel, a jihadist newsletter, a state broadcaster and a port agent's advisory by their bylines", () => {
    expect(grade("Al Ahd TV (Asa'ib Ahl al-Haq)")).toMatchObject({ kind: "regional", reliability: "D" });
    expect(grade("al-Naba, issue 512")).toMatchObject({ reliability: "E" });
    expect(grade("JRTV")).toMatchObject({ kind: "state-media", reliability: "D" });
    expect(grade("GAC advisory")).toMatchObject({ kind: "risk-consultancy", reliability: "C" });
    expect(grade("Defense One")).toMatchObject({ kind: "international", reliability: "B" });
    expect(grade("Heyva Sor a Kurd")).toMatchObject({ kind: "ngo", reliability: "C" });
    expect(grade("Azzaman (Baghdad)")).toMatchObject({ kind: "regional", reliability: "C" });
  });

  it("grades a Hasakah site, an independent Iraqi site, a nonprofit newsroom and an oil-industry association by their bylines", () => {
    expect(grade("Al-Khabour (local news)")).toMatchObject({ kind: "regional", reliability: "C" });
    expect(grade("Niqash (Baghdad)")).toMatchObject({ kind: "regional", reliability: "B" });
    expect(grade("GroundUp (Cape Town)")).toMatchObject({ kind: "international", reliability: "B" });
    expect(grade("APIKUR, an industry body (statement)")).toMatchObject({ kind: "ngo", reliability: "C" });
  });
});
