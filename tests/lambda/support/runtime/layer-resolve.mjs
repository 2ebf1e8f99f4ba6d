// ES-module resolution from layers, as Lambda's Node.js runtime does it since nodejs18.x: a bare
// specifier that Node's own lookup (node_modules folders up from the importer) cannot find is
// looked up in each NODE_PATH folder in turn (/opt/nodejs/node22/node_modules,
// /opt/nodejs/node_modules, ...). Node's ESM loader ignores NODE_PATH on its own.
import path from "node:path";
import { pathToFileURL } from "node:url";

const folders = (process.env.NODE_PATH ?? "").split(":").filter(Boolean);

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const bare = !/^(\.|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);
    if (!bare || error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    for (const folder of folders) {
      // As if imported by a module sitting in the folder: Node then looks in <folder> itself.
      const parentURL = pathToFileURL(path.join(folder, "__lambda_layer_lookup__.mjs")).href;
      try {
        return await nextResolve(specifier, { ...context, parentURL });
      } catch {}
    }
    throw error;
  }
}
