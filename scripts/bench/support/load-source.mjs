// Benchmarks of single modules load them straight from src/: each listed .ts file is
// transpiled (types stripped, nothing bundled) into node_modules/.cache and imported from there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Transpiles `files` (paths from the project root) and returns an importer for the results. */
export function transpileSources(name, files) {
  const out = join(root, 'node_modules/.cache/factgate-bench', name);
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true, verbatimModuleSyntax: true },
    });
    const target = join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return (file) => import(pathToFileURL(join(out, file)).href);
}
