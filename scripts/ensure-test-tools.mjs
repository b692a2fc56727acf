// Makes sure the real coverage producers, SciPy and the browser that the tests compare
// against are installed (Debian packages). Installs them with apt-get when run as root (CI, a fresh
// container); otherwise says exactly what to install. Run by `npm test` before vitest.
import { execFileSync, spawnSync } from 'node:child_process';

const TOOLS = [
  { pkg: 'python3-scipy', check: ['python3', ['-c', 'import scipy.stats']] },
  { pkg: 'python3-statsmodels', check: ['python3', ['-c', 'import statsmodels.stats.proportion']] },
  { pkg: 'python3-coverage', check: ['python3', ['-m', 'coverage', '--version']] },
  { pkg: 'gcovr', check: ['gcovr', ['--version']] },
  { pkg: 'diff-cover', check: ['diff-cover', ['--version']] },
  { pkg: 'gcc', check: ['gcc', ['--version']] },
  { pkg: 'lcov', check: ['geninfo', ['--version']] },
  { pkg: 'git', check: ['git', ['--version']] },
  // The comment and the HTML report are tested as people see them, in a real browser.
  { pkg: 'chromium', check: ['chromium', ['--version']] },
  // As root, the hostile-input suite runs its permission cases as nobody through setpriv.
  { pkg: 'util-linux', check: ['setpriv', ['--version']] },
];

const works = ([cmd, args]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const missing = TOOLS.filter((tool) => !works(tool.check)).map((tool) => tool.pkg);

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && works(['apt-get', ['--version']]);
  if (!canInstall) {
    console.error(`The tests need these Debian packages: ${missing.join(' ')}\nInstall them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing test tools: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
