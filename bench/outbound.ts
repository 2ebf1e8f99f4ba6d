/**
 * `npx tsx bench/outbound.ts [--smoke]`: what the outbound door costs over a plain node:http GET
 * of the same 20 KiB page from a loopback server, fetched one after another, and what judging one
 * address costs. Reported as medians and a ratio (the machine is shared; absolute times drift).
 * Prints to stdout only. Not a test: nothing here fails a build.
 */
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { blockedAddress } from "../src/adapters/net/blocked-address.js";
import { createSafeFetch } from "../src/adapters/net/safe-fetch.js";

const smoke = process.argv.includes("--smoke");
const rounds = smoke ? 1 : 7;
const perRound = smoke ? 5 : 200;
const page = Buffer.alloc(20 * 1024, "<p>news</p>");

const server = http.createServer((_req, res) =>
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page),
);
server.listen(0, "127.0.0.1");
await once(server, "listening");
const port = (server.address() as AddressInfo).port;
const url = `http://127.0.0.1:${port}/article`;
const door = createSafeFetch({ userAgent: "scenario-brief/bench", allow: [`127.0.0.1:${port}`] });

const plainGet = () =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let n = 0;
        res.on("data", (c: Buffer) => {
          n += c.length;
        });
        res.on("end", () => resolve(n));
      })
      .on("error", reject);
  });
const doorGet = async () => (await door(url, { accept: ["text/html"] })).body.byteLength;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function perFetchMs(get: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) if ((await get()) !== page.length) throw new Error("short body");
    times.push((performance.now() - start) / perRound);
  }
  return median(times);
}

await perFetchMs(plainGet);
const plain = await perFetchMs(plainGet);
const guarded = await perFetchMs(doorGet);

const addresses = [
  "8.8.8.8",
  "10.0.0.1",
  "2606:4700:4700::1111",
  "::ffff:127.0.0.1",
  "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
];
const judged = smoke ? 1_000 : 200_000;
const start = performance.now();
for (let i = 0; i < judged; i++) blockedAddress(addresses[i % addresses.length] as string);
const judgeUs = ((performance.now() - start) * 1000) / judged;

server.close();
console.log(
  JSON.stringify(
    {
      fetches: `${rounds} rounds x ${perRound} sequential GETs of ${page.length} bytes over loopback`,
      plainNodeHttpMs: Number(plain.toFixed(3)),
      safeFetchMs: Number(guarded.toFixed(3)),
      ratio: Number((guarded / plain).toFixed(2)),
      safeFetchPerSecond: Math.round(1000 / guarded),
      blockedAddressUs: Number(judgeUs.toFixed(2)),
    },
    null,
    2,
  ),
);
