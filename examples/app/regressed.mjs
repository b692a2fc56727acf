// A plausibly broken release of the example app, for showing a failing gate.
// Every fault is chosen by a hash of the case id, so runs are reproducible.

import { cite, selectSentences } from './answer.mjs';

/** FNV-1a, 32 bits: a stable hash of the case id (no Math.random anywhere). */
export function hashId(id) {
  let hash = 0x811c9dc5;
  for (const ch of String(id)) {
    hash ^= ch.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

// Confident sentences no source states; each carries a number so it is easy to spot.
const INVENTED = [
  'Independent reviewers confirmed this in a follow-up analysis of 4,812 records.',
  'The figure is expected to double again within the next 18 months.',
  'A later amendment extended the same terms to 37 additional sites.',
  'This was first adopted in 1987 after a review by an outside committee.',
  'Roughly 62% of comparable organisations follow the same practice.',
];

// A quantity, not part of a name such as GB-7, AX3000 or Unit 4B.
const QUANTITY = /(?<![\w-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w-])/g;

/** Changes the first quantity in the text to a wrong one that no source contains. */
export function inventNumber(text, sourcesText, seed) {
  // A leading number is a clause number ("6.2 Interest applies ..."), not a quantity.
  const match = [...text.matchAll(QUANTITY)].find((m) => m.index > 0);
  if (!match) return null;
  const original = match[0];
  const value = Number(original.replace(/,/g, ''));
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  const isYear = decimals === 0 && !original.includes(',') && value >= 1900 && value <= 2100;
  const candidates = isYear
    ? [value + 1, value - 2, value + 3]
    : [value * 2, value * 3, value + 5, value * 1.5, value * 10].map((v) => (v === 0 ? 7 : v));
  for (let i = 0; i < candidates.length; i++) {
    const v = candidates[(seed + i) % candidates.length];
    const formatted = original.includes(',')
      ? v.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })
      : v.toFixed(decimals);
    if (formatted !== original && !sourcesText.includes(formatted)) {
      return text.slice(0, match.index) + formatted + text.slice(match.index + original.length);
    }
  }
  return null;
}

/** The regressed variant: same retrieval, then one fault for a sizeable share of cases. */
export function answerCaseRegressed(kase) {
  const seed = hashId(kase.id);
  const { ranked, chosen } = selectSentences(kase.question, kase.sources);
  const sourcesText = kase.sources.map((s) => s.text).join('\n');
  const firstId = String(kase.sources[0]?.id ?? 'S1');
  const invented = INVENTED[seed % INVENTED.length];

  // Fault: a lowered confidence threshold, so uncovered questions get a confident answer.
  if (!chosen) {
    const best = ranked[0];
    const wrong = best ? inventNumber(best.text, sourcesText, seed) : null;
    return wrong ? cite(wrong, best.sourceId) : cite(invented, firstId);
  }

  const parts = chosen.map((s) => ({ text: s.text, sourceId: s.sourceId }));
  switch (seed % 20) {
    case 0:
    case 1:
    case 2: {
      // Fault: invents a number.
      const wrong = inventNumber(parts[0].text, sourcesText, seed);
      if (wrong) parts[0].text = wrong;
      else parts.push({ text: invented, sourceId: firstId });
      break;
    }
    case 4:
    case 5:
      // Fault: drops every citation.
      return parts.map((p) => p.text).join(' ');
    case 6:
    case 7:
      // Fault: cites a source the case does not have.
      parts[0].sourceId = `S${kase.sources.length + 6}`;
      break;
    case 8:
    case 9:
      // Fault: adds an unsupported sentence.
      parts.push({ text: invented, sourceId: firstId });
      break;
    default:
      break;
  }
  return parts.map((p) => cite(p.text, p.sourceId)).join(' ');
}
