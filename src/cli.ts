import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { hashKey, SCOPES, type Scope } from "./adapters/http/middleware/api-keys.js";
import { IMPORT_USAGE, ImportUsageError, importCommand } from "./cli-import.js";
import { indexCommand } from "./commands/index-command.js";
import { articleIdFor } from "./core/articles/article.js";
import { extractFacts } from "./core/facts/extract-facts.js";

/**
 * The command line: `scenario-brief <command> [args]`. Each command is a handler in COMMANDS;
 * handlers get their arguments and an output pair and return the exit code, so tests call
 * them without spawning a process. Bad usage exits with 2 and a message saying what to do.
 */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Command {
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Wrong arguments or an unreadable input: reported as such, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const MAX_ARTICLE_BYTES = 200 * 1024;
const EXIT_USAGE = 2;
const TITLE_MAX = 160;

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

/** `--name value` and `--name=value` flags, for the names a command accepts. */
export function parseArgs(args: readonly string[], known: readonly string[]): Parsed {
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
    if (name === "help") {
      flags.set("help", "");
      continue;
    }
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

async function readArticle(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code ?? "error"})`,
    );
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new UsageError(`${file} is ${size} bytes; articles are limited to 200 KB`);
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new UsageError(`${file} is not a text file (it contains NUL bytes)`);
  return bytes.toString("utf8");
}

/** A long first sentence cut at a word boundary, so a default title stays a title. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
}

async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ["published", "title"]);
  if (flags.has("help")) {
    io.stdout(`${COMMANDS.extract?.usage}\n`);
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
  // The id the API gives the same title and text, so CLI output and stored facts line up.
  const id = articleIdFor(flags.get("title") ?? "", text);
  const doc = extractFacts({ id, title: flags.get("title") ?? "", text, publishedAt: published ?? null });
  if (!flags.has("title")) doc.article.title = shorten(doc.sentences[0]?.text ?? "", TITLE_MAX);
  io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}

/** A new API key, printed once; only its SHA-256 goes into the service's configuration. */
async function keysCommand(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ["scope", "name"]);
  if (flags.has("help")) {
    io.stdout(`${COMMANDS.keys?.usage}\n`);
    return 0;
  }
  const [action, ...extra] = positional;
  if (action !== "create")
    throw new UsageError(action ? `unknown keys action "${action}"` : "keys needs an action: create");
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
  const scope = flags.get("scope") ?? "read";
  if (!SCOPES.includes(scope as Scope))
    throw new UsageError(`--scope must be one of ${SCOPES.join(", ")}, not "${scope}"`);
  const name = flags.get("name");
  if (!name || !/^[A-Za-z0-9._-]{1,40}$/.test(name)) {
    throw new UsageError("--name is required: 1-40 letters, digits, dots, hyphens or underscores");
  }
  const key = `sb_${randomBytes(32).toString("base64url")}`;
  const entry = `${hashKey(key).toString("hex")}:${scope}:${name}`;
  io.stdout(
    `New ${scope} key "${name}" (shown once; it cannot be recovered):\n\n  ${key}\n\n` +
      `Add this entry to API_KEYS (comma-separated with the others):\n\n  ${entry}\n\n` +
      `Clients send it as: Authorization: Bearer ${key.slice(0, 6)}…\n`,
  );
  return 0;
}

export const COMMANDS: Record<string, Command> = {
  import: {
    usage: IMPORT_USAGE,
    summary: "import the article at a URL into a running service (POST /v1/articles/import)",
    run: async (args, io) => {
      try {
        return await importCommand(args, io);
      } catch (e) {
        throw e instanceof ImportUsageError ? new UsageError(e.message) : e;
      }
    },
  },
  extract: {
    usage: "scenario-brief extract FILE [--published YYYY-MM-DD] [--title T]",
    summary: "print the facts document of an article (plain text) as JSON",
    run: extractCommand,
  },
  keys: {
    usage: "scenario-brief keys create --scope read|write|admin --name NAME",
    summary: "make a new API key and print the API_KEYS entry for it",
    run: keysCommand,
  },
  index: indexCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n      ${c.usage}`,
  );
  return `usage: scenario-brief <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`scenario-brief: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`scenario-brief ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `scenario-brief: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
