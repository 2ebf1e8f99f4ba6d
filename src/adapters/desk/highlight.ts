import { everyEntity, type FactsDocument } from "../../core/facts/schema.js";

/**
 * The article text as HTML with every fact marked where it stands: entity mentions by type,
 * quotes, and events, threats, countermeasures and quantities. Spans nest and sometimes cross
 * (a quote that begins inside a fact); crossing spans are split so the marks nest, and only the
 * first piece of each is focusable and carries the details, shown on focus or hover.
 */

export interface Detail {
  term: string;
  value: string;
}

interface Span {
  start: number;
  end: number;
  /** Outer kinds first when two spans cover the same characters. */
  rank: number;
  id: string;
  cls: string;
  title: string;
  details: Detail[];
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESC[ch] as string);

/** The anchor id of an item's first mark, for links from the tables. */
export const markId = (itemId: string) => `m-${itemId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

export function spansOf(doc: FactsDocument): Span[] {
  const names = new Map(everyEntity(doc).map((e) => [e.id, e.surface ?? e.name]));
  const spans: Span[] = [];
  for (const f of doc.facts) {
    const details: Detail[] = [{ term: "Kind", value: f.kind }];
    if (f.modality !== "asserted") details.push({ term: "Modality", value: f.modality });
    if (f.value !== undefined)
      details.push({ term: "Value", value: `${f.value}${f.unit ? ` ${f.unit}` : ""}` });
    if (f.measures) details.push({ term: "Measures", value: f.measures });
    if (f.date)
      details.push({ term: "Date", value: f.date.value + (f.date.text ? ` (“${f.date.text}”)` : "") });
    if (f.entities.length)
      details.push({ term: "Who, where", value: f.entities.map((id) => names.get(id) ?? id).join(", ") });
    if (f.codes?.acled)
      details.push({
        term: "ACLED",
        value: [f.codes.acled.eventType, f.codes.acled.subEventType].filter(Boolean).join(" / "),
      });
    if (f.codes?.cameo)
      details.push({ term: "CAMEO", value: `${f.codes.cameo.code} ${f.codes.cameo.label}` });
    spans.push({
      start: f.start,
      end: f.end,
      rank: 0,
      id: f.id,
      cls: `fact fact-${f.kind}`,
      title: f.text,
      details,
    });
  }
  for (const q of doc.quotes) {
    const details: Detail[] = [
      { term: "Speaker", value: q.speaker.name },
      { term: "Kind", value: `${q.kind} quote` },
    ];
    if (q.modality !== "asserted") details.push({ term: "Modality", value: q.modality });
    spans.push({ start: q.start, end: q.end, rank: 1, id: q.id, cls: "quote", title: "Quote", details });
  }
  for (const e of doc.entities) {
    const details: Detail[] = [{ term: "Type", value: e.type }];
    if (e.surface && e.surface !== e.name) details.push({ term: "Canonical", value: e.name });
    if (e.role) details.push({ term: "Role", value: e.role });
    if (e.affiliation) details.push({ term: "Affiliation", value: e.affiliation });
    if (e.aliases.length) details.push({ term: "Also", value: e.aliases.join(", ") });
    details.push({ term: "Mentions", value: String(e.mentions.length) });
    e.mentions.forEach((m, k) => {
      spans.push({
        start: m.start,
        end: m.end,
        rank: 2,
        id: k === 0 ? e.id : `${e.id}~${k}`,
        cls: `ent ent-${e.type}`,
        title: e.surface ?? e.name,
        details,
      });
    });
  }
  return spans.filter((s) => s.end > s.start);
}

const outerFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end || a.rank - b.rank;

export function highlightText(text: string, doc: FactsDocument): string {
  const spans = spansOf(doc).filter((s) => s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const opened = new Set<Span>();
  const stack: Span[] = [];
  let html = "";
  let tip = 0;
  const open = (s: Span) => {
    const first = !opened.has(s);
    opened.add(s);
    if (!first) return `<mark class="${s.cls}">`;
    const tipId = `t${++tip}`;
    const dl = s.details.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${escapeHtml(d.value)}</dd>`).join("");
    return `<mark class="${s.cls}" id="${markId(s.id)}" tabindex="0" aria-describedby="${tipId}"><span class="tip" role="tooltip" id="${tipId}"><b>${escapeHtml(s.title)}</b><dl>${dl}</dl></span>`;
  };
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const active = spans.filter((s) => s.start <= from && to <= s.end).sort(outerFirst);
    // Close what is not a prefix of the wanted nesting; reopen (as a continuation) what must be.
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    while (stack.length > keep) {
      stack.pop();
      html += "</mark>";
    }
    for (const s of active.slice(keep)) {
      html += open(s);
      stack.push(s);
    }
    html += escapeHtml(text.slice(from, to));
  }
  html += "</mark>".repeat(stack.length);
  return html;
}
