import { readFileSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../fixtures/corpus");

export const REFERENCE_ID = "000_171affacc770eeff";

export function corpusText(name = REFERENCE_ID): string {
  return readFileSync(path.join(dir, `${name}.txt`), "utf8");
}
