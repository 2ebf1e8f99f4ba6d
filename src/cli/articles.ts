import { readFile, stat } from "node:fs/promises";
import { UsageError } from "./registry.js";

/** Reading article files for the commands that take them (extract, render). */

const MAX_ARTICLE_BYTES = 200 * 1024;
export const TITLE_MAX = 160;

export function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export async function readArticle(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code ?? "error"})`,
    );
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new UsageError(`${file} is ${size} bytes; articles are limited to 200 KB`);
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new UsageError(`${file} is not a text file (it contains NUL bytes)`);
  return bytes.toString("utf8");
}

/** A long first sentence cut at a word boundary, so a default title stays a title. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
}
