/**
 * Tokens for lexical alignment: lower-cased stems of content words, numbers in
 * one canonical spelling ("4,000" and "4000" agree; "four" is 4), and flags for
 * the small words that flip meaning (negation, quantifiers, modality).
 */

export interface Token {
  /** Canonical form: a stem, or a number's canonical digits. */
  key: string;
  /** The surface text, as written. */
  surface: string;
  /** The surface text in lower case. */
  lower: string;
  kind: 'word' | 'number';
  /** A stopword carries no content of its own. */
  stop: boolean;
  /** Capitalised mid-sentence, an acronym, or mixes letters and digits: a name. */
  name: boolean;
  /**
   * A number with its unit in one base unit ("18 months" and "a year and a half" are both
   * "month:18"; "100 m" and "100 metres" are "metre:100"), so equal amounts agree
   * whichever way they are written.
   */
  quantity?: string | undefined;
  /** The unit written after a number ("GHz", "%"), shown with it in reasons. */
  unit?: string | undefined;
}

/** A bare number that reads as a year ("1962", "2024"). */
export const YEAR = /^(?:1\d{3}|20\d{2})$/;

/** Where each token starts in `text`, found in order; -1 for one not written as such (a joined number). */
export function tokenStarts(text: string, tokens: readonly Token[]): number[] {
  let cursor = 0;
  return tokens.map((token) => {
    const at = text.indexOf(token.surface, cursor);
    if (at >= 0) cursor = at + token.surface.length;
    return at;
  });
}

/**
 * The first word of a text is no name to the tokenizer, but "Mara" of "Mara Venn founded" or
 * "Starter" of "Starter includes 1 TB" may be one: a capitalised word that is no stopword.
 */
export function mayOpenWithName(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && !first.stop && /^\p{Lu}/u.test(first.surface);
}

/** The text between the end of token `from` and the start of token `to`; undefined where either is not written as such. */
export function textBetween(text: string, tokens: readonly Token[], starts: readonly number[], from: number, to: number): string | undefined {
  const end = starts[from];
  const start = starts[to];
  if (end === undefined || start === undefined || end < 0 || start < 0) return undefined;
  return text.slice(end + tokens[from]!.surface.length, start);
}

/** The text from the start of token `from` to the end of token `to`, as written; undefined where either is not written as such. */
export function textSpan(text: string, tokens: readonly Token[], starts: readonly number[], from: number, to: number): string | undefined {
  const start = starts[from];
  const end = starts[to];
  if (start === undefined || end === undefined || start < 0 || end < start) return undefined;
  return text.slice(start, end + tokens[to]!.surface.length);
}

/** "R5", "X200": capitals, then digits. */
const MODEL_CODE = /^(\p{Lu}{1,3})(\d{1,4})$/u;

/** A number that names a thing with the word before it ("Brisa 500", "Model 3"), as written. */
export interface Label {
  word: string;
  number: string;
  written: string;
}

/**
 * The labels of a text: a whole number right after a capitalised word ("the Brisa 500
 * kettle"), where no unit follows and no punctuation stands between. Such a number is part of
 * the name, not an amount; "June 5" is a date.
 */
export function labelsOf(text: string, tokens: readonly Token[]): Label[] {
  const labels: Label[] = [];
  let starts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A model code of capitals and digits ("R5", "X200") is a label of its own.
    const code = token.kind === 'word' ? MODEL_CODE.exec(token.surface) : null;
    if (code) labels.push({ word: code[1]!.toLowerCase(), number: code[2]!, written: token.surface });
    if (i === 0) continue;
    const word = tokens[i - 1]!;
    if (token.kind !== 'number' || token.quantity !== undefined || token.unit !== undefined || !/^\d+$/.test(token.surface)) continue;
    if (word.kind !== 'word' || word.stop || !/^\p{Lu}/u.test(word.surface) || MONTHS.has(word.lower)) continue;
    starts ??= tokenStarts(text, tokens);
    if (!/^\s+$/.test(textBetween(text, tokens, starts, i - 1, i) ?? '')) continue;
    labels.push({ word: word.key, number: token.key, written: `${word.surface} ${token.surface}` });
  }
  return labels;
}

/** Endings that make a noun or an adjective of a word ("cancel", "cancellation"; "pay", "payment"; "refund", "refundable", stemmed "refundabl"). */
const DERIVATIONS = ['al', 'ation', 'ion', 'ment', 'ance', 'ence', 'ery', 'abl', 'ibl'];
/** The shortest root a derivation is read from: "rent" yes, "pet" of "petal" no. */
const ROOT_LENGTH = 4;

/**
 * Is a word of the same root as `key` among `keys`? "cancelling" (key "cancel") and
 * "Cancellations" ("cancellation"): one adds an ending to the other, its last consonant
 * perhaps doubled.
 */
