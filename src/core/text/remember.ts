/**
 * A reading of a text remembered per text: the assessment asks the same question of one sentence
 * many times (once per fact it holds, per pair of figures, per pass over the reports), and the
 * answer is the text's alone. At most `limit` texts are kept; when full, the memory starts over.
 */
export function rememberedPerText<T>(read: (text: string) => T, limit: number): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = read(text);
    if (kept.size >= limit) kept.clear();
    kept.set(text, value);
    return value;
  };
}
