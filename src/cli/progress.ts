import type { CliIo } from "./registry.js";

/**
 * Progress on stderr, so stdout stays the command's output: on a terminal one line redrawn in
 * place (`[3/6] printing with Chromium`), when piped one plain line per step.
 */
export function progressReporter(io: CliIo, total: number) {
  let n = 0;
  let open = false;
  return {
    step(what: string) {
      n = Math.min(n + 1, total);
      if (io.interactive) {
        io.stderr(`\r\x1b[2K[${n}/${total}] ${what}…`);
        open = true;
      } else io.stderr(`scenario-brief: ${what}\n`);
    },
    done() {
      if (open) io.stderr("\r\x1b[2K");
      open = false;
    },
  };
}
