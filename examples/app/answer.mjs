// The answering logic of the example app: a deliberately simple extractive RAG.
// It sees only a case's id, question and sources, like a real application would.

export const ABSTENTION = "I don't know: the provided sources do not cover this.";

// BM25 parameters (the usual defaults).
const K1 = 1.2;
const B = 0.75;
// Share of the question's (IDF-weighted) terms the best sentence must contain;
// below it the sources are taken not to cover the question and the app abstains.
const MIN_COVERAGE = 0.5;
// A second sentence joins the answer only when it scores close to the best one.
const SECOND_SENTENCE_RATIO = 0.6;

const STOPWORDS = new Set(
  (
    'a about after an and any are as at be been before by can could did do does during each ' +
    'for from had has have how if in into is it its long many much must of on or over per should ' +
    'than that the their there these they this those to under was were what when where which ' +
    'while who whom whose why will with within would according say says said state states'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Lower-cased content terms; "4,000" and "4000" become one term, and a light
 * suffix strip lets "reduced", "reduces" and "reduce" match. */
export function terms(text) {
  const out = [];
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+(?:[.,][0-9]+)*/g)) {
    let term = match[0].replace(/,/g, '');
    if (STOPWORDS.has(term)) continue;
    if (/^[a-z]+$/.test(term)) term = stem(term);
    out.push(term);
  }
  return out;
}

function stem(word) {
  let w = word;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && (w.endsWith('ed') || w.endsWith('es'))) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Every sentence of every source, remembering which source it came from. */
export function splitSources(sources) {
  const sentences = [];
  for (const source of sources) {
    for (const paragraph of String(source.text).split(/\n\s*\n/)) {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      for (const { segment } of segmenter.segment(flat)) {
        const text = segment.trim();
        if (text) sentences.push({ sourceId: String(source.id), text, terms: terms(text) });
      }
    }
  }
  return sentences;
}

/** BM25 score of each sentence against the question, plus how much of the question it covers. */
export function rankSentences(question, sentences) {
  const query = [...new Set(terms(question))];
  const n = sentences.length;
  const avgLength = sentences.reduce((sum, s) => sum + s.terms.length, 0) / Math.max(n, 1);
  const docFreq = new Map();
  for (const s of sentences) for (const t of new Set(s.terms)) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
  // A term found in no sentence gets the highest IDF, so questions about
  // something the sources never mention cannot reach the coverage threshold.
  const idf = (t) => Math.log(1 + (n - (docFreq.get(t) ?? 0) + 0.5) / ((docFreq.get(t) ?? 0) + 0.5));
  const queryWeight = query.reduce((sum, t) => sum + idf(t), 0);

  return sentences
    .map((sentence, index) => {
      const counts = new Map();
      for (const t of sentence.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      let score = 0;
      let covered = 0;
      for (const t of query) {
        const tf = counts.get(t) ?? 0;
        if (tf === 0) continue;
        covered += idf(t);
        score += (idf(t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * sentence.terms.length) / avgLength));
      }
      return { ...sentence, index, score, coverage: queryWeight > 0 ? covered / queryWeight : 0 };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/** Puts the citation marker before the sentence's final punctuation: "... 5 mg [S1]." */
export function cite(sentence, sourceId) {
  const match = /^(.*?)([.!?]["”’)]*)?$/s.exec(sentence);
  const body = match?.[1] ?? sentence;
  return `${body} [${sourceId}]${match?.[2] ?? ''}`;
}

/**
 * Picks the sentences that answer the question, or null when the sources do not cover it.
 * Returns [{ sourceId, text }] in the order they should be said.
 */
export function selectSentences(question, sources) {
  const ranked = rankSentences(question, splitSources(sources));
  const best = ranked[0];
  if (!best || best.score <= 0 || best.coverage < MIN_COVERAGE) return { ranked, chosen: null };
  const chosen = [best];
  const second = ranked[1];
  if (second && second.score >= SECOND_SENTENCE_RATIO * best.score) chosen.push(second);
  return { ranked, chosen };
}

/** The good variant: the best sentences verbatim, each with its citation. */
export function answerCase(kase) {
  const { chosen } = selectSentences(kase.question, kase.sources);
  if (!chosen) return ABSTENTION;
  return chosen.map((s) => cite(s.text, s.sourceId)).join(' ');
}
