import { createHash } from "node:crypto";

/**
 * A fixed origin that exists nowhere (`.invalid` never resolves): the printer answers requests
 * for the exact URLs below from memory and refuses everything else, so fonts reach the sealed
 * page without travelling inside every briefing's HTML (500 KB of base64 per render otherwise).
 */
export const ASSET_ORIGIN = "https://assets.scenario-brief.invalid";

export interface Asset {
  contentType: string;
  body: Uint8Array;
}

export interface FontAssets {
  /** The @font-face rules, pointing at ASSET_ORIGIN. */
  css: string;
  /** Every URL the printer may answer, and what it answers with. */
  files: ReadonlyMap<string, Asset>;
}

const DATA_FONT = /url\(data:(font\/woff2);base64,([A-Za-z0-9+/=]+)\)/g;

/**
 * Moves the fonts of inlined @font-face rules (as `loadEmbeddedFonts` gives them) out to
 * ASSET_ORIGIN. Each URL is named by its content, so every process and worker thread that
 * loads the same fonts names them alike.
 */
export function fontAssetsFromInlineCss(inlineCss: string): FontAssets {
  const files = new Map<string, Asset>();
  const css = inlineCss.replace(DATA_FONT, (_whole, contentType: string, base64: string) => {
    const body = Buffer.from(base64, "base64");
    const name = createHash("sha256").update(body).digest("hex").slice(0, 16);
    const url = `${ASSET_ORIGIN}/fonts/${name}.woff2`;
    files.set(url, { contentType, body });
    return `url(${url})`;
  });
  return { css, files };
}

/**
 * The HTML with each asset URL replaced by its data again, for a reader's browser: it cannot
 * reach ASSET_ORIGIN, and the HTML routes' policy allows fonts only as `data:`.
 */
export function inlineAssets(html: string, files: ReadonlyMap<string, Asset>): string {
  let out = html;
  for (const [url, asset] of files) {
    if (!out.includes(url)) continue;
    out = out.replaceAll(
      url,
      `data:${asset.contentType};base64,${Buffer.from(asset.body).toString("base64")}`,
    );
  }
  return out;
}
