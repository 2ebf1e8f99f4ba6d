/**
 * V8 keeps a script's source text for as long as its functions live (lazy compilation, stack
 * traces), and keeps it in two bytes per character as soon as one character lies beyond Latin-1.
 * esbuild's ASCII output escapes strings and identifiers but leaves regular expression literals,
 * `String.raw` templates and comments as written, so the extractor's patterns ('’', '—', Arabic
 * letters) made the 7 MB server bundle a 14.5 MB string on the heap of the server and of each
 * worker thread.
 *
 * Rewritten, those characters mean what they meant: a `\uXXXX` escape in string and template
 * literals (cooked), in regular expressions (with or without the `u` flag, where an escaped
 * surrogate pair is one code point) and in comments (inert); inside a `String.raw` template, whose
 * text is taken as written, a substitution of the escaped string (`${"\u2019"}`), which gives the
 * same text. A character after a lone backslash (an identity escape) is refused rather than
 * rewritten. A template with another tag would see `\uXXXX` in its raw text: the bundles hold none
 * with such a character (their only other tag, d3-geo's path `_append`, is given ASCII; checked
 * with TypeScript's parser when this was written). Lines keep their numbers; only columns after
 * a rewritten character shift, on the few lines that hold one.
 */
const unicodeEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
const wide = (ch: string) => ch.charCodeAt(0) > 0xff;
const RAW_TAG = "String.raw`";

export function oneByteSource(code: string, file: string): string {
  const refuse = (why: string, at: number): never => {
    const line = code.slice(0, at).split("\n").length;
    throw new Error(`${file}:${line}: ${why}`);
  };
  let out = "";
  let i = 0;
  // The text outside String.raw templates: every wide character escaped.
  const plain = (end: number) => {
    for (; i < end; i++) {
      const ch = code[i] as string;
      if (!wide(ch)) {
        out += ch;
        continue;
      }
      let slashes = 0;
      for (let j = i - 1; j >= 0 && code[j] === "\\"; j--) slashes++;
      if (slashes % 2 === 1) refuse(`'${ch}' follows a backslash; escaping it would change its meaning`, i);
      out += unicodeEscape(ch);
    }
  };
  for (let raw = code.indexOf(RAW_TAG); raw !== -1; raw = code.indexOf(RAW_TAG, i)) {
    plain(raw + RAW_TAG.length);
    // The template's text up to its closing backtick; substitutions `${…}` are code.
    let depth = 0;
    for (; i < code.length; i++) {
      const ch = code[i] as string;
      if (depth === 0 && ch === "`") break;
      if (ch === "\\" && depth === 0) {
        out += ch + (code[i + 1] ?? "");
        i++;
        continue;
      }
      if (ch === "$" && code[i + 1] === "{") {
        depth++;
        out += "${";
        i++;
      } else {
        if (depth > 0 && ch === "{") depth++;
        else if (depth > 0 && ch === "}") depth--;
        out += wide(ch) ? (depth === 0 ? `\${"${unicodeEscape(ch)}"}` : unicodeEscape(ch)) : ch;
      }
    }
    if (i >= code.length) refuse("a String.raw template does not end", raw);
  }
  plain(code.length);
  return out;
}
