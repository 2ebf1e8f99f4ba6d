import type { LexiconEntry } from "./types.js";

/**
 * Tribes of the Euphrates valley and the Jazira whose names the press spells several ways, and
 * the Iraqi parties and lists MPs are named by. Tribes are organizations (bodies of people), not
 * places: "Zawiyat Albu Nimr" the village is matched by its own words, not the tribe's.
 */
export const TRIBES_AND_PARTIES: LexiconEntry[] = [
  {
    id: "org/tribe/shaitat",
    type: "organization",
    kind: "tribe",
    name: "Shaitat",
    arabic: "الشعيطات",
    aliases: ["Sheitat", "Shaitat tribe", "al-Sha'itat", "Shuaitat", "Sheitaat"],
    affiliation: "Syria",
  },
  {
    id: "org/tribe/egaidat",
    type: "organization",
    kind: "tribe",
    name: "Egaidat",
    arabic: "العكيدات",
    aliases: ["Uqaydat", "Akidat", "Ougaidat", "Egaidat confederation", "Uqaidat", "Aqidat"],
    affiliation: "Syria",
  },
  {
    id: "org/tribe/baggara",
    type: "organization",
    kind: "tribe",
    name: "Baggara",
    arabic: "البكارة",
    aliases: ["Bakara", "Baqqara", "Bggara", "Baggara tribe", "Bakara tribe"],
    affiliation: "Syria",
  },
  {
    id: "org/anbar-awakening",
    type: "organization",
    kind: "tribe",
    name: "Anbar Awakening",
    arabic: "صحوة الأنبار",
    aliases: ["Sahwa", "Awakening Councils", "Awakening movement", "Anbar Salvation Council"],
    affiliation: "Iraq",
  },
  {
    id: "org/party/kdp",
    type: "organization",
    kind: "party",
    name: "Kurdistan Democratic Party",
    arabic: "الحزب الديمقراطي الكردستاني",
    aliases: ["KDP"],
    affiliation: "Iraq",
  },
  {
    id: "org/party/puk",
    type: "organization",
    kind: "party",
    name: "Patriotic Union of Kurdistan",
    arabic: "الاتحاد الوطني الكردستاني",
    aliases: ["PUK"],
    affiliation: "Iraq",
  },
  {
    id: "org/party/state-of-law",
    type: "organization",
    kind: "party",
    name: "State of Law",
    arabic: "ائتلاف دولة القانون",
    aliases: ["State of Law coalition", "State of Law Coalition"],
    affiliation: "Iraq",
  },
];
