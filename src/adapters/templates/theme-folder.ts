import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ThemeCatalog } from "../../core/ports.js";
import { Theme } from "../../core/themes/theme.js";

export class ThemeDefinitionError extends Error {
  override name = "ThemeDefinitionError";
}

/**
 * Reads every `themes/<id>/theme.json`. A definition that does not validate stops start-up
 * with the file and the field at fault: a theme is data, and bad data must not half-load.
 */
export async function loadThemes(root: string): Promise<ThemeCatalog> {
  const dir = path.join(root, "themes");
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const themes = new Map<string, Theme>();
  for (const folder of folders.sort()) {
    const file = path.join(dir, folder, "theme.json");
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, "utf8"));
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
    themes.set(folder, parsed.data);
  }
  return {
    list: () => [...themes.values()],
    get: (id) => themes.get(id),
  };
}
