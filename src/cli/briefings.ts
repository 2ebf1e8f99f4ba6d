import { writeFile } from "node:fs/promises";
import { apiClient, problemText } from "../client/client.js";
import { type CliCommand, type CliIo, helpText, parseArgs, UsageError } from "./registry.js";

/** Commands that talk to a running service, through the client typed from its description. */

const SERVER_HELP = [
  "--server URL   the service (default: $SCENARIO_BRIEF_URL, else http://127.0.0.1:8787)",
  "The API key, if the service needs one, is read from $SCENARIO_BRIEF_KEY (never an argument,",
  "so it stays out of shell history and process lists).",
].join("\n");

function clientFor(flags: Map<string, string>, io: CliIo) {
  const env = io.env ?? process.env;
  const baseUrl = flags.get("server") ?? env.SCENARIO_BRIEF_URL ?? "http://127.0.0.1:8787";
  if (!/^https?:\/\//.test(baseUrl))
    throw new UsageError(`--server must be an http(s) URL, not "${baseUrl}"`);
  return apiClient({ baseUrl, key: env.SCENARIO_BRIEF_KEY });
}

/** A failed call: the service's problem document, or why it could not be reached. */
class CallFailed extends Error {
  override name = "CallFailed";
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) somewhere under a failed fetch. */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) return e.code;
  return errorCode(e.cause, depth + 1) ?? e.errors?.map((x) => errorCode(x, depth + 1)).find(Boolean);
}

async function reach<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const why = errorCode(error) ?? (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new CallFailed(`cannot reach the service (${why})`);
  }
}

export const briefingsListCommand: CliCommand = {
  name: "briefings list",
  summary: "list a service's briefings, newest first",
  usage: "scenario-brief briefings list [--limit N] [--cursor C] [--server URL] [--json]",
  details: `--json prints the page as the API returns it: {items, nextCursor}\n${SERVER_HELP}`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ["limit", "cursor", "server"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    if (positional.length > 0) throw new UsageError(`unexpected argument: ${positional[0]}`);
    const limit = Number(flags.get("limit") ?? 20);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new UsageError("--limit must be a whole number from 1 to 100");
    const cursor = flags.get("cursor");
    const { data, error, response } = await reach(
      clientFor(flags, io).GET("/v1/briefings", {
        params: { query: { limit, ...(cursor ? { cursor } : {}) } },
      }),
    );
    if (!data) throw new CallFailed(problemText(response.status, error));
    if (flags.has("json")) io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    else {
      for (const b of data.items)
        io.stdout(
          `${b.id}  ${b.createdAt}  ${b.theme}  ${b.pdf.pages} pages  ${b.articleIds.length} articles\n`,
        );
      if (data.nextCursor) io.stdout(`more: --cursor ${data.nextCursor}\n`);
    }
    return 0;
  },
};

export const briefingsGetCommand: CliCommand = {
  name: "briefings get",
  summary: "print one briefing's manifest",
  usage: "scenario-brief briefings get ID [--server URL] [--json]",
  details: SERVER_HELP,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ["server"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    const [id, ...extra] = positional;
    if (!id) throw new UsageError("briefings get needs a briefing ID");
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const { data, error, response } = await reach(
      clientFor(flags, io).GET("/v1/briefings/{id}", { params: { path: { id }, header: {} } }),
    );
    if (!data) throw new CallFailed(problemText(response.status, error));
    if (flags.has("json")) io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    else {
      io.stdout(`${data.id}  ${data.theme}  ${data.createdAt}\n`);
      for (const j of data.judgments) io.stdout(`  ${j.id}: ${j.likelihood ?? "no judgment"}\n`);
      io.stdout(`  pdf: ${data.pdf.fileName}, ${data.pdf.pages} pages, ${data.pdf.bytes} bytes\n`);
    }
    return 0;
  },
};

export const briefingsDownloadCommand: CliCommand = {
  name: "briefings download",
  summary: "download a briefing's PDF",
  usage: "scenario-brief briefings download ID -o OUT.pdf [--server URL] [--json]",
  details: `--json prints {file, bytes}\n${SERVER_HELP}`,
  async run(args, io) {
    const normalized = args.map((a) => (a === "-o" ? "--out" : a));
    const { positional, flags } = parseArgs(normalized, ["server", "out"], ["json"]);
    if (flags.has("help")) {
      io.stdout(helpText(this));
      return 0;
    }
    const [id, ...extra] = positional;
    if (!id) throw new UsageError("briefings download needs a briefing ID");
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const out = flags.get("out");
    if (!out) throw new UsageError("-o OUT.pdf is required");
    // A large PDF answers 303 to a presigned URL; fetch follows it.
    const { data, error, response } = await reach(
      clientFor(flags, io).GET("/v1/briefings/{id}/pdf", {
        params: { path: { id }, header: {} },
        parseAs: "arrayBuffer",
      }),
    );
    if (!data) throw new CallFailed(problemText(response.status, error));
    await writeFile(out, new Uint8Array(data));
    if (flags.has("json")) io.stdout(`${JSON.stringify({ file: out, bytes: data.byteLength })}\n`);
    else io.stdout(`${out}: ${data.byteLength} bytes\n`);
    return 0;
  },
};
