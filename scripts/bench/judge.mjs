#!/usr/bin/env node
// Accuracy and speed of the deterministic judge on the two development files in
// ../shared/benchmarks/ (SummEdits summaries, HaluEval short QA answers).
//
//   node scripts/bench/judge.mjs [--summedits PATH] [--halueval PATH] [--rounds N]
//
// Every accuracy figure that counts is held out: five grouped folds (each summary of a
// document, each answer to a question, in one fold, judged by a model trained on the
// other four) and, for summaries, each domain judged by a model trained without it.
// The shipped model's fit on the same files is printed too, labelled as a training
// figure. Also printed: the token baseline, the share the deterministic judge settles
// at the hybrid judge's thresholds and its accuracy on that share (held out), and
// claims per CPU-second.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { DEFAULT_DATA, makeTrainer, SENTENCES } from '../train-judge.mjs';
import { compileModules, loadJudgeModules } from './judge-build.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const paths = { summedits: option('--summedits', DEFAULT_DATA.summedits), halueval: option('--halueval', DEFAULT_DATA.halueval) };
const rounds = Number(option('--rounds', 5));
const WARM_UP = 5;

if (!existsSync(paths.summedits) || !existsSync(paths.halueval)) {
  console.log(`judge benchmark: ${paths.summedits} or ${paths.halueval} is absent; nothing measured`);
  process.exit(0);
}

const PAPER = [
  ['Human annotators', 90.9],
  ['GPT-4', 82.1],
  ['Claude 2.1', 74.4],
  ['ChatGPT', 71.2],
  ['QAFactEval', 65.5],
  ['SummaC-Conv', 57.1],
  ['DAE', 55.2],
  ['Llama-2-7B', 50.4],
];

const modules = await loadJudgeModules();
const { judges, claims } = modules;
const trainer = makeTrainer(modules);
const rows = new Map(['summedits', 'halueval'].flatMap((dataset) => trainer.readRows(paths[dataset]).map((row) => [row.id, { ...row, dataset }])));
const pct = (x) => (100 * x).toFixed(1);
const of = (dataset) => items.filter((item) => item.dataset === dataset);
const line = (r) => `balanced accuracy ${pct(r.balancedAccuracy)}%, hallucinated precision ${pct(r.precision)}%, recall ${pct(r.recall)}% (n=${r.n})`;

// Throughput of the shipped judge, per file, measured first (before loading and training fill the heap).
const judge = judges.createDeterministicJudge();
function throughput(dataset) {
  const work = [...rows.values()].filter((row) => row.dataset === dataset).map((row) => ({
    question: row.question ?? '',
    sources: [{ id: 'S1', text: row.doc }],
    claims: dataset === 'summedits' ? claims.splitSentences(row.answer).map((s) => s.text) : trainer.claimTexts(row.answer),
  }));
  const count = work.reduce((sum, w) => sum + w.claims.length, 0);
  const judgeAll = () => {
    for (const w of work) w.claims.forEach((claim, i) => judge.judgeOne({ key: String(i), question: w.question, claim, sources: w.sources }));
  };
  // The optimising compiler needs a few passes over this much code: time warm passes only.
  for (let i = 0; i < WARM_UP; i++) judgeAll();
  const cpu = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.cpuUsage();
    judgeAll();
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1e6);
  }
  cpu.sort((a, b) => a - b);
  return { count, perSecond: count / cpu[Math.floor(cpu.length / 2)] };
}
const speed = { summedits: throughput('summedits'), halueval: throughput('halueval') };

