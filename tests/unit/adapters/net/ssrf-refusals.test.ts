import { describe, expect, it } from "vitest";
import {
  createSafeFetch,
  OutboundRefused,
  type RefusalReason,
} from "../../../../src/adapters/net/safe-fetch.js";

/**
 * The SSRF table: every URL here is refused before a socket opens. Each row names the reason the
 * refusal must carry; a door that let the URL through would try to connect and fail differently
 * ("network" or "timeout"), so a missing check fails its row. Host names resolve through the
 * injected resolver below, never through real DNS.
 */
const ANSWERS: Record<string, { address: string; family: 4 | 6 }[]> = {
  "rebind.test": [{ address: "127.0.0.1", family: 4 }],
  "mixed.test": [
    { address: "93.184.216.34", family: 4 },
    { address: "10.0.0.5", family: 4 },
  ],
  "mixed6.test": [
    { address: "2606:4700:4700::1111", family: 6 },
    { address: "fd00::1", family: 6 },
  ],
  "private-last.test": [
    { address: "93.184.216.34", family: 4 },
    { address: "2606:4700:4700::1111", family: 6 },
    { address: "192.168.0.10", family: 4 },
  ],
  "metadata-alias.test": [{ address: "169.254.169.254", family: 4 }],
  "mapped.test": [{ address: "::ffff:169.254.169.254", family: 6 }],
  "nat64.test": [{ address: "64:ff9b::a9fe:a9fe", family: 6 }],
  "sixtofour.test": [{ address: "2002:7f00:1::1", family: 6 }],
  "cgnat.test": [{ address: "100.100.100.200", family: 4 }],
  "linklocal6.test": [{ address: "fe80::1", family: 6 }],
  "zero.test": [{ address: "0.0.0.0", family: 4 }],
  "garbage.test": [{ address: "not-an-address", family: 4 }],
  "empty.test": [],
};

