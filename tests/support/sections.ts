/** The sections every briefing prints, in order. */
export const SECTIONS = [
  "Bottom line up front",
  "Key judgments",
  "Drivers and mitigating factors",
  "Actors",
  "Locations",
  "Timeline",
  "Scenarios and signposts",
  "Information gaps and key assumptions",
  "Evidence",
  "Sources",
  "Method",
];

/** Sections not found in order (each after the one before), whatever their case in print. */
export function sectionsOutOfOrder(text: string): string[] {
  const lower = text.toLowerCase();
  const missing: string[] = [];
  let at = 0;
  for (const section of SECTIONS) {
    const found = lower.indexOf(section.toLowerCase(), at);
    if (found < 0) missing.push(section);
    else at = found + section.length;
  }
  return missing;
}
