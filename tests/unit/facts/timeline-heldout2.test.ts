import { describe, expect, it } from "vitest";
import { segment } from "../../../src/core/facts/text/segment.js";
import { tokenize } from "../../../src/core/facts/text/tokenize.js";
import { extract, spanProblems } from "./helpers.js";

/**
 * Timeline rules from the second held-out set (issue 10): publication dates in the forms news
 * sites print them, and event words an analyst expects on a timeline. Sentences written for these tests.
 */

function head(text: string) {
  const tokens = tokenize(text);
  const result = segment(text, tokens);
  return { ...result, texts: result.sentences.map((s) => text.slice(s.start, s.end)) };
}

const dated = (doc: ReturnType<typeof extract>) =>
  doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);

describe("publication date lines", () => {
  it("reads a date line with a 12-hour clock and a zone with its offset", () => {
    const { metadata, texts } = head(
      "Militants strike a pipeline\n\nBy A. Writer\n\nApril 4, 2024 3:05 PM GMT+2\n\nGunmen blew up a pipeline on Wednesday night.",
    );
    expect(metadata.publishedAt).toBe("2024-04-04");
    expect(texts).not.toContain("April 4, 2024 3:05 PM GMT+2");
  });

  it("reads an abbreviated weekday and a 24-hour clock with a summer-time zone", () => {
    expect(head("Title\n\nFri 7 Jun 2024 08.15 CEST\n\nThe convoy left.").metadata.publishedAt).toBe(
      "2024-06-07",
    );
    expect(head("Title\n\nPublished Friday 7 June 2024 08.15 BST\n\nIt left.").metadata.publishedAt).toBe(
      "2024-06-07",
    );
  });

  it("keeps an 'Updated 3 hours ago' stamp out of the sentences", () => {
    const { texts } = head("Title\nUpdated 3 hours ago\n\nThe convoy left the town.");
    expect(texts).toEqual(["Title", "The convoy left the town."]);
  });

  it("reads a sign-off date at the foot of a statement when the head has none", () => {
    const text =
      "Statement of the Provincial Council\n\nThe council condemned the attack on the market on Monday. It calls for calm.\n\nKirkuk, 3 July 2024";
    const { metadata, texts } = head(text);
    expect(metadata.publishedAt).toBe("2024-07-03");
    expect(texts).not.toContain("Kirkuk, 3 July 2024");
    const doc = extract(text);
    expect(dated(doc).find((f) => /condemned/.test(f.text))?.date?.value).toBe("2024-07-01");
  });
});

describe("event words of a timeline", () => {
  it("reads arson, executions and a relative lost as dated events", () => {
    const text =
      "Prisoners set fire to mattresses in the central jail on Saturday. Gunmen executed three shepherds near the dam on 2 May. His neighbour lost two sons to the militia in 2015.";
    const doc = extract(text, "2024-05-06");
    const values = dated(doc).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2024-05-04", "2024-05-02", "2015"]));
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("does not read an executed plan as a killing", () => {
    const doc = extract("The council executed the plan to rebuild the bridge on 2 May.", "2024-05-06");
    expect(doc.facts.filter((f) => f.kind === "event")).toEqual([]);
  });

  it("reads ground swept through and retaken", () => {
    const text =
      "In 2013, the militia swept through the valley. When the army retook the valley in 2019, hundreds of families left.";
    const values = dated(extract(text, "2024-05-06")).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2013", "2019"]));
  });

  it("reads a statement told to a panel or a meeting as one event, not a meeting too", () => {
    const text =
      "The governor told a meeting with tribal leaders last month that the road would reopen. A researcher told a panel in Paris on Monday that the threat was growing.";
    const doc = extract(text, "2024-05-08");
    const events = dated(doc).filter((f) => f.kind === "event");
    expect(events.map((f) => f.date?.value).sort()).toEqual(["2024-04", "2024-05-06"]);
  });

  it("reads the handover of a base and a suspension of work", () => {
    const text =
      "On Friday, the army said the coalition had completed the handover of the northern air base to Iraqi forces. The oil firm suspended its operations in the district for a month on 3 May.";
    const values = dated(extract(text, "2024-05-13")).map((f) => f.date?.value);
    expect(values).toEqual(expect.arrayContaining(["2024-05-10", "2024-05-03"]));
  });
});

describe("dates and words carried within a story", () => {
  it("dates an undated follow-on by the month the story last named, not the publication's", () => {
    const text =
      "On the night of 28 August, gunmen attacked a police post near Hit. The interior ministry said its units had pursued the gunmen and killed one of them.";
    const doc = extract(text, "2024-09-02");
    const pursuit = dated(doc).find((f) => /pursued/.test(f.text));
    expect(pursuit?.date?.value).toBe("2024-08");
  });

  it("keeps the publication month when the last day named is long past", () => {
    const text =
      "Gunmen attacked a checkpoint near Hit on Sunday. The same checkpoint was first attacked on 3 March 2023. Officers later arrested a driver at the checkpoint.";
    const doc = extract(text, "2024-09-03");
    const driver = dated(doc).find((f) => /driver/.test(f.text));
    expect(driver?.date?.value).toBe("2024-09");
  });

  it("credits 'it' in a reported clause to the organization that said it", () => {
    const text =
      "The Kurdistan Region Security Council said on Friday that it had arrested a bomb-making cell in Koya.";
    const doc = extract(text, "2024-09-08");
    const arrest = dated(doc).find((f) => /arrested/.test(f.text));
    const names = doc.entities.filter((e) => arrest?.entities.includes(e.id)).map((e) => e.name);
    expect(names.join(" ")).toMatch(/Security Council/);
  });

  it("cites an accord with its making and its purpose", () => {
    const text =
      "Residents welcomed an agreement reached with Ankara in May 2023 to withdraw the fighters from the border strip.";
    const doc = extract(text, "2024-09-08");
    const deal = doc.facts.find((f) => /^an agreement/.test(f.text));
    expect(deal?.text).toMatch(/^an agreement reached with Ankara in May 2023 to withdraw the fighters/);
    expect(deal?.date?.value).toBe("2023-05");
    expect(spanProblems(doc, text)).toEqual([]);
  });
});
