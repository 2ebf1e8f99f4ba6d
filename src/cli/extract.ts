import { readArticle, shorten, TITLE_MAX, validDate } from "./articles.js";
import { type CliCommand, helpText, parseArgs, UsageError } from "./registry.js";

export const extractCommand: CliCommand = {
  name: "extract",
  summary: "print the facts document of an article (plain text) as JSON",
  usage: "scenario-brief extract FILE [--published YYYY-MM-DD] [--title T]",
  details: "The output is always JSON (the facts document), on stdout.",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ["published", "title"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    const [file, ...extra] = positional;
    if (!file) throw new UsageError("extract needs a FILE");
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const published = flags.get("published");
    if (published !== undefined && !validDate(published)) {
      throw new UsageError(`--published must be a date as YYYY-MM-DD, not "${published}"`);
    }
    const text = await readArticle(file);
    const { articleIdFor } = await import("../core/articles/article.js");
    const { extractFacts } = await import("../core/facts/extract-facts.js");
    // The id the API gives the same title and text, so CLI output and stored facts line up.
    const id = articleIdFor(flags.get("title") ?? "", text);
    const doc = extractFacts({ id, title: flags.get("title") ?? "", text, publishedAt: published ?? null });
    if (!flags.has("title")) doc.article.title = shorten(doc.sentences[0]?.text ?? "", TITLE_MAX);
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  },
};
