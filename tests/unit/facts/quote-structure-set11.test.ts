import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Document structure as a layer of attribution (posts of a thread), on sentences written for these tests. */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);

const thread = [
  "RIVER DESK · LIVE THREAD",
  "",
  "Posts as published.",
  "",
  "@MosulWatcher (Mosul Watcher) · Tue 3 Jun · 21:05",
  "Gunfire near the old bridge. Shops closing early.",
  "",
  "@LaylaKarim (Layla Karim, reporter) · Tue 3 Jun · 21:30",
  'A nurse at the clinic just told me: "They came in two cars and fired at the checkpoint." He says nobody was hurt. Checking.',
  "",
  "@NinewaPolice (Nineveh Police Command) · Tue 3 Jun · 22:10",
  "Two suspects were arrested after an exchange of fire at the bridge checkpoint. The situation is under control.",
  "",
  "@LaylaKarim (Layla Karim, reporter) · Tue 3 Jun · 22:15",
  'Reposted @NinewaPolice: "The situation is under control." Colleague @MosulWatcher at the bridge says the road is open again.',
].join("\n");

describe("posts of a compiled thread", () => {
  it("reads each post's own words as a direct quote of the account named in its header", () => {
    const found = quotes(thread);
    expect(found).toContainEqual([
      "direct",
      "Mosul Watcher",
      "Gunfire near the old bridge. Shops closing early",
    ]);
    expect(found).toContainEqual([
      "direct",
      "Nineveh Police Command",
      "Two suspects were arrested after an exchange of fire at the bridge checkpoint. The situation is under control",
    ]);
  });

  it("keeps what a post reports from others as their quotes, beside the post", () => {
    const found = quotes(thread);
    expect(found).toContainEqual([
      "direct",
      "A nurse at the clinic",
      "They came in two cars and fired at the checkpoint",
    ]);
    expect(found).toContainEqual(["indirect", "A nurse at the clinic", "nobody was hurt"]);
    expect(
      found.some(
        ([kind, who, text]) => kind === "direct" && who === "Layla Karim" && text?.endsWith("Checking"),
      ),
    ).toBe(true);
  });

  it("reads a handle in a subject as its account, and a repost's quotation as the shared post, kept once", () => {
    const found = quotes(thread);
    expect(found).toContainEqual(["indirect", "Mosul Watcher", "the road is open again"]);
    expect(found.filter(([, , text]) => text === "The situation is under control")).toEqual([]);
  });

  it("needs two headers: a lone handle line is no thread", () => {
    const found = quotes("@MosulWatcher · 21:05\nGunfire near the old bridge. Shops closing early.");
    expect(found).toEqual([]);
  });

  it("ends a post at a blank line: the desk's note after the thread is its own narration", () => {
    const found = quotes(`${thread}\n\nOur note: the bridge reopened at midnight.`);
    expect(found.some(([, , text]) => text?.includes("reopened"))).toBe(false);
  });
});

describe("council and delegation house style", () => {
  it("reads 'the United States' as a name, not as the verb 'states' ending a mid-sentence tag", () => {
    expect(
      quotes(
        "At the debate, the representative of the United States, Ambassador Laura Pell, said her country would fund the camps.",
      ),
    ).toEqual([["indirect", "Laura Pell", "her country would fund the camps"]]);
  });

  it("resolves 'the Assistant Secretary-General' to the person holding that hyphenated post", () => {
    expect(
      quotes(
        "Opening the meeting, Omar Haddadi, Assistant Secretary-General for Africa, said the mission was short of troops. The Assistant Secretary-General told the Council that two bases had closed.",
      ),
    ).toEqual([
      ["indirect", "Omar Haddadi", "the mission was short of troops"],
      ["indirect", "Omar Haddadi", "two bases had closed"],
    ]);
  });

  it("keeps 'the representative of Jordan' apart from the representative of another country named before", () => {
    expect(
      quotes(
        "Egypt's representative, Ambassador Samir Fawzi, said talks had stalled. The representative of Jordan, speaking also for Lebanon, said the border was calm.",
      ),
    ).toEqual([
      ["indirect", "Samir Fawzi", "talks had stalled"],
      ["indirect", "representative of Jordan", "the border was calm"],
    ]);
  });
});

describe("descriptions in quotation marks", () => {
  it("reports 'described X as \"...\"' as an indirect quote holding the quoted words", () => {
    expect(quotes('The mayor described the flood, which cut the town in two, as "a slow disaster".')).toEqual(
      [
        ["indirect", "The mayor", 'the flood, which cut the town in two, as "a slow disaster"'],
        ["direct", "The mayor", "a slow disaster"],
      ],
    );
  });
});

