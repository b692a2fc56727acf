export { createDeterministicJudge, DETERMINISTIC_JUDGE_NAME, judgeClaim, planClaim, verdictOf, type ClaimPlan, type DeterministicJudgeOptions } from './deterministic.js';
export { analyzeQuestion, NO_QUESTION, type QuestionInfo } from './question.js';
export { createLlmJudge, batchRequests, LLM_DEFAULTS, type LlmJudgeOptions } from './llm.js';
export { LLM_PROMPT_VERSION, LLM_SYSTEM_PROMPT } from './llm-prompt.js';
export { createCommandJudge, COMMAND_DEFAULTS, type CommandJudgeOptions } from './command.js';
export { createHybridJudge, HYBRID_DEFAULTS, type HybridJudgeOptions } from './hybrid.js';
export {
  VerdictCache,
  loadVerdictCache,
  saveVerdictCache,
  verdictKey,
  withVerdictCache,
  VERDICT_CACHE_VERSION,
  type CacheFs,
  type CachedVerdict,
} from './cache.js';
export { align, FEATURE_NAMES, type Alignment, type FeatureName, type FeatureVector } from './features.js';
export { checkModel, DEFAULT_MODEL, probabilitySupported, supportScore, type JudgeModel } from './model.js';
export { indexSources } from './sources.js';
export { stem, tokenize } from './text.js';
