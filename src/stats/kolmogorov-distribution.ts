/**
 * Distributions of Kolmogorov–Smirnov statistics, ported from SciPy so that factgate's
 * asymptotic two-sample p-value is the one scipy.stats.ks_2samp gives.
 *
 * - kolmogorovSf(t): P(K > t) for Kolmogorov's limiting distribution
 *   (scipy.special.kolmogorov).
 * - smirnovSf(n, x): P(Dₙ⁺ ≥ x) for the one-sided one-sample statistic, by the exact
 *   Birnbaum–Tingey sum, in log space so no term under- or overflows
 *   (scipy.special.smirnov).
 * - ksOneSampleSf(n, x): P(Dₙ ≥ x) for the two-sided one-sample statistic
 *   (scipy.stats.kstwo.sf), following Simard & L'Ecuyer (2011) as SciPy's
 *   stats/_ksstats.py does: Ruben–Gambino closed forms at the ends, the Durbin matrix
 *   (Marsaglia–Tsang–Wang) and Pomeranz recursions for small n, 2·smirnov in the upper
 *   tail, and the Pelz–Good expansion for large n.
 */
import { logChoose } from './logspace.js';

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;

/**
 * P(K > t): for t ≥ 1 the alternating series 2·Σ (−1)^(k−1) e^(−2k²t²); below, 1 minus
 * the theta-function form of the CDF, √(2π)/t · Σ e^(−(2k−1)²π²/(8t²)), which
 * converges fast there.
 */
export function kolmogorovSf(t: number): number {
  if (!(t > 0)) return 1;
  if (t >= 1) {
    let sum = 0;
    for (let k = 1; k <= 100; k++) {
      const term = Math.exp(-2 * k * k * t * t);
      sum += k % 2 === 1 ? term : -term;
      if (term < 1e-300 || term < 1e-17 * sum) break;
    }
    return 2 * sum;
  }
  let cdf = 0;
  for (let k = 1; k <= 100; k++) {
    const term = Math.exp((-((2 * k - 1) ** 2) * Math.PI * Math.PI) / (8 * t * t));
    cdf += term;
    if (term < 1e-17 * cdf || term === 0) break;
  }
  return 1 - (Math.sqrt(2 * Math.PI) / t) * cdf;
}

/** P(Dₙ⁺ ≥ x) = x·Σⱼ C(n, j)(1 − x − j/n)^(n−j)(x + j/n)^(j−1), j = 0..⌊n(1 − x)⌋. */
export function smirnovSf(n: number, x: number): number {
  if (!(x > 0)) return 1;
  if (x >= 1) return 0;
  const logs: number[] = [];
  let largest = -Infinity;
  for (let j = 0; j <= n; j++) {
    const rest = 1 - x - j / n;
    if (rest <= 0) break;
    const term = logChoose(n, j) + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
    logs.push(term);
    if (term > largest) largest = term;
  }
  if (logs.length === 0) return 0;
  let sum = 0;
  for (const term of logs) sum += Math.exp(term - largest);
  return clamp01(x * Math.exp(largest) * sum);
}

/** P(Dₙ ≥ x), the survival function of the two-sided one-sample KS statistic. */
export function ksOneSampleSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clamp01(1 - cdf);
  }
  if (t >= n - 1) return clamp01(2 * (1 - x) ** n); // Ruben–Gambino
  if (x >= 0.5) return clamp01(2 * smirnovSf(n, x));

  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clamp01(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clamp01(1 - pomeranzCdf(n, x));
    return clamp01(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clamp01(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clamp01(1 - cdf);
}

/** ln(n!/nⁿ) by Stirling's series with SciPy's coefficients. */
function logFactorialOverPower(n: number): number {
  const coefficients = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
    -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
  ];
  const rn = 1 / n;
  let poly = 0;
  for (const c of coefficients) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** Durbin (1968) matrix method as refined by Marsaglia, Tsang & Wang (2003): P(Dₙ ≤ d). */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - (i - 1)]!;
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row]!;
  for (let col = 0; col < m; col++) H[(m - 1) * m + col] = v[m - 1 - col]!;

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > EP128) {
      for (let i = 0; i < H.length; i++) H[i]! /= EP128;
      hExponent += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= E128;
    }
  }
  if (exponent !== 0) p *= 2 ** exponent;
  return clamp01(p);
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l]!;
      if (ail === 0) continue;
      for (let j = 0; j < m; j++) c[i * m + j]! += ail * b[l * m + j]!;
    }
  }
  return c;
}

/** Pomeranz (1974) recursion: P(Dₙ ≤ x). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  let exponent = 0;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1]! * (g / n)) / m;
    twogpower[m] = (twogpower[m - 1]! * ((2 * g) / n)) / m;
    onem2gpower[m] = (onem2gpower[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // numpy.convolve(V0[k1 − V0s : k1 − V0s + ln2], pwrs[:ln2]), slices clipped at the ends.
      const start = k1 - V0s;
      const left = V0.subarray(start, Math.min(start + ln2, npwrs));
      const right = pwrs.subarray(0, Math.min(ln2, npwrs));
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      for (let out = 0; out < convLength; out++) {
        const index = convStart + out;
        let sum = 0;
        const lo = Math.max(0, index - (right.length - 1));
        const hi = Math.min(index, left.length - 1);
        for (let a = lo; a <= hi; a++) sum += left[a]! * right[index - a]!;
        V1[out] = sum;
      }
      let largest = 0;
      for (const value of V1) if (value > largest) largest = value;
      if (largest > 0 && largest < EM128) {
        for (let a = 0; a < V1.length; a++) V1[a]! *= EP128;
        exponent -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let answer = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > EP128) {
      answer *= EM128;
      exponent += E128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer *= 2 ** exponent;
  return clamp01(answer);
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pelz–Good (1976) expansion of P(Dₙ ≤ x) in powers of 1/√n. */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const qlog = -pi2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qpower + coefficients[i]!;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / divisors[i]!;
  q = Math.exp(-pi2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    k2extra += k2 * qk;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
  }
  K[2]! += (k2extra * pi2 * SQRT2PI) / (-36 * z3);
  K[3]! += (k3extra * pi2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2);
  return sum;
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
