#!/usr/bin/env node
// Trains the deterministic judge's logistic regression on the SummEdits
// development split and writes src/evaluate/judges/model/deterministic.json.
//
//   node scripts/train-judge.mjs [--data PATH] [--dry-run]
//
// Data: only ../shared/benchmarks/summedits-dev.jsonl (the SummEdits evaluation
// split, salesforce/factualNLG, Apache-2.0). Each summary is split into
// sentences; a summary is hallucinated when any sentence is not supported, so
// training is multiple-instance: every sentence of a consistent summary is a
// positive, and the least supported sentence of a hallucinated one a negative.
// Weights are sign-constrained (more words found never lowers support, a new
// number or a flip never raises it), so the model cannot learn a data set's
// quirks against the meaning of a feature. Figures printed: leave-one-domain-out
// cross-validation (each domain judged by a model that never saw it).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadJudgeModules } from './bench/judge-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dataPath = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(root, '..', 'shared', 'benchmarks', 'summedits-dev.jsonl');
const dryRun = args.includes('--dry-run');
const modelPath = join(root, 'src', 'evaluate', 'judges', 'model', 'deterministic.json');

/** Training and cross-validation over the compiled judge modules (see bench/judge-build.mjs). */
export function makeTrainer({ claims, judges }) {
const { FEATURE_NAMES, align, indexSources, verdictOf } = judges;

// Sign of each weight: +1 at least zero, -1 at most zero, 0 free.
const SIGNS = {
  coverageAll: 1, coverageWeighted: 1, coverageBest: 1, coverageTop2: 1, bigramCoverage: 1,
  novelWordCount: -1, novelNameCount: -1, novelNumberCount: -1, numberConflict: -1,
  negationMismatch: -1, oppositeCount: -1, modalityMismatch: -1, negationFlip: -1, classSwap: -1, degreeMismatch: -1, unmatchedNegation: -1, numberMoved: -1,
};

function loadItems(path) {
  const rows = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  return rows.map((row) => {
    const index = indexSources([{ id: 'doc', text: row.doc }]);
    const sentences = claims.splitSentences(row.answer).map((s) => s.text);
    const alignments = sentences.map((text) => align(text, index));
    // Ids are "<document>_<edit>": the edits of one document share its prefix.
    const document = row.id.replace(/_[^_]+$/, '');
    return { id: row.id, domain: row.domain, document, hallucinated: row.label === 'hallucinated', alignments };
  });
}

const vector = (alignment) => FEATURE_NAMES.map((name) => alignment.features[name]);

function standardiser(items) {
  const rows = items.flatMap((item) => item.alignments.map(vector));
  const mean = FEATURE_NAMES.map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
  const scale = FEATURE_NAMES.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

function fitLogistic(examples, { mean, scale }, { l2 = 0.01, epochs = 400, rate = 0.5 } = {}) {
  const d = FEATURE_NAMES.length;
  const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]) / scale[j]));
  const positives = examples.filter((e) => e.y === 1).reduce((s, e) => s + e.w, 0);
  const negatives = examples.filter((e) => e.y === 0).reduce((s, e) => s + e.w, 0);
  // Each label carries half the total weight: the fit targets balanced accuracy.
  const weightOf = (e) => e.w / (2 * (e.y === 1 ? positives : negatives));
  let w = new Array(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(d).fill(0);
    let gradB = 0;
    examples.forEach((e, i) => {
      const x = xs[i];
      const p = sigmoid(b + x.reduce((s, v, j) => s + v * w[j], 0));
      const g = (p - e.y) * weightOf(e);
      for (let j = 0; j < d; j++) grad[j] += g * x[j];
      gradB += g;
    });
    w = w.map((wj, j) => {
      const next = wj - rate * (grad[j] + l2 * wj);
      const sign = SIGNS[FEATURE_NAMES[j]];
      return sign > 0 ? Math.max(0, next) : sign < 0 ? Math.min(0, next) : next;
    });
    b -= rate * gradB;
  }
  return { weights: w, bias: b };
}

// Fixed, not fitted: at least half of a claim's content words must be in the sources.
const MIN_COVERAGE = Number(process.env.FACTGATE_MIN_COVERAGE ?? 0.5);

function modelFrom(fit, norm, threshold, provenance) {
  return { version: 1, features: [...FEATURE_NAMES], mean: norm.mean, scale: norm.scale, weights: fit.weights, bias: fit.bias, threshold, minCoverage: MIN_COVERAGE, provenance };
}

/** A summary is hallucinated when any of its sentences is not supported. */
function predictItem(item, model, threshold) {
  return item.alignments.some((alignment) => verdictOf(alignment, model, threshold).verdict !== 'supported');
}

function balancedAccuracy(items, predictions) {
  let tp = 0, p = 0, tn = 0, n = 0, fp = 0;
  items.forEach((item, i) => {
    if (item.hallucinated) {
      p++;
      if (predictions[i]) tp++;
    } else {
      n++;
      if (!predictions[i]) tn++;
      else fp++;
    }
  });
  const recall = p ? tp / p : 0;
  const specificity = n ? tn / n : 0;
  return { balancedAccuracy: (recall + specificity) / 2, precision: tp + fp ? tp / (tp + fp) : 0, recall, n: items.length };
}

