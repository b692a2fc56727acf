export { createDeterministicJudge, DETERMINISTIC_JUDGE_NAME, verdictOf, type DeterministicJudgeOptions } from './deterministic.js';
export { align, FEATURE_NAMES, type Alignment, type FeatureName, type FeatureVector } from './features.js';
export { checkModel, DEFAULT_MODEL, probabilitySupported, type JudgeModel } from './model.js';
export { indexSources } from './sources.js';
