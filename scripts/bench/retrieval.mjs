// What judging against the retrieved contexts changes, on the retrieval example (the bundled
// golden set's 65 questions, the example app retrieving its top 3 passages from the 73
// documents the set's sources make). The same answers are judged three ways:
// - "relevant only": each case's sources are only the documents it names as relevant (a
//   golden set written the old way, with the one document that answers the question);
// - "all documents": every case's sources are the whole folder (the other old way);
// - "contexts": the golden set has no sources; each answer is judged against what the app
//   retrieved for it.
// Answers: the good retrieval app's (true sentences of the documents, citing the passage they
// came from), then the same answers with one fault each: a sentence no document states, or a
// quantity changed to one no document gives. Prints the share of good claims flagged and of
// faulty claims caught, with Wilson intervals, and the judging time of each way (the three
// timed alternately, median of ROUNDS, with the ratio to judging against one document).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { answerFromRetrieval, loadPassages } from '../../examples/app/retriever.mjs';
import { hashId, inventNumber } from '../../examples/app/regressed.mjs';
import { compileModules } from './judge-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [{ evaluateCases }, { computeMetrics }, { createDeterministicJudge }, { wilsonInterval }] = await compileModules([
  'src/evaluate/evaluate.ts',
  'src/evaluate/metrics.ts',
  'src/evaluate/judges/deterministic.ts',
  'src/stats/wilson.ts',
]);

const INVENTED = [
  'Independent reviewers confirmed this in a follow-up analysis of 4,812 records.',
  'The figure is expected to double again within the next 18 months.',
  'A later amendment extended the same terms to 37 additional sites.',
  'This was first adopted in 1987 after a review by an outside committee.',
  'Roughly 62% of comparable organisations follow the same practice.',
];

const documentsDir = `${root}examples/retrieval/documents`;
const passages = loadPassages(documentsDir);
const documents = new Map();
for (const p of passages) documents.set(p.document, `${documents.get(p.document) ?? ''}${documents.has(p.document) ? '\n\n' : ''}${p.text}`);
const allText = [...documents.values()].join('\n');
const raw = parse(readFileSync(`${root}examples/retrieval/golden-set.yaml`, 'utf8'));

const golden = (c, sources) => ({
  id: c.id,
  category: c.category,
  question: c.question,
  sources,
  expectedFacts: (c.expected_facts ?? []).map((text) => ({ text })),
  forbidden: c.forbidden ?? [],
  expect: c.expect,
  origin: { file: 'golden-set.yaml', line: 1 },
  contentHash: c.id,
});
const asSources = (ids) => ids.map((id) => ({ id, text: documents.get(id) }));
const ways = {
  'relevant only': raw.map((c) => golden(c, asSources(c.relevant ?? []))),
  'all documents': raw.map((c) => golden(c, asSources([...documents.keys()]))),
  contexts: raw.map((c) => golden(c, [])),
};

// The app's answers as structured claims, so every way sees the same claims; citations name
// passages ("1") for the contexts way and their documents otherwise.
const answers = raw.map((c) => ({ kase: c, ...answerFromRetrieval(c, passages) }));
const claimsOf = (answer) =>
  [...answer.matchAll(/(.*?) \[(\d+)\]([.!?]?)\s*/g)].map((m) => ({ text: `${m[1]}${m[3]}`.trim(), rank: m[2] }));

function responses(way, fault) {
  return answers.map(({ kase, answer, contexts }) => {
    const claims = claimsOf(answer);
    const seed = hashId(kase.id);
    let faulty = null;
    if (claims.length > 0 && fault === 'invented') {
      faulty = { text: INVENTED[seed % INVENTED.length], rank: claims[0].rank };
      claims.push(faulty);
    } else if (claims.length > 0 && fault === 'number') {
      const wrong = inventNumber(claims[0].text, allText, seed);
      if (wrong) claims[0] = faulty = { text: wrong, rank: claims[0].rank };
    }
    const cite = (rank) => (way === 'contexts' ? rank : contexts[Number(rank) - 1].source);
    return {
      faulty: faulty?.text ?? null,
      response: {
        id: kase.id,
        answer,
        claims: claims.map((k) => ({ text: k.text, citations: [cite(k.rank)] })),
        ...(way === 'contexts' ? { contexts } : {}),
      },
    };
  });
}

const ROUNDS = 7;

const pct = (n, d) => {
  if (d === 0) return 'n/a';
  const { lower, upper } = wilsonInterval(n, d);
  return `${((100 * n) / d).toFixed(1)}% (${n}/${d}, 95% CI ${(100 * lower).toFixed(1)}–${(100 * upper).toFixed(1)}%)`;
};

console.log(`${raw.length} cases, ${documents.size} documents, ${passages.length} passages; the app answers from its top 3\n`);
async function run(way, fault) {
  const made = responses(way, fault);
  const byId = new Map(made.map((m) => [m.response.id, m.response]));
  const started = performance.now();
  const results = await evaluateCases(ways[way], { byId, missing: [], unknown: [] }, createDeterministicJudge());
  const ms = performance.now() - started;
  const faultyTexts = new Map(made.map((m) => [m.response.id, m.faulty]));
  let caught = 0;
  let faults = 0;
  for (const result of results) {
    const text = faultyTexts.get(result.id);
    if (!text) continue;
    faults++;
    if (result.claims.find((k) => k.text === text)?.hallucinated) caught++;
  }
  return { metrics: computeMetrics(results), caught, faults, ms };
}

const names = Object.keys(ways);
const times = Object.fromEntries(names.map((way) => [way, []]));
for (const way of names) await run(way, null); // warm the judge
for (let round = 0; round < ROUNDS; round++) {
  for (const way of names) times[way].push((await run(way, null)).ms);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log('| judged against | good claims flagged | citation coverage | invented sentences caught | changed quantities caught | judging the good answers |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const way of names) {
  const good = await run(way, null);
  const invented = await run(way, 'invented');
  const number = await run(way, 'number');
  const h = good.metrics.hallucinationRate;
  const cov = good.metrics.citationCoverage;
  const ratio = median(times[way]) / median(times[names[0]]);
  console.log(
    `| ${way} | ${pct(h.numerator, h.denominator)} | ${pct(cov.numerator, cov.denominator)} | ${pct(invented.caught, invented.faults)} | ${pct(number.caught, number.faults)} | ${median(times[way]).toFixed(0)} ms (${ratio.toFixed(2)}×) |`,
  );
}
