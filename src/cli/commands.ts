import { IMPORT_USAGE, ImportUsageError, importCommand } from "../cli-import.js";
import { indexCommand } from "../commands/index-command.js";
import { briefingsDownloadCommand, briefingsGetCommand, briefingsListCommand } from "./briefings.js";
import { extractCommand } from "./extract.js";
import { keysCreateCommand } from "./keys.js";
import { register, UsageError } from "./registry.js";
import { renderCommand } from "./render.js";
import { serveCommand } from "./serve.js";
import { themesCommand } from "./themes.js";

/**
 * Every command of `scenario-brief`. To add one, write src/cli/<name>.ts exporting a CliCommand
 * (see registry.ts; `name` may be two words, e.g. "import url" or "index rebuild") and register
 * it here with one line. Help, usage errors (exit 2) and failures (exit 1) are handled for it.
 */
register(renderCommand);
register(extractCommand);
register(themesCommand);
register(serveCommand);
register(keysCreateCommand);
register(briefingsListCommand);
register(briefingsGetCommand);
register(briefingsDownloadCommand);
register({ name: "index", ...indexCommand });
register({
  name: "import",
  usage: IMPORT_USAGE,
  summary: "ask a running service to import the article at a URL (POST /v1/articles/import)",
  async run(args, io) {
    try {
      return await importCommand(args, io, io.env ?? process.env);
    } catch (e) {
      throw e instanceof ImportUsageError ? new UsageError(e.message) : e;
    }
  },
});