function train(items) {
  const norm = standardiser(items);
  let model = modelFrom({ weights: FEATURE_NAMES.map(() => 0), bias: 0 }, norm, 0.5, '');
  // Multiple-instance rounds: pick each hallucinated summary's least supported sentence.
  for (let round = 0; round < 4; round++) {
    const examples = [];
    for (const item of items) {
      if (!item.hallucinated) {
        for (const a of item.alignments) examples.push({ x: vector(a), y: 1, w: 1 / item.alignments.length });
        continue;
      }
      if (item.alignments.length === 0) continue;
      const scored = item.alignments.map((a) => ({ a, p: judges.probabilitySupported(model, a.features) }));
      const worst = round === 0 ? scored : [scored.reduce((x, y) => (y.p < x.p ? y : x))];
      for (const { a } of worst) examples.push({ x: vector(a), y: 0, w: 1 / worst.length });
    }
    model = modelFrom(fitLogistic(examples, norm), norm, 0.5, '');
  }
  // The threshold that best balances the two labels on the training items.
  const candidates = [...new Set(items.flatMap((item) => item.alignments.map((a) => judges.supportScore(model, a.features))))]
    .sort((x, y) => x - y)
    .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 200)) === 0);
  let best = { threshold: 0.5, score: -1 };
  for (const threshold of candidates) {
    if (threshold <= 0.01 || threshold >= 0.99) continue;
    const score = balancedAccuracy(items, items.map((item) => predictItem(item, model, threshold))).balancedAccuracy;
    if (score > best.score) best = { threshold, score };
  }
  return { ...model, threshold: best.threshold };
}

function crossValidate(items) {
  const domains = [...new Set(items.map((item) => item.domain))];
  const predicted = new Map();
  const perDomain = {};
  for (const domain of domains) {
    const model = train(items.filter((item) => item.domain !== domain));
    const heldOut = items.filter((item) => item.domain === domain);
    const predictions = heldOut.map((item) => predictItem(item, model, model.threshold));
    heldOut.forEach((item, i) => predicted.set(item.id, predictions[i]));
    perDomain[domain] = balancedAccuracy(heldOut, predictions);
  }
  return { overall: balancedAccuracy(items, items.map((item) => predicted.get(item.id))), perDomain };
}

/**
 * Grouped by source document: every summary of one document lands in the same
 * fold, so no fold is judged by a model that saw edits of its documents.
 */
function crossValidateByDocument(items, folds = 4) {
  const documents = [...new Set(items.map((item) => item.document))].sort();
  const foldOf = new Map(documents.map((document, i) => [document, i % folds]));
  const predicted = new Map();
  for (let fold = 0; fold < folds; fold++) {
    const model = train(items.filter((item) => foldOf.get(item.document) !== fold));
    for (const item of items.filter((it) => foldOf.get(it.document) === fold)) predicted.set(item.id, predictItem(item, model, model.threshold));
  }
  return balancedAccuracy(items, items.map((item) => predicted.get(item.id)));
}

return { loadItems, train, crossValidate, crossValidateByDocument, predictItem, balancedAccuracy };
}

const pct = (x) => (100 * x).toFixed(1);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(dataPath)) {
    console.log(`training data not found at ${dataPath}; nothing to do`);
    process.exit(0);
  }
  const modules = await loadJudgeModules();
  const { FEATURE_NAMES } = modules.judges;
  const { loadItems, train, crossValidate, crossValidateByDocument, predictItem, balancedAccuracy } = makeTrainer(modules);
  const items = loadItems(dataPath);
  const cv = crossValidate(items);
  console.log(`leave-one-domain-out: balanced accuracy ${pct(cv.overall.balancedAccuracy)}%, hallucinated precision ${pct(cv.overall.precision)}%, recall ${pct(cv.overall.recall)}%`);
  for (const [domain, r] of Object.entries(cv.perDomain)) console.log(`  ${domain.padEnd(12)} ${pct(r.balancedAccuracy)}% (n=${r.n})`);
  const byDocument = crossValidateByDocument(items);
  console.log(`4-fold by document: balanced accuracy ${pct(byDocument.balancedAccuracy)}%, hallucinated precision ${pct(byDocument.precision)}%, recall ${pct(byDocument.recall)}%`);
  const model = train(items);
  const fitted = balancedAccuracy(items, items.map((item) => predictItem(item, model, model.threshold)));
  console.log(`training-set fit (not a generalisation figure): ${pct(fitted.balancedAccuracy)}%`);
  console.log('weights:', Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, Number(model.weights[j].toFixed(3))])), 'threshold', model.threshold.toFixed(3));
  model.provenance =
    'logistic regression trained by scripts/train-judge.mjs on summedits-dev.jsonl (SummEdits evaluation split, ' +
    `salesforce/factualNLG, Apache-2.0), ${items.length} summaries; leave-one-domain-out balanced accuracy ${pct(cv.overall.balancedAccuracy)}%, ` +
    `4-fold by document ${pct(byDocument.balancedAccuracy)}%`;
  const round = (xs) => xs.map((x) => Number(x.toFixed(6)));
  const out = { ...model, mean: round(model.mean), scale: round(model.scale), weights: round(model.weights), bias: Number(model.bias.toFixed(6)), threshold: Number(model.threshold.toFixed(6)) };
  if (dryRun) console.log('dry run: model not written');
  else {
    writeFileSync(modelPath, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`wrote ${modelPath}`);
  }
}
