/**
 * `npx tsx scripts/review-briefings.ts`: renders, through the real stack, the briefings a reviewer
 * should look at after changing the assessment or the templates: one where nothing bears on the
 * question (no judgment), one with a report and its denial, one with two death tolls, and a
 * scheduled one compared with its previous run ("what changed"). Articles come from the analytic
 * evaluation sets. PDFs go to
 * samples/review/; look at them with `pdftoppm -png -r 60`.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { localApp } from "./local-app.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "samples/review");
const { app, post, close } = await localApp("review");

async function article(slug: string, tags: string[] = [], set = "analysis"): Promise<string> {
  const a = JSON.parse(
    readFileSync(path.join(ROOT, "tests/fixtures", set, "articles", `${slug}.json`), "utf8"),
  );
  const res = await post("/v1/articles", { ...a, tags });
  const body = (await res.json()) as { id: string };
  if (res.status >= 300) throw new Error(`${slug}: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function save(name: string, pdfUrl: string) {
  const pdf = new Uint8Array(await (await app.request(pdfUrl)).arrayBuffer());
  await writeFile(path.join(OUT, `${name}.pdf`), pdf);
  console.log(`samples/review/${name}.pdf`);
}

async function briefing(name: string, theme: string, articleIds: string[]) {
  const res = await post("/v1/briefings", { theme, articleIds });
  const manifest = (await res.json()) as { id: string; pdf: { url: string; pages: number } };
  if (res.status !== 201) throw new Error(`${name}: ${res.status} ${JSON.stringify(manifest)}`);
  await save(name, manifest.pdf.url);
  return manifest;
}

try {
  await mkdir(OUT, { recursive: true });
  await briefing("no-judgment", "isis-prison-escape", [await article("basra-football")]);
  const conflict = await briefing("conflict", "isis-prison-escape", [
    await article("sohr-shaddadi-escape"),
    await article("sdf-shaddadi-statement"),
  ]);
  const assessment = await (await app.request(`/v1/briefings/${conflict.id}/assessment`)).json();
  await writeFile(path.join(OUT, "conflict.assessment.json"), JSON.stringify(assessment, null, 2));

  await briefing("tolls", "isis-badia-insurgency", [
    await article("sohr-bishri-post-attack", [], "analysis-heldout"),
    await article("sana-bishri-attack-repelled", [], "analysis-heldout"),
  ]);

  await article("k24-turkish-strikes-sdf", ["review"]);
  const created = await post("/v1/schedules", {
    name: "Review",
    theme: "isis-prison-escape",
    articles: { tag: "review", latest: 5 },
    cron: "0 6 * * *",
    timezone: "UTC",
  });
  const schedule = (await created.json()) as { id: string };
  if (created.status !== 201) throw new Error(`schedule: ${created.status} ${JSON.stringify(schedule)}`);
  await post(`/v1/schedules/${schedule.id}/run`, {});
  await article("sohr-shaddadi-escape", ["review"]);
  await article("ina-alhol-repatriation", ["review"]);
  const run = (await (await post(`/v1/schedules/${schedule.id}/run`, {})).json()) as { briefingId: string };
  const manifest = (await (await app.request(`/v1/briefings/${run.briefingId}`)).json()) as {
    pdf: { url: string };
  };
  await save("what-changed", manifest.pdf.url);
} finally {
  await close();
}
