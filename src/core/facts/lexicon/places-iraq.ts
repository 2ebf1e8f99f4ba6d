import { capital, type LexiconEntry, place } from "./types.js";

/** Iraqi governorates, cities and towns, and the desert and river country of the west. */
export const IRAQ_PLACES: LexiconEntry[] = [
  // Governorates (a city of the same name shares the entry).
  place(
    "anbar",
    "governorate",
    "Anbar",
    [42.5, 33.4],
    ["Al Anbar", "al-Anbar", "Anbar province", "Anbar Governorate"],
    "Iraq",
  ),
  place(
    "nineveh",
    "governorate",
    "Nineveh",
    [42.6, 36.0],
    ["Ninawa", "Ninewa", "Nineveh province", "Nineveh Governorate", "Ninevah"],
    "Iraq",
  ),
  place(
    "salahuddin",
    "governorate",
    "Salahuddin",
    [43.6, 34.5],
    ["Salah al-Din", "Salah ad-Din", "Saladin", "Salahaddin", "Salahuddin province"],
    "Iraq",
  ),
  place("kirkuk", "governorate", "Kirkuk", [44.39, 35.47], ["Kirkuk province"], "Iraq"),
  place("diyala", "governorate", "Diyala", [45.0, 33.9], ["Diyala province"], "Iraq"),
  capital(place("baghdad", "city", "Baghdad", [44.37, 33.31], [], "Iraq")),
  place("babil", "governorate", "Babil", [44.4, 32.5], ["Babylon province"], "Iraq"),
  place("karbala", "city", "Karbala", [44.02, 32.62], ["Kerbala"], "Iraq"),
  place("najaf", "city", "Najaf", [44.33, 32.0], [], "Iraq"),
  place("basra", "city", "Basra", [47.78, 30.51], ["Basrah"], "Iraq"),
  place("wasit", "governorate", "Wasit", [45.8, 32.6], [], "Iraq"),
  place("erbil", "city", "Erbil", [44.01, 36.19], ["Arbil", "Hawler", "Irbil"], "Iraq"),
  place("duhok", "city", "Duhok", [43.0, 36.87], ["Dohuk", "Dahuk"], "Iraq"),
  place(
    "sulaymaniyah",
    "city",
    "Sulaymaniyah",
    [45.43, 35.56],
    ["Sulaimani", "Slemani", "Sulaimaniya"],
    "Iraq",
  ),
  // Cities and towns.
  place("mosul", "city", "Mosul", [43.13, 36.34], [], "Iraq"),
  place("ramadi", "city", "Ramadi", [43.3, 33.42], ["al-Ramadi"], "Iraq"),
  place("fallujah", "city", "Fallujah", [43.78, 33.35], ["Falluja"], "Iraq"),
  place("tikrit", "city", "Tikrit", [43.68, 34.6], [], "Iraq"),
  place("samarra", "city", "Samarra", [43.87, 34.2], [], "Iraq"),
  place("baiji", "city", "Baiji", [43.49, 34.93], ["Bayji"], "Iraq"),
  place("haditha", "city", "Haditha", [42.37, 34.14], [], "Iraq"),
  place("rawa", "city", "Rawa", [41.92, 34.47], [], "Iraq"),
  place("anah", "city", "Anah", [41.99, 34.37], [], "Iraq"),
  place("qaim", "city", "Al-Qaim", [41.04, 34.38], ["al-Qa'im", "Qaim"], "Iraq"),
  // The border town beside al-Qaim, on the crossing to Albukamal: its own town, not al-Qaim's other name.
  place("husaybah", "city", "Husaybah", [40.99, 34.43], ["Husaibah", "Husaiba", "Husayba"], "Iraq"),
  // The farming area between Husaybah and the Euphrates, on the Syrian border east of Albukamal.
  // Only with its article: a bare "Karabla" is also a spelling of the Karbouli tribe.
  place("karabla", "city", "Al-Karabla", [41.1, 34.39], ["al-Karabilah", "al-Karabila"], "Iraq"),
  place("rutba", "city", "Rutba", [40.28, 33.04], ["Ar Rutbah", "al-Rutba"], "Iraq"),
  place("sinjar", "city", "Sinjar", [41.86, 36.32], ["Shingal"], "Iraq"),
  place("khanasor", "city", "Khanasor", [41.63, 36.47], ["Khanasour", "Khana Sor"], "Iraq"),
  place(
    "qara-chokh",
    "region",
    "Qara Chokh mountains",
    [43.55, 35.85],
    ["Qara Chokh", "Qarachogh", "Qarachokh", "Qara Chogh"],
    "Iraq",
  ),
  place("tarmiyah", "city", "Tarmiyah", [44.38, 33.67], ["al-Tarmiyah", "Tarmiya"], "Iraq"),
  place(
    "mutaibijah",
    "region",
    "Mutaibijah",
    [44.5, 34.3],
    ["al-Mutaibijah", "Mutaibija", "Mutaibijah basin"],
    "Iraq",
  ),
  place("tal-afar", "city", "Tal Afar", [42.45, 36.38], ["Tel Afar", "Tall Afar"], "Iraq"),
  place(
    "qayyarah",
    "city",
    "Qayyarah",
    [43.3, 35.8],
    ["al-Qayyarah", "Qayyara", "Qaiyara", "Qaiyarah"],
    "Iraq",
  ),
  // A village on the Tigris north of Qayyarah, on the Mosul road (Nineveh).
  place("imam-gharbi", "city", "Imam Gharbi", [43.27, 35.93], ["Imam al-Gharbi"], "Iraq"),
  // Erbil's Christian district, where foreign staff and families live.
  place("ankawa", "city", "Ankawa", [43.99, 36.23], ["Ainkawa", "Einkawa", "Enkawa"], "Iraq"),
  // The Khazir (Khazer) front on the Erbil–Mosul road, and its camps.
  place("khazir", "city", "Khazir", [43.62, 36.33], ["Khazer", "al-Khazir"], "Iraq"),
  place("shirqat", "city", "Al-Shirqat", [43.23, 35.51], ["Shirqat", "Sharqat", "ash-Sharqat"], "Iraq"),
  place("hit", "city", "Hit", [42.82, 33.64], [], "Iraq"),
  place("zakho", "city", "Zakho", [42.68, 37.14], [], "Iraq"),
  place("makhmour", "city", "Makhmour", [43.58, 35.78], ["Makhmur"], "Iraq"),
  place("hawija", "city", "Hawija", [43.77, 35.32], ["al-Hawija"], "Iraq"),
  place("baqubah", "city", "Baqubah", [44.64, 33.75], ["Baquba"], "Iraq"),
  place("balad", "city", "Balad", [44.15, 34.01], [], "Iraq"),
  // Salah al-Din town between Baghdad and Samarra, south-west of Balad.
  place("dujail", "city", "Dujail", [44.25, 33.85], ["al-Dujail", "Dujayl"], "Iraq"),
  place(
    "tuz-khurmatu",
    "city",
    "Tuz Khurmatu",
    [44.63, 34.88],
    ["Tuz Khormato", "Tuz Khurmato", "Tuz"],
    "Iraq",
  ),
  place("daquq", "city", "Daquq", [44.45, 35.14], ["Dakuk"], "Iraq"),
  place("amerli", "city", "Amerli", [44.58, 34.72], ["Amirli"], "Iraq"),
  place("khanaqin", "city", "Khanaqin", [45.38, 34.35], [], "Iraq"),
  place("jalawla", "city", "Jalawla", [45.17, 34.27], ["Jalula"], "Iraq"),
  // The Kurdistan Region's administrative area (not a governorate) is written with its noun:
  // "the Garmiyan administration", "the Garmiyan Independent Administration".
  place(
    "garmiyan",
    "region",
    "Garmiyan",
    [45.0, 34.65],
    [
      "Garmian",
      "Germian",
      "Garmiyan administration",
      "Garmian administration",
      "Garmiyan Independent Administration",
      "Garmian Independent Administration",
    ],
    "Iraq",
  ),
  // Garmiyan's main town: a place of its own, not a spelling of the region.
  place("kalar", "city", "Kalar", [45.32, 34.63], ["Kelar"], "Iraq"),
  place("jurf-al-sakhar", "city", "Jurf al-Sakhar", [44.12, 32.88], ["Jurf al-Nasr"], "Iraq"),
  // Deserts, ranges, valleys and rivers.
  place(
    "anbar-desert",
    "region",
    "Anbar desert",
    [41.5, 33.0],
    ["Western Desert", "western desert of Iraq", "Iraqi desert"],
    "Iraq",
  ),
  place(
    "wadi-hauran",
    "region",
    "Wadi Hauran",
    [41.6, 33.6],
    ["Wadi Horan", "Wadi Hawran", "Wadi Houran"],
    "Iraq",
  ),
  // The valley south-west of Kirkuk below the Hamrin range, an Islamic State refuge that
  // security reporting names by itself, in capitals in scene and slug lines too.
  place(
    "wadi-al-shay",
    "region",
    "Wadi al-Shay",
    [44.05, 35.05],
    ["Wadi al-Shai", "Wadi Shay", "Wadi al-Shay valley", "Wadi Al-Shay"],
    "Iraq",
  ),
  place(
    "hamrin",
    "region",
    "Hamrin Mountains",
    [44.4, 34.4],
    ["Hamrin", "Jabal Hamrin", "Hamrin mountains"],
    "Iraq",
  ),
  // The reservoir lake between Anbar and Salahuddin, long a hideout; the wadi that feeds it
  // from the north ("Wadi al-Tharthar") is a place of its own.
  place(
    "tharthar",
    "region",
    "Tharthar",
    [43.3, 33.97],
    ["Thar Thar", "Lake Tharthar", "Tharthar Lake", "al-Tharthar"],
    "Iraq",
  ),
  place("qarachogh", "region", "Qarachogh", [43.45, 35.85], ["Qarachokh", "Makhmour mountains"], "Iraq"),
  place("tigris", "river", "Tigris", [43.5, 35.0], ["Tigris River", "Tigris river"]),
];
