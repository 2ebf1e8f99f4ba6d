import type { Hono } from "hono";
import type { DeskDeps } from "../deps.js";
import type { DeskEnv } from "../session.js";

export function factPages(_app: Hono<DeskEnv>, _deps: DeskDeps): void {}
