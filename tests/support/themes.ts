import { readFileSync } from "node:fs";
import path from "node:path";
import { Theme } from "../../src/core/themes/theme.js";

export function themeFixture(id = "isis-prison-escape"): Theme {
  const file = path.resolve(import.meta.dirname, "../../templates/themes", id, "theme.json");
  return Theme.parse(JSON.parse(readFileSync(file, "utf8")));
}
