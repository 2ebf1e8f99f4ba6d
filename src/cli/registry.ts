/**
 * The command line's parts: a command is a module under src/cli/ exporting a CliCommand, and one
 * line in src/cli/commands.ts registers it. Commands get their arguments and an output pair and
 * return the exit code, so tests can also call them without spawning a process.
 */

export const EXIT = { done: 0, failure: 1, usage: 2 } as const;

export const EXIT_CODES_HELP =
  "exit codes: 0 done, 1 failure (the work could not be done), 2 bad usage (wrong arguments or unreadable input)";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is drawn in place there, else written as lines. */
  interactive?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** One word, or two for a group (`briefings list`): what follows `scenario-brief`. */
  name: string;
  summary: string;
  usage: string;
  /** More help, shown by `--help` below the usage: options, examples. */
  details?: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong arguments or an unreadable input: reported as such, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const commands = new Map<string, CliCommand>();

export function register(command: CliCommand): void {
  if (commands.has(command.name)) throw new Error(`two CLI commands are named "${command.name}"`);
  commands.set(command.name, command);
}

/** The command a command line names: two words first (`briefings list`), then one. */
export function findCommand(argv: readonly string[]): { command: CliCommand; rest: string[] } | undefined {
  const [first, second, ...rest] = argv;
  const two = first && second ? commands.get(`${first} ${second}`) : undefined;
  if (two) return { command: two, rest };
  const one = first ? commands.get(first) : undefined;
  return one ? { command: one, rest: argv.slice(1) } : undefined;
}

export const allCommands = (): CliCommand[] => [...commands.values()];

export function helpText(command: CliCommand): string {
  return `usage: ${command.usage}\n\n${command.summary}\n${command.details ? `\n${command.details}\n` : ""}\n${EXIT_CODES_HELP}\n`;
}

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

/**
 * `--name value` and `--name=value` options for the names a command accepts, and the switches
 * it accepts (`--json`, `--help`), which take no value.
 */
export function parseArgs(
  args: readonly string[],
  known: readonly string[],
  switches: readonly string[] = [],
): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === "help" || switches.includes(name)) {
      flags.set(name, "");
      continue;
    }
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}
