/** `s` with every character a regular expression gives a meaning to escaped, to match it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
