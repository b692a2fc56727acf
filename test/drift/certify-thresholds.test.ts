import { describe, expect, it } from 'vitest';
import { uncertifiedThresholds } from '../../src/drift/index.js';
import { PRESETS } from '../../src/policy/presets.js';
import { makeReport } from './synthetic-reports.js';

describe('uncertifiedThresholds', () => {
  it('says the strict hallucination threshold needs more claims than a small clean set has', () => {
    const report = makeReport({ only: (id) => id.startsWith('med') });
    const strict = PRESETS.strict.thresholds;
    const items = uncertifiedThresholds(report.metrics, strict);
    const hallucination = items.find((i) => i.rule === 'max-hallucination-rate');
    expect(hallucination).toBeDefined();
    expect(hallucination!.certification.n).toBe(report.metrics.hallucinationRate.denominator);
    expect(hallucination!.message).toMatch(/not demonstrated at 95% confidence: 0 of 160 claims hallucinated/);
    const more = hallucination!.certification.exact.moreIfAllGood!;
    expect(hallucination!.message).toContain(`${more} more claims with no hallucination`);
    expect(hallucination!.message).toContain('exact Clopper–Pearson');
    // 0 hallucinations demonstrate ≤ 0.5 % from 598 claims on (one-sided 95 % exact bound).
    expect(160 + more).toBe(598);
  });

  it('uses the Wilson bound only when asked, and says it is not a true 95 % bound', () => {
    const report = makeReport({ only: (id) => id.startsWith('med') });
    const [wilson] = uncertifiedThresholds(report.metrics, PRESETS.strict.thresholds, 'wilson').filter((i) => i.rule === 'max-hallucination-rate');
    expect(wilson!.message).toContain(`${539 - 160} more claims with no hallucination`);
    expect(wilson!.message).toMatch(/Wilson, not a true 95% bound/);
    // 539 clean claims: Wilson calls ≤ 0.5 % demonstrated, the exact bound does not.
    const clean539 = { ...report.metrics, hallucinationRate: { value: 0, numerator: 0, denominator: 539, ci: { lower: 0, upper: 0.007 } } };
    const only = { ...PRESETS.strict.thresholds, maxUndeterminedRate: null, minCitationCoverage: null };
    expect(uncertifiedThresholds(clean539, only, 'wilson')).toEqual([]);
    expect(uncertifiedThresholds(clean539, only).map((i) => i.rule)).toEqual(['max-hallucination-rate']);
  });

  it('lists nothing a large clean set can demonstrate, and skips thresholds already breached', () => {
    const big = makeReport({ only: () => true });
    const items = uncertifiedThresholds(big.metrics, PRESETS.permissive.thresholds);
    expect(items.map((i) => i.rule)).toEqual([]);
    const breached = makeReport({ hallucinating: new Set(big.cases.slice(0, 100).map((c) => c.id)) });
    const rules = uncertifiedThresholds(breached.metrics, PRESETS.strict.thresholds).map((i) => i.rule);
    expect(rules).not.toContain('max-hallucination-rate');
  });
});
