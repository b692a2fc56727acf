import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

export const APP = resolve(import.meta.dirname, '../../examples/app/app.mjs');
export const ABSTENTION = "I don't know: the provided sources do not cover this.";

export interface TestCase {
  id: string;
  category: string;
  question: string;
  sources: { id: string; title?: string; text: string }[];
  expected_facts?: unknown[];
  forbidden?: string[];
  expect: 'answer' | 'abstain';
}

export interface AppResponse {
  id: string | null;
  answer: string;
  latency_ms?: number;
  error?: string;
}

/** A fictional compound per index: enough varied cases for the seeded faults to show up. */
export function makeCase(i: number): TestCase {
  const name = `Zeltrane-${i}`;
  return {
    id: `t-${String(i).padStart(3, '0')}`,
    category: i % 2 ? 'scientific' : 'technical',
    question: `At what temperature does ${name} boil at sea level?`,
    sources: [
      {
        id: 'S1',
        title: `${name} data sheet`,
        text:
          `${name} is a colourless solvent first made in ${1950 + i}.\n\n` +
          `${name} boils at ${110 + i} °C at sea level. It freezes at minus ${20 + i} °C.`,
      },
      {
        id: 'S2',
        title: `${name} handling`,
        text: `Store ${name} in sealed drums of ${200 + i} litres.\n\nKeep drums away from heat and sparks.`,
      },
    ],
    expected_facts: [{ text: `${name} boils at ${110 + i} °C at sea level.`, sources: ['S1'] }],
    forbidden: [`${name} boils at ${220 + i} °C.`],
    expect: 'answer',
  };
}

/** A plausible question the sources do not answer. */
export function makeAbstainCase(i: number): TestCase {
  const base = makeCase(i);
  return {
    ...base,
    id: `t-abstain-${String(i).padStart(3, '0')}`,
    question: `Which supplier sells ${base.sources[0]!.title!.replace(' data sheet', '')} in Norway, and at what price?`,
    expected_facts: [],
    forbidden: [],
    expect: 'abstain',
  };
}

/** Writes cases as YAML files into a fresh directory and returns its path. */
export function writeGoldenSet(files: Record<string, Partial<TestCase>[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'example-app-'));
  for (const [name, cases] of Object.entries(files)) writeFileSync(join(dir, name), stringify(cases));
  return dir;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the app to completion, optionally feeding stdin. */
export function runApp(args: string[], input?: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(process.execPath, [APP, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolvePromise({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

export function parseLines(text: string): AppResponse[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AppResponse);
}

/** Output with the one varying field removed, for byte-level determinism checks. */
export function withoutLatency(text: string): string {
  return text.replace(/,"latency_ms":[0-9.e+-]+/g, '');
}

/** Inline citation ids of an answer: "[S1]" and "[S1, S2]" both count. */
export function citedIds(answer: string): string[] {
  return [...answer.matchAll(/\[([^\]]+)\]/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
}

/** The answer's sentences without their citation markers. */
export function sentencesOf(answer: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(answer)].map(({ segment }) => segment.replace(/\s*\[[^\]]+\]/g, '').trim());
}

export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
}

/** Starts the HTTP mode and resolves with its base address once it says it is listening. */
export function startServer(args: string[] = []): Promise<{ url: string; stop: () => Promise<number | null> }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [APP, '--serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        resolvePromise({
          url: match[1]!,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${err}`)));
  });
}
