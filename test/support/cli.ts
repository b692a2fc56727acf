import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  extra: Partial<Pick<CliIo, 'onInterrupt' | 'workerEntry'>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env,
    color: false,
    ...extra,
  });
  return { code, stdout, stderr };
}
