import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGeography } from "../../../src/adapters/templates/geography.js";
import { HandlebarsRenderer } from "../../../src/adapters/templates/handlebars-renderer.js";
import { loadThemes } from "../../../src/adapters/templates/theme-folder.js";
import { composeBriefing } from "../../../src/core/briefings/compose.js";
import { collectEvidence } from "../../../src/core/briefings/evidence.js";
import type { Geography } from "../../../src/core/briefings/map.js";
import { assess } from "../../../src/core/themes/assess.js";
import { buildFacts } from "../../support/facts-builder.js";

const TEMPLATES = path.resolve(import.meta.dirname, "../../../templates");
let geography: Geography;
beforeAll(async () => {
  geography = await loadGeography();
});

function viewFor(theme: Parameters<typeof assess>[0], title = "Border report") {
  const doc = {
    ...buildFacts({
      title,
      text: "Iraqi forces completed a concrete wall near Al-Qaim on Monday. Smugglers were arrested near the Al-Hol camp.",
      publishedAt: "2025-01-14",
      entities: [{ name: "Al-Hol camp", type: "facility", coordinates: [41.136, 36.375] }],
      facts: [
        {
          kind: "countermeasure",
          span: "Iraqi forces completed a concrete wall near Al-Qaim",
          tags: ["fortification"],
        },
      ],
    }),
    reliability: "C" as const,
  };
  return composeBriefing({
    id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
    assessment: assess(theme, collectEvidence([doc])),
    docs: [doc],
    generatedAt: new Date("2025-01-15T00:00:00Z"),
    dissemination: { marking: "UNCLASSIFIED", handling: "Test." },
    geography,
  });
}

describe("HandlebarsRenderer with the shipped templates", () => {
  it("renders every theme, escaping what came from articles", async () => {
    const themes = await loadThemes(TEMPLATES);
    const renderer = await HandlebarsRenderer.load(
      TEMPLATES,
      themes.list().map((t) => t.id),
      "/* fonts */",
    );
    expect(themes.list().length).toBeGreaterThanOrEqual(5);
    for (const theme of themes.list()) {
      const view = viewFor(theme, '<script>alert("x")</script> & <b>bold</b>');
      const { html, headerHtml, footerHtml } = renderer.render(theme.id, view);
      expect(html).toContain(theme.keyQuestion.replace(/'/g, "&#x27;"));
      expect(html).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;",
      );
      expect(html).not.toContain('<script>alert("x")</script>');
      expect(html).toContain("<svg");
      expect(footerHtml).toContain('class="pageNumber"');
      expect(footerHtml).toContain('class="totalPages"');
      expect(headerHtml).toContain(theme.title.replace(/'/g, "&#x27;"));
    }
  });
});

describe("HandlebarsRenderer strictness", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "templates-"));
    await cp(TEMPLATES, dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("fails a render when a template names a field the view model lacks", async () => {
    await writeFile(
      path.join(dir, "themes/isis-prison-escape/briefing.hbs"),
      "{{#> document}}{{meta.title}} {{meta.noSuchField}}{{/document}}",
    );
    const themes = await loadThemes(dir);
    const renderer = await HandlebarsRenderer.load(dir, ["isis-prison-escape"], "");
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    expect(() => renderer.render("isis-prison-escape", viewFor(theme))).toThrow(/noSuchField/);
  });

  it("refuses to start with a template that does not compile", async () => {
    await writeFile(path.join(dir, "themes/isis-prison-escape/briefing.hbs"), "{{#each items}}unclosed");
    await expect(HandlebarsRenderer.load(dir, ["isis-prison-escape"], "")).rejects.toThrow(
      /themes\/isis-prison-escape\/briefing.hbs does not compile/,
    );
  });

  it("names the file and the field of a theme definition that does not validate", async () => {
    const file = path.join(dir, "themes/isis-prison-escape/theme.json");
    const theme = JSON.parse(await (await import("node:fs/promises")).readFile(file, "utf8"));
    theme.keyQuestion = "no question mark";
    theme.judgments[0].drivers.push("no-such-driver");
    await writeFile(file, JSON.stringify(theme));
    const error = await loadThemes(dir).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`${file} is not a valid theme definition`);
    expect((error as Error).message).toMatch(/keyQuestion: /);
    expect((error as Error).message).toMatch(/judgments\.0\.drivers\.\d+: refers to driver 'no-such-driver'/);
  });
});
