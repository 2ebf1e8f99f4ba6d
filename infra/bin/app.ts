/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy` (cdk.json points here), after `npm run build`.
 * Environment-agnostic, so it synthesizes offline; the account and region come from the
 * credentials `cdk deploy` runs with.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { ScenarioBriefStack } from "../lib/scenario-brief-stack.js";
import { FEATURE_FLAGS, SettingsError, type StackSettings, settingsFromContext } from "../lib/settings.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const app = new App({ context: FEATURE_FLAGS });

// `-c distDir=...` deploys a build made elsewhere (a CI artifact); by default, this checkout's.
const dist = path.resolve(ROOT, String(app.node.tryGetContext("distDir") ?? "dist"));
const code = {
  httpDir: path.join(dist, "lambda/http"),
  jobDir: path.join(dist, "lambda/job"),
  chromiumLayerDir: path.join(dist, "layer/chromium"),
};
const missing = [
  path.join(code.httpDir, "index.mjs"),
  path.join(code.jobDir, "index.mjs"),
  path.join(code.chromiumLayerDir, "nodejs/node_modules/@sparticuz/chromium/package.json"),
  // Chromium unpacked at build time, /opt/chromium/chromium once deployed (CHROMIUM_UNPACKED_DIR).
  path.join(code.chromiumLayerDir, "chromium/chromium"),
].filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Not built yet (missing ${missing.join(", ")}): run \`npm run build\` first.`);
  process.exit(1);
}

let settings: StackSettings;
try {
  settings = settingsFromContext(app.node);
} catch (e) {
  console.error(e instanceof SettingsError ? e.message : e);
  process.exit(1);
}
const { stackName, ...props } = settings;
new ScenarioBriefStack(app, stackName, {
  ...props,
  code,
  description: "scenario-brief: analytic PDF briefings from news articles (HTTP API, schedules, S3)",
});
// Every AWS Solutions finding fails the synth unless the stack acknowledges it with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
