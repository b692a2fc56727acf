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

/** Words that negate what follows. */
export const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'without', 'nobody', 'nothing', 'nowhere', 'cannot', 'lack', 'fail', 'unable']);

/** How much a claim commits to: hedges and absolutes that must agree with the source. */
export const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably', 'suggest', 'suggests', 'suggested', 'plan', 'plans', 'planned', 'consider', 'considering', 'propose', 'proposed', 'expect', 'expected', 'potential', 'potentially', 'reportedly', 'allegedly', 'some', 'sometimes', 'often', 'usually', 'most', 'many', 'several', 'few']);
export const ABSOLUTES = new Set(['all', 'every', 'always', 'must', 'will', 'definitely', 'certainly', 'only', 'entire', 'entirely', 'completely', 'never', 'none', 'guaranteed', 'everyone', 'everything', 'whole']);

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, half: 0.5, twice: 2, double: 2, triple: 3,
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

/** Splits text into tokens; a capitalised word is a name unless it opens a sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const surface = match[0];
    const between = text.slice(last, match.index);
    if (/[.!?:;]\s*$/.test(between) || /\n/.test(between)) sentenceStart = true;
    last = match.index + surface.length;
    const lower = surface.toLowerCase();
    if (/^\d/.test(surface)) {
      tokens.push({ key: canonicalNumber(parseDigits(surface)), surface, kind: 'number', stop: false, name: false });
      sentenceStart = false;
      continue;
    }
    const scale = SCALES[lower];
    const previous = tokens[tokens.length - 1];
    if (scale !== undefined && previous?.kind === 'number') {
      // "4.5 million" is one quantity.
      previous.key = canonicalNumber(Number(previous.key) * scale);
      previous.surface = `${previous.surface} ${surface}`;
      continue;
    }
    const numberWord = NUMBER_WORDS[lower];
    if (numberWord !== undefined) {
      tokens.push({ key: canonicalNumber(numberWord), surface, kind: 'number', stop: false, name: false });
      sentenceStart = false;
      continue;
    }
    if (/n['’]t$/.test(lower)) {
      tokens.push({ key: 'not', surface, kind: 'word', stop: true, name: false });
      sentenceStart = false;
      continue;
    }
    const isName =
      (!sentenceStart && /^\p{Lu}/u.test(surface)) || /^\p{Lu}{2,}$/u.test(surface) || (/\d/.test(surface) && /\p{L}/u.test(surface));
    const isStop = STOPWORDS.has(lower);
    tokens.push({ key: stem(lower), surface, kind: 'word', stop: isStop && !isName, name: isName && !isStop });
    sentenceStart = false;
  }
  return tokens;
}
