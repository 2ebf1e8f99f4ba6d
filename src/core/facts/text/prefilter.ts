/**
 * Literal prefilters for regular expressions. Most rules match few sentences, and running every
 * rule's regular expression over every sentence is the larger part of extraction time. From a
 * pattern's source we derive, once, a set of lower-case literals such that any text the pattern
 * matches in contains one of them ("attack", "storm", "raid" for an attack verb with a prison
 * after it); a sentence that contains none of them cannot match and is skipped with a few
 * `includes` calls. The derivation is conservative: a construct it does not understand (a class
 * escape, a range, a back-reference, a Unicode-mode pattern) contributes no literal, and a
 * pattern it cannot bound gets no prefilter at all, so `mightMatch` only ever answers "no" when the
 * pattern cannot match.
 *
 * Why lower case is sound: without the `u` or `v` flag, an ASCII letter of a case-insensitive
 * pattern matches only its two ASCII cases, and `toLowerCase` maps every ASCII character to one
 * ASCII character, so a run of ASCII text a pattern matched is, lower-cased, a run of the
 * lower-cased text. Non-ASCII characters never become literals.
 */

/** The strings a node can match, when few and known; `null` when unbounded or unknown. */
type Exact = Set<string> | null;

interface Info {
  exact: Exact;
  /** Any text the node matches in contains one of these; `null` when nothing is known. */
  must: Set<string> | null;
  /**
   * What any text the node matches in must hold, as a whole: every part of a sequence's
   * literals, and for an alternation one of its branches' conditions. Stronger than `must`, which
   * is one set for the whole node: "(?:spread|stretched) thin|manned by only a few" needs "thin"
   * and one of "spread" or "stretched", or else "manned by only a few", where `must` can only ask
   * for one of "thin" and "manned by only a few".
   */
  cond: Cond;
}

/**
 * A necessary condition on a text: `true` (nothing known), one of a set of lower-case literals,
 * all of several conditions, or one of several.
 */
type Cond = true | { any: Set<string> } | { all: Cond[] } | { either: Cond[] };

const MAX_EXACT = 32;
// The automaton reads a text once whatever the number of literals: a long alternation of phrases
// ("withdrawal", "pulled out", "troops left their base" ...) is still worth filtering.
const MAX_LITERALS = 256;
const UNKNOWN: Info = { exact: null, must: null, cond: true };
const EMPTY = (): Info => ({ exact: new Set([""]), must: null, cond: true });
/** A condition with more literal sets than this is read as its single `must` set instead. */
const MAX_SETS = 512;

/** One of the literals, when they filter anything (see `usable`). */
function anyOf(set: Set<string> | null): Cond {
  if (!set) return true;
  const m = minimal(set);
  return usable(m) ? { any: m } : true;
}

function allOf(conds: Cond[]): Cond {
  const parts: Cond[] = [];
  const seen = new Set<string>();
  const add = (c: Cond) => {
    if (c === true) return;
    if ("all" in c) for (const x of c.all) add(x);
    else if ("any" in c) {
      // The same literals asked for twice (a run that is also the whole sequence) are one test.
      const key = [...c.any].sort().join("\u0000");
      if (seen.has(key)) return;
      seen.add(key);
      parts.push(c);
    } else parts.push(c);
  };
  for (const c of conds) add(c);
  return parts.length === 0 ? true : parts.length === 1 ? (parts[0] as Cond) : { all: parts };
}

function eitherOf(conds: Cond[]): Cond {
  // One of several literal sets is one of their union.
  const union = new Set<string>();
  const rest: Cond[] = [];
  const add = (c: Exclude<Cond, true>) => {
    if ("any" in c) for (const l of c.any) union.add(l);
    else if ("either" in c) for (const x of c.either) add(x as Exclude<Cond, true>);
    else rest.push(c);
  };
  for (const c of conds) {
    if (c === true) return true;
    add(c);
  }
  if (union.size > 0) rest.unshift({ any: minimal(union) });
  return rest.length === 1 ? (rest[0] as Cond) : { either: rest };
}

/** The node's condition with its own strings' literals. */
function condOf(info: Info): Cond {
  return allOf([info.cond, info.exact ? anyOf(info.exact) : true]);
}

function countSets(c: Cond): number {
  if (c === true) return 0;
  if ("any" in c) return 1;
  return ("all" in c ? c.all : c.either).reduce((n, x) => n + countSets(x), 0);
}

class Unsupported extends Error {}

