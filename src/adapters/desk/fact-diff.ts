import type { Entity, FactsDocument } from "../../core/facts/schema.js";

/** One difference between the machine's facts and an analyst's version, in words an analyst reads. */
export interface FactChange {
  section: "entity" | "quote" | "fact";
  op: "added" | "removed" | "changed" | "merged";
  /** What it is about: the entity's name, the quote's or fact's first words. */
  subject: string;
  before: string;
  after: string;
}

const label = (e: Entity) => e.surface ?? e.name;
const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * What the analyst changed: entities added, removed, merged, retyped or renamed; quotes given
 * another speaker; facts with another date or other entities. Compared by id, which corrections keep.
 */
export function diffFacts(machine: FactsDocument, analyst: FactsDocument): FactChange[] {
  const changes: FactChange[] = [];
  const now = new Map(analyst.entities.map((e) => [e.id, e]));
  const before = new Map(machine.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => {
    const e = now.get(id) ?? before.get(id);
    return e ? label(e) : id;
  };

  for (const e of machine.entities) {
    const a = now.get(e.id);
    if (!a) {
      // Merged: another entity now holds its mentions.
      const into = analyst.entities.find(
        (x) =>
          x.id !== e.id &&
          e.mentions.length > 0 &&
          e.mentions.every((m) => x.mentions.some((n) => n.start === m.start)),
      );
      changes.push(
        into
          ? {
              section: "entity",
              op: "merged",
              subject: label(e),
              before: `${e.type}, ${e.mentions.length} mentions`,
              after: `into ${label(into)}`,
            }
          : { section: "entity", op: "removed", subject: label(e), before: e.type, after: "—" },
      );
      continue;
    }
    if (a.type !== e.type)
      changes.push({ section: "entity", op: "changed", subject: label(e), before: e.type, after: a.type });
    if (label(a) !== label(e))
      changes.push({
        section: "entity",
        op: "changed",
        subject: label(e),
        before: label(e),
        after: label(a),
      });
  }
  for (const a of analyst.entities) {
    if (!before.has(a.id)) {
      changes.push({
        section: "entity",
        op: "added",
        subject: label(a),
        before: "—",
        after: `${a.type}, ${a.mentions.length} mention${a.mentions.length === 1 ? "" : "s"}`,
      });
    }
  }

  const quotes = new Map(analyst.quotes.map((q) => [q.id, q]));
  for (const q of machine.quotes) {
    const a = quotes.get(q.id);
    const subject = `“${short(q.text, 60)}”`;
    if (!a) {
      changes.push({ section: "quote", op: "removed", subject, before: q.speaker.name, after: "—" });
      continue;
    }
    if (a.speaker.entityId !== q.speaker.entityId || a.speaker.name !== q.speaker.name) {
      changes.push({
        section: "quote",
        op: "changed",
        subject,
        before: `said by ${q.speaker.name}`,
        after: `said by ${a.speaker.name}`,
      });
    }
  }

  const facts = new Map(analyst.facts.map((f) => [f.id, f]));
  for (const f of machine.facts) {
    const a = facts.get(f.id);
    const subject = `${f.kind}: ${short(f.text, 60)}`;
    if (!a) {
      changes.push({ section: "fact", op: "removed", subject, before: f.kind, after: "—" });
      continue;
    }
    if ((a.date?.value ?? "") !== (f.date?.value ?? "")) {
      changes.push({
        section: "fact",
        op: "changed",
        subject,
        before: `date ${f.date?.value ?? "none"}`,
        after: `date ${a.date?.value ?? "none"}`,
      });
    }
    const was = f.entities.map(nameOf).join(", ");
    const is = a.entities.map(nameOf).join(", ");
    if (was !== is)
      changes.push({
        section: "fact",
        op: "changed",
        subject,
        before: was || "no entities",
        after: is || "no entities",
      });
  }
  return changes;
}
