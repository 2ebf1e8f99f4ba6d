import { describe, expect, it } from "vitest";
import { loadEmbeddedFonts } from "../../../src/adapters/templates/embedded-fonts.js";

const faces = (css: string) =>
  [...css.matchAll(/\/\* ([\w-]+) \*\/\s*@font-face \{([^}]*)\}/g)].map(([, name, body]) => ({
    name: name ?? "",
    range: /unicode-range: ([^;]+);/.exec(body ?? "")?.[1] ?? "",
  }));

/** Whether a code point falls in a CSS unicode-range list. */
const covers = (range: string, cp: number) =>
  range.split(",").some((r) => {
    const [from, to] = r.replace("U+", "").split("-");
    return cp >= Number.parseInt(from ?? "", 16) && cp <= Number.parseInt(to ?? from ?? "", 16);
  });

describe("loadEmbeddedFonts", () => {
  it("gives every face the unicode-range of its subset, so a Latin text takes every glyph from one face", async () => {
    const list = faces(await loadEmbeddedFonts());
    expect(list).toHaveLength(14);
    for (const face of list) expect(face.range, face.name).not.toBe("");
    const latin = list.find((f) => f.name === "ibm-plex-sans-latin-400-normal");
    const ext = list.find((f) => f.name === "ibm-plex-sans-latin-ext-400-normal");
    // The space and plain letters are Latin only; "Ḩ" (Ḩawl) is the latin-ext face's.
    expect(covers(latin?.range ?? "", 0x20)).toBe(true);
    expect(covers(ext?.range ?? "", 0x20)).toBe(false);
    expect(covers(ext?.range ?? "", "Ḩ".codePointAt(0) ?? 0)).toBe(true);
    const arabic = list.find((f) => f.name === "noto-naskh-arabic-arabic-400-normal");
    expect(covers(arabic?.range ?? "", "ه".codePointAt(0) ?? 0)).toBe(true);
    expect(covers(arabic?.range ?? "", 0x41)).toBe(false);
  });
});
