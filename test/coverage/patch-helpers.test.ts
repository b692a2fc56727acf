import { describe, expect, it } from 'vitest';
import { addedLinesFromPatch, computePatchCoverage, parseCoverage, mergeCoverage, uncoveredRanges } from '../../src/coverage/index.js';

describe('pull-request patches and annotations', () => {
  it('reads a files-API patch (hunks with context, no header) like git diff', () => {
    const patch = '@@ -1,3 +1,4 @@\n import x\n+import y\n def f():\n-    pass\n+    return 1\n@@ -20,0 +22,2 @@\n+a\n+b';
    expect(addedLinesFromPatch('src/m.py', patch)).toEqual({ path: 'src/m.py', addedLines: [2, 4, 22, 23] });
    expect(addedLinesFromPatch('gone.py', '@@ -1,2 +0,0 @@\n-a\n-b')).toEqual({ path: 'gone.py', addedLines: [] });
  });

  it('groups uncovered changed lines into capped ranges', () => {
    const report = parseCoverage(
      'SF:a.py\n' + [1, 2, 3, 4, 5, 6, 7, 8].map((l) => `DA:${l},${l === 1 || l === 5 ? 1 : 0}`).join('\n') + '\nend_of_record\nSF:b.py\nDA:1,0\nend_of_record\n',
      'c.info',
    );
    const data = mergeCoverage([report], { repoRoot: '/r' });
    const patch = computePatchCoverage(data, [
      { path: 'a.py', addedLines: [1, 2, 3, 4, 5, 7, 8, 30] },
      { path: 'b.py', addedLines: [1] },
      { path: 'docs/x.md', addedLines: [1, 2] },
    ]);
    expect(patch.lines).toEqual({ covered: 2, total: 8, rate: 0.25 });
    expect(patch.unmeasuredFiles).toEqual(['docs/x.md']);
    expect(uncoveredRanges(patch, 10)).toEqual({
      ranges: [
        { path: 'a.py', startLine: 2, endLine: 4 },
        { path: 'a.py', startLine: 7, endLine: 8 },
        { path: 'b.py', startLine: 1, endLine: 1 },
      ],
      omitted: 0,
    });
    expect(uncoveredRanges(patch, 2)).toEqual({ ranges: uncoveredRanges(patch, 10).ranges.slice(0, 2), omitted: 1 });
  });

  it('a change touching no measured line has no patch rate (null), not 0 % or 100 %', () => {
    const data = mergeCoverage([parseCoverage('SF:a.py\nDA:1,1\nend_of_record\n', 'c.info')], { repoRoot: '/r' });
    expect(computePatchCoverage(data, [{ path: 'README.md', addedLines: [1] }]).lines).toEqual({ covered: 0, total: 0, rate: null });
  });
});
