import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ScenarioBriefCode } from "../lib/scenario-brief-stack.js";

/** Stand-ins for `npm run build`'s folders: a few bytes each, so synth stays fast. */
export function fakeCode(): ScenarioBriefCode & { root: string } {
  const root = mkdtempSync(path.join(tmpdir(), "scenario-brief-infra-"));
  const file = (rel: string, content: string) => {
    const full = path.join(root, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  file("http/index.mjs", "export const handler = async () => ({ statusCode: 200 });\n");
  file("job/index.mjs", "export const handler = async () => ({ kind: 'ran' });\n");
  file("layer/nodejs/node_modules/@sparticuz/chromium/package.json", '{"name":"@sparticuz/chromium"}\n');
  return {
    root,
    httpDir: path.join(root, "http"),
    jobDir: path.join(root, "job"),
    chromiumLayerDir: path.join(root, "layer"),
  };
}
