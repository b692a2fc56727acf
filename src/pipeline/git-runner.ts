import { execFile } from 'node:child_process';
import type { GitRunner } from '../coverage/index.js';

/** Runs git in `cwd` without a shell; its stderr becomes the error message. */
export function gitRunner(cwd: string): GitRunner {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim() || error.message));
        else resolve(stdout);
      });
    });
}
