import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusText } from "../support/corpus.js";
import {
  DESK_KEYS,
  type DeskServer,
  launchDeskBrowser,
  screenshot,
  seriousA11yViolations,
  signIn,
  startDeskServer,
} from "../support/desk.js";
import { readPdf, savePagePngs } from "../support/pdf.js";

/**
 * The workbench and schedule pages in a real browser: steer a preview (exclude a sentence,
 * override a judgment with a reason), generate and download the PDF and read the override in it;
 * create a schedule, run it twice, see the chart on the page and in the second run's PDF.
 */

const PDFS = path.resolve(".scratch-workbench");
const REASON = "SDF reinforcements reached the camps after this report";
let server: DeskServer;
let browser: Browser;
let page: Page;
let articleId: string;

beforeAll(async () => {
  mkdirSync(PDFS, { recursive: true });
  // Generous deadlines: the shared test machine may be busy; these tests are about behaviour, not speed.
  server = await startDeskServer({ env: { RENDER_TIMEOUT_MS: "120000", CPU_TASK_BUDGET_MS: "120000" } });
  const res = await fetch(`${server.base}/v1/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${DESK_KEYS.write}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: "Iraq fortifies its Syrian border after the fall of Assad",
      text: corpusText(),
      publishedAt: "2025-01-14",
      source: "Reuters",
    }),
  });
  expect(res.status).toBe(201);
  articleId = ((await res.json()) as { id: string }).id;
  browser = await launchDeskBrowser();
  page = await browser.newPage();
  await signIn(page, server.base, DESK_KEYS.write);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function submit(selector: string) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(selector)]);
}

async function expectAccessible(name: string) {
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, `workbench-${name}`);
}

/** Downloads a PDF with the page's own session, as the browser would, and reads its text. */
async function downloadPdf(href: string, name: string): Promise<string> {
  const got = await page.evaluate(async (h) => {
    const r = await fetch(h);
    const bytes = new Uint8Array(await r.arrayBuffer());
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return { status: r.status, type: r.headers.get("content-type"), b64: btoa(bin) };
  }, href);
  expect(got).toMatchObject({ status: 200, type: "application/pdf" });
  const pdf = Buffer.from(got.b64, "base64");
  const file = path.join(PDFS, `${name}.pdf`);
  writeFileSync(file, pdf);
  savePagePngs(file, path.join(PDFS, name), { first: 1, last: 3 });
  return (await readPdf(new Uint8Array(pdf))).text;
}

describe("the briefing workbench", () => {
  let excluded: { key: string; factor: string };

  it("previews the assessment of a theme and an article: judgments, factors with sentences, conflicts", async () => {
    await page.goto(`${server.base}/desk/workbench`, { waitUntil: "load" });
    await expectAccessible("01-empty");
    await page.select("#wb-theme", "isis-prison-escape");
    await page.click(`input[name=articles][value="${articleId}"]`);
    await submit("form[aria-label='Theme and articles'] button[type=submit]");
    expect(await page.$$eval("article.judgment", (x) => x.length)).toBe(2);
    expect(await page.$$eval("ul.evidence > li", (x) => x.length)).toBeGreaterThan(0);
    expect(await page.$eval("#wb-conflicts", (h) => h.textContent)).toBe("Conflicts");
    await expectAccessible("02-preview");
  });

  it("excludes a sentence from a factor: it leaves the factor and is listed as excluded", async () => {
    const first = await page.$eval("button[data-exclude]", (b) => ({
      key: b.getAttribute("data-exclude") ?? "",
      factor: b.closest("form")?.querySelector<HTMLInputElement>("input[name=factor]")?.value ?? "",
    }));
    excluded = first;
    await submit("button[data-exclude]");
    const factor = `#factor-${excluded.factor}`;
    const cited = await page.$$eval(`${factor} button[data-exclude]`, (bs) =>
      bs.map((b) => b.getAttribute("data-exclude")),
    );
    expect(cited).not.toContain(excluded.key);
    const sentence = Number(excluded.key.split("#")[1]) + 1;
    expect(await page.$eval(`${factor} .excluded`, (p) => p.textContent)).toContain(
      `sentence ${sentence} of`,
    );
    await expectAccessible("03-excluded");
  });

  it("overrides a judgment with a reason, keeping the machine's value beside it", async () => {
    const form = "article.judgment form[aria-label='Override judgment 1']";
    await page.type(`${form} input[name=percent]`, "12");
    await page.type(`${form} input[name=reason]`, REASON);
    await submit(`${form} button[type=submit]`);
    const note = await page.$eval("article.judgment .override-note", (p) => p.textContent ?? "");
    expect(note).toContain("Analyst: 12%");
    expect(note).toMatch(/Machine: \d+%/);
    expect(note).toContain(REASON);
    expect(await page.$eval("article.judgment .prob", (p) => p.textContent)).toBe("12%");
    await expectAccessible("04-override");
  });

  it("generates the briefing and downloads a PDF that shows the override and its reason", async () => {
    await submit("form[aria-label='Generate the briefing'] button[type=submit]");
    expect(new URL(page.url()).pathname).toMatch(/^\/desk\/workbench\/briefings\/[0-9A-Z]{26}$/);
    await expectAccessible("05-generated");
    const href = await page.$eval("a.button[href$='/pdf']", (a) => a.getAttribute("href") ?? "");
    const text = await downloadPdf(href, "workbench-briefing");
    expect(text).toContain("Analyst adjustments");
    expect(text).toContain(REASON);
    expect(text).toMatch(/machine result \d+%; analyst result 12%/);
    expect(text).toMatch(/Excluded from/);
  });
});

