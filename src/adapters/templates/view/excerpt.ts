/** A passage of a source sentence with the words that matter set apart. */
export interface Excerpt {
  before: string;
  emphasis: string;
  after: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The part of `sentence` around `span`, at most about `maxWords` long, so that a short fact
 * ("concrete wall") is read in its context without quoting a whole 80-word sentence.
 */
export function excerpt(sentence: string, span: string, maxWords = 36): Excerpt {
  let at = sentence.indexOf(span);
  if (at < 0) at = sentence.toLowerCase().indexOf(span.toLowerCase());
  if (at < 0) return { before: "", emphasis: span, after: "" };
  const room = Math.max(0, maxWords - words(span).length);
  const head = words(sentence.slice(0, at));
  const tail = words(sentence.slice(at + span.length));
  // Context after the span reads better than before it, so it gets the larger share.
  let keepHead = Math.min(head.length, Math.floor(room / 2));
  const keepTail = Math.min(tail.length, room - keepHead);
  keepHead = Math.min(head.length, room - keepTail);
  const lead = sentence.slice(0, at).match(/\s$/) ? " " : "";
  const trail = sentence.slice(at + span.length).match(/^\s/) ? " " : "";
  const before = head.slice(head.length - keepHead).join(" ");
  const after = tail.slice(0, keepTail).join(" ");
  return {
    before: `${keepHead < head.length ? "… " : ""}${before}${before ? lead : ""}`,
    emphasis: sentence.slice(at, at + span.length),
    after: `${after ? trail : ""}${after}${keepTail < tail.length ? " …" : ""}`,
  };
}
