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

/** Words that negate what follows (matched on the lower-cased surface). */
export const NEGATIONS = new Set(
  (
    'not no never none nor neither without nobody nothing nowhere cannot unable ' +
    'lack lacks lacked lacking fail fails failed failing deny denies denied denying ' +
    'refuse refuses refused refusing falsely incorrectly instead non'
  ).split(' '),
);

/** How much a claim commits to: hedges and absolutes that must agree with the source. */
export const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably', 'suggest', 'suggests', 'suggested', 'plan', 'plans', 'planned', 'consider', 'considering', 'propose', 'proposed', 'expect', 'expected', 'potential', 'potentially', 'reportedly', 'allegedly', 'some', 'sometimes', 'often', 'usually', 'most', 'many', 'several', 'few']);
export const ABSOLUTES = new Set(['all', 'every', 'always', 'must', 'will', 'definitely', 'certainly', 'only', 'entire', 'entirely', 'completely', 'never', 'none', 'guaranteed', 'everyone', 'everything', 'whole']);

// Cardinals only: ordinals and "half", "double" are too often not quantities ("first adopted").
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };

const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Irregular forms mapped to their base, so "rose" meets "rise" and "fell" meets "fall". */
const IRREGULAR: Record<string, string> = Object.fromEntries(
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
    'men:man women:woman children:child people:person mice:mouse feet:foot teeth:tooth ' +
    'better:good best:good worse:bad worst:bad'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Light suffix stripping: enough to match "activists"/"activist", "dumped"/"dump". */
export function stem(word: string): string {
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

function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** Parses "4,000", "4.5", "1st" into a number; a comma followed by three digits groups thousands. */
function parseDigits(text: string): number {
  const bare = text.replace(/(?:st|nd|rd|th)$/, '');
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
  };
  if (wordInfo.size >= WORD_INFO_LIMIT) wordInfo.clear();
  wordInfo.set(surface, info);
  return info;
}

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

/** Splits text into tokens; a capitalised word is a name unless it opens a sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const surface = match[0];
    if (gapEndsSentence(text, last, match.index)) sentenceStart = true;
    last = match.index + surface.length;
    const first = surface.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      tokens.push({ key: canonicalNumber(parseDigits(surface)), surface, lower: surface, kind: 'number', stop: false, name: false });
      sentenceStart = false;
      continue;
    }
    const info = infoOf(surface);
    const previous = tokens[tokens.length - 1];
    if (info.scale !== undefined && previous?.kind === 'number') {
      // "4.5 million" is one quantity.
      previous.key = canonicalNumber(Number(previous.key) * info.scale);
      previous.surface = `${previous.surface} ${surface}`;
      previous.lower = previous.surface.toLowerCase();
      continue;
    }
    if (info.numberWord !== undefined) {
      tokens.push({ key: canonicalNumber(info.numberWord), surface, lower: info.lower, kind: 'number', stop: false, name: false });
    } else if (info.contraction) {
      tokens.push({ key: 'not', surface, lower: info.lower, kind: 'word', stop: true, name: false });
    } else {
      const isName = (!sentenceStart && info.capitalised) || info.alwaysName;
      tokens.push({ key: info.key, surface, lower: info.lower, kind: 'word', stop: info.stop && !isName, name: isName && !info.stop });
    }
    sentenceStart = false;
  }
  return tokens;
}
