// The paraphrasing variant of the example app: the same sentences as the good variant,
// said in other words. Every rewrite is a general one that keeps the sentence true
// (number and unit spellings, date order, clause order, contractions, a small table of
// everyday synonyms); none is written for a particular case. Where a rewrite has several
// wordings, a hash of the case id picks one, so every run gives the same output.

import { ABSTENTION, cite, selectSentences } from './answer.mjs';
import { hashId } from './regressed.mjs';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// A following word that lets a unit be spelt out without breaking an adjectival use
// ("a 0.5 mL dose" stays as it is).
const AFTER_UNIT = new Set(
  'of per in on at for to and or with from after before by than is are was were deep long wide high tall away between once twice daily every each a an the'.split(' '),
);
// Words before a number that make it a label, not a quantity: "version 3", "Unit 4".
const LABEL_BEFORE = /(?:version|class|unit|port|code|page|step|section|clause|article|level|phase|type|model|no\.|number|#)\s$/i;

const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const sameCase = (model, s) => (/^[A-Z]/.test(model) ? upperFirst(s) : s);
const formatThousands = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 10 });

/** The first word in lower case, unless the sources only ever write it capitalised (a name). */
function lowerFirstWord(clause, sourcesText) {
  const [word] = clause.split(' ');
  const lower = word.toLowerCase();
  if (/^(the|a|an|this|these|those|each|every|no|some|all|any)$/.test(lower)) return lower + clause.slice(word.length);
  if (word === lower || /[A-Z].*[A-Z0-9]/.test(word)) return clause;
  const usedLower = new RegExp(`(?<![A-Za-z])${lower.replace(/[^a-z]/g, '')}(?![A-Za-z])`).test(sourcesText);
  return usedLower ? lower + clause.slice(word.length) : clause;
}

/** "In 2024, X did Y." → "X did Y in 2024." and "X did Y in 2024." → "In 2024, X did Y." */
function reorderClauses(text, ctx) {
  const lead = /^(In|By|At|On|Under|After|Before|During|For|Within|If|When|Once) ([^,]{2,60}), (.+?)([.!?]?)$/.exec(text);
  if (lead && lead[3].split(' ').length >= 4) {
    const [, prep, phrase, main, end] = lead;
    return `${upperFirst(main)} ${prep.toLowerCase()} ${phrase}${end}`;
  }
  const trail = /^([A-Z][^,]*?) (in|by) ((?:19|20)\d\d)([.!?]?)$/.exec(text);
  if (trail && trail[1].split(' ').length >= 4) {
    const [, main, prep, year, end] = trail;
    return `${upperFirst(prep)} ${year}, ${lowerFirstWord(main, ctx.sourcesText)}${end}`;
  }
  return text;
}

/** "The annual fee of the Ostara card is ..." → "The Ostara card's annual fee is ...". */
function possessive(text) {
  return text.replace(
    /^The ([a-z]+(?: [a-z]+){0,3}) of (the )?([A-Z][\w-]*(?: [A-Z0-9][\w-]*)*(?: [a-z]+)?) (is|are|was|were|has|have|lasts?|rose|fell|reached)\b/,
    (_, thing, the, owner, verb) => `${the ? 'The ' : ''}${owner}${owner.endsWith('s') ? "'" : "'s"} ${thing} ${verb}`,
  );
}

/** "14 March 2025" → "March 14, 2025"; "1 June" → "June 1". */
function dates(text) {
  return text.replace(new RegExp(`\\b(\\d{1,2}) (${MONTHS})(?: (\\d{4}))?\\b`, 'g'), (_, day, month, year) =>
    year ? `${month} ${day}, ${year}` : `${month} ${day}`,
  );
}

/** Whole multiples into the larger unit: 24 months → 2 years, 48 hours → 2 days, 3,600 seconds → 1 hour. */
function timeUnits(text) {
  const steps = {
    month: [[12, 'year']],
    hour: [[24, 'day']],
    second: [[3600, 'hour'], [60, 'minute']],
  };
  return text.replace(/(?<![\w.,-])(the )?(\d{1,3}(?:,\d{3})+|\d+) (month|hour|second)s\b(?!')/g, (match, the = '', digits, unit) => {
    const n = Number(digits.replace(/,/g, ''));
    for (const [size, bigger] of steps[unit]) {
      if (n < size || n % size !== 0) continue;
      // "in the 12 months before" → "in the year before", not "the 1 year".
      if (n === size && the) return `${the}${bigger}`;
      return `${the}${n / size} ${bigger}${n / size === 1 ? '' : 's'}`;
    }
    return match;
  });
}

