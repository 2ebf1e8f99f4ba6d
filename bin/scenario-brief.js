#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli.ts) through tsx, forwarding arguments, output and exit code.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
// Resolved from this package, so the command works from any working directory.
const tsx = import.meta.resolve("tsx");
// --no-regexp-tier-up: each regular expression compiled once, to machine code (infra/lib/lambda-node.ts).
const child = spawn(
  process.execPath,
  ["--no-regexp-tier-up", "--import", tsx, cli, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
child.on("error", (error) => {
  process.stderr.write(`scenario-brief: cannot start node: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
