/**
 * Who a claim's sentence credits with it. A commentary that sets a UN team's count against an
 * official's is one outlet relaying two originators: the conflict box names each ("citing a UN
 * monitoring team report"), and the analytic line says the outlet's grade cannot choose between
 * them. Read from the quote the extractor attributed in that sentence, else "according to X",
 * else the subject of a verb of saying or counting that opens the sentence ("A UN monitoring team
 * report this summer put the number at …"). Nothing when the sentence credits the outlet itself
 * ("the Observatory said" in the Observatory's report), a pronoun, or no one.
 */
import { outletByName } from "../sources/outlets.js";

const PRONOUNS = new Set(
  "he she they it we i you him her them us this that these those one someone somebody".split(" "),
);
/** Words of the outlet's own voice: "our team", "this report", "the statement". */
const SELF_OPENERS = new Set(["our", "this", "we", "i", "my"]);
const SELF_WHOLE =
  /^(?:the\s+)?(?:statement|report|bulletin|release|communiqu[eé]|post|update|article|newsletter|brief(?:ing)?)$/i;

/** Verbs that credit the subject before them with a figure or an account. */
const ATTRIBUTING =
  "(?:put|puts|estimated|estimates|counted|counts|documented|documents|recorded|records|gave|gives|said|says|say|reported|reports|told|tells|stated|states|claimed|claims|denied|denies|deny|announced|announces|confirmed|confirms|confirm|wrote|writes|cited|cites|insisted|insists|maintained|maintains)";

/** Time adjuncts a subject may carry before its verb: "this summer", "last month", "on Monday". */
const TRAILING_TIME =
  /\s+(?:(?:this|last|earlier\s+this|late\s+last|early\s+this)\s+(?:week|month|year|summer|winter|spring|autumn|fall|weekend|morning|evening)|(?:on|in)\s+[A-Z][a-z]+(?:\s+\d{1,2})?|earlier|yesterday|today|recently|separately|also|however)$/;

/** An adverb between a subject and its verb: "The Defence Ministry first put the toll at six". */
const TRAILING_ADVERB =
  /\s+(?:first|initially|originally|later|then|again|previously|subsequently|now|still)$/i;
/** A subject that ends in an auxiliary is the receiver of a passive verb, not the source. */
const PASSIVE_END = /\s(?:was|were|is|are|been|being|be|had\s+been|has\s+been|have\s+been)$/i;

/** A head noun that makes a subject a source: a body, an office, a person's calling, a document. */
const SOURCE_NOUN =
  /\b(?:reports?|team|monitors?|officials?|ministry|spokes(?:man|woman|person)|command|observatory|agency|sources?|police|army|forces|commanders?|governor|council|committee|mission|group|network|organi[sz]ation|office|directorate|survey|count|tally|data|figures|study|analysis|census|authorities|administration|government|minister|adviser|advisor|residents|witnesses|activists|officers?|envoy|panel|inquiry|investigation|assessment|estimate|researchers?|analysts?|doctors?|medics|hospital|monitoring|mayor|chief|director|head|leader|elders?|tribe|sheikh|militia|coalition|pentagon|centcom|statement)\b/i;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const FUNCTION_WORDS = new Set(["the", "a", "an", "of", "for", "and", "in", "on", "s", "its", "their"]);

/** The initials of a name's capitalised words: "Syrian Democratic Forces" → "sdf". */
const initials = (s: string) =>
  (s.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? [])
    .filter((w) => !/^(?:The|A|An|Of|For|And)$/.test(w))
    .map((w) => (w[0] ?? "").toLowerCase())
    .join("");

/**
 * Whether a name credits the outlet itself: both name one registered outlet ("the Observatory" in
 * SOHR's report), or, for outlets the registry does not know, all its content words are in the
 * outlet's name, or one is the other's acronym ("the Syrian Democratic Forces said" in the SDF
 * press office's statement). Two registered outlets that differ are never one.
 */
function isOutlet(name: string, source: string): boolean {
  const registered = outletByName(name);
  const mine = outletByName(source);
  if (registered && mine) return registered === mine;
  const own = new Set(words(source));
  const content = words(name).filter((w) => !FUNCTION_WORDS.has(w));
  if (content.length > 0 && content.every((w) => own.has(w))) return true;
  const named = initials(name);
  if (named.length >= 2 && own.has(named)) return true;
  const outlet = initials(source);
  return content.length === 1 && (content[0]?.length ?? 0) >= 2 && outlet.includes(content[0] ?? "");
}

/** A source named only by pointing back ("the source said", "the same officials"): no one new. */
const ANAPHORIC =
  /^(?:the\s+)?(?:same\s+.*|(?:source|sources|official|officials|spokes(?:man|woman|person)|officer|minister))$/i;
/** Callings a transcript labels its speakers by ("GENERAL: …"): the speaker is "the general". */
const LABEL_ROLES = new Set(
  "general senator spokesman spokeswoman spokesperson minister chair chairman chairwoman commander governor ambassador president moderator colonel officer witness analyst mayor director prosecutor judge".split(
    " ",
  ),
);
/**
 * A clause's or a phrase's opener, not a name: "whereas UN experts have stated", "whatever some
 * channels say", "Despite Washington's claims of a withdrawal, …" (the verb is a noun there).
 */
const SUBORDINATOR =
  /^(?:whereas|whatever|whoever|while|although|though|as|if|when|since|because|unless|despite|amid|unlike|contrary|notwithstanding)\b/i;
