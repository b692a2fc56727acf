/**
 * A short answer ("Delhi") means nothing on its own; with its question ("In which
 * city is the head office?") it is the claim "the head office is in Delhi".
 */

const VERB_HINT =
  /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|[a-z]{3,}(?:ed|es|s))\b/i;

/** A fragment is an answer too short, or too verbless, to be a claim on its own. */
export function isFragment(claim: string): boolean {
  const words = claim.trim().replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.length <= 2) return true;
  return words.length <= 5 && !VERB_HINT.test(words.slice(1).join(' '));
}

const AUX = '(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|may|might|must)';
const PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn|ght)|made|built|held|led|born|sold|paid|set|put|run|won|found|told|said|sent|spent|kept|left|met|read|cut|hit|let|shut|begun|done|gone|seen|known|given|taken|written|chosen)$/i;

/** Puts the auxiliary back after the subject: ("was", "the company founded") → "the company was founded". */
function statement(aux: string, rest: string, tail: string): string {
  if (/^(?:do|does|did)$/i.test(aux)) return `${rest} ${tail}`;
  const words = rest.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length >= 2 && PARTICIPLE.test(last)) return `${words.slice(0, -1).join(' ')} ${aux} ${last} ${tail}`;
  return `${rest} ${aux} ${tail}`;
}

interface Rewrite {
  pattern: RegExp;
  build: (m: RegExpExecArray, answer: string) => string;
}

const REWRITES: Rewrite[] = [
  // "In which city is the head office?" → "the head office is in Delhi"
  {
    pattern: new RegExp(`^(in|at|on|from|to|for|by|with|during|since|into|under)\\s+(?:which|what)\\s+[\\w\\s-]*?\\s*${AUX}\\s+(.+)$`, 'i'),
    build: (m, a) => statement(m[2] ?? '', m[3] ?? '', `${(m[1] ?? '').toLowerCase()} ${a}`),
  },
  // "When was the company founded?" → "the company was founded in 1998"
  {
    pattern: new RegExp(`^when\\s+${AUX}\\s+(.+)$`, 'i'),
    build: (m, a) => statement(m[1] ?? '', m[2] ?? '', /^\d{3,4}$/.test(a) ? `in ${a}` : a),
  },
  // "Where is the head office?" → "the head office is in Delhi"
  {
    pattern: new RegExp(`^where\\s+${AUX}\\s+(.+)$`, 'i'),
    build: (m, a) => statement(m[1] ?? '', m[2] ?? '', /^(?:in|at|on|near|inside|outside)\b/i.test(a) ? a : `in ${a}`),
  },
  // "How many employees does Acme have?" → "Acme have 40 employees"
  {
    pattern: new RegExp(`^how\\s+(many|much)\\s+(.+?)\\s+${AUX}\\s+(.+)$`, 'i'),
    build: (m, a) => statement(m[3] ?? '', m[4] ?? '', `${a} ${m[2] ?? ''}`),
  },
  // "Who founded the company?" → "Ada Lovelace founded the company"
  {
    pattern: new RegExp(`^who\\s+(?!${AUX}\\b)(\\w+)\\s+(.+)$`, 'i'),
    build: (m, a) => `${a} ${m[2]} ${m[3]}`,
  },
  // "What is the maximum dose?" / "Which drug is safer?" → "the maximum dose is 4 g"
  {
    pattern: new RegExp(`^(?:what|who|which)(?:\\s+[\\w-]+)?\\s+${AUX}\\s+(.+)$`, 'i'),
    build: (m, a) => statement(m[1] ?? '', m[2] ?? '', a),
  },
];

/**
 * States a fragment answer as a claim using its question. Full-sentence claims
 * are returned unchanged; questions no rewrite fits become "question: answer",
 * which keeps the question's words in the claim the judge checks.
 */
export function contextualizeClaim(question: string, claim: string): string {
  const answer = claim.trim().replace(/[.!]+$/, '');
  const asked = question.trim().replace(/\?+\s*$/, '').trim();
  if (!isFragment(claim) || asked === '' || answer === '') return claim;
  for (const { pattern, build } of REWRITES) {
    const match = pattern.exec(asked);
    if (match) return `${build(match, answer).replace(/\s+/g, ' ').trim()}.`;
  }
  return `${asked}: ${answer}.`;
}
