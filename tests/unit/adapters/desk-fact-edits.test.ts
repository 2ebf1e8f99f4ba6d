import { describe, expect, it } from "vitest";
import { diffFacts } from "../../../src/adapters/desk/fact-diff.js";
import {
  addEntity,
  mergeEntities,
  removeEntity,
  retypeEntity,
  setFactDate,
  setSpeaker,
} from "../../../src/adapters/desk/fact-edits.js";
import { highlightText } from "../../../src/adapters/desk/highlight.js";
import { newArticle } from "../../../src/core/articles/article.js";
import { ValidationError } from "../../../src/core/errors.js";
import { checkAnalystFacts } from "../../../src/core/facts/check-analyst-facts.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { corpusText } from "../../support/corpus.js";

const article = newArticle(
  { title: "Iraq fortifies its Syrian border", text: corpusText(), source: "Al-Hurra" },
  new Date("2025-01-15T00:00:00Z"),
);
const machine = extractFacts(article);
const byName = (name: string) => {
  const e = machine.entities.find((x) => (x.surface ?? x.name) === name || x.name === name);
  if (!e) throw new Error(`no entity ${name} in the reference facts`);
  return e;
};

describe("an analyst's corrections to the reference article's facts", () => {
  it("adds an entity the machine missed, found wherever the article writes it, and the result passes the API's checks", () => {
    // "border guard" is written in the text, and the machine does not name it.
    expect(machine.entities.some((e) => e.name === "border guard")).toBe(false);
    const edited = addEntity(machine, article.text, { name: "border guard", type: "organization" });
    const added = edited.entities.at(-1);
    expect(added).toMatchObject({ id: "analyst-e1", type: "organization", name: "border guard" });
    for (const m of added?.mentions ?? []) expect(article.text.slice(m.start, m.end)).toBe("border guard");
    expect(added?.mentions.length).toBe(article.text.split("border guard").length - 1);
    expect(() => checkAnalystFacts(article, edited)).not.toThrow();
    expect(machine.entities.some((e) => e.id === "analyst-e1")).toBe(false);
    expect(diffFacts(machine, edited)).toEqual([
      expect.objectContaining({ section: "entity", op: "added", subject: "border guard" }),
    ]);
  });

  it("refuses a name the article does not write, an unknown type, and a duplicate", () => {
    expect(() => addEntity(machine, article.text, { name: "Kabul", type: "place" })).toThrow(ValidationError);
    expect(() => addEntity(machine, article.text, { name: "border guard", type: "ship" })).toThrow(/one of/);
    const iraq = byName("Iraq");
    expect(() => addEntity(machine, article.text, { name: iraq.name, type: iraq.type })).toThrow(/already/);
  });

  it("removes an entity with every reference to it, keeping the speaker's name on its quotes", () => {
    const quote = machine.quotes.find((q) => q.speaker.entityId !== null);
    expect(quote).toBeDefined();
    const speakerId = quote?.speaker.entityId as string;
    const edited = removeEntity(machine, speakerId);
    expect(edited.entities.some((e) => e.id === speakerId)).toBe(false);
    expect(edited.facts.every((f) => !f.entities.includes(speakerId))).toBe(true);
    expect(edited.quotes.find((q) => q.id === quote?.id)?.speaker).toEqual({
      entityId: null,
      name: quote?.speaker.name,
    });
    expect(() => checkAnalystFacts(article, edited)).not.toThrow();
    expect(diffFacts(machine, edited).filter((c) => c.op === "removed")).toHaveLength(1);
  });

  it("retypes an entity and merges two, moving mentions and references to the one kept", () => {
    const syria = byName("Syria");
    const retyped = retypeEntity(machine, syria.id, "organization");
    expect(retyped.entities.find((e) => e.id === syria.id)?.type).toBe("organization");
    expect(diffFacts(machine, retyped)).toEqual([
      {
        section: "entity",
        op: "changed",
        subject: syria.surface ?? syria.name,
        before: "place",
        after: "organization",
      },
    ]);
    expect(() => retypeEntity(machine, syria.id, "place")).toThrow(/already/);

    const [keep, merge] = machine.entities.filter((e) => e.type === "organization");
    if (!keep || !merge) throw new Error("the reference facts name two organizations");
    const merged = mergeEntities(machine, keep.id, merge.id);
    const kept = merged.entities.find((e) => e.id === keep.id);
    expect(merged.entities.some((e) => e.id === merge.id)).toBe(false);
    expect(kept?.mentions).toHaveLength(keep.mentions.length + merge.mentions.length);
    expect(kept?.aliases).toContain(merge.surface ?? merge.name);
    expect(merged.facts.every((f) => !f.entities.includes(merge.id))).toBe(true);
    expect(() => checkAnalystFacts(article, merged)).not.toThrow();
    expect(diffFacts(machine, merged)).toContainEqual(
      expect.objectContaining({
        section: "entity",
        op: "merged",
        after: `into ${keep.surface ?? keep.name}`,
      }),
    );
    expect(() => mergeEntities(machine, keep.id, keep.id)).toThrow(/two different/);
  });

  it("sets a quote's speaker to a person or organization only, and a fact's date in ISO 8601 only", () => {
    const quote = machine.quotes[0];
    const person = machine.entities.find((e) => e.type === "person" && e.id !== quote?.speaker.entityId);
    const place = machine.entities.find((e) => e.type === "place");
    if (!quote || !person || !place) throw new Error("the reference facts have quotes, people and places");
    const spoken = setSpeaker(machine, quote.id, person.id);
    expect(spoken.quotes[0]?.speaker).toEqual({ entityId: person.id, name: person.surface ?? person.name });
    expect(() => setSpeaker(machine, quote.id, place.id)).toThrow(/cannot speak/);

    const fact = machine.facts[0];
    if (!fact) throw new Error("the reference facts have facts");
    const dated = setFactDate(machine, fact.id, "2025-01-10");
    expect(dated.facts[0]?.date?.value).toBe("2025-01-10");
    expect(() => setFactDate(machine, fact.id, "10 January")).toThrow(/not a date/);
    expect(() => checkAnalystFacts(article, dated)).not.toThrow();
    expect(diffFacts(machine, dated)).toEqual([
      expect.objectContaining({ section: "fact", op: "changed", after: "date 2025-01-10" }),
    ]);
  });
});

describe("the highlighted text", () => {
  it("keeps every character of the article, escaped, in properly nested marks", () => {
    const html = highlightText(`${article.text}<script>`, machine);
    expect(html).not.toContain("<script>");
    // Nested: every opening mark is closed, in order.
    const depth = [...html.matchAll(/<(\/?)mark\b/g)].reduce((d, m) => {
      const next = d + (m[1] ? -1 : 1);
      expect(next).toBeGreaterThanOrEqual(0);
      return next;
    }, 0);
    expect(depth).toBe(0);
    const visible = html
      .replace(/<span class="tip"[^>]*>.*?<\/dl><\/span>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    expect(visible).toBe(`${article.text}<script>`);
    const focusable = html.match(/tabindex="0"/g)?.length ?? 0;
    const mentions = machine.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(focusable).toBe(mentions + machine.quotes.length + machine.facts.length);
  });
});
