import type { Hono } from "hono";
import type { DeskDeps } from "../deps.js";
import type { DeskEnv } from "../session.js";

export function briefingPages(_app: Hono<DeskEnv>, _deps: DeskDeps): void {}
