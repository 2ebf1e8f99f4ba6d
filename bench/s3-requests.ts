/**
 * `npx tsx bench/s3-requests.ts [briefings]`: which S3 requests one briefing of the reference
 * article makes (the service's own container over the embedded store), by command and key
 * shape, counted on the client. Each request costs the event loop signing, an HTTP exchange and,
 * locally, the embedded store's own handling of it.
 */
import { S3Client } from "@aws-sdk/client-s3";
import { generateBriefing } from "../src/core/briefings/generate-briefing.js";
import { REFERENCE_THEME } from "./reference.js";
import { withReferenceContainer } from "./reference-container.js";

const seen: string[] = [];
const send = S3Client.prototype.send;
// biome-ignore lint/suspicious/noExplicitAny: a counting wrapper around the SDK's overloads
(S3Client.prototype as any).send = function (this: S3Client, command: any, ...rest: any[]) {
  const input = command.input as { Key?: string; Prefix?: string };
  const where = (input.Key ?? input.Prefix ?? "")
    .replace(/[0-9A-HJKMNP-TV-Z]{26}/g, "<id>")
    .replace(/\d{13}-/, "<t>-");
  seen.push(`${command.constructor.name.replace(/Command$/, "")} ${where}`);
  // biome-ignore lint/suspicious/noExplicitAny: as above
  return (send as any).call(this, command, ...rest);
};

export async function countS3Requests(briefings = 3) {
  return withReferenceContainer("s3-requests", async (deps, articleId) => {
    const per: Record<string, number>[] = [];
    for (let i = 0; i < briefings; i++) {
      seen.length = 0;
      await generateBriefing(
        deps,
        { theme: REFERENCE_THEME, articleIds: [articleId] },
        { deadlineMs: 60_000 },
      );
      const counts: Record<string, number> = {};
      for (const s of seen) counts[s] = (counts[s] ?? 0) + 1;
      per.push(counts);
    }
    const last = per[per.length - 1] ?? {};
    return {
      first: per[0],
      later: last,
      requestsPerBriefing: Object.values(last).reduce((a, b) => a + b, 0),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await countS3Requests(Number(process.argv[2] ?? 3)), null, 2));
}