/** A `must` set without strings that contain another of its strings (they add nothing). */
function minimal(set: Set<string>): Set<string> {
  const list = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of list) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

/** A set usable as a prefilter: no empty or one-letter string (they filter nothing). */
function usable(set: Set<string> | null): set is Set<string> {
  if (!set || set.size === 0 || set.size > MAX_LITERALS) return false;
  for (const s of set) if (s.length < 2) return false;
  return true;
}

/** The better of two prefilters: longer shortest literal, then fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!usable(b)) return usable(a) ? a : null;
  if (!usable(a)) return b;
  const minA = Math.min(6, ...[...a].map((s) => s.length));
  const minB = Math.min(6, ...[...b].map((s) => s.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.size <= b.size ? a : b;
}

function asMust(info: Info): Set<string> | null {
  return better(info.must, info.exact ? minimal(info.exact) : null);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported("trailing input");
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Info;
    let exact: Exact = new Set<string>();
    let must: Set<string> | null = new Set<string>();
    for (const b of branches) {
      if (exact && b.exact && exact.size + b.exact.size <= MAX_EXACT) for (const s of b.exact) exact.add(s);
      else exact = null;
      const m = asMust(b);
      if (must && m) for (const s of m) must.add(s);
      else must = null;
    }
    return { exact, must: must ? minimal(must) : null, cond: eitherOf(branches.map(condOf)) };
  }

  private sequence(): Info {
    let run: Set<string> = new Set([""]);
    let whole = true;
    let best: Set<string> | null = null;
    const conds: Cond[] = [];
    const flush = () => {
      best = better(best, minimal(run));
      conds.push(anyOf(run));
    };
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const item = this.quantified();
      best = better(best, item.must);
      conds.push(item.cond);
      const product = item.exact && run.size * item.exact.size <= MAX_EXACT ? cross(run, item.exact) : null;
      if (product) {
        run = product;
        continue;
      }
      whole = false;
      flush();
      run = item.exact ?? new Set([""]);
    }
    flush();
    return { exact: whole ? run : null, must: best, cond: allOf(conds) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.peek() === "?") this.i++; // lazy: same strings
    const [min, max] = q;
    const must = min >= 1 ? asMust(atom) : null;
    if (min === 1 && max === 1) return atom;
    if (min === 0 && max === 1 && atom.exact && atom.exact.size < MAX_EXACT)
      return { exact: new Set([...atom.exact, ""]), must: null, cond: true };
    return { exact: null, must, cond: min >= 1 ? condOf(atom) : true };
  }

  private quantifier(): [number, number] | null {
    const c = this.peek();
    const simple: Record<string, [number, number]> = { "*": [0, Infinity], "+": [1, Infinity], "?": [0, 1] };
    const q = c === undefined ? undefined : simple[c];
    if (q) {
      this.i++;
      return q;
    }
    if (c !== "{") return null;
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
    if (!m) throw new Unsupported("literal brace");
    this.i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    return [min, max];
  }

  private atom(): Info {
    const c = this.src[this.i++] as string;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return EMPTY();
    if (c === ".") return UNKNOWN;
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]")
      throw new Unsupported(`bare ${c}`);
    return literal(c);
  }

  private group(): Info {
    let kind = "capture";
    const rest = this.src.slice(this.i);
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
    if (rest.startsWith("?") && !head) throw new Unsupported("group syntax");
    if (head) {
      this.i += head[0].length;
      kind = head[0];
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ")") throw new Unsupported("unclosed group");
    // A lookaround consumes nothing; a positive one still needs its text in the subject.
    if (kind === "?=" || kind === "?<=")
      return { exact: new Set([""]), must: asMust(inner), cond: condOf(inner) };
    if (kind === "?!" || kind === "?<!") return EMPTY();
    return inner;
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (c === "b" || c === "B") return EMPTY();
    if (c === "n") return literal("\n");
    if (c === "t") return literal("\t");
    if (c === "r") return literal("\r");
    // Class escapes, back-references, code points, control letters: no literal known.
    if (/[A-Za-z0-9]/.test(c)) {
      // Skip the rest of the escape so that its digits or name are not read as literals.
      const rest = this.src.slice(this.i);
      const tail =
        {
          k: /^<[^>]*>/,
          x: /^[0-9A-Fa-f]{2}/,
          u: /^[0-9A-Fa-f]{4}/,
          c: /^[A-Za-z]/,
        }[c]?.exec(rest) ?? (/\d/.test(c) ? /^\d*/.exec(rest) : null);
      if (tail) this.i += tail[0].length;
      return UNKNOWN;
    }
    return literal(c);
  }

  private charClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.peek() !== "]") {
      let c = this.src[this.i++];
      if (c === undefined) throw new Unsupported("unclosed class");
      if (c === "\\") {
        c = this.src[this.i++];
        if (c === undefined) throw new Unsupported("unclosed class");
        if (/[A-Za-z0-9]/.test(c)) {
          // \n, \t and \r are characters; any other letter or digit escape is a class or a code.
          if (c === "n" || c === "t" || c === "r") c = c === "n" ? "\n" : c === "t" ? "\t" : "\r";
          else {
            known = false;
            continue;
          }
        }
      }
      if (this.peek() === "-" && this.src[this.i + 1] !== "]" && this.src[this.i + 1] !== undefined) {
        // A range: skip its end, escaped or not.
        this.i++;
        if (this.src[this.i++] === "\\") this.i++;
        known = false;
        continue;
      }
      if (c.charCodeAt(0) >= 128) known = false;
      else chars.add(c.toLowerCase());
    }
    this.i++;
    if (!known || chars.size === 0 || chars.size > 8) return UNKNOWN;
    return { exact: chars, must: null, cond: true };
  }
}

