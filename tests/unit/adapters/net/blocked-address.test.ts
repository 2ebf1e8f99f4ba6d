import { describe, expect, it } from "vitest";
import { blockedAddress, blockedHostname } from "../../../../src/adapters/net/blocked-address.js";

/** One row per blocked class and per form that embeds one; the class name is what a refusal reports. */
const BLOCKED: [string, string][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.0.1", "link-local"],
  ["169.254.169.254", "metadata"],
  ["169.254.170.2", "metadata"],
  ["100.64.0.1", "carrier-grade-nat"],
  ["100.127.255.255", "carrier-grade-nat"],
  ["100.100.100.200", "metadata"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["240.0.0.1", "reserved"],
  ["192.0.0.8", "reserved"],
  ["192.0.0.192", "metadata"],
  ["192.0.2.1", "reserved"],
  ["198.51.100.7", "reserved"],
  ["203.0.113.9", "reserved"],
  ["198.18.0.1", "reserved"],
  ["198.19.255.255", "reserved"],
  ["::1", "loopback"],
  ["::", "unspecified"],
  ["fe80::1", "link-local"],
  ["febf:ffff::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fd00:ec2::254", "metadata"],
  ["fec0::1", "site-local"],
  ["ff02::1", "multicast"],
  ["ff05::1:3", "multicast"],
  ["::ffff:127.0.0.1", "ipv4-mapped loopback"],
  ["::ffff:7f00:1", "ipv4-mapped loopback"],
  ["::ffff:10.0.0.1", "ipv4-mapped private"],
  ["::ffff:169.254.169.254", "ipv4-mapped metadata"],
  ["::ffff:8.8.8.8", "ipv4-mapped"],
  ["::127.0.0.1", "ipv4-compatible"],
  ["::10.0.0.1", "ipv4-compatible"],
  ["::ffff:0:7f00:1", "ipv4-translated"],
  ["64:ff9b::7f00:1", "nat64 loopback"],
  ["64:ff9b::a9fe:a9fe", "nat64 metadata"],
  ["64:ff9b::c0a8:1", "nat64 private"],
  ["64:ff9b:1::808:808", "nat64-local"],
  ["2002:7f00:1::1", "6to4 loopback"],
  ["2002:c0a8:101::1", "6to4 private"],
  ["2002:a9fe:a9fe::", "6to4 metadata"],
  // Teredo: server 65.54.227.120, client 127.0.0.1 inverted (80ff:fffe).
  ["2001:0:4136:e378:8000:63bf:80ff:fffe", "teredo loopback"],
  ["2001:0:a00:1:8000:63bf:f7f7:f7f7", "teredo private"],
  ["2001:db8::1", "reserved"],
  ["2001:2::1", "reserved"],
  ["3fff::1", "reserved"],
  ["100::1", "reserved"],
  ["5f00::1", "reserved"],
  ["4000::1", "reserved"],
  ["1::1", "reserved"],
];

/** Not canonical addresses: refused rather than interpreted. */
const INVALID = ["example.com", "0177.0.0.1", "127.1", "2130706433", "0x7f.0.0.1", "", "[::1", "1.2.3.4.5"];

const PUBLIC = [
  "8.8.8.8",
  "1.1.1.1",
  "93.184.216.34",
  "172.32.0.1",
  "172.15.255.255",
  "100.128.0.1",
  "100.63.255.255",
  "169.253.255.255",
  "11.0.0.1",
  "192.0.3.1",
  "223.255.255.255",
  "2606:4700:4700::1111",
  "2001:4860:4860::8888",
  "2a00:1450:4001:81c::200e",
  "[2606:4700:4700::1111]",
  "64:ff9b::808:808",
  "2002:808:808::1",
  "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
];

describe("blockedAddress", () => {
  it.each(BLOCKED)("refuses %s as %s", (ip, kind) => {
    expect(blockedAddress(ip)).toBe(kind);
  });

  it.each(INVALID)("refuses %j, which is no canonical address", (text) => {
    expect(blockedAddress(text)).toBe("invalid");
  });

  it.each(PUBLIC)("lets the public address %s through", (ip) => {
    expect(blockedAddress(ip)).toBeNull();
  });
});

describe("blockedHostname", () => {
  it.each([
    ["localhost", "loopback"],
    ["localhost.", "loopback"],
    ["api.localhost", "loopback"],
    ["metadata.google.internal", "metadata"],
    ["metadata.google.internal.", "metadata"],
    ["metadata", "metadata"],
    ["instance-data", "metadata"],
    ["instance-data.ec2.internal", "metadata"],
  ])("refuses %s before any lookup (%s)", (host, kind) => {
    expect(blockedHostname(host)).toBe(kind);
  });

  it.each(["example.com", "localhost.example.com", "metadata.example.com", "news.bbc.co.uk"])(
    "leaves %s to the address check",
    (host) => {
      expect(blockedHostname(host)).toBeNull();
    },
  );
});
