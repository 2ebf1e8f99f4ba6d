import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers of quotes (issue 10, session 70), read on the misses of sets 190-199, 240-249, 260-269
 * and 310-319 and written here in new words.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);
const saidDirect = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.kind === "direct" && q.text === words).map((q) => q.speaker.name);

describe("'the directorate' when a place's own directorate is named after another", () => {
  it("is the body last named and quoted, not the first directorate of the text", () => {
    const doc = extract(
      "HAMDANIYA WATER PROJECT · SITE LOG\nClient: General Directorate of Water Projects, Ministry of Water Resources\n\nAt about 22:00 on 3 May a charge went off beside the pumping station. According to the Tal Afar police directorate, one guard was killed. The directorate said the following day that three men had been detained near the river.",
    );
    const speakers = said(doc, "three men had been detained");
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Tal Afar police directorate"]));
  });

  it("stays the one directorate when only one is named", () => {
    const doc = extract(
      "A charge went off beside a pumping station of the General Directorate of Water Projects on 3 May. The directorate said the following day that the pumps would run again within a week.",
    );
    expect(said(doc, "the pumps would run again")).toEqual(["General Directorate of Water Projects"]);
  });
});

describe("a court's decision speaks for the court that gave it", () => {
  const COURT =
    "The Karkh Criminal Court sentenced two men on Sunday to life imprisonment for the bombing of a bus station, and referred a third to the Juvenile Court.";

  it("'the ruling states' and 'according to the verdict' are the deciding court's", () => {
    const doc = extract(
      `${COURT} The ruling states that both men were members of the cell. According to the verdict, the men "acted on orders from Hamrin".`,
    );
    expect(said(doc, "both men were members of the cell")).toEqual(["Karkh Criminal Court"]);
    const speakers = said(doc, "acted on orders from Hamrin");
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(["Karkh Criminal Court"]));
  });

  it("is no court's when someone else decided last", () => {
    const doc = extract(
      `${COURT}\n\nThe provincial council decided on Monday to reopen the schools. The decision states that classes will start on Sunday.`,
    );
    expect(said(doc, "classes will start on Sunday")).not.toContain("Karkh Criminal Court");
    expect(said(doc, "classes will start on Sunday")).not.toContain("Juvenile Court");
  });
});

describe("'In X's view,' and 'In the view of X,' open a reported clause", () => {
  it("gives the clause to the named holder of the view", () => {
    const doc = extract(
      "The Asayish met the fair's organisers on Tuesday. In the Asayish's view, the bombing was not a reason to cancel the fair.\n\nIn the view of the Kurdistan Region Security Council, the drone was launched from inside Iraq.",
    );
    expect(said(doc, "not a reason to cancel the fair")).toEqual(["Asayish"]);
    expect(said(doc, "launched from inside Iraq")).toEqual(["Kurdistan Region Security Council"]);
  });

  it("reads no view in a place's possessive or an unnamed holder", () => {
    const doc = extract(
      "In the city's centre, shops stayed shut on Monday. In the view of many, the curfew came too late.",
    );
    expect(said(doc, "shops stayed shut")).toEqual([]);
    expect(said(doc, "the curfew came too late")).toEqual([]);
  });
});

describe("words quoted as 'what it called' are the namer's", () => {
  it("with no verb of saying, the sentence's body is the namer", () => {
    const doc = extract(
      'ERBIL - The Kurdistan Islamic Union condemned what it called "a campaign of fear against voters" and filed a complaint with the electoral commission.',
    );
    expect(saidDirect(doc, "a campaign of fear against voters")).toEqual(["Kurdistan Islamic Union"]);
  });

  it("inside someone else's report, the body the reported clause names is", () => {
    const doc = extract(
      'Governor Najm al-Jubouri said on Monday that the Counter-Terrorism Service had raided a farm near Hawija, killing what it described as "four senior emirs".',
    );
    expect(saidDirect(doc, "four senior emirs")).toEqual(["Counter-Terrorism Service"]);
  });
});

describe("'told' a listener with an abbreviated title", () => {
  it("reads the clause after 'told Eng. NAME that' and the words quoted in it", () => {
    const doc = extract(
      "The driver's cousin, Sabah Jassim, told Eng. Waleed that the gunmen \"wore new uniforms\" and that one of them had shouted, 'Leave the trucks here.'",
    );
    expect(said(doc, "the gunmen")).toContain("Sabah Jassim");
    expect(
      saidDirect(doc, "Leave the trucks here.").concat(saidDirect(doc, "Leave the trucks here")),
    ).toEqual(["one of them"]);
  });

  it("reads 'told Mr. NAME that' as it reads 'told NAME that'", () => {
    const doc = extract("Sabah Jassim told Mr. Waleed that the road had been mined overnight.");
    expect(said(doc, "the road had been mined overnight")).toEqual(["Sabah Jassim"]);
  });
});

describe("'what it called' with a name that only modifies a noun before it", () => {
  it("passes over 'an Islamic State cell' to the clause's subject", () => {
    const doc = extract(
      'The Peshmerga ministry said on Monday that it had shelled an Islamic State cell in the Qarachogh hills, destroying what it called "a factory of mines".',
    );
    expect(saidDirect(doc, "a factory of mines")).toEqual(["Peshmerga ministry"]);
  });
});