export function relatedFormIn(key: string, keys: { has(key: string): boolean }): boolean {
  if (key.length < ROOT_LENGTH) return false;
  for (const ending of DERIVATIONS) {
    if (keys.has(key + ending) || keys.has(key + key.at(-1) + ending)) return true;
    const root = key.endsWith(ending) ? key.slice(0, -ending.length) : '';
    if (root.length >= ROOT_LENGTH && (keys.has(root) || (root.at(-1) === root.at(-2) && keys.has(root.slice(0, -1))))) return true;
  }
  return false;
}

/** A token as a reason shows it: a number with its unit ("5 GHz", "25%"). */
export function shown(token: Token): string {
  if (token.unit === undefined) return token.surface;
  return token.unit === '%' ? `${token.surface}%` : `${token.surface} ${token.unit}`;
}

const STOPWORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto upon about as than so such ' +
    'this that these those there here it its it\'s they them their theirs he him his she her hers we us our ours ' +
    'you your yours i me my mine who whom whose which what when where why how is are was were be been being am ' +
    'do does did doing done have has had having will would shall should can could may might must also just only ' +
    'very too again further once both each other own same some any more most such up down out over under off ' +
    'between through during before after above below while because until against among per via etc s t don ' +
    'said says say according one\'s itself themselves himself herself ourselves yourself whether either'
  ).split(/\s+/),
);

let stopKeys: Set<string> | undefined;
/** Is `key` one a stopword takes (its stem)? Any other key is only ever a content key. */
export function isStopKey(key: string): boolean {
  return (stopKeys ??= new Set([...STOPWORDS].map((word) => stem(word)))).has(key);
}

/** Words that negate what follows (matched on the lower-cased surface). */
export const NEGATIONS = new Set(
  (
    'not no never none nor neither without nobody nothing nowhere cannot unable ' +
    'lack lacks lacked lacking fail fails failed failing deny denies denied denying ' +
    'refuse refuses refused refusing falsely incorrectly instead'
  ).split(' '),
);

/** How much a claim commits to: hedges and absolutes that must agree with the source. */
export const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably', 'suggest', 'suggests', 'suggested', 'plan', 'plans', 'planned', 'consider', 'considering', 'propose', 'proposed', 'expect', 'expected', 'potential', 'potentially', 'reportedly', 'allegedly', 'some', 'sometimes', 'often', 'usually', 'most', 'many', 'several', 'few']);
export const ABSOLUTES = new Set(['all', 'every', 'always', 'must', 'will', 'definitely', 'certainly', 'only', 'entire', 'entirely', 'completely', 'never', 'none', 'guaranteed', 'everyone', 'everything', 'whole']);

/** A table with no inherited keys: "constructor" is a word, not Object's function. */
function lookup<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));
}

// Cardinals only: ordinals and "half", "double" are too often not quantities ("first adopted").
const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});
const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 });
/** Scales a number by themselves after "a": "a hundred", "a million". */
const ARTICLE_SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** "m" and "b" are millions and billions only after a currency amount ("$4m"); "100 m" is metres. */
const CURRENCY_SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { m: 1e6, b: 1e9 });

/** Ordinal words share a key with ordinal digits ("third" and "3rd" are both "3th"); they are not quantities. */
const ORDINAL_WORDS: Record<string, number> = lookup(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((word, i) => [word, i + 1]),
);
const ordinalKey = (n: number): string => `${n}th`;

export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Units in one spelling and one base unit per dimension: a quantity is compared as
 * value × factor in its base ("1.5 years" = "18 months", "2 km" = "2,000 m").
 */
