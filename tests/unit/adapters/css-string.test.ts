import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { HELPERS } from "../../../src/adapters/templates/helpers.js";

const hb = Handlebars.create();
hb.registerHelper(HELPERS);
const render = (template: string, context: object) => hb.compile(template)(context);

/** What a CSS parser reads from the string: each `\hex ` escape back to its character. */
const decode = (css: string) =>
  css
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

describe("cssString", () => {
  it("joins its arguments into one quoted CSS string that reads back as the text", () => {
    const out = render('{{{cssString "Briefing " id " · " date}}}', {
      id: "01JHF",
      date: "30 November 2026",
    });
    expect(out).toBe('"Briefing 01JHF \\b7  30 November 2026"');
    expect(decode(out)).toBe("Briefing 01JHF · 30 November 2026");
  });

  it("cannot close its string, its rule or the style element, whatever the text", () => {
    const hostile = 'a"; } body { display: none } </style><script>x()</script>\\\n\u202Eé داعش';
    const out = render("{{{cssString title}}}", { title: hostile });
    const inner = out.slice(1, -1);
    expect(out.startsWith('"') && out.endsWith('"')).toBe(true);
    expect(inner).not.toMatch(/["<>{}\n]/);
    expect(inner.replace(/\\[0-9a-f]{1,6} /g, "")).not.toContain("\\");
    // The bidi override is dropped, as from all user text; everything else reads back as it was.
    expect(decode(out)).toBe(hostile.replace("\u202E", ""));
  });

  it("writes an empty string for a missing value", () => {
    expect(render("{{{cssString missing}}}", {})).toBe('""');
  });
});
