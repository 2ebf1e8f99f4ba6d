/**
 * `tsx scripts/render-case.ts <set dir> <case id prefix> [out dir]`: renders one analytic case
 * (tests/fixtures/<set>/cases) through the real stack, its articles posted with their outlet and
 * date, and writes the PDF, to look at a case's briefing as a user sees it on the case's briefing
 * date (the service's clock is set to it: a case may be dated after today, which `asOf` refuses):
 * `pdftoppm -png -r 60 out/<case>.pdf out/<case>`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { localApp } from "./local-app.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const [set = "analysis", prefix = "", out = path.join(ROOT, "samples")] = process.argv.slice(2);
const dir = path.join(ROOT, "tests/fixtures", set);
const file = readdirSync(path.join(dir, "cases")).find((f) => f.startsWith(prefix));
if (!file) throw new Error(`no case ${prefix} in ${set}`);
const c = JSON.parse(readFileSync(path.join(dir, "cases", file), "utf8")) as {
  id: string;
  theme: string;
  articles: string[];
  briefingDate: string;
};
const at = new Date(`${c.briefingDate}T12:00:00Z`);
const { app, post, close } = await localApp("render-case", { clock: { now: () => at } });
try {
  const ids: string[] = [];
  for (const slug of c.articles) {
    const a = JSON.parse(readFileSync(path.join(dir, "articles", `${slug}.json`), "utf8"));
    const res = await post("/v1/articles", a);
    if (res.status !== 201) throw new Error(`${slug}: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const res = await post("/v1/briefings", { theme: c.theme, articleIds: ids });
  const manifest = (await res.json()) as { pdf: { url: string; pages: number } };
  if (res.status !== 201) throw new Error(`${c.id}: ${res.status} ${JSON.stringify(manifest)}`);
  await mkdir(out, { recursive: true });
  const pdf = new Uint8Array(await (await app.request(manifest.pdf.url)).arrayBuffer());
  await writeFile(path.join(out, `${c.id}.pdf`), pdf);
  console.log(`${path.join(out, `${c.id}.pdf`)}  ${manifest.pdf.pages} pages`);
} finally {
  await close();
}
