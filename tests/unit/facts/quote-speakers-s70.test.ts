import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * Speakers of quotes (issue 10, session 70), read on the misses of sets 190-199, 240-249, 260-269
 * and 310-319 and written here in new words.
 */

const said = (doc: FactsDocument, words: string) =>
  doc.quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);

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
