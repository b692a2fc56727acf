import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HISTORY =
  'The company was founded in 1921 in a small workshop. Its first product was a hand pump for farms. ' +
  'During the 1950s it moved to a larger site near the river and hired 300 people. ' +
  'Exports began in 1964, first to Norway and then to Canada. The present owners bought it in 2003. ' +
  'Dr. Ines Marlow led the research team until 2019; e.g. the steel housing was her design. ' +
  'Today the firm sells in 40 countries and employs about 2,500 people.';
const TOPICS = ['pump', 'valve', 'sensor', 'ledger', 'tenant', 'enzyme', 'turbine', 'battery'];

/**
 * A golden set of `count` cases and the app's answers, with every kind of outcome: supported,
 * a changed number, an unsupported name, no answer, an error, structured claims, abstentions,
 * and answers that come with the passages the app retrieved.
 */
export function writeLargeSet(dir: string, count: number): void {
  const golden: string[] = [];
  const responses: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const id = `case-${String(i).padStart(5, '0')}`;
    const facts = [`The ${topic} ${i} moves ${40 + (i % 60)} litres per minute.`, `It weighs ${10 + (i % 30)} kg.`, `Service is due every ${1 + (i % 11)} months.`];
    const abstain = i % 97 === 0;
    golden.push(
      JSON.stringify({
        id,
        category: ['medical', 'legal', 'technical'][i % 3],
        question: abstain ? `Who designed the ${topic} ${i}?` : `How fast is the ${topic} ${i}?`,
        sources: [
          { id: 'S1', title: 'Data sheet', text: `${facts[0]} ${facts[1]}\n\nIt is not rated for sea water. The housing is steel.` },
          { id: 'S2', title: 'Service manual', text: `${facts[2]} The warranty lasts ${2 + (i % 4)} years.\nWrapped lines stay in one sentence.` },
          { id: 'S3', title: 'History', text: HISTORY },
        ],
        ...(abstain ? { expect: 'abstain' } : { expected_facts: [facts[0]] }),
        ...(i % 13 === 0 ? { forbidden: [`The ${topic} ${i} is rated for sea water.`] } : {}),
      }),
    );
    if (i % 41 === 0) continue; // no answer
    if (i % 53 === 0) {
      responses.push(JSON.stringify({ id, answer: '', error: 'HTTP 500' }));
      continue;
    }
    if (i % 7 === 0) {
      responses.push(JSON.stringify({ id, answer: facts[0], claims: [{ text: facts[0], citations: ['S1'] }, { text: `It was designed by Orbel in ${1990 + (i % 20)}.`, citations: ['S2'] }], latency_ms: i % 500 }));
      continue;
    }
    const second = i % 5 === 0 ? facts[1]!.replace(/\d+/, (n) => String(Number(n) + 3)) : facts[1];
    const answer = abstain ? 'The sources do not say.' : `${facts[0]} [S1] ${second} [S1][S2] ${i % 3 === 0 ? 'It is rated for sea water. [S1]' : ''}`;
    // Every eleventh app retrieves: the data sheet's facts and the history, ranked by score.
    const contexts = i % 11 === 0 ? [{ id: 'h', text: HISTORY, source: 'S3', score: 1 }, { id: 'd', text: `${facts[0]} ${facts[1]}`, source: 'S1', score: 2 }] : undefined;
    responses.push(JSON.stringify({ id, answer, ...(contexts ? { contexts } : {}), latency_ms: i % 700 }));
  }
  responses.push(JSON.stringify({ id: 'not-in-the-golden-set', answer: 'Hello.' }));
  writeFileSync(join(dir, 'golden.jsonl'), `${golden.join('\n')}\n`);
  writeFileSync(join(dir, 'responses.jsonl'), `${responses.join('\n')}\n`);
}

