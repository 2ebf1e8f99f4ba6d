import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Fonts travel inside the HTML as data: URIs, because the renderer may fetch nothing.
 * Source Serif 4 for text, IBM Plex Sans for headings and tables, Noto Naskh Arabic for
 * Arabic script; latin-ext keeps transliterated names ("Ḩawl", "Türkiye") in the same face.
 */
const FACES: { pkg: string; files: string[] }[] = [
  {
    pkg: "@fontsource/source-serif-4",
    files: [
      "latin-400",
      "latin-ext-400",
      "latin-400-italic",
      "latin-ext-400-italic",
      "latin-600",
      "latin-ext-600",
      "latin-700",
    ],
  },
  {
    pkg: "@fontsource/ibm-plex-sans",
    files: ["latin-400", "latin-ext-400", "latin-500", "latin-600", "latin-ext-600"],
  },
  { pkg: "@fontsource/noto-naskh-arabic", files: ["arabic-400", "arabic-600"] },
];

const require = createRequire(import.meta.url);

/**
 * Fontsource's per-subset stylesheets (`latin-400.css`) leave out the `unicode-range` that its
 * combined ones (`400.css`) give each subset. Without it every face of a family matches every
 * character, and Chromium takes a character from the last declared face that has it: the
 * spaces of a Latin text came from the latin-ext face, so every word switched fonts, which
 * doubled the fonts embedded in the PDF and split each line into one text object per word.
 */
async function withUnicodeRange(pkgDir: string, cssFile: string, css: string): Promise<string> {
  const combined = `${cssFile.replace(/^.*?-(\d{3}(?:-italic)?)$/, "$1")}.css`;
  const all = await readFile(path.join(pkgDir, combined), "utf8");
  return css.replace(/@font-face \{([^}]*)\}/g, (whole, body: string) => {
    if (/unicode-range:/.test(body)) return whole;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const rule = file && all.split("@font-face").find((r) => r.includes(`/files/${file})`));
    const range = rule && /unicode-range: [^;]+;/.exec(rule)?.[0];
    if (!range) throw new Error(`no unicode-range for ${file ?? cssFile} in ${combined}`);
    return `@font-face {${body.trimEnd()}\n  ${range}\n}`;
  });
}

async function inlineFace(pkgDir: string, cssFile: string): Promise<string> {
  const css = await withUnicodeRange(
    pkgDir,
    cssFile,
    await readFile(path.join(pkgDir, `${cssFile}.css`), "utf8"),
  );
  const urls = [...css.matchAll(/src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/g)];
  let out = css;
  for (const [whole, file] of urls) {
    if (!file) continue;
    const data = await readFile(path.join(pkgDir, "files", file));
    out = out.replace(whole, `src: url(data:font/woff2;base64,${data.toString("base64")}) format('woff2');`);
  }
  return out.replace(/font-display: swap;/g, "font-display: block;");
}

/**
 * The @font-face rules with the fonts inlined. A bundle without node_modules (Lambda) ships
 * them prebuilt as `<assetsDir>/fonts.css`.
 */
export async function loadEmbeddedFonts(assetsDir?: string): Promise<string> {
  if (assetsDir) return readFile(path.join(assetsDir, "fonts.css"), "utf8");
  const parts = await Promise.all(
    FACES.flatMap(({ pkg, files }) => {
      const dir = path.dirname(require.resolve(`${pkg}/package.json`));
      return files.map((f) => inlineFace(dir, f));
    }),
  );
  return parts.join("\n");
}
