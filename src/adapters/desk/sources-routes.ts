import type { Hono } from "hono";
import type { AppEnv } from "../http/env.js";
import type { DeskDeps } from "./deps.js";
import { type SourcePageDeps, sourcePages } from "./pages/sources.js";
import type { DeskEnv } from "./session.js";

/**
 * The sources and import pages. Registered after deskRoutes, whose middleware on /desk/*
 * (session, same origin, CSRF and write scope on every POST) runs first for them too. They call
 * the same use cases as the API's source routes, with the same deps.
 */
export function sourceDeskRoutes(app: Hono<AppEnv>, deps: { desk: DeskDeps; sources: SourcePageDeps }): void {
  sourcePages(app as unknown as Hono<DeskEnv>, deps);
}
