// One Lambda cold start of the built HTTP bundle (dist/lambda/http, or BUNDLE_DIR), in plain Node without tsx:
// import the handler, then post the reference article and render its briefing through it.
// The parent gives the environment (S3 endpoint of an embedded server, API key). Prints the
// milestones in ms since the process began.
import { readFileSync } from "node:fs";
import path from "node:path";

const since = () => Math.round(performance.now());
const marks = {};
// CPU time of this process (both threads' worth: user + system) at each milestone, in ms: less
// swayed than wall time when the machine is shared.
const cpu = () => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);
const root = path.resolve(import.meta.dirname, "..");
const bundleDir = process.env.BUNDLE_DIR ?? path.join(root, "dist/lambda/http");
const { handler } = await import(path.join(bundleDir, "index.mjs"));
marks.codeLoaded = since();
marks.codeLoadedCpu = cpu();

const context = { getRemainingTimeInMillis: () => 120_000 };
const event = (method, rawPath, body) => ({
  version: "2.0",
  rawPath,
  rawQueryString: "",
  headers: { "content-type": "application/json", authorization: `Bearer ${process.env.BENCH_KEY}` },
  requestContext: { http: { method, path: rawPath, sourceIp: "127.0.0.1" }, stage: "$default" },
  body: JSON.stringify(body),
  isBase64Encoded: false,
});
const text = readFileSync(path.join(root, "tests/fixtures/corpus/000_171affacc770eeff.txt"), "utf8");
const posted = await handler(
  event("POST", "/v1/articles", { title: "Iraq fortifies its Syrian border", text }),
  context,
);
marks.articleStored = since();
marks.articleStoredCpu = cpu();
const { id } = JSON.parse(posted.body);
const created = await handler(
  event("POST", "/v1/briefings", { theme: "isis-prison-escape", articleIds: [id] }),
  context,
);
if (created.statusCode !== 201) throw new Error(`briefing failed: ${created.statusCode} ${created.body}`);
marks.firstPdfStored = since();
marks.firstPdfStoredCpu = cpu();
// What the handlers mark on the way (src/handlers/prewarm.ts): when the Chromium unpack and the
// early browser launch finished, to see they overlap the rest.
for (const m of performance.getEntriesByType("mark"))
  if (m.name.startsWith("sb:")) marks[m.name.slice(3)] = Math.round(m.startTime);
console.log(JSON.stringify({ marks }));
process.exit(0);
