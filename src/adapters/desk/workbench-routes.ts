import type { Hono } from "hono";
import type { AppEnv } from "../http/env.js";
import type { BriefingRouteDeps } from "../http/routes/briefings.js";
import type { ScheduleRouteDeps } from "../http/routes/schedules.js";
import type { DeskDeps } from "./deps.js";
import { schedulePages } from "./pages/schedules.js";
import { workbenchPages } from "./pages/workbench.js";
import type { DeskEnv } from "./session.js";

/**
 * The workbench and schedule pages. Registered after deskRoutes, whose middleware on /desk/*
 * (session, same origin, CSRF and write scope on every POST) runs first for them too. They use
 * the same use cases as the API routes, with the same deps.
 */
export function workbenchDeskRoutes(
  app: Hono<AppEnv>,
  deps: { desk: DeskDeps; briefings: BriefingRouteDeps; schedules: ScheduleRouteDeps },
): void {
  const desk = app as unknown as Hono<DeskEnv>;
  workbenchPages(desk, deps);
  schedulePages(desk, deps);
}
