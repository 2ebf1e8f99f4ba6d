import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { type CliIo, main } from "../../../src/cli.js";
import { articleIdFor } from "../../../src/core/articles/article.js";
import { FactsDocument } from "../../../src/core/facts/schema.js";
import { CORPUS_DIR, REFERENCE } from "./helpers.js";

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, "../../../bin/scenario-brief.js");
const REFERENCE_FILE = path.join(CORPUS_DIR, `${REFERENCE}.txt`);

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

describe("cli", () => {
  it("extracts the reference article through bin/scenario-brief.js, printing a facts document", async () => {
    const { stdout } = await run(process.execPath, [BIN, "extract", REFERENCE_FILE], { cwd: tmpdir() });
    const doc = FactsDocument.parse(JSON.parse(stdout));
    // The id the API gives the same (empty) title and text.
    expect(doc.article.id).toBe(articleIdFor("", readFileSync(REFERENCE_FILE, "utf8")));
    expect(doc.article.publishedAt).toBe("2025-01-14");
    expect(doc.article.title).toMatch(/^Many defense lines have been established/);
    expect(doc.entities.some((e) => e.name === "Safaa al-Aasm")).toBe(true);
  }, 30_000);

  it("takes --published and --title", async () => {
    const io = capture();
    expect(
      await main(
        ["extract", REFERENCE_FILE, "--published", "2025-01-15", "--title=Iraq fortifies its border"],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out).article).toMatchObject({
      title: "Iraq fortifies its border",
      publishedAt: "2025-01-15",
    });
  });

  it("exits with 2 and says what is wrong on bad usage", async () => {
    const cases: [string[], RegExp][] = [
      [[], /usage: scenario-brief <command>/],
      [["frobnicate"], /unknown command "frobnicate"/],
      [["extract"], /extract needs a FILE/],
      [["extract", "/no/such/article.txt"], /no such file: \/no\/such\/article.txt/],
      [["extract", REFERENCE_FILE, "--published", "14/01/2025"], /--published must be a date as YYYY-MM-DD/],
      [["extract", REFERENCE_FILE, "--published"], /--published needs a value/],
      [["extract", REFERENCE_FILE, "--colour", "red"], /unknown option --colour/],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await main(args, io), args.join(" ")).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe("");
    }
  });

  it("refuses binary files and files over 200 KB", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sb-cli-"));
    const binary = path.join(dir, "a.bin");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const big = path.join(dir, "big.txt");
    writeFileSync(big, "word ".repeat(50_000));
    for (const [file, message] of [
      [binary, /not a text file/],
      [big, /limited to 200 KB/],
    ] as const) {
      const io = capture();
      expect(await main(["extract", file], io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });

  it("exits with 2 from the bin script too", async () => {
    await expect(run(process.execPath, [BIN, "extract"])).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