const UNITS: Record<string, [base: string, factor: number]> = lookup(
  (
    'm:metre:1 metre:metre:1 meter:metre:1 metres:metre:1 meters:metre:1 km:metre:1000 kilometre:metre:1000 kilometer:metre:1000 kilometres:metre:1000 kilometers:metre:1000 ' +
    'cm:metre:0.01 centimetre:metre:0.01 centimeter:metre:0.01 centimetres:metre:0.01 centimeters:metre:0.01 mm:metre:0.001 millimetre:metre:0.001 millimeter:metre:0.001 millimetres:metre:0.001 millimeters:metre:0.001 ' +
    'mi:mile:1 mile:mile:1 miles:mile:1 ft:foot:1 foot:foot:1 feet:foot:1 ' +
    'g:gram:1 gram:gram:1 grams:gram:1 gramme:gram:1 grammes:gram:1 kg:gram:1000 kilogram:gram:1000 kilograms:gram:1000 kilo:gram:1000 kilos:gram:1000 mg:gram:0.001 milligram:gram:0.001 milligrams:gram:0.001 mcg:gram:0.000001 microgram:gram:0.000001 micrograms:gram:0.000001 ' +
    'lb:pound:1 lbs:pound:1 pound:pound:1 pounds:pound:1 oz:ounce:1 ounce:ounce:1 ounces:ounce:1 ' +
    'l:litre:1 litre:litre:1 liter:litre:1 litres:litre:1 liters:litre:1 ml:litre:0.001 millilitre:litre:0.001 milliliter:litre:0.001 millilitres:litre:0.001 milliliters:litre:0.001 ' +
    'ms:second:0.001 millisecond:second:0.001 milliseconds:second:0.001 s:second:1 sec:second:1 secs:second:1 seconds:second:1 min:second:60 mins:second:60 minute:second:60 minutes:second:60 h:second:3600 hr:second:3600 hrs:second:3600 hour:second:3600 hours:second:3600 ' +
    'day:second:86400 days:second:86400 week:second:604800 weeks:second:604800 fortnight:second:1209600 month:month:1 months:month:1 year:month:12 years:month:12 yr:month:12 yrs:month:12 decade:month:120 decades:month:120 ' +
    'hz:hertz:1 hertz:hertz:1 khz:hertz:1e3 mhz:hertz:1e6 ghz:hertz:1e9 kilohertz:hertz:1e3 megahertz:hertz:1e6 gigahertz:hertz:1e9 ' +
    'kb:byte:1e3 mb:byte:1e6 gb:byte:1e9 tb:byte:1e12 kilobyte:byte:1e3 kilobytes:byte:1e3 megabyte:byte:1e6 megabytes:byte:1e6 gigabyte:byte:1e9 gigabytes:byte:1e9 terabyte:byte:1e12 terabytes:byte:1e12 ' +
    'w:watt:1 watt:watt:1 watts:watt:1 kw:watt:1e3 kilowatt:watt:1e3 kilowatts:watt:1e3 mw:watt:1e6 megawatt:watt:1e6 megawatts:watt:1e6 ' +
    'v:volt:1 volt:volt:1 volts:volt:1 percent:percent:1 per_cent:percent:1 pct:percent:1 %:percent:1 ' +
    'degree:degree:1 degrees:degree:1 celsius:celsius:1 c:celsius:1 centigrade:celsius:1 fahrenheit:fahrenheit:1 f:fahrenheit:1 ' +
    'dollar:usd:1 dollars:usd:1 usd:usd:1 cent:usd:0.01 cents:usd:0.01 euro:eur:1 euros:eur:1 eur:eur:1 pound_sterling:gbp:1 gbp:gbp:1 pence:gbp:0.01 p:gbp:0.01'
  )
    .split(' ')
    .map((entry) => {
      const [word, base, factor] = entry.split(':') as [string, string, string];
      return [word, [base, Number(factor)]];
    }),
);
/** Unit symbols that are ordinary words or letters on their own: units only right after a number. */
const UNIT_ONLY_AFTER_NUMBER = new Set(['c', 'f', 'p', 'cent', 'cents', 'usd', 'eur', 'gbp', 'm', 'g', 'l', 's', 'h', 'w', 'v', 'mi', 'ft', 'min', 'mins', 'sec', 'ms', 'mb', 'kb', 'gb', 'tb', 'mw', 'kw', 'hr', 'oz', 'lb']);

const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|%/gu;

/** Irregular forms mapped to their base, so "rose" meets "rise" and "fell" meets "fall". */
const IRREGULAR: Record<string, string> = lookup(
  (
    'rose:rise risen:rise fell:fall fallen:fall won:win lost:lose sold:sell bought:buy grew:grow grown:grow ' +
    'began:begin begun:begin gave:give given:give took:take taken:take sent:send spent:spend made:make ' +
    'went:go gone:go came:come seen:see knew:know known:know told:tell said:say paid:pay ' +
    'led:lead held:hold kept:keep met:meet brought:bring thought:think found:find ' +
    'built:build wrote:write written:write chose:choose chosen:choose drove:drive driven:drive ' +
    'ran:run became:become broke:break broken:break spoke:speak spoken:speak stole:steal stolen:steal ' +
    'drew:draw drawn:draw threw:throw thrown:throw flew:fly flown:fly hid:hide hidden:hide ' +
    'fought:fight caught:catch taught:teach sought:seek sank:sink sunk:sink shot:shoot struck:strike ' +
    'ate:eat eaten:eat wore:wear worn:wear felt:feel dealt:deal meant:mean ' +
    'froze:freeze frozen:freeze rode:ride ridden:ride forgot:forget forgotten:forget shook:shake shaken:shake ' +
    'woke:wake woken:wake tore:tear torn:tear swam:swim sang:sing sung:sing rang:ring rung:ring hung:hang ' +
    'men:man women:woman children:child people:person mice:mouse feet:foot teeth:tooth ' +
    'better:good best:good worse:bad worst:bad'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Irregular forms that are no verb's participle: plurals and degrees. */
const NOT_PARTICIPLES = new Set(['men', 'women', 'children', 'people', 'mice', 'feet', 'teeth', 'better', 'best', 'worse', 'worst']);

/** Could the word be a past participle ("designed", "written", "held")? What a passive "by" follows. */
export function mayBeParticiple(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed')) || (IRREGULAR[lower] !== undefined && !NOT_PARTICIPLES.has(lower));
}

/**
 * Light suffix stripping: enough to match "activists"/"activist", "dumped"/"dump". The key
 * "not" is the negation's ("not", "doesn't"): "note", "noted" and "notes" keep their "e".
 */
export function stem(word: string): string {
  const key = stripSuffix(word);
  if (key === 'not' && word.toLowerCase() !== 'not') return 'note';
  // "none" keeps its "e": "non" is the prefix of "non-critical", no opposite of "all".
  return key === 'non' && word.toLowerCase() === 'none' ? 'none' : key;
}

function stripSuffix(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  w = w.replace(/’/g, "'");
  const base = IRREGULAR[w];
  if (base !== undefined) w = base;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2).replace(/e$/, ''));
  if (w.endsWith('ly') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1).replace(/e$/, '');
  return w.replace(/e$/, '');
}

