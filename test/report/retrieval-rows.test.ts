import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import type { GoldenCase } from '../../src/golden/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { Report } from '../../src/report/types.js';
import { matchResponses } from '../../src/responses/file.js';
import type { AppResponse } from '../../src/responses/types.js';
import { sampleReport } from '../github/support/report-fixture.js';

const kase: GoldenCase = {
  id: 'med-001',
  category: 'medical',
  question: 'What is the maximum daily dose of acetaminophen for healthy adults?',
  sources: [{ id: 'S1', text: 'Adults should not take more than 4,000 mg of acetaminophen in 24 hours.' }],
  expectedFacts: [{ text: 'Adults should not take more than 4,000 mg of acetaminophen in 24 hours.' }],
  forbidden: [],
  expect: 'answer',
  origin: { file: 'golden.yaml', line: 1 },
  contentHash: 'h',
};

async function reportWith(response: AppResponse): Promise<Report> {
  const cases = await evaluateCases([kase], matchResponses([kase], [response]), createDeterministicJudge());
  return sampleReport({ cases });
}

const answer = 'Adults should not take more than 4,000 mg of acetaminophen in 24 hours [1].';
const retrieved = [{ id: '1', text: 'Adults should not take more than 4,000 mg of acetaminophen in 24 hours.', source: 'S1' }];

describe('retrieval rows in the comment and the terminal', () => {
  it('show faithfulness, golden-source support, context recall and precision when the app returned contexts', async () => {
    const report = await reportWith({ id: 'med-001', answer, contexts: retrieved });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Hallucination rate (vs sources or contexts) |');
    expect(markdown).toMatch(/\| Faithfulness \(to retrieved contexts\) \| \*\*100\.0%\*\* \(1\/1\)/);
    expect(markdown).toMatch(/\| Golden-source support \(same claims\) \| \*\*100\.0%\*\* \(1\/1\)/);
    expect(markdown).toMatch(/\| Context recall \| \*\*100\.0%\*\* \(1\/1\)/);
    expect(markdown).toMatch(/\| Context precision \| \*\*100\.0%\*\* \(1\/1\)/);
    const terminal = renderTerminal(report, { color: false });
    expect(terminal).toMatch(/Faithfulness \(to retrieved contexts\)\s+100\.0% \(1\/1\)/);
    expect(terminal).toMatch(/Mean average precision\s+1\.000 \(mean over 1 case\)/);
  });

  it('show none of them without contexts, and match the baseline column by metric', async () => {
    const plain = await reportWith({ id: 'med-001', answer: answer.replace('[1]', '[S1]') });
    const markdown = renderMarkdown(plain);
    expect(markdown).not.toMatch(/Faithfulness|Context recall|Context precision/);
    expect(markdown).toContain('| Hallucination rate |');
    expect(renderTerminal(plain, { color: false })).not.toMatch(/Faithfulness|Mean average precision/);
    // A head with contexts against a baseline without: shared rows keep their baseline figure.
    const head = await reportWith({ id: 'med-001', answer, contexts: retrieved });
    const compared = renderMarkdown(head, { baseline: plain });
    expect(compared).toMatch(/\| Citation coverage \| \*\*100\.0%\*\* \(1\/1\)<br><sub>[^|]*<\/sub> \| 100\.0% \|/);
    expect(compared).toMatch(/\| Context recall \| \*\*100\.0%\*\* \(1\/1\)<br><sub>[^|]*<\/sub> \| n\/a \|/);
  });
});
