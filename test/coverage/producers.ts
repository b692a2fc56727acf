import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Fails (never skips) with what to install when a producer is missing. */
export function requireTool(command: string, install: string): string {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(`${command} is needed by this test and is not installed: ${install}`);
  }
  return command;
}

export function c8Binary(): string {
  const bin = join(projectRoot, 'node_modules', '.bin', 'c8');
  if (!existsSync(bin)) throw new Error('c8 is needed by this test and is not installed: npm install --save-dev c8');
  return bin;
}

export function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-coverage-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A small Python package with branches, half exercised. */
export const pythonSample = {
  'calc/__init__.py': '',
  'calc/ops.py': `def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


def total(values, skip_odd=False):
    result = 0
    for v in values:
        if skip_odd and v % 2:
            continue
        result += v
    return result


def unused(x):
    y = x * 2
    return y
`,
  'run_calc.py': `from calc.ops import classify, total
print(classify(5), classify(0))
print(total([1, 2, 3]))
`,
};

/** A small C program with branches, half exercised. */
export const cSample = {
  'src/main.c': `#include <stdio.h>
#include "util.h"

int main(int argc, char **argv) {
    int n = argc > 1 ? 3 : 4;
    if (n > 3) {
        printf("%d\\n", twice(n));
    } else {
        printf("%d\\n", half(n));
    }
    return 0;
}
`,
  'src/util.h': 'int twice(int n);\nint half(int n);\n',
  'src/util.c': `int twice(int n) {
    return n * 2;
}

int half(int n) {
    if (n % 2 == 0) {
        return n / 2;
    }
    return (n - 1) / 2;
}
`,
};

/** A small JavaScript module with branches, half exercised. */
export const jsSample = {
  'package.json': '{ "name": "sample", "type": "module", "private": true }\n',
  'lib/shapes.js': `export function area(shape) {
  if (shape.kind === 'square') {
    return shape.side * shape.side;
  } else if (shape.kind === 'circle') {
    return Math.PI * shape.r ** 2;
  }
  throw new Error('unknown shape');
}

export function label(n) {
  return n > 10 ? 'big' : 'small';
}

export function unused() {
  const a = 1;
  return a + 1;
}
`,
  'main.js': `import { area, label } from './lib/shapes.js';
console.log(area({ kind: 'square', side: 2 }), label(3));
`,
};

/**
 * A C source compiled into two programs, each taking different branches of it: geninfo
 * writes `src/classify.c` once per object.
 */
export const cTwoObjectsSample = {
  'src/classify.c': `int classify(int n) {
    if (n < 0) {
        return -1;
    }
    if (n == 0) {
        return 0;
    }
    return n > 100 ? 2 : 1;
}
`,
  'src/classify.h': 'int classify(int n);\n',
  'src/negative.c': `#include <stdio.h>
#include "classify.h"

int main(void) {
    printf("%d\\n", classify(-5));
    return 0;
}
`,
  'src/positive.c': `#include <stdio.h>
#include "classify.h"

int main(void) {
    printf("%d %d\\n", classify(0), classify(500));
    return 0;
}
`,
};

/** Builds and runs both programs of `cTwoObjectsSample` (objects in build/negative, build/positive). */
export function buildTwoObjects(dir: string): void {
  for (const program of ['negative', 'positive']) {
    const out = join(dir, 'build', program);
    mkdirSync(out, { recursive: true });
    run('gcc', ['--coverage', '-O0', '-c', 'src/classify.c', '-o', join(out, 'classify.o')], dir);
    run('gcc', ['--coverage', '-O0', '-c', `src/${program}.c`, '-o', join(out, 'main.o')], dir);
    run('gcc', ['--coverage', '-o', join(out, 'prog'), join(out, 'classify.o'), join(out, 'main.o')], dir);
    run(join(out, 'prog'), [], dir);
  }
}

/** lcov's own summary of a tracefile: lines and branches covered of total. */
export function lcovSummary(dir: string, tracefile: string): { lines: [number, number]; branches: [number, number] } {
  const printed = run('lcov', ['--summary', tracefile, '--rc', 'lcov_branch_coverage=1'], dir);
  const lines = /lines\.+: [0-9.]+% \(([0-9]+) of ([0-9]+) lines\)/.exec(printed)!;
  const branches = /branches\.+: [0-9.]+% \(([0-9]+) of ([0-9]+) branches\)/.exec(printed)!;
  return { lines: [Number(lines[1]), Number(lines[2])], branches: [Number(branches[1]), Number(branches[2])] };
}

/** geninfo tracefile of the objects under `directory` (relative to `dir`). */
export function geninfo(dir: string, directory: string, output: string): void {
  run('lcov', ['--capture', '--directory', directory, '--output-file', output, '--rc', 'lcov_branch_coverage=1', '--quiet'], dir);
}