function undouble(w: string): string {
  return /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w.replace(/e$/, '');
}

/** One spelling per value, to six decimals ("0.23", "4000"). */
function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

/** Parses "4,000", "4.5", "1st" into a number; a comma followed by three digits groups thousands. */
function parseDigits(text: string): number {
  const end = text.charCodeAt(text.length - 1);
  const bare = end > 57 ? text.replace(/(?:st|nd|rd|th)$/, '') : text;
  if (!bare.includes(',')) return Number.parseFloat(bare);
  const normalised = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare) ? bare.replace(/,/g, '') : bare.replace(/,/g, '.');
  return Number.parseFloat(normalised);
}

/** What a word is, apart from its position: worked out once per distinct spelling. */
interface WordInfo {
  lower: string;
  key: string;
  stop: boolean;
  numberWord: number | undefined;
  scale: number | undefined;
  contraction: boolean;
  capitalised: boolean;
  /** An acronym, or letters mixed with digits: a name wherever it stands. */
  alwaysName: boolean;
  unit: [base: string, factor: number] | undefined;
  /** The key a unit token takes: its own stem for durations, one spelling for the rest. */
  unitKey: string | undefined;
  ordinal: number | undefined;
  month: boolean;
}

const wordInfo = new Map<string, WordInfo>();
const WORD_INFO_LIMIT = 200_000;

function infoOf(surface: string): WordInfo {
  const known = wordInfo.get(surface);
  if (known) return known;
  const lower = surface.toLowerCase();
  const info: WordInfo = {
    lower,
    key: stem(lower),
    stop: STOPWORDS.has(lower),
    numberWord: NUMBER_WORDS[lower],
    scale: SCALES[lower],
    contraction: /n['’]t$/.test(lower),
    capitalised: /^\p{Lu}/u.test(surface),
    alwaysName: /^\p{Lu}{2,}$/u.test(surface) || (/\d/.test(surface) && /\p{L}/u.test(surface)),
    unit: UNITS[lower],
    unitKey: undefined,
    ordinal: ORDINAL_WORDS[lower],
    month: MONTHS.has(lower),
  };
  if (info.unit) info.unitKey = unitKeyOf(info.unit, info.key);
  if (wordInfo.size >= WORD_INFO_LIMIT) wordInfo.clear();
  wordInfo.set(surface, info);
  return info;
}

/** Titles written with a point before a name. */
export const TITLES: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'gov', 'sen', 'rep', 'rev', 'capt', 'col', 'lt', 'sgt', 'hon', 'jr', 'sr', 'st', 'mt']);

/** A clause's number ("11.2", "4.1.3"): what follows it opens the clause's sentence. */
const CLAUSE_NUMBER = /^\d+(?:\.\d+)+$/;

/** Does the gap between two tokens end a sentence (closing punctuation, or a line break)? */
function gapEndsSentence(text: string, from: number, to: number): boolean {
  let sawMark = false;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === 32 || c === 9 || c === 13) continue;
    if (!sawMark) {
      sawMark = true;
      // . ! ? : ;
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return true;
    }
  }
  return false;
}

/** The currency of an amount written after its symbol ("$4", "€ 20"). */
function currencyBefore(text: string, at: number): string | undefined {
  const before = text[at - 1] === ' ' ? text[at - 2] : text[at - 1];
  return before === undefined ? undefined : CURRENCY_UNITS[before];
}

/** Is the number at `at` written after a currency symbol ("$4m", "£ 2bn")? */
function afterCurrency(text: string, at: number): boolean {
  const before = text[at - 1] === ' ' ? text[at - 2] : text[at - 1];
  return before === '$' || before === '£' || before === '€' || before === '¥';
}
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

function unitKeyOf([base, factor]: [string, number], key: string): string {
  return base === 'percent' ? 'percent' : DURATIONS.has(base) ? key : `${base}×${factor}`;
}

