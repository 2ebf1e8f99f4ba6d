import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/**
 * The issue line under an issuer's masthead (set 71's first sight, issue 10, helper x86): the
 * publication's title and the kind of piece beside the date are the issuer's labels, and a
 * country after a body's name on the masthead names the body's branch. Headers written for these
 * tests.
 */

const names = (text: string) => extract(text).entities.map((e) => e.name);

describe("the dated issue line under a masthead", () => {
  it("names no body in the publication's title or the piece's label", () => {
    const found = names(
      [
        "EUPHRATES BEEKEEPERS' UNION",
        "Beekeepers Daily · Arabic edition · Friday 12 February 2027",
        "",
        "Apiary burned near Raqqa",
        "",
        "Gunmen set fire to forty hives near Raqqa on Tuesday, the Internal Security Command said.",
      ].join("\n"),
    );
    expect(found).not.toContain("Beekeepers Daily");
    expect(found).toContain("Raqqa");
  });

  it("names no place in a label opened by a site's noun", () => {
    const found = names(
      [
        "GOLDEN SHEAF TRADERS",
        "Wheat Wire · Market summary · Monday 8 February 2027",
        "",
        "Silo guard wounded in Tikrit",
        "",
        "A guard was wounded at a grain silo in Tikrit on Sunday night.",
      ].join("\n"),
    );
    expect(found).not.toContain("Wheat Wire");
    expect(found).not.toContain("Market");
  });

  it("reads a known place inside the title, and the title's short form, as the publication's beat", () => {
    const found = names(
      [
        "RENTFINDER",
        "Basra Apartment Rent Index · Issue 4 · Sunday 7 February 2027",
        "",
        "Rents hold after shooting in Zubair",
        "",
        "Rents held steady this week after a shop owner was shot dead in Zubair on Monday.",
        "",
        "Rentfinder publishes its Basra index every Sunday.",
      ].join("\n"),
    );
    expect(found).not.toContain("Basra");
    expect(found).toContain("Zubair");
  });

  it("keeps a place the body names by itself (guard)", () => {
    const found = names(
      [
        "RENTFINDER",
        "Basra Apartment Rent Index · Issue 4 · Sunday 7 February 2027",
        "",
        "Rents hold after shooting",
        "",
        "A shop owner was shot dead in Basra on Monday, police said.",
      ].join("\n"),
    );
    expect(found).toContain("Basra");
  });

  it("keeps a title the body names as a party (guard)", () => {
    const found = names(
      [
        "EUPHRATES BEEKEEPERS' UNION",
        "Beekeepers Daily · Arabic edition · Friday 12 February 2027",
        "",
        "Apiary burned near Raqqa",
        "",
        "Gunmen set fire to forty hives near Raqqa on Tuesday. Beekeepers Daily said its reporter had been threatened.",
      ].join("\n"),
    );
    expect(found).toContain("Beekeepers Daily");
  });
});

describe("a country after a body's name on the masthead", () => {
  it("names the body's branch, not a place of the story", () => {
    const found = names(
      [
        "TRUCKLINE SYRIA",
        "Freight Rates · Week 6 · Thursday 11 February 2027",
        "",
        "Driver kidnapped near Deir Hafer",
        "",
        "A dispatcher, Kamal Issa, told Truckline that gunmen had kidnapped a lorry driver near Deir Hafer on Tuesday.",
        "",
        "Truckline publishes its rates every Thursday.",
      ].join("\n"),
    );
    expect(found).not.toContain("Syria");
    expect(found).toContain("Truckline");
  });

  it("keeps the country the body names by itself (guard)", () => {
    const found = names(
      [
        "TRUCKLINE SYRIA",
        "Freight Rates · Week 6 · Thursday 11 February 2027",
        "",
        "Driver kidnapped near Deir Hafer",
        "",
        "A dispatcher, Kamal Issa, told Truckline that gunmen had kidnapped a lorry driver in Syria on Tuesday.",
        "",
        "Truckline publishes its rates every Thursday.",
      ].join("\n"),
    );
    expect(found).toContain("Syria");
  });
});
