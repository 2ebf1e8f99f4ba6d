import { defineConfig } from "vitest/config";

const jsonReport = process.env.VITEST_JSON_REPORT;

/**
 * The resilience suite measures latency under load and faults, so it runs after the other tests,
 * alone, with the machine to itself (`npm run test:resilience`; part of `npm test`).
 */
export default defineConfig({
  test: {
    include: ["tests/resilience/**/*.test.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 180_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: `${jsonReport}.resilience` }]] : ["default"],
  },
});
