import { defineConfig } from "vitest/config";

const jsonReport = process.env.VITEST_JSON_REPORT;

/**
 * `npm run test:lambda` (after `npm run build`): the built bundles and layer, run under Node 22 in
 * a reproduced Lambda execution environment (tests/lambda/support/execution-environment.ts).
 */
export default defineConfig({
  test: {
    include: ["tests/lambda/**/*.test.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: `${jsonReport}.lambda` }]] : ["default"],
  },
});
