import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT, countCodePoints } from '../../src/report/budget.js';
import { renderMarkdown, renderMarkdownFitted } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { SecretMask } from '../../src/shared/secrets.js';
import { caseResult, claim, sampleReport } from './support/report-fixture.js';

const HOSTILE = 'Ask @octocat about #1 <script>alert(1)</script> | col [x](https://evil.example) ![i](y) `tick` ::error::forged';

/** Markdown without its fenced code blocks, where nothing is interpreted. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(`{3,})[a-z]*\n[\s\S]*?\n\1$/gm, '');
}

/** What a reader sees as text: backslash escapes removed. */
function prose(markdown: string): string {
  return withoutCode(markdown).replace(/\\(.)/g, '$1');
}

function hostileReport(caseCount = 1): Report {
  const cases = Array.from({ length: caseCount }, (_, i) =>
    caseResult(`case-${i}`, i % 2 ? 'medical' : 'le|gal <b>', [claim(`${HOSTILE} claim ${i}`, 'unsupported', ['S1', 'S9'])], `${HOSTILE}\n\`\`\`\n</details>\nanswer ${i}`),
  );
  return sampleReport({ cases });
}

describe('renderMarkdown', () => {
  it('puts the verdict first, on one line', () => {
    const markdown = renderMarkdown(sampleReport());
    const first = markdown.split('\n')[0] ?? '';
    expect(first).toBe('### ❌ factgate failed: 1 of 3 cases hallucinates; 1 check failed');
    const pass = renderMarkdown(sampleReport({ verdict: { status: 'pass', breaches: [] } }));
    expect(pass.split('\n')[0]).toBe('### ✅ factgate passed: 1 of 3 cases hallucinates; every threshold met');
  });

  it('records an override: who, how, when and what was waived', () => {
    const report = sampleReport({
      verdict: { status: 'overridden', override: { by: 'maintainer', at: '2025-03-01T12:00:00Z', via: 'label', permission: 'maintain', waived: ['max-hallucination-rate'] } },
    });
    const markdown = renderMarkdown(report, { notes: ['writer (permission: write) gave the label, which changes nothing.'] });
    expect(markdown.split('\n')[0]).toMatch(/^### 🟡 factgate overridden/);
    expect(prose(markdown)).toContain('Overridden by maintainer (maintain) through the override label at 2025-03-01T12:00:00Z; waived: `max-hallucination-rate`');
    expect(prose(markdown)).toContain('writer (permission: write) gave the label, which changes nothing.');
  });

  it('shows value, baseline, change with an arrow, threshold and status per metric', () => {
    const baseline = sampleReport({
      cases: [
        caseResult('med-001', 'medical', [claim('a', 'supported')]),
        caseResult('med-002', 'medical', [claim('b', 'supported')]),
        caseResult('law-001', 'legal', [claim('c', 'supported')]),
      ],
    });
    const markdown = renderMarkdown(sampleReport(), { baseline });
    expect(markdown).toContain('| Hallucination rate | **33.3%** (1/3)<br><sub>95 % CI 6.1–79.2%</sub> | 0.0% | +33.3 pp | ≤ 2.0% | ❌ |');
    // Below its threshold, yet no rule in this report fails it: ✅, and no red mark without a significant regression.
    expect(markdown).toContain('| Citation coverage | **66.7%** (2/3)<br><sub>95 % CI 20.8–93.9%</sub> | 100.0% | −33.3 pp | ≥ 90.0% | ✅ |');
    expect(markdown).not.toContain('🔴');
    // Bars for this run, a line for the baseline, a flat line at the 2.0% threshold.
    expect(markdown).toMatch(/```mermaid\nxychart-beta\n[^`]*bar \[50, 0\]\n {2}line \[0, 0\]\n {2}line \[2, 2\]\n```/);
  });

  it('escapes every piece of untrusted text: no pings, no HTML, no broken tables or sections', () => {
    const markdown = withoutCode(renderMarkdown(hostileReport(3)));
    expect(markdown).not.toMatch(/@octocat/);
    expect(markdown).not.toMatch(/#1\b/);
    expect(markdown).not.toMatch(/<script|<b>/);
    expect(markdown).not.toMatch(/(^|[^\\])\[x\]\(https:\/\/evil/);
    expect(markdown).not.toMatch(/(^|[^!\\])!\[i\]/);
    expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(/(?<!\\)\|/).length;
      const header = markdown.split('\n').find((l) => l.startsWith('| Claim |'));
      if (line.includes('unsupported')) expect(cells).toBe(header?.split('|').length);
    }
    // The answer is a quotation that wraps, every line of it escaped.
    const answer = renderMarkdown(hostileReport(1)).split('**Answer:**\n\n')[1]?.split('\n\n</details>')[0] ?? '';
    expect(answer.split('\n').every((line) => line.startsWith('>'))).toBe(true);
    expect(answer).toContain('\\`\\`\\`');
    expect(answer).toContain('&lt;/details&gt;');
  });

  it('drops nothing when it fits and stays under the comment limit with 3,000 failing cases', () => {
    expect(renderMarkdownFitted(sampleReport()).omitted).toEqual([]);
    const big = renderMarkdownFitted(hostileReport(3000), { artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/9' });
    expect(countCodePoints(big.markdown)).toBeLessThanOrEqual(COMMENT_LIMIT.max);
    expect(big.omitted.map((o) => o.id)).toContain('failing-cases');
    const shown = (withoutCode(big.markdown).match(/<details><summary><code>case-/g) ?? []).length;
    expect(big.markdown).toMatch(
      new RegExp(`Not shown, to keep this pull-request comment short and under GitHub's limit of 65,536 characters: .*${(3000 - shown).toLocaleString('en-US')} of 3,000 failing cases\\. Everything is in the \\[report artifact\\]\\(https://github\\.com/o/r/actions/runs/1/artifacts/9\\)\\.$`),
    );
    const visible = prose(big.markdown);
    expect((visible.match(/<details>/g) ?? []).length).toBe((visible.match(/<\/details>/g) ?? []).length);
    const summary = renderMarkdownFitted(hostileReport(3000), { limit: JOB_SUMMARY_LIMIT });
    expect(summary.markdown.length).toBeGreaterThan(big.markdown.length);
  });

  it('masks secrets a model echoed back', () => {
    const key = 'sk-live-0123456789abcdef';
    const report = sampleReport({ cases: [caseResult('leak', 'x', [claim(`my key is ${key}`, 'unsupported')], `the key: ${key}`)] });
    // Masked as the pipeline hands every report over; the renderer escapes `***` like any text.
    const markdown = renderMarkdown(new SecretMask([key]).deep(report));
    expect(markdown).not.toContain(key);
    expect(markdown).toContain('\\*\\*\\*');
  });

  it('links only to http(s) addresses', () => {
    const report = sampleReport();
    report.run.runUrl = 'javascript:alert(1)';
    expect(renderMarkdown(report)).not.toContain('javascript:');
  });
});
