import { cp, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface ResolvedPackage {
  name: string;
  /** Absolute folder of the installed package. */
  dir: string;
  /** Its path below the top `node_modules`, kept as is in the layer so nested versions still resolve. */
  relative: string;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function readPackageJson(dir: string): Promise<PackageJson> {
  return JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as PackageJson;
}

/** Node's lookup: `<dir>/node_modules/<name>`, then each parent's, up to the top `node_modules`. */
async function locate(name: string, fromDir: string, nodeModules: string): Promise<string | null> {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, "node_modules", name);
    if (await isDir(candidate)) return candidate;
    if (path.dirname(nodeModules) === dir) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * A package and everything it needs at run time, as npm installed them under `nodeModules`:
 * `dependencies` must be there; optional and peer dependencies come along when installed.
 */
export async function runtimeClosure(rootName: string, nodeModules: string): Promise<ResolvedPackage[]> {
  const found = new Map<string, ResolvedPackage>();
  const visit = async (name: string, fromDir: string, required: boolean, via: string): Promise<void> => {
    const dir = await locate(name, fromDir, nodeModules);
    if (!dir) {
      if (required) throw new Error(`${name} (needed by ${via}) is not installed under ${nodeModules}`);
      return;
    }
    if (found.has(dir)) return;
    const pkg = await readPackageJson(dir);
    found.set(dir, { name: pkg.name, dir, relative: path.relative(nodeModules, dir) });
    const required_ = Object.keys(pkg.dependencies ?? {});
    const optional = [
      ...Object.keys(pkg.optionalDependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ];
    for (const dep of required_) await visit(dep, dir, true, pkg.name);
    for (const dep of optional) if (!required_.includes(dep)) await visit(dep, dir, false, pkg.name);
  };
  await visit(rootName, path.dirname(nodeModules), true, "the layer");
  return [...found.values()].sort((a, b) => a.relative.localeCompare(b.relative));
}

/** The one platform the layer runs on: Lambda's x86_64 Linux (the stack's only architecture). */
export const LAYER_PLATFORM = "linux-x64";

/**
 * Whether a file of a package belongs in the layer: prebuilt native binaries (`prebuilds/<os>-<arch>`,
 * as the bare-* packages under tar-fs ship for a dozen platforms) only for x86_64 Linux.
 */
export function keepForLayer(relativePath: string): boolean {
  const parts = relativePath.split(path.sep);
  const at = parts.indexOf("prebuilds");
  return at === -1 || at + 1 >= parts.length || parts[at + 1] === LAYER_PLATFORM;
}

/**
 * Copies the packages into `<layerDir>/nodejs/node_modules`, where Lambda's Node.js runtime looks
 * for layer modules (`/opt/nodejs/node_modules`). Nested `node_modules` are left out of each copy:
 * the packages inside them are in the list themselves. `only` narrows a package to some entries.
 */
export async function copyPackages(
  packages: ResolvedPackage[],
  layerDir: string,
  only: Record<string, string[]> = {},
): Promise<void> {
  const target = path.join(layerDir, "nodejs", "node_modules");
  for (const pkg of packages) {
    const dest = path.join(target, pkg.relative);
    await mkdir(dest, { recursive: true });
    const entries = only[pkg.name];
    if (entries) {
      for (const entry of entries) {
        await cp(path.join(pkg.dir, entry), path.join(dest, entry), {
          recursive: true,
          dereference: true,
          filter: (src) => keepForLayer(path.relative(pkg.dir, src)),
        });
      }
      continue;
    }
    const nested = path.join(pkg.dir, "node_modules");
    await cp(pkg.dir, dest, {
      recursive: true,
      dereference: true,
      filter: (src) => src !== nested && keepForLayer(path.relative(pkg.dir, src)),
    });
  }
}
