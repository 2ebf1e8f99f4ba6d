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

async function inlineFace(pkgDir: string, cssFile: string): Promise<string> {
  const css = await readFile(path.join(pkgDir, `${cssFile}.css`), "utf8");
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
