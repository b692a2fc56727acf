// Synthetic golden sets with precomputed answers, the same for every benchmark.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** A deterministic pseudo-random generator so every run benchmarks the same data. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['reactor', 'invoice', 'clause', 'dosage', 'sensor', 'ledger', 'pipeline', 'tenant', 'enzyme', 'turbine', 'contract', 'battery'];
const VERBS = ['requires', 'reports', 'limits', 'records', 'triggers', 'measures', 'allows', 'specifies'];
const UNITS = ['mg', 'days', 'percent', 'kg', 'hours', 'dollars', 'volts', 'metres'];

function sentence(rand, i) {
  const n = NOUNS[Math.floor(rand() * NOUNS.length)];
  const v = VERBS[Math.floor(rand() * VERBS.length)];
  const u = UNITS[Math.floor(rand() * UNITS.length)];
  const q = Math.floor(rand() * 900) + 10;
  return `The ${n} ${i} ${v} ${q} ${u} under the Orbel standard.`;
}

/** Writes golden.jsonl and responses.jsonl (precomputed answers) with `count` cases into `dir`. */
export async function generateSyntheticSet(dir, count) {
  const rand = mulberry32(count);
  const golden = createWriteStream(join(dir, 'golden.jsonl'));
  const responses = createWriteStream(join(dir, 'responses.jsonl'));
  for (let c = 0; c < count; c++) {
    const s1 = Array.from({ length: 6 }, (_, i) => sentence(rand, i)).join(' ');
    const s2 = Array.from({ length: 6 }, (_, i) => sentence(rand, i + 6)).join(' ');
    const id = `case-${String(c).padStart(6, '0')}`;
    const first = s1.split('. ')[1] + '.';
    const second = s2.split('. ')[2] + '.';
    const goldenCase = {
      id,
      category: ['medical', 'financial', 'legal', 'technical', 'scientific'][c % 5],
      question: `What does the standard say about item ${c}?`,
      sources: [
        { id: 'S1', title: 'Part one', text: `${s1}\n\n${sentence(rand, 20)}` },
        { id: 'S2', title: 'Part two', text: `${s2}\n\n${sentence(rand, 21)}` },
      ],
      expected_facts: [first],
    };
    // One answer in twenty invents a number, as a regressed app would.
    const wrong = c % 20 === 0 ? second.replace(/\d+/, (d) => String(Number(d) + 7)) : second;
    const response = { id, answer: `${first} [S1] ${wrong} [S2]`, latency_ms: Math.round(rand() * 900) };
    if (!golden.write(JSON.stringify(goldenCase) + '\n')) await once(golden, 'drain');
    if (!responses.write(JSON.stringify(response) + '\n')) await once(responses, 'drain');
  }
  golden.end();
  responses.end();
  await Promise.all([once(golden, 'finish'), once(responses, 'finish')]);
}

