import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/evaluate/metrics.js';
import { evaluatePolicy, type GateInput } from '../../src/policy/evaluate-policy.js';
import { PRESETS } from '../../src/policy/presets.js';
import { parseRate, presetPolicy, resolvePolicy } from '../../src/policy/resolve-policy.js';
import type { CaseResult, ClaimResult, ReportDrift } from '../../src/report/types.js';
import { ConfigurationError } from '../../src/shared/errors.js';

function claim(hallucinated: boolean, covered = true): ClaimResult {
  return {
    index: 0, text: 'x', citations: ['S1'], verdict: hallucinated ? 'unsupported' : 'supported', score: 1, evidence: null,
    judge: 't', reason: '', hallucinated, citedVerdict: 'supported', citationCovered: covered,
    citationChecks: [{ sourceId: 'S1', known: true, relevant: covered }],
    sourcesVerdict: hallucinated ? 'unsupported' : 'supported', contextsVerdict: null, contextsEvidence: null, ungroundedButTrue: false,
  };
}

function caseWith(claims: ClaimResult[], id = 'c'): CaseResult {
  return {
    id, category: 'a', question: 'q', expect: 'answer', contentHash: 'h', status: 'answered', answer: 'x', error: null,
    latencyMs: null, claims, nonClaims: [], hallucinated: claims.some((c) => c.hallucinated), hallucinationReasons: [],
    facts: [], forbidden: [], retrieval: null,
  };
}

/** n claims of which `bad` are hallucinated. */
function input(n: number, bad: number, extra: Partial<GateInput> = {}): GateInput {
  const claims = Array.from({ length: n }, (_, i) => claim(i < bad));
  return {
    metrics: computeMetrics([caseWith(claims)]),
    coverage: null,
    drift: null,
    responses: { missing: [], unknown: [] },
    partial: false,
    partialReason: null,
    inputProblems: [],
    uncertified: [],
    ...extra,
  };
}

describe('policy presets', () => {
  it('hold the thresholds of the design table', () => {
    expect(PRESETS.strict.thresholds).toMatchObject({ maxHallucinationRate: 0.005, minCitationCoverage: 0.98, minLineCoverage: 0.8 });
    expect(PRESETS.standard.thresholds).toMatchObject({ maxHallucinationRate: 0.02, minCitationCoverage: 0.9, minLineCoverage: 0.6 });
    expect(PRESETS.permissive.thresholds).toMatchObject({ maxHallucinationRate: 0.05, minCitationCoverage: 0.75, minLineCoverage: 0.4 });
    expect([PRESETS.strict.regression, PRESETS.standard.regression, PRESETS.permissive.regression]).toEqual(['fail', 'fail', 'warn']);
    expect([PRESETS.strict.override, PRESETS.standard.override, PRESETS.permissive.override]).toEqual(['maintainer-approval', 'write-label', 'none']);
  });

  it('compares against the threshold exactly: at the limit passes, above fails', () => {
    expect(evaluatePolicy(input(50, 1), presetPolicy('standard')).status).toBe('pass');
    const verdict = evaluatePolicy(input(49, 1), presetPolicy('standard'));
    expect(verdict.status).toBe('fail');
    expect(verdict.breaches[0]).toMatchObject({ rule: 'max-hallucination-rate', actual: 1 / 49, threshold: 0.02 });
    expect(verdict.breaches[0]!.message).toBe('Hallucination rate 2.04% (1/49) is above the maximum of 2.00%.');
  });

  it('fails when nothing could be measured, and notes thresholds it could not check', () => {
    const verdict = evaluatePolicy(input(0, 0), presetPolicy('permissive'));
    expect(verdict.status).toBe('fail');
    expect(verdict.breaches.map((b) => b.rule)).toContain('max-hallucination-rate');
    expect(verdict.notes).toContain('min-line-coverage: not checked, no coverage report is configured.');
  });

  it('fails closed on missing and unknown responses, partial reports and unreadable inputs', () => {
    const policy = presetPolicy('standard');
    expect(evaluatePolicy(input(10, 0, { responses: { missing: ['a'], unknown: [] } }), policy).breaches[0]!.rule).toBe('missing-responses');
    expect(evaluatePolicy(input(10, 0, { responses: { missing: [], unknown: ['z'] } }), policy).breaches[0]!.rule).toBe('unknown-responses');
    expect(evaluatePolicy(input(10, 0, { partial: true, partialReason: 'cancelled' }), policy)).toMatchObject({ status: 'error' });
    expect(evaluatePolicy(input(10, 0, { inputProblems: ['coverage.xml: cannot read'] }), policy).status).toBe('fail');
  });

  it('fails on a significant regression under standard and only warns under permissive', () => {
    const drift: ReportDrift = {
      status: 'compared', reason: null, baseline: null, cases: { compared: 10, added: [], removed: [], changed: [] },
      findings: [{ test: 'mcnemar', metric: 'caseHallucination', scope: 'overall', statistic: 8, pValue: 0.004, adjustedPValue: 0.012, role: 'gating', correction: 'Holm over 3 headline tests', effect: 0.3, effectCi: null, direction: 'regression', significant: true, explanation: 'More cases hallucinate than on the base branch.' }],
    };
    expect(evaluatePolicy(input(100, 0, { drift }), presetPolicy('standard')).breaches[0]).toMatchObject({ rule: 'regression', message: 'More cases hallucinate than on the base branch.' });
    const permissive = evaluatePolicy(input(100, 0, { drift }), presetPolicy('permissive'));
    expect(permissive.status).toBe('pass');
    expect(permissive.warnings[0]!.rule).toBe('regression');
  });

  it('judge-score and latency drift warn by default and fail only when the policy makes them gating', () => {
    const finding = (metric: string, role: 'gating' | 'descriptive') => ({
      test: 'ks', metric, scope: 'overall', statistic: 0.2, pValue: 0.001, adjustedPValue: role === 'gating' ? 0.003 : null, role,
      correction: role === 'gating' ? 'Holm over 4 headline tests' : null, effect: 0.3, effectCi: null, direction: 'regression' as const, significant: true, explanation: `${metric} moved`,
    });
    const drift = (role: 'gating' | 'descriptive'): ReportDrift => ({
      status: 'compared', reason: null, baseline: null, cases: { compared: 10, added: [], removed: [], changed: [] },
      findings: [finding('judgeScore', role), finding('latencyP95Ms', role)],
    });
    const standard = evaluatePolicy(input(100, 0, { drift: drift('descriptive') }), presetPolicy('standard'));
    expect(standard.status).toBe('pass');
    expect(standard.warnings.map((w) => w.rule)).toEqual(['judge-score-drift', 'latency-drift']);
    const gating = resolvePolicy({ extends: 'standard', 'judge-score-drift': 'fail', 'latency-drift': 'fail' });
    expect(gating).toMatchObject({ judgeScoreDrift: 'fail', latencyDrift: 'fail' });
    expect(evaluatePolicy(input(100, 0, { drift: drift('gating') }), gating).breaches.map((b) => b.rule)).toEqual(['judge-score-drift', 'latency-drift']);
    // A finding the drift section did not correct never fails the gate, whatever the key says.
    expect(evaluatePolicy(input(100, 0, { drift: drift('descriptive') }), gating).status).toBe('pass');
  });
});

