// One Lambda cold start of the built HTTP bundle (dist/lambda/http), in plain Node without tsx:
// import the handler, then post the reference article and render its briefing through it.
// The parent gives the environment (S3 endpoint of an embedded server, API key). Prints the
// milestones in ms since the process began.
import { readFileSync } from "node:fs";
import path from "node:path";

const since = () => Math.round(performance.now());
const marks = {};
const root = path.resolve(import.meta.dirname, "..");
const { handler } = await import(path.join(root, "dist/lambda/http/index.mjs"));
marks.codeLoaded = since();

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
const { id } = JSON.parse(posted.body);
const created = await handler(
  event("POST", "/v1/briefings", { theme: "isis-prison-escape", articleIds: [id] }),
  context,
);
if (created.statusCode !== 201) throw new Error(`briefing failed: ${created.statusCode} ${created.body}`);
marks.firstPdfStored = since();
console.log(JSON.stringify({ marks }));
process.exit(0);