function literal(c: string): Info {
  if (c.charCodeAt(0) >= 128) return UNKNOWN;
  return { exact: new Set([c.toLowerCase()]), must: null, cond: true };
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * Lower-case literals one of which any text matched by `re` contains, or `null` when no useful
 * set can be derived (then the pattern must always be run).
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.unicode || re.flags.includes("v")) return null;
  try {
    const info = new Parser(re.source).parse();
    const must = asMust(info);
    return must ? [...must].sort() : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A condition whose literal sets are numbered: a number is "one of that set's literals". */
type Test = number | { all: Test[] } | { either: Test[] };

/**
 * Every derived pattern's condition, its literal sets searched for all at once: an Aho-Corasick
 * automaton over the literals of the sets known when it was built reads a text once and marks
 * every set one of whose literals it contains. A set seen after the build is checked with
 * `includes` until a later text rebuilds the automaton (see `PENDING_SCANS`), so a rule added at
 * any time is filtered as soon as it runs.
 */
const tests = new WeakMap<RegExp, Test | null>();
const literalsById: string[][] = [];
const idsBySet = new Map<string, number>();
let goto: Map<number, number>[] = [new Map()];
let fail: number[] = [0];
let outputs: (number[] | undefined)[] = [];
let built = 0;
/**
 * Once the set of patterns has settled, the automaton as a dense table: one row per state, one
 * column per character class (each ASCII character some literal uses has its own class; every
 * other character is class 0 and leads back to the root, since no literal contains it). A scan
 * is then one array read per character instead of a map lookup and a walk along failure links.
 * Built lazily: while rules are still being met for the first time the automaton is rebuilt often,
 * and the map form is cheaper to rebuild.
 */
let dense: Int32Array | null = null;
let classes = new Uint8Array(128);
let width = 1;
let scansSinceBuild = 0;
const DENSE_AFTER_SCANS = 16;
/**
 * Sets met after the build are checked with `includes` until they are a quarter of those built, or
 * until this many texts have been read: a rebuild reads every literal again, and patterns met one
 * by one (a rule first matching late in a run of articles) should not each cost one.
 */
const PENDING_SCANS = 128;
let scansPending = 0;
let hits = new Uint32Array(0);
let stamp = 0;
let lastText: string | null = null;
let lastLower = "";

function build(): void {
  goto = [new Map()];
  const own: number[][] = [[]];
  literalsById.forEach((literals, id) => {
    for (const l of literals) {
      let s = 0;
      for (let k = 0; k < l.length; k++) {
        const c = l.charCodeAt(k);
        let n = goto[s]?.get(c);
        if (n === undefined) {
          n = goto.length;
          goto.push(new Map());
          own.push([]);
          goto[s]?.set(c, n);
        }
        s = n;
      }
      own[s]?.push(id);
    }
  });
  fail = new Array(goto.length).fill(0);
  outputs = new Array(goto.length);
  const queue: number[] = [];
  for (const n of goto[0]?.values() ?? []) queue.push(n);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const mine = own[s] ?? [];
    const inherited = outputs[fail[s] as number] ?? [];
    outputs[s] = mine.length || inherited.length ? [...new Set([...mine, ...inherited])] : undefined;
    for (const [c, n] of goto[s] ?? []) {
      let f = fail[s] as number;
      while (f !== 0 && !goto[f]?.has(c)) f = fail[f] as number;
      const to = goto[f]?.get(c);
      fail[n] = to !== undefined && to !== n ? to : 0;
      queue.push(n);
    }
  }
  built = literalsById.length;
  dense = null;
  scansSinceBuild = 0;
  scansPending = 0;
  hits = new Uint32Array(built);
  stamp = 0;
}

