import { describe, expect, it } from "vitest";
import type { FactsDocument } from "../../../src/core/facts/schema.js";
import { extract } from "./helpers.js";

/**
 * An "as told to" testimony speaks in its narrator's voice: the narrator's reported "I told him
 * that ..." is the narrator's, and the "he" of the next sentence is someone else — on sentences
 * written for these tests.
 */

const speakerOf = (doc: FactsDocument, words: string, kind?: "direct" | "indirect") =>
  doc.quotes.find((q) => q.text.includes(words) && (!kind || q.kind === kind))?.speaker.name ?? null;

const testimony = (body: string[]) =>
  [
    'CITY WEEKLY · "AS TOLD TO"',
    "A nurse on the night the dam gave way. As told to Petra Lind.",
    "Nora Haddad Salim, 41, has worked at the river clinic for ten years.",
    ...body,
  ].join("\n\n");

describe("as told to", () => {
  it("gives the narrator's 'I told him that ...' to the narrator, not to the writer", () => {
    const doc = extract(
      testimony([
        "The water reached the ward at midnight. I told the guard that the children had to go first.",
        "My sister called the next morning. I told her that the clinic needed me.",
      ]),
    );
    expect(speakerOf(doc, "the children had to go first", "indirect")).toBe("Nora Haddad Salim");
    expect(speakerOf(doc, "the clinic needed me", "indirect")).toBe("Nora Haddad Salim");
  });

  it("does not make the narrator the 'he' who answers her", () => {
    const doc = extract(
      testimony([
        'I told the guard that the children had to go first. He said, "Then go, and do not come back."',
      ]),
    );
    expect(speakerOf(doc, "Then go, and do not come back", "direct")).not.toBe("Nora Haddad Salim");
  });

  it("leaves a column's own 'I' unattributed when nothing says whose testimony it is", () => {
    const doc = extract(
      [
        "THE SUNDAY LEDGER · COLUMNS",
        "A weekly column by Arne Holm.",
        "Last week I wrote that the bridge would hold. I told the mayor that it would not.",
      ].join("\n\n"),
    );
    expect(speakerOf(doc, "it would not", "indirect")).not.toBe("Arne Holm");
  });
});
