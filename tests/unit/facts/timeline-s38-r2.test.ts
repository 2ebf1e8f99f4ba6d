import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/** Timeline rows and document dates of session 38, round two, on texts written for these tests. */

describe("a document's own date in its head, in forms of notices and lists", () => {
  it("a place with a lower-case article ('Deir ez-Zor, Saturday 16 May 2026 · to be read …') dates the circular", () => {
    const text =
      "AL-NOUR BUS OFFICE · GARAGE OF AL-JORA\nCIRCULAR TO DRIVERS No. 3/2026\nDeir ez-Zor, Saturday 16 May 2026 · to be read by every driver\n\nOn Wednesday, gunmen stopped one of our buses near Kabajeb.";
    expect(meta(text).publishedAt).toBe("2026-05-16");
    expect(datesOf(extract(text), /gunmen stopped/)).toEqual(["2026-05-13"]);
    expect(meta("OFFICE NOTICE\nRas al-Ain, 3 March 2026\n\nDear clients,").publishedAt).toBe("2026-03-03");
  });

  it("'Written by hand and put in the window, <date>' dates the notice and is no event", () => {
    const text =
      "AHMAD THE BAKER · MOSUL\nWritten by hand and put in the window, Saturday 28 February 2026\n\nBrothers,\n\nOn Wednesday, the police arrested a baker in Tal Afar.";
    expect(meta(text).publishedAt).toBe("2026-02-28");
    const doc = extract(text);
    expect(datesOf(doc, /arrested a baker/)).toEqual(["2026-02-25"]);
    expect(dated(doc).some((f) => /put in the window/.test(f.text))).toBe(false);
  });

  it("'valid from <date> until further notice' dates a price list when its head gives no other date", () => {
    const text =
      "HAMOUD MARINE SUPPLIES · PORT OF TARTUS\nPRICE LIST No. 4/2026 · valid from Monday 19 October 2026 until further notice\n\nRice 1.35 · Flour 0.85\n\nOn Friday, customs officers at the container terminal opened a container and found about 2.6 million Captagon pills.";
    expect(meta(text).publishedAt).toBe("2026-10-19");
    expect(datesOf(extract(text), /Captagon pills/)).toEqual(["2026-10-16"]);
  });

  it("a date of issue in the head outranks the day a list takes effect", () => {
    const text =
      "CITY BUS COMPANY\nTimetable in force from Sunday 1 November 2026 · Issued Monday 26 October 2026\n\nBuses leave every hour.";
    expect(meta(text).publishedAt).toBe("2026-10-26");
  });

  it("'valid from' inside a sentence of the head stays a sentence", () => {
    expect(
      meta("NOTICE\nThe old passes were valid from 1 March 2026, the office said.\n\nText.").publishedAt,
    ).toBeNull();
  });
});

describe("a relative clause opened by an aside", () => {
  it("'arrested two men who, according to the police, had been selling …' keeps what they did", () => {
    const doc = extract(
      "On Wednesday, the police arrested two men at a pharmacy in al-Shaddadi who, according to the Asayish, had been selling the tablets to an Islamic State cell.",
      "2026-11-08",
    );
    const arrest = dated(doc).find((f) => /arrested two men/.test(f.text));
    expect(arrest?.text).toMatch(
      /who, according to the Asayish, had been selling the tablets to an Islamic State cell$/,
    );
    expect(arrest?.date?.value).toBe("2026-11-04");
  });
});

describe("'a' and its noun as the subject of a past verb", () => {
  it("'On Thursday night, a shepherd found a device buried beside …' is a happening of that night", () => {
    const doc = extract(
      "On Thursday night, a shepherd found a device buried beside the north wall of the school.",
      "2026-06-07",
    );
    expect(datesOf(doc, /a shepherd found a device/)).toEqual(["2026-06-04"]);
  });

  it("'A statement issued on Saturday said …' is still no happening of the statement's noun", () => {
    const doc = extract("A statement issued on Saturday said the road was open.", "2026-06-07");
    expect(dated(doc).some((f) => /statement issued/.test(f.text))).toBe(false);
  });
});

describe("a verb of saying before 'as' labels a thing", () => {
  it("'a container declared as frozen vegetables … and found pills' keeps who found them", () => {
    const doc = extract(
      "On Friday, customs officers at the container terminal opened a container declared as frozen vegetables and found about 2.6 million Captagon pills.",
      "2026-10-19",
    );
    const find = dated(doc).find((f) => /Captagon pills/.test(f.text));
    expect(find?.text).toMatch(/^On Friday, customs officers/);
  });
});

describe("a raid and the seizure made in it, told as one subject's two acts", () => {
  it("'X raided a warehouse …, and seized …: two presses, about 400,000 tablets' is one entry with its haul", () => {
    const doc = extract(
      'On Tuesday night, the police raided a warehouse in the Ghweiran district, a few streets from the prison, and seized what they called "a factory in a storeroom": two pill presses, about 400,000 tablets and cartons printed with the names of real medicines.',
      "2026-11-08",
    );
    const rows = dated(doc).filter((f) => /seized/.test(f.text));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toMatch(/^On Tuesday night, the police raided a warehouse/);
    expect(rows[0]?.text).toMatch(
      /two pill presses, about 400,000 tablets and cartons printed with the names of real medicines$/,
    );
    expect(rows[0]?.date?.value).toBe("2026-11-03");
  });

  it("a list after the colon that is a clause of its own is not added", () => {
    const doc = extract(
      "On Tuesday, the police seized a truck: the driver was arrested at the checkpoint.",
      "2026-11-08",
    );
    expect(dated(doc).find((f) => /seized a truck/.test(f.text))?.text).not.toMatch(/driver/);
  });
});
