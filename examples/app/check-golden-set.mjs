#!/usr/bin/env node
// Authoring aid for golden-set writers: runs the example app's answering code on a
// golden set and prints how well a simple extractive app can answer it. Unlike the
// app, this script reads expected_facts and expect, to judge the content itself.
//
//   node examples/app/check-golden-set.mjs [golden-sets]

import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ABSTENTION, answerCase } from './answer.mjs';
import { answerCaseParaphrased } from './paraphrase.mjs';
import { answerCaseRegressed } from './regressed.mjs';

const dir = process.argv[2] ?? 'golden-sets';
const cases = readdirSync(dir)
  .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
  .sort()
  .flatMap((f) => parseYaml(readFileSync(join(dir, f), 'utf8')));

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const numbersIn = (s) => [...s.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
const MARKER = /\s*\[(S?\d+)\]/g;

/** A crude stand-in for the gate's judge: a claim is supported when the sources contain it verbatim. */
function claimsOf(kase, answer) {
  if (answer === ABSTENTION) return [];
  const sources = norm(kase.sources.map((s) => s.text).join(' '));
  const ids = new Set(kase.sources.map((s) => String(s.id)));
  return [...segmenter.segment(answer)].map(({ segment }) => {
    const citations = [...segment.matchAll(MARKER)].map((m) => m[1]);
    const text = norm(segment.replace(MARKER, ''));
    return {
      supported: kase.expect !== 'abstain' && sources.includes(text),
      cited: citations.length > 0,
      fabricated: citations.filter((c) => !ids.has(c)).length,
    };
  });
}

function summarise(variant, answer) {
  let claims = 0;
  let unsupported = 0;
  let uncited = 0;
  let fabricated = 0;
  let wrongAbstain = 0;
  for (const kase of cases) {
    const text = answer(kase);
    if ((text === ABSTENTION) !== (kase.expect === 'abstain')) wrongAbstain++;
    const list = claimsOf(kase, text);
    claims += list.length;
    unsupported += list.filter((c) => !c.supported).length;
    uncited += list.filter((c) => !c.cited).length;
    fabricated += list.reduce((sum, c) => sum + c.fabricated, 0);
  }
  const pct = (n) => `${((100 * n) / Math.max(claims, 1)).toFixed(1)}%`;
  console.log(
    `${variant.padEnd(10)} claims ${claims}, unsupported ${unsupported} (${pct(unsupported)}), ` +
      `uncited ${uncited} (${pct(uncited)}), fabricated citations ${fabricated}, ` +
      `abstain decisions wrong ${wrongAbstain}/${cases.length}`,
  );
}

// Content rules for source texts.
const problems = [];
for (const kase of cases) {
  for (const s of kase.sources) {
    const words = s.text.split(/\s+/).filter(Boolean).length;
    const paragraphs = s.text.trim().split(/\n\s*\n/).length;
    if (words < 80 || words > 250) problems.push(`${kase.id} ${s.id}: ${words} words`);
    if (paragraphs < 2 || paragraphs > 4) problems.push(`${kase.id} ${s.id}: ${paragraphs} paragraphs`);
  }
}

// Do the good answers contain each expected fact's numbers?
let withNumbers = 0;
let numbersFound = 0;
const misses = [];
for (const kase of cases.filter((c) => c.expect === 'answer')) {
  const answer = answerCase(kase);
  const answerNumbers = new Set(numbersIn(answer));
  for (const fact of kase.expected_facts ?? []) {
    const text = typeof fact === 'string' ? fact : fact.text;
    const numbers = numbersIn(text);
    if (numbers.length === 0) continue;
    withNumbers++;
    if (numbers.every((n) => answerNumbers.has(n))) numbersFound++;
    else misses.push(`${kase.id}: "${text}"\n    answer: ${answer}`);
  }
}

const byCategory = {};
for (const kase of cases) {
  byCategory[kase.category] ??= { answer: 0, abstain: 0 };
  byCategory[kase.category][kase.expect]++;
}
console.log(`${cases.length} cases`, JSON.stringify(byCategory));
console.log(`source texts outside 80-250 words or 2-4 paragraphs: ${problems.length}`);
for (const p of problems) console.log(`  ${p}`);
console.log(`expected facts with numbers: ${withNumbers}; all numbers in the good answer: ${numbersFound}`);
for (const m of misses) console.log(`  missed ${m}`);
summarise('good', answerCase);
summarise('regressed', answerCaseRegressed);
// Its "unsupported" count is the share of reworded claims, by this verbatim stand-in.
summarise('paraphrase', answerCaseParaphrased);
