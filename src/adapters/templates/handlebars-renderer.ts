import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
// The runtime, not the compiler: the build ships every template precompiled, so a cold start
// loads the parser and code generator (with the source-map library they bring) only when a
// template has changed since the build (loadCompilerIfNeeded).
import Handlebars from "handlebars/runtime";
import { NotFoundError } from "../../core/errors.js";
import type { BriefingDocument, BriefingRenderer, RenderedBriefing } from "../../core/ports.js";
import { ASSET_ORIGIN } from "./font-assets.js";
import { HELPERS, withoutBidiControls } from "./helpers.js";
import { COMPILE_OPTIONS, readPrecompiled, sourceHash } from "./precompiled-templates.js";
import { composeBriefing, type PresentationSettings } from "./view/compose.js";

type Template = (context: unknown) => string;
type Precompile = (source: string, options: typeof COMPILE_OPTIONS) => string;

/**
 * The compiler's `precompile`, imported only when some template has no precompiled spec (none
 * shipped, or a template edited since the build); undefined when every one has.
 */
export async function loadCompilerIfNeeded(
  sources: Iterable<string>,
  precompiled: ReadonlyMap<string, string>,
): Promise<Precompile | undefined> {
  for (const source of sources) {
    if (precompiled.has(sourceHash(source))) continue;
    const { default: compiler } = await import("handlebars");
    return (source, options) => compiler.precompile(source, { ...options }) as string;
  }
  return undefined;
}

/**
 * Compiles now, not on first use, so a broken template stops start-up rather than a render; a
 * template the build precompiled (precompiled-templates.ts) skips the parse and compile.
 */
function compileNow(
  hb: typeof Handlebars,
  source: string,
  name: string,
  precompiled: ReadonlyMap<string, string>,
  precompile: Precompile | undefined,
): Template {
  try {
    const spec =
      precompiled.get(sourceHash(source)) ?? (precompile ?? missingCompiler)(source, { ...COMPILE_OPTIONS });
    // The precompiled spec is our own template compiled to JavaScript, not user input.
    const templateSpec = new Function(`return ${spec}`)() as TemplateSpecification;
    return hb.template(templateSpec) as Template;
  } catch (e) {
    throw new Error(`Template ${name} does not compile: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
}
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

const missingCompiler: Precompile = () => {
  throw new Error("no precompiled spec, and the compiler was not loaded");
};

async function readFolder(dir: string, ext: string): Promise<Map<string, string>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  const entries = await Promise.all(
    files.map(async (f) => [path.basename(f, ext), await readFile(path.join(dir, f), "utf8")] as const),
  );
  return new Map(entries);
}

export class HandlebarsRenderer implements BriefingRenderer {
  private constructor(
    private readonly briefings: Map<string, Template>,
    private readonly header: Template,
    private readonly footer: Template,
    private readonly assets: { styles: string; fonts: string; fontOrigin: string },
    private readonly settings: PresentationSettings,
  ) {}

  /**
   * Loads `layouts/`, `partials/`, `styles/` and each `themes/<id>/briefing.hbs` under `root`.
   * User text reaches templates only through `{{ }}`, which escapes it (`{{user ...}}` also
   * isolates it, see helpers.ts).
   */
  static async load(
    root: string,
    themeIds: readonly string[],
    fonts: string,
    settings: PresentationSettings,
  ): Promise<HandlebarsRenderer> {
    const hb = Handlebars.create();
    hb.registerHelper(HELPERS);
    const [layouts, partials, styles, precompiled] = await Promise.all([
      readFolder(path.join(root, "layouts"), ".hbs"),
      readFolder(path.join(root, "partials"), ".hbs"),
      readFolder(path.join(root, "styles"), ".css"),
      readPrecompiled(root),
    ]);
    const themes = await Promise.all(
      themeIds.map(
        async (id) => [id, await readFile(path.join(root, "themes", id, "briefing.hbs"), "utf8")] as const,
      ),
    );
    const headerSource = layouts.get("page-header") ?? "";
    const footerSource = layouts.get("page-footer") ?? "";
    const precompile = await loadCompilerIfNeeded(
      [...layouts.values(), ...partials.values(), headerSource, footerSource, ...themes.map(([, s]) => s)],
      precompiled,
    );
    const compile = (source: string, name: string) => compileNow(hb, source, name, precompiled, precompile);
    for (const [name, source] of [...layouts, ...partials]) {
      hb.registerPartial(name, compile(source, `${name}.hbs`));
    }
    const header = compile(headerSource, "layouts/page-header.hbs");
    const footer = compile(footerSource, "layouts/page-footer.hbs");
    const briefings = new Map<string, Template>();
    for (const [id, source] of themes) briefings.set(id, compile(source, `themes/${id}/briefing.hbs`));
    return new HandlebarsRenderer(
      briefings,
      header,
      footer,
      { styles: [...styles.values()].join("\n"), fonts, fontOrigin: ASSET_ORIGIN },
      settings,
    );
  }

  /** The briefing as HTML: composed into a view here, then laid out by the theme's template. */
  render(doc: BriefingDocument): RenderedBriefing {
    const template = this.briefings.get(doc.theme.id);
    if (!template) throw new NotFoundError("Theme", doc.theme.id);
    // No string in the view keeps a bidi override or isolate control: user text reaches
    // templates through `{{user ...}}` too (isolated in <bdi>), and everything else is ours.
    const context = { ...withoutBidiControls(composeBriefing(doc, this.settings)), assets: this.assets };
    return { html: template(context), headerHtml: this.header(context), footerHtml: this.footer(context) };
  }
}
