import { describe, expect, it } from "vitest";
import { dated, datesOf, extract, meta } from "./helpers.js";

/** Head lines of scripts, on-air statements, sent notices, labels and lectures (session 35), on texts written for these tests. */

describe("a register's own head line dates the text", () => {
  it("'Transmission: <date>' dates a programme's script", () => {
    const text =
      'RIVER FILMS · "THE CROSSING" · SCRIPT (AS BROADCAST)\nTransmission: Friday 6 February 2026, 20:00 Erbil time · Running time 24\'\n\nV.O.: Gunmen attacked the ferry post on Wednesday night.';
    expect(meta(text).publishedAt).toBe("2026-02-06");
  });

  it("'Read on air in the … bulletin, <date>' dates a statement read on air", () => {
    const text =
      "RADIO NAHR · CORRECTION\nRead on air in the 08:00 news bulletin, Monday 2 March 2026, and posted on the station's website\n\nOn Friday we wrongly named a man arrested in Samarra.";
    expect(meta(text).publishedAt).toBe("2026-03-02");
  });

  it("'Sent …: <date>' dates a notice or message, with or without whom it was sent to", () => {
    const notice =
      "DESERT ROUTES TRAVEL · Leeds\nNOTICE No. 2 — Group DR-11\nSent to all travellers by email: Thursday 4 June 2026, 17:00 UK time\n\nDear travellers,\n\nOn Tuesday a bomb hit a bus near Tikrit.";
    expect(meta(notice).publishedAt).toBe("2026-06-04");
    const mail = "Sent: Wednesday 3 June 2026, 09:12\nSubject: travel\n\nThe road was closed on Monday.";
    expect(meta(mail).publishedAt).toBe("2026-06-03");
  });

  it("a sentence that opens with 'Sent' and names a date is no sent stamp", () => {
    const text =
      "THE RIVER GAZETTE\nSent to Basra in May 2019 as a conscript, he stayed on after 12 June 2019 and never left.\n\nHe lives there now.";
    expect(meta(text).publishedAt).toBeNull();
  });

  it("'Opening day: <date>' dates an exhibition's labels", () => {
    const text =
      "BASRA MUSEUM · TEMPORARY EXHIBITION\nLabels as installed · Opening day: Sunday 1 March 2026\n\nLABEL 1 — A seal\n\nSeized at a checkpoint three weeks ago.";
    expect(meta(text).publishedAt).toBe("2026-03-01");
  });

  it("'Lecture delivered <date>' beside 'Edited transcript published <date>': the speaker's days count from the lecture", () => {
    const text =
      "INSTITUTE OF STUDIES\nPublic lecture series\nLecture delivered Tuesday 10 March 2026 · Edited transcript published Monday 16 March 2026\n\nDR SALEH: Thank you. On Sunday, gunmen shot dead a mukhtar in Hit.";
    const m = meta(text);
    expect(m.publishedAt).toBe("2026-03-16");
    expect(m.heldAt).toBe("2026-03-10");
    expect(datesOf(extract(text), /shot dead a mukhtar/)).toEqual(["2026-03-08"]);
  });
});

describe("a statement's later day is not the story's day", () => {
  it("'the next morning' after 'X said yesterday that …' counts from the attack, not the statement", () => {
    const text =
      "On Saturday evening a bus carrying workers was hit by a roadside bomb near Balad. The police said yesterday that two passengers had been killed. A second bomb was found and defused near the same road the next morning, according to the same statement.";
    expect(datesOf(extract(text, "2026-06-09"), /second bomb was found/)).toEqual(["2026-06-07"]);
  });

  it("a statement's day before the last day named still moves the story back to it", () => {
    const text =
      "Gunmen attacked a checkpoint near Hit on Monday. The army said on Tuesday that it had arrested two men. The next day a third man was arrested in Haditha.";
    expect(datesOf(extract(text, "2026-06-12"), /third man was arrested/)).toEqual(["2026-06-10"]);
  });
});

describe("a counted date set off after a named day is an apposition to it", () => {
  it("'On the morning of 28 October, two weeks ago tomorrow, …' is 28 October", () => {
    const text =
      "On the morning of 28 October, two weeks ago tomorrow, gunmen shot dead a sheikh outside his house in Diban.";
    expect(datesOf(extract(text, "2026-11-10"), /shot dead a sheikh/)).toEqual(["2026-10-28"]);
  });

  it("'That was on 14 February, the day before the meeting' is 14 February", () => {
    const text =
      "Militants burned a farmer's tractor near Hawija on 14 February, the day before the villagers' meeting with the army.";
    expect(datesOf(extract(text, "2026-03-08"), /burned a farmer's tractor/)).toEqual(["2026-02-14"]);
  });

  it("'…, two days after his men intercepted a convoy' still dates the clause it introduces", () => {
    const text = "We met him on 16 October, two days after his men intercepted a convoy near Baiji.";
    const doc = extract(text, "2026-10-20");
    expect(datesOf(doc, /intercepted a convoy/)).toContain("2026-10-14");
  });
});

describe("'that evening', 'that morning': a part of the day last named", () => {
  it("'The SDF said that evening that its forces had arrested …' is of the day of the killing", () => {
    const text =
      "On 28 October gunmen shot dead a sheikh in Diban. The SDF said that evening that its forces had arrested the cell responsible in a raid in al-Busayrah.";
    expect(datesOf(extract(text, "2026-11-10"), /arrested the cell/)).toEqual(["2026-10-28"]);
  });
});

describe("a wall a blast went off against is where the attack struck", () => {
  it("'a small bomb went off against the restaurant's riverside wall' is an event of its day, not a barrier", () => {
    const doc = extract(
      "Shortly before midnight on Thursday, a small bomb left in a plastic bag went off against the restaurant's riverside wall.",
      "2026-11-22",
    );
    expect(
      dated(doc)
        .filter((f) => f.kind === "event")
        .map((f) => f.date?.value),
    ).toEqual(["2026-11-19"]);
    expect(doc.facts.some((f) => (f.tags ?? []).includes("fortification"))).toBe(false);
  });

  it("a wall built against infiltration is still a barrier", () => {
    const doc = extract(
      "The army built a concrete wall against infiltration along the border on Thursday.",
      "2026-11-22",
    );
    expect(
      doc.facts.some((f) => f.kind === "countermeasure" && (f.tags ?? []).includes("fortification")),
    ).toBe(true);
  });
});
