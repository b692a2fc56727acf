import type { ResolvedPolicy, Thresholds } from './types.js';

/**
 * The factgate.yml / action-input spelling of every threshold, the one place the
 * kebab-case names are declared. `kind` says how a value is written and shown.
 */
export const THRESHOLD_KEYS: Readonly<
  Record<keyof Thresholds, { key: string; kind: 'rate' | 'ms'; label: string; bound: 'max' | 'min' }>
> = {
  maxHallucinationRate: { key: 'max-hallucination-rate', kind: 'rate', label: 'Hallucination rate', bound: 'max' },
  maxCaseHallucinationRate: {
    key: 'max-case-hallucination-rate',
    kind: 'rate',
    label: 'Cases with a hallucination',
    bound: 'max',
  },
  minCitationCoverage: { key: 'min-citation-coverage', kind: 'rate', label: 'Citation coverage', bound: 'min' },
  minCitationPrecision: { key: 'min-citation-precision', kind: 'rate', label: 'Citation precision', bound: 'min' },
  minFactRecall: { key: 'min-fact-recall', kind: 'rate', label: 'Expected-fact recall', bound: 'min' },
  minFaithfulness: { key: 'min-faithfulness', kind: 'rate', label: 'Faithfulness to the contexts', bound: 'min' },
  minContextRecall: { key: 'min-context-recall', kind: 'rate', label: 'Context recall', bound: 'min' },
  minContextPrecision: { key: 'min-context-precision', kind: 'rate', label: 'Context precision', bound: 'min' },
  maxUndeterminedRate: { key: 'max-undetermined-rate', kind: 'rate', label: 'Undetermined claims', bound: 'max' },
  maxErrorRate: { key: 'max-error-rate', kind: 'rate', label: 'Error rate', bound: 'max' },
  maxLatencyP95Ms: { key: 'max-latency-p95-ms', kind: 'ms', label: 'Latency p95', bound: 'max' },
  minLineCoverage: { key: 'min-line-coverage', kind: 'rate', label: 'Line coverage', bound: 'min' },
  minBranchCoverage: { key: 'min-branch-coverage', kind: 'rate', label: 'Branch coverage', bound: 'min' },
  minPatchCoverage: { key: 'min-patch-coverage', kind: 'rate', label: 'Patch coverage', bound: 'min' },
  maxLineCoverageDrop: { key: 'max-line-coverage-drop', kind: 'rate', label: 'Line coverage drop', bound: 'max' },
};

type OptionKey = Exclude<keyof ResolvedPolicy, 'name' | 'extends' | 'thresholds'>;

/**
 * What each of the policy's other options may be in factgate.yml, as a JSON Schema
 * fragment: schemas/config.schema.json is generated from these and THRESHOLD_KEYS.
 */
export const OPTION_VALUES: Readonly<Record<OptionKey, Record<string, unknown>>> = {
  regression: { $ref: '#/definitions/action' },
  alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5 },
  minEffect: { type: 'number', minimum: 0, maximum: 1 },
  missingResponses: { $ref: '#/definitions/action' },
  unknownResponses: { $ref: '#/definitions/action' },
  missingInputs: { $ref: '#/definitions/action' },
  judgeScoreDrift: { $ref: '#/definitions/action' },
  latencyDrift: { $ref: '#/definitions/action' },
  certification: { $ref: '#/definitions/action' },
  certificationBound: {
    type: 'string',
    enum: ['exact', 'wilson'],
    description: 'The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson.',
  },
  override: { type: 'string', enum: ['maintainer-approval', 'write-label', 'none'] },
  overrideLabel: { type: 'string', minLength: 1, maxLength: 50 },
};

/** The factgate.yml spelling of the policy's other options. */
export const OPTION_KEYS: Readonly<Record<OptionKey, string>> = {
  regression: 'regression',
  alpha: 'alpha',
  minEffect: 'min-effect',
  missingResponses: 'missing-responses',
  unknownResponses: 'unknown-responses',
  missingInputs: 'missing-inputs',
  judgeScoreDrift: 'judge-score-drift',
  latencyDrift: 'latency-drift',
  certification: 'certification',
  certificationBound: 'certification-bound',
  override: 'override',
  overrideLabel: 'override-label',
};
