/**
 * A process that launches the browser the way the tests do, prints its process id and holds it
 * open until it is stopped: tests/integration/worker-exit.test.ts stops it as vitest stops a worker.
 */
import puppeteer from "puppeteer-core";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";

const browser = await puppeteer.launch(await chromiumLaunchOptions());
console.log(`browser ${browser.process()?.pid}`);
setInterval(() => undefined, 60_000);
