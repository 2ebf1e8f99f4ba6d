import { validDate } from "./articles.js";
import { type CliCommand, helpText, parseArgs, UsageError } from "./registry.js";

/**
 * Offline: extract → assess → compose → print with the bundled Chromium, in this process, with
 * in-memory stores. The same core and adapters as the service, minus S3 and HTTP.
 */
export const renderCommand: CliCommand = {
  name: "render",
  summary: "render a briefing PDF from article files, offline (no server, no S3)",
  usage:
    "scenario-brief render FILE… --theme ID -o OUT.pdf [--published YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json]",
  details: [
    "FILE…           plain-text articles (up to 25); the first line is the title",
    "--theme ID      a theme id (scenario-brief themes lists them)",
    "-o, --out FILE  where to write the PDF",
    "--published D   the articles' publication date, YYYY-MM-DD",
    "--as-of D       the day the briefing is as of, YYYY-MM-DD (today when absent): evidence is aged from it",
    "--json          print the briefing's manifest as JSON on stdout",
    "Progress goes to stderr: drawn in place on a terminal, one line per step when piped.",
    "Settings come from the environment as for the server (CHROMIUM_PATH, RENDER_TIMEOUT_MS…).",
  ].join("\n"),
  async run(args, io) {
    const normalized = args.map((a) => (a === "-o" ? "--out" : a));
    const { positional, flags } = parseArgs(normalized, ["theme", "out", "published", "as-of"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    const theme = flags.get("theme");
    const out = flags.get("out");
    if (positional.length === 0) throw new UsageError("render needs at least one article FILE");
    if (positional.length > 25) throw new UsageError("a briefing takes at most 25 articles");
    if (!theme) throw new UsageError("--theme is required (scenario-brief themes lists them)");
    if (!out) throw new UsageError("-o OUT.pdf is required");
    const published = flags.get("published");
    if (published !== undefined && !validDate(published))
      throw new UsageError(`--published must be a date as YYYY-MM-DD, not "${published}"`);

    const asOf = flags.get("as-of");
    if (asOf !== undefined && !validDate(asOf))
      throw new UsageError(`--as-of must be a date as YYYY-MM-DD, not "${asOf}"`);
    if (asOf !== undefined && published !== undefined && published > asOf)
      throw new UsageError(`--published ${published} is after --as-of ${asOf}`);

    // The renderer's modules (Chromium, templates, the core) load only when a render runs.
    const { renderOffline } = await import("./render-offline.js");
    return renderOffline({ files: positional, theme, out, published, asOf, json: flags.has("json") }, io);
  },
};