/** "$28" → "28 dollars", "$1.84 billion" → "1.84 billion dollars", "$0.23" → "23 cents", "40 dollars" → "$40". */
function currency(text) {
  const amount = '(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?';
  const pattern = new RegExp(`\\$${amount}( (?:thousand|million|billion))?|(?<![\\w$.,])${amount}( (?:thousand|million|billion))? dollars\\b`, 'g');
  return text.replace(pattern, (match, whole, frac = '', scale = '', bareWhole, bareFrac = '', bareScale = '') => {
    if (bareWhole !== undefined) return `$${bareWhole}${bareFrac}${bareScale}`;
    if (whole === '0' && frac.length === 3 && !scale) return `${Number(frac.slice(1))} cents`;
    return `${whole}${frac}${scale} dollar${whole === '1' && !frac && !scale ? '' : 's'}`;
  });
}

const UNITS = [
  ['km/h', 'kilometre per hour', 'kilometres per hour'],
  ['mL/min', 'millilitre per minute', 'millilitres per minute'],
  ['°C', 'degree Celsius', 'degrees Celsius'],
  ['km', 'kilometre', 'kilometres'],
  ['kg', 'kilogram', 'kilograms'],
  ['mg', 'milligram', 'milligrams'],
  ['mL', 'millilitre', 'millilitres'],
  ['GPa', 'gigapascal', 'gigapascals'],
  ['TB', 'terabyte', 'terabytes'],
  ['GB', 'gigabyte', 'gigabytes'],
  ['cm', 'centimetre', 'centimetres'],
  ['mm', 'millimetre', 'millimetres'],
  ['m', 'metre', 'metres'],
];
const UNIT_SYMBOL = new RegExp(
  `(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?) (${UNITS.map(([s]) => s.replace(/[/.]/g, '\\$&')).join('|')})(?![\\w/])`,
  'g',
);

/** "12 km" → "12 kilometres", "per kg" → "per kilogram", "100 metres" → "100 m". */
function units(text) {
  const spelt = text.replace(UNIT_SYMBOL, (match, number, symbol, offset, all) => {
    const next = /^\s*([a-z]+)?/.exec(all.slice(offset + match.length))?.[1];
    if (next && !AFTER_UNIT.has(next)) return match;
    const [, one, many] = UNITS.find(([s]) => s === symbol);
    return `${number} ${number === '1' ? one : many}`;
  });
  return spelt.replace(/\bper (kg|km|mL)\b/g, (_, symbol) => `per ${UNITS.find(([s]) => s === symbol)[1]}`);
}

/** "62%" → "62 percent" (or "per cent"); "2.3-fold" → "2.3 times". */
function percentAndFold(text, ctx) {
  const word = ctx.pick(['percent', 'per cent'], 1);
  return text.replace(/(\d)%/g, `$1 ${word}`).replace(/(\d(?:\.\d+)?)-fold\b/g, '$1 times');
}

/** "4,000" → "4000". */
function thousands(text) {
  return text.replace(/(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)/g, (n) => n.replace(/,/g, ''));
}

