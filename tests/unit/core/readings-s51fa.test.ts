import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/themes/assess.js";
import { atPlace } from "../../../src/core/themes/conflicts.js";
import { collectReports } from "../../../src/core/themes/reports.js";
import { assessStory, sourceDocument, themeFixture } from "../../support/themes.js";

/**
 * Session 51 (helper fa), readings the blind analytic set 44 asked for, on invented sentences: a
 * dateline's city is where a wire was filed, not where its seizure happened, even when the story
 * names that city again later; insurgents named only as what intelligence is about are the
 * subject of the cooperation, not news of their presence; a conflict's title puts an area "in"
 * (the Syrian Desert), a town or a site "at".
 */

const AT = new Date("2026-12-19T12:00:00Z");

describe("a dateline names where the story was filed, not where its events happened", () => {
  const wire = sourceDocument(
    "Border guards seize pills after clash",
    [
      "MOSUL, Dec 9 (Gulf Wire) -- Iraqi border guards clashed with a gang of smugglers near Tal Afar, close to the Syrian border, late on Monday, a security source said on Tuesday.",
      "The source said the guards seized about 300,000 Captagon pills from the gang's car.",
      "In Mosul, a dispute between two councils over the budget has delayed the pay of border guards.",
    ].join("\n\n"),
    "KUNA (Kuwait News Agency)",
    "2026-12-09",
  );
  const ministry = sourceDocument(
    "Ministry statement",
    [
      "The Ministry of Interior announces that the Border Forces foiled a smuggling attempt near Tal Afar.",
      "The force seized 900,000 Captagon pills after an armed confrontation with the smugglers.",
    ].join("\n\n"),
    "Iraqi Ministry of Interior",
    "2026-12-09",
  );

  it("reads a sentence that names no place in the places of the lede's own words, not the dateline's", () => {
    const seizure = collectReports([wire]).filter((r) => r.sentence === 1);
    expect(seizure.length).toBeGreaterThan(0);
    for (const r of seizure) {
      const places = r.entities.map((e) => e.name);
      expect(places).toContain("Tal Afar");
      expect(places).not.toContain("Mosul");
    }
  });

  it("names the conflict of the two seizure figures by the place of the seizure", () => {
    const a = assess(themeFixture("cross-border-smuggling"), [wire, ministry], AT);
    const pills = a.conflicts.find((c) => c.kind === "figures" && /pills/i.test(c.topic));
    expect(pills?.topic).toMatch(/Tal Afar/);
    expect(pills?.topic).not.toMatch(/Mosul/);
  });
});

describe("insurgents named only as what intelligence is about", () => {
  it("counts an agreement to train a partner and share intelligence on ISIS cells as the cooperation", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "The Iraqi Prime Minister received a delegation of US Central Command in Baghdad on Sunday.",
        "Both sides agreed to go on training the Peshmerga's mountain brigades and to keep sharing intelligence on ISIS cells in the Hamrin hills.",
      ],
      AT,
    );
    // The training and the sharing go on: support the coalition still gives (which of its
    // mitigators takes it is the factors' choice), no ISIS presence.
    expect(roles(1)).toHaveLength(1);
    expect(roles(1)[0]).toMatch(/^mitigator:(?:bilateral-security-ties|residual-presence)$/);
  });

  it("still counts cells told of outside the intelligence they are the subject of", () => {
    const { roles } = assessStory(
      "coalition-withdrawal",
      [
        "The Iraqi Prime Minister received a delegation of US Central Command in Baghdad on Sunday.",
        "ISIS cells have regrouped in the Hamrin hills, and both sides agreed to keep training the Peshmerga's brigades and sharing intelligence on the cells.",
      ],
      AT,
    );
    expect(roles(1)).toEqual(["driver:isis-resilience"]);
  });
});

describe("a conflict's place as its title says it", () => {
  it("puts an area after 'in', with 'the' before a name ending in a common noun of land", () => {
    expect(atPlace({ name: "Syrian Desert", kind: "region" })).toBe("in the Syrian Desert");
    expect(atPlace({ name: "Hamrin Mountains", kind: "region" })).toBe("in the Hamrin Mountains");
    expect(atPlace({ name: "Kirkuk", kind: "governorate" })).toBe("in Kirkuk");
    expect(atPlace({ name: "Qalamoun", kind: "region" })).toBe("in Qalamoun");
  });

  it("keeps a town or a site after 'at'", () => {
    expect(atPlace({ name: "Tal Afar", kind: "city" })).toBe("at Tal Afar");
    expect(atPlace({ name: "Al-Tanf garrison", kind: "base" })).toBe("at Al-Tanf garrison");
    expect(atPlace({ name: "Al-Qairawan", kind: null })).toBe("at Al-Qairawan");
  });
});
