import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

/** Memory of a process tree, in MB, read from Linux /proc. */
export interface TreeMemory {
  /** Processes counted: the root and every descendant still running. */
  processes: number;
  /** Resident memory summed over the processes: counts shared pages (the binary, libraries) once per process. */
  rssMb: number;
  /**
   * Proportional set size summed over the processes: each shared page split between the processes
   * sharing it, so what the tree really uses. Equals `rssMb` where smaps_rollup cannot be read.
   */
  pssMb: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The children of `pid`, from /proc/<pid>/task/<tid>/children, or by scanning /proc where that file is missing. */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const tid of tasks) {
    const text = read(`/proc/${pid}/task/${tid}/children`);
    if (text === undefined) return scanChildren(pid);
    for (const c of text.trim().split(/\s+/)) if (c) out.push(Number(c));
  }
  return out;
}

function scanChildren(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The command name is in parentheses and may hold spaces; the parent pid follows it.
    if (stat && Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
  }
  return out;
}

/** `pid` and all its descendants (a Chromium browser's renderers, GPU and utility processes). */
export function processTree(pid: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const walk = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push(p);
    for (const c of childrenOf(p)) walk(c);
  };
  walk(pid);
  return out;
}

function kbField(text: string | undefined, field: string): number | undefined {
  if (!text) return undefined;
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1];
  return kb === undefined ? undefined : Number(kb);
}

/** RSS and PSS of one process in kB; undefined once it has exited (or where /proc is absent). */
export function processMemoryKb(pid: number): { rssKb: number; pssKb: number } | undefined {
  const rssKb = kbField(read(`/proc/${pid}/status`), "VmRSS");
  if (rssKb === undefined) return undefined;
  const pssKb = kbField(read(`/proc/${pid}/smaps_rollup`), "Pss") ?? rssKb;
  return { rssKb, pssKb };
}

/**
 * RSS and PSS summed over `pid` and its descendants. With Chromium's multi-process model the
 * browser process holds only part of the memory: the renderers (one per page) hold the documents.
 * Zero everywhere when /proc cannot tell (not Linux, or the process is gone).
 */
export function treeMemory(pid: number | undefined): TreeMemory {
  const total = { processes: 0, rssMb: 0, pssMb: 0 };
  if (!pid) return total;
  for (const p of processTree(pid)) {
    const m = processMemoryKb(p);
    if (!m) continue;
    total.processes++;
    total.rssMb += m.rssKb / 1024;
    total.pssMb += m.pssKb / 1024;
  }
  return total;
}

const readAsync = (path: string) => readFile(path, "utf8").catch(() => undefined);

/**
 * `treeMemory` read off the event loop: the kernel builds smaps_rollup by walking each process's
 * mappings, about a millisecond per Chromium process, which a server should not spend on its
 * event loop between two steps of a request. The tree itself is listed synchronously (cheap).
 */
export async function treeMemoryAsync(pid: number | undefined): Promise<TreeMemory> {
  const total = { processes: 0, rssMb: 0, pssMb: 0 };
  if (!pid) return total;
  const read = await Promise.all(
    processTree(pid).map(async (p) => {
      const [status, smaps] = await Promise.all([
        readAsync(`/proc/${p}/status`),
        readAsync(`/proc/${p}/smaps_rollup`),
      ]);
      const rssKb = kbField(status, "VmRSS");
      return rssKb === undefined ? undefined : { rssKb, pssKb: kbField(smaps, "Pss") ?? rssKb };
    }),
  );
  for (const m of read) {
    if (!m) continue;
    total.processes++;
    total.rssMb += m.rssKb / 1024;
    total.pssMb += m.pssKb / 1024;
  }
  return total;
}
