// The retrieval variant of the example app: it ignores a case's sources and answers from
// the passages it retrieves itself, with BM25, from a folder of documents, returning those
// passages as its contexts. Each document is a Markdown file whose first line is a "# title";
// its paragraphs are the passages.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ABSTENTION, cite, rankSentences, selectSentences, terms } from './answer.mjs';

/** Passages per answer: the retriever's top k. */
export const TOP_K = 3;

/** Every paragraph of every .md file under `dir`, with the document it came from. */
export function loadPassages(dir) {
  const passages = [];
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => extname(name) === '.md')
    .sort();
  for (const name of files) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
    const [first, ...rest] = text.split('\n');
    const title = first.startsWith('# ') ? first.slice(2).trim() : undefined;
    const body = title === undefined ? text : rest.join('\n');
    const document = basename(name, '.md');
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    paragraphs.forEach((paragraph, i) => {
      passages.push({ sourceId: `${document}#${i + 1}`, document, title, text: paragraph, terms: terms(`${title ?? ''} ${paragraph}`) });
    });
  }
  return passages;
}

/**
 * The top k passages for a question, best first. `skipBest` drops the documents of the
 * best-ranked passage: the retriever bug of the retrieval-regressed variant, which then
 * misses the document that answers the question.
 */
export function retrieve(question, passages, { k = TOP_K, skipBest = false } = {}) {
  let ranked = rankSentences(question, passages).filter((p) => p.score > 0);
  if (skipBest && ranked.length > 0) ranked = ranked.filter((p) => p.document !== ranked[0].document);
  return ranked.slice(0, k);
}

/** Answers from the retrieved passages, citing them by rank ([1], [2], ...), and returns them as contexts. */
export function answerFromRetrieval(kase, passages, options = {}) {
  const top = retrieve(kase.question, passages, options);
  const contexts = top.map((p, i) => ({
    id: String(i + 1),
    text: p.text,
    ...(p.title === undefined ? {} : { title: p.title }),
    score: Math.round(p.score * 1000) / 1000,
    source: p.document,
  }));
  const { chosen } = selectSentences(kase.question, contexts.map((c) => ({ id: c.id, text: c.text })));
  // Documents repeat one another; a sentence is said once, citing the best passage that has it.
  const said = chosen?.filter((s, i) => chosen.findIndex((other) => other.text === s.text) === i);
  const answer = said ? said.map((s) => cite(s.text, s.sourceId)).join(' ') : ABSTENTION;
  return { answer, contexts };
}
