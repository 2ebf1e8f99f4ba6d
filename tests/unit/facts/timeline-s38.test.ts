import { describe, expect, it } from "vitest";
import { dated, extract } from "./helpers.js";

/** Timeline rows of session 38, on texts written for these tests. */

describe("a means of defence named as the subject of what is still to come", () => {
  it("'cameras would be switched … from Monday' takes no day of its own", () => {
    const doc = extract(
      "The spokesman said that additional thermal cameras would be switched to night mode from Monday afternoon.",
      "2026-05-31",
    );
    const cameras = doc.facts.find((f) => /thermal cameras/.test(f.text));
    expect(cameras?.modality).toBe("hypothetical");
    expect(cameras?.date).toBeUndefined();
  });

  it("cameras installed on a day keep it", () => {
    const doc = extract(
      "On Monday the army installed new thermal cameras along the border wall.",
      "2026-05-31",
    );
    expect(dated(doc).some((f) => /thermal cameras/.test(f.text) && f.date?.value === "2026-05-25")).toBe(
      true,
    );
  });
});

describe("a toll sentence with an aside on who the dead man was", () => {
  it("'X, who had led the prayer, was killed' is the toll of the shooting told before it", () => {
    const doc = extract(
      "On Tuesday night two men on a motorcycle opened fire on worshippers leaving a mosque in Abu Hamam. Sheikh Faisal al-Hamad, who had led the prayer, was killed, and two worshippers were wounded.",
      "2026-02-20",
    );
    const rows = dated(doc).filter((f) => f.kind === "event");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.date?.value).toBe("2026-02-17");
    expect(rows[0]?.outcome?.text).toMatch(/was killed/);
  });

  it("a pluperfect outside an aside still tells an earlier toll", () => {
    const doc = extract(
      "On Tuesday night two men on a motorcycle opened fire on worshippers leaving a mosque in Abu Hamam. Two imams had been killed in the district the year before.",
      "2026-02-20",
    );
    expect(doc.facts.some((f) => f.outcome)).toBe(false);
  });
});

describe("'that morning' after a day its own sentence names", () => {
  it("is a part of that day, not of the day told in the sentence before", () => {
    const doc = extract(
      "On Thursday night, gunmen attacked an army checkpoint on the Badia road, killing three soldiers. The Interior Ministry said on Friday that two of the attackers had been killed in a pursuit that morning south of the road.",
      "2026-09-12",
    );
    expect(dated(doc).find((f) => /pursuit/.test(f.text))?.date?.value).toBe("2026-09-11");
  });

  it("with no day of its own sentence, is still the day told before", () => {
    const doc = extract(
      "On Thursday night, gunmen attacked an army checkpoint on the Badia road. Police arrested two men that night.",
      "2026-09-12",
    );
    expect(dated(doc).find((f) => /arrested two men/.test(f.text))?.date?.value).toBe("2026-09-10");
  });
});