describe('custom policies', () => {
  it('extend a preset, take rates as fractions or percentages, and switch thresholds off with null', () => {
    const policy = resolvePolicy({ extends: 'strict', name: 'team', 'max-hallucination-rate': '1.5%', 'min-line-coverage': null, 'min-fact-recall': 0.8, regression: 'warn' });
    expect(policy).toMatchObject({ name: 'team', extends: 'strict', regression: 'warn', override: 'maintainer-approval' });
    expect(policy.thresholds).toMatchObject({ maxHallucinationRate: 0.015, minLineCoverage: null, minFactRecall: 0.8, minCitationCoverage: 0.98 });
    expect(PRESETS.strict.thresholds.minLineCoverage).toBe(0.8);
  });

  it('reject an unknown preset and a malformed rate with the fix', () => {
    expect(() => presetPolicy('strictest')).toThrowError(ConfigurationError);
    expect(() => presetPolicy('strictest')).toThrowError(/did you mean "strict"/);
    expect(() => parseRate('two percent', 'policy.max-hallucination-rate')).toThrowError(/fraction between 0 and 1/);
  });
});

describe('thresholds on what the app retrieved', () => {
  it('are off in every preset and set by a custom policy', () => {
    for (const preset of Object.values(PRESETS)) {
      expect(preset.thresholds).toMatchObject({ minFaithfulness: null, minContextRecall: null, minContextPrecision: null });
    }
    const policy = resolvePolicy({ extends: 'standard', 'min-faithfulness': '95%', 'min-context-recall': 0.8, 'min-context-precision': '50%' });
    expect(policy.thresholds).toMatchObject({ minFaithfulness: 0.95, minContextRecall: 0.8, minContextPrecision: 0.5 });
  });

  it('fail closed when the app returned no contexts, saying why', () => {
    const policy = resolvePolicy({ extends: 'standard', 'min-context-recall': 0.8 });
    const verdict = evaluatePolicy(input(100, 0), policy);
    expect(verdict.status).toBe('fail');
    expect(verdict.breaches).toEqual([
      expect.objectContaining({
        rule: 'min-context-recall',
        message: 'Context recall could not be measured (no response carried contexts), so min-context-recall 80.0% cannot be shown.',
      }),
    ]);
  });
});