function makeDense(): Int32Array {
  classes = new Uint8Array(128);
  width = 1;
  for (const row of goto) for (const c of row.keys()) if (c < 128 && classes[c] === 0) classes[c] = width++;
  const table = new Int32Array(goto.length * width);
  // Breadth-first, so a state's failure state (always shallower) has its row filled before it.
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++)
    for (const n of goto[order[q] as number]?.values() ?? []) order.push(n);
  for (const s of order) {
    const row = goto[s] as Map<number, number>;
    const back = (fail[s] as number) * width;
    for (let c = 0; c < 128; c++) {
      const k = classes[c] as number;
      if (k === 0) continue;
      const to = row.get(c);
      table[s * width + k] = to !== undefined ? to : s === 0 ? 0 : (table[back + k] as number);
    }
  }
  return table;
}

function scan(text: string): void {
  if (
    built < literalsById.length &&
    (literalsById.length - built >= built / 4 || ++scansPending > PENDING_SCANS)
  )
    build();
  if (!dense && ++scansSinceBuild > DENSE_AFTER_SCANS) dense = makeDense();
  lastText = text;
  lastLower = text.toLowerCase();
  if (++stamp === 0xffffffff) {
    hits.fill(0);
    stamp = 1;
  }
  if (dense) {
    const table = dense;
    let s = 0;
    for (let i = 0; i < lastLower.length; i++) {
      const c = lastLower.charCodeAt(i);
      s = c < 128 ? (table[s * width + (classes[c] as number)] as number) : 0;
      const out = outputs[s];
      if (out) for (const id of out) hits[id] = stamp;
    }
    return;
  }
  let s = 0;
  for (let i = 0; i < lastLower.length; i++) {
    const c = lastLower.charCodeAt(i);
    let n = goto[s]?.get(c);
    while (n === undefined && s !== 0) {
      s = fail[s] as number;
      n = goto[s]?.get(c);
    }
    s = n ?? 0;
    const out = outputs[s];
    if (out) for (const id of out) hits[id] = stamp;
  }
}

/**
 * False only when `re` cannot match anywhere in `text`: a text that fails the pattern's condition
 * (for each branch it could match by, some literal of that branch is missing). The condition is
 * derived on first use of each pattern, so rules added or edited later get theirs with no list to
 * keep up to date. Says nothing about `lastIndex`.
 */
export function mightMatch(re: RegExp, text: string): boolean {
  let test = tests.get(re);
  if (test === undefined) {
    test = testOf(re);
    tests.set(re, test);
  }
  if (test === null) return true;
  if (text !== lastText) scan(text);
  return holds(test);
}

/** The pattern's condition, numbered; `null` when nothing is known (the pattern always runs). */
function testOf(re: RegExp): Test | null {
  if (re.unicode || re.flags.includes("v")) return null;
  let cond: Cond;
  try {
    const info = new Parser(re.source).parse();
    cond = condOf(info);
    // A condition of very many sets costs more to test than it saves: its one set instead.
    if (countSets(cond) > MAX_SETS) cond = anyOf(asMust(info));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  return cond === true ? null : numbered(cond);
}

function numbered(cond: Exclude<Cond, true>): Test {
  if ("all" in cond) return { all: cond.all.map((c) => numbered(c as Exclude<Cond, true>)) };
  if ("either" in cond) return { either: cond.either.map((c) => numbered(c as Exclude<Cond, true>)) };
  const literals = [...cond.any].sort();
  const key = literals.join("\u0000");
  let id = idsBySet.get(key);
  if (id === undefined) {
    id = literalsById.push(literals) - 1;
    idsBySet.set(key, id);
  }
  return id;
}

/** Whether the last scanned text meets the condition. */
function holds(test: Test): boolean {
  if (typeof test === "number") {
    if (test < built) return hits[test] === stamp;
    for (const l of literalsById[test] ?? []) if (lastLower.includes(l)) return true;
    return false;
  }
  if ("all" in test) {
    for (const t of test.all) if (!holds(t)) return false;
    return true;
  }
  for (const t of test.either) if (holds(t)) return true;
  return false;
}