/** Words that open a sentence with a capital only for being first: "Relatives said", "Two officials told". */
const COMMON_OPENERS =
  /^(?:A|An|The|One|Two|Three|Four|Five|Several|Some|Many|Local|Key|Other|Senior|Security|Military|Medical|Tribal|Relatives|Residents|Witnesses|Activists|Officials|Officers|Sources|Villagers|Families|Doctors|Survivors|Drivers|Guards)\b/;

function usable(name: string | undefined, source: string): string | undefined {
  let n = name?.trim().replace(/[,;:]+$/, "");
  if (!n) return undefined;
  const ws = words(n);
  if (ws.length === 0 || ws.length > 9) return undefined;
  // "The reports that armed men crossed ... are false": "reports" is the subject's noun there, not
  // a verb of saying, and an article alone ("The") names no one.
  if (ws.every((w) => FUNCTION_WORDS.has(w))) return undefined;
  if (ws.length === 1 && PRONOUNS.has(ws[0] ?? "")) return undefined;
  if (SELF_OPENERS.has(ws[0] ?? "") || SELF_WHOLE.test(n) || ANAPHORIC.test(n) || SUBORDINATOR.test(n))
    return undefined;
  if (isOutlet(n, source)) return undefined;
  // A transcript's shouted label: one word ("VERDICT:", "HOLLOWAY:") says too little to name
  // anyone; a full name ("FARHAD KHALIL:") is given in the case of a name.
  if (!/\p{Ll}/u.test(n)) {
    // "GENERAL:", "SENATOR:": a calling the transcript names its speaker by.
    if (ws.length === 1) return LABEL_ROLES.has(ws[0] ?? "") ? `the ${ws[0]}` : undefined;
    n = n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  // "A UN monitoring team report", "Relatives of guards": the sentence's capital dropped, as the
  // name runs on in another sentence.
  // An article always; another word only when the next is lower-case: "Security Media Cell" is a name.
  const next = n.split(/\s+/)[1];
  if (/^(?:A|An|The)\s/.test(n) || next === undefined || !/^\p{Lu}/u.test(next))
    return n.replace(COMMON_OPENERS, (m) => m.toLowerCase());
  return n;
}

/** "according to the UN monitoring team, …": the name after it, up to a clause's end. */
function accordingTo(sentence: string): string | undefined {
  const m =
    /\baccording\s+to\s+([^,;.()]+?)(?=\s*(?:[,;.()]|\s+(?:that|who|which|there|on|in|at|last|this)\b|$))/i.exec(
      sentence,
    );
  return m?.[1];
}

/** "A UN monitoring team report this summer put …": the subject before the opening verb. */
function openingSubject(sentence: string): string | undefined {
  const m = new RegExp(
    String.raw`^\s*([^,;:"“”‘()]{2,90}?)\s+(?:had\s+|has\s+|have\s+)?${ATTRIBUTING}\b`,
  ).exec(sentence);
  if (!m?.[1]) return undefined;
  let subject = m[1];
  for (let prev = ""; prev !== subject; ) {
    prev = subject;
    subject = subject.replace(TRAILING_TIME, "").replace(TRAILING_ADVERB, "");
  }
  // "The committee was told that …": told something, by someone else.
  if (PASSIVE_END.test(subject)) return undefined;
  // "The Internal Security Forces deny the reports …": a word after an article is a noun ("the
  // reports"), so the phrase before it is no subject of saying.
  if (/\s(?:the|a|an)$/i.test(subject)) return undefined;
  // A source's name (capitalised words) or a phrase headed by a source noun, never a clause.
  const capitalised = subject.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORDS.has(w));
  if (/\b(?:who|which|that|when|after|before|because|if|while)\b/i.test(subject)) return undefined;
  return capitalised || SOURCE_NOUN.test(subject) ? subject : undefined;
}

/**
 * "Iraq has completed 410 kilometres of wall, the commander of the western region, Brigadier
 * General Salah al-Karbouli, told Mehr News Agency on Sunday": the name set off by commas just
 * before a closing verb of saying (the last part of an apposition, the person's own name).
 */
function closingSubject(sentence: string): string | undefined {
  const m =
    /,\s*([^,;:"“”‘()]{2,60}?),?\s+(?:told|said|says|tells|added)\b(?:\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and))*)?(?:\s+(?:on|in|last|this)\s+[\w\s]{1,25}?)?\s*[.!]?\s*$/.exec(
      sentence,
    );
  const subject = m?.[1];
  if (!subject || /\b(?:who|which|that|when|after|before|because|if|while)\b/i.test(subject))
    return undefined;
  const capitalised = subject
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:al|el|bin|ibn|de|van|von)-?/.test(w));
  return capitalised || SOURCE_NOUN.test(subject) ? subject : undefined;
}

/**
 * The originator a sentence credits with its claim, when it is not the outlet: the speaker of a
 * quote the extractor found in it, else "according to X", else the sentence's opening subject,
 * else the name just before a closing verb of saying.
 */
export function attributionOf(
  sentence: string,
  speakers: readonly string[],
  source: string,
): string | undefined {
  for (const s of speakers) {
    const u = usable(s, source);
    if (u) return u;
  }
  // A quote credited to the outlet itself ("X told Mehr News Agency", its addressee read as the
  // speaker) credits no one else: the sentence's own words are read for who spoke.
  if (speakers.some((s) => !isOutlet(s, source))) return undefined;
  return (
    usable(accordingTo(sentence), source) ??
    usable(openingSubject(sentence), source) ??
    usable(closingSubject(sentence), source)
  );
}
