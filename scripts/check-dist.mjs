// Fails when the committed dist/, action.yml, the generated schemas and validators or the README's inputs table
// differ from a fresh build of src/, so what the Action runs and documents is always what the code says.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'factgate-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' });
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const differences = [];
  const compare = (freshPath, committedPath) => {
    let committed;
    try {
      committed = readFileSync(committedPath);
    } catch {
      differences.push(`${relative(root, committedPath)} is missing`);
      return;
    }
    if (!committed.equals(readFileSync(freshPath))) differences.push(`${relative(root, committedPath)} differs`);
  };
  for (const file of files(join(fresh, 'dist'))) compare(file, join(root, relative(fresh, file)));
  for (const file of files(join(root, 'dist'))) {
    const counterpart = join(fresh, relative(root, file));
    try {
      statSync(counterpart);
    } catch {
      differences.push(`${relative(root, file)} is not produced by the build`);
    }
  }
  for (const file of ['schemas/report.schema.json', 'schemas/report-schema-versions.json', 'schemas/config.schema.json', 'src/shared/validators.generated.ts', 'action.yml', 'README.md']) {
    compare(join(fresh, file), join(root, file));
  }
  if (differences.length > 0) {
    console.error(`dist/ is out of date with src/:\n  ${differences.join('\n  ')}\nRun "npm run build" and commit the result.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
