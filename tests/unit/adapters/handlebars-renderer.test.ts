import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGeography } from "../../../src/adapters/templates/geography.js";
import { HandlebarsRenderer } from "../../../src/adapters/templates/handlebars-renderer.js";
import { loadThemes } from "../../../src/adapters/templates/theme-folder.js";
import type { PresentationSettings } from "../../../src/adapters/templates/view/compose.js";
import { newArticle } from "../../../src/core/articles/article.js";
import { changesSince, snapshotOf } from "../../../src/core/briefings/changes.js";
import { extractFacts } from "../../../src/core/facts/extract-facts.js";
import { LEXICON, lexiconEntry } from "../../../src/core/facts/lexicon/index.js";
import type { BriefingDocument } from "../../../src/core/ports.js";
import { gradeSource } from "../../../src/core/sources/outlets.js";
import { assess } from "../../../src/core/themes/assess.js";
import type { Pattern, Theme } from "../../../src/core/themes/theme.js";
import { buildFacts, type DocSpec, type FactSpec } from "../../support/facts-builder.js";

const TEMPLATES = path.resolve(import.meta.dirname, "../../../templates");
const AT = new Date("2025-01-15T00:00:00Z");
const HOSTILE = '<script>alert("x")</script> & <b>bold</b>';
const ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;";

let settings: PresentationSettings;
beforeAll(async () => {
  settings = {
    dissemination: { marking: "UNCLASSIFIED", handling: "Test." },
    geography: await loadGeography(),
  };
});

type EntitySpec = NonNullable<DocSpec["entities"]>[number];

/** An entity a selector of a theme pattern picks: a lexicon entry, a kind of one, a place, a party. */
function entityFor(selector: string): EntitySpec {
  const [what, value = ""] = selector.includes(":")
    ? [selector.slice(0, selector.indexOf(":")), selector.slice(selector.indexOf(":") + 1)]
    : ["id", selector];
  const entry =
    what === "kind"
      ? LEXICON.find((e) => e.kind === value)
      : what === "id"
        ? lexiconEntry(selector)
        : undefined;
  if (entry)
    return {
      name: entry.name,
      type: entry.type,
      lexiconId: entry.id,
      ...(entry.coordinates ? { coordinates: entry.coordinates } : {}),
    };
  if (what === "in") return { name: value, type: "place" };
  if (what === "of") return { name: `${value} unit`, type: "organization", affiliation: value };
  if (what === "type") return { name: `Some ${value}`, type: value as EntitySpec["type"] };
  throw new Error(`no entity for selector ${selector}`);
}

/**
 * One article that meets every judgment's evidence requirement of a theme, built from the theme's
 * own patterns (for trends, in two periods), with hostile markup in its title and first sentence.
 */
function evidenceFor(theme: Theme, title: string) {
  const factors = [...theme.drivers, ...theme.mitigators];
  const usable = (p: Pattern) => p.acled.length + p.cameo.length === 0 && p.words.length === 0;
  const entities = new Map<string, EntitySpec>();
  const sentences: string[] = [];
  const facts: FactSpec[] = [];
  const add = (p: Pattern, date: string) => {
    const named = [...p.actors.slice(0, 1), ...p.places.slice(0, 1)].map(entityFor);
    for (const e of named) entities.set(e.name, e);
    const span = `report ${facts.length + 1} on ${[...p.allTags, ...p.anyTags.slice(0, 1)].join(" and ") || "figures"}`;
    // From border guards: an article is evidence only when its facts involve security actors.
    sentences.push(`${facts.length === 0 ? `${HOSTILE} ` : ""}The ${span} came in from the border guards`);
    facts.push({
      kind: p.kinds[0] ?? "event",
      span,
      tags: [...p.allTags, ...p.anyTags.slice(0, 1)],
      modality: p.modality[0] ?? "asserted",
      date,
      entities: named.map((e) => e.name),
    });
  };
  for (const rule of theme.judgments) {
    for (const group of rule.requires.groups) {
      const pattern = group.factors
        .flatMap((id) => factors.find((f) => f.id === id)?.evidence ?? [])
        .find((p) => usable(p) && p.pushes === "for");
      if (!pattern) throw new Error(`${theme.id}: no usable pattern for ${group.about}`);
      add(pattern, "2025-01-10");
      if (rule.requires.periods) add(pattern, "2024-08-01");
    }
  }
  return buildFacts({
    title,
    text: `${sentences.join(". ")}.`,
    publishedAt: "2025-01-12",
    source: "Reuters",
    entities: [...entities.values()],
    facts,
  });
}

function docFor(theme: Theme, built: ReturnType<typeof buildFacts>): BriefingDocument {
  const sources = [{ ...built, grade: gradeSource(built.article.source, new Map()) }];
  return {
    id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
    theme,
    assessment: assess(theme, sources, AT),
    sources,
    generatedAt: AT,
    changes: null,
  };
}

