import { capital, type LexiconEntry, place } from "./types.js";

/** Neighbouring countries' border areas, and the capitals that appear in this reporting. */
export const REGIONAL_PLACES: LexiconEntry[] = [
  // Turkey.
  capital(place("ankara", "city", "Ankara", [32.85, 39.93], [], "Turkey")),
  place("istanbul", "city", "Istanbul", [28.98, 41.01], [], "Turkey"),
  place("gaziantep", "city", "Gaziantep", [37.38, 37.07], ["Antep"], "Turkey"),
  place("sanliurfa", "city", "Sanliurfa", [38.79, 37.16], ["Şanlıurfa", "Urfa"], "Turkey"),
  place("nusaybin", "city", "Nusaybin", [41.21, 37.07], [], "Turkey"),
  place("mardin", "city", "Mardin", [40.74, 37.31], [], "Turkey"),
  place("kilis", "city", "Kilis", [37.12, 36.72], [], "Turkey"),
  place("hatay", "governorate", "Hatay", [36.2, 36.4], ["Hatay province"], "Turkey"),
  // Jordan.
  capital(place("amman", "city", "Amman", [35.93, 31.95], [], "Jordan")),
  place("mafraq", "governorate", "Mafraq", [36.2, 32.34], ["Al-Mafraq", "Mafraq governorate"], "Jordan"),
  place(
    "ruwaished",
    "city",
    "Ruwaished",
    [38.2, 32.5],
    ["Ruwaishid", "Al-Ruwaished", "Ar Ruwayshid", "Ruwayshid"],
    "Jordan",
  ),
  place("zarqa", "city", "Zarqa", [36.09, 32.07], [], "Jordan"),
  place("irbid", "city", "Irbid", [35.85, 32.56], [], "Jordan"),
  // Capitals and cities further away.
  place("moscow", "city", "Moscow", [37.62, 55.75], [], "Russia"),
  capital(place("tehran", "city", "Tehran", [51.39, 35.69], ["Teheran"], "Iran")),
  capital(place("beirut", "city", "Beirut", [35.5, 33.89], [], "Lebanon")),
  capital(place("riyadh", "city", "Riyadh", [46.68, 24.71], [], "Saudi Arabia")),
  place("doha", "city", "Doha", [51.53, 25.29], [], "Qatar"),
  place("cairo", "city", "Cairo", [31.24, 30.04], [], "Egypt"),
  place(
    "washington",
    "city",
    "Washington",
    [-77.04, 38.9],
    ["Washington, D.C.", "Washington DC"],
    "United States",
  ),
  place("brussels", "city", "Brussels", [4.35, 50.85], [], "Belgium"),
  place("paris", "city", "Paris", [2.35, 48.86], [], "France"),
  place("london", "city", "London", [-0.13, 51.51], [], "United Kingdom"),
  place("berlin", "city", "Berlin", [13.4, 52.52], [], "Germany"),
  place("geneva", "city", "Geneva", [6.14, 46.2], []),
  place("astana", "city", "Astana", [71.45, 51.17], [], "Kazakhstan"),
];