describe("the workbench as of an earlier day", () => {
  const pick = async (asOf: string) => {
    await page.goto(`${server.base}/desk/workbench`, { waitUntil: "load" });
    await page.select("#wb-theme", "isis-prison-escape");
    await page.click(`input[name=articles][value="${articleId}"]`);
    // A date input's typing follows the browser's locale; the value is what the form sends.
    await page.$eval(
      "#wb-as-of",
      (i, v) => {
        (i as HTMLInputElement).value = v as string;
      },
      asOf,
    );
    await submit("form[aria-label='Theme and articles'] button[type=submit]");
  };

  it("refuses a day before the article was published and previews as of today instead", async () => {
    await pick("2025-01-10");
    const flash = await page.$eval(".flash", (f) => f.textContent ?? "");
    expect(flash).toContain("cannot be as of 2025-01-10, so it is as of today");
    expect(flash).toContain("after 2025-01-10");
    expect(await page.$eval("#wb-as-of", (i) => (i as HTMLInputElement).value)).toBe("");
    expect(await page.$$eval("article.judgment", (x) => x.length)).toBe(2);
  });

  it("keeps the day through a steer and generates a briefing whose cover says it was made later", async () => {
    await pick("2025-03-01");
    expect(await page.$eval("#wb-as-of", (i) => (i as HTMLInputElement).value)).toBe("2025-03-01");
    expect(await page.$eval("#wb-generate + p", (p) => p.textContent ?? "")).toContain(
      "The briefing will be as of 2025-03-01",
    );
    await submit("button[data-exclude]");
    expect(new URL(page.url()).searchParams.get("asOf")).toBe("2025-03-01");
    expect(await page.$eval("#wb-as-of", (i) => (i as HTMLInputElement).value)).toBe("2025-03-01");
    await expectAccessible("06-as-of");
    await submit("form[aria-label='Generate the briefing'] button[type=submit]");
    const href = await page.$eval("a.button[href$='/pdf']", (a) => a.getAttribute("href") ?? "");
    const text = await downloadPdf(href, "workbench-as-of");
    expect(text).toContain("1 March 2025");
    expect(text).toMatch(/as of this day; made \d{1,2} [A-Z][a-z]+ 20\d\d/);
  });
});

const RUN_ROWS = "section[aria-labelledby=sc-runs] > table > tbody > tr";