const offTopic = (title: string) =>
  buildFacts({
    title,
    text: "Iraq beat Syria 2-1 in a football qualifier in Basra on Friday. The coach praised the team.",
    publishedAt: "2025-01-14",
    source: "Agence France-Presse",
  });

describe("HandlebarsRenderer with the shipped templates", () => {
  it("renders every theme's full briefing from its assessment, escaping what came from articles", async () => {
    const themes = await loadThemes(TEMPLATES);
    const renderer = await HandlebarsRenderer.load(
      TEMPLATES,
      themes.list().map((t) => t.id),
      "/* fonts */",
      settings,
    );
    expect(themes.list().length).toBeGreaterThanOrEqual(5);
    for (const theme of themes.list()) {
      const doc = docFor(theme, evidenceFor(theme, HOSTILE));
      // Sanity: the article is evidence, so the whole document (charts, map, method) is rendered.
      expect(
        doc.assessment.judgments.filter((j) => j.probability !== null).map((j) => j.id),
        theme.id,
      ).toEqual(theme.judgments.map((j) => j.id));
      const { html, headerHtml, footerHtml } = renderer.render(doc);
      // The running header and footer are the document's own margin boxes: no Chromium templates.
      expect(headerHtml.trim()).toBe("");
      expect(footerHtml.trim()).toBe("");
      expect(html).toContain(theme.keyQuestion.replace(/'/g, "&#x27;"));
      expect(html).toContain(ESCAPED);
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>bold</b>");
      expect(html).toContain("<svg");
      expect(html).toContain('id="method"');
      expect(html).toContain('content: "Page " counter(page) " of " counter(pages);');
      const header = /@top-left \{\s*content: "((?:[^"\\]|\\[0-9a-f]+ )*)";/.exec(html)?.[1] ?? "";
      const decoded = header.replace(/\\([0-9a-f]+) /g, (_, hex: string) =>
        String.fromCodePoint(parseInt(hex, 16)),
      );
      expect(decoded).toBe(`SCENARIO BRIEFING · ${theme.title}`);
    }
  });

  it("renders the short no-judgment page for off-topic reporting, escaping it too", async () => {
    const themes = await loadThemes(TEMPLATES);
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    const renderer = await HandlebarsRenderer.load(TEMPLATES, [theme.id], "", settings);
    const { html } = renderer.render(docFor(theme, offTopic(HOSTILE)));
    expect(html).toContain("No judgment: the reporting does not address this question");
    // The one page folds each article's reason into its source row instead of a separate list.
    expect(html).not.toContain('id="unused"');
    expect(html).toContain('class="unused-note"');
    expect(html).toMatch(/<tr class="unused-row">[\s\S]*<em>not used: reports nothing that bears/);
    expect(html).toContain(ESCAPED);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('id="method"');
  });
  it("names places beyond the map's frame under the map, not as rows of the locations table", async () => {
    const themes = await loadThemes(TEMPLATES);
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    const renderer = await HandlebarsRenderer.load(TEMPLATES, [theme.id], "", settings);
    const built = evidenceFor(theme, "Reporting");
    const far = [
      {
        id: "far-1",
        name: "United Kingdom",
        type: "place",
        coordinates: [-3.4, 55.4],
        aliases: [],
        mentions: [{ sentence: 0, start: 0, end: 1 }],
      },
      {
        id: "far-2",
        name: "Kansas City",
        type: "place",
        coordinates: [-94.6, 39.1],
        aliases: [],
        mentions: [{ sentence: 0, start: 0, end: 1 }],
      },
      {
        id: "near-1",
        name: "Shaddadi",
        type: "place",
        coordinates: [40.73, 36.06],
        aliases: [],
        mentions: [{ sentence: 0, start: 0, end: 1 }],
      },
    ] as unknown as typeof built.facts.entities;
    const facts = { ...built.facts, entities: [...built.facts.entities, ...far] };
    const { html } = renderer.render(docFor(theme, { ...built, facts }));
    const table = html.slice(html.indexOf("<th>Place</th>"));
    expect(table).toContain("Shaddadi");
    expect(table).not.toContain("United Kingdom");
    expect(table).not.toContain("Kansas City");
    expect(html).toMatch(/Outside the frame: [^.]*United Kingdom/);
    expect(html).toMatch(/Outside the frame: [^.]*Kansas City/);
  });

  it("dates an observed signpost by its report when that report is older than the horizon", async () => {
    const themes = await loadThemes(TEMPLATES);
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    const renderer = await HandlebarsRenderer.load(TEMPLATES, [theme.id], "", settings);
    const built = evidenceFor(theme, "Reporting");
    const doc = docFor(theme, built);
    // The first signpost shown by the article's first sentence (published 12 January 2025).
    const [first, ...rest] = doc.assessment.signposts;
    if (!first) throw new Error("theme without signposts");
    const signposts = [{ ...first, observed: [`${built.article.id}#0`], contested: [] }, ...rest];
    const tags = (briefingDate: string) => {
      const assessment = { ...doc.assessment, signposts, briefingDate };
      const { html } = renderer.render({ ...doc, assessment });
      return [...html.matchAll(/<span class="tag tag-seen">([^<]*)<\/span>/g)].map((m) => m[1]);
    };
    expect(tags("2025-01-15")).toEqual(["observed"]);
    // A year and a half later the same report is not a signpost seen now: it carries its month.
    expect(tags("2026-07-01")).toEqual(["observed · January 2025"]);
  });

  it("prints what changed with its direction: a rise with +, a fall with −", async () => {
    const themes = await loadThemes(TEMPLATES);
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    const renderer = await HandlebarsRenderer.load(TEMPLATES, [theme.id], "", settings);
    const doc = docFor(theme, evidenceFor(theme, "Reporting"));
    const now = snapshotOf(doc.assessment);
    const [rose, fell] = now.judgments;
    if (rose?.probability == null || fell?.probability == null) throw new Error("two judgments expected");
    // The previous briefing: the first judgment 10 points lower, the second 10 points higher.
    const before = {
      ...now,
      judgments: [
        { ...rose, probability: rose.probability - 0.1 },
        { ...fell, probability: fell.probability + 0.1 },
      ],
    };
    const changes = changesSince(
      { id: "01JHF3Q9V6X8E2N4R5T7Y9B1C2", createdAt: "2025-01-08T06:00:00Z", snapshot: before },
      now,
    );
    const { html } = renderer.render({ ...doc, changes });
    expect(html).toContain("+10.0 pts");
    expect(html).toContain("−10.0 pts");
    // Each row names its judgment as a sentence would: with a capital.
    const from = html.indexOf('class="grid compact changes-table"');
    const table = html.slice(from, html.indexOf("</table>", from));
    const cells = [...table.matchAll(/<tr><td>(?:<[^>]+>)*([^<])/g)].map((m) => m[1]);
    expect(cells.length).toBeGreaterThanOrEqual(2);
    for (const first of cells) expect(first).toMatch(/[A-Z]/);
  });
});

