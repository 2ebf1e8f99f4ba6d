import { randomBytes } from "node:crypto";
import { hashKey, SCOPES, type Scope } from "../adapters/http/middleware/api-keys.js";
import { type CliCommand, helpText, parseArgs, UsageError } from "./registry.js";

/** A new API key, printed once; only its SHA-256 goes into the service's configuration. */
export const keysCreateCommand: CliCommand = {
  name: "keys",
  summary: "make a new API key and print the API_KEYS entry for it",
  usage: "scenario-brief keys create --scope read|write|admin --name NAME [--json]",
  details: "--json prints {key, entry, scope, name}; the key is shown once and cannot be recovered.",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ["scope", "name"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
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
    if (flags.has("json")) {
      io.stdout(`${JSON.stringify({ key, entry, scope, name })}\n`);
      return 0;
    }
    io.stdout(
      `New ${scope} key "${name}" (shown once; it cannot be recovered):\n\n  ${key}\n\n` +
        `Add this entry to API_KEYS (comma-separated with the others):\n\n  ${entry}\n\n` +
        `Clients send it as: Authorization: Bearer ${key.slice(0, 6)}…\n`,
    );
    return 0;
  },
};
