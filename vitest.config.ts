import { configDefaults, defineConfig } from "vitest/config";

const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts", "infra/test/**/*.test.ts"],
    // Latency under load is measured with the machine to itself: vitest.resilience.config.ts. The
    // built bundles run after the build, in a reproduced Lambda: vitest.lambda.config.ts.
    exclude: [...configDefaults.exclude, "tests/resilience/**", "tests/lambda/**"],
    // Browsers a test left open are killed when vitest stops the worker (see the file).
    setupFiles: ["tests/support/worker-exit.ts"],
    // Integration tests launch real Chromium and an S3 server; two cores do not go far.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
