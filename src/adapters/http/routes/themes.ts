import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { NotFoundError } from "../../../core/errors.js";
import type { ThemeCatalog } from "../../../core/ports.js";
import { Theme } from "../../../core/themes/theme.js";
import type { AppEnv } from "../env.js";
import { commonProblems, json, PageQuery, pageOf, problem, ThemeIdParam } from "../schemas.js";

const ThemeSummary = z
  .object({ id: z.string(), title: z.string(), keyQuestion: z.string(), horizon: z.string() })
  .openapi("ThemeSummary");

const listThemes = createRoute({
  method: "get",
  operationId: "listThemes",
  path: "/v1/themes",
  tags: ["themes"],
  summary: "The themes a briefing can be rendered for, by id",
  request: { query: PageQuery },
  responses: { 200: json(pageOf(ThemeSummary, "ThemePage"), "A page of themes"), ...commonProblems },
});

const getTheme = createRoute({
  method: "get",
  operationId: "getTheme",
  path: "/v1/themes/{id}",
  tags: ["themes"],
  summary: "One theme's full definition: factors, judgments, scenarios, indicators",
  request: { params: ThemeIdParam },
  responses: {
    200: json(Theme.clone().openapi("Theme"), "The theme definition"),
    404: problem("No such theme"),
    ...commonProblems,
  },
});

export function themeRoutes(app: OpenAPIHono<AppEnv>, deps: { themes: ThemeCatalog }) {
  // Paged like every list: the cursor is the last id of the previous page.
  app.openapi(listThemes, (c) => {
    const { limit, cursor } = c.req.valid("query");
    const all = deps.themes
      .list()
      .map(({ id, title, keyQuestion, horizon }) => ({ id, title, keyQuestion, horizon }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rest = cursor === undefined ? all : all.filter((t) => t.id > cursor);
    const items = rest.slice(0, limit);
    const nextCursor = rest.length > limit ? (items[items.length - 1]?.id ?? null) : null;
    return c.json({ items, nextCursor }, 200);
  });
  app.openapi(getTheme, (c) => {
    const { id } = c.req.valid("param");
    const theme = deps.themes.get(id);
    if (!theme) throw new NotFoundError("Theme", id);
    return c.json(theme, 200);
  });
}
