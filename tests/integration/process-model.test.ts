import type { Browser } from "puppeteer-core";
import puppeteer from "puppeteer-core";
import { afterEach, describe, expect, it } from "vitest";
import { BrowserSupervisor } from "../../src/adapters/browser/browser-supervisor.js";
import { ChromiumPrinter } from "../../src/adapters/browser/chromium-printer.js";
import { chromiumLaunchOptions, type ProcessModel } from "../../src/adapters/browser/launch-options.js";
import { PagePool } from "../../src/adapters/browser/page-pool.js";
import { processMemoryKb, processTree, treeMemory } from "../../src/adapters/browser/process-memory.js";
import { RenderLimiter } from "../../src/adapters/browser/render-limiter.js";
import { readPdf } from "../support/pdf.js";
import { job, page } from "../support/print-jobs.js";

const supervisors: BrowserSupervisor[] = [];
const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.close()));
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

function printer(processModel: ProcessModel, maxRssMb?: number) {
  const supervisor = new BrowserSupervisor({
    launchOptions: () => chromiumLaunchOptions(undefined, { processModel }),
    maxRendersPerBrowser: 100,
    ...(maxRssMb ? { maxRssMb } : {}),
  });
  supervisors.push(supervisor);
  return { supervisor, printer: new ChromiumPrinter(supervisor, new RenderLimiter(2, 4)) };
}

/** The browser process's pid, from the supervisor's own browser. */
async function browserPid(supervisor: BrowserSupervisor): Promise<number> {
  return supervisor.withBrowser(async (b) => b.process()?.pid ?? 0);
}

describe("Chromium's process model", () => {
  it("prints in the multi-process model, with renderers apart from the browser, all counted in its memory", async () => {
    const { supervisor, printer: p } = printer("multi");
    expect((await readPdf(await p.print(job(page("<p>multi one</p>"))))).text).toContain("multi one");
    const pid = await browserPid(supervisor);
    const tree = processTree(pid);
    // The browser, at least one renderer, and its utility processes.
    expect(tree.length).toBeGreaterThanOrEqual(2);
    expect(tree[0]).toBe(pid);
    const memory = supervisor.memory();
    // Two readings of a live process tree, moments apart: the same processes, about the same memory.
    const again = treeMemory(pid);
    expect(memory.processes).toBe(again.processes);
    expect(Math.abs(memory.pssMb - again.pssMb)).toBeLessThanOrEqual(Math.max(8, again.pssMb * 0.1));
    expect(Math.abs(memory.rssMb - again.rssMb)).toBeLessThanOrEqual(Math.max(8, again.rssMb * 0.1));
    expect(memory.processes).toBe(tree.length);
    // PSS splits the shared binary between the processes; RSS counts it in each.
    expect(memory.pssMb).toBeGreaterThan(0);
    expect(memory.pssMb).toBeLessThan(memory.rssMb);
    const browserOnly = processMemoryKb(pid);
    expect(memory.pssMb).toBeGreaterThan((browserOnly?.pssKb ?? 0) / 1024);
  });

  it("runs one process in the single-process model", async () => {
    const { supervisor, printer: p } = printer("single");
    await p.print(job(page("<p>single</p>")));
    const pid = await browserPid(supervisor);
    expect(processTree(pid)).toEqual([pid]);
    expect(supervisor.memory().processes).toBe(1);
  });

  it("relaunches a multi-process browser whose renderers put its tree past the budget, though its own process is under it", async () => {
    // First measure, without a budget, what the browser process alone and its whole tree hold.
    const probe = printer("multi");
    await probe.printer.print(job(page(`<p>${"probe ".repeat(20_000)}</p>`)));
    const pid = await browserPid(probe.supervisor);
    const own = (processMemoryKb(pid)?.pssKb ?? 0) / 1024;
    const whole = probe.supervisor.memory().pssMb;
    expect(whole - own).toBeGreaterThan(10);
    // A budget between the two: only the whole tree is past it.
    const budget = Math.round(own + (whole - own) / 2);
    // PSS splits shared pages between every process mapping them: with the probe still running,
    // the next browser's tree would read lower than the probe's did.
    await probe.supervisor.close();
    const { supervisor, printer: p } = printer("multi", budget);
    await p.print(job(page(`<p>${"probe ".repeat(20_000)}</p>`)));
    expect(await supervisor.health()).toMatchObject({ launches: 2, renders: 1, replaced: 0 });
  });

  it("collects a warm page's garbage: documents printed one after another are not all kept", async () => {
    const browser = await puppeteer.launch(await chromiumLaunchOptions(undefined, { processModel: "multi" }));
    browsers.push(browser);
    const pid = browser.process()?.pid ?? 0;
    // A document of some 4,000 paragraphs, different each time.
    const big = (n: number) =>
      page(Array.from({ length: 4_000 }, (_, i) => `<p>${n}-${i} lorem ipsum</p>`).join(""));
    const grow = async (pool: PagePool) => {
      const first = await pool.take(browser);
      await first.page.setContent(big(0));
      await pool.release(browser, first);
      const before = treeMemory(pid).pssMb;
      for (let n = 1; n <= 4; n++) {
        const warm = await pool.take(browser);
        await warm.page.setContent(big(n));
        await pool.release(browser, warm);
      }
      // The last collection started on release; the next take waits for it.
      const last = await pool.take(browser);
      const grown = treeMemory(pid).pssMb - before;
      await pool.release(browser, last);
      await pool.abandon(last.page);
      return grown;
    };
    const keeping = new PagePool(async () => undefined, 100, 0);
    const collecting = new PagePool(async () => undefined, 100, 1);
    const kept = await grow(keeping);
    const collected = await grow(collecting);
    expect(keeping.collections).toBe(0);
    expect(collecting.collections).toBe(6);
    expect(kept).toBeGreaterThan(20);
    expect(collected).toBeLessThan(kept / 2);
  });
});
