import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { crc32 } from "node:zlib";
import type { ThemeCatalog } from "../../core/ports.js";
import { Theme } from "../../core/themes/theme.js";

export class ThemeDefinitionError extends Error {
  override name = "ThemeDefinitionError";
}

/**
 * Themes a build validated (scripts/build-lambda.ts writes them beside the templates it ships):
 * each folder's definition as the schema parsed it, with a checksum of the file it came from.
 * A start that finds its file unchanged takes the parsed definition and skips the validation
 * (about 30 ms of CPU on a cold start, for five themes); any other file is validated as usual.
 */
export const PARSED_THEMES_FILE = "themes.parsed.json";

type ParsedThemes = Record<string, { crc32: number; theme: Theme }>;

const checksum = (text: string) => crc32(text);

async function readParsedThemes(root: string): Promise<ParsedThemes> {
  try {
    return JSON.parse(await readFile(path.join(root, PARSED_THEMES_FILE), "utf8")) as ParsedThemes;
  } catch {
    return {};
  }
}

/**
 * Reads every `themes/<id>/theme.json`. A definition that does not validate stops start-up
 * with the file and the field at fault: a theme is data, and bad data must not half-load.
 */
export async function loadThemes(root: string): Promise<ThemeCatalog> {
  const read = await readThemes(root);
  const themes = new Map([...read].map(([folder, { theme }]) => [folder, theme]));
  return {
    list: () => [...themes.values()],
    get: (id) => themes.get(id),
  };
}

/** Each folder's theme, with the checksum of the file it was read from. */
async function readThemes(root: string): Promise<Map<string, { theme: Theme; crc32: number }>> {
  const dir = path.join(root, "themes");
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const validated = await readParsedThemes(root);
  const themes = new Map<string, { theme: Theme; crc32: number }>();
  for (const folder of folders.sort()) {
    const file = path.join(dir, folder, "theme.json");
    const text = await readFile(file, "utf8").catch((e: unknown) => {
      throw new ThemeDefinitionError(`${file}: not readable (${e instanceof Error ? e.message : e})`);
    });
    const sum = checksum(text);
    const known = validated[folder];
    if (known && known.crc32 === sum && known.theme.id === folder) {
      themes.set(folder, { theme: known.theme, crc32: sum });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new ThemeDefinitionError(`${file}: not readable JSON (${e instanceof Error ? e.message : e})`);
    }
    const parsed = Theme.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
      throw new ThemeDefinitionError(`${file} is not a valid theme definition:\n${problems.join("\n")}`);
    }
    if (parsed.data.id !== folder) {
      throw new ThemeDefinitionError(
        `${file}: id '${parsed.data.id}' must equal its folder name '${folder}'`,
      );
    }
    themes.set(folder, { theme: parsed.data, crc32: sum });
  }
  return themes;
}

/**
 * The themes under `root` validated, as PARSED_THEMES_FILE's JSON, for a build to write beside
 * the templates it ships. Throws as loadThemes does on a definition that does not validate.
 */
export async function parsedThemesJson(root: string): Promise<string> {
  const out: ParsedThemes = Object.fromEntries(await readThemes(root));
  return JSON.stringify(out);
}
