import { basename } from 'node:path';
import { killTree, spawnInGroup } from '../../shared/process-tree.js';
import { LineSplitter, TailBuffer } from '../../shared/stream-capture.js';
import type { Judge, JudgeRequest, JudgeResult } from '../types.js';
import { isRawVerdict, resultFromVerdict, undetermined, verdictProblem, type RawVerdict } from './verdict-schema.js';

export interface CommandJudgeOptions {
  /** Program and arguments, already split (no shell runs them). */
  argv: readonly string[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** For the whole batch; the process and everything it started are killed after it. */
  timeoutMs?: number;
  /** Longest accepted stdout line. */
  maxLineBytes?: number;
  /** Bumped by the user when the program's behaviour changes, so cached verdicts are not reused. */
  version?: string;
}

export const COMMAND_DEFAULTS = { timeoutMs: 300_000, maxLineBytes: 1 << 20 } as const;

/**
 * Protocol, one JSON object a line.
 * stdin, one line per claim: {"key", "question", "claim", "sources": [{"id", "text"}]}.
 * stdout, one line per claim: {"key", "verdict": "supported" | "contradicted" | "unsupported",
 *   "confidence"?: 0..1, "source_id"?, "evidence"?: quote, "reason"?}.
 * Lines that are not JSON objects are ignored (a model's log line on stdout must
 * not sink the batch) but reported on the claims left without a verdict.
 */
export function createCommandJudge(options: CommandJudgeOptions): Judge & { readonly cacheIdentity: string } {
  const program = options.argv[0];
  if (!program) throw new Error('the command judge needs a program to run');
  const name = `command:${basename(program)}`;
  const timeoutMs = options.timeoutMs ?? COMMAND_DEFAULTS.timeoutMs;
  const maxLineBytes = options.maxLineBytes ?? COMMAND_DEFAULTS.maxLineBytes;

  return {
    name,
    cacheIdentity: `command\u0000${options.argv.join('\u0001')}\u0000${options.version ?? ''}`,
    async judge(requests) {
      if (requests.length === 0) return [];
      const run = await runCommand(options, requests, timeoutMs, maxLineBytes);
      const byKey = new Map<string, RawVerdict>();
      const problems: string[] = [];
      run.lines.forEach((line, i) => {
        if (line.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          problems.push(`stdout line ${i + 1} is not JSON: ${line.slice(0, 80)}`);
          return;
        }
        const withId = value && typeof value === 'object' && 'key' in value && !('id' in value) ? { ...value, id: (value as { key: unknown }).key } : value;
        if (!isRawVerdict(withId)) {
          problems.push(`stdout line ${i + 1} is not a verdict (${verdictProblem(withId)})`);
          return;
        }
        if (!byKey.has(withId.id)) byKey.set(withId.id, withId);
      });
      return requests.map((request): JudgeResult => {
        if (run.failure) return undetermined(request.key, name, `no verdict: ${run.failure}`);
        const raw = byKey.get(request.key);
        if (raw) return resultFromVerdict(request.key, raw, name, request.sources);
        const why = problems.length > 0 ? `; ${problems[0]}` : '';
        return undetermined(request.key, name, `no verdict: the command wrote no verdict for this claim${why}`);
      });
    },
  };
}

interface CommandRun {
  lines: string[];
  /** Set when the whole batch failed: not found, time-out, non-zero exit, oversized output. */
  failure?: string | undefined;
}

function runCommand(options: CommandJudgeOptions, requests: readonly JudgeRequest[], timeoutMs: number, maxLineBytes: number): Promise<CommandRun> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const stderr = new TailBuffer(2_000);
    const splitter = new LineSplitter(maxLineBytes);
    let failure: string | undefined;
    let settled = false;
    const child = spawnInGroup(options.argv, { cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env });
    const finish = (extra?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killTree(child);
      resolve({ lines, failure: failure ?? extra });
    };
    const timer = setTimeout(() => {
      failure ??= `the command timed out after ${timeoutMs} ms and was stopped`;
      finish();
    }, timeoutMs);

    child.on('error', (error: NodeJS.ErrnoException) => {
      failure ??=
        error.code === 'ENOENT'
          ? `command not found: ${options.argv[0]} (check the judge command and PATH)`
          : error.code === 'EACCES'
            ? `command is not executable: ${options.argv[0]}`
            : `the command could not start: ${error.message}`;
      finish();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const { lines: complete, overflow } = splitter.push(chunk);
      lines.push(...complete);
      if (overflow) {
        failure ??= `the command wrote a stdout line longer than ${maxLineBytes} bytes`;
        finish();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (code, signal) => {
      const rest = splitter.remainder();
      if (rest.trim()) lines.push(rest);
      if (code !== 0 && !settled) {
        const tail = stderr.text();
        failure ??= `the command exited with ${code === null ? `signal ${signal}` : `code ${code}`}${tail ? `: ${tail.slice(-300)}` : ''}`;
      }
      finish();
    });
    // A program that exits without reading all of stdin is judged by its exit status, not by EPIPE.
    child.stdin.on('error', () => undefined);
    for (const request of requests) {
      child.stdin.write(`${JSON.stringify({ key: request.key, question: request.question, claim: request.claim, sources: request.sources })}\n`);
    }
    child.stdin.end();
  });
}
