import type { LexiconEntry } from "./types.js";

/**
 * Arabic script of the best-known places and facilities, by lexicon id: the place lists
 * are kept elsewhere, so their Arabic names live here until those entries carry `arabic`
 * themselves (an entry's own `arabic` wins). Only names known with confidence are listed.
 */
const PLACE_ARABIC: Record<string, string> = {
  "country/iraq": "العراق",
  "country/syria": "سوريا",
  "country/jordan": "الأردن",
  "country/lebanon": "لبنان",
  "country/turkey": "تركيا",
  "country/iran": "إيران",
  "place/hasakah": "الحسكة",
  "place/deir-ez-zor": "دير الزور",
  "place/raqqa": "الرقة",
  "place/aleppo": "حلب",
  "place/idlib": "إدلب",
  "place/homs": "حمص",
  "place/hama": "حماة",
  "place/damascus": "دمشق",
  "place/daraa": "درعا",
  "place/palmyra": "تدمر",
  "place/qamishli": "القامشلي",
  "place/albu-kamal": "البوكمال",
  "place/mayadin": "الميادين",
  "place/baghouz": "الباغوز",
  "place/shaddadi": "الشدادي",
  "place/manbij": "منبج",
  "place/kobani": "كوباني",
  "place/euphrates": "الفرات",
  "place/tigris": "دجلة",
  "place/baghdad": "بغداد",
  "place/mosul": "الموصل",
  "place/anbar": "الأنبار",
  "place/nineveh": "نينوى",
  "place/kirkuk": "كركوك",
  "place/diyala": "ديالى",
  "place/erbil": "أربيل",
  "place/ramadi": "الرمادي",
  "place/fallujah": "الفلوجة",
  "place/tikrit": "تكريت",
  "place/qaim": "القائم",
  "place/sinjar": "سنجار",
  "place/beirut": "بيروت",
  "place/amman": "عمّان",
  "facility/al-hol-camp": "مخيم الهول",
  "facility/roj-camp": "مخيم روج",
  "facility/ghwayran-prison": "سجن غويران",
  "facility/sednaya-prison": "سجن صيدنايا",
  "facility/abu-ghraib": "أبو غريب",
  "facility/al-tanf": "التنف",
  "facility/ain-al-asad": "عين الأسد",
};

export function arabicName(entry: LexiconEntry): string | undefined {
  return entry.arabic ?? PLACE_ARABIC[entry.id];
}
