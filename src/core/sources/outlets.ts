import { fold } from "../text/fold.js";
import type { Reliability } from "./admiralty.js";

/** What kind of source an outlet is: it decides the default grade and how its claims are read. */
export type OutletKind =
  | "wire"
  | "international"
  | "regional"
  | "monitor"
  | "state-media"
  | "official"
  | "think-tank";

export interface Outlet {
  name: string;
  aliases: string[];
  kind: OutletKind;
  reliability: Reliability;
  /** Why the default grade, in a phrase the briefing prints. */
  reason: string;
  /** Official sources speak for a party to the events they report. */
  party?: boolean;
  /** For official sources: the lexicon entry of the body that speaks ("our forces"). */
  speaksFor?: string;
}

const WIRE = "international wire agency with a corrections policy and a long record";
const INTERNATIONAL = "international outlet with editorial standards and named correspondents";
const REGIONAL = "regional outlet with a known record and an editorial line on the conflict";
const STATE = "state media: reliable on what its government says, not on contested events";
const OFFICIAL = "official statement: well placed but a party to the events it reports";

const outlet = (
  name: string,
  kind: OutletKind,
  reliability: Reliability,
  reason: string,
  aliases: string[] = [],
  speaksFor?: string,
): Outlet => ({ name, aliases, kind, reliability, reason, ...(speaksFor ? { party: true, speaksFor } : {}) });

/**
 * Default Admiralty reliability of outlets that report on the region. Grades are a desk's
 * starting point; configuration (SOURCE_RELIABILITY) and the article itself can override them.
 */
export const OUTLETS: readonly Outlet[] = [
  outlet("Reuters", "wire", "B", WIRE, ["Thomson Reuters"]),
  outlet("Associated Press", "wire", "B", WIRE, ["AP", "The Associated Press"]),
  outlet("Agence France-Presse", "wire", "B", WIRE, ["AFP"]),
  outlet("BBC", "international", "B", INTERNATIONAL, ["BBC News", "BBC Arabic"]),
  outlet("The Guardian", "international", "B", INTERNATIONAL, ["Guardian"]),
  outlet("The New York Times", "international", "B", INTERNATIONAL, ["New York Times", "NYT"]),
  outlet("The Washington Post", "international", "B", INTERNATIONAL, ["Washington Post"]),
  outlet("Financial Times", "international", "B", INTERNATIONAL, ["FT"]),
  outlet(
    "Al Jazeera",
    "international",
    "C",
    "international outlet with a known editorial line on the region",
    ["Al Jazeera English", "Al-Jazeera"],
  ),
  outlet("Al-Monitor", "regional", "C", REGIONAL, ["Al Monitor"]),
  outlet("The National", "regional", "C", REGIONAL, ["The National News"]),
  outlet("Rudaw", "regional", "C", "Kurdish regional broadcaster close to the KDP", ["Rudaw English"]),
  outlet("Kurdistan24", "regional", "C", "Kurdish regional broadcaster close to the KDP", ["Kurdistan 24"]),
  outlet("Shafaq News", "regional", "C", REGIONAL),
  outlet("Asharq Al-Awsat", "regional", "C", REGIONAL, ["Asharq al-Awsat"]),
  outlet("Enab Baladi", "regional", "C", REGIONAL),
  outlet("North Press Agency", "regional", "C", "regional agency based in the SDF-held northeast", [
    "North Press",
  ]),
  outlet("Hawar News Agency", "regional", "D", "agency of the Autonomous Administration: reports its line", [
    "ANHA",
    "Hawar News",
  ]),
  outlet(
    "Syrian Observatory for Human Rights",
    "monitor",
    "C",
    "monitor with a network of informants; its figures are often the first and rarely verified",
    ["SOHR", "Syrian Observatory"],
  ),
  outlet("SANA", "state-media", "D", STATE, ["Syrian Arab News Agency"]),
  outlet("Iraqi News Agency", "state-media", "C", STATE, ["INA"]),
  outlet("Anadolu Agency", "state-media", "D", STATE, ["Anadolu", "AA"]),
  outlet("IRNA", "state-media", "D", STATE, ["Islamic Republic News Agency"]),
  outlet("Tasnim", "state-media", "E", "outlet affiliated with the IRGC", ["Tasnim News Agency"]),
  outlet("RT", "state-media", "E", "state outlet with a record of disinformation", ["Russia Today"]),
  outlet("CENTCOM", "official", "B", OFFICIAL, ["US Central Command", "U.S. Central Command"], "org/centcom"),
  outlet(
    "Syrian Democratic Forces",
    "official",
    "C",
    OFFICIAL,
    ["SDF", "SDF press office", "SDF Media Center"],
    "org/sdf",
  ),
  outlet(
    "Iraqi Joint Operations Command",
    "official",
    "C",
    OFFICIAL,
    ["Joint Operations Command", "JOC"],
    "org/iraqi-joc",
  ),
  outlet(
    "Iraqi Ministry of Interior",
    "official",
    "C",
    OFFICIAL,
    ["Iraqi Interior Ministry"],
    "org/iraqi-interior-ministry",
  ),
  outlet(
    "Iraqi Ministry of Defence",
    "official",
    "C",
    OFFICIAL,
    ["Iraqi Defence Ministry", "Iraqi Ministry of Defense"],
    "org/iraqi-army",
  ),
  outlet(
    "Jordanian Armed Forces",
    "official",
    "C",
    OFFICIAL,
    ["Jordanian army", "Jordan Armed Forces"],
    "org/jordan-armed-forces",
  ),
  outlet("Institute for the Study of War", "think-tank", "C", "analytic shop working from open sources", [
    "ISW",
  ]),
  outlet("International Crisis Group", "think-tank", "B", "field research by named analysts", [
    "Crisis Group",
  ]),
];

