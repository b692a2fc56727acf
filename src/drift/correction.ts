/**
 * Family-wise control over every drift test that can fail the gate, by a hierarchy
 * declared in advance:
 * 1. Headline tests, Holm-adjusted together: the claim hallucination rate, citation
 *    coverage, the error rate, and (when both runs retrieved) faithfulness, context recall
 *    and context precision overall, plus judge-score and latency KS when the policy
 *    makes them gating. Holm keeps the chance that an unchanged app fails any of them at
 *    or below α, whatever the dependence between them.
 * 2. Refinements, each under one headline test: the case hallucination rate (McNemar)
 *    and the per-category hallucination rates under the claim hallucination rate, the
 *    per-category citation coverage under citation coverage. Within a refinement group
 *    the p-values are Benjamini–Hochberg adjusted, and no refinement's adjusted p-value
 *    is below its headline's, so a refinement is significant only when its headline is.
 * The gate therefore fails on drift only when a headline test survives Holm, which
 * bounds false alarms by α; refinements say where and in which cases. A headline test
 * that is absent (nothing to compare) leaves its refinements among the headline tests.
 */
import type { DriftFinding } from '../report/types.js';
import { benjaminiHochberg, holm } from '../stats/index.js';
import { settle, type Draft, type Thresholds } from './findings.js';

/** Which headline metric each refinement belongs under. */
const PARENT: Readonly<Record<string, string>> = {
  caseHallucinationRate: 'hallucinationRate',
};

function parentOf(draft: Draft): string | null {
  const { metric, scope } = draft.finding;
  if (scope !== 'overall') return metric;
  return PARENT[metric] ?? null;
}

export function correctAndSettle(drafts: readonly Draft[], t: Thresholds): DriftFinding[] {
  const gating = drafts.filter((d) => d.role === 'gating');
  const headlineMetrics = new Set(gating.filter((d) => parentOf(d) === null).map((d) => d.finding.metric));
  const isHeadline = (d: Draft) => {
    const parent = parentOf(d);
    return parent === null || !headlineMetrics.has(parent);
  };
  const headline = gating.filter(isHeadline);
  const headlineAdjusted = new Map<Draft, number>();
  const holmAdjusted = holm(headline.map((d) => d.finding.pValue));
  headline.forEach((d, i) => headlineAdjusted.set(d, holmAdjusted[i]!));
  const headlineWords = `Holm over ${headline.length} headline test${headline.length === 1 ? '' : 's'}`;

  const refinementAdjusted = new Map<Draft, { adjusted: number; words: string }>();
  for (const metric of headlineMetrics) {
    const parent = headline.find((d) => d.finding.metric === metric && d.finding.scope === 'overall')!;
    const group = gating.filter((d) => !isHeadline(d) && parentOf(d) === metric);
    if (group.length === 0) continue;
    const bh = benjaminiHochberg(group.map((d) => d.finding.pValue));
    const floor = headlineAdjusted.get(parent)!;
    const words = `Benjamini–Hochberg over ${group.length} refinement${group.length === 1 ? '' : 's'} of ${parent.finding.metric}, not below its Holm-adjusted p`;
    group.forEach((d, i) => refinementAdjusted.set(d, { adjusted: Math.max(floor, bh[i]!), words }));
  }

  return drafts.map((d) => {
    if (d.role === 'descriptive') return settle(d, t);
    const refinement = refinementAdjusted.get(d);
    if (refinement) return settle(d, t, refinement.adjusted, refinement.words);
    return settle(d, t, headlineAdjusted.get(d)!, headlineWords);
  });
}
