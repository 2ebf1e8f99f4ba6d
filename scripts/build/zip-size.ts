import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { deflateRawSync } from "node:zlib";

/** AWS's limit on a function's zip we hold ourselves to (the hard limit for direct upload is 50 MB). */
export const FUNCTION_ZIP_LIMIT_BYTES = 5 * 1024 * 1024;
/** Lambda's hard limit on a function's unzipped code plus all its layers. */
export const UNZIPPED_LIMIT_BYTES = 250 * 1024 * 1024;

export interface DirSize {
  files: number;
  /** Bytes on disk, the unzipped size Lambda counts. */
  raw: number;
  /** Bytes of a zip of the folder: each file deflated, plus the zip format's own headers. */
  zipped: number;
}

// Fixed parts of the zip format, without extra fields: local file header (30), central directory
// entry (46), end of central directory (22). Each file name appears in both headers.
const LOCAL_HEADER = 30;
const CENTRAL_ENTRY = 46;
const END_OF_DIRECTORY = 22;

/** Zip entry size of one file: stored when deflate does not shrink it, as zip tools do. */
export function zipEntryBytes(name: string, content: Uint8Array): number {
  const nameBytes = Buffer.byteLength(name, "utf8");
  const deflated = content.length === 0 ? 0 : deflateRawSync(content, { level: 9 }).length;
  return LOCAL_HEADER + CENTRAL_ENTRY + 2 * nameBytes + Math.min(deflated, content.length);
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

/**
 * About what `cdk deploy` uploads for a folder, measured without writing a zip: the exact zip
 * layout around each file's deflated bytes (a zip tool's compressor may differ by a few percent).
 */
export async function measureDir(dir: string): Promise<DirSize> {
  const files = await listFiles(dir);
  let raw = 0;
  let zipped = END_OF_DIRECTORY;
  for (const rel of files) {
    const full = path.join(dir, rel);
    raw += (await stat(full)).size;
    zipped += zipEntryBytes(rel, await readFile(full));
  }
  return { files: files.length, raw, zipped };
}

/** Human-readable sizes in the build log. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** The reasons a build must fail, one line each; empty when every artifact fits. */
export function sizeProblems(
  functions: Record<string, DirSize>,
  layer: DirSize | undefined,
  limits = { zipped: FUNCTION_ZIP_LIMIT_BYTES, unzipped: UNZIPPED_LIMIT_BYTES },
): string[] {
  const problems: string[] = [];
  for (const [name, size] of Object.entries(functions)) {
    if (size.zipped > limits.zipped) {
      problems.push(
        `${name}: ${formatBytes(size.zipped)} zipped, above the ${formatBytes(limits.zipped)} limit for a function bundle`,
      );
    }
    const unzipped = size.raw + (layer?.raw ?? 0);
    if (unzipped > limits.unzipped) {
      problems.push(
        `${name}: ${formatBytes(unzipped)} unzipped with the Chromium layer, above Lambda's ${formatBytes(limits.unzipped)}`,
      );
    }
  }
  return problems;
}
