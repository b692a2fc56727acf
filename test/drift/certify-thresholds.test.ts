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
    const more = hallucination!.certification.wilson.moreIfAllGood!;
    expect(hallucination!.message).toContain(`${more} more claims with no hallucination`);
    // 0 hallucinations demonstrate ≤ 0.5 % from 539 claims on (one-sided 95 % Wilson bound).
    expect(160 + more).toBe(539);
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
