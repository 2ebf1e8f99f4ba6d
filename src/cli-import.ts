/**
 * `scenario-brief import URL [--tag t]...`: asks a running service (SCENARIO_BRIEF_URL, default
 * the local server) to import the article at URL, as POST /v1/articles/import does. Kept in its
 * own module so the command line can be reorganised around it.
 */
export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const IMPORT_USAGE = "scenario-brief import URL [--tag TAG]... [--api http://127.0.0.1:8787]";

export class ImportUsageError extends Error {
  override name = "ImportUsageError";
}

function parse(args: readonly string[]): { url: string; tags: string[]; api: string | undefined } {
  const tags: string[] = [];
  const positional: string[] = [];
  let api: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] = arg.startsWith("--")
      ? [arg.slice(2).split("=")[0], arg.split("=").slice(1).join("=")]
      : [];
    if (name === undefined) {
      positional.push(arg);
      continue;
    }
    if (name !== "tag" && name !== "api") throw new ImportUsageError(`unknown option --${name}`);
    const value = inline || args[++i];
    if (!value) throw new ImportUsageError(`--${name} needs a value`);
    if (name === "tag") tags.push(value);
    else api = value;
  }
  const [url, ...extra] = positional;
  if (!url) throw new ImportUsageError("import needs a URL");
  if (extra.length) throw new ImportUsageError(`unexpected argument: ${extra[0]}`);
  if (!/^https?:\/\//i.test(url)) throw new ImportUsageError(`the URL must be http or https, not "${url}"`);
  return { url, tags, api };
}

/** Exit codes: 0 imported (or already stored), 1 refused or failed by the service, 2 bad usage. */
export async function importCommand(
  args: string[],
  io: ImportIo,
  env: Record<string, string | undefined> = process.env,
  fetcher: typeof fetch = fetch,
): Promise<number> {
  if (args.includes("--help")) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const { url, tags, api } = parse(args);
  const base = (api ?? env.SCENARIO_BRIEF_URL ?? "http://127.0.0.1:8787").replace(/\/+$/, "");
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (env.SCENARIO_BRIEF_KEY) headers.authorization = `Bearer ${env.SCENARIO_BRIEF_KEY}`;
  let res: Response;
  try {
    res = await fetcher(`${base}/v1/articles/import`, {
      method: "POST",
      headers,
      body: JSON.stringify(tags.length ? { url, tags } : { url }),
    });
  } catch (error) {
    io.stderr(`scenario-brief import: cannot reach the service at ${base} (${(error as Error).message})\n`);
    return 1;
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    io.stderr(
      `scenario-brief import: ${res.status} ${body.title ?? ""}: ${body.detail ?? ""}${body.reason ? ` (${body.reason})` : ""}\n`,
    );
    return 1;
  }
  io.stdout(
    `${res.status === 201 ? "imported" : "already stored"} ${body.id}: ${body.title}\n  ${body.url}\n`,
  );
  return 0;
}
