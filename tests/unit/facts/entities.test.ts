import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

describe("entities", () => {
  it("merges spelling variants of one person within an article", () => {
    const doc = extract(
      "Security adviser Kamal al-Rubaie said the border was calm. The situation may change, according to Al-Rubaiee, who spoke to reporters. Kamal al-Rubaie later left.",
    );
    const people = doc.entities.filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe("Kamal al-Rubaie");
    expect(people[0]?.aliases).toContain("Al-Rubaiee");
    expect(people[0]?.mentions).toHaveLength(3);
  });

  it("merges a surname used alone into the full name", () => {
    const doc = extract("Commander Nasser Haddad visited the base. Haddad said the guards were ready.");
    expect(doc.entities.filter((e) => e.type === "person").map((e) => [e.name, e.mentions.length])).toEqual([
      ["Nasser Haddad", 2],
    ]);
  });

  it("joins an acronym to its long form, and later uses of the acronym to the same entity", () => {
    const doc = extract(
      "The Anti-Smuggling Directorate (ASD) seized a truck. Later, ASD officers arrested the driver.",
    );
    const asd = entityNamed(doc, "Anti-Smuggling Directorate");
    expect(asd?.type).toBe("organization");
    expect(asd?.aliases).toContain("ASD");
    expect(asd?.mentions).toHaveLength(3);
    expect(doc.entities).toHaveLength(1);
  });

  it("joins a name to the known group glossed in brackets", () => {
    const doc = extract("Units of the Popular Army Forces (Al-Hashd Al-Shaabi militia) were deployed.");
    const pmf = entityNamed(doc, "Popular Mobilization Forces");
    expect(pmf?.aliases).toEqual(expect.arrayContaining(["Popular Army Forces"]));
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(1);
  });

  it("attaches roles given before, after and around a name, with the affiliation inside the role", () => {
    const doc = extract(
      "The delegation was led by the head of Iraqi intelligence, Hamid al-Shatari, and met Leila Nasser, a researcher at the Levant Policy Institute. Military analyst Omar Kaya said little.",
    );
    expect(entityNamed(doc, "Hamid al-Shatari")).toMatchObject({
      type: "person",
      role: "head of Iraqi intelligence",
      affiliation: "Iraqi National Intelligence Service",
    });
    expect(entityNamed(doc, "Leila Nasser")).toMatchObject({
      role: "researcher at the Levant Policy Institute",
      affiliation: "Levant Policy Institute",
    });
    expect(entityNamed(doc, "Omar Kaya")?.role).toBe("Military analyst");
  });

  it("reads roles after a verb, behind a title, and a country before a title", () => {
    const doc = extract(
      "US Central Command said its forces killed a senior ISIS leader, Dhiya Zawba al-Hardani, in a raid. CENTCOM commander Gen. Michael Kurilla spoke later. Mazloum Abdi met Syrian President Ahmed al-Sharaa.",
    );
    expect(entityNamed(doc, "Dhiya Zawba al-Hardani")).toMatchObject({
      role: "senior ISIS leader",
      affiliation: "Islamic State",
    });
    expect(entityNamed(doc, "Michael Kurilla")).toMatchObject({
      role: "CENTCOM commander",
      affiliation: "US Central Command",
    });
    expect(entityNamed(doc, "Ahmed al-Sharaa")).toMatchObject({
      role: "Syrian President",
      affiliation: "Syria",
    });
  });

  it("keeps the object of a title out of the name: 'Secretary of State Marco Rubio'", () => {
    const doc = extract(
      "Secretary of State Marco Rubio spoke. Minister of Defence Thabet al-Abbasi visited Anbar.",
    );
    expect(entityNamed(doc, "Marco Rubio")).toMatchObject({ type: "person", role: "Secretary of State" });
    expect(entityNamed(doc, "Thabet al-Abbasi")).toMatchObject({
      type: "person",
      role: "Minister of Defence",
    });
  });

  it("takes an article-prefixed name after a place preposition for a place", () => {
    const doc = extract("A raid in al-Bab killed two men. The group fled towards el-Mansoura.");
    expect(entityNamed(doc, "al-Bab")?.type).toBe("place");
    expect(entityNamed(doc, "el-Mansoura")?.type).toBe("place");
  });

  it("finds unknown names with a best-guess type from their shape and context", () => {
    const doc = extract(
      "Shepherds near the village of Tal Jadid reported gunfire. The Euphrates Monitoring Network counted the dead. Spokesman Baran Dersim told the Rojava Daily that the Khirbet Ruman district was shelled.",
    );
    expect(entityNamed(doc, "Tal Jadid")?.type).toBe("place");
    expect(entityNamed(doc, "Euphrates Monitoring Network")?.type).toBe("organization");
    expect(entityNamed(doc, "Baran Dersim")?.type).toBe("person");
    expect(entityNamed(doc, "Rojava Daily")?.type).toBe("organization");
    expect(entityNamed(doc, "Khirbet Ruman")?.type).toBe("place");
  });

  it("does not take titles, months or sentence-initial common words for names", () => {
    const doc = extract(
      "Reports say the Prime Minister met the President on Monday in January. Officials declined to comment.",
    );
    expect(doc.entities).toEqual([]);
  });

  it("gives places and facilities of the lexicon their coordinates and lexicon id", () => {
    const doc = extract("Detainees were moved from Ghwayran prison in Hasakah to the Roj camp.");
    expect(entityNamed(doc, "Ghwayran prison")).toMatchObject({
      type: "facility",
      lexiconId: "facility/ghwayran-prison",
    });
    expect(entityNamed(doc, "Hasakah")?.coordinates).toEqual([40.75, 36.5]);
    expect(entityNamed(doc, "Roj camp")?.coordinates).toBeDefined();
  });

  // ANNOTATION.md rule 1: a country written only as an adjective is kept aside, not listed.
  it("counts a country adjective as a mention of the country, not as a spelling of its name", () => {
    const doc = extract("A Turkish drone struck a car.");
    expect(entityNamed(doc, "Turkey")).toBeUndefined();
    expect(doc.asides?.find((e) => e.name === "Turkey")).toMatchObject({
      aliases: [],
      mentions: [{ text: "Turkish" }],
    });
  });

  it("resolves 'the coalition' to the coalition named before", () => {
    const doc = extract(
      "The US-led coalition carried out strikes. Later the coalition said the raid had ended.",
    );
    expect(entityNamed(doc, "Global Coalition to Defeat ISIS")?.mentions.map((m) => m.text)).toEqual([
      "US-led coalition",
      "coalition",
    ]);
  });
});
