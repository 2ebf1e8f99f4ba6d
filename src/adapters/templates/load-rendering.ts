import type { BriefingRenderer, ThemeCatalog } from "../../core/ports.js";
import { loadEmbeddedFonts } from "./embedded-fonts.js";
import { type FontAssets, fontAssetsFromInlineCss } from "./font-assets.js";
import { loadGeography } from "./geography.js";
import { HandlebarsRenderer } from "./handlebars-renderer.js";
import { loadThemes } from "./theme-folder.js";

/** Where the themes, templates and assets are: plain data, so a worker thread can load its own. */
export interface RenderingSetup {
  templatesDir: string;
  assetsDir: string | undefined;
  dissemination: { marking: string; handling: string };
}

/** The theme catalogue and the renderer, loaded once per process (or worker thread). */
export async function loadRendering(
  setup: RenderingSetup,
): Promise<{ themes: ThemeCatalog; renderer: BriefingRenderer; fonts: FontAssets }> {
  const [themes, inlineFonts, geography] = await Promise.all([
    loadThemes(setup.templatesDir),
    loadEmbeddedFonts(setup.assetsDir),
    loadGeography(setup.assetsDir),
  ]);
  // The HTML names the fonts; the printer serves them (see font-assets.ts).
  const fonts = fontAssetsFromInlineCss(inlineFonts);
  const renderer = await HandlebarsRenderer.load(
    setup.templatesDir,
    themes.list().map((t) => t.id),
    fonts.css,
    { dissemination: setup.dissemination, geography },
  );
  return { themes, renderer, fonts };
}
