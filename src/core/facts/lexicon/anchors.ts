/**
 * Well-known dated events that articles use as time references without a date ("days after
 * the collapse of his regime"). Patterns run over folded sentence text (see normalize.foldChars).
 */
export interface AnchorEvent {
  id: string;
  /** ISO date of the event. */
  date: string;
  label: string;
  pattern: RegExp;
  /** When set, this must appear in the sentence or the one before ("his regime" needs Assad). */
  context?: RegExp;
}

export const ANCHOR_EVENTS: AnchorEvent[] = [
  {
    id: "fall-of-assad",
    date: "2024-12-08",
    label: "fall of the Assad government",
    pattern:
      /\b(?:fall|collapse|ouster|toppling|overthrow|downfall)\s+of\s+(?:the\s+)?(?:(?:(?:syrian\s+)?president\s+)?(?:bashar\s+)?(?:al-)?assads?|his)(?:\s+(?:regime|government))?\b|\bassads?\s+(?:regime|government)s?\s+(?:fell|collapsed)\b|\b(?:overthrew|toppled|ousted|deposed)\s+(?:(?:syrian\s+)?president\s+)?(?:bashar\s+)?(?:al-)?assad\b|\bassad\s+was\s+(?:overthrown|toppled|ousted|deposed)\b/,
    context: /\bassad\b/,
  },
  {
    id: "ghwayran-attack",
    date: "2022-01-20",
    label: "Islamic State attack on Ghwayran prison",
    pattern:
      /\b(?:attack|assault|siege)\s+on\s+(?:the\s+)?(?:ghwayran|ghuwayran|al-sinaa)\b|\b2022\s+(?:ghwayran|ghuwayran)\s+(?:prison\s+)?(?:attack|assault|break)/,
  },
  {
    id: "baghouz",
    date: "2019-03-23",
    label: "fall of Baghouz, the Islamic State's last territory",
    pattern: /\b(?:fall|battle|defeat)\s+(?:of|at)\s+(?:al-)?bagh(?:o)?uz\b|\bterritorial defeat\b/,
  },
  {
    id: "fall-of-mosul",
    date: "2014-06-10",
    label: "Islamic State capture of Mosul",
    pattern: /\b(?:fall|capture|seizure)\s+of\s+mosul\b/,
  },
];
