import { describe, expect, it } from "vitest";
import { entityNamed, extract } from "./helpers.js";

/** A ministry whose portfolios are listed with commas before the last "and"; made-up text. */

describe("'Ministry of A, B and C'", () => {
  it("the whole list of portfolios is the ministry's name", () => {
    const doc = extract(
      "According to the Ministry of Youth, Culture and Sports, the stadium will reopen in March.",
    );
    expect(entityNamed(doc, "Ministry of Youth, Culture and Sports")?.type).toBe("organization");
    expect(entityNamed(doc, "Ministry of Youth")).toBeUndefined();
  });

  it("with a country's possessive before it", () => {
    const doc = extract("Kenya's Ministry of Labour, Social Security and Services cleared 300 more workers.");
    expect(entityNamed(doc, "Ministry of Labour, Social Security and Services")?.type).toBe("organization");
  });

  it("people named after the ministry are not its portfolios", () => {
    const doc = extract("Officials of the Ministry of Defence, Ahmed Saleh and Karim Ali, visited the site.");
    expect(entityNamed(doc, "Ministry of Defence")?.type).toBe("organization");
    expect(entityNamed(doc, "Karim Ali")?.type).toBe("person");
  });

  it("another body after the comma is not a portfolio", () => {
    const doc = extract("The Ministry of Defence, Interior Ministry and Army Command met on Sunday.");
    expect(entityNamed(doc, "Ministry of Defence")?.type).toBe("organization");
  });
});
