// Compiles the judge modules (TypeScript) into a temporary folder so plain Node
// scripts (the benchmark, the trainer) run exactly the code the product ships.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const ENTRIES = ['src/evaluate/claims.ts', 'src/evaluate/judges/index.ts'];

export async function loadJudgeModules() {
  const [claims, judges] = await compileModules(ENTRIES);
  return { claims, judges };
}

/** Compiles `entries` (paths from the project root) and their imports, and imports each. */
export async function compileModules(entries) {
  // Inside node_modules so the compiled files resolve the project's packages.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'factgate-judge-'));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [tsc, '--outDir', out, '--rootDir', root, '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022',
      '--resolveJsonModule', '--skipLibCheck', '--types', 'node', '--strict', ...entries.map((entry) => join(root, entry))],
    { stdio: 'inherit', cwd: root },
  );
  const load = (entry) => import(pathToFileURL(join(out, entry.replace(/\.ts$/, '.js'))).href);
  try {
    return await Promise.all(entries.map(load));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
