import { describe, expect, it } from "vitest";
import { entityNamed, entityOrAside, extract } from "./helpers.js";

/** Session 55 (x51) readings, on sentences written for these tests, not taken from the corpus. */

describe("places of issue and of reporting (x51, session 55)", () => {
  it("drops an office's address closing a header line cut by separators", () => {
    const doc = extract(
      "INCIDENT NOTE 7 · Zagros Drilling · Field Office, Kirkuk\nIssued Monday 4 May 2026\n\nA bomb hit a pickup near Tikrit on Sunday night.",
    );
    expect(entityNamed(doc, "Kirkuk")).toBeUndefined();
    expect(entityNamed(doc, "Tikrit")).toBeDefined();
  });

  it("keeps a header's place after a longer part that says where something took place", () => {
    const doc = extract(
      "BRIEFING · Press conference at the Ministry of Interior in the capital, Baghdad\n\nThe minister said two cells had been dismantled near Tikrit.",
    );
    expect(entityNamed(doc, "Baghdad")).toBeDefined();
  });

  it("drops a place where the reporters sat on a credit line, even in the story's country", () => {
    const doc = extract(
      "A bomb hit a pickup near Tikrit on Sunday night, police said.\n\nReporting by Tom Hale in London and our correspondents in Mosul.",
    );
    expect(entityNamed(doc, "Mosul")).toBeUndefined();
    expect(entityNamed(doc, "Tikrit")).toBeDefined();
  });

  it("keeps a credit line's place the story also names", () => {
    const doc = extract(
      "A bomb hit a pickup in Mosul on Sunday night, police said.\n\nReporting by our correspondents in Mosul.",
    );
    expect(entityNamed(doc, "Mosul")).toBeDefined();
  });
});

describe("countries named in passing (x51, session 55)", () => {
  it("sets aside the countries a company's crews come from", () => {
    const doc = extract(
      "The contractor employs crews from Pakistan and Egypt at the Ajil field near Tikrit.",
    );
    expect(entityNamed(doc, "Pakistan")).toBeUndefined();
    expect(entityNamed(doc, "Egypt")).toBeUndefined();
    expect(entityOrAside(doc, "Egypt")?.passing).toBe(true);
  });

  it("keeps a country that workers cross from", () => {
    const doc = extract("Smugglers crossed from Syria into Jordan near Ruwaished on Saturday.");
    expect(entityNamed(doc, "Syria")).toBeDefined();
  });

  it("sets aside a country named only as an end of a route named by both", () => {
    const doc = extract(
      "Flows through the Iraq–Jordan railway stopped after a bomb exploded near Rutba on Sunday.",
    );
    expect(entityNamed(doc, "Jordan")).toBeUndefined();
    expect(entityOrAside(doc, "Jordan")).toBeDefined();
    expect(entityNamed(doc, "Rutba")).toBeDefined();
  });

  it("keeps a town named as an end of a road: it says where along the way", () => {
    const doc = extract("A bomb hit a patrol on the Kirkuk–Erbil road near Debaga on Sunday.");
    expect(entityNamed(doc, "Kirkuk")).toBeDefined();
  });
});

describe("bodies named with a place (x51, session 55)", () => {
  it("reads a town's municipality as a body, not the town", () => {
    const doc = extract("Basra Municipality said the road near Zubair would reopen on Tuesday.");
    expect(entityNamed(doc, "Basra Municipality")?.type).toBe("organization");
    expect(entityNamed(doc, "Basra")).toBeUndefined();
  });

  it("reads a service's directorate in a province named nowhere else as one body", () => {
    const doc = extract(
      "We sent the request to the Civil Defence Directorate in Diyala. According to the directorate, 12 shells were removed near Baqubah this year.",
    );
    expect(entityNamed(doc, "Civil Defence Directorate in Diyala")?.type).toBe("organization");
    expect(entityNamed(doc, "Diyala")).toBeUndefined();
    const q = doc.quotes.find((x) => x.text.startsWith("12 shells"));
    expect(q?.speaker.name).toBe("Civil Defence Directorate in Diyala");
  });

  it("keeps the province of a directorate when the text names it again", () => {
    const doc = extract(
      "The Civil Defence Directorate in Diyala said 12 shells were removed. Farmers in Diyala found two more.",
    );
    expect(entityNamed(doc, "Diyala")).toBeDefined();
  });

  it("keeps the town where a command stands", () => {
    const doc = extract("The Nineveh Operations Command in Mosul said two suspects were arrested.");
    expect(entityNamed(doc, "Mosul")).toBeDefined();
  });
});

describe("readers' comments and site posts (x51, session 55)", () => {
  it("sets aside an account named only as a comment's label", () => {
    const doc = extract(
      "A blast hit the market in Kirkuk on Saturday evening.\n\nComment (@basra_walker): I was there, it was a gas cylinder.",
    );
    expect(entityNamed(doc, "@basra_walker")).toBeUndefined();
    expect(entityOrAside(doc, "@basra_walker")).toBeDefined();
  });

  it("keeps an account the text reports on", () => {
    const doc = extract("The account @LevantWatcher wrote that a blast hit the market in Kirkuk.");
    expect(entityNamed(doc, "@LevantWatcher")).toBeDefined();
  });

  it("gives 'the foreman' to the foreman named before", () => {
    const doc = extract(
      "The site foreman, Karim Hassan Ali, reached the crew within minutes. \"Nobody was hurt,\" he said. The foreman described the rules as 'the reason we are alive'.",
    );
    const q = doc.quotes.find((x) => x.kind === "direct" && x.text === "the reason we are alive");
    expect(q?.speaker.name).toBe("Karim Hassan Ali");
  });
});