const ROWS: [string, RefusalReason][] = [
  // Schemes other than http(s), and what is no absolute URL at all.
  ["file:///etc/passwd", "scheme"],
  ["gopher://127.0.0.1:6379/_INFO", "scheme"],
  ["ftp://example.com/", "scheme"],
  ["data:text/plain,hello", "scheme"],
  ["javascript:alert(1)", "scheme"],
  ["ws://example.com/socket", "scheme"],
  ["dict://127.0.0.1:11211/stat", "scheme"],
  ["//example.com/", "scheme"],
  ["not a url", "scheme"],
  // Credentials in the URL.
  ["http://user:pass@example.com/", "credentials"],
  ["http://user@example.com/", "credentials"],
  ["https://:secret@example.com/", "credentials"],
  ["http://example.com@127.0.0.1/", "credentials"],
  // Loopback, in every literal form the URL parser accepts.
  ["http://127.0.0.1/", "blocked-address"],
  ["http://127.0.0.1:8787/v1/briefings", "blocked-address"],
  ["https://127.0.0.1:8443/", "blocked-address"],
  ["http://127.1/", "blocked-address"],
  ["http://2130706433/", "blocked-address"],
  ["http://0177.0.0.1/", "blocked-address"],
  ["http://0x7f.1/", "blocked-address"],
  ["http://0x7f000001/", "blocked-address"],
  ["http://017700000001/", "blocked-address"],
  ["http://127.0.0.1./", "blocked-address"],
  ["http://%31%32%37.0.0.1/", "blocked-address"],
  ["http://①②⑦.0.0.1/", "blocked-address"],
  ["http://127。0。0。1/", "blocked-address"],
  ["http://[::1]/", "blocked-address"],
  ["http://[0:0:0:0:0:0:0:1]/", "blocked-address"],
  ["http://[::ffff:127.0.0.1]/", "blocked-address"],
  ["http://[::ffff:7f00:1]/", "blocked-address"],
  ["http://[0:0:0:0:0:ffff:127.0.0.1]/", "blocked-address"],
  ["http://[::127.0.0.1]/", "blocked-address"],
  ["http://[::ffff:0:127.0.0.1]/", "blocked-address"],
  ["http://[64:ff9b::127.0.0.1]/", "blocked-address"],
  ["http://[2002:7f00:1::]/", "blocked-address"],
  ["http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "blocked-address"],
  // Unspecified.
  ["http://0/", "blocked-address"],
  ["http://0.0.0.0/", "blocked-address"],
  ["http://[::]/", "blocked-address"],
  // Cloud metadata, by address and by name.
  ["http://169.254.169.254/latest/meta-data/", "blocked-address"],
  ["http://2852039166/latest/meta-data/", "blocked-address"],
  ["http://0xa9.0xfe.0xa9.0xfe/", "blocked-address"],
  ["http://[::ffff:169.254.169.254]/", "blocked-address"],
  ["http://[fd00:ec2::254]/latest/meta-data/", "blocked-address"],
  ["http://100.100.100.200/latest/meta-data/", "blocked-address"],
  ["http://metadata.google.internal/computeMetadata/v1/", "blocked-address"],
  ["http://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/", "blocked-address"],
  ["http://metadata/computeMetadata/v1/", "blocked-address"],
  ["http://instance-data/latest/", "blocked-address"],
  ["http://instance-data.ec2.internal/latest/", "blocked-address"],
  // Names of this machine.
  ["http://localhost/", "blocked-address"],
  ["http://LOCALHOST./", "blocked-address"],
  ["http://admin.localhost:8080/", "blocked-address"],
  // Private, link-local, CGNAT, multicast, broadcast, reserved.
  ["http://10.0.0.1/", "blocked-address"],
  ["http://172.16.0.1/", "blocked-address"],
  ["http://172.31.255.254/", "blocked-address"],
  ["http://192.168.0.1/", "blocked-address"],
  ["http://169.254.1.1/", "blocked-address"],
  ["http://100.64.0.1/", "blocked-address"],
  ["http://224.0.0.1/", "blocked-address"],
  ["http://255.255.255.255/", "blocked-address"],
  ["http://240.0.0.1/", "blocked-address"],
  ["http://192.0.2.1/", "blocked-address"],
  ["http://198.18.0.1/", "blocked-address"],
  // IPv6 local, multicast and documentation ranges.
  ["http://[fe80::1]/", "blocked-address"],
  ["http://[fc00::1]/", "blocked-address"],
  ["http://[fd12:3456::1]/", "blocked-address"],
  ["http://[fec0::1]/", "blocked-address"],
  ["http://[ff02::1]/", "blocked-address"],
  ["http://[2001:db8::1]/", "blocked-address"],
  ["http://[64:ff9b::a9fe:a9fe]/", "blocked-address"],
  // Host names whose DNS answers hold a blocked address (all answers are checked).
  ["http://rebind.test/", "blocked-address"],
  ["http://mixed.test/", "blocked-address"],
  ["http://mixed6.test/", "blocked-address"],
  ["http://private-last.test/", "blocked-address"],
  ["http://metadata-alias.test/", "blocked-address"],
  ["http://mapped.test/", "blocked-address"],
  ["http://nat64.test/", "blocked-address"],
  ["http://sixtofour.test/", "blocked-address"],
  ["http://cgnat.test/", "blocked-address"],
  ["http://linklocal6.test/", "blocked-address"],
  ["http://zero.test/", "blocked-address"],
  ["http://garbage.test/", "blocked-address"],
  // Names that do not resolve.
  ["http://nowhere.test/", "dns"],
  ["http://empty.test/", "dns"],
];

/** The door as production builds it, its resolver replaced by the table above. */
function door(lookups: string[] = []) {
  return createSafeFetch({
    userAgent: "scenario-brief-test",
    lookup: async (host) => {
      lookups.push(host);
      const answers = ANSWERS[host];
      if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return answers;
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<OutboundRefused> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof OutboundRefused) return e;
    throw e;
  }
  throw new Error("the request was not refused");
}

describe("the SSRF table", () => {
  it.each(ROWS)("refuses %s (%s)", async (url, reason) => {
    const lookups: string[] = [];
    // A short deadline: a row that slipped through would fail on "timeout", not hang.
    const refused = await refusal(door(lookups)(url, { timeoutMs: 2000 }));
    expect(refused.reason).toBe(reason);
    expect(refused.name).toBe("OutboundRefused");
    // Literal addresses and refused names never reach the resolver.
    const host = URL.canParse(url) ? new URL(url).hostname : "";
    if (!host.endsWith(".test")) expect(lookups).toEqual([]);
  });

  it("has a row for every class the issue names", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it("names what and why in the message, never the path, query or password", async () => {
    const fetch = door();
    const secretPath = await refusal(fetch("http://169.254.169.254/latest/meta-data/iam?token=s3cr3t"));
    expect(secretPath.message).toBe(
      "Outbound request refused (blocked-address): http://169.254.169.254 is a metadata address",
    );
    const credentials = await refusal(fetch("https://alice:hunter2@example.com/hook"));
    expect(credentials.message).not.toContain("hunter2");
    expect(credentials.url).toBe("https://example.com/hook");
    const mixed = await refusal(fetch("http://mixed.test/feed"));
    expect(mixed.message).toBe(
      "Outbound request refused (blocked-address): http://mixed.test resolves to a private address",
    );
  });

  it("lets an allow-listed host:port through the address check, and only that port", async () => {
    // Port 9 (discard) on loopback: nothing listens, so passing the check ends in "network".
    const fetch = createSafeFetch({ userAgent: "t", allow: ["127.0.0.1:9"] });
    expect((await refusal(fetch("http://127.0.0.1:9/", { timeoutMs: 2000 }))).reason).toBe("network");
    expect((await refusal(fetch("http://127.0.0.1:10/"))).reason).toBe("blocked-address");
    expect((await refusal(fetch("http://localhost:9/"))).reason).toBe("blocked-address");
    expect((await refusal(fetch("http://[::ffff:127.0.0.1]:9/"))).reason).toBe("blocked-address");
  });
});