describe("HandlebarsRenderer: what was said", () => {
  it("prints reported speech without quotation marks, and a fragment quoted inside it once", async () => {
    const themes = await loadThemes(TEMPLATES);
    const theme = themes.get("isis-badia-insurgency");
    if (!theme) throw new Error("theme missing");
    const renderer = await HandlebarsRenderer.load(TEMPLATES, [theme.id], "", settings);
    const text = [
      "PALMYRA, Syria, Jan 12, 2025 (Reuters) - Islamic State militants attacked an army checkpoint near Palmyra on Saturday, killing four soldiers.",
      'The interior ministry said its forces had "repelled a cowardly attack" and were hunting the attackers.',
      '"We will not let them take the desert back," said Colonel Fadi Haddad, the local commander.',
    ].join("\n\n");
    const article = newArticle(
      { title: "Checkpoint attack", text, publishedAt: "2025-01-12", source: "Reuters" },
      new Date("2025-01-15T08:00:00Z"),
    );
    const facts = extractFacts(article);
    const reported = facts.quotes.find((q) => q.kind === "indirect");
    const fragment = facts.quotes.find((q) => q.text === "repelled a cowardly attack");
    const direct = facts.quotes.find((q) => q.text.startsWith("We will not"));
    // The extractor keeps the fragment both inside the reported speech and on its own.
    expect(reported?.text).toContain("repelled a cowardly attack");
    expect(fragment?.kind).toBe("direct");
    expect(direct?.kind).toBe("direct");
    const sources = [{ article, facts, grade: gradeSource("Reuters", new Map()) }];
    const { html } = renderer.render({
      id: "01JHF3Q9V6X8E2N4R5T7Y9B1C3",
      theme,
      assessment: assess(theme, sources, AT),
      sources,
      generatedAt: AT,
      changes: null,
    });
    const said = html.slice(
      html.indexOf('id="quotes"'),
      html.indexOf("</section>", html.indexOf('id="quotes"')),
    );
    expect(said).toContain("“<bdi>We will not let them take the desert back</bdi>”");
    expect(said).toContain("in reported speech");
    expect(said).not.toContain(`“<bdi>${reported?.text}`);
    expect(said.split("repelled a cowardly attack").length - 1).toBe(1);
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
    const renderer = await HandlebarsRenderer.load(dir, ["isis-prison-escape"], "", settings);
    const theme = themes.get("isis-prison-escape");
    if (!theme) throw new Error("theme missing");
    expect(() => renderer.render(docFor(theme, offTopic("Border report")))).toThrow(/noSuchField/);
  });

  it("refuses to start with a template that does not compile", async () => {
    await writeFile(path.join(dir, "themes/isis-prison-escape/briefing.hbs"), "{{#each items}}unclosed");
    await expect(HandlebarsRenderer.load(dir, ["isis-prison-escape"], "", settings)).rejects.toThrow(
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
