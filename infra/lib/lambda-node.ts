/**
 * How Lambda starts Node for the functions, in one place: the stack deploys it, the build trains
 * each function's compile cache under it (scripts/build-lambda.ts), the Lambda harness reproduces
 * it (tests/lambda/support) and the cold-start bench measures it. They must agree to the flag: Node
 * files its compile cache under a hash of the V8 flags the process started with, so a cache trained
 * under other flags is never found.
 */

/** Memory of each function, in MB. Lambda's Node runtime sizes V8's heap from it (below). */
export const FUNCTION_MEMORY_MB = 2048;

/**
 * The arguments Lambda's Node.js runtime starts `node` with, before its own entry script, for a
 * function of `memoryMb` (its /var/runtime/bootstrap: a tenth of the memory for the young
 * generation, split in two semi-spaces, the rest for the old one).
 */
export function runtimeNodeArgs(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return [
    "--expose-gc",
    "--max-http-header-size",
    "81920",
    `--max-semi-space-size=${Math.floor(newSpace / 2)}`,
    `--max-old-space-size=${memoryMb - newSpace}`,
  ];
}

/**
 * V8 flags the functions start with besides, which NODE_OPTIONS refuses, so they are given by an
 * exec wrapper (AWS_LAMBDA_EXEC_WRAPPER). `--no-regexp-tier-up` compiles each regular expression
 * once, to machine code, where V8 would compile it to bytecode, run it once, then compile it
 * again: the extractor and the assessment hold hundreds of expressions, and a cold start's first
 * briefing spent about a sixth of its CPU time compiling them twice. `--min-semi-space-size=16`
 * starts the young generation at 16 MB instead of growing it from 1 MB: a cold start allocates its
 * lexicons, patterns and first briefing in a few tens of MB that mostly live on, and from 1 MB V8
 * scavenged them about 13 times and ran two full collections on the way (now 4 scavenges, and a
 * full collection in one start of three, from `--trace-gc`). Measured with `bench/cold-start.ts --node22 --bundle`, two
 * builds interleaved, 6 rounds: the first stored PDF 84 and 72 ms sooner, 155 and 88 ms less CPU.
 */
export const FUNCTION_V8_FLAGS = ["--no-regexp-tier-up", "--min-semi-space-size=16"] as const;

/** The exec wrapper's file, at the top of each function's code (/var/task). */
export const EXEC_WRAPPER_FILE = "node-flags";

/** Where the wrapper is on Lambda: the value of AWS_LAMBDA_EXEC_WRAPPER. */
export const EXEC_WRAPPER_PATH = `/var/task/${EXEC_WRAPPER_FILE}`;

/**
 * The exec wrapper: Lambda runs it with the node binary and its arguments; it runs them with
 * FUNCTION_V8_FLAGS added after the binary.
 */
export function execWrapperScript(): string {
  return [
    "#!/bin/sh",
    "# AWS_LAMBDA_EXEC_WRAPPER (infra/lib/lambda-node.ts): V8 flags NODE_OPTIONS does not accept.",
    'node="$1"',
    "shift",
    `exec "$node" ${FUNCTION_V8_FLAGS.join(" ")} "$@"`,
    "",
  ].join("\n");
}

/**
 * The command line Lambda starts a function's runtime with, up to the runtime's own script: the
 * function's exec wrapper (`wrapper`, EXEC_WRAPPER_FILE in its code folder), the `node` binary and
 * the runtime's arguments for the function's memory. What the build's training run and the bench
 * start a bundle with, so that they run under the deployed flags.
 */
export function lambdaNodeCommand(node: string, wrapper: string, memoryMb = FUNCTION_MEMORY_MB): string[] {
  return [wrapper, node, ...runtimeNodeArgs(memoryMb)];
}
