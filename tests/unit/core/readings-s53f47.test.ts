import { describe, expect, it } from "vitest";
import { assessStory, conflictsOf, paragraphsDocument } from "../../support/themes.js";

/**
 * Session 53 (f47), theme and conflict readings the blind analytic set 47 asked for, on invented
 * sentences: a document's table against its own text is a conflict; money for a guard force at the
 * detention sites told to fall is the SDF's exposure; guards seen to turn crossers back interdict;
 * a question reported with its asker, a maxim and a warning to whoever might try tell nothing;
 * arrests of people crossing from a country are made on the story's side of the line; a backer's
 * aircraft supporting a force's fighters is coalition support.
 */
const AT = new Date("2026-12-22T12:00:00Z");
const run = (theme: string, sentences: string[]) => assessStory(theme, sentences, AT);

describe("a document's table against its own text", () => {
  it("is a conflict over the force's size", () => {
    const doc = paragraphsDocument(
      "Budget request",
      [
        "Ministry of Defence, budget request to Parliament, November 2026.",
        "About 1,400 British troops will remain in Iraq through 2027 to train local forces.",
        "Annex C, forces supported by this request: British troops in Iraq, 900.",
      ],
      "UK Ministry of Defence",
      "2026-11-20",
    );
    const found = conflictsOf([doc], AT).filter((c) => c.claims.some((x) => x.value === 900));
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((x) => x.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([900, 1400]);
  });

  it("is no conflict when two sentences of running text give the figures", () => {
    const doc = paragraphsDocument(
      "Budget request",
      [
        "Ministry of Defence, budget request to Parliament, November 2026.",
        "About 1,400 British troops will remain in Iraq through 2027 to train local forces.",
        "Some 900 British troops are in Iraq on rotation this winter, the ministry added.",
      ],
      "UK Ministry of Defence",
      "2026-11-20",
    );
    expect(conflictsOf([doc], AT).filter((c) => c.claims.some((x) => x.value === 900))).toEqual([]);
  });
});

describe("money for a guard force at the detention sites told to fall", () => {
  it("is the SDF's exposure, and makes the strain on its sites a due judgment", () => {
    const { a, roles } = run("coalition-withdrawal", [
      "The coalition mission in federal Iraq ended in September, and US troops have left Baghdad.",
      "Stipends for the SDF protection force at the prisons in Qamishli will drop from 90 to 50 million dollars next year.",
    ]);
    expect(roles(1)).toContain("driver:sdf-exposure");
    expect(a.judgments.find((j) => j.id === "sdf-detention-strain")?.probability).not.toBeNull();
  });
});

describe("guards seen to turn crossers back", () => {
  it("interdict the crossing", () => {
    const { roles } = run("border-fortification", [
      "The Border Forces Command said its wall now covers the Anbar sector of the border with Syria.",
      "Reporters saw Iraqi border guards turn back a group of five armed men trying to cross from the Syrian side near Al-Qaim on Tuesday night.",
    ]);
    expect(roles(1)).toContain("mitigator:interdictions");
    expect(roles(1)).not.toContain("driver:infiltration-pressure");
  });
});

describe("sentences that tell nothing", () => {
  const { roles } = run("border-fortification", [
    "The Border Forces Command said its wall now covers the Anbar sector of the border with Syria.",
    "Is this the fence our taxes built, the senator asked.",
    "A fence, of course, is only as strong as the patrols that walk it.",
    "Any attempt to infiltrate across the frontier will be met with an iron response, the commander warned.",
    "A new fence was built along the border north of Al-Qaim in November.",
  ]);
  it("a question reported with its asker", () => expect(roles(1)).toEqual([]));
  it("a maxim about such things", () => expect(roles(2)).toEqual([]));
  it("a warning to whoever might try", () => expect(roles(3)).toEqual([]));
  it("while a fence told built still counts", () => expect(roles(4)).toContain("mitigator:physical-barrier"));
});

describe("arrests of people crossing from a country", () => {
  it("are made on the story's side of the line", () => {
    const { roles } = run("border-fortification", [
      "The Border Forces Command said the new trench near Al-Qaim and Rutba is finished.",
      "A ministry spokesman thanked the engineers.",
      "Since 1 November, border guards have arrested 22 people trying to cross illegally from Syria.",
    ]);
    expect(roles(2)).toContain("mitigator:interdictions");
  });
});

describe("a backer's aircraft supporting a force's fighters", () => {
  it("is coalition support to the forces guarding the sites", () => {
    const { roles } = run("isis-prison-escape", [
      "Gunmen attacked the Ghweiran prison in Hasakah on Sunday night and two detainees escaped.",
      "Coalition helicopters supported our units throughout the pursuit and the night search, the statement said.",
    ]);
    expect(roles(1)).toContain("mitigator:coalition-support");
  });
});
