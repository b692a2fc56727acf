import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Children run in their own process group (POSIX) so that a time-out or a cancel can
 * kill the whole tree: an app that started a grandchild (a model server, a shell
 * pipeline) must not outlive the case. Groups still alive when factgate exits are
 * killed on the way out.
 */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Marks every process an app starts, so it can be found after it leaves the app's group. */
export const TAG_VARIABLE = 'FACTGATE_PROCESS_TAG';
const RUN_TAG = `${process.pid}-${randomBytes(6).toString('hex')}`;
/** Each child's own tag, by pid, while it may still have processes to kill. */
const tags = new Map<number, string>();
let spawned = 0;

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string | undefined>;
}

export function spawnInGroup(argv: readonly string[], options: SpawnOptions): ChildProcessWithoutNullStreams {
  installExitHook();
  const [program, ...args] = argv;
  const tag = `${RUN_TAG}:${++spawned}`;
  const child = spawn(program!, args, {
    cwd: options.cwd,
    env: { ...options.env, [TAG_VARIABLE]: tag },
    stdio: ['pipe', 'pipe', 'pipe'],
    // setsid() on POSIX: the child leads a new group whose id is its pid.
    detached: process.platform !== 'win32',
    windowsHide: true,
  });
  // The group may outlive its leader (a grandchild still running): its id stays listed
  // until killTree, which the providers call as soon as the child exits.
  if (child.pid !== undefined) {
    liveGroups.add(child.pid);
    tags.set(child.pid, tag);
  }
  return child;
}

type Killable = { pid?: number | undefined; kill(signal?: NodeJS.Signals): boolean };

/**
 * Kills the child and everything it started; safe to call more than once. `thorough` (at a
 * time-out, a cancel, or pipes held open after the child exited) also kills, on Linux, the
 * descendants that left the group with setsid() and any process still holding the child's
 * pipes: a grandchild in a new session is in no group of ours, but it still holds the pipe.
 */
export function killTree(child: Killable, thorough = false): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (thorough && process.platform === 'linux') {
    const tag = tags.get(pid);
    for (const other of new Set([...descendantsOf(pid), ...(tag ? taggedProcesses((t) => t === tag) : [])])) {
      try {
        process.kill(other, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  }
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
  if (thorough) tags.delete(pid);
}

/** Every process below `root` now, from the parent ids in /proc (empty where /proc cannot be read). */
function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of procPids()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  for (let queue = [root]; queue.length > 0; ) {
    const next = queue.shift()!;
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * Processes whose environment carries `tag` (exactly, or as the run's prefix). The tag is
 * inherited by everything the app starts, whatever session or group it moves to, unless a
 * process clears its environment; only processes of our own user can be read.
 */
function taggedProcesses(matches: (tag: string) => boolean): number[] {
  const found: number[] = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue;
    }
    const at = environ.indexOf(`${TAG_VARIABLE}=`);
    if (at === -1) continue;
    const end = environ.indexOf('\0', at);
    if (matches(environ.slice(at + TAG_VARIABLE.length + 1, end === -1 ? undefined : end))) found.push(pid);
  }
  return found;
}

function procPids(): number[] {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}

/** The child is done with for good (its case settled): its tag need not be kept. */
export function forgetChild(child: Killable): void {
  if (child.pid !== undefined) tags.delete(child.pid);
}

/** How many process groups factgate still owns; for tests. */
export function liveGroupCount(): number {
  return liveGroups.size;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    // Whatever any app started and left behind, in any group or session, ends with the run.
    if (process.platform === 'linux') {
      for (const pid of taggedProcesses((t) => t.startsWith(`${RUN_TAG}:`))) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    for (const pid of liveGroups) {
      try {
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}