const BY_NAME = new Map<string, Outlet>();
for (const o of OUTLETS) for (const n of [o.name, ...o.aliases]) BY_NAME.set(fold(n), o);

/**
 * The registry entry of a source as articles name it: exactly, without a parenthesis
 * ("Syrian Democratic Forces (press office)"), or by the longest registered name it starts with
 * ("Reuters Iraq desk").
 */
export function outletByName(name: string): Outlet | undefined {
  const folded = fold(name);
  const exact = BY_NAME.get(folded) ?? BY_NAME.get(fold(name.replace(/\([^)]*\)/g, " ")));
  if (exact) return exact;
  let best: [string, Outlet] | undefined;
  for (const entry of BY_NAME) {
    if (
      entry[0].length >= 4 &&
      folded.startsWith(`${entry[0]} `) &&
      (!best || entry[0].length > best[0].length)
    )
      best = entry;
  }
  return best?.[1];
}

/** A source's grade and where it came from. */
export interface SourceGrade {
  reliability: Reliability;
  reason: string;
  /** The outlet's kind when the registry knows it. */
  kind: OutletKind | null;
  party: boolean;
  /** The lexicon entry an official source speaks for. */
  speaksFor: string | null;
}

/** Configured reliabilities by source name, matched after folding. */
export type SourceReliabilities = ReadonlyMap<string, Reliability>;

/**
 * The grade of an article's source: the article's own grade first (an analyst's), then the
 * deployment's configuration, then the outlet registry; unknown outlets cannot be judged (F).
 */
export function gradeSource(
  source: string | null,
  configured: SourceReliabilities,
  own?: Reliability | null,
): SourceGrade {
  const known = source ? outletByName(source) : undefined;
  const base = {
    kind: known?.kind ?? null,
    party: known?.party ?? false,
    speaksFor: known?.speaksFor ?? null,
  };
  if (own) return { ...base, reliability: own, reason: "graded on the article by an analyst" };
  const set = source
    ? (configured.get(fold(source)) ?? configured.get(source.trim().toLowerCase()))
    : undefined;
  if (set) return { ...base, reliability: set, reason: "graded in this deployment's configuration" };
  if (known) return { ...base, reliability: known.reliability, reason: known.reason };
  return {
    ...base,
    reliability: "F",
    reason: source ? "outlet not in the registry: reliability cannot be judged" : "no source named",
  };
}
