import { type CliCommand, helpText, parseArgs, UsageError } from "./registry.js";

export const serveCommand: CliCommand = {
  name: "serve",
  summary: "run the local server (the same app as on Lambda, embedded S3, bundled Chromium)",
  usage: "scenario-brief serve [--port N] [--host H]",
  details:
    "The same as `npm start`: settings come from the environment (PORT, HOST, DATA_DIR, API_KEYS…);\n--port and --host override PORT and HOST. Stops on SIGINT/SIGTERM after the requests in flight.",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ["port", "host"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    if (positional.length > 0) throw new UsageError(`unexpected argument: ${positional[0]}`);
    const port = flags.get("port");
    if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UsageError("--port must be a port number");
    if (port !== undefined) process.env.PORT = port;
    const host = flags.get("host");
    if (host !== undefined) process.env.HOST = host;
    // The server module starts on import and owns the process from then on (signals, exit code).
    await import("../server.js");
    return new Promise<number>(() => undefined);
  },
};