/** Digits 0–12 as words and number words as digits, for counts only (not labels, dates or times). */
function smallNumbers(text) {
  const words = SMALL.join('|');
  const pattern = new RegExp(`(?<![\\w.,$/-])(?:(\\d{1,2})|(${words}))(?![\\w.,%°/'-])(?= [a-z])`, 'gi');
  return text.replace(pattern, (match, digits, word, offset, all) => {
    const before = all.slice(0, offset);
    const after = all.slice(offset + match.length);
    if (LABEL_BEFORE.test(before) || new RegExp(`(?:${MONTHS}) $`).test(before)) return match;
    if (/^ (?:am|pm|a\.m|p\.m|o'clock)\b/.test(after) || new RegExp(`^ (?:${MONTHS})\\b`).test(after)) return match;
    if (digits !== undefined) {
      const n = Number(digits);
      return n <= 12 ? sameCase(before === '' ? 'A' : 'a', SMALL[n]) : match;
    }
    // "one" as a pronoun ("no one", "one of", "one another") is not a count.
    if (/\b(?:no|any|every|some|each|the|this|that|which)\s$/i.test(before) || /^ (?:of|another|or)\b/.test(after)) return match;
    return String(SMALL.indexOf(word.toLowerCase()));
  });
}

const CONTRACTIONS = [
  ['does not', "doesn't"],
  ['do not', "don't"],
  ['is not', "isn't"],
  ['are not', "aren't"],
  ['was not', "wasn't"],
  ['were not', "weren't"],
  ['will not', "won't"],
  ['cannot', "can't"],
  ['should not', "shouldn't"],
  ['must not', "mustn't"],
  ['has not', "hasn't"],
  ['have not', "haven't"],
];

/** "does not" ↔ "doesn't", "you have forgotten" → "you've forgotten". */
function contractions(text) {
  const both = new Map([...CONTRACTIONS, ...CONTRACTIONS.map(([a, b]) => [b, a])]);
  const pattern = new RegExp(`\\b(?:${[...both.keys()].map((k) => k.replace(/'/g, "['’]")).join('|')})(?![\\w'])`, 'gi');
  return text
    .replace(pattern, (match) => sameCase(match, both.get(match.toLowerCase().replace('’', "'")) ?? match))
    .replace(/\b(you|we|they) have (?=\w+(?:en|ed)\b)/gi, (_, who) => `${who}'ve `);
}

// A small table of general English equivalents. Keys are matched as whole words, longest
// first, in one pass, so a replacement is never rewritten again.
const SYNONYMS = {
  'up to a maximum of': ['at most'],
  'a maximum of': ['at most', 'no more than'],
  'no more than': ['at most', 'not more than'],
  'at least': ['no less than', 'a minimum of'],
  'more than': ['over', 'in excess of'],
  'the maximum': ['the highest', 'the largest'],
  approximately: ['about', 'roughly'],
  'compared with': ['as against', 'versus'],
  'a year earlier': ['the year before', 'one year earlier'],
  'per day': ['a day'],
  'per night': ['a night'],
  'per month': ['a month'],
  'once daily': ['once a day'],
  each: ['every'],
  enough: ['sufficient'],
  because: ['since', 'as'],
  preferably: ['ideally'],
  'helped by': ['aided by'],
  allows: ['permits'],
  increases: ['raises'],
  'an increase of': ['a rise of'],
  reduced: ['lowered', 'cut'],
  'rose by': ['increased by', 'went up by'],
  terminate: ['end'],
  'capped at': ['limited to'],
  billed: ['invoiced'],
  'request a': ['ask for a'],
  'looks for': ['searches for'],
  'appear in': ['show up in'],
  reached: ['achieved', 'attained'],
  'gave a yield of': ['yielded'],
  degraded: ['broke down'],
  'occurred in': ['was reported in', 'was seen in'],
  immediately: ['at once', 'straight away'],
  'together enrolled': ['between them enrolled', 'jointly enrolled'],
  'all surfaces': ['every surface'],
  'to purchase': ['to buy'],
  purchased: ['bought'],
  'the date of purchase': ['the purchase date'],
  'buy back': ['repurchase'],
  'starting dose': ['initial dose'],
  'last for': ['remain in force for', 'continue for'],
  'can be kept': ['can be stored'],
  'the whole of': ['all of'],
  'together with': ['along with'],
  'equal to': ['the same as'],
  'held in': ['kept in'],
  'ends on': ['finishes on', 'stops on'],
  'shared across': ['shared by'],
  'working days': ['business days'],
  'in any case': ['in all cases'],
  'becoming aware of': ['learning of'],
  semiannually: ['twice a year'],
  'giving rise to': ['leading to'],
};
const SYNONYM_PATTERN = new RegExp(
  `\\b(?:${Object.keys(SYNONYMS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?! other)`,
  'gi',
);

function synonyms(text, ctx) {
  return (
    text
      // Context-bound ones first: "about" before a figure, "a year" as a rate.
      .replace(/\b([Aa])bout (?=\d)/g, (_, a) => `${sameCase(a, ctx.pick(['roughly', 'around'], 2))} `)
      .replace(/(?<=(?:%|percent|cent) )a year\b(?! (?:earlier|later|ago|before|after))/g, () => ctx.pick(['per year', 'annually'], 3))
      .replace(SYNONYM_PATTERN, (match, offset) => sameCase(match, ctx.pick(SYNONYMS[match.toLowerCase()], offset)))
  );
}

// Order matters: clause and date order first, then units before digits become words
// ("12 km" → "12 kilometres" → "twelve kilometres"), synonyms and contractions last.
const REWRITES = [reorderClauses, possessive, dates, timeUnits, currency, units, percentAndFold, thousands, smallNumbers, synonyms, contractions];

/** One sentence in other words; the same seed always gives the same wording. */
export function paraphrase(sentence, { seed = 0, sourcesText = '' } = {}) {
  const ctx = { sourcesText, pick: (choices, slot) => choices[(seed + slot) % choices.length] };
  return REWRITES.reduce((text, rewrite) => rewrite(text, ctx), sentence);
}

/** The paraphrase variant: the good variant's sentences, reworded, with the same citations. */
export function answerCaseParaphrased(kase) {
  const { chosen } = selectSentences(kase.question, kase.sources);
  if (!chosen) return ABSTENTION;
  const seed = hashId(kase.id);
  const sourcesText = kase.sources.map((s) => s.text).join('\n');
  return chosen.map((s) => cite(paraphrase(s.text, { seed, sourcesText }), s.sourceId)).join(' ');
}
