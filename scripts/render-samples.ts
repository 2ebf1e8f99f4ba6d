/**
 * `npm run samples [ARTICLE,...]`: renders every theme from corpus articles (the reference one
 * by default) through the real stack and writes the PDFs to samples/, to look at as users do:
 * `pdftoppm -png -r 60 samples/<theme>.pdf samples/<theme>`.
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "../src/adapters/http/app.js";
import { loadConfig } from "../src/config.js";
import { buildContainer } from "../src/container.js";
import { createLogger } from "../src/logger.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const articles = (process.argv[2] ?? "000_171affacc770eeff").split(",");
const dataDir = await mkdtemp(path.join(tmpdir(), "samples-"));
const container = await buildContainer(loadConfig({ DATA_DIR: dataDir }), { logger: createLogger("warn") });
const app = createApp(container.http);
const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

try {
  const ids: string[] = [];
  for (const name of articles) {
    const text = readFileSync(path.join(ROOT, "tests/fixtures/corpus", `${name}.txt`), "utf8");
    const res = await app.request(
      "/v1/articles",
      json({ title: text.split("\n")[0]?.slice(0, 120) || name, text }),
    );
    ids.push(((await res.json()) as { id: string }).id);
  }
  await mkdir(path.join(ROOT, "samples"), { recursive: true });
  for (const theme of container.components.themes.list()) {
    const res = await app.request("/v1/briefings", json({ theme: theme.id, articleIds: ids }));
    const manifest = (await res.json()) as { pdf: { url: string; pages: number } };
    if (res.status !== 201) throw new Error(`${theme.id}: ${res.status} ${JSON.stringify(manifest)}`);
    const pdf = new Uint8Array(await (await app.request(manifest.pdf.url)).arrayBuffer());
    await writeFile(path.join(ROOT, "samples", `${theme.id}.pdf`), pdf);
    console.log(`samples/${theme.id}.pdf  ${manifest.pdf.pages} pages`);
  }
} finally {
  await container.close();
  await rm(dataDir, { recursive: true, force: true });
}
