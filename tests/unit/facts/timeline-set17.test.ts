import { describe, expect, it } from "vitest";
import { datesOf, extract, meta } from "./helpers.js";

/**
 * Timeline rules found by classifying the misses of the seventeenth held-out set by cause: a
 * document's own date under a label or in a translator's note, a place of issue before the date,
 * a log's day headings and entry heads of labels. Sentences written for these tests.
 */

describe("publication dates of documents and notes", () => {
  it("reads the date a document's label gives its report, with the weekday before it", () => {
    const text =
      "NORTHERN CLAIMS SERVICES\nINTERIM SURVEY NOTE\nDate of report: Monday 9 March 2026\nClient: Tigris Haulage\n\nA lorry was set on fire on Saturday.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
  });

  it("does not take the date of the loss a document reports for its own", () => {
    const text = "NORTHERN CLAIMS SERVICES\nDate of loss: Saturday 7 March 2026\n\nA lorry was set on fire.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("reads a note that names the page a text was posted on before its date", () => {
    const text =
      "[Translator's note: statement posted on the Albu Nimr clan's public page on Friday 6 March 2026, translated in full.]\n\nA shepherd was killed on Wednesday.";
    expect(meta(text).publishedAt).toBe("2026-03-06");
  });

  it("reads a place of issue set off by a comma before the date", () => {
    const text =
      "MV EXAMPLE STAR\nDECK LOG EXTRACT\nIssued at Umm Qasr, Monday 9 March 2026, for the charterers\n\nNothing to report.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
  });
});

describe("a log's day headings and entry heads", () => {
  it("keeps a day heading under the issue line in the body and dates the entries under it", () => {
    const text =
      "MV EXAMPLE STAR\nDECK LOG EXTRACT\nIssued at Umm Qasr, Monday 9 March 2026, for the charterers\n\nSATURDAY 7 MARCH 2026\n\n0310  Gunmen attacked the ship from a skiff, wounding a sailor.\n\nSUNDAY 8 MARCH 2026\n\n1100  Pilot boarded.";
    expect(meta(text).publishedAt).toBe("2026-03-09");
    expect(datesOf(extract(text), /attacked the ship/)).toEqual(["2026-03-07"]);
  });

  it("does not date a log line's one-word field label as a measure of the day", () => {
    const text =
      "MV EXAMPLE STAR\nDECK LOG EXTRACT\nIssued at Umm Qasr, Monday 9 March 2026, for the charterers\n\nSATURDAY 7 MARCH 2026\n\n0205  Radar: two boats closing from the east at speed.\n\n0310  Gunmen attacked the ship from a skiff, wounding a sailor.";
    const doc = extract(text);
    expect(datesOf(doc, /^Radar$/)).toEqual([]);
    expect(datesOf(doc, /attacked the ship/)).toEqual(["2026-03-07"]);
  });

  it("dates the report under an entry head of labels by the head's day", () => {
    const text =
      "DAILY LOG · Tuesday 10 March 2026\n\nITEM 2 · 9 Mar · 14:20 · ATTACK · north gate\n\nGunmen fired on the north gate, wounding a guard.";
    expect(datesOf(extract(text), /fired on the north gate/)).toEqual(["2026-03-09"]);
  });

  it("prints the sentence under the head, not the head, for one event", () => {
    const text =
      "DAILY LOG · Tuesday 10 March 2026\n\nITEM 3 · 9 Mar · 21:00 · SHOOTING · east road\n\nAccording to the police, one man was killed and two were wounded.";
    const doc = extract(text);
    expect(datesOf(doc, /one man was killed/)).toEqual(["2026-03-09"]);
    expect(datesOf(doc, /SHOOTING/)).toEqual([]);
  });
});

describe("a published letter's yearless date line and its close", () => {
  const text =
    "THE WEEKLY CHRONICLE · LETTERS\nSaturday 14 March 2026\n\nA letter from a conscript, printed with his family's consent.\n\nSinjar, Tuesday 10 March\n\nDear father,\n\nYesterday gunmen attacked our checkpoint and wounded a corporal.\n\nYour son, Karim\n\nEditor's note: On Thursday the army said a patrol had arrested a suspect.";

  it("reads the letter's day in the publication's year and counts its yesterday from it", () => {
    expect(meta(text).written?.date).toBe("2026-03-10");
    expect(datesOf(extract(text), /attacked our checkpoint/)).toEqual(["2026-03-09"]);
  });

  it("counts the editor's note after the letter's close from the publication again", () => {
    expect(datesOf(extract(text), /arrested a suspect/)).toEqual(["2026-03-12"]);
  });

  it("puts a yearless letter day after the publication in the year before", () => {
    const later = text.replace("Sinjar, Tuesday 10 March", "Sinjar, Thursday 31 December");
    expect(meta(later).written?.date).toBe("2025-12-31");
  });
});

describe("a toll told in the story's month and again on its day", () => {
  const text =
    "Sunday 15 March 2026\n\nSoldiers say the raiders were chased off and the officers say three of the raiders were killed near the river.\n\nThe army said in a statement on the 10th that a post near the river had been attacked, that one soldier was wounded and that helicopters had killed three raiders.";

  it("prints one entry, on the day, for the same toll of the same people", () => {
    const doc = extract(text);
    expect(datesOf(doc, /three of the raiders were killed/)).toEqual([]);
    expect(datesOf(doc, /killed three raiders/)).toEqual(["2026-03-10"]);
  });

  it("keeps two entries when the month's telling counts other people", () => {
    const other = text.replace("three of the raiders were killed", "three of the shepherds were killed");
    expect(datesOf(extract(other), /three of the shepherds were killed/)).toHaveLength(1);
  });
});