describe("schedules", () => {
  let scheduleUrl: string;

  it("creates a schedule from the form", async () => {
    await page.goto(`${server.base}/desk/schedules`, { waitUntil: "load" });
    await expectAccessible("10-schedules");
    await page.type("#sc-name", "Morning detention brief");
    await page.select("#sc-theme", "isis-prison-escape");
    await page.click(`input[name=ids][value="${articleId}"]`);
    await submit("form[aria-label='New schedule'] button[type=submit]");
    scheduleUrl = page.url();
    expect(new URL(scheduleUrl).pathname).toMatch(/^\/desk\/schedules\/[0-9A-Z]{26}$/);
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Morning detention brief");
    expect(await page.$eval("section[aria-labelledby=sc-chart] p.empty", (p) => p.textContent)).toContain(
      "two briefings",
    );
    await expectAccessible("11-schedule-new");
  });

  it("runs twice: the run history, the chart on the page and each run's what-changed table", async () => {
    await submit("form[aria-label='Run now'] button");
    await submit("form[aria-label='Run now'] button");
    expect(await page.$$eval(RUN_ROWS, (r) => r.length)).toBe(2);
    const svg = await page.$eval("figure.probability-chart svg", (s) => ({
      role: s.getAttribute("role"),
      label: s.getAttribute("aria-label"),
      title: s.querySelector("title")?.textContent,
      bands: [...s.querySelectorAll("text")].map((t) => t.textContent),
    }));
    expect(svg.role).toBe("img");
    expect(svg.label).toContain("last 2 runs");
    expect(svg.title).toBe(svg.label);
    expect(svg.bands).toEqual(
      expect.arrayContaining(["almost no chance", "roughly even chance", "almost certain"]),
    );
    expect(await page.$eval("details.run-changes summary", (s) => s.textContent)).toContain("What changed");
    await page.click("details.run-changes summary");
    expect(await page.$$eval("details.run-changes table.changes tbody tr", (r) => r.length)).toBe(2);
    await expectAccessible("12-schedule-two-runs");

    const href = await page.$eval(
      `${RUN_ROWS}:first-child a[href$='/pdf']`,
      (a) => a.getAttribute("href") ?? "",
    );
    const text = await downloadPdf(href, "workbench-scheduled-second-run");
    expect(text).toContain("Judgments across runs");
    expect(text).toContain("What changed since");
  });

  it("pauses, resumes and edits the schedule", async () => {
    await submit("form[aria-label='Pause'] button");
    expect(await page.$eval(".flash", (f) => f.textContent)).toContain("paused");
    await submit("form[aria-label='Resume'] button");
    expect(await page.$eval(".flash", (f) => f.textContent)).toContain("resumed");
    await page.$eval("#sc-name", (i) => {
      (i as HTMLInputElement).value = "";
    });
    await page.type("#sc-name", "Evening detention brief");
    await submit("form[aria-label='Edit the schedule'] button[type=submit]");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Evening detention brief");
    await expectAccessible("13-schedule-edited");
  });
});

describe("a read-only key", () => {
  it("sees the preview and the schedule but no write controls", async () => {
    const scheduleUrl = page.url();
    await submit(".masthead .who button");
    await signIn(page, server.base, DESK_KEYS.read);
    await page.goto(`${server.base}/desk/workbench?theme=isis-prison-escape&articles=${articleId}`, {
      waitUntil: "load",
    });
    expect(await page.$$("article.judgment")).not.toHaveLength(0);
    expect(await page.$("form[aria-label='Generate the briefing']")).toBeNull();
    await expectAccessible("20-read-only-workbench");
    await page.goto(scheduleUrl, { waitUntil: "load" });
    expect(await page.$("form[aria-label='Run now']")).toBeNull();
    expect(await page.$("form[aria-label='Pause']")).toBeNull();
    expect(await page.$("form[aria-label='Edit the schedule']")).toBeNull();
    expect(await page.$("figure.probability-chart svg")).not.toBeNull();
    await expectAccessible("21-read-only-schedule");
    // A write sent anyway, with the reader's own CSRF token, is refused by the desk's session check.
    const status = await page.evaluate(async (url) => {
      const token = document.querySelector<HTMLInputElement>("input[name=_csrf]")?.value ?? "";
      const r = await fetch(`${url}/run`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: token }).toString(),
      });
      return r.status;
    }, scheduleUrl);
    expect(status).toBe(403);
  });
});