// What the per-case judging budget costs: the judge's batch call with a budget (a clock read
// per request and per sentence indexed) against the same call without, alternating.
const [{ CaseBudgets }] = await compileModules(['src/evaluate/judging-budget.ts']);
async function budgetCost() {
  const work = [...rows.values()].map((row) => {
    const texts = row.dataset === 'summedits' ? claims.splitSentences(row.answer).map((s) => s.text) : trainer.claimTexts(row.answer);
    // A copy of the passage per row, so every row indexes its sources afresh, budget or not.
    const sources = [{ id: 'S1', text: `${row.doc} ` }];
    return texts.map((claim, i) => ({ key: String(i), question: row.question ?? '', claim, sources }));
  });
  const count = work.reduce((sum, requests) => sum + requests.length, 0);
  const pass = async (withBudget) => {
    const start = process.cpuUsage();
    for (const requests of work) {
      let budget;
      if (withBudget) {
        budget = new CaseBudgets(60_000, 1);
        for (const request of requests) budget.assign(request.key, 0);
      }
      await judge.judge(requests, budget);
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  for (let i = 0; i < WARM_UP; i++) await pass(i % 2 === 0);
  const times = { with: [], without: [] };
  // ABBA: neither side always goes first.
  for (let i = 0; i < rounds; i++) {
    for (const withBudget of i % 2 === 0 ? [false, true] : [true, false]) times[withBudget ? 'with' : 'without'].push(await pass(withBudget));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { count, with: count / median(times.with), without: count / median(times.without) };
}
const budgeted = await budgetCost();
const items = trainer.loadItems(paths);

// Held out.
const grouped = trainer.crossValidateGrouped(items);
const domains = trainer.crossValidateDomains(items);
const heldQa = trainer.scoreHeld(of('halueval'), grouped);
const heldDocs = trainer.scoreHeld(of('summedits'), grouped);
const heldDomains = trainer.scoreHeld(of('summedits'), domains);

// Each fold picks its own threshold, so one partition's figure moves by a point or two when a
// few items change folds: the same split five more ways (the group names salted) shows how far.
const PARTITIONS = 5;
const repeated = { halueval: [], summedits: [] };
for (let salt = 1; salt <= PARTITIONS; salt++) {
  const salted = items.map((item) => ({ ...item, group: `${salt}:${item.group}` }));
  const held = trainer.crossValidateGrouped(salted);
  for (const dataset of Object.keys(repeated)) repeated[dataset].push(trainer.scoreHeld(salted.filter((item) => item.dataset === dataset), held).balancedAccuracy);
}
const spread = (values) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `mean ${pct(mean)}%, from ${pct(Math.min(...values))} to ${pct(Math.max(...values))}`;
};

// The shipped model on the files it was fitted to.
const shipped = judges.DEFAULT_MODEL;
const fit = (dataset) => trainer.balancedAccuracy(of(dataset), of(dataset).map((item) => trainer.predictItem(item, shipped, shipped.threshold)));

// The token baseline: grounded when every content word of the answer is in the sources or the question.
function tokenBaseline(dataset) {
  const part = of(dataset);
  return trainer.balancedAccuracy(
    part,
    part.map((item) => {
      const row = rows.get(item.id);
      // Words as written (lower-cased), not the judge's stems or number forms; stopwords are the judge's.
      const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const known = new Set([...words(row.doc), ...words(row.question ?? '')]);
      return words(row.answer).some((word) => !judges.tokenize(word)[0]?.stop && !known.has(word));
    }),
  );
}

// What the hybrid judge would settle without the fallback, with each item's held-out model.
const { supportAbove, rejectBelow } = judges.HYBRID_DEFAULTS;
function settledShare(dataset, supportAbove, rejectBelow) {
  let claimsAll = 0;
  let claimsSettled = 0;
  let itemsSettled = 0;
  let itemsRight = 0;
  for (const item of of(dataset)) {
    const { model } = grouped.get(item.id);
    const verdicts = item.units.map((unit) => trainer.unitVerdict(unit, model, model.threshold));
    const settled = verdicts.map((v) => (v.verdict === 'supported' ? v.score > supportAbove : v.score < rejectBelow));
    claimsAll += verdicts.length;
    claimsSettled += settled.filter(Boolean).length;
    // An item is settled when its verdict no longer depends on the fallback: a settled rejection, or every claim settled.
    const rejected = verdicts.some((v, i) => v.verdict !== 'supported' && settled[i]);
    if (rejected || settled.every(Boolean)) {
      itemsSettled++;
      if (rejected === item.hallucinated) itemsRight++;
    }
  }
  return { claims: claimsSettled / claimsAll, items: itemsSettled / of(dataset).length, accuracy: itemsSettled ? itemsRight / itemsSettled : 0 };
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
console.log('');
console.log(`HaluEval QA dev, questions held out (5 grouped folds): ${line(heldQa)}`);
const sentences = of(SENTENCES);
console.log(
  `HaluEval QA dev, its right answers written as sentences (the question's predicate with the answer in it), questions held out: ` +
    `${sentences.filter((item) => grouped.get(item.id)?.predicted).length} of ${sentences.length} flagged`,
);
console.log(`HaluEval QA dev, token baseline: ${line(tokenBaseline('halueval'))}`);
console.log(`SummEdits dev, documents held out (5 grouped folds): ${line(heldDocs)}`);
console.log(`SummEdits dev, each domain held out: ${line(heldDomains)}`);
console.log(`the same held-out splits, ${PARTITIONS} other partitions into folds: QA ${spread(repeated.halueval)}; summaries by document ${spread(repeated.summedits)}`);
console.log(`SummEdits dev, token baseline: ${line(tokenBaseline('summedits'))}`);
console.log(`training fit of the shipped model (not a generalisation figure): QA ${pct(fit('halueval').balancedAccuracy)}%, summaries ${pct(fit('summedits').balancedAccuracy)}%`);
for (const dataset of ['halueval', 'summedits']) {
  const s = settledShare(dataset, supportAbove, rejectBelow);
  console.log(
    `hybrid thresholds (supported above ${supportAbove}, rejected below ${rejectBelow}), ${dataset}, held out: ${pct(s.claims)}% of claims settled, ` +
      `${pct(s.items)}% of items decided without the fallback, ${pct(s.accuracy)}% of those right`,
  );
}
console.log('');
console.log('How sure the deterministic judge is (held out): items decided without the fallback, and how many of those are right, by hybrid thresholds');
console.log('| supported above | rejected below | QA decided | QA right | summaries decided | summaries right |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const [above, below] of [[0.6, 0.05], [0.7, 0.05], [0.8, 0.05], [0.85, 0.05], [0.8, 0.02], [0.8, 0.1]]) {
  const qa = settledShare('halueval', above, below);
  const sum = settledShare('summedits', above, below);
  console.log(`| ${above} | ${below} | ${pct(qa.items)}% | ${pct(qa.accuracy)}% | ${pct(sum.items)}% | ${pct(sum.accuracy)}% |`);
}
for (const [dataset, { count, perSecond }] of Object.entries(speed)) {
  console.log(`throughput, ${dataset}: ${Math.round(perSecond).toLocaleString('en-US')} claims per CPU-second (${count} claims, median of ${rounds} passes after ${WARM_UP} to warm up; each QA answer indexes its own passages)`);
}
console.log(
  `judging budget: ${Math.round(budgeted.with).toLocaleString('en-US')} claims per CPU-second with the per-case budget, ${Math.round(budgeted.without).toLocaleString('en-US')} without ` +
    `(ratio ${(budgeted.with / budgeted.without).toFixed(3)}; both files, ${budgeted.count} claims, alternating which goes first, median of ${rounds} passes each)`,
);
console.log('');
console.log('| SummEdits domain | n | balanced accuracy, domain held out |');
console.log('|---|---:|---:|');
for (const domain of [...new Set(of('summedits').map((item) => item.domain))]) {
  const part = of('summedits').filter((item) => item.domain === domain);
  console.log(`| ${domain} | ${part.length} | ${pct(trainer.scoreHeld(part, domains).balancedAccuracy)} |`);
}
console.log('');
console.log('| detector (SummEdits, balanced accuracy) | % |');
console.log('|---|---:|');
const table = [...PAPER, ['factgate deterministic, documents held out (this benchmark)', Number(pct(heldDocs.balancedAccuracy))]].sort((a, b) => b[1] - a[1]);
for (const [name, value] of table) console.log(`| ${name} | ${value.toFixed(1)} |`);
console.log('');
console.log('Paper figures: Laban et al. 2023, all ten domains; factgate figures: the eight-domain dev split, 986 summaries.');
