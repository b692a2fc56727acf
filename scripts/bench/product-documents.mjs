#!/usr/bin/env node
// The shipped deterministic judge on a small RAG knowledge base: product and policy
// documents written for this benchmark (product-documents.json), three per case, each
// question with a right answer in other words and an invented one. Prints, per split, how
// many right answers are flagged and how many invented ones pass, beside the token baseline.
//
//   node scripts/bench/product-documents.mjs [--list]
//
// The development cases were written while the judge's rules were fitted to them; the
// held-out cases afterwards. --list prints every answer the judge gets wrong, with its reason.
import { readFileSync } from 'node:fs';
import { loadJudgeModules } from './judge-build.mjs';

const { judges } = await loadJudgeModules();
const judge = judges.createDeterministicJudge();
const { cases } = JSON.parse(readFileSync(new URL('./product-documents.json', import.meta.url), 'utf8'));
const list = process.argv.includes('--list');

// The token baseline: grounded when every content word of the answer is in the documents or the question.
const contentKeys = (text) => judges.tokenize(text).filter((token) => !token.stop).map((token) => token.key);
const baselineFlags = (answer, question, documents) => {
  const known = new Set([...documents, question].flatMap(contentKeys));
  return contentKeys(answer).some((key) => !known.has(key));
};

const tally = new Map();
for (const { split, documents, questions } of cases) {
  const sources = documents.map((text, i) => ({ id: `D${i + 1}`, text }));
  const counts = tally.get(split) ?? { right: 0, flagged: 0, invented: 0, passed: 0, baselineFlagged: 0, baselinePassed: 0 };
  for (const { question, answer, invented } of questions) {
    const result = judge.judgeOne({ key: answer, question, claim: answer, sources });
    const flagged = result.verdict !== 'supported';
    const baseline = baselineFlags(answer, question, documents);
    if (invented) {
      counts.invented++;
      if (!flagged) counts.passed++;
      if (!baseline) counts.baselinePassed++;
    } else {
      counts.right++;
      if (flagged) counts.flagged++;
      if (baseline) counts.baselineFlagged++;
    }
    if (list && flagged !== invented) console.log(`  ${split}, ${invented ? 'invented, passed' : 'right, flagged'}: ${answer} (${result.verdict}: ${result.reason})`);
  }
  tally.set(split, counts);
}
for (const [split, c] of tally) {
  console.log(
    `product documents, ${split}: right answers flagged ${c.flagged} of ${c.right}, invented answers passed ${c.passed} of ${c.invented}` +
      ` (token baseline: ${c.baselineFlagged} of ${c.right} flagged, ${c.baselinePassed} of ${c.invented} passed)`,
  );
}
