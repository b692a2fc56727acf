import { describe, expect, it } from 'vitest';
import { compareWithBaseline, computeDrift, skippedDrift } from '../../src/drift/index.js';
import type { DriftFinding } from '../../src/report/types.js';
import { CATEGORIES, caseIds, makeReport } from './synthetic-reports.js';

const options = { alpha: 0.05, minEffect: 0.02, baselineFile: 'baseline.json' };

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A few hallucinating cases spread over all categories, as a healthy app would have. */
const background = new Set(CATEGORIES.map((c) => caseIds(c)[0]!));

function find(findings: DriftFinding[], metric: string, scope = 'overall', test?: string): DriftFinding {
  const found = findings.find((f) => f.metric === metric && f.scope === scope && (test === undefined || f.test === test));
  if (!found) throw new Error(`no ${metric}/${scope} finding among ${findings.map((f) => `${f.metric}/${f.scope}`).join(', ')}`);
  return found;
}

describe('computeDrift', () => {
  it('never finds significant drift between identical runs', () => {
    const report = makeReport({ hallucinating: background, lineCoverage: 0.8 });
    const drift = computeDrift(report, makeReport({ hallucinating: background, lineCoverage: 0.8 }), options);
    expect(drift.status).toBe('compared');
    expect(drift.cases).toEqual({ compared: report.cases.length, added: [], removed: [], changed: [] });
    expect(drift.findings.length).toBeGreaterThan(5);
    for (const finding of drift.findings) {
      expect(finding.significant, finding.explanation).toBe(false);
      expect(finding.direction, finding.explanation).toBe('none');
      // One-sided: no change sits at the middle of the null distribution or above.
      if (finding.pValue !== null) expect(finding.pValue).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('never finds significant drift between runs that differ only by noise', () => {
    // Ten pairs of runs whose latencies and judge scores jitter but whose outcomes match.
    for (let run = 0; run < 10; run++) {
      const random = seeded(run + 1);
      const jitter = () => makeReport({ hallucinating: background, latencyMs: () => 100 + random() * 50, score: () => 0.8 + random() * 0.2 });
      const drift = computeDrift(jitter(), jitter(), options);
      const significant = drift.findings.filter((f) => f.significant);
      expect(significant.map((f) => f.explanation)).toEqual([]);
    }
  });

  it('flags the regressed category and names the cases that started hallucinating', () => {
    const medical = caseIds('medical');
    const regressed = new Set([...background, ...medical.slice(1, 13)]);
    const drift = computeDrift(makeReport({ hallucinating: regressed }), makeReport({ hallucinating: background }), options);

    const paired = find(drift.findings, 'caseHallucinationRate');
    expect(paired.test).toBe('mcnemar');
    expect(paired.significant).toBe(true);
    expect(paired.direction).toBe('regression');
    expect(paired.statistic).toBe(12);
    expect(paired.explanation).toContain(medical[1]!);
    expect(paired.explanation).toMatch(/12 cases started hallucinating/);

    // Over all 800 claims the rate rises by 1.5 points: a real change (p ≤ α), but
    // below the 2-point minimum effect, so not significant.
    const overall = find(drift.findings, 'hallucinationRate');
    expect(overall.direction).toBe('regression');
    expect(overall.effect).toBeCloseTo(12 / (CATEGORIES.length * 40 * 4), 12);
    expect(overall.pValue!).toBeLessThanOrEqual(options.alpha);
    expect(overall.effectCi!.lower).toBeGreaterThan(0);
    expect(overall.significant).toBe(false);

    const medicalFinding = find(drift.findings, 'hallucinationRate', 'medical');
    expect(medicalFinding.significant).toBe(true);
    expect(medicalFinding.explanation).toContain('"medical"');
    expect(medicalFinding.explanation).toContain('Benjamini–Hochberg');
    for (const other of CATEGORIES.filter((c) => c !== 'medical')) {
      expect(find(drift.findings, 'hallucinationRate', other).significant).toBe(false);
    }
    // The regression also shows in the judge scores.
    expect(find(drift.findings, 'judgeScore', 'overall', 'ks').direction).toBe('regression');
  });

  it('calls a real fix an improvement, never a regression', () => {
    const medical = caseIds('medical');
    const before = new Set([...background, ...medical.slice(1, 13)]);
    const drift = computeDrift(makeReport({ hallucinating: background }), makeReport({ hallucinating: before }), options);
    const paired = find(drift.findings, 'caseHallucinationRate');
    expect(paired.direction).toBe('improvement');
    expect(drift.findings.filter((f) => f.direction === 'regression')).toEqual([]);
  });

  it('flags a drop in citation coverage', () => {
    const legal = new Set(caseIds('legal').slice(0, 20));
    const drift = computeDrift(makeReport({ uncited: legal }), makeReport(), options);
    const coverage = find(drift.findings, 'citationCoverage');
    expect(coverage.direction).toBe('regression');
    expect(coverage.significant).toBe(true);
    expect(find(drift.findings, 'citationCoverage', 'legal').significant).toBe(true);
    expect(find(drift.findings, 'citationCoverage', 'medical').direction).toBe('none');
  });

  it('does not call a difference below the minimum effect significant', () => {
    const drift = computeDrift(makeReport({ hallucinating: new Set([...background, ...caseIds('legal').slice(1, 13)]) }), makeReport({ hallucinating: background }), {
      ...options,
      minEffect: 0.5,
    });
    expect(drift.findings.filter((f) => f.significant)).toEqual([]);
    expect(find(drift.findings, 'caseHallucinationRate').explanation).toMatch(/not significant/);
  });

  it('compares only unchanged cases and lists added, removed and changed ones', () => {
    const ids = caseIds();
    const baseline = makeReport({ only: (id) => id !== ids[0] });
    const head = makeReport({
      only: (id) => id !== ids[1],
      extraCases: ['new-001'],
      contentHash: (id) => (id === ids[2] ? 'edited' : `hash-${id}`),
    });
    const drift = computeDrift(head, baseline, options);
    expect(drift.cases.added.sort()).toEqual([ids[0], 'new-001'].sort());
    expect(drift.cases.removed).toEqual([ids[1]]);
    expect(drift.cases.changed).toEqual([ids[2]]);
    expect(drift.cases.compared).toBe(ids.length - 3);
  });

  it('reports a baseline judged by another judge as not comparable', () => {
    const drift = computeDrift(makeReport(), makeReport({ judge: { name: 'llm:gpt-4o', version: '2024-08-06' } }), options);
    expect(drift.status).toBe('not-comparable');
    expect(drift.reason).toMatch(/judged by llm:gpt-4o/);
    expect(drift.findings).toEqual([]);
  });

  it('skips when no case is shared, and when there is no baseline', () => {
    const drift = computeDrift(makeReport({ only: (id) => id.startsWith('fin') }), makeReport({ only: (id) => id.startsWith('leg') }), options);
    expect(drift.status).toBe('skipped');
    expect(drift.reason).toMatch(/no case/);
    const none = compareWithBaseline(makeReport(), null, { alpha: 0.05, minEffect: 0.02 });
    expect(none).toEqual(skippedDrift('no baseline report (first run, or none was configured)'));
  });

  it('tests the error rate only when some case errored, and excludes errored cases from the pairing', () => {
    expect(computeDrift(makeReport(), makeReport(), options).findings.some((f) => f.metric === 'errorRate')).toBe(false);
    const errored = new Set(caseIds('technical').slice(0, 15));
    const drift = computeDrift(makeReport({ errored }), makeReport(), options);
    const errors = find(drift.findings, 'errorRate');
    expect(errors.direction).toBe('regression');
    expect(errors.significant).toBe(true);
    expect(errors.explanation).toContain('(15/200)');
    const paired = find(drift.findings, 'caseHallucinationRate');
    expect(paired.explanation).toMatch(/Paired over 185 unchanged cases/);
  });

  it('reports line-coverage change as a delta the policy can read', () => {
    const drift = computeDrift(makeReport({ lineCoverage: 0.7 }), makeReport({ lineCoverage: 0.8 }), options);
    const line = find(drift.findings, 'lineCoverage');
    expect(line.test).toBe('delta');
    expect(line.effect).toBeCloseTo(-0.1, 12);
    expect(line.direction).toBe('regression');
    expect(line.significant).toBe(true);
  });

  it('tests latency on per-case distributions', () => {
    const slow = computeDrift(makeReport({ latencyMs: (_id, i) => 300 + (i % 17) * 5 }), makeReport(), options);
    const latency = find(slow.findings, 'latencyP95Ms');
    expect(latency.direction).toBe('regression');
    expect(latency.significant).toBe(true);
    expect(latency.explanation).toMatch(/Latency p95 went from \d+ ms to \d+ ms/);
    // Descriptive by default: tested at α on its own, never corrected with the gating tests.
    expect(latency).toMatchObject({ role: 'descriptive', adjustedPValue: null, correction: null });
    const gating = find(computeDrift(makeReport({ latencyMs: (_id, i) => 300 + (i % 17) * 5 }), makeReport(), { ...options, latencyGates: true }).findings, 'latencyP95Ms');
    expect(gating.role).toBe('gating');
    expect(gating.correction).toMatch(/^Holm over \d+ headline tests$/);
  });

  it('keeps every raw p-value and corrects the gating tests together, refinements never below their headline', () => {
    const medical = caseIds('medical');
    const drift = computeDrift(makeReport({ hallucinating: new Set([...background, ...medical.slice(1, 13)]) }), makeReport({ hallucinating: background }), options);
    const gating = drift.findings.filter((f) => f.role === 'gating' && f.pValue !== null);
    // Headline: claim hallucination rate and citation coverage (no errors, KS descriptive).
    const headline = gating.filter((f) => f.correction?.startsWith('Holm'));
    expect(headline.map((f) => f.metric).sort()).toEqual(['citationCoverage', 'hallucinationRate']);
    for (const f of gating) expect(f.adjustedPValue!).toBeGreaterThanOrEqual(f.pValue!);
    const overall = find(drift.findings, 'hallucinationRate');
    expect(overall.adjustedPValue).toBeCloseTo(Math.min(1, 2 * overall.pValue!), 14);
    for (const f of gating.filter((g) => g.metric === 'caseHallucinationRate' || (g.metric === 'hallucinationRate' && g.scope !== 'overall'))) {
      expect(f.correction).toMatch(/Benjamini–Hochberg over 6 refinements of hallucinationRate/);
      expect(f.adjustedPValue!).toBeGreaterThanOrEqual(overall.adjustedPValue!);
    }
    expect(find(drift.findings, 'judgeScore', 'overall', 'ks').role).toBe('descriptive');
    expect(find(drift.findings, 'judgeScore', 'overall', 'psi').role).toBe('descriptive');
  });

  it('a category is significant only when the headline test it refines is', () => {
    // Six cases of one category start hallucinating: small overall, large in the category.
    const legal = caseIds('legal');
    const drift = computeDrift(makeReport({ hallucinating: new Set([...background, ...legal.slice(1, 7)]) }), makeReport({ hallucinating: background }), options);
    const overall = find(drift.findings, 'hallucinationRate');
    const category = find(drift.findings, 'hallucinationRate', 'legal');
    expect(category.pValue!).toBeLessThan(options.alpha);
    expect(overall.adjustedPValue!).toBeGreaterThan(options.alpha);
    expect(category.adjustedPValue!).toBeGreaterThanOrEqual(overall.adjustedPValue!);
    expect(drift.findings.filter((f) => f.significant)).toEqual([]);
  });

  it('rejects α outside (0, 1)', () => {
    expect(() => computeDrift(makeReport(), makeReport(), { ...options, alpha: 0 })).toThrow(RangeError);
  });
});
