/**
 * Chromium unpacked at build time, for the layer: Lambda unzips a layer before the function's
 * init begins, so a binary shipped ready to run costs no init time, where @sparticuz/chromium's
 * own route (Brotli archives inflated into /tmp on first use) cost about 2.4 s of every new
 * sandbox's cold start, most of it Brotli decompression on one core.
 *
 *   <dir>/chromium            the executable (chromium.br)
 *   <dir>/lib*.so*, *.json    SwiftShader, beside the binary where Chromium looks (swiftshader.tar.br)
 *   <dir>/lib/                the shared libraries Amazon Linux 2023 lacks (al2023.tar.br)
 *   <dir>/fonts/fonts.conf    fontconfig's settings, naming the fonts beside it (fonts.tar.br)
 *
 * The launcher finds it through CHROMIUM_UNPACKED_DIR (src/adapters/browser/launch-options.ts).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { brotliDecompressSync, createBrotliDecompress } from "node:zlib";

/** Where the layer puts it: `chromium/` of the layer is `/opt/chromium` on Lambda. */
export const PREPARED_CHROMIUM_DIR = "chromium";

/**
 * fontconfig's settings: the fonts beside this file, wherever the layer is mounted (`relative`
 * is to the file's own folder), and the cache in /tmp, the one writable place on Lambda.
 */
export const PREPARED_FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir prefix="relative">fonts</dir>
  <cachedir>/tmp/fonts-cache/</cachedir>
</fontconfig>
`;

/** A Brotli-compressed tar archive extracted into `dest`, with the `tar` of the build machine. */
async function extractTarBr(archive: string, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  const tar = brotliDecompressSync(await readFile(archive));
  const run = spawnSync("tar", ["-x", "-f", "-", "-C", dest], { input: tar, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`tar could not extract ${archive}: ${run.stderr}`);
}

/**
 * Unpacks @sparticuz/chromium's archives (`binDir`, its `bin/`) into `outDir`, ready to run.
 * Returns the executable's path.
 */
export async function prepareChromium(binDir: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const executable = path.join(outDir, "chromium");
  await pipeline(
    createReadStream(path.join(binDir, "chromium.br"), { highWaterMark: 2 ** 22 }),
    createBrotliDecompress({ chunkSize: 2 ** 21 }),
    createWriteStream(executable),
  );
  await chmod(executable, 0o755);
  await extractTarBr(path.join(binDir, "swiftshader.tar.br"), outDir);
  await extractTarBr(path.join(binDir, "al2023.tar.br"), outDir);
  const fonts = path.join(outDir, "fonts");
  await extractTarBr(path.join(binDir, "fonts.tar.br"), fonts);
  await writeFile(path.join(fonts, "fonts.conf"), PREPARED_FONTS_CONF);
  return executable;
}
