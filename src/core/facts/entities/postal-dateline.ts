import type { Entity } from "../schema.js";

/**
 * "MOSUL, Iraq, Feb 9 (Tigris Agency) -": a dateline that writes its city's own country after it, as a postal
 * address would, says where the desk that filed the story sits. The city is a place of reporting
 * even when the story happens in the same country, so a place named only in the text's furniture
 * (the dateline, a sign-off) with such an address is not an entity of the events. A bare dateline
 * ("BAGHDAD, March 17 (Wire) -") is left as it was: nothing in it sets the city apart from the story.
 */
export function postalDatelined(text: string, entity: Entity): boolean {
  const country = entity.affiliation;
  if (!country) return false;
  const address = new RegExp(String.raw`^,[ \t]*${country.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \t]*,`);
  return entity.mentions.some((m) => address.test(text.slice(m.end, m.end + country.length + 8)));
}