/** Are `hour` and the digits after its colon a time of day ("9:30", "18:00"), not a ratio or a verse? */
function isClockTime(hour: Token, minutes: string): boolean {
  return /^\d{1,2}$/.test(hour.surface) && Number(hour.key) <= 24 && /^[0-5]\d$/.test(minutes) && hour.quantity === undefined;
}

/** "a.m.", "p.m.", "am", "pm" written at `at` (after a number), as written, or undefined. */
function meridiemAt(text: string, at: number, surface: string): { pm: boolean; written: string } | undefined {
  const lower = surface.toLowerCase();
  if (lower === 'am' || lower === 'pm') return { pm: lower === 'pm', written: surface };
  if (lower !== 'a' && lower !== 'p') return undefined;
  // The closing point is left to end a sentence, as it may: "… opens at 8 a.m. The café …".
  const written = /^[ap]\.m(?=\.)/i.exec(text.slice(at, at + 4))?.[0];
  return written ? { pm: lower === 'p', written } : undefined;
}

/** What follows "one" used as a pronoun: "of", or the end of its clause. */
const PRONOUN_ONE = /^(?:\s+of\b|\s*[.,;:!?)]|\s*$)/;

/** Every token has the same fields in the same order: one shape for the engine to optimise. */
function token(key: string, surface: string, lower: string, kind: Token['kind'], stop: boolean, name: boolean, quantity?: string): Token {
  return { key, surface, lower, kind, stop, name, quantity, unit: undefined };
}

/** Only spaces or a hyphen between two tokens: they can form one number ("twenty-five", "4.5 million"). */
function joined(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, "-", "°"
    if (c !== 32 && c !== 9 && c !== 45 && c !== 176) return false;
  }
  return true;
}

