/** Why a sentence of an answer is not a claim about the world. */
export type NonClaimReason =
  | 'question'
  | 'greeting'
  | 'abstention'
  | 'lead-in'
  | 'no content'
  | 'heading'
  | 'table'
  | 'code block';

// Declining to answer: "I don't know", "the sources do not say", "cannot be determined".
const ABSTENTION = new RegExp(
  [
    String.raw`\bi\s+(?:do\s+not|don['’]t|cannot|can['’]t|could\s+not|couldn['’]t|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+able\s+to|was\s+unable\s+to|did\s+not|didn['’]t)\s+(?:know|find|answer|say|determine|tell|confirm|locate|see|verify)\b`,
    String.raw`\bi\s+(?:do\s+not|don['’]t)\s+have\s+(?:enough\s+|sufficient\s+|any\s+)?(?:information|data|details|context|knowledge)\b`,
    String.raw`\bi\s*(?:am|['’]m)\s+(?:not\s+sure|not\s+certain|uncertain|unsure)\b`,
    String.raw`\b(?:not\s+enough|insufficient|no\s+relevant)\s+(?:information|context|data|evidence)\b`,
    String.raw`\b(?:provided\s+|given\s+|available\s+)?(?:sources?|documents?|context|texts?|passages?|materials?)(?:\s+(?:provided|given|available))?\s+(?:do|does|did)\s*(?:not|n['’]t)\s+(?:contain|mention|say|include|provide|specify|state|cover|address|answer|discuss)\b`,
    String.raw`\bthere\s+is\s+no\s+(?:information|mention|data|evidence)\b`,
    String.raw`\bno\s+information\s+(?:is\s+)?(?:available|provided|given)\b`,
    String.raw`\b(?:unable|not\s+able)\s+to\s+(?:answer|determine|find|say)\b`,
    String.raw`\bcannot\s+be\s+(?:determined|answered)\b`,
  ].join('|'),
  'i',
);

// Pleasantries that carry no fact. Only short sentences qualify, so "Thanks to the
// new law, fines doubled" is still a claim.
const GREETING =
  /^(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|thanks?(?!\s+to\b)|thank\s+you|you['’]re\s+welcome|sure|certainly|of\s+course|absolutely|great\s+question|good\s+question|happy\s+to\s+help|glad\s+to\s+help|i\s+hope\s+(?:this|that)\s+helps|hope\s+(?:this|that)\s+helps|let\s+me\s+know|feel\s+free|please\s+let\s+me\s+know|is\s+there\s+anything\s+else)\b/i;

const LEAD_IN = /^(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following)\b.*:$|:$/i;

/** "I'm not sure, but the label says 4 g" still asserts what follows the "but". */
function assertsAfterHedge(text: string): boolean {
  const tail = /\b(?:but|however|though|although|yet)\b(.*)$/i.exec(text)?.[1] ?? '';
  return tail.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 3;
}

/** Classifies one cleaned sentence; `undefined` means it is a claim. */
export function nonClaimReason(sentence: string): NonClaimReason | undefined {
  const text = sentence.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return 'no content';
  if (/\?["'”’)\]]*$/.test(text)) return 'question';
  if (ABSTENTION.test(text) && !assertsAfterHedge(text)) return 'abstention';
  const words = text.split(/\s+/).length;
  if (words <= 12 && GREETING.test(text)) return 'greeting';
  if (LEAD_IN.test(text)) return 'lead-in';
  return undefined;
}
