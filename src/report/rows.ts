import { headlineRows, percent, percentPair, points } from './format.js';
import type { Breach, BaselineFigures, CoverageTotals, DriftFinding, Rate, Report } from './types.js';

/**
 * The rows of the one metrics table, shared by the comment and the terminal. A row's
 * status comes from every rule that touches it (its threshold, a regression against the
 * baseline, missing responses or inputs), so a row never shows ✅ while a rule on the
 * same figure fails the gate.
 */

export type RowStatus = 'fail' | 'warn' | 'ok' | 'none';

export interface MetricRow {
  label: string;
  value: number | null;
  /** "(1/3)" counts, or null when the row has none. */
  counts: { numerator: number; denominator: number } | null;
  ci: Rate['ci'];
  baseline: number | null;
  /** value − baseline; null without both. */
  change: number | null;
  /** The gate calls the change a significant regression. */
  significantRegression: boolean;
  threshold: { bound: 'max' | 'min'; value: number } | null;
  status: RowStatus;
  /** Rule keys that set the status (fail or warn), in the order found. */
  rules: string[];
  lowerIsBetter: boolean;
}

/** The baseline figures to compare with: given by the caller, or recorded in the report at comparison time. */
export function baselineFigures(report: Report, given?: BaselineFigures | null): BaselineFigures | null {
  return given ?? report.drift?.baseline?.figures ?? null;
}

export function metricRows(report: Report, given?: BaselineFigures | null): MetricRow[] {
  const figures = baselineFigures(report, given);
  // Matched by label: a baseline without contexts has no retrieval rows.
  const baseRows = figures ? headlineRows({ ...report, metrics: figures.metrics }) : null;
  const rows: MetricRow[] = headlineRows(report).map((row) => {
    const rules = [row.rule, ...(row.rule === 'max-error-rate' ? ['missing-responses', 'unknown-responses'] : [])];
    return build(report, {
      label: row.label,
      value: row.rate.value,
      counts: { numerator: row.rate.numerator, denominator: row.rate.denominator },
      ci: row.rate.ci,
      baseline: baseRows?.find((base) => base.label === row.label)?.rate.value ?? null,
      threshold: row.threshold === null ? null : { bound: row.lowerIsBetter ? 'max' : 'min', value: row.threshold },
      rules: rules.filter((r): r is string => r !== null),
      driftMetric: row.driftMetric,
      lowerIsBetter: row.lowerIsBetter,
      certificationLabel: row.label,
    });
  });
  const t = report.policy.thresholds;
  const coverage = report.coverage;
  const coverageProblem = report.verdict.breaches.concat(report.verdict.warnings).some(isCoverageInputProblem);
  if (coverage || coverageProblem) {
    const base = figures?.coverage ?? null;
    const row = (label: string, totals: CoverageTotals | null | undefined, baseTotals: CoverageTotals | null | undefined, threshold: number | null, rules: string[], driftMetric: string) =>
      build(report, {
        label,
        value: totals?.rate ?? null,
        counts: totals ? { numerator: totals.covered, denominator: totals.total } : null,
        ci: null,
        baseline: baseTotals?.rate ?? null,
        threshold: threshold === null ? null : { bound: 'min', value: threshold },
        rules,
        driftMetric,
        lowerIsBetter: false,
        coverageRow: true,
      });
    {
      rows.push(row('Line coverage', coverage?.lines, base?.lines, t.minLineCoverage, ['min-line-coverage', 'max-line-coverage-drop'], 'lineCoverage'));
    }
    if ((coverage && coverage.branches.total > 0) || (coverage && t.minBranchCoverage !== null)) {
      rows.push(row('Branch coverage', coverage?.branches, base?.branches, t.minBranchCoverage, ['min-branch-coverage'], 'branchCoverage'));
    }
    if (coverage?.patch || (coverage && t.minPatchCoverage !== null)) {
      rows.push(row('Patch coverage (changed lines)', coverage?.patch, base?.patch, t.minPatchCoverage, ['min-patch-coverage'], 'patchCoverage'));
    }
  }
  return rows;
}

interface RowInput {
  label: string;
  value: number | null;
  counts: MetricRow['counts'];
  ci: Rate['ci'];
  baseline: number | null;
  threshold: MetricRow['threshold'];
  rules: string[];
  driftMetric: string | null;
  lowerIsBetter: boolean;
  certificationLabel?: string;
  coverageRow?: boolean;
}

function build(report: Report, input: RowInput): MetricRow {
  const v = report.verdict;
  const failing: string[] = [];
  const warning: string[] = [];
  const note = (list: string[], rule: string) => void (list.includes(rule) || list.push(rule));
  const regression = significantRegressionOf(report, input.driftMetric);
  const touches = (b: Breach) =>
    input.rules.includes(b.rule) ||
    (regression !== null && b.message === regression.explanation) ||
    (input.coverageRow === true && isCoverageInputProblem(b)) ||
    (b.rule === 'certification' && input.certificationLabel !== undefined && b.message.startsWith(`${input.certificationLabel} `));
  for (const b of v.breaches) if (touches(b)) note(failing, b.rule);
  for (const b of v.warnings) if (touches(b)) note(warning, b.rule);
  const waived = new Set(v.override?.waived ?? []);
  const checked = input.threshold !== null || (input.driftMetric !== null && report.drift?.status === 'compared');
  // Nothing measured and nothing failed on it: no ✅ for a figure that is not there.
  const status: RowStatus = failing.some((r) => !waived.has(r)) ? 'fail' : failing.length > 0 || warning.length > 0 ? 'warn' : checked && input.value !== null ? 'ok' : 'none';
  const change = input.value !== null && input.baseline !== null ? input.value - input.baseline : null;
  return {
    label: input.label,
    value: input.value,
    counts: input.counts,
    ci: input.ci,
    baseline: input.baseline,
    change,
    significantRegression: regression !== null,
    threshold: input.threshold,
    status,
    rules: [...failing, ...warning],
    lowerIsBetter: input.lowerIsBetter,
  };
}

/** The overall finding on a metric that the gate calls a significant regression. */
export function significantRegressionOf(report: Report, metric: string | null): DriftFinding | null {
  if (metric === null || report.drift?.status !== 'compared') return null;
  return report.drift.findings.find((f) => f.metric === metric && f.scope === 'overall' && f.significant && f.direction === 'regression') ?? null;
}

function isCoverageInputProblem(b: Breach): boolean {
  return b.rule === 'missing-inputs' && /^coverage\b/i.test(b.message);
}

/** "≤ 2.0%" / "≥ 90.0%", with enough decimals to differ from the value when they would round alike. */
export function thresholdText(row: MetricRow): string {
  if (!row.threshold) return '—';
  const shown = row.value === null ? percent(row.threshold.value) : percentPair(row.threshold.value, row.value)[0];
  return `${row.threshold.bound === 'max' ? '≤' : '≥'} ${shown}`;
}

export function valueText(row: MetricRow): string {
  if (row.value === null) return 'n/a';
  return row.threshold ? percentPair(row.value, row.threshold.value)[0] : percent(row.value);
}

export function changeText(row: MetricRow): string {
  return row.change === null ? '—' : points(row.change);
}
