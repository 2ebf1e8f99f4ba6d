/**
 * A briefing page is printed, never looked at, yet Chromium lays it out and paints it for the
 * screen as soon as it is loaded: a full layout of the document at the viewport's width, then
 * paint and raster, all thrown away when the print lays it out again on A4 (about a tenth of a
 * print). Hiding the document on screen skips that work; the print media rules are untouched,
 * so the PDF is the same.
 *
 * One catch: web fonts load when text first needs them, and with nothing laid out before the
 * print, the print would run before its fonts arrived (and embed a fallback). So the fonts the
 * document names are preloaded: the page's `load` waits for them, as it waits for the fonts a
 * screen layout asks for today. That is only sound when every resource the styles name is one
 * of those fonts; a document whose styles name anything else (an image, a font inlined as
 * `data:`) is printed as it is.
 */

const CSS_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)/g;

const HIDDEN_ON_SCREEN = '<style media="screen">html { display: none }</style>';

const preload = (url: string, type: string) =>
  `<link rel="preload" href="${url}" as="font" type="${type}" crossorigin>`;

/**
 * `html` with its screen rendering turned off and its fonts preloaded; `html` itself when the
 * document names a resource that is not a served font, or has no `</head>` to put that in.
 */
export function printOnly(html: string, served: ReadonlyMap<string, { contentType: string }>): string {
  const head = html.indexOf("</head>");
  if (head < 0) return html;
  const fonts = new Map<string, string>();
  for (const [, , url] of html.matchAll(CSS_URL)) {
    const type = url && served.get(url)?.contentType;
    if (!url || !type?.startsWith("font/")) return html;
    fonts.set(url, type);
  }
  const links = [...fonts].map(([url, type]) => preload(url, type)).join("");
  return `${html.slice(0, head)}${links}${HIDDEN_ON_SCREEN}${html.slice(head)}`;
}

/**
 * A page that sets a line in each served font, under a family of its own: loaded (not printed)
 * on a new browser's first page, it has the renderer fetch, decode and sanitise every font once,
 * ahead of the first print, which then finds them in the memory cache. Only the served URLs are
 * named, so the sealed page answers every request it makes from memory.
 */
export function fontSampler(served: ReadonlyMap<string, { contentType: string }>): string {
  const urls = [...served].filter(([, a]) => a.contentType.startsWith("font/")).map(([url]) => url);
  const faces = urls.map((url, i) => `@font-face{font-family:f${i};src:url(${url})}`).join("");
  const lines = urls.map((_, i) => `<p style="font-family:f${i}">Aa 1</p>`).join("");
  return `<!doctype html><html><head><style>${faces}</style></head><body>${lines}</body></html>`;
}