describe("court reports", () => {
  it("reads 'the defendant' as a speaker of what he told the court", () => {
    expect(
      quotes('The defendant told the tribunal that his statement had been "written by the police".'),
    ).toEqual([
      ["indirect", "The defendant", 'his statement had been "written by the police"'],
      ["direct", "The defendant", "written by the police"],
    ]);
  });

  it("reads 'Asked by the defence whether ...' as the defence's reported question, up to its comma", () => {
    expect(
      quotes("Asked by the defence whether he had signed the report, the witness replied that he had."),
    ).toContainEqual(["indirect", "the defence", "whether he had signed the report"]);
  });

  it("resolves 'the officer' and 'the major' to the person of that rank named before", () => {
    const found = quotes(
      "Major Sami Daher of the border guard testified first. He said the lorry had been searched. The officer told the court that nothing was found. The major said the driver had fled.",
    );
    expect(found.map(([, who]) => who)).toEqual(["Sami Daher", "Sami Daher", "Sami Daher"]);
  });

  it("reads a bare clause whose verb opens its quotation: 'said the two reports \"agree on every point\"'", () => {
    expect(quotes('The prosecutor said the two reports "agree on every point".')).toEqual([
      ["indirect", "The prosecutor", 'the two reports "agree on every point"'],
      ["direct", "The prosecutor", "agree on every point"],
    ]);
  });

  it("reads 'asked the court to ...' as a request, its quotation the requester's, and stops at ', adding'", () => {
    expect(
      quotes(
        'Her lawyer, Rana Saleh, spoke last. She asked the judges to order "a full medical examination", adding that her client had been beaten.',
      ),
    ).toEqual([
      ["indirect", "Rana Saleh", 'the judges to order "a full medical examination"'],
      ["direct", "Rana Saleh", "a full medical examination"],
      ["indirect", "Rana Saleh", "her client had been beaten"],
    ]);
  });

  it("does not read 'asked not to be named' as a request", () => {
    expect(quotes("A guard who asked not to be named said the gate was shut.")).toEqual([
      ["indirect", "A guard", "the gate was shut"],
    ]);
  });
});

describe("relative clauses after a role", () => {
  it("reads 'X, director of the Y, who said' as the person, not the organization", () => {
    expect(
      quotes(
        "Also speaking was Lena Holm, Director of Programmes of the World Food Programme (WFP), who said rations had been cut.",
      ),
    ).toEqual([["indirect", "Lena Holm", "rations had been cut"]]);
  });
});

describe("broadcast transcripts", () => {
  const script = [
    "CHANNEL 9 · NIGHT NEWS · TRANSCRIPT",
    "",
    "[STUDIO]",
    "",
    "ANCHOR (Dina Saleh): Good evening. A bus was attacked on the desert road.",
    "",
    "[SOUNDBITE — driver, name withheld]",
    "",
    "DRIVER: They stopped us at the bend and took the phones. Nobody was hurt.",
    "",
    "[LIVE — PALMYRA]",
    "",
    "REPORTER: The road is closed tonight.",
    "",
    "ANCHOR: Thank you.",
  ].join("\n");

  it("reads a label used once as a speaker's turn when a soundbite cue stands before it, and ends it at the next cue", () => {
    expect(quotes(script)).toEqual([
      ["direct", "DRIVER", "They stopped us at the bend and took the phones. Nobody was hurt"],
    ]);
  });
});

describe("reporting clauses of roundups and wires", () => {
  it("reads the clause after 'when, according to X,' as X's, not the words before", () => {
    expect(
      quotes(
        "The men were crossing the desert when, according to survivors, gunmen on motorcycles opened fire.",
      ),
    ).toEqual([["indirect", "survivors", "gunmen on motorcycles opened fire"]]);
  });

  it("ends the first clause after 'told me' at 'and that'", () => {
    expect(
      quotes("A nurse at the clinic told me the generator had failed and that the staff had left."),
    ).toEqual([
      ["indirect", "A nurse at the clinic", "the generator had failed and that the staff had left"],
    ]);
  });

  it("reads channels and villagers as sources", () => {
    expect(quotes("Local Telegram channels reported that a trader was kidnapped.")).toEqual([
      ["indirect", "Local Telegram channels", "a trader was kidnapped"],
    ]);
    expect(quotes("Villagers told reporters they had waited a month for help.")).toEqual([
      ["indirect", "Villagers", "they had waited a month for help"],
    ]);
  });

  it("reads a clause after 'denied' without 'that', but not a noun phrase", () => {
    expect(quotes("The army denied any strike took place.")).toEqual([
      ["indirect", "The army", "denied any strike took place"],
    ]);
    expect(quotes("The suspect denied the charge.")).toEqual([]);
  });

  it("reads a sentence opening 'Described by X as \"...\"' as X's description", () => {
    expect(
      quotes(
        'Shots were fired at a checkpoint. Described by a local official as "probing fire" aimed at the guards.',
      ),
    ).toEqual([
      ["indirect", "a local official", '"probing fire" aimed at the guards'],
      ["direct", "a local official", "probing fire"],
    ]);
  });
});

describe("researchers and estimates", () => {
  it("reads 'X, a researcher at the Y, who described' as X, not the organization", () => {
    expect(
      quotes(
        'Noor Aziz, a researcher at the Washington-based Brookings Institution, described the raid as "a warning".',
      ),
    ).toContainEqual(["direct", "Noor Aziz", "a warning"]);
    expect(
      quotes(
        '"It was planned," said Noor Aziz, a researcher at the Washington-based Brookings Institution, who described the raid as "a warning".',
      ),
    ).toContainEqual(["direct", "Noor Aziz", "a warning"]);
  });

  it("reads a split tag after a verbless first part as the whole sentence said", () => {
    expect(
      quotes(
        "Noor Aziz spoke last. The riot in the camp last winter, Aziz warned, showed how thin the guard was.",
      ),
    ).toEqual([
      [
        "indirect",
        "Noor Aziz",
        "The riot in the camp last winter, Aziz warned, showed how thin the guard was",
      ],
    ]);
  });

  it("names the source of 'according to X published in July' by X", () => {
    expect(
      quotes("According to UN estimates published in July, the group still has 2,000 fighters."),
    ).toEqual([["indirect", "UN estimates", "the group still has 2,000 fighters"]]);
  });
});
