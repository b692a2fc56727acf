/**
 * Statistics for factgate's metrics and drift tests. Pure functions, no I/O; each file
 * states its definition and the reference implementation it is checked against.
 */
export { wilsonInterval, type Interval } from './wilson.js';
export { exactBinomialInterval } from './exact-interval.js';
export { normalCdf, normalSf, normalQuantile, normalIsf } from './normal.js';
export { logGamma, logFactorial, logChoose, binomialLogPmf, binomialPmf, hypergeometricLogPmf } from './logspace.js';
export { fisherExact, type Alternative, type Table2x2, type FisherResult } from './fisher.js';
export { mcnemarExact, mcnemarExactCounts, type McNemarResult } from './mcnemar.js';
export {
  compareProportions,
  twoProportionZTest,
  newcombeInterval,
  zTestIsValid,
  Z_TEST_MIN_SUCCESSES,
  Z_TEST_MIN_FAILURES,
  type Proportion,
  type ProportionComparison,
  type ZTestResult,
} from './two-proportions.js';
export { ksTwoSample, KS_EXACT_MAX_N, type KsResult, type KsAlternative } from './kolmogorov-smirnov.js';
export { kolmogorovSf, smirnovSf, ksOneSampleSf } from './kolmogorov-distribution.js';
export {
  populationStabilityIndex,
  PSI_EPSILON,
  PSI_DEFAULT_BINS,
  PSI_MODERATE,
  PSI_MAJOR,
  type PsiResult,
  type PsiBin,
} from './psi.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export { holm } from './holm.js';
export {
  certifyRate,
  type Certification,
  type CertificationInput,
  type BoundCertification,
  type ThresholdKind,
  type BoundMethod,
} from './certify.js';
