// What a user downloads: `npm pack`s the project, installs the tarball into an empty folder
// with an empty npm cache (as a first install on a new machine), and prints the tarball
// size, the installed size, the number of packages installed and the install time.
//   node scripts/bench/package.mjs [--runs 3] [--dir CHECKOUT]   (--dir: pack another checkout, e.g. an older one)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, dir: { type: 'string' } } });
const root = values.dir ?? fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(values.runs);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Bytes under a folder, following no links. */
function sizeOf(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Packages under node_modules (scoped ones counted one by one, nested ones too). */
function packagesIn(modules) {
  if (!statSync(modules, { throwIfNoEntry: false })?.isDirectory()) return 0;
  let count = 0;
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const dir = join(modules, name);
    const inner = name.startsWith('@') ? readdirSync(dir).map((n) => join(dir, n)) : [dir];
    for (const pkg of inner) count += 1 + packagesIn(join(pkg, 'node_modules'));
  }
  return count;
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const work = mkdtempSync(join(tmpdir(), 'factgate-package-bench-'));
try {
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = join(work, packed.filename);
  console.log(`tarball ${packed.filename}: ${mib(packed.size)} packed, ${mib(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
  const times = [];
  let installed = null;
  for (let run = 0; run < runs; run++) {
    const project = join(work, `project-${run}`);
    const cache = join(work, `cache-${run}`);
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'first-install', private: true }) + '\n');
    const started = performance.now();
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--cache', cache, '--loglevel', 'error', tarball], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
    times.push((performance.now() - started) / 1000);
    installed = { packages: packagesIn(join(project, 'node_modules')), bytes: sizeOf(join(project, 'node_modules')) };
  }
  times.sort((a, b) => a - b);
  console.log(`npm install of the tarball into an empty folder, empty cache, ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(2)} s (${times[0].toFixed(2)}–${times[runs - 1].toFixed(2)} s)`);
  console.log(`installed: ${installed.packages} package${installed.packages === 1 ? '' : 's'} (factgate included), node_modules ${mib(installed.bytes)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
