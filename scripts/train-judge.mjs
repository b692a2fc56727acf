#!/usr/bin/env node
// Trains the deterministic judge's logistic regression and writes
// src/evaluate/judges/model/deterministic.json.
//
//   node scripts/train-judge.mjs [--summedits PATH] [--halueval PATH] [--dry-run] [--without-sentences]
//
// Data: the two development files in ../shared/benchmarks/: SummEdits (document,
// summary) pairs and HaluEval QA (knowledge, question, answer) triples. A summary
// or answer is hallucinated when any of its claims is not supported, so training is
// multiple-instance: every claim of a consistent item is a positive, and the least
// supported claim of a hallucinated one a negative. Weights are sign-constrained
// (more of the claim found never lowers support, a new number or a flip never
// raises it), so the model cannot learn a data set's quirks against the meaning of a
// feature. Each of the two files carries half the weight, each label half of that.
//
// The QA file's right answers are nearly all bare names, so each one that can be is also
// written as a sentence (the question's predicate with the answer in it) and taught as
// right with a quarter of a cell's weight: otherwise the model learns that an answer
// written as a sentence is wrong. They are judged held out with their question and never
// counted in the file's figures; --without-sentences leaves them out of training.
//
// Figures printed are held out: grouped folds (every summary of one document, every
// answer to one question, in one fold) and each SummEdits domain held out in turn.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadJudgeModules } from './bench/judge-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchmarks = join(root, '..', 'shared', 'benchmarks');
const modelPath = join(root, 'src', 'evaluate', 'judges', 'model', 'deterministic.json');

export const DEFAULT_DATA = { summedits: join(benchmarks, 'summedits-dev.jsonl'), halueval: join(benchmarks, 'halueval-qa-dev.jsonl') };

const FINITE = /^(?:is|was|are|were|has|had|have|won|wrote|led|held|made|built|became|began|ran|sang|took|gave|[a-z]+ed|[a-z]{3,}[^s]s)$/;
const AUXILIARY = /^(?:is|was|are|were|has|had|have)$/;
/** A predicate after "was" that ends in a participle or a preposition asks about something else ("What year was X born?"). */
const INVERTED_END = /\b(?:born|by|of|in|for|on|at|to|with|from|located|based|founded|released|formed|created|produced|directed|written|made|named|called)$/i;

/**
 * A right short answer written as a sentence, the way many applications answer: the
 * question's predicate with the answer where the question's "who" or "which X" was
 * ("What male actor starred in The Messenger?" + "Robert Sheehan" gives "Robert Sheehan
 * starred in The Messenger."). Undefined for questions this cannot be done for safely.
 * The QA file's right answers are nearly all bare, so without these a model learns that
 * an answer written as a sentence is wrong.
 */
export function sentenceAnswer(question, answer) {
  const q = question.trim().replace(/\s+/g, ' ').replace(/[?.\s]+$/, '');
  const bare = answer.trim().replace(/[.\s]+$/, '');
  if (/\bor\b|\bboth\b/i.test(q) || !/^[\p{Lu}\d]/u.test(bare)) return undefined;
  const m = /^(Who|What|Which)\s+(.+)$/i.exec(q);
  if (!m) return undefined;
  const words = m[2].split(' ');
  const who = m[1].toLowerCase() === 'who';
  const at = words.findIndex((word, i) => (i === 0 ? AUXILIARY.test(word) || (who && FINITE.test(word)) : !who && FINITE.test(word)));
  // "What network did the show … air on?": the verb comes after its subject, not after the question word.
  if (at < 0 || at > 10 || words.length - at < 2 || words.slice(0, at).some((word) => /^(?:do|does|did)$/i.test(word))) return undefined;
  const predicate = words.slice(at).join(' ');
  if (AUXILIARY.test(words[at]) && INVERTED_END.test(predicate)) return undefined;
  return `${bare} ${predicate}.`;
}

/** The data set of those sentence answers, and the share of a cell's weight they carry in training. */
export const SENTENCES = 'halueval-sentences';
const SENTENCE_WEIGHT = 0.25;

