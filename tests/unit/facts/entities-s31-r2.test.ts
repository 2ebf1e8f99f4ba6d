import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 31, round 2: titles, numbered regions, addresses, portfolios, desks, carriers, on made-up text. */

describe("the engineer's title 'Eng.'", () => {
  it("is no person and does not cut the sentence before the name", () => {
    const doc = extract("The manager, Eng. Karim Salih al-Obeidi, said the pumps were repaired.");
    expect(entityNamed(doc, "Eng")).toBeUndefined();
    expect(entityNamed(doc, "Karim Salih al-Obeidi")?.type).toBe("person");
    expect(doc.entities.filter((e) => e.type === "person")).toHaveLength(1);
  });
});

describe("a region numbered in a series", () => {
  it("'the Third Border Region' is a command, not a place", () => {
    const doc = extract("The commander of the Third Border Region said the fence was cut twice.");
    expect(entityNamed(doc, "Third Border Region")?.type).toBe("organization");
  });

  it("'Fourth Region' alone is a formation too", () => {
    const doc = extract("Troops of the Fourth Region relieved the post on Friday.");
    expect(entityNamed(doc, "Fourth Region")?.type).toBe("organization");
  });

  it("'the Border Guard's 5th Region' belongs to the force named in the possessive", () => {
    const doc = extract("A captain of the Border Guard's 5th Region was wounded near the river.");
    expect(entityNamed(doc, "Border Guard")?.type).toBe("organization");
    expect(entityNamed(doc, "5th Region")).toBeUndefined();
  });

  it("a territory named by a name stays a place", () => {
    const doc = extract("Two villages of the Kurdistan Region were shelled.");
    expect(entityNamed(doc, "Kurdistan Region")?.type).toBe("place");
  });
});

describe("a courtesy title before an office's noun", () => {
  it("'Mr Speaker' addresses the chair and names no one", () => {
    const doc = extract("Thank you, Mr Speaker. I will be brief.");
    expect(entityNamed(doc, "Speaker")).toBeUndefined();
  });

  it("a title before a surname still names the person", () => {
    const doc = extract("Thank you, Mr Haddad. I will be brief.");
    expect(entityNamed(doc, "Haddad")?.type).toBe("person");
  });
});

describe("affairs as a post's portfolio", () => {
  it("'Deputy Minister of Interior for Police Affairs' names no body 'Police Affairs'", () => {
    const doc = extract("The Deputy Minister of Interior for Police Affairs answered the question.");
    expect(entityNamed(doc, "Police Affairs")).toBeUndefined();
  });

  it("'Under Secretary for Political Affairs' leaves no person 'Affairs'", () => {
    const doc = extract("The Under Secretary for Political Affairs arrived in Baghdad.");
    expect(entityNamed(doc, "Affairs")).toBeUndefined();
  });

  it("a body named for the affairs it handles is still a body", () => {
    const doc = extract("The Office for Refugee Affairs said 40 families returned.");
    expect(entityNamed(doc, "Office for Refugee Affairs")?.type).toBe("organization");
  });
});

describe("a press desk after its body on a header or sign-off line", () => {
  it("'Basra Port Company · Media Office' is the company's desk, no actor", () => {
    const doc = extract("Gunmen fired at a tug on Monday.\n\nBasra Port Company · Media Office");
    expect(entityNamed(doc, "Media Office")).toBeUndefined();
  });

  it("'Corporate Communications Department' after its body is no actor either", () => {
    const doc = extract("Service was cut.\n\nAnbar Water Directorate · Corporate Communications Department");
    expect(entityNamed(doc, "Corporate Communications Department")).toBeUndefined();
  });

  it("a desk named alone, which speaks in the text, stays", () => {
    const doc = extract(
      "Media Center\n\nFour attempts were foiled, according to the figures of our Media Center.",
    );
    expect(entityNamed(doc, "Media Center")?.type).toBe("organization");
  });
});

describe("a carrier named for its country", () => {
  it("'Austrian Airlines' at a sentence's start is the airline, and Austria no place", () => {
    const doc = extract(
      "Some carriers changed schedules. Austrian Airlines has cancelled its flights to Erbil.",
    );
    expect(entityNamed(doc, "Austrian Airlines")?.type).toBe("organization");
    expect(entityNamed(doc, "Austria")).toBeUndefined();
  });

  it("'Qatar Airways' inside a sentence too", () => {
    const doc = extract("Flights by Qatar Airways to Basra were delayed.");
    expect(entityNamed(doc, "Qatar Airways")?.type).toBe("organization");
    expect(entityNamed(doc, "Qatar")).toBeUndefined();
  });

  it("a country before a lower-case trade stays the country", () => {
    const doc = extract("Exports of Iraqi oil to Turkey resumed.");
    expect(entityNamed(doc, "Turkey")?.type).toBe("place");
  });
});

describe("a capitals heading with a serial number", () => {
  it("'WEEKLY CUSTOMS REPORT No. 7/2026' names no body 'CUSTOMS'", () => {
    const doc = extract("WEEKLY CUSTOMS REPORT No. 7/2026\n\nForty trucks crossed at Trebil on Monday.");
    expect(doc.entities.filter((e) => e.type === "organization")).toHaveLength(0);
  });
});

describe("gazetteer additions", () => {
  it("Asiacell, a mobile operator, opening a sentence", () => {
    const doc = extract("Asiacell said two of its towers near Khanaqin were blown up.");
    expect(entityNamed(doc, "Asiacell")?.type).toBe("organization");
  });

  it("the Martyrs Foundation on a header line", () => {
    const doc = extract("Republic of Iraq · Martyrs Foundation\n\nTeams exhumed 12 bodies on Sunday.");
    expect(entityNamed(doc, "Martyrs Foundation")?.type).toBe("organization");
  });

  it("'Iraqi Ministry of Migration' and the full name are one ministry", () => {
    const doc = extract(
      "The Iraqi Ministry of Migration said 90 families left. The Ministry of Migration and Displacement gave no date.",
    );
    expect(doc.entities.filter((e) => /Migration/.test(e.name))).toHaveLength(1);
  });

  it("'Central Command' and 'US Central Command' are one command", () => {
    const doc = extract("US Central Command said a strike hit a truck. Central Command gave no toll.");
    expect(doc.entities.filter((e) => /Central Command/.test(e.name))).toHaveLength(1);
  });
});

describe("gazetteer additions, second step", () => {
  it("Arak, a Badia village, is a located place", () => {
    const doc = extract("ISIS fighters took the village of Arak and held it for two days.");
    expect(entityNamed(doc, "Arak")?.coordinates).toBeDefined();
  });

  it("'Harir' alone is the air base the coalition operates from", () => {
    const doc = extract(
      "Coalition forces moved to Harir air base. They will continue to operate from Harir and Erbil.",
    );
    const bases = doc.entities.filter((e) => /Harir/.test(e.name));
    expect(bases).toHaveLength(1);
    expect(bases[0]?.type).toBe("facility");
  });
});
