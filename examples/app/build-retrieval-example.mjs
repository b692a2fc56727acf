#!/usr/bin/env node
// Writes the retrieval example from the bundled golden set: every source becomes a document
// in examples/retrieval/documents/<category>/<case>-<source>.md, and every case is written
// again without its sources, naming instead the documents a retriever should find
// (`relevant`), in examples/retrieval/golden-set.yaml. `--check` fails when the committed
// files differ from what this script writes.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const goldenDir = join(root, 'golden-sets');
const outDir = join(root, 'examples/retrieval');

/** Every file the example consists of, path → text. */
export function retrievalExample() {
  const files = new Map();
  const cases = [];
  for (const name of readdirSync(goldenDir).filter((n) => n.endsWith('.yaml')).sort()) {
    for (const kase of parse(readFileSync(join(goldenDir, name), 'utf8'))) {
      const documentOf = (sourceId) => `${kase.id}-${sourceId}`;
      for (const source of kase.sources) {
        files.set(`documents/${kase.category}/${documentOf(source.id)}.md`, `# ${source.title ?? documentOf(source.id)}\n\n${source.text.trim()}\n`);
      }
      const relevant = [...new Set((kase.expected_facts ?? []).flatMap((f) => (typeof f === 'string' ? [] : (f.sources ?? []))))].map(documentOf);
      cases.push({
        id: kase.id,
        category: kase.category,
        question: kase.question,
        ...(kase.expected_facts ? { expected_facts: kase.expected_facts.map((f) => (typeof f === 'string' ? f : f.text)) } : {}),
        ...(kase.forbidden ? { forbidden: kase.forbidden } : {}),
        ...(relevant.length > 0 ? { relevant } : {}),
        expect: kase.expect ?? 'answer',
      });
    }
  }
  const header = '# The bundled golden set without sources: the app retrieves its own passages from documents/.\n# Written by examples/app/build-retrieval-example.mjs; do not edit by hand.\n';
  files.set('golden-set.yaml', header + stringify(cases, { lineWidth: 0 }));
  return files;
}

function main() {
  const files = retrievalExample();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([path, text]) => {
      try {
        return readFileSync(join(outDir, path), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      process.stderr.write(`examples/retrieval is out of date (${stale.map(([p]) => p).slice(0, 5).join(', ')}); run node examples/app/build-retrieval-example.mjs\n`);
      process.exit(1);
    }
    return;
  }
  rmSync(join(outDir, 'documents'), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  process.stdout.write(`wrote ${files.size} files under ${relative(root, outDir)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