/** Training and cross-validation over the compiled judge modules (see bench/judge-build.mjs). */
export function makeTrainer({ claims, judges }, { teachSentences = true } = {}) {
  // Sentence answers are always judged; `teachSentences: false` leaves them out of training, to compare.
  const taught = (item) => teachSentences || item.dataset !== SENTENCES;
  const { FEATURE_NAMES, analyzeQuestion, indexSources, planClaim, verdictOf, probabilitySupported, NO_QUESTION } = judges;

  // Sign of each weight: +1 at least zero, -1 at most zero.
  const POSITIVE = new Set(['coverageAll', 'coverageWeighted', 'coverageBest', 'coverageTop2', 'bigramCoverage', 'questionLink', 'answerBigrams', 'answerCoverage']);
  const sign = (name) => (POSITIVE.has(name) ? 1 : -1);

  const readRows = (path) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

  /** The claims of an answer as the gate sees them: its sentences that assert something. */
  function claimTexts(answer) {
    const found = claims.extractClaims(answer).filter((claim) => claim.kind === 'claim').map((claim) => claim.text);
    return found.length > 0 ? found : [answer.trim()];
  }

  function loadItems(paths) {
    const items = [];
    if (paths.summedits && existsSync(paths.summedits)) {
      for (const row of readRows(paths.summedits)) {
        const index = indexSources([{ id: 'doc', text: row.doc }]);
        const units = claims.splitSentences(row.answer).map((s) => planClaim(s.text, NO_QUESTION, index));
        // Ids are "<document>_<edit>": the edits of one document share its prefix.
        items.push({ id: row.id, dataset: 'summedits', domain: row.domain, group: `doc:${row.id.replace(/_[^_]+$/, '')}`, hallucinated: row.label === 'hallucinated', units });
      }
    }
    if (paths.halueval && existsSync(paths.halueval)) {
      for (const row of readRows(paths.halueval)) {
        const index = indexSources([{ id: 'S1', text: row.doc }]);
        const question = analyzeQuestion(row.question ?? '');
        const units = claimTexts(row.answer).map((text) => planClaim(text, question, index));
        // Ids are "halueval-<turn>-<question>-<right|halu>": every answer to one question shares the number.
        const number = /-(\d+)-[a-z]+$/.exec(row.id)?.[1] ?? row.id;
        items.push({ id: row.id, dataset: 'halueval', domain: 'qa', group: `q:${number}`, hallucinated: row.label === 'hallucinated', units });
        // The same right answer written as a sentence: taught as right, judged held out with its question, never scored as the file.
        const sentence = row.label === 'consistent' ? sentenceAnswer(row.question ?? '', row.answer) : undefined;
        if (sentence !== undefined) {
          const sentenceUnits = claimTexts(sentence).map((text) => planClaim(text, question, index));
          items.push({ id: `${row.id}-sentence`, dataset: SENTENCES, domain: 'qa', group: `q:${number}`, hallucinated: false, units: sentenceUnits, text: sentence });
        }
      }
    }
    return items;
  }

  const vector = (alignment) => FEATURE_NAMES.map((name) => alignment.features[name]);
  const modelAlignments = (item) => item.units.filter((unit) => !unit.decided).flatMap((unit) => unit.alignments);

  function standardiser(items) {
    const rows = items.flatMap((item) => modelAlignments(item).map(vector));
    const mean = FEATURE_NAMES.map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
    const scale = FEATURE_NAMES.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / rows.length) || 1);
    return { mean, scale };
  }

  const sigmoid = (z) => 1 / (1 + Math.exp(-z));

  function fitLogistic(examples, { mean, scale }, { l2 = 0.01, epochs = 400, rate = 0.5 } = {}) {
    const d = FEATURE_NAMES.length;
    const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]) / scale[j]));
    const total = examples.reduce((s, e) => s + e.w, 0);
    let w = new Array(d).fill(0);
    let b = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const grad = new Array(d).fill(0);
      let gradB = 0;
      examples.forEach((e, i) => {
        const x = xs[i];
        const p = sigmoid(b + x.reduce((s, v, j) => s + v * w[j], 0));
        const g = ((p - e.y) * e.w) / total;
        for (let j = 0; j < d; j++) grad[j] += g * x[j];
        gradB += g;
      });
      w = w.map((wj, j) => {
        const next = wj - rate * (grad[j] + l2 * wj);
        return sign(FEATURE_NAMES[j]) > 0 ? Math.max(0, next) : Math.min(0, next);
      });
      b -= rate * gradB;
    }
    return { weights: w, bias: b };
  }

  /** Balanced accuracy a threshold may give up against the best one and still be a candidate. */
  const THRESHOLD_TOLERANCE = 0.005;

  // Fixed, not fitted: at least half of a claim's content words must be in the sources.
  const MIN_COVERAGE = Number(process.env.FACTGATE_MIN_COVERAGE ?? 0.5);

  function modelFrom(fit, norm, threshold, provenance) {
    return { version: 2, features: [...FEATURE_NAMES], mean: norm.mean, scale: norm.scale, weights: fit.weights, bias: fit.bias, threshold, minCoverage: MIN_COVERAGE, provenance };
  }

  /** Each claim's verdict; an item is hallucinated when any is not supported. */
  function unitVerdict(unit, model, threshold) {
    if (unit.decided) return unit.decided;
    return unit.alignments.map((a) => verdictOf(a, model, threshold)).reduce((x, y) => (rank(y) < rank(x) ? y : x));
  }
  const rank = (v) => (v.verdict === 'supported' ? 2 + v.score : v.verdict === 'unsupported' ? 1 : 0);

  function predictItem(item, model, threshold) {
    return item.units.some((unit) => unitVerdict(unit, model, threshold).verdict !== 'supported');
  }

  function train(items) {
    const norm = standardiser(items);
    // Every (data set, label) cell carries the same total weight.
    const cells = new Map();
    for (const item of items) {
      const cell = `${item.dataset}:${item.hallucinated}`;
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
    }
    // The sentence answers made from the QA file's right answers count as half a cell: a guard, not a data set.
    const itemWeight = (item) => (item.dataset === SENTENCES ? SENTENCE_WEIGHT : 1) / cells.get(`${item.dataset}:${item.hallucinated}`);
    let model = modelFrom({ weights: FEATURE_NAMES.map(() => 0), bias: 0 }, norm, 0.5, '');
    for (let round = 0; round < 4; round++) {
      const examples = [];
      for (const item of items) {
        const alignments = modelAlignments(item);
        if (alignments.length === 0) continue;
        if (!item.hallucinated) {
          for (const a of alignments) examples.push({ x: vector(a), y: 1, w: itemWeight(item) / alignments.length });
          continue;
        }
        // A claim a rule already rejected explains the label: nothing for the model to learn.
        if (item.units.some((unit) => unit.decided && unit.decided.verdict !== 'supported')) continue;
        const scored = alignments.map((a) => ({ a, p: probabilitySupported(model, a.features) }));
        const worst = round === 0 ? scored : [scored.reduce((x, y) => (y.p < x.p ? y : x))];
        for (const { a } of worst) examples.push({ x: vector(a), y: 0, w: itemWeight(item) / worst.length });
      }
      model = modelFrom(fitLogistic(examples, norm), norm, 0.5, '');
    }
    // The threshold that best balances the two labels, averaged over the data sets present.
    const candidates = [];
    for (let t = 0.05; t < 0.951; t += 0.01) candidates.push(Number(t.toFixed(2)));
    const datasets = [...new Set(items.map((item) => item.dataset))].filter((dataset) => dataset !== SENTENCES);
    const scores = candidates.map((threshold) =>
      datasets
        .map((dataset) => {
          const part = items.filter((item) => item.dataset === dataset);
          return balancedAccuracy(part, part.map((item) => predictItem(item, model, threshold))).balancedAccuracy;
        })
        .reduce((a, b) => a + b, 0) / datasets.length,
    );
    // The middle of the thresholds within half a point of the best, not the best alone: the
    // best of 91 is partly luck, and its neighbours are what a held-out file will see.
    const top = Math.max(...scores);
    const near = candidates.filter((_, i) => scores[i] >= top - THRESHOLD_TOLERANCE);
    return { ...model, threshold: near[Math.floor((near.length - 1) / 2)] };
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
    return { balancedAccuracy: (recall + specificity) / 2, precision: tp + fp ? tp / (tp + fp) : 0, recall, specificity, n: items.length };
  }

  /** FNV-1a of a group name: folds that do not depend on the file's order. */
  function foldOf(group, folds) {
    let hash = 0x811c9dc5;
    for (const ch of group) {
      hash ^= ch.codePointAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % folds;
  }

  /**
   * Grouped k-fold over both files: every summary of a document and every answer to a
   * question land in one fold, and are judged by a model trained on the other folds.
   * Returns, per item id, the held-out model and its prediction.
   */
  function crossValidateGrouped(items, folds = 5) {
    const held = new Map();
    for (let fold = 0; fold < folds; fold++) {
      const model = train(items.filter((item) => foldOf(item.group, folds) !== fold && taught(item)));
      for (const item of items.filter((it) => foldOf(it.group, folds) === fold)) held.set(item.id, { model, predicted: predictItem(item, model, model.threshold) });
    }
    return held;
  }

  /** Each SummEdits domain judged by a model trained without it (and with all of the QA file). */
  function crossValidateDomains(items) {
    const domains = [...new Set(items.filter((item) => item.dataset === 'summedits').map((item) => item.domain))];
    const held = new Map();
    for (const domain of domains) {
      const model = train(items.filter((item) => item.domain !== domain && taught(item)));
      for (const item of items.filter((it) => it.domain === domain)) held.set(item.id, { model, predicted: predictItem(item, model, model.threshold) });
    }
    return held;
  }

  /** One file judged by a model trained only on the other. */
  function crossValidateFiles(items) {
    const held = new Map();
    for (const dataset of new Set(items.map((item) => item.dataset))) {
      const rest = items.filter((item) => item.dataset !== dataset);
      if (rest.length === 0) continue;
      const model = train(rest);
      for (const item of items.filter((it) => it.dataset === dataset)) held.set(item.id, { model, predicted: predictItem(item, model, model.threshold) });
    }
    return held;
  }

  function scoreHeld(items, held) {
    const part = items.filter((item) => held.has(item.id));
    return balancedAccuracy(part, part.map((item) => held.get(item.id).predicted));
  }

  return { loadItems, readRows, claimTexts, train, predictItem, unitVerdict, balancedAccuracy, crossValidateGrouped, crossValidateDomains, crossValidateFiles, scoreHeld };
}