/**
 * Splits text into tokens; a capitalised word is a name unless it opens a sentence.
 * Numbers are read in any of their spellings ("4,000", "four thousand", "twenty-five",
 * "$4.5m") and carry their unit as a quantity.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  // Where the last number token starts and ends in `text`, for its unit and scale.
  let numberStart = -1;
  let numberEnd = -1;
  let numberValue = Number.NaN;
  // "three consecutive days", "10 paid sick days": a number, up to two words that say what
  // kind, then its unit. Where that number is, and where the last of those words ends.
  let countedAt = -1;
  let countedEnd = -1;
  let countedWords = 0;
  // The passes after the main one run only when the text has what they look for.
  const durations: number[] = [];
  let sawMonth = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const surface = match[0];
    const previous = tokens[tokens.length - 1];
    // "Dr. Omar Said": the point of a title ends no sentence.
    if (gapEndsSentence(text, last, match.index) && !(previous !== undefined && TITLES.has(previous.lower) && text[last] === '.')) sentenceStart = true;
    last = match.index + surface.length;
    const afterNumber = previous?.kind === 'number' && numberEnd >= 0 && joined(text, numberEnd, match.index);
    const first = surface.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const glued = surface.length > 4 && previous?.kind === 'word' && MONTHS.has(previous.lower) ? gluedRange(surface, text, last) : undefined;
      if (glued) {
        // "26 September 188926 May 1976": a date range whose dash was lost; the year is its own token.
        tokens.push(token(glued, glued, glued, 'number', false, false));
        const day = surface.slice(glued.length);
        numberValue = Number(day);
        tokens.push(token(canonicalNumber(numberValue), day, day, 'number', false, false));
        sawMonth = true;
        numberStart = match.index + glued.length;
        numberEnd = last;
        sentenceStart = false;
        continue;
      }
      if (previous && text[match.index - 1] === '-' && /\p{Lu}/u.test(previous.surface) && text.endsWith(previous.surface, match.index - 1)) {
        // "COVID-19", "SARS-CoV-2", "F-16": the number is part of a name, not an amount.
        tokens.push(token(canonicalNumber(parseDigits(surface)), surface, surface, 'word', false, true));
        numberEnd = -1;
        sentenceStart = false;
        continue;
      }
      const end = surface.charCodeAt(surface.length - 1);
      const ordinal = end > 57 && /(?:st|nd|rd|th)$/.test(surface);
      numberValue = parseDigits(surface);
      const key = ordinal ? ordinalKey(numberValue) : canonicalNumber(numberValue);
      const currency = match.index > 0 ? currencyBefore(text, match.index) : undefined;
      tokens.push(token(key, surface, surface, 'number', false, false, currency === undefined ? undefined : `${currency}:${key}`));
      if (previous?.kind === 'number' && text[match.index - 1] === ':' && isClockTime(previous, surface)) {
        // "18:00", "9:30": a time of day, in hours on a 24-hour clock ("a.m." or "p.m." after it may move it);
        // ":00" adds no number of its own.
        previous.quantity = `clock:${canonicalNumber(Number(previous.key) + numberValue / 60)}`;
        if (numberValue === 0) tokens[tokens.length - 1]!.stop = true;
      }
      numberStart = match.index;
      numberEnd = last;
      countedAt = ordinal ? -1 : tokens.length - 1;
      countedEnd = last;
      countedWords = 0;
      // "11.2 Neither party …": the word after a clause's number still opens the sentence.
      if (!(sentenceStart && CLAUSE_NUMBER.test(surface))) sentenceStart = false;
      continue;
    }
    const info = infoOf(surface);
    const meridiem = afterNumber && previous ? meridiemAt(text, match.index, surface) : undefined;
    if (meridiem && previous) {
      // "8 p.m." is a time of day, not 8 pence: the number's quantity is its hour on a 24-hour
      // clock. In "9:30 am" the hour is the number before the colon, and the minutes add to it.
      const hourToken = tokens[tokens.length - 2];
      const minutes = hourToken?.kind === 'number' && numberStart > 0 && text[numberStart - 1] === ':' ? hourToken : undefined;
      const owner = minutes ?? previous;
      const hour = ((minutes ? Number(minutes.key) : numberValue) % 12) + (meridiem.pm ? 12 : 0) + (minutes ? numberValue / 60 : 0);
      owner.quantity = `clock:${canonicalNumber(hour)}`;
      // The minutes are in the hour's quantity now: "1:00 pm" says no number 0.
      if (minutes && numberValue === 0) previous.stop = true;
      owner.unit = meridiem.written.length > 2 ? `${meridiem.written}.` : meridiem.written;
      TOKEN.lastIndex = match.index + meridiem.written.length;
      last = TOKEN.lastIndex;
      tokens.push(token(meridiem.written.toLowerCase(), meridiem.written, meridiem.written.toLowerCase(), 'word', true, false));
      numberEnd = -1;
      continue;
    }
    if (info.month) sawMonth = true;
    const scale = info.scale ?? (afterNumber && CURRENCY_SCALES[info.lower] !== undefined && afterCurrency(text, numberStart) ? CURRENCY_SCALES[info.lower] : undefined);
    if (afterNumber && previous && (scale !== undefined || (info.lower === 'hundred' && !previous.key.endsWith('th')))) {
      // "4.5 million", "$4m" and "two hundred" are one quantity.
      numberValue *= scale ?? 100;
      previous.key = canonicalNumber(numberValue);
      if (previous.quantity !== undefined) previous.quantity = `${previous.quantity.split(':')[0]}:${previous.key}`;
      previous.surface = `${previous.surface} ${surface}`;
      previous.lower = previous.surface.toLowerCase();
      numberEnd = last;
      countedEnd = last;
      continue;
    }
    if (previous?.lower === 'a' && ARTICLE_SCALES[info.lower] !== undefined && text[match.index - 1] === ' ' && /^a$/i.test(text[match.index - 2] ?? '')) {
      // "a million", "a hundred": the article is the number one.
      numberValue = ARTICLE_SCALES[info.lower]!;
      tokens[tokens.length - 1] = token(canonicalNumber(numberValue), `${previous.surface} ${surface}`, `a ${info.lower}`, 'number', false, false);
      numberStart = match.index - 2;
      numberEnd = last;
      countedAt = tokens.length - 1;
      countedEnd = last;
      countedWords = 0;
      sentenceStart = false;
      continue;
    }
    if (afterNumber && previous && info.numberWord !== undefined && info.numberWord < 10 && TENS.has(numberValue)) {
      // "twenty-five"
      numberValue += info.numberWord;
      previous.key = canonicalNumber(numberValue);
      previous.surface = `${previous.surface}-${surface}`;
      previous.lower = previous.surface.toLowerCase();
      numberEnd = last;
      countedEnd = last;
      continue;
    }
    const unit = info.lower === 'cent' && previous?.lower === 'per' ? UNITS.percent : info.unit;
    const degrees = previous?.key === 'degree×1' && tokens[tokens.length - 2]?.kind === 'number' ? tokens[tokens.length - 2] : undefined;
    if (unit && (afterNumber || degrees || unit === UNITS.percent || !UNIT_ONLY_AFTER_NUMBER.has(info.lower))) {
      const [base, factor] = unit;
      if (degrees && previous) {
        // "30 degrees Celsius" is "30 °C".
        degrees.quantity = `${base}:${canonicalNumber(numberValue * factor)}`;
        previous.stop = true;
      }
      if (afterNumber && previous) {
        previous.quantity = `${base}:${factor === 1 ? previous.key : canonicalNumber(numberValue * factor)}`;
        previous.unit = surface;
      } else if (!degrees && countedAt >= 0 && countedWords > 0 && !UNIT_ONLY_AFTER_NUMBER.has(info.lower) && joined(text, countedEnd, match.index)) {
        const counted = tokens[countedAt]!;
        if (counted.quantity === undefined && !YEAR.test(counted.key)) {
          counted.quantity = `${base}:${canonicalNumber(Number(counted.key) * factor)}`;
          counted.unit = surface;
        }
      }
      countedAt = -1;
      // A unit keeps its own word ("week" is not "day") but one spelling ("km", "kilometres").
      const key = unit === info.unit ? (info.unitKey ?? info.key) : unitKeyOf(unit, info.key);
      if (DURATIONS.has(base)) durations.push(tokens.length);
      tokens.push(token(key, surface, info.lower, 'word', base === 'percent', false));
      sentenceStart = false;
      continue;
    }
    numberEnd = -1;
    const ordinal = info.ordinal;
    if (info.lower === 'one' && (PRONOUN_ONE.test(text.slice(last, last + 4)) || previous?.lower === 'without')) {
      // "one of the services", "it doesn't require one.": a pronoun, not a count.
      tokens.push(token('one', surface, info.lower, 'word', true, false));
      countedAt = -1;
      sentenceStart = false;
      continue;
    }
    if (info.numberWord !== undefined) {
      numberValue = info.numberWord;
      tokens.push(token(canonicalNumber(info.numberWord), surface, info.lower, 'number', false, false));
      numberStart = match.index;
      numberEnd = last;
      countedAt = tokens.length - 1;
      countedEnd = last;
      countedWords = 0;
    } else if (ordinal !== undefined) {
      tokens.push(token(ordinalKey(ordinal), surface, info.lower, 'word', false, false));
    } else if (info.contraction) {
      tokens.push(token('not', surface, info.lower, 'word', true, false));
    } else {
      const isName = (!sentenceStart && info.capitalised) || info.alwaysName;
      if (countedAt >= 0 && countedWords < 2 && !info.stop && !info.capitalised && joined(text, countedEnd, match.index)) {
        countedWords++;
        countedEnd = last;
      } else {
        countedAt = -1;
      }
      // A capitalised small word is no name alone ("The Who" aside), but it is one after a name: "Omar Said".
      tokens.push(token(info.key, surface, info.lower, 'word', info.stop && !isName, isName && (!info.stop || previous?.name === true)));
    }
    sentenceStart = false;
  }
  if (durations.length > 0) markSpelledQuantities(tokens, durations);
  if (sawMonth) putMonthFirst(tokens);
  return joinPhrases(text, tokens);
}

/**
 * Phrases that say one thing in several words, read as one word with the key of the first:
 * "no charge" and "at no extra cost" are "free", "24/7" and "around the clock" one more way of
 * saying "24 hours a day", "no more than 23 kg" is "up to 23 kg". A bound says how an amount
 * is meant and is no content of its own, as "up" and "to" are not. General English, as the
 * opposites are.
 */
