import { writeFile } from "node:fs/promises";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../src/adapters/browser/launch-options.js";
import { corpusText } from "../support/corpus.js";
import { readPdf } from "../support/pdf.js";
import { startStack, type TestStack } from "../support/stack.js";

/**
 * Hostile text in a rendered briefing: a right-to-left override in an article title must not
 * reverse the service's own text after it, and a 20,000-character word must wrap, not widen
 * the page. Set HOSTILE_DUMP=<dir> to keep the HTML and PDF for a look.
 */

const RLO = "\u202E";
const TITLE = `Ghwayran prison break ${RLO}guards reported`;
const LONG_WORD = "Qasimabad".repeat(2223).slice(0, 20_000);
const dump = process.env.HOSTILE_DUMP;

let stack: TestStack;
let browser: Browser;
let rendered: { html: string; pdf: Awaited<ReturnType<typeof readPdf>>; pages: number };

async function json<T>(res: Response, status: number): Promise<T> {
  if (res.status !== status) throw new Error(`${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  stack = await startStack();
  const request = (path: string, method: string, body: unknown) =>
    stack.app.request(path, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const article = await json<{ id: string }>(
    await request("/v1/articles", "POST", {
      title: TITLE,
      text: corpusText("001_ghwayran-prison-attack"),
      source: `Outlet ${RLO}lanruoJ`,
    }),
    201,
  );
  // An analyst's facts name the first actor with one 20,000-character word (a table cuts a name
  // to 300 characters) and give it a role of one 3,000-character word (which it prints whole).
  const { facts } = await json<{ facts: { entities: { type: string; name: string }[] } }>(
    await stack.app.request(`/v1/articles/${article.id}/facts`),
    200,
  );
  const actor = facts.entities.findIndex((e) => e.type === "person" || e.type === "organization");
  expect(actor).toBeGreaterThanOrEqual(0);
  const entities = facts.entities.map((e, i) =>
    i === actor ? { ...e, name: LONG_WORD, surface: LONG_WORD, role: LONG_WORD.slice(0, 3000) } : e,
  );
  await json(await request(`/v1/articles/${article.id}/facts`, "PUT", { ...facts, entities }), 200);

  const manifest = await json<{ id: string; pdf: { url: string; pages: number } }>(
    await request("/v1/briefings", "POST", { theme: "isis-prison-escape", articleIds: [article.id] }),
    201,
  );
  const html = await (await stack.app.request(`/v1/briefings/${manifest.id}/html`)).text();
  const bytes = new Uint8Array(await (await stack.app.request(manifest.pdf.url)).arrayBuffer());
  if (dump) {
    await writeFile(`${dump}/hostile.html`, html);
    await writeFile(`${dump}/hostile.pdf`, bytes);
  }
  rendered = { html, pdf: await readPdf(bytes), pages: manifest.pdf.pages };
  browser = await puppeteer.launch(await chromiumLaunchOptions());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe("hostile text in a rendered briefing", () => {
  it("prints the service's own text after a U+202E title the right way round", () => {
    const text = rendered.pdf.text;
    // The override is gone, so the title reads in the order it was typed...
    expect(text).toContain("Ghwayran prison break guards reported");
    expect(text).not.toContain(RLO);
    expect(rendered.html).not.toContain(RLO);
    // ...and what the service prints after it in the evidence list is not reversed.
    expect(text).toMatch(/Ghwayran prison break guards reported”, [^·]{0,40}· grade [A-F][1-6]/);
    expect(text).not.toMatch(/edarg|nwonknu etad/);
    expect(text).toContain("Outlet lanruoJ");
  });

  it("isolates user text, so right-to-left words cannot reorder the text around them", () => {
    expect(rendered.html).toContain("<bdi>Ghwayran prison break guards reported</bdi>");
    expect(rendered.html).toMatch(/<bdi>Outlet lanruoJ<\/bdi>, “<bdi>Ghwayran/);
  });

  it("wraps a 20,000-character word instead of widening the page", async () => {
    expect(rendered.pages).toBeLessThan(20);
    // The role is printed whole, broken across lines: its last characters are there.
    expect(rendered.pdf.text.replace(/\s/g, "")).toContain(LONG_WORD.slice(2900, 3000));
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(rendered.html, { waitUntil: "load" });
      await page.emulateMediaType("print");
      // The width of an A4 page less its margins, in CSS pixels, as Chromium prints it.
      const overflow = await page.evaluate(() => {
        const out: string[] = [];
        const limit = document.body.clientWidth;
        for (const el of Array.from(document.querySelectorAll("table, h1, h2, h3, h4, p, li, td"))) {
          const box = el.getBoundingClientRect();
          if (el.scrollWidth > el.clientWidth + 1 || box.width > limit + 1) {
            out.push(`${el.tagName}#${el.closest("section")?.id ?? "?"} ${Math.round(box.width)}px`);
          }
        }
        return { out, limit, page: document.documentElement.scrollWidth };
      });
      expect(overflow.out).toEqual([]);
      expect(overflow.page).toBeLessThanOrEqual(overflow.limit + 1);
    } finally {
      await page.close();
    }
  });
});
