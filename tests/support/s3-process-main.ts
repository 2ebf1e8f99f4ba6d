/**
 * The embedded S3 server as a process of its own, so a test can stop it (SIGSTOP) while the
 * service keeps running. Prints its endpoint and credentials, then serves until killed.
 */
import { startEmbeddedS3 } from "../../src/adapters/local/embedded-s3.js";

const [directory, bucket = "scenario-brief"] = process.argv.slice(2);
if (!directory) throw new Error("usage: s3-process-main.ts <directory> [bucket]");
const s3 = await startEmbeddedS3({ directory, bucket });
console.log(`credentials ${JSON.stringify(s3.credentials)}`);
console.log(`endpoint ${s3.endpoint}`);
process.on("SIGTERM", () => void s3.close().finally(() => process.exit(0)));
