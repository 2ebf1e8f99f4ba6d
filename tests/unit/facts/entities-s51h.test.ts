import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** Session 51 (s51f48): bodies on letterheads, sites named by their noun, places of issue. */

describe("a letterhead shouted in capitals names the body that issues it", () => {
  it("an operator's or a carrier's trade ends its name: 'ZAGROS TELECOM', 'NAWRAS AIRWAYS'", () => {
    const doc = extract(
      "ZAGROS TELECOM · NOTICE TO SUBSCRIBERS\n\nTwo of our masts near Makhmour were damaged on Monday.",
    );
    expect(
      doc.entities.find((e) => e.type === "organization" && /zagros telecom/i.test(e.name)),
    ).toBeDefined();
    const carrier = extract(
      "NAWRAS AIRWAYS · PASSENGER NOTICE\n\nFlights to Sulaymaniyah were cancelled on Friday after a drone alert.",
    );
    expect(
      carrier.entities.find((e) => e.type === "organization" && /nawras airways/i.test(e.name)),
    ).toBeDefined();
  });

  it("a body's noun with its remit after 'of' follows the place it serves: 'BASRA CHAMBER OF INDUSTRY'", () => {
    const doc = extract(
      "BASRA CHAMBER OF INDUSTRY · STATEMENT\n\nA factory owner was abducted near Zubair on Sunday night.",
    );
    expect(
      doc.entities.find((e) => e.type === "organization" && /basra chamber of industry/i.test(e.name)),
    ).toBeDefined();
  });

  it("a chamber named without a remit is no body ('TRADE AND LABOUR CHAMBER' of a tribunal)", () => {
    const doc = extract("IN THE HIGH COURT (TRADE AND LABOUR CHAMBER)\n\nThe appeal was heard in Erbil.");
    expect(doc.entities.find((e) => /labour chamber/i.test(e.name))).toBeUndefined();
  });

  it("a unit named by its field after the body is the body's desk: 'PRESS DEPARTMENT'", () => {
    const doc = extract(
      "KURDISTAN BAR ASSOCIATION · PRESS DEPARTMENT\n\nA lawyer was shot outside the court in Duhok on Tuesday.",
    );
    expect(doc.entities.find((e) => /press department/i.test(e.name))).toBeUndefined();
    expect(doc.entities.find((e) => /kurdistan bar association/i.test(e.name))).toBeDefined();
  });
});

describe("sites named by their noun and the place they are at", () => {
  it("a stadium named after its town is a facility, not the town: 'the Hilla Sports Stadium'", () => {
    const doc = extract("Two rockets landed outside the Hilla Sports Stadium during training on Monday.");
    expect(entityNamed(doc, "Hilla Sports Stadium")?.type).toBe("facility");
    expect(doc.entities.find((e) => e.name === "Hilla")).toBeUndefined();
  });

  it("a name after 'the mines at' or 'the quarry at' is a place: 'the salt mines at Umm Dhiban'", () => {
    const doc = extract("Gunmen seized a lorry returning from the gravel quarries at Suwaydan on Monday.");
    expect(entityNamed(doc, "Suwaydan")?.type).toBe("place");
  });

  it("a title's 'The Barracks at Dawn' names no place", () => {
    const doc = extract("3. The Barracks at Dawn. A song for the guards killed near Rutba in 2016.");
    expect(doc.entities.find((e) => e.name === "Dawn")).toBeUndefined();
  });
});

describe("a place of issue on a header or a sign-off is no place of the story", () => {
  it("'Head office, Erbil · 3 May 2026' and 'issued in Erbil' name where the text comes from", () => {
    for (const header of [
      "Head office, Erbil · Monday 4 May 2026",
      "Notice issued in Erbil · Monday 4 May 2026",
    ]) {
      const doc = extract(`${header}\n\nA mast near Daquq was blown up on Sunday night, the company said.`);
      expect(doc.entities.find((e) => e.name === "Erbil")).toBeUndefined();
      expect(entityNamed(doc, "Daquq")?.type).toBe("place");
    }
  });

  it("a sign-off's quarter before its town is an address: 'Noor Tours, Mansour, Baghdad'", () => {
    const doc = extract(
      "Our buses leave Baghdad for Najaf on Friday. A bomb hit a tent near Mahmudiyah on Sunday.\n\nNoor Tours, Mansour, Baghdad\n",
    );
    expect(doc.entities.find((e) => e.name === "Mansour")).toBeUndefined();
    expect(entityNamed(doc, "Baghdad")?.type).toBe("place");
  });

  it("a field's label or a place before the comma says where things happened, and stays", () => {
    const field = extract("Location: Tarmiyah, Salahuddin\n\nA farmer was shot in his orchard on Monday.");
    expect(entityNamed(field, "Tarmiyah")?.type).toBe("place");
    const district = extract(
      "FLASH UPDATE · Sinjar district, Nineveh governorate\n\nFamilies returned on Monday.",
    );
    expect(entityNamed(district, "Nineveh")).toBeDefined();
  });
});

describe("names a text gives in passing, no party or place of the story", () => {
  it("a competition named before its games: 'the Gold League match' is no body", () => {
    const doc = extract(
      "The Gold League match between Zakho and Duhok was postponed after shelling near Zakho.",
    );
    expect(doc.entities.find((e) => /gold league/i.test(e.name))).toBeUndefined();
  });

  it("forces thanked or appealed to are no body acting: 'calls on the security forces to'", () => {
    for (const text of [
      "A clinic in Baiji was attacked on Monday. The union calls on the security forces to guard its clinics.",
      "A clinic in Baiji was attacked on Monday. We thank our nurses and the security forces for their help.",
    ]) {
      expect(extract(text).entities.find((e) => e.lexiconId === "org/iraqi-security-forces")).toBeUndefined();
    }
  });

  // ANNOTATION.md rule 4: "the security forces" is no listed entity; the body stays aside as the
  // actor of the arrest.
  it("the security forces acting in the story stay aside: 'arrested by the security forces'", () => {
    const doc = extract(
      "A clinic in Baiji was attacked on Monday. Two men were arrested by the security forces in Baiji and Tikrit.",
    );
    expect(doc.entities.find((e) => e.lexiconId === "org/iraqi-security-forces")).toBeUndefined();
    expect(doc.asides?.find((e) => e.lexiconId === "org/iraqi-security-forces")).toBeDefined();
  });

  it("a flight's origin is no place of the story, a person's flight to a town is", () => {
    const flight = extract(
      "Drones were shot down near Erbil on Sunday. A flight from Amman was sent on to Duhok.",
    );
    expect(flight.entities.find((e) => e.name === "Amman")).toBeUndefined();
    const fled = extract(
      "Days after his flight to Amman, the former governor of Mosul was charged in Baghdad.",
    );
    expect(entityNamed(fled, "Amman")?.type).toBe("place");
  });

  it("'the Anbar governor' names an office; 'Anbar governor Ali X' keeps the province", () => {
    const office = extract("A representative of the Anbar governor attended the funeral in Hit on Monday.");
    expect(office.entities.find((e) => e.name === "Anbar")).toBeUndefined();
    const titled = extract("Anbar governor Ali Hamad said the road to Hit was open on Monday.");
    expect(entityNamed(titled, "Anbar")?.type).toBe("place");
  });
});
