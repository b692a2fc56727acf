import { FEATURE_NAMES, type FeatureVector } from './features.js';
import trained from './model/deterministic.json' with { type: 'json' };

/** A logistic regression over alignment features; written by scripts/train-judge.mjs. */
export interface JudgeModel {
  version: number;
  features: string[];
  /** Standardisation applied before the weights: (x - mean) / scale. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Score (see supportScore) at or above which a claim is supported. */
  threshold: number;
  /**
   * Share of a claim's content words that must occur in the sources for it to be
   * supported at all, whatever the model says: a floor that keeps the learned
   * weights from accepting a claim mostly about something else.
   */
  minCoverage: number;
  provenance: string;
}

export const DEFAULT_MODEL: JudgeModel = trained;

/** Checks a model's shape once, so a hand-edited file fails loudly rather than scoring NaN. */
export function checkModel(model: JudgeModel): JudgeModel {
  const n = FEATURE_NAMES.length;
  const sameFeatures = model.features.length === n && model.features.every((name, i) => name === FEATURE_NAMES[i]);
  const sized = [model.mean, model.scale, model.weights].every((list) => list.length === n && list.every(Number.isFinite));
  if (!sameFeatures || !sized || !Number.isFinite(model.bias) || !(model.threshold > 0 && model.threshold < 1) || !(model.minCoverage >= 0 && model.minCoverage <= 1)) {
    throw new Error(`judge model does not match the features ${FEATURE_NAMES.join(', ')}; retrain with scripts/train-judge.mjs`);
  }
  return model;
}

/**
 * The judge's score in [0, 1]: the model's probability that the claim is supported,
 * fitted with both labels weighted equally, so a score means the same on every
 * claim and the hybrid judge's thresholds keep what is really settled.
 */
export function supportScore(model: JudgeModel, features: FeatureVector): number {
  return probabilitySupported(model, features);
}

/** P(supported) for one feature vector. */
export function probabilitySupported(model: JudgeModel, features: FeatureVector): number {
  let z = model.bias;
  for (let i = 0; i < FEATURE_NAMES.length; i++) {
    const name = FEATURE_NAMES[i] as (typeof FEATURE_NAMES)[number];
    z += (model.weights[i] ?? 0) * ((features[name] - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  }
  return 1 / (1 + Math.exp(-z));
}
