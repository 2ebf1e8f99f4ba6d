import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DESK_KEYS,
  type DeskServer,
  launchDeskBrowser,
  screenshot,
  seriousA11yViolations,
  sidewaysOverflow,
  signIn,
  startDeskServer,
} from "../support/desk.js";
import {
  AMBUSH,
  type FixtureWeb,
  INFILTRATION,
  STRIKES,
  startFixtureWeb,
  storyTitle,
} from "../support/feed-fixtures.js";

let web: FixtureWeb;
let server: DeskServer;
let browser: Browser;
let page: Page;
let sourceId: string;

beforeAll(async () => {
  // A loopback web of feeds and article pages, allow-listed through the real outbound door.
  web = await startFixtureWeb();
  server = await startDeskServer({ env: { SB_OUTBOUND_ALLOW: new URL(web.origin).host } });
  browser = await launchDeskBrowser();
  page = await browser.newPage();
  // Deleting asks first (the desk's script); the test says yes.
  page.on("dialog", (d) => void d.accept());
  await signIn(page, server.base, DESK_KEYS.write);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await web?.close();
});

const text = (selector: string) => page.$eval(selector, (el) => el.textContent ?? "");
const path = () => new URL(page.url()).pathname;

async function submit(selector: string) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click(selector)]);
}

