import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Children run in their own process group (POSIX) so that a time-out or a cancel can
 * kill the whole tree: an app that started a grandchild (a model server, a shell
 * pipeline) must not outlive the case. Groups still alive when factgate exits are
 * killed on the way out.
 */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

export function spawnInGroup(argv: readonly string[], options: SpawnOptions): ChildProcessWithoutNullStreams {
  installExitHook();
  const [program, ...args] = argv;
  const child = spawn(program!, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    // setsid() on POSIX: the child leads a new group whose id is its pid.
    detached: process.platform !== 'win32',
    windowsHide: true,
  });
  // The group may outlive its leader (a grandchild still running): its id stays listed
  // until killTree, which the providers call as soon as the child exits.
  if (child.pid !== undefined) liveGroups.add(child.pid);
  return child;
}

/** Kills the child and everything it started; safe to call more than once. */
export function killTree(child: { pid?: number | undefined; kill(signal?: NodeJS.Signals): boolean }): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
  } else {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // ESRCH: the group is already gone.
    }
  }
  try {
    child.kill('SIGKILL');
  } catch {
    // Already exited.
  }
  liveGroups.delete(pid);
}

/** How many process groups factgate still owns; for tests. */
export function liveGroupCount(): number {
  return liveGroups.size;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) {
      try {
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}
