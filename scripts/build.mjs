// Builds what ships: the report JSON Schema (from src/report/types.ts), the factgate.yml
// schema, action.yml and the README's inputs table (from the option list), the schemas'
// validators compiled ahead of time (src/shared/validators.generated.ts), and the ncc
// bundles of the Action and the CLI. `node scripts/build.mjs OUTDIR` builds into OUTDIR
// instead of the repository (used by the dist check).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { writeActionYml } from './generate-action-yml.mjs';
import { writeConfigSchema } from './generate-config-schema.mjs';
import { writeReadmeTables } from './generate-readme-tables.mjs';
import { writeReportSchema } from './generate-report-schema.mjs';
import { writeValidators } from './generate-validators.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? root;

mkdirSync(join(out, 'schemas'), { recursive: true });
writeReportSchema(join(out, 'schemas/report.schema.json'), join(out, 'schemas/report-schema-versions.json'));

// tsc compiles (NodeNext ESM, exactly as type-checked), then ncc bundles the JavaScript.
const build = join(root, '.build');
rmSync(build, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
await writeActionYml(build, join(out, 'action.yml'));
await writeConfigSchema(build, join(out, 'schemas/config.schema.json'));
// The config schema was just written to `out`; the hand-written ones are in the repository.
mkdirSync(join(out, 'src/shared'), { recursive: true });
writeValidators(
  (file) => join(file === 'config.schema.json' ? out : root, 'schemas', file),
  (await import(pathToFileURL(join(build, 'src/shared/schema.js')).href)).AJV_OPTIONS,
  join(out, 'src/shared/validators.generated.ts'),
  join(build, 'src/shared/validators.generated.js'),
);
await writeReadmeTables(build, join(root, 'README.md'), join(out, 'README.md'));
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const [entry, dir] of [
  ['.build/src/action/index.js', 'dist/action'],
  ['.build/src/cli/index.js', 'dist/cli'],
]) {
  rmSync(join(out, dir), { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', join(root, entry), '-o', join(out, dir), '--license', 'licenses.txt', '--target', 'es2022', '-q'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
// ESM bundles need a package.json that says so next to them.
writeFileSync(join(out, 'dist/package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
const cli = join(out, 'dist/cli/index.js');
const code = readFileSync(cli, 'utf8');
if (!code.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + code);
chmodSync(cli, 0o755);