/** Reads the API with the bearer key (the desk's cookie opens no API route). */
async function api<T>(route: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.base}${route}`, {
    headers: { authorization: `Bearer ${DESK_KEYS.write}` },
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
}
const apiSources = async () => (await api<{ items: { id: string }[] }>("/v1/sources?limit=100")).body.items;
const apiArticles = async () =>
  (await api<{ items: { id: string; title: string }[] }>("/v1/articles?limit=100")).body.items;

async function checkPage(name: string) {
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBe(0);
  await screenshot(page, name);
}

async function fill(selector: string, value: string) {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).value = "";
  });
  await page.type(selector, value);
}

describe("sources and imports in the desk", () => {
  it("lists no sources yet, with Sources in the masthead", async () => {
    await page.goto(`${server.base}/desk/sources`, { waitUntil: "load" });
    expect(path()).toBe("/desk/sources");
    expect(await text(".masthead nav [aria-current=page]")).toBe("Sources");
    expect(await text("main")).toContain("No sources registered yet.");
    await checkPage("sources-01-empty");
  });

  it("shows what is wrong with a source form on the page and stores nothing", async () => {
    await fill("#new-url", `${web.origin}/levant/rss.xml`);
    await fill("#new-outlet", "Levant Wire");
    await fill("#new-pollIntervalMinutes", "10");
    await fill("#new-tags", "Syria, not a tag!");
    // The browser would stop the form itself (pattern); the server must say what is wrong too.
    await page.$eval("form[aria-label='Register a source']", (f) => {
      (f as HTMLFormElement).noValidate = true;
    });
    await submit("form[aria-label='Register a source'] button[type=submit]");
    const flash = await text(".flash.error");
    expect(flash).toContain("The source was not registered.");
    expect(flash).toContain("Poll interval: must be at least 15 minutes");
    expect(flash).toContain("Tags: tags are lowercase words joined by hyphens");
    // What was typed comes back.
    expect(await page.$eval("#new-outlet", (el) => (el as HTMLInputElement).value)).toBe("Levant Wire");
    expect(await apiSources()).toEqual([]);
    await checkPage("sources-02-invalid");
  });

  it("registers a source and opens it", async () => {
    await fill("#new-pollIntervalMinutes", "60");
    await fill("#new-tags", "Syria, levant");
    await submit("form[aria-label='Register a source'] button[type=submit]");
    expect(path()).toMatch(/^\/desk\/sources\/[0-9A-Z]{26}$/);
    sourceId = path().split("/").pop() ?? "";
    expect(await text(".flash.ok")).toContain("The source is registered.");
    expect(await text("h1")).toBe("Levant Wire");
    expect(await text("main")).toContain("Not polled yet.");
    const { body } = await api<Record<string, unknown>>(`/v1/sources/${sourceId}`);
    expect(body).toMatchObject({
      url: `${web.origin}/levant/rss.xml`,
      outlet: "Levant Wire",
      reliability: "F",
      reliabilityFrom: "unknown",
      tags: ["syria", "levant"],
      pollIntervalMinutes: 60,
      enabled: true,
    });
    await checkPage("sources-03-registered");
  });

  it("polls now and shows the poll in the history, each failure with its reason", async () => {
    await submit("form[aria-label='Poll now'] button");
    expect(path()).toBe(`/desk/sources/${sourceId}`);
    expect(await text(".flash.ok")).toContain("Polled");
    const rows = await page.$$eval("#polls + table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")),
    );
    expect(rows).toHaveLength(1);
    // When, trigger, HTTP, outcome, new, seen, copies, failed, failures.
    expect(rows[0]?.slice(1, 8)).toEqual(["manual", "200", "ok", "3", "0", "0", "4"]);
    const polls = await api<{ items: { failures: { reason: string }[] }[] }>(`/v1/sources/${sourceId}/polls`);
    const reasons = polls.body.items[0]?.failures.map((f) => f.reason) ?? [];
    expect(reasons).toHaveLength(4);
    const failures = await page.$$eval("#polls + table div.failures strong", (s) =>
      s.map((e) => e.textContent),
    );
    expect(failures).toEqual(reasons);
    expect(reasons).toContain("too-little-text");
    await checkPage("sources-04-polled");
  });

  it("lists the source with its last poll, and the new articles in the articles list", async () => {
    await page.goto(`${server.base}/desk/sources`, { waitUntil: "load" });
    const row = await text("table tbody tr");
    expect(row).toContain("Levant Wire");
    expect(row).toContain(`${web.origin}/levant/rss.xml`);
    expect(row).toContain("F (unknown outlet)");
    expect(row).toContain("syria, levant");
    expect(row).toContain("60 min");
    expect(row).toContain("3 new, 4 failed");
    await checkPage("sources-05-list");

    await page.goto(`${server.base}/desk/articles`, { waitUntil: "load" });
    const titles = await page.$$eval("table tbody tr td:first-child a", (as) => as.map((a) => a.textContent));
    expect(titles).toEqual(expect.arrayContaining([storyTitle(AMBUSH), storyTitle(INFILTRATION)]));
    expect(titles).toHaveLength(3);
  });

  it("changes a source through its edit form", async () => {
    await page.goto(`${server.base}/desk/sources/${sourceId}`, { waitUntil: "load" });
    await fill("#edit-pollIntervalMinutes", "30");
    await page.select("#edit-reliability", "B");
    await page.click("#edit-enabled");
    await submit("form[aria-label='Change the source'] button[type=submit]");
    expect(await text(".flash.ok")).toContain("The source is changed.");
    const { body } = await api<Record<string, unknown>>(`/v1/sources/${sourceId}`);
    expect(body).toMatchObject({
      reliability: "B",
      reliabilityFrom: "client",
      pollIntervalMinutes: 30,
      enabled: false,
    });
    expect(await text("dl.kv")).toContain("every 30 minutes (disabled");
    await checkPage("sources-06-edited");

    // A bad change is told on the page and changes nothing.
    await fill("#edit-outlet", " ");
    await page.$eval("form[aria-label='Change the source']", (f) => {
      (f as HTMLFormElement).noValidate = true;
    });
    await submit("form[aria-label='Change the source'] button[type=submit]");
    expect(await text(".flash.error")).toContain("Outlet: must not be empty");
    expect((await api<Record<string, unknown>>(`/v1/sources/${sourceId}`)).body).toMatchObject({
      outlet: "Levant Wire",
      pollIntervalMinutes: 30,
    });
  });

  it("imports one link from the articles page and lands on its fact review", async () => {
    await page.goto(`${server.base}/desk/articles`, { waitUntil: "load" });
    await submit("a[href='/desk/import']");
    expect(path()).toBe("/desk/import");
    await checkPage("sources-07-import");
    await page.type("#url", `${web.origin}/desk/strikes.html`);
    await page.type("#tags", "syria");
    await submit("form[aria-label='Import a link'] button[type=submit]");
    expect(path()).toMatch(/^\/desk\/articles\/[^/]+$/);
    const id = path().split("/").pop();
    expect(await text(".flash.ok")).toContain("The article is stored");
    expect(await text("h1")).toContain(storyTitle(STRIKES));
    const stored = (await apiArticles()).find((a) => a.id === id);
    expect(stored?.title).toBe(storyTitle(STRIKES));
    await checkPage("sources-08-imported");
  });

  it("shows a refused or failed import as an error on the page and stores nothing", async () => {
    const before = (await apiArticles()).length;
    for (const [url, message] of [
      [`${web.origin}/nowhere.html`, "the page could not be fetched"],
      ["http://10.0.0.7/article.html", "refused"],
    ] as const) {
      await page.goto(`${server.base}/desk/import`, { waitUntil: "load" });
      await page.type("#url", url);
      await submit("form[aria-label='Import a link'] button[type=submit]");
      expect(path()).toBe("/desk/import");
      expect(await text(".flash.error")).toContain(message);
      expect(await page.$eval("#url", (el) => (el as HTMLInputElement).value)).toBe(url);
    }
    expect((await apiArticles()).length).toBe(before);
    await checkPage("sources-09-import-failed");
  });

  it("refuses a poll or a delete without the CSRF token", async () => {
    await page.goto(`${server.base}/desk/sources/${sourceId}`, { waitUntil: "load" });
    const statuses = await page.evaluate(async (sid) => {
      const post = async (to: string) =>
        (
          await fetch(to, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: "",
          })
        ).status;
      return [await post(`/desk/sources/${sid}/poll`), await post(`/desk/sources/${sid}/delete`)];
    }, sourceId);
    expect(statuses).toEqual([403, 403]);
    const polls = await api<{ items: unknown[] }>(`/v1/sources/${sourceId}/polls`);
    expect(polls.body.items).toHaveLength(1);
    expect((await api(`/v1/sources/${sourceId}`)).status).toBe(200);
  });

  it("deletes a source after asking", async () => {
    await page.goto(`${server.base}/desk/sources/${sourceId}`, { waitUntil: "load" });
    await submit("form[aria-label='Delete the source'] button[type=submit]");
    expect(path()).toBe("/desk/sources");
    expect(await text(".flash.ok")).toContain("removed");
    expect((await api(`/v1/sources/${sourceId}`)).status).toBe(404);
    // Its articles stay.
    expect((await apiArticles()).length).toBe(4);
  });

  it("shows a read-only key no write controls and refuses its writes", async () => {
    // A source to look at.
    await page.goto(`${server.base}/desk/sources`, { waitUntil: "load" });
    await fill("#new-url", `${web.origin}/monitor/feed.json`);
    await fill("#new-outlet", "Border Monitor");
    await submit("form[aria-label='Register a source'] button[type=submit]");
    const id = path().split("/").pop() ?? "";

    await submit(".masthead .who button");
    await signIn(page, server.base, DESK_KEYS.read);
    for (const route of ["/desk/sources", `/desk/sources/${id}`, "/desk/import"]) {
      await page.goto(`${server.base}${route}`, { waitUntil: "load" });
      expect(await page.$$eval("main form", (f) => f.length)).toBe(0);
      expect(await page.$("a[href='/desk/import']")).toBeNull();
    }
    await page.goto(`${server.base}/desk/sources/${id}`, { waitUntil: "load" });
    await checkPage("sources-10-read-only");
    // With a valid CSRF token (from the sign-out form), a write is still refused for this key.
    const statuses = await page.evaluate(async (sid) => {
      const token = (document.querySelector(".masthead input[name=_csrf]") as HTMLInputElement).value;
      const post = async (to: string) =>
        (
          await fetch(to, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ _csrf: token, url: "http://example.com/", outlet: "X" }).toString(),
          })
        ).status;
      return [
        await post(`/desk/sources/${sid}/poll`),
        await post(`/desk/sources/${sid}/delete`),
        await post("/desk/sources"),
        await post("/desk/import"),
      ];
    }, id);
    expect(statuses).toEqual([403, 403, 403, 403]);
    expect((await api(`/v1/sources/${id}`)).status).toBe(200);
    expect(await apiSources()).toHaveLength(1);
  });
});
