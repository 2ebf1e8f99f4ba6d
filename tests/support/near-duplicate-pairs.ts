import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * A labelled near-duplicate set, written by hand before the detector was tuned: true copies of
 * wire stories as other outlets republish them (their own headline and standfirst, boilerplate
 * around the story, paragraphs dropped or cut, words changed), and different stories on the same
 * topic (the same prison, camp, crossing or trade, reported on other days or by other outlets).
 * Copies are made from corpus stories by the edit each pair spells out.
 */

export interface Edit {
  /** Paragraphs (0-based, blank-line separated) the republisher left out. */
  drop?: number[];
  /** Keep only the first N paragraphs (a story cut short). */
  keep?: number;
  prepend?: string;
  append?: string;
  /** Words or phrases changed by the copy desk. */
  replace?: [string, string][];
}

export interface LabelledPair {
  name: string;
  a: string;
  b: string;
  copy: boolean;
}

const ROOT = path.resolve(import.meta.dirname, "../fixtures");

export function corpusStory(name: string): string {
  for (const dir of readdirSync(ROOT).filter((d) => d.startsWith("corpus"))) {
    const file = path.join(ROOT, dir, `${name}.txt`);
    try {
      return readFileSync(file, "utf8");
    } catch {}
  }
  throw new Error(`no corpus story ${name}`);
}

export function applyEdit(text: string, edit: Edit): string {
  let paras = text.split(/\n\s*\n/);
  if (edit.drop) paras = paras.filter((_, i) => !edit.drop?.includes(i));
  if (edit.keep) paras = paras.slice(0, edit.keep);
  let out = paras.join("\n\n");
  for (const [from, to] of edit.replace ?? []) out = out.split(from).join(to);
  return [edit.prepend, out, edit.append].filter(Boolean).join("\n\n");
}

const NEWSLETTER =
  "Sign up for our Middle East briefing newsletter and get the day's most important stories delivered to your inbox every morning. Follow us on X and Facebook for breaking news alerts.";
const RELATED =
  "Related coverage: Syria's new government pledges to tackle Islamic State remnants | Iraq extends border wall along desert frontier | Explainer: who holds the camps of northeastern Syria";
const COOKIE =
  "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.";

const COPIES: { name: string; base: string; edit: Edit }[] = [
  {
    name: "reuters ambush, regional daily with newsletter box",
    base: "008_sukhnah-ambush-reuters",
    edit: { drop: [1], prepend: "Desert ambush leaves 11 soldiers dead - Levant Daily", append: NEWSLETTER },
  },
  {
    name: "reuters ambush, cut after five paragraphs",
    base: "008_sukhnah-ambush-reuters",
    edit: { keep: 6, replace: [["Reuters Staff", "Levant Daily staff with Reuters"]] },
  },
  {
    name: "afp infiltration, copy desk edits",
    base: "010_border-infiltration-afp",
    edit: {
      replace: [
        ["IS", "ISIS"],
        ["said", "told reporters"],
        ["Islamic State group", "ISIS"],
      ],
      append: RELATED,
    },
  },
  {
    name: "afp infiltration, last three paragraphs dropped",
    base: "010_border-infiltration-afp",
    edit: { drop: [9, 10, 11], prepend: "IRAQ | Security" },
  },
  {
    name: "ap sweida strikes, portal with cookie banner and related links",
    base: "017_sweida-strikes-ap",
    edit: { prepend: COOKIE, append: `${RELATED}\n\n${NEWSLETTER}` },
  },
  {
    name: "ap sweida strikes, british spelling and a dropped quote",
    base: "017_sweida-strikes-ap",
    edit: {
      drop: [6],
      replace: [
        ["authorized", "authorised"],
        ["Associated Press", "AP"],
      ],
    },
  },
  {
    name: "ap al-hol convoy, headline and byline changed",
    base: "034_alhol-iraqi-convoy-ap",
    edit: {
      drop: [0, 1],
      prepend: "Hundreds more Iraqis leave al-Hol\n\nFrom wire reports",
      replace: [["Wednesday", "Wednesday (March 11)"]],
    },
  },
  {
    name: "ap al-hol convoy, half the story",
    base: "034_alhol-iraqi-convoy-ap",
    edit: { keep: 8 },
  },
  {
    name: "afp hermel clash, french-style dateline and boilerplate",
    base: "040_hermel-smugglers-clash-afp",
    edit: {
      replace: [["Beirut (AFP) –", "BEYROUTH, 9 déc (AFP) -"]],
      append: `© Agence France-Presse\n\n${NEWSLETTER}`,
    },
  },
  {
    name: "reuters qaim captagon, figures restyled",
    base: "026_qaim-captagon-clash-reuters",
    edit: {
      replace: [
        ["1.2 million", "1,200,000"],
        ["km", "kilometres"],
        ["Captagon", "captagon"],
      ],
    },
  },
  {
    name: "reuters qaim captagon, two paragraphs dropped and a related box",
    base: "026_qaim-captagon-clash-reuters",
    edit: { drop: [8, 9], append: RELATED },
  },
  {
    name: "reuters deir ezzor, wrapped in a site's page furniture",
    base: "042_deir-ezzor-sdf-attacks-reuters",
    edit: { prepend: `${COOKIE}\n\nWorld | Middle East`, append: `${RELATED}\n\n${NEWSLETTER}\n\n${COOKIE}` },
  },
  {
    name: "reuters hasakah transfer, lede rewritten, rest as sent",
    base: "018_hasakah-detainee-transfer-reuters",
    edit: {
      drop: [3],
      prepend:
        "Islamic State fighters struck a Syrian Democratic Forces convoy on Tuesday only hours before the latest group of Iraqi detainees was moved out of a prison in Hasakah, officials said.",
    },
  },
  {
    name: "reuters hasakah transfer, cut short with a correction note",
    base: "018_hasakah-detainee-transfer-reuters",
    edit: {
      keep: 9,
      append: "This story has been corrected to fix the spelling of the SDF commander's name in paragraph 5.",
    },
  },
];

