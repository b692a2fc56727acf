import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a script in plain JavaScript, without type declarations
import { layeringViolations } from '../../scripts/check-layering.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'factgate-layering-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the layering of src/', () => {
  it('every import points down the pipeline, and no modules import each other', () => {
    expect(layeringViolations(fileURLToPath(new URL('../../src', import.meta.url)))).toEqual([]);
  });

  it('names an upward import and the rule it breaks', () => {
    const root = tree({ 'settings/options.ts': "import { OUT } from '../github/publish.js';\n", 'github/publish.ts': 'export const OUT = 1;\n' });
    expect(layeringViolations(root)).toEqual(['settings/options.ts → github/publish.ts (settings/ may not import github/)']);
  });

  it('names a cycle, type imports included', () => {
    const root = tree({
      'coverage/a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'coverage/b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
    });
    expect(layeringViolations(root)).toEqual(['import cycle: coverage/a.ts, coverage/b.ts (move the shared part to a leaf module)']);
  });

  it('lets any module use the report contract and read files outside src/', () => {
    const root = tree({
      'evaluate/x.ts': "import type { Report } from '../report/types.js';\nimport schema from '../../schemas/x.json' with { type: 'json' };\nexport type X = Report;\n",
      'report/types.ts': 'export interface Report { n: number }\n',
    });
    expect(layeringViolations(root)).toEqual([]);
  });
});
