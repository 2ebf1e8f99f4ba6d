import { pathToFileURL } from "node:url";
import "./cli/commands.js";
import {
  allCommands,
  type CliIo,
  EXIT,
  EXIT_CODES_HELP,
  findCommand,
  helpText,
  UsageError,
} from "./cli/registry.js";

/**
 * The command line: `scenario-brief <command> [args]`. Commands are modules under src/cli/,
 * registered in src/cli/commands.ts. Exit codes: 0 done, 1 failure, 2 bad usage.
 */
export { type CliIo, parseArgs, UsageError } from "./cli/registry.js";

function usage(): string {
  const lines = allCommands().map((c) => `  ${c.name.padEnd(20)} ${c.summary}\n      ${c.usage}`);
  return (
    `usage: scenario-brief <command> [options]\n\ncommands:\n${lines.join("\n")}\n\n` +
    `Every command takes --help. ${EXIT_CODES_HELP}\n`
  );
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name] = argv;
  if (name === undefined || name === "--help" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT.usage : EXIT.done;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(`scenario-brief: unknown command "${argv.slice(0, 2).join(" ")}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`scenario-brief ${command.name}: ${error.message}\n\n${helpText(command)}`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`scenario-brief ${command.name}: ${message}\n`);
    if ((io.env ?? process.env).DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    interactive: process.stderr.isTTY === true,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `scenario-brief: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT.failure;
    },
  );
}
