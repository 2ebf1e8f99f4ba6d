import { newSchedule } from "../../src/core/schedules/manage-schedules.js";

/**
 * The schedule record the Lambda tests run, as POST /v1/schedules stores it (creating it through
 * the API would call EventBridge): a morning brief over the five latest articles tagged "syria".
 */
export const morningBriefSchedule = () =>
  newSchedule(
    {
      name: "Morning brief",
      theme: "isis-prison-escape",
      articles: { tag: "syria", latest: 5 },
      cron: "0 6 * * *",
      timezone: "Asia/Baghdad",
      enabled: true,
    },
    "01JHF3Q9V6X8E2N4R5T7Y9B1C4",
    new Date("2026-11-24T00:00:00Z"),
  );
