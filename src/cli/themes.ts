import path from "node:path";
import { type CliCommand, helpText, parseArgs, UsageError } from "./registry.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

export const themesCommand: CliCommand = {
  name: "themes",
  summary: "list the themes a briefing can be rendered for (from the installed templates)",
  usage: "scenario-brief themes [--json]",
  details: "--json prints [{id, title, keyQuestion, horizon}]",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, [], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    if (positional.length > 0) throw new UsageError(`unexpected argument: ${positional[0]}`);
    const { loadConfig } = await import("../config.js");
    const { loadRendering } = await import("../adapters/templates/load-rendering.js");
    const config = loadConfig(io.env ?? process.env, ROOT, { servesHttp: false });
    const { themes } = await loadRendering({
      templatesDir: config.templatesDir,
      assetsDir: config.assetsDir,
      dissemination: config.dissemination,
    });
    const list = themes
      .list()
      .map(({ id, title, keyQuestion, horizon }) => ({ id, title, keyQuestion, horizon }));
    if (flags.has("json")) io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else
      for (const t of list) io.stdout(`${t.id.padEnd(28)} ${t.title}\n${" ".repeat(29)}${t.keyQuestion}\n`);
    return 0;
  },
};
