import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREPARED_FONTS_CONF, prepareChromium } from "../../scripts/build/prepared-chromium.js";
import { chromiumLaunchOptions, preparedChromium } from "../../src/adapters/browser/launch-options.js";
import { readPdf } from "../support/pdf.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/@sparticuz/chromium/bin");
const scratch = mkdtempSync(path.join(tmpdir(), "scenario-brief-prepared-"));
const dir = path.join(scratch, "chromium");
let executable: string;

beforeAll(async () => {
  executable = await prepareChromium(BIN, dir);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("Chromium prepared at build time for the layer", () => {
  it("is the executable, SwiftShader beside it, Amazon Linux's libraries and the fonts", async () => {
    expect(executable).toBe(path.join(dir, "chromium"));
    expect(statSync(executable).mode & 0o111).toBe(0o111);
    // As large as @sparticuz/chromium's own unpack of it, not a truncated stream.
    expect(statSync(executable).size).toBeGreaterThan(100 * 1024 * 1024);
    expect(existsSync(path.join(dir, "libGLESv2.so"))).toBe(true);
    expect(await readdir(path.join(dir, "lib"))).toContain("libnss3.so");
    expect(readFileSync(path.join(dir, "fonts/fonts.conf"), "utf8")).toBe(PREPARED_FONTS_CONF);
    expect((await readdir(path.join(dir, "fonts/fonts"))).length).toBeGreaterThan(0);
  });

  it("is what the launcher starts when CHROMIUM_UNPACKED_DIR names it, with its libraries and fonts", () => {
    const env: NodeJS.ProcessEnv = { CHROMIUM_UNPACKED_DIR: dir, LD_LIBRARY_PATH: "/var/lang/lib:/opt/lib" };
    expect(preparedChromium(env)).toBe(executable);
    expect(env.LD_LIBRARY_PATH).toBe(`${path.join(dir, "lib")}:/var/lang/lib:/opt/lib`);
    expect(env.FONTCONFIG_PATH).toBe(path.join(dir, "fonts"));
    // Asked again (each launch asks), the library folder is not added twice.
    preparedChromium(env);
    expect(env.LD_LIBRARY_PATH).toBe(`${path.join(dir, "lib")}:/var/lang/lib:/opt/lib`);
    expect(preparedChromium({})).toBeUndefined();
  });

  it("refuses a CHROMIUM_UNPACKED_DIR without Chromium rather than unpacking in its place", () => {
    expect(() => preparedChromium({ CHROMIUM_UNPACKED_DIR: scratch })).toThrow(
      /CHROMIUM_UNPACKED_DIR=.* holds no chromium executable/,
    );
  });

  it("launches and prints a PDF without anything unpacked into the temporary folder", async () => {
    const before = process.env.CHROMIUM_UNPACKED_DIR;
    const saved = { ld: process.env.LD_LIBRARY_PATH, fc: process.env.FONTCONFIG_PATH };
    process.env.CHROMIUM_UNPACKED_DIR = dir;
    try {
      const options = await chromiumLaunchOptions(undefined, { processModel: "multi" });
      expect(options.executablePath).toBe(executable);
      const browser = await puppeteer.launch(options);
      try {
        const page = await browser.newPage();
        await page.setContent("<h1>Prepared</h1><p>Printed by the layer's Chromium.</p>");
        const pdf = await readPdf(await page.pdf({ format: "A4" }));
        expect(pdf.pages).toBe(1);
        expect(pdf.text).toMatch(/Printed by the layer's Chromium/);
      } finally {
        await browser.close();
      }
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_UNPACKED_DIR;
      else process.env.CHROMIUM_UNPACKED_DIR = before;
      if (saved.ld === undefined) delete process.env.LD_LIBRARY_PATH;
      else process.env.LD_LIBRARY_PATH = saved.ld;
      if (saved.fc === undefined) delete process.env.FONTCONFIG_PATH;
      else process.env.FONTCONFIG_PATH = saved.fc;
    }
  }, 60_000);
});
