import { describe, expect, it } from "vitest";
import { extract, spanProblems } from "./helpers.js";

/** One event, one entry; whole-phrase labels; tallies are quantities. Sentences written for these tests. */

const events = (doc: ReturnType<typeof extract>) => doc.facts.filter((f) => f.kind === "event");

describe("one event, one entry", () => {
  it("folds the mentions of a change of regime on one day into one event", () => {
    const text =
      "The ouster of the Hasina government stunned the region. Days later the toppling of her government and her flight to India were still debated. Officials met in Delhi after the fall of the government.";
    const doc = extract(text, "2024-08-20");
    // Without an anchor date these stay undated; what counts is that one sentence gives one event.
    const second = events(doc).filter((f) => f.sentence === 1);
    expect(second.length).toBeLessThanOrEqual(1);
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("tells an attack and the killing it caused once, with every entity and tag", () => {
    const text =
      "Islamic State fighters attacked an army post near Baiji with a car bomb on 3 May, killing four soldiers.";
    const doc = extract(text, "2024-06-01");
    const dated = events(doc).filter((f) => f.date?.value === "2024-05-03");
    expect(dated).toHaveLength(1);
    expect(dated[0]?.tags).toEqual(expect.arrayContaining(["explosive-device"]));
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("joins mentions in one sentence linked by 'and' into one span", () => {
    const text =
      "Days after the collapse of his regime and his flight to Moscow on 8 December 2024, Assad's allies regrouped.";
    const doc = extract(text, "2025-01-10");
    const fall = events(doc).filter((f) => f.date?.value === "2024-12-08");
    expect(fall).toHaveLength(1);
    expect(fall[0]?.text).toMatch(/^the collapse of his regime and his flight to Moscow/);
  });

  it("prints a measure named twice on its day once, by its fullest citation, keeping both facts", () => {
    const text =
      "Key points: the army and the tribes met in Ramadi on the 4 June agreement. On Friday, the army and tribal committees met in Ramadi to discuss the 4 June agreement on returning the displaced to their villages.";
    const doc = extract(text, "2025-07-14");
    const timeline = doc.facts.filter((f) => f.kind !== "quantity" && f.kind !== "threat" && f.date);
    const accord = timeline.filter((f) => f.date?.value === "2025-06-04");
    expect(accord).toHaveLength(1);
    expect(accord[0]?.text).toContain("on returning the displaced");
    expect(doc.facts.filter((f) => f.text.includes("agreement") && f.kind === "countermeasure").length).toBe(
      2,
    );
    // "the 4 June agreement" names the accord: it does not date the meeting.
    const meeting = timeline.find((f) => f.kind === "event" && f.text.includes("On Friday"));
    expect(meeting?.date?.value).toBe("2025-07-11");
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it("prints a measure inside the citation of another measure of its day once", () => {
    const text =
      "On Sunday, police imposed a curfew on the town and launched a search campaign in the farms, arresting five men.";
    const doc = extract(text, "2025-06-03");
    const dated = doc.facts.filter((f) => f.kind === "countermeasure" && f.date?.value === "2025-06-01");
    expect(dated).toHaveLength(1);
  });

  it("prints a summary's attack of 'this month' and the body's attack of its day once, by the day", () => {
    const text = [
      "• A Daesh ambush near Tuz Khurmatu killed three Federal Police officers, the deadliest attack this month.",
      "On Tuesday, Daesh militants ambushed a Federal Police patrol near Tuz Khurmatu, killing three officers.",
    ].join("\n\n");
    const doc = extract(text, "2025-05-26");
    const ambush = events(doc).filter((f) => f.date && f.text.toLowerCase().includes("ambush"));
    expect(ambush.map((f) => f.date?.value)).toEqual(["2025-05-20"]);
  });

  it("dates an assassination and leaflets handed out as events, and the next sentence's retelling once", () => {
    const text = [
      "Monitors documented the assassination of a tribal elder by gunmen in a village east of Raqqa yesterday evening.",
      "According to local sources, two gunmen on a motorcycle opened fire on him outside his house, killing him.",
      "On 29 May, militants assassinated two police officers near Tabqa.",
      "Militants had distributed leaflets in villages near Tabqa last week, threatening anyone who works with the police.",
    ].join(" ");
    const doc = extract(text, "2025-06-01");
    const dated = events(doc).filter((f) => f.date);
    expect(dated.filter((f) => f.date?.value.startsWith("2025-05-31") || f.sentence === 1)).toHaveLength(1);
    expect(dated.some((f) => f.date?.value === "2025-05-29" && f.text.includes("assassinated"))).toBe(true);
    expect(dated.some((f) => f.text.includes("distributed leaflets"))).toBe(true);
  });

  it("dates a statement's numbered results by the line that lists them, and labels each whole", () => {
    const text = [
      "The command said that the operation ended on Sunday evening with the following results:",
      "1. The destruction of 12 hideouts and tunnels and the seizure of 30 explosive devices.",
      "2. The death of a soldier and the wounding of two others when an explosive device went off near Baiji.",
    ].join("\n\n");
    const doc = extract(text, "2026-04-20");
    const timeline = doc.facts.filter((f) => (f.kind === "event" || f.kind === "countermeasure") && f.date);
    const seizure = timeline.find((f) => f.text.startsWith("The destruction"));
    expect(seizure?.kind).toBe("countermeasure");
    expect(seizure?.text).toContain("and the seizure of 30 explosive devices");
    expect(seizure?.date?.value).toBe("2026-04-19");
    // Seized explosive devices are no bombing; the one that went off is.
    // (The operation's end, in the line that lists them, is a happening of its own.)
    expect(timeline.filter((f) => f.kind === "event").map((f) => f.sentence)).toEqual([0, 2]);
    expect(timeline.find((f) => f.sentence === 2)?.date?.value).toBe("2026-04-19");
  });

  it("keeps two attacks on one day in different places apart", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint in Tikrit on Sunday. Separately, gunmen attacked a checkpoint in Kirkuk on Sunday.",
      "2024-06-04",
    );
    expect(events(doc).filter((f) => f.date?.value === "2024-06-02")).toHaveLength(2);
  });

  it("never cuts a label inside a name or after a preposition", () => {
    const doc = extract(
      "An assault by Islamic State fighters on a gas field left six workers dead.",
      "2024-06-04",
    );
    const label = events(doc)[0]?.text ?? "";
    expect(label).toMatch(/^An assault by Islamic State fighters/);
    expect(label).not.toMatch(/\b(by|of|the|a|on)$/);
  });

  it("cites a bomb that struck with its clause, not 'a roadside bomb struck a'", () => {
    const doc = extract("A roadside bomb struck an army patrol near Samarra on Friday.", "2024-06-04");
    expect(events(doc)[0]?.text).toBe("A roadside bomb struck an army patrol near Samarra on Friday");
  });

  it("reads a tally since a year as a quantity over that period, not an event dated that year", () => {
    const doc = extract(
      "The militia has killed more than 2,300 civilians in Diyala since 2016, the monitor said.",
      "2024-06-04",
    );
    expect(events(doc).filter((f) => f.date?.value.startsWith("2016"))).toEqual([]);
    const tally = doc.facts.find((f) => f.kind === "quantity" && f.value === 2300);
    expect(tally?.date?.value).toBe("2016/2024");
  });

  it("keeps a figure over the past week as news", () => {
    const doc = extract(
      "Troops killed 12 militants in raids over the past week, the army said.",
      "2024-06-04",
    );
    expect(events(doc).length).toBeGreaterThan(0);
  });

  it("folds a later telling of the day's event into it, and keeps a separate one apart", () => {
    const doc = extract(
      "Gunmen attacked a checkpoint near Baiji on Sunday night, killing two policemen. Officials said the gunmen attacked the Baiji checkpoint from two sides. Separately, gunmen attacked a convoy in Hit.",
      "2024-06-04",
    );
    const dated = events(doc).filter((f) => f.date);
    expect(dated.map((f) => f.sentence)).toEqual([0, 2]);
  });

  it("does not take an attacked checkpoint for a security measure", () => {
    const doc = extract("Gunmen stormed an army checkpoint near Baiji on Sunday.", "2024-06-04");
    expect(doc.facts.filter((f) => f.kind === "countermeasure")).toEqual([]);
  });

  it("ends a noun phrase where a past verb after it starts, not at 'armed' after a preposition", () => {
    const doc = extract(
      "The withdrawal of foreign advisers from the base in March removed the only trained crews. The fall of the regime at the hands of armed factions came in May.",
      "2024-06-04",
    );
    const labels = doc.facts.map((f) => f.text);
    expect(labels).toContain("The withdrawal of foreign advisers from the base in March");
    expect(labels.some((l) => /^The fall of the regime at the hands of armed factions/.test(l))).toBe(true);
  });
});
