import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { HELPERS } from "../../../src/adapters/templates/helpers.js";

const hb = Handlebars.create();
hb.registerHelper(HELPERS);
const render = (template: string, context: object) => hb.compile(template)(context);
/** The marker as a reader sees it, without the links. */
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("citation markers", () => {
  it("print runs of three or more consecutive sources as a range, so a long list never wraps a lone number", () => {
    expect(text(render("{{cites n}}", { n: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }))).toBe("[1–10]");
    expect(text(render("{{cites n}}", { n: [1, 2, 3, 5, 9, 10] }))).toBe("[1–3, 5, 9, 10]");
    expect(text(render("{{cites n}}", { n: [4] }))).toBe("[4]");
  });

  it("keep both ends of a range as links to their evidence", () => {
    const html = render("{{cites n}}", { n: [2, 3, 4] });
    expect(html).toContain('href="#ev-2"');
    expect(html).toContain('href="#ev-4"');
    expect(html).not.toContain('href="#ev-3"');
  });

  it("print nothing for no sources, and each source once", () => {
    expect(render("{{cites n}}", { n: [] })).toBe("");
    expect(text(render("{{cites n}}", { n: [3, 3, 1] }))).toBe("[1, 3]");
  });
});

describe("long runs in user text", () => {
  it("break a URL after its separators, never inside a number", () => {
    const html = render("{{user u}}", { u: "https://moagri.gov.jo/news/2026/11/20/locust-swarm-anbar" });
    const pieces = html.replace(/<\/?bdi[^>]*>/g, "").split("<wbr>");
    expect(pieces.join("")).toBe("https://moagri.gov.jo/news/2026/11/20/locust-swarm-anbar");
    expect(pieces).toContain("11/");
    for (const p of pieces) expect(p).not.toMatch(/^\d+[^/.\-\d]/);
  });

  it("still cut a run with no separators into pieces short enough for a column", () => {
    const html = render("{{user u}}", { u: "a".repeat(40) });
    expect(html.split("<wbr>").length).toBeGreaterThan(1);
  });
});