/** Different stories on one topic: same place, group or trade, other events or other outlets' own reporting. */
const DIFFERENT: [string, string, string][] = [
  ["ghwayran: 2022 attack vs later riot", "001_ghwayran-prison-attack", "035_ghwayran-riot-guardian"],
  ["al-hol: repatriation vs convoy", "002_alhol-repatriation", "034_alhol-iraqi-convoy-ap"],
  [
    "al-hol: returns translated vs flash update",
    "012_alhawl-returns-translated",
    "037_alhol-flash-update-ocha",
  ],
  ["al-hol: repatriation vs returns translated", "002_alhol-repatriation", "012_alhawl-returns-translated"],
  ["qaim crossing: statement vs live blog", "004_qaim-crossing-statement", "032_qaim-crossing-live-blog"],
  [
    "captagon: jordan seizure vs jordan army statement",
    "005_captagon-seizure-jordan",
    "041_jordan-army-captagon-statement",
  ],
  [
    "captagon: qaim clash vs analysis",
    "026_qaim-captagon-clash-reuters",
    "031_captagon-after-assad-analysis",
  ],
  ["iraq border wall: seed vs al-monitor", "000_171affacc770eeff", "036_iraq-border-wall-almonitor"],
  ["iraq border: seed vs afp infiltration", "000_171affacc770eeff", "010_border-infiltration-afp"],
  [
    "roj camp: handover vs british family",
    "021_roj-camp-handover-translated",
    "028_roj-british-family-uk-paper",
  ],
  [
    "roj camp: british family vs fire transcript",
    "028_roj-british-family-uk-paper",
    "033_roj-fire-radio-transcript",
  ],
  [
    "hasakah: detainee transfer vs cell raid",
    "018_hasakah-detainee-transfer-reuters",
    "038_hasakah-cell-raid-anha",
  ],
  [
    "sdf attacks: deir ezzor vs shaddadi statement",
    "042_deir-ezzor-sdf-attacks-reuters",
    "016_shaddadi-sdf-statement",
  ],
  ["badia: ambush vs toll report", "008_sukhnah-ambush-reuters", "019_badia-toll-snhr-report"],
  ["jordan border: sweida strikes vs clash", "017_sweida-strikes-ap", "025_jordan-border-clash-aljazeera"],
];

export function labelledPairs(): LabelledPair[] {
  return [
    ...COPIES.map(({ name, base, edit }) => {
      const original = corpusStory(base);
      return { name, a: original, b: applyEdit(original, edit), copy: true };
    }),
    ...DIFFERENT.map(([name, a, b]) => ({ name, a: corpusStory(a), b: corpusStory(b), copy: false })),
  ];
}