const PHRASES: readonly { phrases: string[]; bound?: true }[] = [
  {
    phrases: ['free', 'free of charge', 'no charge', 'no cost', 'no fee', 'at no cost', 'at no charge', 'at no extra cost', 'at no extra charge', 'at no additional cost',
      'at no additional charge', 'no extra charge', 'no additional charge', 'without charge', 'without cost', 'without any charge', 'free of cost', 'costs nothing', 'cost nothing',
      "don't need to pay", 'do not need to pay', "doesn't need to pay", "don't have to pay", 'do not have to pay', 'no need to pay', "won't be charged", 'will not be charged'],
  },
  { phrases: ['around the clock', 'round the clock', '24/7', '24 hours a day', 'day and night', 'at all hours', 'any time of day', 'at any time of day', 'at any hour'] },
  { phrases: ['anytime', 'any time', 'at any time', 'at any moment'] },
  { phrases: ['twice', 'two times'] },
  { phrases: ['daily', 'every day', 'each day', 'per day'] },
  { phrases: ['weekly', 'every week', 'each week', 'per week'] },
  { phrases: ['monthly', 'every month', 'each month', 'per month'] },
  { phrases: ['yearly', 'every year', 'each year', 'per year', 'annually'] },
  { phrases: ['about', 'roughly', 'approximately', 'approx', 'around', 'nearly', 'circa'], bound: true },
  { phrases: ['up to', 'no more than', 'not more than', 'at most', 'a maximum of', 'maximum of', 'no longer than', 'not longer than'], bound: true },
  { phrases: ['at least', 'no less than', 'not less than', 'no fewer than', 'a minimum of', 'minimum of'], bound: true },
];

/** Each phrase by its first word, longest first: the phrase's words, the key it is read as, and whether it is a bound. */
const PHRASES_BY_FIRST = new Map<string, { words: string[]; key: string; bound: boolean }[]>();
for (const { phrases, bound } of PHRASES) {
  const key = stem(phrases[0]!.replace(/ /g, '-'));
  // A bound of one word is read as the first ("roughly" as "about"); other words are left as they are.
  for (const phrase of phrases.filter((phrase) => phrase.includes(' ') || phrase.includes('/') || (bound && phrase !== phrases[0]))) {
    const words = phrase.split(/[ /]/);
    const list = PHRASES_BY_FIRST.get(words[0]!) ?? [];
    list.push({ words, key, bound: bound === true });
    list.sort((a, b) => b.words.length - a.words.length);
    PHRASES_BY_FIRST.set(words[0]!, list);
  }
}