const pct = (x) => (100 * x).toFixed(1);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const paths = { summedits: option('--summedits', DEFAULT_DATA.summedits), halueval: option('--halueval', DEFAULT_DATA.halueval) };
  if (!existsSync(paths.summedits) && !existsSync(paths.halueval)) {
    console.log(`training data not found at ${paths.summedits} or ${paths.halueval}; nothing to do`);
    process.exit(0);
  }
  const modules = await loadJudgeModules();
  const { FEATURE_NAMES } = modules.judges;
  const trainer = makeTrainer(modules, { teachSentences: !args.includes('--without-sentences') });
  const items = trainer.loadItems(paths);
  const byDataset = (dataset) => items.filter((item) => item.dataset === dataset);
  const grouped = trainer.crossValidateGrouped(items);
  for (const dataset of ['halueval', 'summedits']) {
    const r = trainer.scoreHeld(byDataset(dataset), grouped);
    console.log(`${dataset}, ${dataset === 'halueval' ? 'questions' : 'documents'} held out (5 folds): balanced accuracy ${pct(r.balancedAccuracy)}%, hallucinated precision ${pct(r.precision)}%, recall ${pct(r.recall)}%`);
  }
  const sentences = byDataset(SENTENCES);
  const flagged = sentences.filter((item) => grouped.get(item.id)?.predicted).length;
  console.log(`QA right answers written as sentences, questions held out: ${flagged} of ${sentences.length} flagged`);
  const domains = trainer.crossValidateDomains(items);
  const d = trainer.scoreHeld(byDataset('summedits'), domains);
  console.log(`summedits, each domain held out: balanced accuracy ${pct(d.balancedAccuracy)}%`);
  const model = trainer.train(args.includes('--without-sentences') ? items.filter((item) => item.dataset !== SENTENCES) : items);
  for (const dataset of ['halueval', 'summedits']) {
    const part = byDataset(dataset);
    const fit = trainer.balancedAccuracy(part, part.map((item) => trainer.predictItem(item, model, model.threshold)));
    console.log(`${dataset} training fit (not a generalisation figure): ${pct(fit.balancedAccuracy)}%`);
  }
  console.log('weights:', Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, Number(model.weights[j].toFixed(3))])), 'threshold', model.threshold.toFixed(2));
  const heldQa = trainer.scoreHeld(byDataset('halueval'), grouped);
  const heldDocs = trainer.scoreHeld(byDataset('summedits'), grouped);
  model.provenance =
    'logistic regression trained by scripts/train-judge.mjs on summedits-dev.jsonl (SummEdits evaluation split, salesforce/factualNLG, Apache-2.0) ' +
    `and halueval-qa-dev.jsonl (HaluEval QA, RUCAIBox/HaluEval, MIT), ${items.length} items; held out: QA by question ${pct(heldQa.balancedAccuracy)}%, ` +
    `summaries by document ${pct(heldDocs.balancedAccuracy)}%, by domain ${pct(d.balancedAccuracy)}% balanced accuracy`;
  const round = (xs) => xs.map((x) => Number(x.toFixed(6)));
  const out = { ...model, mean: round(model.mean), scale: round(model.scale), weights: round(model.weights), bias: Number(model.bias.toFixed(6)), threshold: Number(model.threshold.toFixed(6)) };
  if (args.includes('--dry-run')) console.log('dry run: model not written');
  else {
    writeFileSync(modelPath, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`wrote ${modelPath}`);
  }
}
