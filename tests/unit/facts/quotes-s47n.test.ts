import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Quotes of a court's verdict summary (session 47, set 44), on texts written for these tests. */

const quotes = (text: string) =>
  extract(text, "2026-06-15").quotes.map((q) => [q.kind, q.speaker.name, q.text]);

describe("a witness's testimony and a defendant's denial", () => {
  it("'A surviving son testified that the defendant had \"…\"' is his indirect quote with a fragment", () => {
    expect(
      quotes('3. A surviving son testified that the defendant had "stood at the door with a list".\n'),
    ).toEqual([
      ["indirect", "A surviving son", 'the defendant had "stood at the door with a list"'],
      ["direct", "A surviving son", "stood at the door with a list"],
    ]);
  });

  it("'The defendant …, denied the charges. \"…,\" he said' is the defendant's, not the witness's before", () => {
    const text =
      '3. A surviving son testified that the defendant had "stood at the door".\n\n4. The defendant, who was arrested in March 2025 at a checkpoint near Zummar, denied the charges. "I was a cook in Mosul. I never entered Tal Afar," he said.\n';
    expect(quotes(text).at(-1)).toEqual([
      "direct",
      "The defendant",
      "I was a cook in Mosul. I never entered Tal Afar",
    ]);
  });

  it("a pronoun after a sentence about the defendants (plural) is not taken for one of them", () => {
    const text =
      '3. A surviving son testified that the defendant had "stood at the door".\n\n4. The defendants, who were arrested in March 2025, denied the charges. "I was a cook in Mosul," he said.\n';
    expect(quotes(text).at(-1)?.[1]).not.toBe("The defendants");
  });
});

describe("a monitoring report's numbered paragraphs and claimed attacks", () => {
  it("'45. Since 2024, ISIL has claimed fewer attacks …, one Member State observed': the State's words", () => {
    const text =
      "44. The group relied on extortion.\n\n45. Since 2024, ISIL has claimed fewer attacks than it has carried out, one Member State observed, a practice the Team assesses as deliberate.\n";
    expect(quotes(text)).toEqual([
      ["indirect", "one Member State", "Since 2024, ISIL has claimed fewer attacks than it has carried out"],
    ]);
  });

  it("'4.5 Since 2021, … according to the Department': the paragraph number is the report's", () => {
    const text =
      "4.4 Customs installed scanners.\n\n4.5 Since 2021, customs have seized more than 120 million pills, according to the Anti-Narcotics Department.\n";
    expect(quotes(text).map((q) => q[2])).toEqual([
      "Since 2021, customs have seized more than 120 million pills",
    ]);
  });

  it("attacks claimed are owned, not said; a clause claimed is said", () => {
    expect(quotes("Since 2024, ISIL has claimed fewer attacks than it has carried out.\n")).toEqual([]);
    expect(quotes("The ministry claimed the attackers had fled across the border.\n")).toEqual([
      ["indirect", "The ministry", "the attackers had fled across the border"],
    ]);
  });
});

describe("kin named by whose they are", () => {
  it("'what his late father … had said: ‘…’' keeps whose father", () => {
    const text =
      "The sheikh also recalled what his late father, who preached from the same pulpit, had said after an earlier bombing: ‘A city that mourns together is not defeated.’\n";
    expect(quotes(text)).toEqual([
      ["direct", "his late father", "A city that mourns together is not defeated"],
    ]);
  });
});

describe("a quoted phrase as the subject of the words said", () => {
  it('\'which said "a soldier of the caliphate" had targeted "…"\' is an indirect quote of the agency', () => {
    const text =
      'Islamic State claimed responsibility for the bombing through its Amaq agency, which said "a soldier of the caliphate" had targeted "a gathering of the militias". Local officials dismissed the claim.\n';
    expect(quotes(text)).toContainEqual([
      "indirect",
      "Amaq",
      '"a soldier of the caliphate" had targeted "a gathering of the militias"',
    ]);
  });

  it("'said \"never again\".' with no verb after the quotation opens no clause", () => {
    const text = 'The mayor said "never again". Residents agreed.\n';
    expect(quotes(text).filter((q) => q[0] === "indirect")).toEqual([]);
  });
});