/** A word as the phrase table writes it: one apostrophe. */
const phraseWord = (token: Token | undefined): string | undefined => (token?.lower.includes('’') ? token.lower.replace(/’/g, "'") : token?.lower);

/** The tokens with each phrase of PHRASES joined into one token, where only spaces (or the slash of "24/7") stand between its words. */
function joinPhrases(text: string, tokens: Token[]): Token[] {
  let starts: number[] | undefined;
  let joinedTokens: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = PHRASES_BY_FIRST.get(phraseWord(tokens[i])!);
    const phrase = candidates?.find(({ words }) => {
      if (!words.every((word, j) => phraseWord(tokens[i + j]) === word)) return false;
      starts ??= tokenStarts(text, tokens);
      return words.every((_, j) => j === 0 || /^[ /]$/.test(textBetween(text, tokens, starts!, i + j - 1, i + j) ?? ''));
    });
    if (!phrase) {
      joinedTokens?.push(tokens[i]!);
      continue;
    }
    // Most texts have no phrase: the list is copied only from the first one on.
    joinedTokens ??= tokens.slice(0, i);
    const last = i + phrase.words.length - 1;
    const surface = textSpan(text, tokens, starts!, i, last)!;
    joinedTokens.push(token(phrase.key, surface, surface.toLowerCase(), 'word', phrase.bound, false));
    i = last;
  }
  return joinedTokens ?? tokens;
}


/** A year and a day run together, then a month: "188926" in "September 188926 May". */
const GLUED_YEAR_DAY = /^(1\d{3}|20\d{2})(?:[1-9]|[12]\d|3[01])$/;
const MONTH_NEXT = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The year of a glued "year day" followed by a month, or undefined. */
function gluedRange(surface: string, text: string, end: number): string | undefined {
  const year = GLUED_YEAR_DAY.exec(surface)?.[1];
  if (!year) return undefined;
  const month = MONTH_NEXT.exec(text.slice(end, end + 16))?.[0].trim().toLowerCase();
  return month && MONTHS.has(month) ? year : undefined;
}

/** "30 September 2025" and "September 30, 2025" are one date: the month goes first in both. */
function putMonthFirst(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const day = tokens[i]!;
    const month = tokens[i + 1]!;
    if (day.kind !== 'number' || !MONTHS.has(month.lower) || !/^(?:[1-9]|[12]\d|3[01])(?:th)?$/.test(day.key)) continue;
    tokens[i] = month;
    tokens[i + 1] = day;
    i++;
  }
}

const DURATIONS = new Set(['second', 'month']);
/** Currency symbols before an amount, and the unit they give it. */
const CURRENCY_UNITS: Record<string, string> = lookup([['$', 'usd'], ['€', 'eur'], ['£', 'gbp']]);

/** "a year and a half", "half a day", "a week", "two and a half years": amounts spelled without digits. */
function markSpelledQuantities(tokens: Token[], durations: readonly number[]): void {
  for (const i of durations) {
    const token = tokens[i]!;
    const unit = UNITS[token.lower];
    if (!unit) continue;
    const [base, factor] = unit;
    const halfAfter = tokens[i + 1]?.lower === 'and' && tokens[i + 2]?.lower === 'a' && tokens[i + 3]?.lower === 'half';
    const number = tokens[i - 1];
    let amount: number | undefined;
    let owner: Token = token;
    if (number?.kind === 'number' && number.quantity !== undefined) {
      if (!halfAfter) continue;
      owner = number;
      amount = Number(number.quantity.slice(base.length + 1)) / factor;
    } else if ((number?.lower === 'a' || number?.lower === 'an') && tokens[i - 2]?.lower === 'of' && /^quarters?$/.test(tokens[i - 3]?.lower ?? '')) {
      // "a quarter of an hour", "three quarters of an hour": the count of quarters carries the amount.
      const count = tokens[i - 4];
      amount = count?.kind === 'number' && count.quantity === undefined ? Number(count.key) / 4 : 0.25;
      if (count?.kind === 'number' && count.quantity === undefined) owner = count;
      owner.unit = token.surface;
      tokens[i - 3]!.stop = true;
    } else if (number?.lower === 'a' || number?.lower === 'an') {
      amount = tokens[i - 2]?.lower === 'half' ? 0.5 : 1;
      if (tokens[i - 2]?.lower === 'half') tokens[i - 2]!.stop = true;
    }
    if (amount === undefined) continue;
    if (halfAfter) {
      amount += 0.5;
      tokens[i + 3]!.stop = true;
    }
    owner.quantity = `${base}:${canonicalNumber(amount * factor)}`;
  }
}
