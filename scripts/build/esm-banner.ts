// Some dependencies are CommonJS and call require() or read __dirname; an ES module has neither.
// Aliased imports keep the banner's names from colliding with anything in the bundle.
export const ESM_BANNER = [
  'import { createRequire as __sbCreateRequire } from "node:module";',
  'import { fileURLToPath as __sbFileURLToPath } from "node:url";',
  'import { dirname as __sbDirname } from "node:path";',
  "const require = __sbCreateRequire(import.meta.url);",
  "const __filename = __sbFileURLToPath(import.meta.url);",
  "const __dirname = __sbDirname(__filename);",
].join("\n");
