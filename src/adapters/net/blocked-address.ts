import ipaddr from "ipaddr.js";

/**
 * Which addresses the outbound door refuses to reach. The rule is "public unicast only": an IPv4
 * address passes only when ipaddr.js calls it plain unicast, an IPv6 address only inside global
 * unicast (2000::/3) and outside every special block. Forms that carry an IPv4 address inside an
 * IPv6 one (mapped, compatible, translated, NAT64, 6to4, Teredo) are judged by what they carry,
 * because that is where the packet ends up.
 */

/** Cloud metadata services, named as such so a refusal says what it protected. */
const METADATA = [
  "169.254.169.254", // AWS, GCP, Azure, OpenStack, DigitalOcean
  "169.254.170.2", // ECS task metadata and credentials
  "169.254.170.23", // EKS pod identity agent
  "100.100.100.200", // Alibaba Cloud
  "192.0.0.192", // Oracle Cloud (classic)
  "fd00:ec2::254", // AWS IMDS over IPv6
  "fd00:ec2::23", // EKS pod identity agent over IPv6
];
/** In the form toNormalizedString writes, the one cheap form to compare. */
const METADATA_ADDRESSES = new Set(METADATA.map((a) => ipaddr.parse(a).toNormalizedString()));

/** Names that reach a metadata service or this machine whatever DNS says. */
const BLOCKED_NAMES: ReadonlyMap<string, string> = new Map([
  ["metadata", "metadata"],
  ["metadata.google.internal", "metadata"],
  ["metadata.goog", "metadata"],
  ["metadata.azure.com", "metadata"],
  ["instance-data", "metadata"],
  ["instance-data.ec2.internal", "metadata"],
  ["localhost", "loopback"],
]);

const V4_CLASS: Readonly<Record<string, string>> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade-nat",
  private: "private",
  reserved: "reserved",
  as112: "reserved",
  amt: "reserved",
};

const V6_CLASS: Readonly<Record<string, string>> = {
  unspecified: "unspecified",
  linkLocal: "link-local",
  multicast: "multicast",
  loopback: "loopback",
  uniqueLocal: "unique-local",
  deprecatedSiteLocal: "site-local",
  discard: "reserved",
  benchmarking: "reserved",
  amt: "reserved",
  as112v6: "reserved",
  deprecatedOrchid: "reserved",
  orchid2: "reserved",
  droneRemoteIdProtocolEntityTags: "reserved",
  segmentRouting: "reserved",
  reserved: "reserved",
};

const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
const NAT64_LOCAL = ipaddr.IPv6.parseCIDR("64:ff9b:1::/48");

/**
 * The class of a blocked address ("loopback", "private", "metadata", …), or null when the address
 * is public. Anything that is not an IP address at all is "invalid": the door fails closed.
 */
export function blockedAddress(ip: string): string | null {
  const text = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  // Only the canonical forms DNS answers and the URL parser produce; odd literals such as
  // "0177.1" never reach here unparsed, and are refused rather than guessed at.
  const valid = text.includes(":") ? ipaddr.IPv6.isValid(text) : ipaddr.IPv4.isValidFourPartDecimal(text);
  if (!valid) return "invalid";
  const address = ipaddr.parse(dottedTailToHex(text));
  if (METADATA_ADDRESSES.has(address.toNormalizedString())) return "metadata";
  return address.kind() === "ipv4" ? v4Class(address as ipaddr.IPv4) : v6Class(address as ipaddr.IPv6);
}

/**
 * "::127.0.0.1" is the IPv4-compatible ::7f00:1, but ipaddr.js reads it as IPv4-mapped; writing
 * the dotted tail as two hex words first leaves no room for that reading.
 */
function dottedTailToHex(text: string): string {
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!text.includes(":") || !tail) return text;
  const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
  const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  return `${text.slice(0, tail.index)}${hex}`;
}

function v4Class(address: ipaddr.IPv4): string | null {
  if (METADATA_ADDRESSES.has(address.toNormalizedString())) return "metadata";
  const range = address.range();
  if (range === "unicast") return null;
  return V4_CLASS[range] ?? "reserved";
}

function v6Class(address: ipaddr.IPv6): string | null {
  const parts = address.parts;
  const word = (i: number, invert = 0) => ((parts[i] ?? 0) ^ invert) & 0xffff;
  /** The IPv4 address held in 16-bit words i and i+1 (inverted for Teredo's client). */
  const embedded = (i: number, invert = 0) => {
    const [high, low] = [word(i, invert), word(i + 1, invert)];
    return ipaddr.IPv4.parse(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
  };
  const carried = (kind: string, v4: ipaddr.IPv4) => {
    const inner = v4Class(v4);
    return inner ? `${kind} ${inner}` : null;
  };
  const range = address.range();
  // Mapped and translated forms reach IPv4 directly; nothing legitimate is served on them.
  if (range === "ipv4Mapped") return carried("ipv4-mapped", embedded(6)) ?? "ipv4-mapped";
  if (range === "rfc6145") return "ipv4-translated";
  if (range === "rfc6052") {
    if (address.match(NAT64_LOCAL)) return "nat64-local";
    return carried("nat64", embedded(6));
  }
  if (range === "6to4") return carried("6to4", embedded(1));
  if (range === "teredo") {
    // Teredo: the server's IPv4 in bits 32-63, the client's (inverted) in bits 96-127.
    return carried("teredo", embedded(2)) ?? carried("teredo", embedded(6, 0xffff));
  }
  const named = V6_CLASS[range];
  if (named) return named;
  // ::a.b.c.d, the deprecated IPv4-compatible form (:: and ::1 are caught above).
  if (parts.slice(0, 6).every((p) => p === 0)) return "ipv4-compatible";
  if (!address.match(GLOBAL_UNICAST)) return "reserved";
  return null;
}

/**
 * The class of a host name refused before any lookup (metadata names, localhost and its
 * subdomains), or null. `host` is a URL hostname: lower-case, maybe with a trailing dot.
 */
export function blockedHostname(host: string): string | null {
  const name = host.replace(/\.+$/, "");
  const known = BLOCKED_NAMES.get(name);
  if (known) return known;
  if (name.endsWith(".localhost")) return "loopback";
  return null;
}
