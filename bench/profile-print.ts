/**
 * `npx tsx bench/profile-print.ts`: where the print step's time goes, one call at a time
 * (newPage, JavaScript off, sealing, setContent, pdf, close), on the reference briefing's HTML.
 */
import { BrowserSupervisor } from "../src/adapters/browser/browser-supervisor.js";
import { chromiumLaunchOptions } from "../src/adapters/browser/launch-options.js";
import { referenceBriefing } from "./reference.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ref = await referenceBriefing();
const supervisor = new BrowserSupervisor({
  launchOptions: () => chromiumLaunchOptions(),
  maxRendersPerBrowser: 1000,
});
const steps: Record<string, number[]> = {
  newPage: [],
  jsOff: [],
  seal: [],
  setContent: [],
  pdf: [],
  close: [],
};
await supervisor.withBrowser(async (browser) => {
  for (let i = 0; i < 8; i++) {
    const t = [performance.now()];
    const page = await browser.newPage();
    t.push(performance.now());
    await page.setJavaScriptEnabled(false);
    t.push(performance.now());
    page.on("request", (r) => void (r.url().startsWith("data:") ? r.continue() : r.abort()));
    await page.setRequestInterception(true);
    t.push(performance.now());
    await page.setContent(ref.rendered.html, { waitUntil: "load" });
    t.push(performance.now());
    await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      tagged: true,
      outline: true,
      headerTemplate: ref.rendered.headerHtml,
      footerTemplate: ref.rendered.footerHtml,
    });
    t.push(performance.now());
    await page.close();
    t.push(performance.now());
    if (i < 2) continue;
    for (const [j, k] of Object.keys(steps).entries()) steps[k]?.push((t[j + 1] ?? 0) - (t[j] ?? 0));
  }
});
await supervisor.close();
const med = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, Math.round(median(v))]));
console.log(JSON.stringify({ htmlBytes: Buffer.byteLength(ref.rendered.html), medianMs: med }));
