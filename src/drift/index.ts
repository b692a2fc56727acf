export { computeDrift, compareWithBaseline, driftOptions, skippedDrift, type DriftOptions } from './compute-drift.js';
export { loadBaselineReport, parseBaselineReport, MAX_BASELINE_BYTES, type BaselineLoad } from './load-baseline.js';
export { matchCases, type CaseMatch, type CasePair } from './match-cases.js';
export { notComparableReason } from './comparable.js';
export { uncertifiedThresholds, type UncertifiedThreshold } from './certify-thresholds.js';
