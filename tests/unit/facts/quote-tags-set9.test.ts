import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

/** Speech tags first met in the ninth held-out set, on sentences written for these tests. */

const quotes = (text: string) => extract(text).quotes.map((q) => [q.kind, q.speaker.name, q.text]);

describe("speech tags of set 9's registers", () => {
  it("finds the speaker after a quote when a long role and a full name stand before the verb", () => {
    expect(
      quotes(
        '"The bakery was full of children," Deir ez-Zor provincial council member Yasser al-Hamad said.',
      ),
    ).toEqual([["direct", "Yasser al-Hamad", "The bakery was full of children"]]);
  });

  it("reads 'put it bluntly:' before a quotation as the speaker's words", () => {
    expect(
      quotes(
        'Brigadier Salem Haddad, who commanded the border brigade until last year, put it bluntly: "The wall will not stop them."',
      ),
    ).toEqual([["direct", "Salem Haddad", "The wall will not stop them"]]);
  });

  it("attributes the second part of a split tag 'as X puts it,'", () => {
    const found = quotes(
      'Lina Farouk studies the camps. The problem, as Farouk puts it, "is that nobody wants to be the last to leave."',
    );
    expect(found).toEqual([["direct", "Lina Farouk", "is that nobody wants to be the last to leave"]]);
  });

  it("reads ', he went on,' inside a sentence as a tag of reported speech", () => {
    const found = quotes(
      "Karim Jabbar defended the plan. The prisons in Basra, he went on, had room for another 500 men.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe("indirect");
    expect(found[0]?.[1]).toBe("Karim Jabbar");
    expect(found[0]?.[2]).toContain("had room for another 500 men");
  });

  it("does not read 'went on' as a tag when it is not set off by commas", () => {
    expect(quotes("The fighting went on for three days near the dam.")).toEqual([]);
  });

  it("takes the head of a long 'according to' phrase as the source", () => {
    const drivers = extract(
      "The lorry had waited near the gate since dawn, according to three drivers who spoke to Rudaw by phone.",
    ).quotes;
    expect(drivers.map((q) => [q.kind, q.text])).toEqual([
      ["indirect", "The lorry had waited near the gate since dawn"],
    ]);
    expect(drivers[0]?.speaker.name).toMatch(/^three drivers/);
    const doc = extract(
      "The camp held about 40,000 people, according to a UN count from earlier this month.",
    );
    expect(doc.quotes.map((q) => [q.kind, q.text])).toEqual([
      ["indirect", "The camp held about 40,000 people"],
    ]);
    const source = doc.entities.find((e) => e.id === doc.quotes[0]?.speaker.entityId);
    expect(source?.name).toBe("United Nations");
  });

  it("reads a reported question as an indirect quote of the one who asked it", () => {
    expect(
      quotes("The defence lawyer, Omar Saleh, asked the officer twice whether the search had a warrant."),
    ).toEqual([["indirect", "Omar Saleh", "whether the search had a warrant"]]);
    expect(
      quotes(
        "The minister ignored a question from MP Dalia Nouri, who asked how many guards had been hired.",
      ),
    ).toEqual([["indirect", "Dalia Nouri", "how many guards had been hired"]]);
  });

  it("does not read 'asked' without a question word as a quote", () => {
    expect(quotes("The family asked for the body to be returned.")).toEqual([]);
  });

  it("reads 'issued a statement ... announcing that' as what the statement's author says", () => {
    expect(
      quotes("The provincial council issued a statement on Sunday announcing that schools would reopen."),
    ).toEqual([["indirect", "provincial council", "schools would reopen"]]);
  });

  it("does not take the agent of a participle describing the subject as the speaker", () => {
    expect(
      quotes(
        "A farmer wounded by Islamic State in Hajin told the court on Monday that the men had taken his sheep.",
      ),
    ).toEqual([["indirect", "A farmer", "the men had taken his sheep"]]);
  });

  it("skips a dateline in capitals before the dash when finding the subject", () => {
    expect(
      quotes(
        "KIRKUK — A teacher held by the Asayish for a week told reporters on Friday that she had been beaten.",
      ),
    ).toEqual([["indirect", "A teacher", "she had been beaten"]]);
  });

  it("reads 'the office of the governor' as a source, with the words it quotes", () => {
    expect(
      quotes(
        'The office of the governor said in a statement that the province had lost "a builder of bridges".',
      ),
    ).toEqual([
      ["indirect", "office of the governor", 'the province had lost "a builder of bridges"'],
      ["direct", "office of the governor", "a builder of bridges"],
    ]);
  });
});
