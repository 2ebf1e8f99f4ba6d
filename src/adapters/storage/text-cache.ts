/**
 * Texts of objects that are written once and never replaced, kept in memory up to a byte
 * budget (the least recently used go first). Only for keys whose object cannot change: a
 * cached text is never checked against the store again.
 */
export class ImmutableTextCache {
  private readonly texts = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): string | undefined {
    const text = this.texts.get(key);
    if (text === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.texts.delete(key);
    this.texts.set(key, text);
    return text;
  }

  set(key: string, text: string): void {
    // UTF-16 code units: what the string holds in memory, near enough.
    const size = text.length * 2;
    if (size > this.budgetBytes) return;
    const old = this.texts.get(key);
    if (old !== undefined) {
      this.texts.delete(key);
      this.bytes -= old.length * 2;
    }
    this.texts.set(key, text);
    this.bytes += size;
    for (const [k, t] of this.texts) {
      if (this.bytes <= this.budgetBytes) break;
      this.texts.delete(k);
      this.bytes -= t.length * 2;
    }
  }
}
