// IANA names only ("Asia/Baghdad", "UTC"): offsets such as "+03:00" would not follow daylight
// saving time, and EventBridge Scheduler takes names.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The time zone as the service stores it, or null if unknown. Only the letter case is corrected
 * ("asia/baghdad" → "Asia/Baghdad"): the ICU data may resolve a current name to an older alias
 * ("Europe/Kyiv" → "Europe/Kiev"), and a user should get back the name they chose.
 */
export function canonicalTimezone(name: string): string | null {
  if (!IANA_SHAPE.test(name)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return null;
  }
}
